"""Corrections, hedges, opinion frames and loaded questions about a group (toxicity_framing), with the
benign sentences of the same shapes. Written for this test; none is a case of the functional suite."""

from __future__ import annotations

import pytest

from riskcheck.scorers.toxicity_framing import asks_for_fairness, correction, framed, hedged
from riskcheck.scorers.toxicity_patterns import STRONG
from riskcheck.scorers.toxicity_usem3 import ATTRIBUTES, _apply_shapes

LOW = {a: 0.05 for a in ATTRIBUTES}


@pytest.mark.parametrize(("text", "claim"), [
    ("somalis aren't refugees, they are parasites.", "somalis are parasites"),
    ("afghanen zijn geen vluchtelingen, het zijn parasieten.", "afghanen zijn parasieten"),
    ("bisexuals aren't confused, they are just disgusting.", "bisexuals are just disgusting"),
    ("jews aren't persecuted, they run the banks.", "jews run the banks"),
    ("i'm not saying all arabs are liars, just most of them.", "arabs are liars"),
    ("ik zeg niet dat alle roemenen dieven zijn, wel de meesten.", "roemenen zijn dieven"),
    ("not all refugees are rapists, but most are.", "refugees are rapists"),
    ("i don't hate lesbians, i just think they need therapy.", "lesbians need therapy"),
])
def test_the_claim_of_a_correction_or_hedge(text: str, claim: str) -> None:
    assert correction(text) == claim


@pytest.mark.parametrize("text", [
    "saying women shouldn't vote isn't an opinion, it's sexism.",   # the group does not open the sentence
    "women aren't weak, men are.",                                  # the second clause is about someone else
    "refugees are welcome here, always.",                           # no negation
    "we don't sell gift cards, sorry.",                             # no group
])
def test_no_correction(text: str) -> None:
    assert correction(text) is None


@pytest.mark.parametrize("text", [
    "somalis aren't refugees, they are parasites.",
    "afghanen zijn geen vluchtelingen, het zijn parasieten.",
    "i'm not saying all arabs are liars, just most of them.",
    "ik zeg niet dat alle roemenen dieven zijn, wel de meesten.",
    "not all refugees are rapists, but most are.",
])
def test_a_hostile_claim_is_not_counter_speech_for_its_negation(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] >= STRONG


@pytest.mark.parametrize("text", [
    "refugees aren't a burden, they are our neighbours.",
    "vluchtelingen zijn geen last, het zijn onze collega's.",
    "arabs aren't liars, they are people like you and me.",
    "jews aren't greedy, that is an antisemitic myth.",
])
def test_a_benign_claim_after_a_negation_stays_low(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] < 0.5


def test_hedges() -> None:
    assert hedged("i don't hate lesbians, i just think they need therapy.")
    assert hedged("ik haat homo's niet, ik vind alleen dat ze moeten genezen.")
    assert not hedged("lesbians aren't a trend, they are family.")


@pytest.mark.parametrize(("text", "reading"), [
    ("unpopular opinion: somalis are parasites.", "somalis are parasites."),
    ("is it just me or are bulgarians all thieves?", "bulgarians are all thieves"),
    ("why are afghans so lazy?", "afghans are so lazy"),
    ("why do pakistanis steal so much?", "pakistanis steal so much"),
    ("why should transgenders be allowed to teach?", "transgenders should not be allowed to teach"),
    ("are arabs even capable of honesty?", "arabs are not capable of honesty"),
    ("eerlijke vraag: waarom zijn bulgaren zo lui?", "bulgaren zijn zo lui"),
    ("waarom mogen afghanen hier eigenlijk trouwen?", "afghanen zouden niet mogen trouwen"),
    ("ben ik de enige die vindt dat roemenen dieven zijn?", "roemenen zijn dieven?"),
])
def test_frames_and_loaded_questions_are_read_as_statements(text: str, reading: str) -> None:
    assert framed(text) == reading


@pytest.mark.parametrize("text", [
    "unpopular opinion: somalis are parasites.",
    "is it just me or are bulgarians all thieves?",
    "why are afghans so lazy?",
    "why should transgenders be allowed to teach?",
    "eerlijke vraag: waarom zijn bulgaren zo lui?",
    "waarom mogen afghanen hier eigenlijk trouwen?",
    "ben ik de enige die vindt dat roemenen dieven zijn?",
])
def test_framed_hate_reaches_the_block_band(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] >= STRONG


@pytest.mark.parametrize("text", [
    "why do sikhs wear a turban?",
    "waarom vieren hindoes divali?",
    "unpopular opinion: pineapple belongs on pizza.",
    "waarom mogen afghanen hier nog steeds niet werken?",   # asks for the right
    "why are afghans so welcoming to guests?",
    "are muslims allowed to eat gelatin?",
    "hot take: our bulgarian colleagues make the best coffee.",
])
def test_benign_questions_and_opinions_stay_low(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] < 0.5


def test_no_frame_no_reading() -> None:
    assert framed("our store opens at nine.") is None
    assert framed("why not try our new menu?") is None
    assert framed("why do sikhs wear a turban?", questions=False) is None
    assert framed("unpopular opinion: somalis are parasites.", questions=False) == "somalis are parasites."


@pytest.mark.parametrize("text", [
    "why can't gay couples adopt?",
    "why aren't refugees allowed to work?",
    "waarom mogen asielzoekers nog steeds niet werken?",
    "why should disabled people have to beg for a ramp?",
    "waarom moeten transgenders altijd vechten voor zorg?",
])
def test_a_question_for_a_right_or_against_a_burden_asks_for_fairness(text: str) -> None:
    assert asks_for_fairness(text)


@pytest.mark.parametrize("text", [
    "why can't immigrants just go back where they came from?",
    "waarom mogen polen hier eigenlijk werken?",
    "why should refugees be allowed to vote?",
    "why can't gay couples adopt.",            # no question
])
def test_exclusion_is_no_question_of_fairness(text: str) -> None:
    assert not asks_for_fairness(text)
