"""The informal register read as plain words (``riskcheck.scorers.informal``), and its spans.

The glued-hashtag split reads the sentence encoder's vocabulary, which the default install ships.
"""

from __future__ import annotations

import pytest

from riskcheck.scorers.informal import informal_view, plain, split_glued, split_hashtag
from riskcheck.scorers.obfuscation import deobfuscate


@pytest.mark.parametrize(("tag", "words"), [
    ("KickThemOut", "Kick Them Out"),
    ("MoslimsEruit", "Moslims Eruit"),
    ("sendthemallback", "send them all back"),
    ("closetheborders", "close the borders"),
    ("grenzendicht", "grenzen dicht"),
    ("ikhaatjoden", "ik haat joden"),
    ("refugeeswelcome", "refugees welcome"),
    ("killingit", "killing it"),
    ("gratisverzending", "gratis verzending"),
    # a known word, a Dutch curse compound the lexicon reads whole, short tags and digits stay whole
    ("disgusting", "disgusting"),
    ("kankerlijer", "kankerlijer"),
    ("sale", "sale"),
    ("sale2024", "sale 2024"),
    ("refugeesnotwelcome", "refugees not welcome"),
])
def test_hashtags_split_into_words(tag: str, words: str) -> None:
    assert split_hashtag(tag) == words


def test_a_tag_with_no_full_split_stays_whole() -> None:
    assert split_glued("qqxzvbnmrt") == "qqxzvbnmrt"
    assert split_glued("a" * 200) == "a" * 200   # longer than any hashtag: not tried


@pytest.mark.parametrize(("text", "expected"), [
    ("u r a worthless piece of trash kys", "you are a worthless piece of trash kill yourself"),
    ("ppl like u shouldnt be allowed", "people like you shouldn't be allowed"),
    ("dirty immos should b shipped back", "dirty immos should be shipped back"),
    ("kzou die vluchtelingen allemaal terugsturen tis gewoon tuig",
     "ik zou die vluchtelingen allemaal terugsturen het is gewoon tuig"),
    ("da volk moet hier nie zijn", "dat volk moet hier niet zijn"),
    # a Dutch curse written apart from the person it curses is the compound the lexicon reads
    ("kk homo", "kankerhomo"),
    ("wat een kanker wijf", "wat een kankerwijf"),
    ("ga toch dood kkr lijer", "ga dood kankerlijer"),
    # ... but not beside an ordinary word
    ("Samen tegen kanker fietsen we 100 km", "Samen tegen kanker fietsen we 100 km"),
    # a dropped first-person subject is put back
    ("cant stand muslims tbh", "I can't stand muslims to be honest"),
    ("haat ze allemaal", "ik haat ze allemaal"),
    # a slogan that drops its verb reads with it put back; not where the words are no slogan
    ("Moslims eruit!", "Moslims moeten eruit!"),
    ("refugees out", "refugees must get out"),
    ("vluchtelingen niet welkom", "vluchtelingen zijn niet welkom"),
    ("Refugees out of work rose 3%", "Refugees out of work rose 3%"),
    ("Refugees not only need shelter", "Refugees not only need shelter"),
    ("Vluchtelingen weg uit Ter Apel", "Vluchtelingen weg uit Ter Apel"),
    ("refugees welcome", "refugees welcome"),
    # handles and links
    ("@sarah_k check https://t.co/abc", "@user check "),
    # initials and spelled-out words are no chat
    ("R&D in the U.S.", "R&D in the U.S."),
    ("you r a d u m b b i t c h", "you r a d u m b b i t c h"),
    ("Good coffee, 20% off", "Good coffee, 20% off"),
])
def test_chat_spellings_are_spelled_out(text: str, expected: str) -> None:
    assert plain(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("those refugees 🐀🐀🐀", "those refugees are rats"),
    ("muslims = 🪳", "muslims are cockroaches"),
    ("die asielzoekers 🐀🐀", "die asielzoekers zijn ratten"),
    ("homo's ⚰️🔫", "homo's moeten dood"),
    ("@sarah_k you're next 🔪🔪", "@user you're next I will kill you"),
])
def test_emoji_beside_a_target_read_as_what_they_say(text: str, expected: str) -> None:
    assert plain(text) == expected


