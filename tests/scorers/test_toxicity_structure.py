"""Hostility read from sentence structure with no insult word (toxicity_structure), en + nl, and the
benign sentences of the same shapes: brand copy without a group, protective complements, negation,
counter-speech. Written for this test; none is a case of the functional suite."""

from __future__ import annotations

import pytest

from riskcheck.scorers.toxicity_patterns import STRONG
from riskcheck.scorers.toxicity_structure import assess_structure, matches, once_then_never_again
from riskcheck.scorers.toxicity_targets import respell
from riskcheck.scorers.toxicity_usem3 import ATTRIBUTES, _apply_shapes

LOW = {a: 0.05 for a in ATTRIBUTES}


@pytest.mark.parametrize(("text", "shape", "group"), [
    ("sikhs should not be permitted to open a shop on this street.", "exclusion: denied an ordinary right", "sikhs"),
    ("honestly lesbians shouldn't be let near a classroom.", "exclusion: denied an ordinary right", "lesbians"),
    ("no muslim should ever become a judge here.", "exclusion: no member should be allowed", "muslim"),
    ("hindus don't get to tell us what to eat.", "exclusion: denied an ordinary right", "hindus"),
    ("arabs have no business running our council.", "exclusion: no place or say", "arabs"),
    ("ban all somalis from the pool.", "exclusion: keep out", "somalis"),
    ("keep those romanians away from our kids.", "exclusion: keep out", "romanians"),
    ("no more residence permits for iraqis, ever.", "exclusion: no more rights or entry for the group", "iraqis"),
    ("no more turks, please.", "exclusion: no more rights or entry for the group", "turks"),
    ("ship the syrians back on the first boat.", "exclusion: send back", "syrians"),
    ("jews will never belong in this village.", "exclusion: does not belong", "jews"),
    ("why do immigrants even get a council house?", "exclusion: asking why they should have a right", "immigrants"),
    ("why do we even let refugees vote?", "exclusion: asking why they are let in or let live", "refugees"),
    ("shops should be free to refuse gay customers.", "exclusion: a licence to turn them away", "gay customers"),
    ("the town would be safer without pakistanis.", "exclusion: better off without", "pakistanis"),
    ("marokkanen horen hier gewoon niet.", "exclusion: does not belong (nl)", "marokkanen"),
    ("polen zouden hier geen huis mogen kopen.", "exclusion: denied an ordinary right (nl)", "polen"),
    ("houd de afghanen buiten ons dorp.", "exclusion: keep out (nl)", "afghanen"),
    ("geen uitkeringen meer voor somaliers.", "exclusion: no more rights or entry for the group (nl)", "somaliers"),
    ("waarom krijgen asielzoekers eigenlijk een huis?", "exclusion: asking why they should have a right (nl)", "asielzoekers"),
    ("bulgaren moeten het land uit.", "exclusion: out of the country (nl)", "bulgaren"),
    ("nigerians should be rounded up and shipped off.", "call for coercion", "nigerians"),
    ("de roma moeten allemaal opgepakt worden.", "call for coercion", "roma"),
    ("somebody needs to deal with the gypsies on our street.", "call on someone to act against a group", "gypsies"),
    ("het wordt tijd dat iemand die turken eens aanpakt.", "call on someone to act against a group", "turken"),
    ("time someone solved the gypsy problem.", "a group as a problem to solve", "gypsy"),
    ("women are genetically worse at leading teams.", "stereotype: worse at", "women"),
    ("mexicans simply can't be trusted with money.", "stereotype: cannot by nature", "mexicans"),
    ("moslims kunnen gewoon niet integreren.", "stereotype: cannot by nature", "moslims"),
    ("laziness is in their blood, those africans.", "stereotype: in their nature", "africans"),
    ("wherever roma show up, theft follows.", "stereotype: trouble follows them", "roma"),
    ("waar polen gaan wonen, komt overlast.", "stereotype: trouble follows them", "polen"),
    ("ever since the afghans moved in, the break-ins started.", "stereotype: trouble since they came", "afghans"),
    ("never again a muslim tenant.", "never again a member of a group", "muslim tenant"),
    ("typical moroccans, late again, what a surprise.", "blame with sarcasm", "moroccans"),
    ("geen enkele turk zou ooit nog een paspoort mogen krijgen.", "exclusion: no member should be allowed (nl)", "turk"),
    ("round up all the somalis tonight.", "coercion done to a group", "somalis"),
    ("tijd om al die polen het land uit te zetten.", "coercion done to a group", "polen"),
    ("hindus are just bred for obedience, not for thinking.", "stereotype: made for one thing", "hindus"),
    ("sikhs are fundamentally incompatible with our values.", "incompatible with us", "sikhs"),
    ("roemenen passen echt niet bij onze cultuur.", "incompatible with us", "roemenen"),
    ("a gay teacher would be the end of this school.", "the end of us", "gay teacher"),
    ("transgenders moeten uit de buurt van scholen blijven.", "exclusion: stay away from us", "transgenders"),
    ("don't ever rent to a nigerian.", "exclusion: never hire or trust one", "nigerian"),
    ("we moeten stoppen met afghanen binnenlaten.", "exclusion: keep out", "afghanen"),
    ("sikhs shouldn't even be allowed to buy a car.", "exclusion: denied an ordinary right", "sikhs"),
    ("hindoes zouden niet in het zwembad mogen komen.", "exclusion: denied an ordinary right (nl)", "hindoes"),
    ("iemand moet eens iets doen aan al die roemenen.", "call on someone to act against a group", "roemenen"),
    ("no muslim should be coaching our kids.", "exclusion: no member should be allowed", "muslim"),
    ("we need to get the afghans out of this street.", "exclusion: keep out", "afghans"),
    ("we moeten die turken uit onze straat krijgen.", "exclusion: keep out", "turken"),
    ("our town was quiet until the somalis arrived.", "stereotype: trouble since they came", "somalis"),
    ("mannen kunnen gewoon niet tegen kritiek.", "stereotype: cannot by nature", "mannen"),
])
def test_structure_shapes_name_their_shape_and_group(text: str, shape: str, group: str) -> None:
    found = dict(matches(respell(text)))
    assert shape in found, found
    assert found[shape] == group
    assert max(assess_structure(respell(text)).values()) >= STRONG


