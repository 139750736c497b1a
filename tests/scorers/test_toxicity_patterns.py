"""The sentence-shape layer of the toxicity scorer: what it lifts, what it discounts, what it leaves."""

from __future__ import annotations

import pytest

from riskcheck.scorers.toxicity_patterns import COUNTER_FACTOR, SHAPES, STRONG, assess, is_counter_speech
from riskcheck.scorers.toxicity_usem3 import _apply_shapes


@pytest.mark.parametrize(("text", "attribute"), [
    ("anyone who leaves a bad review should watch their back", "threat"),
    ("we know where your brother lives, remember that", "threat"),
    ("wie een slechte review schrijft, moet maar goed oppassen", "threat"),
    ("somebody should stab that ceo in the face", "threat"),
    ("i'm going to kill you and your dog", "threat"),
    ("ik steek je neer", "threat"),
    ("those people deserve to be shot", "threat"),
    ("ze moeten allemaal tegen de muur gezet worden", "threat"),
    ("women belong in the kitchen", "identity_attack"),
    ("vrouwen horen achter het aanrecht", "identity_attack"),
    ("refugees are nothing but vermin", "identity_attack"),
    ("die mensen zijn gewoon ongedierte", "identity_attack"),
    ("their customers are brain-dead idiots", "insult"),
    ("hun klanten zijn hersenloze idioten", "insult"),
    ("put some roofies in the punch bowl", "toxicity"),
])
def test_harmful_shapes_lift_an_attribute(text: str, attribute: str) -> None:
    found = assess(text)
    assert found.floors.get(attribute, 0.0) >= 0.7, found
    assert not is_counter_speech(text)


@pytest.mark.parametrize("text", [
    "if the product breaks, we replace it.",
    "we'll shoot you an email with the tracking link.",
    "our team is crushing it this quarter!",
    "dying to see you at our launch party tonight.",
    "kill time at our arcade with friends.",
    "ik maak je blij met een gratis koffie.",
    "we steken je een hart onder de riem.",
    "we zoeken een nieuwe collega voor ons team in utrecht.",
    "our ceo is a gay man and a dad of two.",
    "black history month: ten founders we admire.",
    "price spike expected after the storm, order early.",
])
def test_ordinary_copy_has_no_shape(text: str) -> None:
    assert assess(text).floors == {}


@pytest.mark.parametrize("text", [
    "i don't hate immigrants at all.",
    "refugees are not criminals.",
    "saying 'women belong in the kitchen' is sexist.",
    "stop calling gay people names.",
    "a customer called our driver an idiot, and we banned him.",
    "ik haat moslims niet.",
    "zeggen dat vluchtelingen beesten zijn is walgelijk.",
    "niemand verdient het om bedreigd te worden.",
])
def test_counter_speech_negation_and_reports_are_discounted(text: str) -> None:
    assert is_counter_speech(text)


def test_counter_speech_scales_every_attribute_down() -> None:
    scores = {"toxicity": 0.9, "threat": 0.1, "insult": 0.8, "identity_attack": 0.5}
    out = _apply_shapes(scores, "saying 'refugees are vermin' is disgusting.")
    assert out["toxicity"] == pytest.approx(STRONG * COUNTER_FACTOR)
    assert out["threat"] == pytest.approx(0.1 * COUNTER_FACTOR)
    assert max(out.values()) < 0.5


def test_negated_positive_is_not_counter_speech() -> None:
    text = "immigrants will never be welcome here."
    assert not is_counter_speech(text) and assess(text).floors


def test_shapes_finish_on_long_adversarial_input() -> None:
    """Bounded patterns: a long run of near-matches completes (a backtracking bomb would hang here)."""
    nasty = ("are " + "all just like a bunch of " * 200 + "x ") * 3 + "'" + "a" * 5000
    assert assess(nasty).floors is not None
    assert all(shape.pattern.search(nasty) is None or shape.name for shape in SHAPES)


