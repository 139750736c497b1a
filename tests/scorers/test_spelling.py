"""Misspelled risk words read as the word for every ML reader (``riskcheck.scorers.spelling``).

Sentences written for this test; none is a case of the functional suite."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from riskcheck.scorers import spelling
from riskcheck.scorers.obfuscation import deobfuscate
from riskcheck.scorers.spelling import fold_confusables, plain_spelling, unstar

AT = datetime.fromisoformat("2026-06-02T10:00:00+00:00")


@pytest.mark.parametrize(("text", "plain"), [
    ("Trans peopel are a joke.", "Trans people are a joke."),          # two neighbours swapped
    ("Those Muslms again.", "Those Muslims again."),                    # a letter dropped, capitalised group
    ("refugeees everywhere", "refugees everywhere"),                    # a letter doubled
    ("Vluchtelnigen zijn overal.", "Vluchtelingen zijn overal."),       # Dutch group noun
    ("what a reatrd", "what a retard"),                                 # a listed slur
])
def test_a_misspelled_risk_word_is_read_as_the_word(text: str, plain: str) -> None:
    assert plain_spelling(text) == plain


@pytest.mark.parametrize("text", [
    "That was a hokey, inane movie.",          # real words one letter from a slur / a hostile word
    "Een zware aardbeving trof de regio.",     # "zware" is one letter from "zwarte"
    "Doe wat extra's in je winkelmand.",
    "Check the tht-datum on the pack.",
    "Our SCM team is hiring.",                 # an acronym
    "Greetings from Samos!",
    "I hate Mondays.",
])
def test_real_words_names_and_acronyms_are_never_rewritten(text: str) -> None:
    assert plain_spelling(text) == text


def test_look_alike_letters_of_another_script_are_read_as_latin_only_in_latin_text() -> None:
    assert fold_confusables("Refugees are filthу animаls.") == "Refugees are filthy animals."  # Cyrillic у, а
    russian = "Привет, как дела? Всё хорошо."
    assert fold_confusables(russian) == russian
    greek = "Καλημέρα σε όλους"
    assert fold_confusables(greek) == greek


def test_invisible_characters_inside_a_word_are_dropped_but_emoji_sequences_keep_theirs() -> None:
    assert plain_spelling("Refugees are ani\u200bmals.") == "Refugees are animals."
    assert plain_spelling("kil\u00adled it") == "killed it"
    coder = "Our new dev 👩\u200d💻 starts Monday."
    assert plain_spelling(coder) == coder


@pytest.mark.parametrize(("token", "word"), [
    ("f**king", "fucking"), ("a**hole", "asshole"), ("f*lthy", "filthy"), ("anim*ls", "animals"),
    ("imm*grants", "immigrants"),
])
def test_a_star_stands_for_the_letters_of_the_most_likely_word(token: str, word: str) -> None:
    assert unstar(token) == word


def test_a_starred_name_keeps_its_capital() -> None:
    assert plain_spelling("Tr*mp said it.") == "Trump said it."


def test_glued_words_with_a_group_are_cut_but_hashtags_are_left_to_the_informal_reader() -> None:
    assert plain_spelling("I hatewomen so much") == "I hate women so much"
    assert plain_spelling("#WeAreAllImmigrants and proud") == "#WeAreAllImmigrants and proud"
    assert plain_spelling("Afghanis are welcome here.") == "Afghanis are welcome here."


@pytest.mark.parametrize(("text", "plain"), [
    ("Ik walg vanmoslims.", "Ik walg van moslims."),
    ("Blackpeople are the problem", "Black people are the problem"),
    ("I cant standMuslims", "I cant stand Muslims"),
    ("Get thesefaggots off my feed", "Get these faggots off my feed"),
])
def test_a_risk_word_glued_to_a_little_word_or_another_risk_word_is_cut(text: str, plain: str) -> None:
    assert plain_spelling(text) == plain


@pytest.mark.parametrize("text", ["New whiteboard and a colorblind palette.", "A transformative year.",
                                  "Our sticker woman Anna.", "#1standLast forever", "Blackwood Manchester Whitehouse"])
def test_compounds_names_and_tags_with_a_group_word_inside_stay_whole(text: str) -> None:
    assert plain_spelling(text) == text


def test_every_ml_reader_sees_the_plain_spelling_through_deobfuscate() -> None:
    assert deobfuscate("Trans peopel are disgusting") == "Trans people are disgusting"


def test_without_word_tables_nothing_is_rewritten(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RISKCHECK_CACHE_DIR", str(tmp_path))   # no table from an earlier run
    known = spelling._KnownWords()
    monkeypatch.setattr(known, "_load", lambda: np.zeros(0, dtype=np.int64))
    monkeypatch.setattr(spelling, "KNOWN", known)
    spelling.plain_spelling.cache_clear()
    spelling.variant_table.cache_clear()
    try:
        assert spelling.plain_spelling("Those Muslms again.") == "Those Muslms again."
    finally:
        spelling.plain_spelling.cache_clear()
        spelling.variant_table.cache_clear()


def test_the_word_tables_and_variants_are_cached_on_disk_and_read_back(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    monkeypatch.setenv("RISKCHECK_CACHE_DIR", str(tmp_path))
    built = spelling._KnownWords()
    assert "house" in built and "muslms" not in built
    files = sorted(p.name for p in (tmp_path / "spelling").iterdir())
    assert files and files[0].startswith("known-")
    again = spelling._KnownWords()
    monkeypatch.setattr(again, "_load", lambda: pytest.fail("the cached table was not used"))
    assert "house" in again and spelling.stable_hash("house") == spelling.stable_hash("house")


def test_the_checker_blocks_misspelled_hate_and_passes_the_look_alikes() -> None:
    from riskcheck.evaluation.functional import default_checker
    from riskcheck.types import Post

    checker = default_checker()
    hateful = ["Trans peopel are disgusting.", "Refugees are f*lthy anim*ls.", "Refugees are filthу animаls.",
               "Gay peple should not be allowed near kids."]
    benign = ["That was a hokey, inane movie.", "Wat een zware week, tijd voor koffie.",
              "Our new dev 👩\u200d💻 starts Monday."]
    verdicts = checker.check_many([Post(text=t, scheduled_at=AT) for t in hateful + benign])
    assert [v.decision.value for v in verdicts[:len(hateful)]] == ["block"] * len(hateful)
    assert [v.decision.value for v in verdicts[len(hateful):]] == ["pass"] * len(benign)
