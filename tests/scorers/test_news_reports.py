"""A news report of a legal case (``news_reports``, session 8, 13p): counted or singled-out people, the
legal process, nothing generalised to the group."""

from __future__ import annotations

import pytest

from riskcheck.scorers.news_reports import reports_a_case


@pytest.mark.parametrize("text", [
    "two women were charged with fraud after a year-long investigation.",
    "twee vrouwen zijn aangeklaagd voor fraude na een jaar lang onderzoek.",
    "police arrested two men after a burglary at the bakery last night.",
    "de politie heeft twee mannen opgepakt na een inbraak bij de bakker vannacht.",
    "a man was convicted today of assaulting a nurse.",
    "three teenagers were charged with vandalising the bus shelter.",
])
def test_a_case_reported(text: str) -> None:
    assert reports_a_case(text)


@pytest.mark.parametrize("text", [
    "two moroccans were arrested again. typical.",
    "muslims are criminals.",
    "all immigrants should be arrested.",
    "women are all frauds, two were charged today.",
    "weer drie polen opgepakt, zoals altijd.",
])
def test_a_generalisation_or_a_claim_is_no_case(text: str) -> None:
    assert not reports_a_case(text)


def test_the_scorer_reads_a_case_below_the_review_band() -> None:
    from riskcheck.scorers.toxicity_usem3 import Usem3ToxicityScorer

    scores = Usem3ToxicityScorer().score(["Two women were charged with fraud after a year-long investigation.",
                                          "Women are frauds, all of them."])
    assert max(scores[0]["toxicity"], scores[0]["identity_attack"]) < 0.6
    assert max(scores[1]["toxicity"], scores[1]["identity_attack"]) >= 0.8