@pytest.mark.parametrize("text", [
    "Meet the piglets on our farm this weekend 🐷🐷",
    "Sharpen your skills: knife class on Saturday 🔪🥕",
    "Kom kijken bij de biggetjes op de boerderij 🐷",
    "Halloween sale: 30% off everything ⚰️🎃",
    "Hi @user enjoy your new knives 🔪",
    "Our new monkey plush is here 🐒 perfect for kids",
])
def test_emoji_on_their_own_are_left_alone(text: str) -> None:
    assert plain(text) == text


@pytest.mark.parametrize(("text", "word", "written"), [
    ("#KeepTheRomaOut of our town", "Roma", "Roma"),
    ("lol @bob #sendthemigrantsback now", "migrants", "migrants"),
    ("u r dumb", "dumb", "dumb"),
    ("cant stand muslims", "muslims", "muslims"),
])
def test_spans_map_back_to_what_was_written(text: str, word: str, written: str) -> None:
    view = informal_view(text)
    at = view.text.index(word)
    start, end = view.original_span(at, at + len(word))
    assert text[start:end] == written


def test_a_slogan_tag_reads_as_said_of_its_group() -> None:
    view = informal_view("another boat today #refugeesnotwelcome")
    assert view.text == "another boat today refugees are not welcome" and view.about_group
    assert not informal_view("Happy #InternationalWomensDay to all the #womeninscience!").about_group


def test_unchanged_text_is_the_same_object_and_has_no_map() -> None:
    text = "Our store opens at 9 tomorrow."
    view = informal_view(text)
    assert view.text is text and view.origin is None
    assert view.original_span(4, 9) == (4, 9)


def test_letters_spaced_apart_by_one_separator_are_words() -> None:
    assert deobfuscate("s.t.u.p.i.d m.o.r.o.n") == "stupid moron"
    assert deobfuscate("d u m b b i t c h") == "dumb bitch"
    assert deobfuscate("jij bent een k a n k e r l i j e r") == "jij bent een kankerlijer"


@pytest.mark.parametrize("text", [
    " " * 20_000 + "x", "u r " * 5_000, "= " * 10_000 + "🐀", "kanker " * 5_000, "ga toch " * 3_000 + "dood",
    "#" + "ab" * 20_000, "🐀 " * 5_000,
])
def test_adversarial_input_is_read_in_one_pass(text: str) -> None:
    # no timing assert (benchmarks measure speed): a quadratic pattern would make this file take minutes
    assert isinstance(plain(text), str)


def test_the_scorer_reads_the_informal_register_and_leaves_brand_emoji_alone() -> None:
    from riskcheck.scorers.toxicity_usem3 import Usem3ToxicityScorer

    rats, tag, chat, piglets, knives, womens = Usem3ToxicityScorer().score([
        "those refugees 🐀🐀🐀",
        "lol #KeepTheRomaOut",
        "kk homo",
        "Meet the piglets on our farm this weekend 🐷🐷",
        "Sharpen your skills: knife class on Saturday 🔪🥕",
        "Happy #InternationalWomensDay to all the #womeninscience on our team!",
    ])
    assert rats["identity_attack"] >= 0.8 and tag["identity_attack"] >= 0.8 and chat["insult"] >= 0.88
    assert max(piglets.values()) < 0.5 and max(knives.values()) < 0.5 and max(womens.values()) < 0.6


def test_a_finding_on_a_hashtag_points_at_the_group_as_written() -> None:
    from riskcheck.evaluation.functional import check_texts, default_checker

    text = "lol #KeepTheRomaOut"
    verdict = check_texts(default_checker(), [(text, "en")])[0]
    structure = [s for f in verdict.findings if f.kind == "toxicity" for s in f.explanation.get("structure", [])]
    assert structure and text[structure[0]["start"]:structure[0]["end"]] == "Roma"


