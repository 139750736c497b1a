"""Hate aimed at a group through a reference across sentences or clauses (toxicity_reference).

The sentences here are written for this test; none is a case of the functional suite."""

from __future__ import annotations

import pytest

from riskcheck.scorers.toxicity_patterns import STRONG
from riskcheck.scorers.toxicity_reference import antecedent, epithet_for_group, refuted_by, resolve
from riskcheck.scorers.toxicity_usem3 import ATTRIBUTES, _apply_shapes

LOW = {a: 0.05 for a in ATTRIBUTES}


@pytest.mark.parametrize(("previous", "text"), [
    ("sikhs opened a shop on our street.", "i can't stand them."),
    ("there are more asylum seekers in town.", "i despise people like that."),
    ("lesbians moved in next door.", "they make me sick."),
    ("er wonen nu afghanen in de flat.", "ik walg van die mensen."),
    ("mijn nieuwe collega is homo.", "dat soort is ziek in het hoofd."),
    ("ik zag weer roma bij het station.", "ze zijn allemaal dieven."),
    ("arabs opened a cafe downtown.", "these creatures are repulsive."),
    ("er wonen nu somaliers in de flat.", "die figuren zijn onbetrouwbaar."),
    ("i sat next to a muslim woman on the train.", "what a filthy creature."),
    ("we got a gay waiter tonight.", "disgusting freaks, all of them."),
    ("er kwamen zigeuners langs de deur.", "wat een smerig tuig."),
    ("er kwamen zigeuners langs de deur.", "stelletje ongedierte."),
])
def test_hostility_at_a_reference_takes_the_group_named_before(previous: str, text: str) -> None:
    alone = _apply_shapes(dict(LOW), text)
    assert alone["identity_attack"] < STRONG, "without context the sentence names no group"
    scores = _apply_shapes(dict(LOW), text, previous=previous)
    assert scores["identity_attack"] >= STRONG and scores["toxicity"] >= STRONG


@pytest.mark.parametrize("text", [
    "sikhs bought the bakery, and they are all liars.",
    "moslims kwamen hier wonen en ze zijn stuk voor stuk tuig.",
])
def test_a_pronoun_later_in_the_same_sentence_takes_its_group(text: str) -> None:
    assert _apply_shapes(dict(LOW), text)["identity_attack"] >= STRONG


@pytest.mark.parametrize(("previous", "text"), [
    ("refugees reached the harbour at dawn.", "we greeted them with tea and blankets."),
    ("trans people joined our choir.", "they sing beautifully."),
    ("immigrants opened half the shops here.", "what a great street it has become."),
    ("our muslim neighbours invited us for iftar.", "such a kind thing to do."),
    ("asielzoekers helpen mee in de moestuin.", "ze zijn echt harde werkers."),
    ("refugees were attacked in the square last night.", "what a disgusting thing to do."),
    ("refugees were attacked in the square last night.", "those thugs must be caught."),
    ("women in tech meetup tonight.", "sick people should stay home, please."),
    ("", "what a disgusting creature."),
])
def test_benign_follow_ups_and_hostility_at_others_stay_out_of_the_block_band(previous: str, text: str) -> None:
    assert _apply_shapes(dict(LOW), text, previous=previous)["identity_attack"] < 0.6


def test_a_claim_refuted_by_the_next_sentence_is_counter_speech() -> None:
    claim = "people say gypsies are thieves."
    assert _apply_shapes(dict(LOW), claim)["identity_attack"] >= STRONG
    for refutation in ("that is simply false.", "that's a myth.", "dat klopt gewoon niet.", "dat is onzin.",
                       "they are not."):
        assert _apply_shapes(dict(LOW), claim, following=refutation)["identity_attack"] < 0.6, refutation
    assert _apply_shapes(dict(LOW), claim, following="and that is the truth.")["identity_attack"] >= STRONG


def test_helpers() -> None:
    assert antecedent("yesterday i met two moroccans and a dog.") == "moroccans"
    assert antecedent("nice weather today.") is None
    assert resolve("they sing.", "") == ("they sing.", None)
    assert resolve("we love them.", "nurses are great.") == ("we love them.", None)
    assert resolve("we love them.", "polen zijn hier.") == ("we love polen.", "polen")
    assert epithet_for_group("freaks!", "gays were on tv.") == "gays"
    assert epithet_for_group("animals are welcome in our shop.", "gays were on tv.") is None
    assert refuted_by("that is not true.") and not refuted_by("that is true.") and not refuted_by("")


def test_referent_is_the_group_a_sentence_without_its_own_refers_back_to() -> None:
    from riskcheck.scorers.toxicity_reference import referent
    assert referent("I can't stand them.", "Hindus moved in next door.") == "hindus"
    assert referent("Wat een smerig tuig.", "Er kwamen zigeuners langs.") == "zigeuners"
    assert referent("I can't stand hindus.", "Hindus moved in.") is None   # names its own group
    assert referent("I can't stand them.", "The trains were late.") is None
    assert referent("I can't stand them.", "") is None


