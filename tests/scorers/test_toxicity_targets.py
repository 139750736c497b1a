"""Hostility aimed at a named group (toxicity_targets): what it lifts into the block band, what it leaves.

The sentences here are written for this test; none is a case of the functional suite."""

from __future__ import annotations

import pytest

from riskcheck.scorers.toxicity_patterns import STRONG, is_counter_speech
from riskcheck.scorers.toxicity_targets import assess_targets, negates_an_attribute, respell
from riskcheck.scorers.toxicity_usem3 import ATTRIBUTES, _apply_shapes


@pytest.mark.parametrize(("text", "shape"), [
    ("sikhs make me want to puke.", "hostile emotion about a group"),
    ("we despise lesbians.", "hostile emotion about a group"),
    ("ik heb een hekel aan surinamers.", "hostile emotion about a group"),
    ("turken vind ik echt walgelijk.", "hostile emotion about a group"),
    ("bisexuals are greedy and dishonest.", "hostile attribute of a group"),
    ("why are asylum seekers always so lazy?", "hostile attribute of a group"),
    ("i find jewish people repulsive.", "hostile attribute of a group"),
    ("polen zijn stuk voor stuk onbetrouwbaar.", "hostile attribute of a group"),
    ("ik vind arabieren primitief.", "hostile attribute of a group"),
    ("hindus should all rot.", "violence against a group"),
    ("death to the roma.", "violence against a group"),
    ("alle afghanen moeten creperen.", "violence against a group"),
    ("weg met de zigeuners.", "violence against a group"),
    ("somalis don't deserve help.", "negated positive about a group"),
    ("i would never hire a muslim.", "negated positive about a group"),
    ("lesbiennes deugen nergens voor.", "negated positive about a group"),
    ("asielzoekers zijn niks waard.", "negated positive about a group"),
])
def test_group_hostility_reaches_the_block_band(text: str, shape: str) -> None:
    floors, names = assess_targets(text)
    assert shape in names
    assert floors["identity_attack"] >= STRONG and floors["toxicity"] >= STRONG


@pytest.mark.parametrize("text", [
    "we hire immigrants, women and disabled people.",
    "our muslim customers asked for halal options.",
    "trans people are welcome at every event.",
    "vrouwen zijn de helft van ons team.",
    "homo's en lesbiennes zijn van harte welkom.",
    "i hate mondays and slow wifi.",
    "ik haat wachtrijen.",
    "this printer is useless.",
    "black friday deals are the worst kept secret in town.",
    "our white sneakers are a classic.",
    "ik vind zwarte koffie lekker.",
])
def test_benign_group_mentions_and_non_group_negativity_set_nothing(text: str) -> None:
    assert assess_targets(text) == ({}, ())


@pytest.mark.parametrize("text", [
    "refugees are not dangerous.",
    "immigrants are not a burden, they are our neighbours.",
    "saying 'jews are greedy' is hateful.",
])
def test_negation_and_counter_speech_discount_the_floors(text: str) -> None:
    assert is_counter_speech(text)
    scores = _apply_shapes(dict.fromkeys(("toxicity", "identity_attack", "threat", "insult"), 0.1), text)
    assert scores["identity_attack"] < 0.6


@pytest.mark.parametrize(("written", "read"), [
    ("ihate bisexuals", "i hate bisexuals"),
    ("ikhaat lesbiennes", "ik haat lesbiennes"),
    ("i h8 hindus", "i hate hindus"),
    ("muslism are filthy", "muslims are filthy"),
    ("vluchtlingen zijn smerrig", "vluchtelingen zijn smerig"),
])
def test_spelling_variation_is_undone(written: str, read: str) -> None:
    assert respell(written) == read


def test_respell_leaves_ordinary_words() -> None:
    text = "our summer sale starts monday, see you in the store!"
    assert respell(text) == text


@pytest.mark.parametrize("text", [
    "fuck all hindus.",
    "somalis can go to hell.",
    "go back to your own country, you romanians.",
    "arabieren horen in een kooi.",
    "krijg de tering, vuile afghanen.",
    "surinamers kunnen doodvallen.",
    "lesbiennes doen er niet toe.",
])
def test_profanity_dismissal_and_implicit_derogation_of_a_group(text: str) -> None:
    floors, _ = assess_targets(text)
    assert floors.get("identity_attack", 0.0) >= STRONG


@pytest.mark.parametrize("text", [
    "get out there and support women in business!",
    "go back to school with backpacks made by refugees.",
    "ga terug naar de winkel met je bon, vrouwen en mannen welkom.",
])
def test_go_back_and_get_out_in_brand_copy_set_nothing(text: str) -> None:
    assert assess_targets(text) == ({}, ())


@pytest.mark.parametrize("text", [
    "sikhs are ruining our neighbourhood.",
    "romanians keep stealing our jobs.",
    "polen pikken onze banen.",
    "asielzoekers nemen ons land over.",
    "somalis should be treated like dogs.",
    "afghanen moet je behandelen als vee.",
    "nothing good ever came from gypsies.",
    "hindoes zijn alleen goed om schoon te maken.",
    "arabs can't be trusted.",
    "turken kun je niet vertrouwen.",
    "lesbians have no business teaching kids.",
    "surinamers hebben niks te zoeken in de politiek.",
    "every jew in the city should be rounded up and shot.",
    "ik steek de volgende moslimjongen neer.",
    "burn down every synagogue.",
    "alle zigeuners zouden geexecuteerd moeten worden.",
    "ik veracht surinamers.",
    "wij kunnen polen echt niet uitstaan.",
    "sikhs are like cockroaches.",
    "afghanen zijn niets meer dan ongedierte.",
    "aren't hindus just disgusting?",
    "zijn lesbiennes niet gewoon walgelijk?",
    "let's get rid of romanians.",
    "ik ga arabieren vermoorden.",
])
def test_implicit_derogation_comparisons_and_more_threat_shapes(text: str) -> None:
    floors, _ = assess_targets(text)
    assert floors.get("identity_attack", 0.0) >= STRONG, text


