"""Spelling variation on group and hostile words (toxicity_targets.respell / segment).

The sentences here are written for this test; none is a case of the functional suite."""

from __future__ import annotations

import pytest

from riskcheck.scorers.toxicity_patterns import STRONG
from riskcheck.scorers.toxicity_targets import assess_targets, respell, segment


@pytest.mark.parametrize(("token", "pieces"), [
    ("ihatesikhs", "i hate sikhs"),
    ("ikhaatroma", "ik haat roma"),
    ("gaypeople", "gay people"),
    ("deathtohindus", "death to hindus"),
    ("turkenzijntuig", "turken zijn tuig"),
])
def test_glued_words_are_cut_when_a_group_is_among_them(token: str, pieces: str) -> None:
    assert segment(token) == pieces


@pytest.mark.parametrize("token", ["womenintech", "menswear", "ihatemondays", "ikhaatregen", "customerservice",
                                   "blacklivesmatter", "stopasianhate", "womenempowerment", "sikhs"])
def test_other_tokens_stay_whole(token: str) -> None:
    assert segment(token) == token


@pytest.mark.parametrize(("text", "plain"), [
    ("pakistanies are thieves.", "pakistanis are thieves."),   # a letter added
    ("refugaes are parasites.", "refugees are parasites."),    # a letter replaced
    ("christiens are hypocrites.", "christians are hypocrites."),
])
def test_one_edit_on_a_group_name_of_six_letters_or_more_is_undone(text: str, plain: str) -> None:
    assert respell(text) == plain


@pytest.mark.parametrize("text", ["#ihatebisexuals", "ikhaatlesbiennes echt", "jewishpeople are vermin",
                                  "muzlims are terrorists", "migrantss are rats"])
def test_spelling_variants_reach_the_block_band(text: str) -> None:
    floors, _ = assess_targets(text)
    assert floors.get("identity_attack", 0.0) >= STRONG


@pytest.mark.parametrize("text", ["#womenintech meetup tonight, all welcome.", "use code blackfriday20 at checkout.",
                                  "our menswear sale is the worst kept secret.", "#ihatemondays but love coffee."])
def test_brand_copy_with_glued_words_sets_nothing(text: str) -> None:
    assert assess_targets(text) == ({}, ())
