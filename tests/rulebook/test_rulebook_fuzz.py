"""Arbitrary editor input must give a RuleSet or a RuleFileError: never a crash or a hang."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from riskcheck.errors import RuleFileError
from riskcheck.rulebook import KINDS
from riskcheck.rulebook import load_ruleset
from riskcheck.normalize.pipeline import normalize
from riskcheck.types import Post

texts = st.text(max_size=40)
scalars = st.one_of(texts, st.integers(-5, 5000), st.booleans(), st.none(), st.floats(allow_nan=False))
values = st.one_of(scalars, st.lists(scalars, max_size=4), st.lists(st.lists(texts, max_size=3), max_size=3),
                   st.dictionaries(texts, scalars, max_size=3))
KEYS = sorted({key for cls in KINDS.values() for key in cls.Spec.model_json_schema(by_alias=True)["properties"]})
rules = st.fixed_dictionaries(
    {"id": st.one_of(st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True), texts),
     "kind": st.one_of(st.sampled_from(list(KINDS)), texts),
     "category": texts, "severity": st.sampled_from(["block", "review", "info", "x"]), "message": texts},
    optional={key: values for key in KEYS if key not in ("id", "kind", "category", "severity", "message")} | {
        "terms": st.lists(texts, max_size=5), "regex": texts, "all": st.lists(st.lists(texts, min_size=1, max_size=3), max_size=3),
        "window": st.integers(-2, 50),
    },
)
words = st.text(min_size=1, max_size=30)
term_lists = st.lists(words, min_size=1, max_size=5)
regexes = st.one_of(texts, st.lists(st.sampled_from(
    ["(a+)+", "\\b", "(?i)", "[", "]", "(", ")", "\\1", "(?=x)", "{1000}", "*", "é", ".", "|", "\\d"]),
    max_size=8).map("".join))
common = {"id": st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True), "category": words,
          "severity": st.sampled_from(["block", "review", "info"]), "message": words}
shaped = st.one_of(
    st.fixed_dictionaries({**common, "kind": st.just("phrase"), "terms": term_lists},
                          optional={"except": term_lists, "lemma": st.booleans(), "suggest": st.dictionaries(words, texts, max_size=2)}),
    st.fixed_dictionaries({**common, "kind": st.just("pattern"), "regex": regexes}, optional={"except": term_lists}),
    st.fixed_dictionaries({**common, "kind": st.just("near"), "all": st.lists(term_lists, min_size=2, max_size=3)},
                          optional={"window": st.integers(1, 40), "lemma": st.booleans()}),
    st.fixed_dictionaries({**common, "kind": st.just("limit"), "require": term_lists},
                          optional={"when": term_lists, "max_caps_words": st.integers(0, 3), "max_chars": st.integers(0, 50)}),
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _load(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "p.yaml").write_text(text, encoding="utf-8")
        try:
            ruleset = load_ruleset(Path(folder))
        except RuleFileError as exc:
            assert exc.problems and all(p.line >= 1 and p.column >= 1 for p in exc.problems)
            return
        for sample in ("Storm Bram #TriviaTuesday 20% off https://x.example", "é\u0301 🎉 @a", ""):
            ruleset.match(normalize(sample, "en"), Post(sample))


@FUZZ
@given(st.lists(st.one_of(shaped, rules), min_size=1, max_size=3))
def test_arbitrary_rules_load_or_fail_cleanly(items: list[dict[str, object]]) -> None:
    _load(yaml.safe_dump({"pack": "p", "rules": items}, allow_unicode=True))


@FUZZ
@given(st.text(max_size=300))
def test_arbitrary_text_as_a_pack_file(text: str) -> None:
    _load(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.from_regex(r"[a-z]{1,12}", fullmatch=True), min_size=1, max_size=4).map(" ".join))
def test_fast_path_for_plain_terms_agrees_with_the_tokenizer(term: str) -> None:
    from riskcheck.rulebook.terms import term_tokens
    from riskcheck.normalize.text import normalize_term

    assert term_tokens(term) == normalize_term(term)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=60), regexes))
def test_regex_screening_never_crashes(pattern: str) -> None:
    from riskcheck.rulebook.kinds.pattern import compile_regex

    try:
        compile_regex(pattern)
    except ValueError as exc:
        assert str(exc).startswith(("regex ",))
