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


@pytest.mark.parametrize("text", [
    "muggen zijn echt een plaag, pak nu onze klamboe met korting.",
    "those pigeons are vermin, keep your sandwich close.",
    "wasps are the most annoying creatures on earth.",
    "the weather this week is absolute garbage, stay warm everyone.",
    "the kids were little monkeys at the petting zoo today.",
    "de kinderen waren net kleine aapjes bij de kinderboerderij.",
])
def test_a_dehumanising_word_said_of_an_animal_a_thing_or_little_kids_dehumanises_no_one(text: str) -> None:
    assert thing_targets.dehumanises_no_one(text)


@pytest.mark.parametrize("text", [
    "those refugees are a plague on this town.",
    "immigrants are vermin.",
    "those kids are animals.",
    "die vluchtelingen zijn een plaag.",
    "our customers are brain-dead idiots.",
])
def test_a_dehumanising_word_said_of_people_is_not(text: str) -> None:
    assert not thing_targets.dehumanises_no_one(text)


@pytest.mark.parametrize("text", [
    "huidkanker is de meest voorkomende kanker; smeer je ook in als het bewolkt is.",
    "mijn oma is vorig jaar aan kanker overleden.",
    "hij heeft kanker, steun hem via onze actie.",
    "kanker is de meest voorkomende doodsoorzaak; laat je controleren.",
    "doe mee met onderzoek naar kanker bij kinderen.",
])
def test_kanker_the_disease(text: str) -> None:
    assert thing_targets.names_the_disease(text)


@pytest.mark.parametrize("text", [
    "kanker op met je kutbedrijf.", "krijg de kanker", "ik hoop dat je kanker krijgt", "jij kankerlijer",
    "wat een kanker bedrijf", "kanker!", "die kanker klanten",
])
def test_kanker_the_curse(text: str) -> None:
    assert not thing_targets.names_the_disease(text)


def test_the_scorer_reads_the_disease_and_animals_below_the_review_band() -> None:
    from riskcheck.scorers.toxicity_usem3 import Usem3ToxicityScorer

    benign = ["Mijn oma is vorig jaar aan kanker overleden.", "Muggen zijn echt een plaag, pak nu onze klamboe.",
              "The kids were little monkeys at the petting zoo today."]
    abusive = ["Kanker op met je kutbedrijf.", "Die vluchtelingen zijn een plaag.", "Immigrants are vermin."]
    scores = Usem3ToxicityScorer().score(benign + abusive)
    for text, score in zip(benign, scores[:3]):
        assert max(score.values()) < 0.8, (text, score)
    for text, score in zip(abusive, scores[3:]):
        assert max(score["toxicity"], score["insult"], score["identity_attack"]) >= 0.85, (text, score)


@pytest.mark.parametrize(("text", "expected"), [
    ("wasps are the most annoying creatures on earth.", True),
    ("this cough is killing me, staying in bed today.", True),
    ("deze hoest maakt me kapot.", False),          # no copula: not read here
    ("seagulls are the worst, they stole my chips again.", True),
    ("my neighbours are the worst.", False),
    ("those people are the most annoying creatures on earth.", False),
])
def test_about_a_thing(text: str, expected: bool) -> None:
    assert thing_targets.about_a_thing(text) is expected


def test_the_head_alone_does_not_flag_a_sentence_about_an_animal() -> None:
    from riskcheck.scorers.toxicity_usem3 import THING_SUBJECT_CEILING, Usem3ToxicityScorer

    scores = Usem3ToxicityScorer().score(["Wasps are the most annoying creatures on earth.",
                                          "Our customers are the most annoying creatures on earth."])
    assert scores[0]["toxicity"] <= THING_SUBJECT_CEILING
