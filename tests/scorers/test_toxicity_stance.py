"""Hate framed as an opinion, a question or a denied positive (toxicity_stance), and the benign
sentences of the same shapes. Written for this test; none is a case of the functional suite."""

from __future__ import annotations

import pytest

from riskcheck.scorers.toxicity_patterns import STRONG
from riskcheck.scorers.toxicity_stance import assess_stance, main_clause_order
from riskcheck.scorers.toxicity_usem3 import ATTRIBUTES, _apply_shapes

LOW = {a: 0.05 for a in ATTRIBUTES}


@pytest.mark.parametrize("text", [
    "not a single refugee deserves our help.",
    "geen enkele afghaan verdient een tweede kans.",
    "hindus should not be allowed to marry here.",
    "christians shouldn't be allowed to teach.",
    "bisexuals should have no rights.",
    "turken zouden niet mogen trouwen.",
    "lesbiennes horen geen rechten te hebben.",
    "trans lives do not matter.",
    "joodse levens tellen niet.",
    "the life of a gypsy is worth nothing.",
    "arabs are just less intelligent.",
    "surinamers zijn van nature minder slim.",
])
def test_denied_rights_worth_and_inferiority_reach_the_block_band(text: str) -> None:
    assert assess_stance(text).get("identity_attack", 0.0) >= STRONG


@pytest.mark.parametrize("text", [
    "denk jij ook niet dat polen profiteurs zijn?",
    "is het niet logisch dat zigeuners dieven zijn?",
    "ik vind dat afghanen geen rechten verdienen.",
    "waarom zijn somaliers altijd zo lui?",
])
def test_opinions_and_questions_reach_the_block_band(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] >= STRONG


@pytest.mark.parametrize("text", [
    "het is een mythe dat vluchtelingen profiteurs zijn.",
    "it is a myth that gypsies are thieves.",
    "niemand mag beweren dat moslims minder slim zijn.",
    "ik geloof niet dat polen dieven zijn.",
    "we vinden dat vluchtelingen welkom zijn.",
    "ik denk dat vrouwen betere leiders zijn.",
    "no refugee deserves to be left in the cold.",
    "disabled people deserve respect.",
    "immigrant lives matter.",
    "why are women paid less? we looked at the numbers.",
    "joden zijn net zo slim als iedereen.",
])
def test_benign_sentences_of_the_same_shapes_stay_low(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] < 0.6


def test_main_clause_order() -> None:
    assert main_clause_order("ik denk dat roma dieven zijn.") == "ik denk dat roma zijn dieven."
    assert main_clause_order("het is niet waar dat roma dieven zijn.") is None
    assert main_clause_order("vind je ook niet dat roma dieven zijn?") == "vind je ook niet dat roma zijn dieven?"
    assert main_clause_order("we gaan morgen naar zee.") is None