@pytest.mark.parametrize("text", [
    # brand copy of the same shapes: no group
    "keep pets out of the car on hot days.",
    "no more waiting in line: order ahead.",
    "we don't belong to any group, we're family owned.",
    "wherever our trucks go, fresh bread follows.",
    "it's time someone solved the parking problem.",
    "send them back to us for a free repair.",
    "houd je fiets uit de regen.",
    "geen wachttijden meer voor onze leden.",
    "het zit in onze genen: drie generaties bakkers.",
    "natuurlijk weer een verrassing in de doos!",
    # protective complements, positive statements
    "no refugee should ever be sent back to a war zone.",
    "immigrants should never be allowed to go hungry.",
    "keep refugees out of harm's way this winter.",
    "vluchtelingen zouden geen angst moeten hebben.",
    "hou de vluchtelingen uit de kou.",
    "women are not worse at maths.",
    "refugees bring skills and energy to our town.",
    "of course the women won again, what a surprise!",
    "hospitality is in their blood, moroccans are wonderful hosts.",
    "discrimination against muslims must be stopped.",
    "discriminatie van moslims moet aangepakt worden.",
    "since refugees arrived, crime has actually fallen.",
    "never again: we remember the jews murdered in the holocaust.",
    "muslims don't belong to one single culture.",
    "never hire a plumber without a quote.",
    "round up your friends for quiz night!",
    "our boots are built for rain, not for show.",
    "geen enkel somalisch gezin zou jaren op een huis moeten wachten.",
    "trans women have every right to use the ladies' room.",
    "get the refugees out of the cold tonight: donate a blanket.",
    "we moeten de vluchtelingen uit de opvang krijgen en in een huis.",
    "our town was quiet until the roadworks started.",
    "sikhs should be able to wear a turban at work.",
    "nooit meer mogen joden zo behandeld worden.",
])
def test_benign_sentences_of_the_same_shapes_stay_low(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] < 0.6, matches(respell(text))


@pytest.mark.parametrize("text", [
    "saying that sikhs shouldn't be allowed to vote is absurd.",
    "he said migrants should be kicked out, and i told him he was wrong.",
    "it's a myth that women are worse at science.",
    "het is niet waar dat moslims hier niet thuishoren.",
    "wie roept dat polen het land uit moeten, verspreidt haat.",
    # the writer denies the claim: a negator or denial verb earlier in the clause, or "... is not true" after it
    "i don't think sikhs should be kept out of anything.",
    "nobody here believes hindus don't belong in this town.",
    "i would never say afghans shouldn't be allowed to work.",
    "ik heb nooit gezegd dat polen hier niet horen.",
    "dat roma niet met geld kunnen omgaan, is gewoon niet waar.",
    "arabs are in no way worse at science.",
])
def test_counter_speech_about_these_shapes_is_discounted(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] < 0.6


def test_once_then_never_again_reads_the_next_sentence() -> None:
    assert once_then_never_again("rented to a romanian family once.", "never again.") == "romanian"
    assert once_then_never_again("ooit een vrouwelijke monteur ingehuurd.", "nooit meer!") == "vrouwelijke monteur"
    assert once_then_never_again("tried the vegan menu once.", "never again.") is None
    assert once_then_never_again("rented to a romanian family once.", "great people.") is None
    floors = _apply_shapes(dict(LOW), "hired a somali once.", following="never again.")
    assert floors["identity_attack"] >= STRONG