def test_direct_abuse_is_not_discounted_by_a_negation() -> None:
    scores = {"toxicity": 0.9, "insult": 0.85}
    text = "i don't think so, you asshole."
    assert _apply_shapes(scores, text, direct_abuse=True) == scores
    assert _apply_shapes(scores, text)["toxicity"] < 0.5


@pytest.mark.parametrize("text", [
    "those refugees should watch their step around here.",
    "muslims, your days in this village are numbered.",
    "the gays on our street have been warned.",
    "something bad could happen to those moroccans any day now.",
    "consider yourselves warned, lesbians.",
    "jullie dagen zijn geteld, asielzoekers.",
    "homo's, pas maar op.",
    "er kan zomaar iets gebeuren met die vluchtelingen.",
    "joden, jullie zijn gewaarschuwd.",
    "het zou zonde zijn als er iets met die moskee gebeurt.",
])
def test_veiled_threat_idioms_aimed_at_a_group_are_threats(text: str) -> None:
    assert assess(text).floors.get("threat", 0.0) >= STRONG
    assert not is_counter_speech(text)


@pytest.mark.parametrize("text", [
    "watch this space: big news for our customers next week!",
    "we know where you'll want to be this summer: our beach bar.",
    "accidents happen, that's why we offer insurance for every bike.",
    "you have been warned: our new chili sauce is seriously hot 🌶️",
    "watch your step on the wet floor, please.",
    "pas op voor gladheid vanavond!",
    "kijk maar uit naar onze nieuwe collectie.",
    "er kan zomaar iets gebeuren, daarom is een reisverzekering slim.",
    "our volunteers help refugees find work, and accidents happen less with good training.",
    "vrouwen, kijk uit naar onze voorjaarsactie met 20% korting!",
    "moslims en christenen kunnen samen oppassen op de buurtkinderen.",
    "zonde als er iets met je fiets gebeurt: verzeker hem bij ons.",
    "migrants have been warned by aid groups about the dangerous crossing.",
    "our muslim customers know where the prayer room is.",
])
def test_veiled_threat_idioms_in_brand_copy_are_not_threats(text: str) -> None:
    assert "threat" not in assess(text).floors, assess(text)


def test_quoted_words_after_a_speech_verb_are_reported_speech() -> None:
    assert is_counter_speech("my neighbour told the police that a man shouted 'go away' at the mosque.")
    assert is_counter_speech("hij riep 'rot op' naar de buren.")
    assert not is_counter_speech("i said 'they are rats' and i meant it.")


@pytest.mark.parametrize("text", [
    "elderly customers, watch your step on the icy ramp.",
    "ouderen, pas goed op jezelf tijdens de hittegolf.",
    "vrouwen, pas goed op: er zijn oplichters actief.",
    "ouderen vallen vaak thuis; er kan zomaar iets gebeuren.",
    "ouderen zijn gewaarschuwd voor nepbellers.",
    "accidents happen to elderly people at home more than anywhere else.",
    "our volunteers know where refugees live and bring them food every week.",
    "women, consider yourselves warned: our sale ends friday!",
])
def test_public_service_and_care_copy_about_a_group_is_not_a_threat(text: str) -> None:
    assert "threat" not in assess(text).floors, assess(text)


@pytest.mark.parametrize("text", [
    "that mosque on elm street should sleep with one eye open.",
    "die moskee moet maar eens goed opletten.",
    "de mensen in dat azc moeten 's nachts maar goed hun deur op slot doen.",
    "those refugees had better lock their doors tonight.",
    "zeg nog één keer zoiets en je komt niet meer heel thuis.",
    "keep it up and you won't make it home in one piece.",
    "we know which school your kids go to.",
    "wij weten waar jouw kinderen naar school gaan.",
])
def test_veiled_threats_at_a_place_of_a_group_or_at_someone_s_family(text: str) -> None:
    assert assess(text).floors.get("threat", 0.0) >= STRONG, text


