"""A language-neutral single-word term does not match a function word of the post's language."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from riskcheck.rulebook import load_ruleset
from riskcheck.rulebook.terms import is_false_friend
from riskcheck.normalize.pipeline import normalize
from riskcheck.types import Post

PACK = """\
pack: t
rules:
  - id: plain
    kind: phrase
    category: tragedy
    severity: review
    message: "{match}"
    terms: [die, door]
  - id: mapped
    kind: phrase
    category: tragedy
    severity: review
    message: "{match}"
    terms: {nl: [door]}
"""


@pytest.fixture(scope="module")
def ruleset(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("rules")
    (folder / "t.yaml").write_text(PACK, encoding="utf-8")
    return load_ruleset(folder)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Wist je dat die jas ook waterdicht is?", "nl", []),
        ("Ga door de voordeur naar binnen.", "nl", ["t/mapped"]),
        ("Many people die every year.", "en", ["t/plain"]),
        ("Knock on the door.", "en", ["t/mapped", "t/plain"]),  # a map without en runs everywhere else
    ],
)
def test_false_friends(ruleset, text: str, language: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    post = Post(text, scheduled_at=datetime.fromisoformat("2026-11-24T10:00:00+01:00"), language=language)
    found = sorted(f.rule_id for f in ruleset.match(normalize(text, language), post).findings)
    assert found == expected


def test_false_friend_table() -> None:
    assert is_false_friend("die", "nl")
    assert not is_false_friend("dood", "nl")
    assert not is_false_friend("die", "en")
    assert not is_false_friend("die", "und")


def test_language_limited_rule_runs_on_undetermined_language(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        "pack: p\nrules:\n  - id: en-only\n    kind: phrase\n    category: c\n    severity: review\n"
        "    message: m\n    languages: [en]\n    terms: [gun]\n", encoding="utf-8")
    ruleset = load_ruleset(tmp_path)
    for language, expected in (("und", ["p/en-only"]), ("en", ["p/en-only"]), ("nl", [])):
        result = ruleset.match(normalize("gun 🔫", language), Post("gun 🔫", language=language))
        assert [f.rule_id for f in result.findings] == expected
        assert [r for r, _ in result.skipped] == ([] if expected else ["p/en-only"])


def test_pattern_filter_runs_only_rules_whose_regex_occurs() -> None:
    rules = Path(__file__).resolve().parents[2] / "rules"
    ruleset = load_ruleset(rules)
    assert ruleset.pattern_filter is not None
    covered, possible = ruleset.pattern_filter.candidates("a plain sentence about the weather")
    assert covered and possible < covered
    _, promo = ruleset.pattern_filter.candidates("winter sale: 20% off with code SAVE20, only €49,99")
    assert {ruleset.rules[slot].full_id for slot in promo} >= {"promotion/percent-off", "promotion/price"}
