"""Insults aimed at things (``thing_targets``) and what the toxicity scorer does with them."""

from __future__ import annotations

import pytest

from riskcheck.scorers import thing_targets


@pytest.mark.parametrize("term", ["kutprinter", "kankerweer", "tyfusding", "teringapp", "klerefiets"])
def test_a_curse_compound_on_an_everyday_thing_is_aimed_at_the_thing(term: str) -> None:
    assert thing_targets.thing_compound(term)


@pytest.mark.parametrize("term", ["kutwijf", "kankerlijer", "tyfusmarokkanen", "kuthomo", "kutklanten",
                                  "teringlijers", "kanker", "printer"])
def test_a_curse_compound_on_a_person_or_group_is_not(term: str) -> None:
    assert not thing_targets.thing_compound(term)


@pytest.mark.parametrize(("text", "term"), [
    ("my laptop is a total idiot today, it keeps freezing.", "idiot"),
    ("die nieuwe update is echt debiel, niks werkt meer.", "debiel"),
    ("this printer is such a moron.", "moron"),
    ("mijn telefoon is gewoon een sukkel vandaag.", "sukkel"),
])
def test_an_insult_predicated_of_a_thing(text: str, term: str) -> None:
    assert thing_targets.said_of_a_thing(text, term)
    assert thing_targets.all_at_things(text, [term])


@pytest.mark.parametrize(("text", "term"), [
    ("my boss is a total idiot today.", "idiot"),
    ("mijn buurman is echt debiel.", "debiel"),
    ("this referee is an idiot and so is his printer.", "idiot"),
    ("you are an idiot, not my laptop.", "idiot"),
    ("what an idiot.", "idiot"),
])
def test_an_insult_said_of_a_person_is_not_at_a_thing(text: str, term: str) -> None:
    assert not thing_targets.said_of_a_thing(text, term)


def test_every_insult_must_be_at_a_thing() -> None:
    text = "die kutprinter en die kankerlijer van een monteur."
    assert not thing_targets.all_at_things(text, ["kutprinter", "kankerlijer"])
    assert not thing_targets.all_at_things(text, [])


def test_the_toxicity_scorer_reviews_but_never_blocks_an_insult_at_a_thing() -> None:
    from riskcheck.scorers.registry import default_scorers

    scorer = default_scorers()["toxicity"]
    if scorer.unavailable_reason() is not None:
        pytest.skip(scorer.unavailable_reason())
    things = ["My laptop is a total idiot today, it keeps freezing every five minutes.",
              "Mijn fiets is alweer lek, tyfusding.", "Die kutprinter doet het alweer niet, ik gooi hem zo uit het raam."]
    people = ["My boss is a total idiot today.", "Die kutvent doet het alweer niet.",
              "Die kutmarokkanen doen het alweer."]
    at_things, at_people = scorer.score(things), scorer.score(people)
    assert all(s["toxicity"] < 0.85 and s["insult"] < 0.85 for s in at_things)   # below every block band
    assert all(s["toxicity"] >= 0.9 for s in at_people)


def test_lookalikes_of_12b_session_7() -> None:
    """'is being' before the insult; the job named before 'afmaken'; a tap on the shoulder."""
    assert thing_targets.said_of_a_thing("my laptop is being a total idiot again.", "idiot")
    assert not thing_targets.said_of_a_thing("my boss is being a total idiot again.", "idiot")
    assert thing_targets.violence_by_a_thing("ik wil die puzzel vanavond nog afmaken.")
    assert thing_targets.violence_by_a_thing("hij gaf me een tik op de schouder.")
    assert not thing_targets.violence_by_a_thing("na de wedstrijd ga ik die scheidsrechter afmaken.")
    assert not thing_targets.violence_by_a_thing("ik ga die klootzak vanavond afmaken.")
    # food beaten in a recipe; a person who "moet geslagen worden" is not food
    assert thing_targets.violence_by_a_thing("de kipfilet moet eerst plat geslagen worden.")
    assert thing_targets.violence_by_a_thing("the steak needs to be pounded thin before frying.")
    assert not thing_targets.violence_by_a_thing("die buurman moet eens flink geslagen worden.")