@pytest.mark.parametrize("text", [
    "the mosque on elm street opens its doors to neighbours on sunday.",
    "vergeet niet je deur op slot te doen als je op vakantie gaat.",
    "lock your doors and windows before you leave: tips from our security team.",
    "je komt altijd veilig thuis met onze nachtbus.",
    "we know which school run you do every morning: our coffee is ready at 8.",
])
def test_the_same_words_in_ordinary_copy_are_not_threats(text: str) -> None:
    assert "threat" not in assess(text).floors, assess(text)


@pytest.mark.parametrize("text", [
    "kevin from sales is a waste of oxygen.",
    "that guy from the council is a spineless worm.",
    "honestly our customers are the dumbest people on the planet.",
    "what a clown that minister is.",
    "absolute joke of a human being.",
    "die wethouder is echt een ruggengraatloze slappeling.",
    "klanten die hier klagen zijn gewoon zeikerds en zeurpieten.",
    "die man van de gemeente is een waardeloos stuk vreten.",
    "wat een sukkel is die nieuwe manager.",
    "die influencer is een walgelijk mens.",
])
def test_contempt_said_of_a_person_is_an_insult(text: str) -> None:
    assert assess(text).floors.get("insult", 0.0) >= STRONG, text


@pytest.mark.parametrize("text", [
    "the villain in this film is a total creep, watch it tonight!",
    "our mascot is a clown and the kids love him.",
    "what a clown show this weather is.",
    "wat een sukkelweer vandaag.",
    "this is the dumbest price drop ever: 50% off everything.",
    "de schurk in deze serie is een echte engerd.",
    "we waren een stuk sneller dan vorig jaar.",
])
def test_contempt_words_about_fiction_things_and_weather_are_not_insults(text: str) -> None:
    assert "insult" not in assess(text).floors, assess(text)


@pytest.mark.parametrize("text", [
    "those mosquitoes are vermin.", "muggen zijn echt ongedierte.", "this old charger is useless garbage.",
    "die oude printer is echt afval.",
])
def test_vermin_and_garbage_said_of_things_and_animals_are_not_dehumanisation(text: str) -> None:
    assert "dehumanisation" not in assess(text).shapes, text


@pytest.mark.parametrize("text", [
    "refugees are vermin.", "they are vermin.", "you are scum.", "those people are animals.",
    "het zijn parasieten, allemaal.", "polen zijn tuig.", "old people are a plague.",
])
def test_vermin_said_of_people_is_dehumanisation(text: str) -> None:
    assert "dehumanisation" in assess(text).shapes, text


@pytest.mark.parametrize(("text", "shape"), [
    ("a woman's place is in the kitchen, not the boardroom.", "stereotype as fact"),
    ("refugees are a swarm of locusts eating through our welfare state.", "dehumanisation"),
    ("roma zijn een plaag van ratten in deze wijk.", "dehumanisation"),
    ("moslims teren op het gastland als een lintworm.", "dehumanisation"),
    ("migrants feed off our benefits like leeches.", "dehumanisation"),
])
def test_possessives_collective_nouns_and_similes(text: str, shape: str) -> None:
    assert shape in assess(text).shapes, text


@pytest.mark.parametrize("text", [
    "refugees were treated like animals in that camp.",
    "this app drains my battery like a parasite.",
    "de stad had vorige zomer een plaag van ratten.",
])
def test_suffering_and_things_are_not_dehumanisation(text: str) -> None:
    assert "dehumanisation" not in assess(text).shapes, text


def test_a_negated_positive_about_a_group_is_blocked() -> None:
    assert assess("ik zal een homo nooit respecteren.").floors["identity_attack"] >= STRONG
    assert assess("i will never respect a muslim.").floors["identity_attack"] >= STRONG


@pytest.mark.parametrize("text", [
    "i will personally make sure the new kid at my school suffers.",
    "we will make sure no trans person feels safe here.",
    "we gaan ervoor zorgen dat elke moslim in deze straat spijt krijgt.",
    "vrouwen die tegenspreken moeten een klap krijgen.",
    "ik zou elke immigrant die de grens over komt met liefde neerschieten.",
])
def test_promised_wished_and_normative_harm_are_threats(text: str) -> None:
    assert assess(text).floors.get("threat", 0.0) >= STRONG, text


