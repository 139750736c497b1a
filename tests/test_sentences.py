from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from riskcheck.normalize.sentences import split
from riskcheck.normalize.pipeline import normalize


def _texts(text: str, max_words: int = 40) -> list[str]:
    return [s.text for s in split(normalize(text, "en"), max_words)]


# fmt: off
@pytest.mark.parametrize(("text", "expected"), [
    ("Big news 🎉 Shop now! Our sale ends at 3.5 pm. Really?! Yes…\nNew line here",
     ["Big news 🎉", "Shop now!", "Our sale ends at 3.5 pm.", "Really?!", "Yes…", "New line here"]),
    ("One sentence without an end", ["One sentence without an end"]),
    ("  padded.  ", ["padded."]),
    ("Visit example.com/a.b today. Thanks", ["Visit example.com/a.b today.", "Thanks"]),
    ("end.No space", ["end.No space"]),
    ("Great 🎉!", ["Great 🎉!"]),
    ("🎉🎉 Party time", ["🎉🎉 Party time"]),
    ("line one\r\nline two", ["line one", "line two"]),
    ("🎉", ["🎉"]),
    ("   ", ["   "]),
    ("", []),
])
# fmt: on
def test_split(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_long_sentence_is_cut_into_windows() -> None:
    text = " ".join(f"w{i}" for i in range(10)) + ", and more"
    assert _texts(text, max_words=4) == ["w0 w1 w2 w3", "w4 w5 w6 w7", "w8 w9, and more"]


def test_spans_slice_original() -> None:
    text = "Café! Straße ok"
    assert [(s.start, s.end, s.text) for s in split(normalize(text, "nl"))] == [
        (0, 5, "Café!"),
        (6, 15, "Straße ok"),
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_split_properties(text: str) -> None:
    spans = split(normalize(text, "und"), max_words=5)
    if text:
        assert spans
    end = 0
    for s in spans:
        assert s.text == text[s.start : s.end]
        assert end <= s.start < s.end
        end = s.end


# fmt: off
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Dr. Jansen spoke today. Thanks", "en", ["Dr. Jansen spoke today.", "Thanks"]),
    ("Bring snacks, e.g. fruit. See you", "en", ["Bring snacks, e.g. fruit.", "See you"]),
    ("Er waren o.a. appels en peren. Tot morgen", "nl", ["Er waren o.a. appels en peren.", "Tot morgen"]),
    ("Dat is d.w.z. klaar. Dhr. Smit komt ook", "nl", ["Dat is d.w.z. klaar.", "Dhr. Smit komt ook"]),
    ("Dat weet ik niet, maar dat. Nou ja", "nl", ["Dat weet ik niet, maar dat.", "Nou ja"]),  # a word, not an abbreviation
    ("Het is top. Echt waar", "nl", ["Het is top.", "Echt waar"]),
])
# fmt: on
def test_an_abbreviation_does_not_end_a_sentence(text: str, language: str, expected: list[str]) -> None:
    assert [s.text for s in split(normalize(text, language))] == expected


def test_a_tail_of_emoji_and_tags_joins_the_sentence_it_reacts_to() -> None:
    from riskcheck.normalize.pipeline import normalize

    text = "New neighbours on our street? 🤮🤮 #NotNormal\nSale starts Monday! 🎉"
    spans = split(normalize(text, "en"))
    assert [s.text for s in spans] == ["New neighbours on our street? 🤮🤮 #NotNormal", "Sale starts Monday! 🎉"]
    # a tail on its own line stays its own span; emoji followed by words are not a tail
    assert [s.text for s in split(normalize("Big news!\n🎉🎉", "en"))] == ["Big news!", "🎉🎉"]
    assert [s.text for s in split(normalize("Big news! 🎉 Shop now.", "en"))] == ["Big news!", "🎉 Shop now."]


def test_a_lower_case_word_after_emoji_carries_the_sentence_on() -> None:
    """13r: 'Women drivers 🤦🚗💥 should be banned' split into a group and 'should be banned', each harmless alone."""
    from riskcheck.normalize.pipeline import normalize

    assert [s.text for s in split(normalize("Women drivers 🤦\u200d♂️🚗💥 should be banned", "en"))] == [
        "Women drivers 🤦\u200d♂️🚗💥 should be banned"]
    assert [s.text for s in split(normalize("Jews 🤑💰 as always", "en"))] == ["Jews 🤑💰 as always"]
    assert [s.text for s in split(normalize("Big news 🎉 Shop now", "en"))] == ["Big news 🎉", "Shop now"]
    assert [s.text for s in split(normalize("Nieuwe collectie 🔥 nu in de winkel", "nl"))] == [
        "Nieuwe collectie 🔥 nu in de winkel"]
