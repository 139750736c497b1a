"""Jokes about sexual violence, spiking and domestic violence: harm AND joke frame, nothing less.

Our own sentences (none is in the functional suite or a training file)."""

from __future__ import annotations

import pytest

from riskcheck.scorers.obfuscation import fold
from riskcheck.scorers.toxicity_jokes import harm_in, joke_floors
from riskcheck.scorers.toxicity_patterns import JOKE_HARM


def _floors(text: str, previous: str = "", following: str = "") -> dict[str, float]:
    return joke_floors(fold(text), fold(previous), fold(following))


@pytest.mark.parametrize("text", [
    "Told the missus dinner was late again. Nothing a firm slap won't sort out 😂",
    "Pro tip: a backhand keeps your girlfriend quiet lol",
    "She burned the toast so I smacked her. Kidding!! 🤣",
    "Tequila Tuesday: slip a little something into her drink and the night gets interesting 😉",
    "Our bartenders add something special to the ladies' cocktails, wink wink",
    "Tried roofies once, best date ever haha",
    "Her no sounded like a maybe to me lol",
    "Consent is overrated anyway, just kidding",
    "Zo'n vriendin die zeurt? Even een flinke mep geven en klaar 😂",
    "Doe een extraatje in haar drankje en de avond wordt vanzelf leuk 😉",
    "Ze was te dronken om nee te zeggen, haha",
    "Grapje hoor, maar soms verdient je vriendin gewoon een klap.",
])
def test_a_harm_told_as_a_joke_gets_the_block_floor(text: str) -> None:
    assert _floors(text) == JOKE_HARM


def test_the_joke_frame_may_be_in_the_next_or_previous_sentence() -> None:
    assert _floors("Why was the wife quiet all evening?", following="She finally knew her place lol") == {}
    assert _floors("She finally knew her place, the wife.", previous="Why was the wife quiet all evening?") == JOKE_HARM
    assert _floors("A quick slap for the missus and dinner's on time.", following="Haha.") == JOKE_HARM


@pytest.mark.parametrize("text", [
    # the harm, no joke: news, support, warnings
    "One in four women has been hit by a partner, the survey found.",
    "If someone put something in your drink, tell the bar staff right away.",
    "Police warn of GHB being added to drinks in the city centre.",
    "Hij sloeg zijn vriendin en is nu veroordeeld.",
    # a joke, no harm
    "My wife beat me at chess again lol",
    "She beat her personal best by a minute haha",
    "Slipped a little extra cheese into the sandwich 😂",
    "Mijn vrouw versloeg me weer met scrabble haha",
    # the harm, and "no joke"
    "Domestic violence is not a joke, lol is not a response.",
])
def test_no_floor_without_both(text: str) -> None:
    assert _floors(text) == {}


def test_harm_names_what_it_found() -> None:
    assert harm_in(fold("smacked her right across the face")) == "domestic violence"
    assert harm_in(fold("spike the girls' drinks")) == "spiking"
    assert harm_in(fold("no means maybe")) == "consent"
    assert harm_in(fold("we beat our sales target")) is None
