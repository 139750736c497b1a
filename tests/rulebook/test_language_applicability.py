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


HARLINGEN = """\
pack: news
timezone: Europe/Amsterdam
rules:
  - id: harlingen-ferry
    kind: phrase
    category: current-event
    severity: block
    message: "The Harlingen ferry disaster ({match})."
    terms:
      en: [harlingen ferry, ferry disaster]
      nl: [veerbootramp, veerboot harlingen]
  - id: en-news
    kind: phrase
    category: current-event
    severity: review
    languages: [en]
    message: "{match}"
    terms: [coats]
  - id: en-block
    kind: phrase
    category: promotion
    severity: block
    languages: [en]
    message: "{match}"
    terms: [coats]
  - id: en-review
    kind: phrase
    category: promotion
    severity: review
    languages: [en]
    message: "{match}"
    terms: [coats]
"""


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("news")
    (folder / "news.yaml").write_text(HARLINGEN, encoding="utf-8")
    return load_ruleset(folder)


def _ids(ruleset, text: str, language: str | None) -> tuple[str, float, list[str]]:  # type: ignore[no-untyped-def]
    doc = normalize(text, language)
    post = Post(text, scheduled_at=datetime.fromisoformat("2026-11-24T10:00:00+01:00"), language=language)
    return doc.language, doc.language_confidence, sorted(f.rule_id for f in ruleset.match(doc, post).findings)


def test_the_harlingen_post_is_matched_whatever_language_it_is_detected_as(news) -> None:  # type: ignore[no-untyped-def]
    language, confidence, found = _ids(news, "Harlingen ferry disaster: coats 30% off", None)
    assert (language, confidence < 0.95) == ("nl", True)  # the detector's guess, as the issue found it
    assert "news/harlingen-ferry" in found
    # current-event and block rules limited to [en] still run on an unsure guess; a review rule does not
    assert {"news/en-news", "news/en-block"} <= set(found) and "news/en-review" not in found


def test_a_language_the_caller_gave_is_not_second_guessed(news) -> None:  # type: ignore[no-untyped-def]
    _, confidence, found = _ids(news, "Harlingen ferry disaster: coats 30% off", "nl")
    assert confidence == 1.0
    assert set(found) == {"news/harlingen-ferry"}  # the map still runs; rules limited to [en] do not


def test_mapped_terms_of_another_language_run_but_not_on_its_function_words(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = "Die jas is mooi, de beste van het seizoen."
    post = Post(text, language="nl")
    assert ruleset.match(normalize(text, "nl"), post).findings == []
    assert is_false_friend("die", "nl", "en") and not is_false_friend("die", "nl", "nl")
