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


# --- claims reported of others in order to answer them (session 8, 13s) -----------------------------------
from riskcheck.scorers.toxicity_stance import framed_as_false, outside_claims_of_others  # noqa: E402
from riskcheck.scorers.toxicity_usem3 import _group_floors  # noqa: E402


@pytest.mark.parametrize("text", [
    "anyone who thinks turks are criminals should visit my street.",
    "people who claim gay men are perverts have never met my uncle.",
    "iedereen die beweert dat marokkanen dieven zijn, moet eens bij ons komen eten.",
    "wie zegt dat vrouwen te dom zijn om te leiden, kent mijn moeder niet.",
])
def test_a_claim_held_by_others_sets_no_group_floor(text: str) -> None:
    assert outside_claims_of_others(text) is not None
    assert _group_floors(text) == {}


@pytest.mark.parametrize("text", [
    "people who say turks are criminals are right.",           # the writer sides with them
    "wie zegt dat marokkanen dieven zijn heeft gewoon gelijk.",
    "turks are criminals, people who say otherwise are naive.",  # the writer's own claim comes first
])
def test_a_claim_the_writer_shares_keeps_its_floor(text: str) -> None:
    assert _group_floors(text)


def test_the_main_clause_is_still_read() -> None:
    assert outside_claims_of_others("people who say refugees are welcome should be shot.") == "people should be shot."


@pytest.mark.parametrize(("text", "framed"), [
    ("no, roma don't steal children, that's an old myth.", True),
    ("polen zijn lui, dat is gewoon een vooroordeel.", True),
    ("roma steal, that's no myth.", False),
])
def test_a_claim_called_false_after_it(text: str, framed: bool) -> None:
    assert framed_as_false(text) is framed
