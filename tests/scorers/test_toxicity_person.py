"""Abuse aimed at a person: threats, veiled threats, contempt and harmful jokes (``toxicity_person``)."""

from __future__ import annotations

import pytest

from riskcheck.scorers.obfuscation import fold
from riskcheck.scorers.toxicity_person import person_floors, person_shapes
from riskcheck.scorers.toxicity_patterns import STRONG

ABUSIVE = [
    # violence the writer intends or wishes on a person
    ("I'm going to punch that smug barista the next time he spells my name wrong.", "violence against a person"),
    ("Honestly someone needs to throw the new manager down the stairs.", "violence against a person"),
    ("That delivery guy deserves a good kicking.", "violence against a person"),
    ("Drag the mayor out of his house and let the crowd deal with him.", "violence against a person"),
    ("Ik zou mijn baas met liefde wurgen met zijn eigen stropdas.", "violence against a person"),
    ("Eerlijk, iemand moet die nieuwe manager van de trap duwen.", "violence against a person"),
    ("Als ik hem weer zie, breek ik alle botten in zijn gezicht.", "violence against a person"),
    # injury foretold
    ("If my ex shows up again she'll be leaving in an ambulance.", "injury foretold"),
    ("@user you won't be smiling much longer, mate.", "injury foretold"),
    ("Als hij weer komt, gaat hij met de ambulance naar huis.", "injury foretold"),
    # veiled threats
    ("Would be a real shame if the windows got smashed.", "veiled threat at a person"),
    ("The cashier who gave me attitude better hope we never meet in the car park.", "veiled threat at a person"),
    ("Keep posting about me and see what happens.", "veiled threat at a person"),
    ("I know which gym your boyfriend goes to, just saying.", "veiled threat at a person"),
    ("Zou zonde zijn als de lak van die auto ineens bekrast raakt.", "veiled threat at a person"),
    ("Ik weet op welke sportschool je vriendje zit, even ter info.", "veiled threat at a person"),
    ("Die recensent moet 's avonds maar goed om zich heen kijken.", "veiled threat at a person"),
    # contempt at a person
    ("Our new intern is a walking waste of oxygen.", "contempt at a person"),
    ("The guy who runs the corner shop is a filthy parasite.", "contempt at a person"),
    ("Mijn ex is een waardeloze, liegende hoop stront.", "contempt at a person"),
    ("People like that landlord shouldn't be allowed to breed.", "contempt at a person"),
    ("Dat mens achter de kassa is zo dom als het achtereind van een varken.", "contempt at a person"),
    # body harm by co-occurrence, wished harm, self-harm, a weapon, comparatives
    ("My manager is gonna get his head kicked in one of these days.", "violence against a person"),
    ("Mijn manager krijgt binnenkort echt zijn kop ingetrapt.", "violence against a person"),
    ("I hope the courier who dumped my parcel gets hit by a bus.", "violence against a person"),
    ("Ik hoop dat die buurman onder een trein komt.", "violence against a person"),
    ("That streamer should just go hang himself.", "violence against a person"),
    ("Give me ten minutes alone with that umpire and a baseball bat.", "violence against a person"),
    ("Keep talking and you'll be eating through a straw.", "injury foretold"),
    ("My landlord is dumber than a box of rocks.", "contempt at a person"),
    ("Mijn zwager is dommer dan een zak stenen.", "contempt at a person"),
    # someone's things, a weapon emoji, a foretold end
    ("Whoever wrote that review needs a brick through their window.", "violence against a person"),
    ("Iemand moet de auto van die recensent eens bekrassen.", "violence against a person"),
    ("The neighbour won't be complaining for long 🔪", "veiled threat at a person"),
    ("Tell him he's a dead man.", "injury foretold"),
    ("Die klant belandt nog eens in een sloot.", "injury foretold"),
    # any words before the vile noun when a person is the subject; first-person arson; wished deaths
    ("Our competitor's founder is a greasy little weasel and a fraud.", "contempt at a person"),
    ("Karin van de apotheek is een chagrijnige oude heks.", "contempt at a person"),
    ("If he raises the rent again I'm setting his car on fire.", "violence against a person"),
    ("That plumber is gonna wish he'd never been born.", "veiled threat at a person"),
    ("Die conducteur mag blij zijn dat ik hem niet alleen tegenkwam.", "veiled threat at a person"),
    ("Nog één keer, Dennis, en je kunt je tanden bij elkaar vegen.", "injury foretold"),
    ("Iemand zou die wethouder eens flink moeten afrossen.", "violence against a person"),
]

