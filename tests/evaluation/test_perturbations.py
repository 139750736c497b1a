"""Spelling robustness of the suite's abuse (``riskcheck eval perturbations``): floors per transform."""

from __future__ import annotations

import pytest

from riskcheck.evaluation.functional import default_checker
from riskcheck.evaluation.perturbations import TRANSFORMS, flagged_cases, measure, perturb
from riskcheck.scorers.spelling import risk_words

# Pooled en + nl share of the main group's flagged abuse still flagged after the transform, a little
# below what was measured when these floors were set (session 7: 91.5-100 %; space inside 69-76 %).
FLOORS = {
    "letter dropped": 0.88, "neighbours swapped": 0.92, "vowel starred": 0.95, "leetspeak": 0.95,
    "Cyrillic look-alikes": 0.95, "zero-width character": 0.95, "letters spaced": 0.93,
    "space inside": 0.65, "glued to a neighbour": 0.75,
}


@pytest.fixture(scope="module")
def table() -> dict:  # type: ignore[type-arg]
    checker = default_checker()
    return measure(checker, flagged_cases(checker, ["main"]))


@pytest.mark.parametrize("transform", TRANSFORMS)
def test_abuse_stays_flagged_when_its_key_word_is_misspelled(table: dict, transform: str) -> None:  # type: ignore[type-arg]
    cells = table[transform].values()
    n, flagged = sum(c.n for c in cells), sum(c.flagged for c in cells)
    assert n >= 40, f"too few cases for {transform}"
    assert flagged / n >= FLOORS[transform], f"{transform}: {flagged}/{n}"


def test_transforms_touch_only_the_first_risk_word() -> None:
    risky = risk_words()
    assert perturb("Honestly, immigrants are parasites.", "vowel starred", risky) == "Honestly, imm*grants are parasites."
    assert perturb("Honestly, immigrants are parasites.", "glued to a neighbour", risky) == "Honestly,immigrants are parasites."
    assert perturb("Have a nice day.", "letter dropped", risky) is None