@pytest.mark.parametrize(("previous", "text", "following"), [
    ("", "'women belong in the kitchen' - some guy at the bar, 2026.", "unbelievable that people still say this."),
    ("", "'moslims zijn terroristen' stond er onder onze post.", "die reactie is verwijderd."),
    ("we kregen vandaag een bericht.", "'homo's zijn ziek' stond erin.", "dat soort onzin maakt me verdrietig."),
    ("this is what we read this morning:", "\"refugees are parasites\".", "it's been reported and removed."),
])
def test_a_quotation_that_the_post_condemns_is_counter_speech(previous: str, text: str, following: str) -> None:
    hostile = _apply_shapes(dict(LOW), text, learned_floors={"identity_attack": STRONG, "toxicity": STRONG})
    assert hostile["identity_attack"] >= STRONG
    discounted = _apply_shapes(dict(LOW), text, previous=previous, following=following,
                               learned_floors={"identity_attack": STRONG, "toxicity": STRONG})
    assert discounted["identity_attack"] < 0.6


@pytest.mark.parametrize("following", ["and that's the truth.", "totally agree with him.", ""])
def test_a_quotation_the_post_endorses_stays_hostile(following: str) -> None:
    text = "'women belong in the kitchen' - my dad, 1985."
    scores = _apply_shapes(dict(LOW), text, following=following,
                           learned_floors={"identity_attack": STRONG, "toxicity": STRONG})
    assert scores["identity_attack"] >= STRONG


def test_condemnation_of_what_was_said() -> None:
    from riskcheck.scorers.toxicity_reference import condemns_what_was_said
    assert condemns_what_was_said("schandalig, we staan achter haar.")
    assert condemns_what_was_said("we've removed it, that's not who we are.")
    assert not condemns_what_was_said("and they are right.") and not condemns_what_was_said("")


def test_the_group_head_reads_a_plural_reference_with_its_group() -> None:
    from riskcheck.scorers.toxicity_reference import about_the_group
    assert about_the_group("die moeten terug.", "er wonen nu polen in onze straat.") == "polen moeten terug."
    assert about_the_group("walgelijk, die horen hier niet.", "er kwamen twee homo's binnen.") == \
        "walgelijk, homo's horen hier niet."
    assert about_the_group("they ruin everything.", "refugees moved in.") == "refugees ruin everything."
    # one member's deed is no claim about the group; no group before, nothing to resolve
    assert about_the_group("he was rude to me.", "i met a gay guy.") is None
    assert about_the_group("they ruin everything.", "the trains were late.") is None
    assert about_the_group("they ruin everything.", "") is None
    # "die" as a determiner or relative pronoun is not a reference
    assert about_the_group("die stoelen zijn nieuw.", "vluchtelingen kregen stoelen.") is None


def test_the_group_head_reference_needs_the_group_as_written() -> None:
    from riskcheck.scorers.toxicity_reference import about_the_group
    # "melden" is one letter from "meiden": a respelling, not a group the post named
    assert about_the_group("zij lossen het dan op.", "je kunt dit melden bij de winkel.") is None


def test_a_group_named_by_a_predicate_adjective_is_an_antecedent() -> None:
    assert antecedent("die nieuwe buren zijn joods.") == "joden"
    assert antecedent("our new neighbours are polish and very kind.") == "poles"
    assert resolve("ik kan ze niet uitstaan.", "die nieuwe buren zijn joods.") == ("ik kan joden niet uitstaan.", "joden")
    # an attributive adjective is no predicate: "black friday prices"
    assert antecedent("the prices are black friday prices.") is None


@pytest.mark.parametrize(("text", "previous", "group"), [
    ("disgusting, every one of them.", "pakistanis moved in downstairs.", "pakistanis"),
    ("dieven, stuk voor stuk.", "er staan roemenen op de markt.", "roemenen"),
    ("wat een stelletje uitvreters.", "de afghanen kregen een huis.", "afghanen"),
    ("why can't they stay home, the degenerates?", "trans people marched through town.", "trans people"),
])
def test_a_quantified_or_appositive_epithet_refers_to_the_group(text: str, previous: str, group: str) -> None:
    """13r: 'Filthy, the lot of them.', 'Zakkenrollers, allemaal.', '..., the perverts?' after a group is named."""
    assert epithet_for_group(text, previous) == group


@pytest.mark.parametrize(("text", "previous"), [
    ("brilliant, every one of them.", "our polish team won the cup."),
    ("thieves, all of them.", "our competitors raised their prices again."),
    ("come say hi, the whole team is here.", "pakistanis moved in downstairs."),
])
def test_praise_or_no_group_is_no_epithet(text: str, previous: str) -> None:
    assert epithet_for_group(text, previous) is None


def test_disgust_at_a_groups_presence_is_read_as_said_of_the_group() -> None:
    """13r: 'Ik zie steeds meer hoofddoekjes in de tram. Walgelijk.'; not after harm done to them, not sympathy."""
    from riskcheck.scorers.toxicity_reference import reacts_to_presence

    assert reacts_to_presence("walgelijk.", "er wonen steeds meer afghanen in de straat.")
    assert reacts_to_presence("it's disgusting.", "so many burqas in the shopping centre.")
    assert reacts_to_presence("ik word er ziek van.", "overal keppeltjes in de wijk.")
    assert not reacts_to_presence("walgelijk.", "alweer een moskee beklad.")
    assert not reacts_to_presence("disgusting.", "more and more jews are harassed on campus.")
    assert not reacts_to_presence("triest.", "steeds meer afghanen slapen buiten.")
    assert not reacts_to_presence("walgelijk.", "er is weer een prijsverhoging.")
