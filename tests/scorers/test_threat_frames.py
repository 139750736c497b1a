"""Threats read as frame + harm + target, en + nl (``threat_frames``), and what must stay benign."""

from __future__ import annotations

import re

import pytest

from riskcheck.scorers.obfuscation import fold
from riskcheck.scorers.threat_frames import threat_frame
from riskcheck.scorers.toxicity_person import person_shapes

_WORDS = re.compile(r"\w(?:[\w'-]*\w)?")


def _frame(text: str) -> str | None:
    folded = fold(text.lower()).replace("\u2019", "'")
    return threat_frame(folded, set(_WORDS.findall(folded)))


THREATS = [
    # a first-person frame, a body verb, a person ("gonna" opening the clause, "every one of you")
    "Gonna beat the living daylights out of that ref after the game.",
    "I swear I'll strangle every one of you.",
    "Give me a reason and I'll blow your brains out.",
    "We're going to bury you and your whole family.",
    "We'll find them and make them bleed.",
    "If I run into that delivery guy again, he's getting stabbed.",
    "Someone is going to put a knife in that politician one day.",
    "Those cyclists deserve to be run down, every single one.",
    "It's open season on bikers, run them all off the road.",
    # Dutch separable verbs in both word orders, body-part phrases, a fronted object
    "Als ik je nog een keer zie, rij ik je omver.",
    "Ik draai je nek om, klein mannetje.",
    "Ik snij je keel door als je nog een keer belt.",
    "Die vent van de helpdesk ga ik een lesje leren dat hij nooit vergeet.",
    "De volgende die op mijn plek parkeert, maak ik koud.",
    "Wij gaan jou en je hele familie uitroeien.",
    "Tijd om de wapens op te pakken tegen die buitenlanders.",
    "I will slice you up like a pizza.",
    "I'm going to run my truck through that pride parade.",
    "Ik rij met mijn vrachtwagen dwars door die gay pride.",
    "Ik zweer dat ik elke laatste van die transfreaks afmaak.",
    "We zorgen dat geen enkele moslim in deze straat de winter overleeft.",
    "May you and your kind burn forever.",
    # wishes of harm
    "I hope every one of them chokes to death.",
    "Ik hoop dat ze allemaal verzuipen onderweg.",
    "Ik hoop dat je vliegtuig neerstort.",
]
VEILED = [
    "Your family won't be safe once we're done with you.",
    "Post that again and you won't wake up tomorrow.",
    "You better sleep with the lights on from now on.",
    "You won't be laughing when we come knocking.",
    "I'm coming to your house tonight with a knife.",
    "Je familie is niet meer veilig als wij klaar zijn met je.",
    "Slaap maar met het licht aan vanaf nu.",
    "Je lacht niet meer als we aanbellen.",
    "Wees maar voorzichtig als je vanavond naar huis fietst.",
    "Hier ga je spijt van krijgen.",
    "We weten je te vinden.",
    "One phone call and you'll disappear.",
    "Show up at the meeting again and you'll be carried out.",
    "Remember what happened to the last guy who crossed us?",
    "Eén telefoontje en jij verdwijnt.",
]
BENIGN = [
    "Shoot us a DM and we'll sort it out.",
    "We'll shoot you a quick email with the details.",
    "We will hunt you down the perfect gift.",
    "We're going to kill it at the trade show this year!",
    "I hope the rain dies down before the match.",
    "I hope you all have a lovely weekend.",
    "This mattress will make sure you never wake up tired again.",
    "Your kids are safe with us all summer.",
    "Time to take up arms against dandruff!",
    "We'll crush them on Saturday, come support the team!",
    "Ik ga deze training helemaal slopen morgen.",
    "We gaan de concurrentie afmaken met deze app.",
    "We maken je dag helemaal af met een gratis toetje.",
    "We drukken de posters af en hangen ze op in de winkel.",
    "Ik steek de kaarsjes aan voor je verjaardag.",
    "Pas maar op dat je niet verslaafd raakt aan onze koekjes!",
    "Hier ga je geen spijt van krijgen.",
    "Ik hoop dat jullie allemaal een fijn weekend hebben.",
    "We gaan calorieën verbranden in de nieuwe spinningles.",
    "We houden je op de hoogte.",
    "May your holidays be merry and bright.",
    "We rijden met onze foodtruck door de stad.",
    "Ik denk niet dat ik de taart vandaag nog afmaak.",
    "We have your address and the courier will visit tomorrow.",
    "Will the Zinger be able to survive the harsh elements of space?",
]


@pytest.mark.parametrize("text", THREATS)
def test_direct_threats_and_wishes(text: str) -> None:
    assert _frame(text) == "violence against a person"


@pytest.mark.parametrize("text", VEILED)
def test_veiled_threats(text: str) -> None:
    assert _frame(text) is not None


@pytest.mark.parametrize("text", BENIGN)
def test_idioms_and_things_are_no_threat(text: str) -> None:
    assert _frame(text) is None
    assert not person_shapes(fold(text.lower()).replace("\u2019", "'"))


def test_negation_inside_the_frame_stops_it() -> None:
    assert _frame("I would never hurt you.") is None
    assert _frame("Ik hoop niet dat je kanker krijgt.") is None


def test_person_layer_reads_the_frames() -> None:
    assert person_shapes("ik draai je nek om, klein mannetje.") == ("violence against a person",)
