from __future__ import annotations

import pytest

from riskcheck.normalize.lemmas import lemma
from riskcheck.normalize.lemmas import lemmatizer
from riskcheck.normalize.text import normalize_term


# fmt: off
@pytest.mark.parametrize(("words", "language", "expected"), [
    (["die", "died", "dying", "dies"], "en", "die"),
    (["kill", "killed", "kills", "killing"], "en", "kill"),
    (["death", "deaths"], "en", "death"),
    (["survive", "survived", "survives"], "en", "survive"),
    (["sterven", "stierf", "stierven", "gestorven", "sterft", "sterf"], "nl", "sterven"),
    (["overleven", "overleef", "overleeft", "overleefde", "overleefden", "overleefd"], "nl", "overleven"),
    (["overlijden", "overleed", "overleden", "overlijdt"], "nl", "overlijden"),
    (["doden", "dood", "gedood", "doodde"], "nl", "doden"),
    (["komen", "kwam", "kwamen", "gekomen"], "nl", "komen"),
    (["werken", "werkte", "gewerkt", "werkten"], "nl", "werken"),
    (["zoeken", "zocht", "gezocht"], "nl", "zoeken"),
    (["gaan", "ging", "gingen", "gegaan"], "nl", "gaan"),
    (["zijn", "is", "was", "waren"], "nl", "zijn"),
    (["kind", "kinderen"], "nl", "kind"),
    (["mooi", "mooie"], "nl", "mooi"),
    (["ramp", "rampen"], "nl", "ramp"),
    (["wapen", "wapens"], "nl", "wapen"),
    (["slachtoffer", "slachtoffers"], "nl", "slachtoffer"),
])
# fmt: on
def test_forms_share_a_lemma(words: list[str], language: str, expected: str) -> None:
    assert [lemma(w, language) for w in words] == [expected] * len(words)


@pytest.mark.parametrize(
    ("norm", "language", "expected"),
    [
        ("'s", "en", "'s"),  # possessive, not "have"
        ("news", "en", "news"),
        ("died", "und", "died"),
        ("died", "fr", "died"),
        ("stierf", "en", "stierf"),
        ("xyzzyqq", "nl", "xyzzyqq"),
        ("cafe", "nl", "cafe"),
        ("2024", "nl", "2024"),
    ],
)
def test_lemma_fallbacks(norm: str, language: str, expected: str) -> None:
    assert lemma(norm, language) == expected


def test_table_keys_are_folded() -> None:
    # The nl table has accented keys ("geëerd"); tokens carry folded norms ("geeerd").
    (norm,) = normalize_term("geëerd")
    assert (norm, lemma(norm, "nl")) == ("geeerd", "eren")


def test_lemmatizer_is_shared() -> None:
    assert lemmatizer("nl") is lemmatizer("nl")
    assert lemmatizer("und")("Word") == "Word"


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "nl"])
def test_lookup_table_agrees_with_spacy_lookup_lemmatizer(language: str) -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank(language)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    words = {"en": "killed deaths survived children guns", "nl": "stierf gestorven sterft overleefde doodde"}
    ours = [lemma(w, language) for w in words[language].split()]
    assert ours == [t.lemma_ for t in nlp(words[language])]
