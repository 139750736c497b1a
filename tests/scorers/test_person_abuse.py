"""The learned person-abuse head (``person_abuse``), its gate, and the person layer's idiom, insult and
compound readings (``toxicity_person``). Our own sentences: none is in the functional suite, the dev sets
in /work/notes, or the person grammar's sampled rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.scorers.obfuscation import fold
from riskcheck.scorers.person_abuse import BLOCK_FROM, REVIEW, REVIEW_FROM, floors, may_abuse
from riskcheck.scorers.toxicity_person import extra_insults, friendly_violent_idiom, insult_of_person
from riskcheck.scorers.toxicity_usem3 import Usem3ToxicityScorer

GRAMMAR = Path(__file__).resolve().parents[2] / "models" / "toxicity" / "person_grammar.yaml"


def test_suite_is_disjoint_from_everything_the_person_grammar_can_produce() -> None:
    from riskcheck.evaluation.functional import load_suite
    from riskcheck.models import grammar

    suite = {grammar.normal(t) for f in load_suite() for texts in f.cases.values() for t in texts}
    assert not any(grammar.normal(s) in suite for s in grammar.every_sentence(GRAMMAR))


@pytest.mark.parametrize("text", [
    "someone should break his fingers.", "ik hoop dat hij stikt.", "it's a long walk home after dark, mate.",
    "die vent is een etterende puist.", "my wife talks too much lol", "je gaat bloeden.",
])
def test_the_gate_opens_on_harm_menace_contempt_and_partner_jokes(text: str) -> None:
    assert may_abuse(text)


@pytest.mark.parametrize("text", [
    "misschien kun je het nog eens proberen.",        # English "miss" inside a Dutch word
    "een stabiele verbinding is belangrijk.",         # "stab"
    "bruisend water in de aanbieding.",               # "bruise"
    "maar jij bent dan de eerste die het hoort.",     # Dutch "die" is not English "die"
    "het is per ongeluk verwijderd.",                 # "per ongeluk" is "by accident"
    "met één oog open slapen? niet met onze nieuwe gordijnen.",
    "the battery lasts two days.", "could stir up a kick-back.",
])
def test_the_gate_stays_shut_on_ordinary_words(text: str) -> None:
    assert not may_abuse(text)


def test_the_head_alone_reviews_and_never_blocks() -> None:
    assert floors(0.99, "someone should break his fingers.") == REVIEW
    assert max(REVIEW.values()) < 0.8 <= BLOCK_FROM   # rules/toxicity.yaml blocks toxicity from 0.9
    assert floors(REVIEW_FROM - 0.01, "someone should break his fingers.") == {}
    assert floors(0.99, "i'll take a look at your booking.") == {}   # no gate word: the head is not asked


@pytest.mark.parametrize(("text", "expected"), [
    ("their manager is a total fuckwit.", True),
    ("what a cockwomble their ceo is.", True),
    ("die vent is een vieze klerelijer.", True),
    ("i'm such an idiot, forgot my keys.", False),        # the writer of themselves
    ("nobody is an idiot for asking.", False),           # negation
    ("mosquitoes are vermin, so grab our net.", False),  # a pest word of pests
    ("that landlord is vermin.", True),
    ("this update is stupid.", False),                   # an adjective also said of things
])
def test_a_listed_insult_noun_said_of_a_third_person(text: str, expected: bool) -> None:
    terms = [t for t in ("fuckwit", "cockwomble", "klerelijer", "idiot", "vermin", "stupid") if t in text]
    assert insult_of_person(text, terms) is expected


def test_english_curse_compounds_and_plurals_of_listed_insults() -> None:
    listed = frozenset({"knobhead", "dumbfuck", "stupid"})
    assert extra_insults("their fans are knobheads and the boss is a shitweasel.", listed) == ["knobheads", "shitweasel"]
    assert extra_insults("dickens, cockpit, assistant, stupids and a shithole", listed) == []


@pytest.mark.parametrize(("text", "before", "after", "expected"), [
    ("watch your back!", "", "our posture workshop starts monday.", True),
    ("let op je rug!", "", "onze yogales begint maandag.", True),
    ("watch your back!", "", "", False),
    ("ik vermoord je met deze prijzen, haha.", "", "", True),
    ("we'll kill you with kindness this weekend.", "", "", True),
    ("ik vermoord je met een mes.", "", "", False),
])
def test_friendly_violent_idioms(text: str, before: str, after: str, expected: bool) -> None:
    assert friendly_violent_idiom(text, lambda: before, lambda: after) is expected


# Real model (the pip-installed encoder, offline).
def test_real_model_person_abuse_and_look_alikes() -> None:
    scores = Usem3ToxicityScorer().score_in_context(
        ["Honestly, that plumber deserves to have his fingers broken one by one.",
         "That new waiter is a festering boil on the face of this town.",
         "Our plumber fixed the broken tap in ten minutes.",
         "The plumber who broke into the house was arrested on Monday.",
         "Watch your back!",
         "We'll hunt you down a table, even on a Saturday night.",
         "We hebben je adres van de boeking, dus je vervanging gaat morgen op de post.",
         "Ik vermoord je met deze prijzen, haha.",
         "The new intern is an utter twatwaffle."],
        ["", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "Our posture workshop starts Monday.", "", "", "", ""])
    threat, contempt, fixed, news, back, table, address, prices, compound = scores
    assert threat["threat"] >= 0.8 and contempt["insult"] >= 0.65          # flagged
    for benign in (fixed, news, back, table, address, prices):
        assert benign["toxicity"] < 0.8 and benign["threat"] < 0.6 and benign["insult"] < 0.65
    assert compound["insult"] >= 0.88                                       # block band


@pytest.mark.parametrize(("text", "expected"), [
    ("please don't tell anyone they deserve to be hurt.", True),
    ("zeg nooit tegen iemand dat ze pijn verdienen.", True),
    ("don't tell anyone or you'll regret it.", False),          # a threat, not counter-speech
    ("never call me again or i will break your legs.", False),
])
def test_telling_the_reader_never_to_say_it_is_counter_speech(text: str, expected: bool) -> None:
    from riskcheck.scorers.toxicity_patterns import is_counter_speech

    assert is_counter_speech(text) is expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Somebody should shove Priya Marsh under a lorry.", "somebody should shove him under a lorry."),
    ("Ik hoop dat Sanne van Leeuwen struikelt.", "ik hoop dat hem struikelt."),
    ("Greg Foster's car is parked outside.", "greg foster's car is parked outside."),   # opens the sentence
    ("See you on Monday, KLM crew!", "see you on monday, klm crew!"),                     # days, all capitals
])
def test_a_named_person_is_read_as_a_pronoun(raw: str, expected: str) -> None:
    from riskcheck.scorers.toxicity_person import names_as_pronouns

    assert names_as_pronouns(raw, raw.lower()) == expected


@pytest.mark.parametrize("raw", [
    "Honestly, somebody should shove Priya Marsh in front of the 6:40 tram.",
    "Trust me, Gary Lund won't make it to the weekend.",
    "I'll see to it that Nora Blake never talks again.",
    "Ik zorg ervoor dat Kim de Boer nooit meer kan praten.",
    "Iemand moet die Ferry Dekker na de training opwachten met een honkbalknuppel.",
    "@bram_x slaap voortaan maar met één oog open.",
])
def test_threats_at_a_named_person(raw: str) -> None:
    from riskcheck.scorers.toxicity_person import names_as_pronouns, person_shapes

    assert person_shapes(names_as_pronouns(raw, fold(raw)))


@pytest.mark.parametrize("raw", [
    "We'll make sure Nora never misses a deal again.",
    "The parcel won't make it to you by Friday, sorry Gary.",
    "Onze bezorger Kim zorgt ervoor dat je pakket nooit meer kwijtraakt.",
    "We trekken de stekker uit dat project.",
    "Met één oog open slapen? Niet met deze gordijnen.",
])
def test_look_alikes_of_named_threats(raw: str) -> None:
    from riskcheck.scorers.toxicity_person import names_as_pronouns, person_shapes

    assert person_shapes(names_as_pronouns(raw, fold(raw))) == ()


@pytest.mark.parametrize("raw", [
    "I know your route to work, Jonas, and so do my friends.",
    "Take it down or we'll deal with him personally.",
    "Staying quiet would be much healthier for her health, tell her that.",
    "No one will hear him begging out there.",
    "Long drive back from the depot at night, isn't it?",
    "Wij kennen haar fietsroute naar school.",
    "Verwijder die review of we regelen het persoonlijk met je.",
    "Wegblijven is beter voor zijn gezondheid, zeg dat maar tegen hem.",
    "Lange rit naar huis in je eentje, hè?",
])
def test_veiled_threat_frames_in_fresh_words(raw: str) -> None:
    from riskcheck.scorers.toxicity_person import names_as_pronouns, person_shapes

    assert person_shapes(names_as_pronouns(raw, fold(raw))) == ("veiled threat at a person",)


@pytest.mark.parametrize("raw", [
    "We know your way home is long, so we deliver.",
    "Cut the sugar: it's good for your health.",
    "Or we'll deal with your refund ourselves.",
    "Grab the deal with your friends!",
    "Long walk after dark? Take our bike light, it's bright.",
    "Zwijgen is goud, maar praten met een coach is beter voor je gezondheid.",
])
def test_look_alikes_of_the_veiled_frames(raw: str) -> None:
    from riskcheck.scorers.toxicity_person import names_as_pronouns, person_shapes

    assert person_shapes(names_as_pronouns(raw, fold(raw))) == ()
