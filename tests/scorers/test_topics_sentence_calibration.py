"""The topic calibration must hold for what the checker scores: single sentences.

Calibrated on whole posts only, short everyday sentences of brand posts sat above the
ordinary-post quantile and were flagged (health-crises 0.67 for "New season, new
colours."). The background now holds the sentences of its posts too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.checker import Checker
from riskcheck.rulebook import load_ruleset

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture(scope="module")
def scored_over_threshold():
    checker = Checker(load_ruleset(RULES))
    rules = {r.full_id: r.threshold for r in checker._topic_rules() if r.full_id.startswith("sensitive-topics/")}
    scorer = checker._topics_scorer()
    assert scorer.unavailable_reason() is None

    def over(sentence: str) -> list[str]:
        scores = scorer.score([sentence])[0]
        return sorted(rule for rule, threshold in rules.items() if scores[rule] >= threshold)

    return over


@pytest.mark.parametrize("sentence", [
    "New season, new colours.",
    "Thanks for 100,000 followers!",
    "To celebrate, we're giving away ten gift cards.",
    "Reageer hieronder om mee te doen.",
    "Small steps, big impact.",
    "Kleine stappen, grote impact.",
    "Book your table now.",
    "Onze winkels zijn gesloten op 25 en 26 december.",
    "While stocks last.",  # health-crises 0.64 by similarity alone; no anchor word since issue 8
])
def test_ordinary_brand_sentences_flag_no_sensitive_topic(scored_over_threshold, sentence: str) -> None:
    assert scored_over_threshold(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # No weapon or violence word: since issue 8 the weapons topic needs one (it fired here before).
    ("Five people died in the fire yesterday.",
     ["sensitive-topics/death-and-tragedy", "sensitive-topics/disasters"]),
    ("Gisteren zijn er vijf mensen omgekomen bij de brand.", ["sensitive-topics/death-and-tragedy"]),
])
def test_tragedy_sentences_still_flag(scored_over_threshold, sentence: str, expected: list[str]) -> None:
    assert scored_over_threshold(sentence) == expected


def test_background_holds_the_checkers_sentences() -> None:
    from riskcheck.models.train_topics import sentence_units

    assert sentence_units(["One post. Two sentences!", "Just one sentence."]) == ["One post.", "Two sentences!"]
