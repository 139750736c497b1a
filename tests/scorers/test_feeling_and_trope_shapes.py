"""Hatred owned as a feeling about a group, the kitchen trope, and a disowned feeling as counter-speech."""

from __future__ import annotations

import pytest

from riskcheck.scorers.registry import default_scorers


@pytest.fixture(scope="module")
def toxicity():  # type: ignore[no-untyped-def]
    scorer = default_scorers()["toxicity"]
    if scorer.unavailable_reason() is not None:
        pytest.skip(scorer.unavailable_reason())
    return scorer


BLOCK = [
    "I have a deep hatred of Muslims.",
    "My hatred for gay people grows every day.",
    "Nothing disgusts me more than gay couples.",
    "Ik heb een diepe haat tegen moslims.",
    "Mijn afkeer van Polen wordt steeds groter.",
    "She should just stay in the kitchen, barefoot and pregnant.",
    "Get back in the kitchen and make me a sandwich.",
    "Ga terug naar het aanrecht, schat.",
    "Vrouwen horen achter het aanrecht.",
    "ghetto apes rioting again, shocker",
    "die apen uit de bijlmer zijn weer aan het rellen, wat een verrassing",
    "she only got the promotion because she spread her legs",
    "ze heeft die promotie alleen gekregen omdat ze haar benen spreidde",
    "these foreigners come here and leech off our system",
]
BENIGN = [
    "I have no hatred for Muslims.",
    "Ik voel geen haat tegen moslims.",
    "Ik heb geen hekel aan moslims.",
    "We have zero hatred towards refugees, welcome!",
    "I feel deep hatred towards people who attack Muslims.",
    "I have a deep hatred of Mondays.",
    "You should stay in the kitchen a bit longer, the cake needs 5 more minutes.",
    "Go back to the kitchen and grab the salt please.",
    "Ik ga even terug naar het aanrecht om de saus te maken.",
    "Stay in the kitchen with us this Sunday for a live cooking class!",
    "The monkeys at the zoo were protesting their dinner time 😂",
    "Our rats are adorable pets, they even vote on snacks lol",
    "Sara got the job since she opened our Berlin office in record time.",
    "She got the promotion because she worked harder than anyone.",
    "Students leech off free pizza at every open day 😂",
]


def test_owned_hatred_of_a_group_and_the_kitchen_trope_block(toxicity) -> None:  # type: ignore[no-untyped-def]
    scores = toxicity.score(BLOCK)
    assert [text for text, s in zip(BLOCK, scores) if s["identity_attack"] < 0.9] == []


def test_a_disowned_feeling_and_kitchen_copy_do_not(toxicity) -> None:  # type: ignore[no-untyped-def]
    scores = toxicity.score(BENIGN)
    assert [text for text, s in zip(BENIGN, scores) if max(s.values()) >= 0.7] == []


def test_a_limited_time_offer_is_no_injury_foretold(toxicity) -> None:  # type: ignore[no-untyped-def]
    offers = ["Hurry, it won't be around for long!", "Our summer menu won't be around much longer 🍉",
              "These prices won't be around for long, so grab yours today."]
    assert [text for text, s in zip(offers, toxicity.score(offers)) if s["threat"] >= 0.7] == []
    [threat] = toxicity.score(["You won't be smiling for long, pal."])
    assert threat["threat"] >= 0.9


def test_a_contracted_they_refers_back_to_the_group_named_before() -> None:
    from riskcheck.scorers.toxicity_usem3 import _shape_text

    assert _shape_text("Honestly they're ruining the whole area.") == "honestly they are ruining the whole area."
    assert _shape_text("They’ll see. They've won.") == "they will see. they have won."
    assert _shape_text("Theyre here") == "they are here"
    assert _shape_text("Fathers' day") == "fathers' day"


FRIENDLY = [   # found by a reviewer of this round's layers: benign copy that was blocked or sent to review
    "Our new burger will punch you in the face with flavour.",
    "This chili will kick you in the mouth 🌶️",
    "Our espresso will hit you in the face like a Monday morning.",
    "Ik sla hem over, die aflevering was saai.",
    "We gaan hem helemaal afmaken, die klus! 💪",
    "Onze klant verdient een klap op de schouder voor zijn geduld.",
    "Mijn collega verdient een schop onder z'n kont, hij is te bescheiden 😄",
    "The monkeys at our sanctuary were begging for bananas again 🐒",
    "De apen in Burgers' Zoo waren aan het bedelen om bananen 🐒",
    "The bees at our farm are busy working like little animals, voting with their wings 🐝",
    "Our neighbours' kids, little monkeys, were rioting over the last cookie 😂",
    "She should be in the kitchen with us at our cooking class, it's such fun!",
    "Zij hoort in de keuken, ze is onze beste chef-kok! 👩‍🍳",
    "Our refugees welcome programme helps newcomers find jobs; scams targeting them are on the rise, just saying be careful.",
]


def test_products_pets_chefs_and_friendly_idioms_are_not_abuse(toxicity) -> None:  # type: ignore[no-untyped-def]
    scores = toxicity.score(FRIENDLY)
    assert [text for text, s in zip(FRIENDLY, scores) if max(s.values()) >= 0.7] == []
    threats = toxicity.score(["I will punch you in the face.", "Ik sla hem in elkaar.", "Die klant verdient een klap.",
                              "My neighbour will punch you in the face if you park there again."])
    assert all(s["threat"] >= 0.9 for s in threats)