def test_gendered_person_insults_said_to_someone_are_direct_insults() -> None:
    from riskcheck.scorers.toxicity_usem3 import Usem3ToxicityScorer

    slut, snol = Usem3ToxicityScorer().score(["@user u dirty slut", "je bent een snol"])
    assert slut["insult"] >= 0.88 and snol["insult"] >= 0.88


def test_warm_builds_the_hashtag_vocabulary() -> None:
    from riskcheck.scorers import informal
    informal.warm()
    assert informal._VOCAB is not None and "send" in informal._VOCAB


@pytest.mark.parametrize(("text", "expected"), [
    ("Marokkanen = tuig", "Marokkanen zijn tuig"),
    ("Women = property", "Women are property"),
    ("refugees=rats", "refugees are rats"),
])
def test_an_equals_sign_between_words_is_the_verb(text: str, expected: str) -> None:
    assert informal_view(text).text == expected


@pytest.mark.parametrize("text", ["Buy 2 = save 20%", "1 ticket = 1 entry", "Price: €5 = 2 coffees"])
def test_an_equals_sign_beside_a_number_stays(text: str) -> None:
    assert informal_view(text).text == text


def test_bin_and_clown_emoji_after_a_group_are_said_of_it() -> None:
    assert informal_view("Refugees 👉 🚮 where they belong").text == "Refugees are garbage where they belong"
    # words between the group and the emoji: the reading names the group again (13r)
    assert informal_view("Kijk die homo's weer lopen 🤡🤮").text == "Kijk die homo's weer lopen , homo's zijn clowns"
    assert informal_view("Our clowns 🤡 are back for the kids' party!").text == "Our clowns 🤡 are back for the kids' party!"


def test_emoji_beside_ones_own_people_a_zodiac_year_or_in_a_kitchen_are_left_alone() -> None:
    """12b, session 7: 'our Chinese customers 🐍 ... Year of the Snake', 'our Turkish chefs 🔪' are no target."""
    from riskcheck.scorers.informal import informal_view

    for text in ("Happy Lunar New Year to our Chinese community 🐀 Year of the Rat!",
                 "Gelukkig Chinees Nieuwjaar aan onze Chinese klanten 🐍",
                 "Our Turkish chefs 🔪 make the best döner in town.",
                 "Sharpen your knives 🔪 you're next in the cooking class!"):
        assert informal_view(text).text == text, text
    assert informal_view("those refugees 🐀🐀").text == "those refugees are rats"
    assert informal_view("Immigrants in our town 🐀🐀").text == "Immigrants in our town , immigrants are rats"
    assert "kill" in informal_view("@someone you're next 🔪").text


def test_money_emoji_beside_a_group_is_the_greed_stereotype() -> None:
    """13r: 'Jews 🤑💰 as always'; one's own customers and a sum saved are left alone."""
    assert informal_view("Jews 🤑💰 as always").text == "Jews are greedy as always"
    assert informal_view("joden 💰🤑 zoals altijd").text == "joden zijn gierig zoals altijd"
    assert informal_view("Saved 💰 on our Polish pierogi today").text == "Saved 💰 on our Polish pierogi today"
    assert informal_view("Our Jewish customers 💰 saved a lot today").text == "Our Jewish customers 💰 saved a lot today"


def test_an_emoji_after_words_that_follow_the_group_is_said_of_the_group() -> None:
    """13r: 'Roma camp by the river again 🤢' read 'again are disgusting', which no shape reads as said of the Roma."""
    assert informal_view("Roma camp by the river again 🤢🤢").text == "Roma camp by the river again , roma are disgusting"
    assert informal_view("Asielzoekers weer in de bus 🤮").text == "Asielzoekers weer in de bus , asielzoekers zijn walgelijk"
    assert informal_view("Our Moroccan chef made tagine today 🤤🤤").text == "Our Moroccan chef made tagine today 🤤🤤"