JOKES = [
    ("How do you win an argument with your wife?", "Start with your fists 🤣"),
    ("Tip for the lads:", "a few drops in her wine and she'll be much friendlier 😉"),
    ("Wat is het voordeel van een slapende vriendin?", "Ze zegt nooit nee haha"),
    ("Hoe noem je een vrouw met twee blauwe ogen?", "Iemand die het de eerste keer niet snapte 😂"),
    ("What's a girl's favourite cocktail?", "Whatever you slipped into it lol"),
    ("My wife burnt the toast again.", "Good thing I've got a strong right hand 😂"),
]

BENIGN = [
    "This deal is an absolute killer, grab it before Friday!",
    "I could kill for a coffee right now.",
    "Our new burger will knock you out.",
    "We'll shoot you a message as soon as your order ships.",
    "We beat our competitors on price, every single day.",
    "A man was jailed for threatening to burn down his neighbour's house, police said.",
    "We know where your parcel is: it arrives tomorrow.",
    "It would be a shame if you missed this sale, so here's a reminder.",
    "Watch your step on the wet floor near entrance B.",
    "The customer service was rubbish today, sorry about that.",
    "The villain in episode 3 is a spineless rat and I love it.",
    "Our mascot is a sheep called Dolly.",
    "Ik zou een moord doen voor een kop koffie.",
    "Wij verslaan de concurrent op prijs, elke dag weer.",
    "Het zou zonde zijn als je deze sale mist.",
    "Wij weten precies waar je pakket is.",
    "Saw the comedian last night: her jokes about dating apps were hilarious 😂",
    "Never leave your drink unattended: spiking happens more often than you think.",
    "Girls' night: two cocktails for the price of one 😉",
    "They say one man's trash is the next man's treasure.",
    "Our new chilli sauce will absolutely destroy you.",
    "Hope your weekend is as sweet as our new donuts.",
    "Slap on some sunscreen, ladies 😉",
    "De klap op de vuurpijl: haar nieuwe album is uit 😂",
    "We hope your tyres are ready for winter: free check this week!",
    "We'll find you the best deal, guaranteed.",
    "A man who threatened his ex-wife was sentenced to two years, the court said.",
    "Pray for all the people hurt in the crash.",
    "Our chef's knife skills are out of this world 🔪",
    "Ladies, we've got your back: free self-defence class this Saturday.",
    "She is really well made!",
    "He is our guinea pig for the new recipe.",
    "My sister is the black sheep of the family.",
    "He is rubbish at darts.",
    "Her glass was empty so I topped it up 🥂",
    "Nog één keer slapen en dan is het Sinterklaas!",
]


@pytest.mark.parametrize(("text", "shape"), ABUSIVE)
def test_abuse_at_a_person_is_read(text: str, shape: str) -> None:
    folded = fold(text)
    assert shape in person_shapes(folded)
    assert max(person_floors(folded).values()) >= STRONG


@pytest.mark.parametrize(("setup", "punchline"), JOKES)
def test_a_joke_whose_punchline_is_a_harm(setup: str, punchline: str) -> None:
    floors = person_floors(fold(punchline), lambda: fold(setup), str)
    assert floors.get("toxicity", 0.0) >= STRONG


@pytest.mark.parametrize("text", BENIGN)
def test_look_alikes_set_no_floor(text: str) -> None:
    assert person_floors(fold(text)) == {}


def test_a_fragment_is_read_with_the_sentence_before() -> None:
    before = fold("People who film my staff tend to lose their phones.")
    assert person_floors(fold("And their teeth."), lambda: before, str)
    assert not person_floors(fold("And their chargers."), lambda: before, str)