def test_structure_shapes_finish_on_long_adversarial_input() -> None:
    """Bounded patterns: long runs of groups, modals and fillers complete (no backtracking bomb)."""
    nasty = ("muslims should not be allowed to keep the women out of " * 120 + "waarom zouden polen niet " * 120
             + "wherever jews go " * 120 + "x")
    assert isinstance(assess_structure(nasty), dict)


def test_a_no_interjection_or_an_earlier_clause_does_not_deny_the_shape() -> None:
    assert _apply_shapes(dict(LOW), "no, somalis don't belong here.")["identity_attack"] >= STRONG
    assert _apply_shapes(dict(LOW), "i don't care what anyone says, turks don't belong here.")["identity_attack"] >= STRONG


def test_a_contraction_is_no_quotation_of_someone_else() -> None:
    """"shouldn't ... it's" is not a quote that a later "cruel" condemns (the counter-speech discount)."""
    hostile = "hindus shouldn't be allowed to have kids, it's cruel to the kids."
    assert _apply_shapes(dict(LOW), hostile)["identity_attack"] >= STRONG
    assert _apply_shapes(dict(LOW), "saying 'sikhs shouldn't vote' is cruel.")["identity_attack"] < 0.6


@pytest.mark.parametrize("text", [
    "no wonder sikhs are terrorists.",
    "not only are gypsies thieves, they are liars too.",
    "i'm not saying all immigrants are criminals, but most are.",
    "isn't it obvious that women can't lead?",
    "geen wonder dat marokkanen criminelen zijn.",
    "i don't care what people say, jews are greedy.",
    "it's not racist to say africans are lazy.",
    "het is niet racistisch om te zeggen dat polen dieven zijn.",
])
def test_negation_that_denies_nothing_keeps_a_group_claim_in_the_block_band(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] >= STRONG


@pytest.mark.parametrize("text", [
    "it's not that women can't lead, they're rarely given the chance.",
    "nobody believes refugees are criminals.",
    "ik heb nooit gezegd dat turken dieven zijn.",
])
def test_a_group_claim_the_writer_denies_stays_low(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] < 0.6


# --- 12b, session 7: benign look-alikes (functional group "lookalike") and the abusive sibling each must keep
@pytest.mark.parametrize(("benign", "abusive"), [
    # a possessive before a gender noun names one's own team or family
    ("our women can't handle the altitude in la paz, so the coach moved the camp.", "women can't handle money."),
    ("my two girls will be the death of our new carpet.", "muslims will be the death of our country."),
    # a health fact or a care visit
    ("women after a stroke often can't plan their day at first, so our nurses help.",
     "women can't plan anything, it's a fact."),
    ("men are worse at going to the dentist than women, so here's a reminder.", "women are worse at driving than men."),
    # a health question or a statistical comparison
    ("why do women get headaches more often than men?", "why should immigrants get free housing?"),
    # the charge denied
    ("immigrants don't bring crime, they bring new shops to our street.", "immigrants bring nothing but crime."),
    ("vluchtelingen brengen geen overlast, ze brengen gezelligheid.", "vluchtelingen brengen alleen maar overlast."),
    # chaos enjoyed
    ("since the girls moved in, the flat has been pure chaos and we love it.",
     "since the moroccans moved in, the street has been pure chaos."),
    # away from the treats
    ("keep the men away from the cake until the candles are lit!", "keep the refugees away from our town."),
    # a passion in their blood
    ("dancing is in their blood: meet the girls of our ballet school.", "crime is in their blood, those gypsies."),
    # "zo" as an intensifier
    ("de vrouwen na de marathon: ze zijn allemaal zo blij.", "zo zijn ze nu eenmaal, die marokkanen."),
    # asking why a right is denied; protection and care; a virtue after "typical"
    ("waarom mogen asielzoekers eigenlijk niet werken?", "waarom mogen asielzoekers eigenlijk hier blijven?"),
    ("refugees should be kept out of the cold tonight, our hall is open.", "refugees should be kept out."),
    ("the immigrants should be sent home safely after the course.", "the immigrants should be sent home."),
    ("typical turkish hospitality: tea before we even sat down.", "typical turks, always complaining."),
    # a protective "have to"
    ("no woman should ever have to choose between a career and a family.", "no woman should ever be allowed to vote."),
])
def test_lookalikes_pass_and_their_abusive_siblings_still_match(benign: str, abusive: str) -> None:
    assert matches(respell(benign)) == [], benign
    assert matches(respell(abusive)) != [], abusive


def test_once_never_again_with_ones_companions_is_no_group_claim() -> None:
    assert once_then_never_again("went sailing with the girls once.", "never again!") is None
    assert once_then_never_again("een keer gaan raften met de meiden.", "nooit meer!") is None
    assert matches(respell("went sailing with the girls once, never again!")) == []
    assert once_then_never_again("hired a pakistani once.", "never again.") == "pakistani"
    assert matches(respell("went on a date with a moroccan once, never again.")) != []
    assert matches(respell("worked with women once, never again.")) != []