@pytest.mark.parametrize("text", [
    "we make sure every guest feels safe and welcome.",
    "we zorgen ervoor dat niemand zich onveilig voelt.",
    "we'll make sure you never regret this purchase.",
    "we'll make sure you regret nothing!",
    "de kogel is door de kerk: we gaan verbouwen!",
])
def test_care_and_sales_promises_are_not_threats(text: str) -> None:
    assert "threat" not in assess(text).floors, assess(text)


def test_one_s_own_experience_made_a_rule_about_a_group() -> None:
    assert "group attack" in assess("every mexican i've ever hired was lazy.").shapes
    assert "group attack" in assess("elke moslim die ik ooit heb ontmoet was een leugenaar.").shapes
    assert assess("every polish builder i've worked with was brilliant.").shapes == ()


@pytest.mark.parametrize("text", [
    "if that mosque opens on our street, it won't stay standing long.",
    "als die moskee in onze straat opengaat, blijft hij niet lang overeind.",
    "we weten waar het azc is.",
    "tell your muslim friends their time here is running out.",
    "gays of this town, enjoy your parade while you still can.",
    "die lesbiennes moet iemand eens een lesje leren.",
    "that reporter better hope nobody finds out her address.",
    "die journalist mag hopen dat niemand haar adres vindt.",
])
def test_more_veiled_threats(text: str) -> None:
    assert assess(text).floors.get("threat", 0.0) >= STRONG, text


@pytest.mark.parametrize("text", [
    "women, grab this deal while you still can!",
    "enjoy the sun while you still can, rain is coming!",
    "we weten waar het probleem zit.",
    "onze winkel blijft niet lang open vandaag.",
    "our teachers teach kids a lesson in kindness.",
    "your time is almost up: the sale ends tonight!",
])
def test_the_same_idioms_in_brand_copy(text: str) -> None:
    assert "threat" not in assess(text).floors, assess(text)


def test_hatred_the_writer_has_is_no_report_of_hatred() -> None:
    assert "group contempt" in assess("ik heb een diepe haat tegen moslims.").shapes
    assert not is_counter_speech("ik heb een diepe haat tegen moslims.")
    assert is_counter_speech("haat tegen moslims neemt toe.")


@pytest.mark.parametrize("text", [
    "wie homo's viezeriken noemt, moet zich schamen.",
    "saying immigrants are rats is dehumanising, and it has real consequences.",
    "mijn buurvrouw vertelde de politie dat een man 'we weten waar je woont' riep bij de moskee.",
])
def test_more_counter_speech(text: str) -> None:
    assert is_counter_speech(text), text


def test_a_quote_the_writer_said_and_a_threat_asked_as_a_question() -> None:
    assert not is_counter_speech("'jullie zijn ratten' zei ik tegen die vluchtelingen.")
    assert "threat" not in assess("sleep with one eye open? not with our new blackout curtains.").floors
    assert assess("you'd better sleep with one eye open.").floors["threat"] >= STRONG


@pytest.mark.parametrize("text", [
    "be a shame if someone found out where you park at night.",
    "people like you tend to have accidents.",
    "leave one more bad review and see what happens to your car.",
    "zou zonde zijn als er iets mee gebeurde.",
])
def test_veiled_threats_at_someone_s_things(text: str) -> None:
    assert assess(text).floors.get("threat", 0.0) >= STRONG, text


@pytest.mark.parametrize("text", [
    "see what happens to your skin after two weeks of our serum!",
    "try our serum and see what happens to your skin!",
    "zonde als er iets mee gebeurt: verzeker je fiets bij ons.",
    "people like you make our community great.",
])
def test_the_same_words_selling_or_praising(text: str) -> None:
    assert "threat" not in assess(text).floors, assess(text)