@pytest.mark.parametrize("text", [
    "bisexuals aren't greedy, that's a myth.",
    "homo's zijn geen ziekte.",
    "people who say muslims are dangerous are simply wrong.",
    "het is nooit oke om vrouwen dom te noemen.",
])
def test_myth_busting_is_discounted(text: str) -> None:
    scores = _apply_shapes(dict.fromkeys(("toxicity", "identity_attack", "threat", "insult"), 0.9), text)
    assert scores["identity_attack"] < 0.6, text


def test_glued_copula_is_split_only_after_a_group() -> None:
    assert respell("immigrantsare vermin") == "immigrants are vermin"
    assert respell("we compare prices daily") == "we compare prices daily"


@pytest.mark.parametrize("text", [
    "we will never tolerate comments like that about somalis.",
    "remarks such as 'sikhs are dirty' hurt our staff.",
    "whoever calls lesbians sick should apologise.",
])
def test_refusing_hateful_statements_is_counter_speech(text: str) -> None:
    assert is_counter_speech(text)


def test_refusing_people_is_not_counter_speech() -> None:
    assert not is_counter_speech("we will never accept refugees here.")


def test_target_shapes_finish_on_long_adversarial_input() -> None:
    """Bounded patterns: long runs of groups, copulas and fillers complete (no backtracking bomb)."""
    nasty = ("muslims are all just like the women who " * 150 + "zijn niet gewoon als homo's ik kan ze " * 150
             + "immigrantsare " * 100 + "x")
    floors, _ = assess_targets(nasty)
    assert isinstance(floors, dict)
    assert not negates_an_attribute("are not " + "very " * 3000 + "x")


@pytest.mark.parametrize("text", [
    "i want to kill all sikhs.",
    "we would happily shoot every romanian.",
    "i'd love to torture those lesbians.",
    "ik wil al die surinamers martelen.",
    "ik zou alle afghanen willen doden.",
])
def test_wanting_to_harm_a_group_is_a_threat(text: str) -> None:
    floors, names = assess_targets(text)
    assert "violence against a group" in names and floors["threat"] >= STRONG, text


@pytest.mark.parametrize("text", [
    "i want to punch the air, happy pride!",
    "we'd love to smash it at the pride run with our gay and lesbian staff.",
    "ik wil alle vrouwen in ons team bedanken.",
])
def test_wanting_things_near_a_group_is_no_threat(text: str) -> None:
    assert "violence against a group" not in assess_targets(text)[1]


@pytest.mark.parametrize("text", [
    "no sikh deserves to die.",
    "not a single refugee deserves to be attacked.",
    "geen enkele surinamer verdient het om gepest te worden.",
])
def test_no_one_of_a_group_deserves_harm_is_counter_speech(text: str) -> None:
    assert is_counter_speech(text)
    scores = _apply_shapes(dict.fromkeys(ATTRIBUTES, 0.1), text)
    assert max(scores.values()) < 0.6, text


def test_denying_a_group_respect_is_not_counter_speech() -> None:
    assert not is_counter_speech("no immigrant deserves respect.")


def test_five_letter_group_names_survive_a_dropped_letter() -> None:
    assert respell("i hate wmen") == "i hate women"


# --- weariness, exasperation and disgust in everyday words (session 8, 13s) -------------------------------
@pytest.mark.parametrize("text", [
    "honestly i've had it with kurds.",
    "we're so done with those gypsies.",
    "i'm sick and tired of the hindus.",
    "lesbians really get on my nerves.",
    "jehovah's witnesses drive me up the wall.",
    "nothing irritates me more than muslims in the gym.",
    "whenever i meet a nigerian, my blood boils.",
    "ik word echt moe van al die afghanen.",
    "ik heb mijn buik vol van die roemenen.",
    "wij zijn de somaliers helemaal beu.",
    "ik pruim die joden echt niet meer.",
    "van homo's krijg ik gewoon de rillingen.",
    "die turken werken me op de zenuwen.",
])
def test_weariness_with_a_group_reaches_the_block_band(text: str) -> None:
    floors, names = assess_targets(text)
    assert "weariness or disgust aimed at a group" in names
    assert floors["identity_attack"] >= STRONG


@pytest.mark.parametrize("text", [
    "i'm so tired of trolls being cruel to muslims.",          # tired of the trolls, not the group
    "we're fed up with refugees being turned away at the border.",
    "ik word zo moe van mensen die homo's uitschelden.",
    "ik ben al dat racisme tegen turken meer dan zat.",
    "my blood boils when i read about attacks on jews.",
    "we are done with our training for polish drivers.",
    "we could do without the rain this weekend.",
    "ik word gek van die regen.",
])
def test_weariness_not_aimed_at_the_group_stays_low(text: str) -> None:
    assert "weariness or disgust aimed at a group" not in assess_targets(text)[1]


@pytest.mark.parametrize("text", [
    "the housing plan for refugees is a disgrace.",           # the plan is, not the refugees
    "blaming muslims for every attack is stupid.",
    "het budget voor statushouders is waardeloos.",
])
def test_an_attribute_of_something_else_sets_no_floor(text: str) -> None:
    assert assess_targets(text) == ({}, ())


def test_an_attribute_of_the_group_still_does() -> None:
    assert assess_targets("refugees are a disgrace.")[0]
    assert assess_targets("the muslim community is a cancer.")[0]
