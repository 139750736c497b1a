"""Counter-speech readings of ``counter_speech`` and the reclaimed self-reference of ``self_reference``
(session 8, 13p): positive and negative cases, English and Dutch, and the scorer's discount on them."""

from __future__ import annotations

import pytest

from riskcheck.scorers import counter_speech, self_reference
from riskcheck.scorers.toxicity_usem3 import _reads_hostile


@pytest.mark.parametrize("text", [
    "calling nigerians scammers is lazy prejudice.",
    "labelling every roma family as thieves is discrimination, full stop.",
    "claims that jews control the banks are an old antisemitic lie.",
    "the stereotype that women can't drive is outdated and insulting.",
    "saying that muslims are terrorists is simply racist and wrong.",
    "nigerianen oplichters noemen is gewoon lui vooroordeel.",
    "alle moslims over één kam scheren is discriminatie.",
    "de bewering dat vluchtelingen criminelen zijn is een leugen.",
])
def test_a_claim_named_and_judged(text: str) -> None:
    assert counter_speech.judges_a_claim(text)


@pytest.mark.parametrize("text", [
    "nigerians are all scammers.",
    "calling them scammers is just honest.",
    "saying that muslims are terrorists is the truth.",
    "claims that jews control the banks are correct.",
    "nigerianen zijn oplichters, dat is gewoon zo.",
])
def test_a_claim_stated_or_endorsed_is_not_judged(text: str) -> None:
    assert not counter_speech.judges_a_claim(text)


@pytest.mark.parametrize("text", [
    "if you think women belong in the kitchen, you're stuck in 1950.",
    "if you still believe gay people are sick, you need to read a book.",
    "wie denkt dat vrouwen achter het aanrecht horen, leeft nog in 1950.",
    "als je denkt dat moslims terroristen zijn, heb je het mis.",
])
def test_a_believer_told_off(text: str) -> None:
    assert counter_speech.judges_a_believer(text)


@pytest.mark.parametrize("text", [
    "if you think about it, women belong in the kitchen.",
    "if you ask me, immigrants are parasites, you know it.",
    "als je erover nadenkt, horen vrouwen achter het aanrecht.",
])
def test_a_hypothetical_that_endorses_is_no_counter_speech(text: str) -> None:
    assert not counter_speech.judges_a_believer(text)


@pytest.mark.parametrize(("text", "context"), [
    ("he called me a faggot on the train and i reported him to the police.", ""),
    ("a customer called our cashier a dirty immigrant.", "we banned him from our stores."),
    ("hij noemde mij een vuile flikker in de trein en ik heb aangifte gedaan.", ""),
    ("mijn zoon werd op school uitgescholden voor aap; de directeur greep meteen in.", ""),
])
def test_abuse_received_and_answered_is_reported(text: str, context: str) -> None:
    assert counter_speech.reports_abuse(text, context)


@pytest.mark.parametrize(("text", "context"), [
    ("i called him a faggot and i'd do it again.", ""),
    ("we called them parasites, because they are.", ""),
    ("he called me a faggot on the train.", "what a lovely day it was."),   # nothing answers it
    ("ik noemde hem een vuile flikker.", ""),
])
def test_the_writers_own_abuse_or_an_unanswered_report_is_not(text: str, context: str) -> None:
    assert not counter_speech.reports_abuse(text, context)


@pytest.mark.parametrize("text", [
    "gay men are not predators.",
    "black people are not criminals, and it's shameful this still needs saying.",
    "refugees aren't parasites.",
])
def test_a_hostile_attribute_denied(text: str) -> None:
    assert counter_speech.denies_the_attack(text, _reads_hostile)


@pytest.mark.parametrize("text", [
    "gay people are not normal.",                 # a negated positive
    "women are not capable of leading anything.",
    "refugees are not criminals, they are parasites.",   # a contrast keeps the attack
    "immigrants are no better than animals.",    # a comparison, not a denial
    "isn't it obvious that women can't lead?",   # a rhetorical question
    "muslims are not welcome here.",
])
def test_a_negated_positive_contrast_or_question_is_no_denial(text: str) -> None:
    assert not counter_speech.denies_the_attack(text, _reads_hostile)


@pytest.mark.parametrize(("text", "terms"), [
    ("as a dyke myself, i loved every minute of this documentary.", ["dyke"]),
    ("old fag here, still dancing at 70.", ["fag"]),
    ("wij mietjes weten hoe je een feestje bouwt.", ["mietjes"]),
    ("we're proud queers and we're here.", ["queers"]),
    ("wij flikkers zijn al veertig jaar de beste dansers.", ["flikkers"]),
])
def test_a_slur_said_of_the_writer_is_reclaimed(text: str, terms: list[str]) -> None:
    assert self_reference.reclaimed(text, terms)


@pytest.mark.parametrize(("text", "terms"), [
    ("you dyke, nobody wants to see you here.", ["dyke"]),
    ("there's a fag here, get him out.", ["fag"]),
    ("we are not fags like you.", ["fags"]),
    ("as a dyke myself i can say you're a bitch.", ["dyke", "bitch"]),   # one word aimed elsewhere
    ("vuile flikker, rot op.", ["flikker"]),
])
def test_a_slur_aimed_at_someone_else_is_not_reclaimed(text: str, terms: list[str]) -> None:
    assert not self_reference.reclaimed(text, terms)


def test_the_scorer_discounts_these_readings_and_keeps_the_twins() -> None:
    from riskcheck.scorers.toxicity_usem3 import Usem3ToxicityScorer

    benign = ["Calling Nigerians scammers is lazy prejudice.",
              "If you think women belong in the kitchen, you're stuck in 1950.",
              "Gay men are not predators.",
              "As a dyke myself, I loved every minute of this documentary.",
              "Wij mietjes weten hoe je een feestje bouwt."]
    abusive = ["Nigerians are all scammers.", "Women belong in the kitchen, not in the boardroom.",
               "Gay men are predators.", "You dyke, nobody wants to see you here.", "Vieze mietjes, rot op."]
    scores = Usem3ToxicityScorer().score(benign + abusive)
    for text, score in zip(benign, scores[:len(benign)]):
        assert max(score["toxicity"], score["identity_attack"]) < 0.6, (text, score)
    for text, score in zip(abusive, scores[len(benign):]):
        assert max(score["toxicity"], score["identity_attack"]) >= 0.8, (text, score)
