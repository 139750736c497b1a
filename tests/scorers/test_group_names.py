"""Group names beyond the first lists (group_names_en, dutch_groups) and what the group layers do with them:
masked for the head, seen by the evidence gate, not respelled into everyday words."""

from __future__ import annotations

import pytest

from riskcheck.scorers.group_evidence import names_a_group
from riskcheck.scorers.group_mask import mask_groups
from riskcheck.scorers.toxicity_targets import GROUP_WORDS_NL_ONLY, respell


@pytest.mark.parametrize(("text", "masked"), [
    # English demonyms, religions, sexualities; multi-word names whole
    ("kurds are troublemakers wherever they go.", "they are troublemakers wherever they go."),
    ("mormons are brainwashed cultists.", "they are brainwashed cultists."),
    ("third worlders can't be taught basic hygiene.", "they can't be taught basic hygiene."),
    ("jehovah's witnesses are a plague on every doorstep.", "they are a plague on every doorstep."),
    ("non-binary people are attention seekers.", "they are attention seekers."),
    ("asexuals are just broken people.", "they are just broken people."),
    # a member named by a role or relation; origin as a phrase
    ("polish workers drink on the job.", "they drink on the job."),
    ("gay couples moved onto our street.", "they moved onto our street."),
    ("those people from the middle east are all liars.", "they are all liars."),
    ("mijn buurvrouw heeft een nigeriaanse vriend.", "mijn buurvrouw heeft ze."),
    ("die lui uit de derde wereld brengen ziektes mee.", "ze brengen ziektes mee."),
    # Dutch: new names, the singular "Aziaat", diminutives by rule, an uninflected adjective before a neuter noun
    ("derdewereldlanders kunnen zich hier niet gedragen.", "ze kunnen zich hier niet gedragen."),
    ("een aziaat is nooit te vertrouwen.", "ze is nooit te vertrouwen."),
    ("nigeriaantjes hebben altijd een truc.", "ze hebben altijd een truc."),
    ("jehova's getuigen zijn een plaag.", "ze zijn een plaag."),
    ("er is een somalisch gezin naast ons komen wonen.", "er is ze naast ons komen wonen."),
    ("mormonen zijn gehersenspoeld.", "ze zijn gehersenspoeld."),
])
def test_new_group_names_are_masked(text: str, masked: str) -> None:
    assert mask_groups(text) == masked
    assert names_a_group(text)


@pytest.mark.parametrize("text", [
    "vietnamese restaurants are the best lunch spots in town.",   # adjectives of origin name a group only with a people noun
    "we loved the filipino food festival.",
    "the protestant church opens at nine.",
    "indian summer in the park today.",
    "turks fruit draait weer in de bioscoop.".replace("turks fruit", "een pools product"),
])
def test_adjectives_of_origin_alone_are_not_groups(text: str) -> None:
    assert mask_groups(text) is None


def test_english_words_do_not_make_a_sentence_dutch() -> None:
    """"pools", "blind", "filipinos" are English words too: the mask must not pick the Dutch placeholder for them."""
    assert GROUP_WORDS_NL_ONLY.isdisjoint({"pools", "blind", "filipinos", "latinas", "vietnamese", "aboriginals"})
    assert mask_groups("filipinos are only good for cleaning, the pools too.") == "they are only good for cleaning, the pools too."


def test_new_names_are_not_misspelling_targets() -> None:
    assert respell("the kids loved the pagoda and the serbs") == "the kids loved the pagoda and the serbs"
    assert respell("wij doen het goed") == "wij doen het goed"


def test_adjectives_of_origin_are_no_group_word_alone() -> None:
    """"Japanese knives", "Thaise curry", "een Turks bad": the layers that read a GROUP_START word as "a group is
    named" (an emoji beside it reads as a threat to the group) must not see these adjectives; the mask and the
    target shapes still read them before a people noun."""
    from riskcheck.scorers.toxicity_targets import GROUP_START, TARGET_START

    for word in ("japanese", "thai", "cuban", "vietnamese", "thaise", "russische", "somalisch", "pools"):
        assert word not in GROUP_START and word in TARGET_START
    assert mask_groups("japanese knives for every chef, now 20% off.") is None
    assert mask_groups("algerians are all thieves and liars.") == "they are all thieves and liars."
    assert mask_groups("thaise vrouwen zijn alleen uit op geld.") == "ze zijn alleen uit op geld."
    assert mask_groups("noord-afrikanen zijn overal.") == "ze zijn overal."
