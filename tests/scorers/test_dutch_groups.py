"""Dutch group names as a class (riskcheck.scorers.dutch_groups) and how the mask reads them."""

from __future__ import annotations

import pytest

from riskcheck.scorers.dutch_groups import DIMINUTIVES, diminutive
from riskcheck.scorers.group_hostility import MaskedInputs, negation_is_modal
from riskcheck.scorers.group_mask import mask_groups
from riskcheck.scorers.toxicity_targets import respell


@pytest.mark.parametrize(("singular", "expected"), [
    ("homo", "homootje"), ("moslim", "moslimpje"), ("jood", "joodje"), ("turk", "turkje"),
    ("marokkaan", "marokkaantje"), ("zigeuner", "zigeunertje"), ("vrouw", "vrouwtje"),
    ("vluchteling", "vluchtelingetje"), ("pool", "pooltje"), ("man", "mannetje"), ("chinees", "chineesje"),
])
def test_the_diminutive_follows_the_regular_dutch_rules(singular: str, expected: str) -> None:
    assert diminutive(singular) == expected


def test_every_diminutive_comes_with_its_plural() -> None:
    assert all(f"{d}s" in DIMINUTIVES for d in DIMINUTIVES if not d.endswith("s"))


@pytest.mark.parametrize(("text", "masked"), [
    ("die homootjes moeten niet zo zeuren.", "ze moeten niet zo zeuren."),              # diminutive
    ("ik haat die turkjes gewoon.", "ik haat ze gewoon."),
    ("die mocro's zijn allemaal tuig.", "ze zijn allemaal tuig."),                      # slang demonym
    ("oekrainers pikken onze banen in.", "ze pikken onze banen in."),                   # demonym
    ("onze collega is een surinaamse vrouw uit delft.", "onze collega is ze uit delft."),   # adjective of origin
    ("lhbti'ers zijn gewoon ziek.", "ze zijn gewoon ziek."),
    ("non-binaire personen bestaan niet echt.", "ze bestaan niet echt."),                # Dutch by the group word
    # Dutch "die": a relative pronoun after a noun for people stays, the group put last after a comma is masked
    ("mensen die moslims terroristen noemen zijn dom.", "mensen die ze terroristen noemen zijn dom."),
    ("iedereen die homo's haat, moet zich schamen.", "iedereen die ze haat, moet zich schamen."),
    ("het zijn gewoon beesten, die afrikanen.", "het zijn gewoon beesten, ze."),
    ("die moslims zijn tuig.", "ze zijn tuig."),
    # quantifiers of amount stay; groups said of together are one placeholder
    ("er zijn veel te veel moslims op straat.", "er zijn veel te veel ze op straat."),
    ("there are too many migrants here.", "there are too many they here."),
    ("moslim- en joodse gezinnen vieren samen feest.", "ze vieren samen feest."),
    ("muslims and jews both love our menu.", "they both love our menu."),
    # multi-word groups, whole
    ("mensen met een verstandelijke beperking horen niet op school.", "ze horen niet op school."),
    ("mensen van kleur zijn hier niet welkom.", "ze zijn hier niet welkom."),
    ("mensen met autisme kunnen niks.", "ze kunnen niks."),
])
def test_dutch_group_names_are_masked(text: str, masked: str) -> None:
    assert mask_groups(text) == masked


def test_new_group_names_are_not_misspelling_targets() -> None:
    """A short new name must not respell an everyday word ("doen" one letter from "doven")."""
    assert respell("wij doen het goed") == "wij doen het goed"


@pytest.mark.parametrize(("text", "modal"), [
    ("geen enkele ze mag nog een voet in dit land zetten.", True),   # a negated subject of a modal
    ("je kunt ze gewoon niet vertrouwen.", True),
    ("ze moeten gewoon normaal doen en niet zo zeuren.", True),
    ("ze zijn niet lui.", False),
])
def test_dutch_negated_modals(text: str, modal: bool) -> None:
    assert negation_is_modal(text) is modal
    inputs = MaskedInputs.of([text.replace("ze ", "moslims ", 1)])
    assert inputs.named == (0,) and inputs.contrasts == (() if modal else (0,))
