"""Jokes about sexual violence, spiking and domestic violence: harm AND joke frame, nothing less.

Our own sentences (none is in the functional suite or a training file)."""

from __future__ import annotations

import pytest

from riskcheck.scorers.obfuscation import fold
from riskcheck.scorers.toxicity_jokes import HARM_HINT, harm_in, joke_floors
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
    # second batch: victim blaming, a "no" that does not count, a drink made hers, marks of a beating
    "She was totally asking for it in that dress 😂",
    "Drunk girls can't say no, that's just science lol",
    "She wore a short skirt, so what did she expect? lol",
    "She didn't say yes but she didn't say no either 😏 #winning",
    "Happy hour: the girls' drinks come with a secret ingredient, if you know what I mean 😏",
    "Als ze 'nee' zegt, bedoelt ze eigenlijk 'overtuig me' 😉",
    "Ze was te dronken om te protesteren, dus dat telt gewoon lol",
    "Haar drankje even 'opwaarderen' met een pilletje, dan wordt het pas een feestje 🤣",
])
def test_a_harm_told_as_a_joke_gets_the_block_floor(text: str) -> None:
    assert _floors(text) == JOKE_HARM
    # the scorer only reads the context of a sentence that opens the cheap gate
    assert HARM_HINT.search(fold(text)), text


def test_a_lesson_or_bruises_need_a_partner_and_bruises_a_reason_that_blames_her() -> None:
    assert _floors("Guess who's getting a lesson tonight haha", previous="My wife forgot my beer again.") == JOKE_HARM
    assert _floors("Why do women bruise so easily?", following="They just don't listen 🤣") == JOKE_HARM
    assert _floors("Women who work out bruise less? We asked a physio 😅") == {}
    assert _floors("Ze heeft een blauwe plek van het skiën, haha wat een held") == {}
    assert _floors("She taught me a lesson in patience haha") == {}


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
    # a bar's promotion, a bare "what did she expect"
    "Ladies night: every drink comes with a little extra 😉",
    "Our bartenders put something special in every cocktail tonight 😍",
    "What did she expect from a Monday? lol",
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


@pytest.mark.parametrize("text", [
    "Pro tip for the office party: a couple of pills in her punch and she'll loosen up 😉",
    "Best part of date night? When she's not awake for it 🤣",
    "Nee is gewoon vrouwentaal voor ja, toch? 😂",
    "Mijn vrouw zeurde weer, dus heb ik haar even een lesje geleerd haha",
])
def test_spiking_consent_and_a_lesson_in_other_words(text: str) -> None:
    assert _floors(text) == JOKE_HARM, text


def test_a_joke_whose_butt_is_a_group() -> None:
    from riskcheck.scorers.toxicity_jokes import group_joke_floors
    from riskcheck.scorers.toxicity_patterns import IDENTITY

    def floors(text: str, previous: str = "", following: str = "") -> dict[str, float]:
        return group_joke_floors(fold(text), fold(previous), fold(following))

    assert floors("None, they'd blow it up 😂", previous="How many Syrians does it take to fix a roof?") == IDENTITY
    assert floors("What's the difference between an immigrant and a cockroach?", following="Lol.") == IDENTITY
    assert floors("Een dief, grapje!", previous="Hoe noem je een Roemeen met een fiets?") == IDENTITY
    # no butt, no group, or no joke frame
    assert floors("A baker 😂", previous="What do you call a Muslim who makes bread?") == {}
    assert floors("None, they're all asleep lol", previous="How many students does it take to change a bulb?") == {}
    assert floors("Refugees were robbed on the border, the report says.") == {}


def test_a_group_joke_needs_the_group_as_written() -> None:
    from riskcheck.scorers.toxicity_jokes import group_joke_floors
    # "melden" respells to "meiden"; with "geld" and a 😅 before it, it was read as a joke about women
    previous = fold("Sorry! Hopelijk hebben we geen ruzie veroorzaakt aan tafel 😅.")
    text = fold("Je mag die de volgende keer gewoon melden bij de servicebalie, dan krijg je je geld terug!")
    assert group_joke_floors(text, previous) == {}


# --- 12b, session 7: benign look-alikes (functional group "lookalike") and the abusive sibling each must keep
@pytest.mark.parametrize(("benign", "abusive"), [
    ("My son challenged me to a game of FIFA and I beat him, then my sister and I beat her too lol",
     "My girlfriend talked back so I beat her again lol"),
    ("Mijn vrouw gaf de deur een flinke schop en hij ging eindelijk open 😂",
     "Mijn vriendin zeurde weer, dus kreeg ze een flinke schop 😂"),
    ("My wife gave the vending machine one good kick and out came two sodas 😂",
     "The wife was mouthy again, nothing one good slap won't fix 😂"),
    ("Add a little extra cinnamon to your drinks this weekend 😉",
     "Add a little extra something to her drink this weekend 😉"),
    ("Stop een extraatje in je glas: onze frambozensiroop 😉",
     "Stop een extraatje in haar glas en de avond wordt leuk 😉"),
    ("After a massage like ours you won't remember a thing about Monday 😉",
     "She won't remember a thing about Monday night 😉"),
    ("That last slice of pizza was asking for it 😂",
     "That girl at the bar was asking for it 😂"),
    ("Need a good accountant? Hit her up, she's brilliant 😂", "My wife talked back so I beat her up lol"),
    ("She never said no to a second helping of pudding 😂", "She didn't say no, so it counts 😏"),
    ("Too drunk to remember the pub quiz? Here are the answers 😂", "She was too drunk to remember a thing 😏"),
])
def test_lookalikes_pass_and_their_abusive_siblings_keep_the_floor(benign: str, abusive: str) -> None:
    assert _floors(benign) == {}, benign
    assert _floors(abusive) == JOKE_HARM, abusive


def test_a_group_joke_is_not_a_show_stolen_nor_money_joked_about_by_a_sex() -> None:
    from riskcheck.scorers.toxicity_jokes import group_joke_floors
    from riskcheck.scorers.toxicity_patterns import IDENTITY

    def floors(text: str) -> dict[str, float]:
        return group_joke_floors(fold(text))

    assert floors("Our women's choir stole the show at the festival 😂") == {}
    assert floors("Vrouwen en geld: waarom we altijd nog één paar schoenen kopen 😅") == {}
    assert floors("Jews and money, name a better duo 😂") == IDENTITY
    assert floors("Women are too stupid to drive lol") == IDENTITY
    assert floors("The refugees stole the bikes again haha") == IDENTITY


def test_a_riddle_about_a_group_member_told_with_a_laugh_is_reviewed() -> None:
    """13r: the butt is the group whatever words the punchline uses; a question that is no joke is no riddle."""
    from riskcheck.scorers.toxicity_jokes import RIDDLE, riddle_floors

    assert riddle_floors("what do you call a muslim girl on a bike?", "", "the getaway driver lol") == RIDDLE
    assert riddle_floors("wat is het verschil tussen een jood en een zak chips?", "", "de zak chips 😂") == RIDDLE
    assert riddle_floors("why do sikhs wear a turban?", "", "") == {}
    assert riddle_floors("why did the chicken cross the road?", "", "to get to the other side 😂") == {}
    assert riddle_floors("what do you call a gay man in a dress?", "", "jokes about this are not funny.") == {}
