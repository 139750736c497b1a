from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from riskcheck.normalize._unicode_tables import MARKS
from riskcheck.normalize._unicode_tables import _generate_marks
from riskcheck.normalize.doc import TokenKind
from riskcheck.normalize.pipeline import normalize
from riskcheck.normalize.text import fold
from riskcheck.normalize.text import normalize_term
from riskcheck.normalize.text import tokenize

W, N, H, M, U, E, P = (
    TokenKind.WORD,
    TokenKind.NUMBER,
    TokenKind.HASHTAG,
    TokenKind.MENTION,
    TokenKind.URL,
    TokenKind.EMOJI,
    TokenKind.PUNCT,
)


def _toks(text: str) -> list[tuple[str, str, TokenKind]]:
    return [(t.text, t.norm, t.kind) for t in tokenize(text)]


# fmt: off
@pytest.mark.parametrize(("text", "expected"), [
    ("#TriviaTuesday: fun", [("#Trivia", "trivia", H), ("Tuesday", "tuesday", H), (":", ":", P), ("fun", "fun", W)]),
    ("#stormbram", [("#stormbram", "stormbram", H)]),
    ("#StormBram", [("#Storm", "storm", H), ("Bram", "bram", H)]),
    ("#COVID19", [("#COVID", "covid", H), ("19", "19", H)]),
    ("#ABCDef", [("#ABC", "abc", H), ("Def", "def", H)]),
    ("#dag_van_de_arbeid", [("#dag", "dag", H), ("van", "van", H), ("de", "de", H), ("arbeid", "arbeid", H)]),
    ("#1 C#", [("#", "#", P), ("1", "1", N), ("C", "c", W), ("#", "#", P)]),
    ("@Acme_Support", [("@Acme", "acme", M), ("Support", "support", M)]),
    ("20% off!", [("20", "20", N), ("%", "%", P), ("off", "off", W), ("!", "!", P)]),
    ("Stoker's", [("Stoker", "stoker", W), ("'s", "'s", W)]),
    ("It\u2019s", [("It", "it", W), ("\u2019s", "'s", W)]),
    ("auto's", [("auto", "auto", W), ("'s", "'s", W)]),
    ("'quoted'", [("'", "'", P), ("quoted", "quoted", W), ("'", "'", P)]),
    ("covid-19", [("covid", "covid", W), ("19", "19", N)]),
    ("back-to-school", [("back", "back", W), ("to", "to", W), ("school", "school", W)]),
    ("flood-proof", [("flood", "flood", W), ("proof", "proof", W)]),
    ("-20% well -", [("-", "-", P), ("20", "20", N), ("%", "%", P), ("well", "well", W), ("-", "-", P)]),
    ("3.5 1,000 covid19", [("3.5", "3.5", N), ("1,000", "1,000", N), ("covid19", "covid19", W)]),
    ("snake_case", [("snake", "snake", W), ("case", "case", W)]),
    ("Café STRAẞE ﬁre naïve", [("Café", "cafe", W), ("STRAẞE", "strasse", W), ("ﬁre", "fire", W), ("naïve", "naive", W)]),
    ("e\u0301te\u0301", [("e\u0301te\u0301", "ete", W)]),
    ("kil\u00adled", [("kil\u00adled", "killed", W)]),
    ("ＡＣＭＥ", [("ＡＣＭＥ", "acme", W)]),
    ("McDonald iPhone", [("McDonald", "mcdonald", W), ("iPhone", "iphone", W)]),
    ("see https://example.com/a?b=1.", [("see", "see", W), ("https://example.com/a?b=1", "https://example.com/a?b=1", U), (".", ".", P)]),
    ("www.acme.nl, example.com/path", [("www.acme.nl", "www.acme.nl", U), (",", ",", P), ("example.com/path", "example.com/path", U)]),
    ("Mail info@acme.com", [("Mail", "mail", W), ("info@acme.com", "info@acme.com", U)]),
    ("e.g. 3.5kg", [("e", "e", W), (".", ".", P), ("g", "g", W), (".", ".", P), ("3.5", "3.5", N), ("kg", "kg", W)]),
    ("👍🏽👨\u200d👩\u200d👧🇳🇱", [("👍🏽", "👍🏽", E), ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧", E), ("🇳🇱", "🇳🇱", E)]),
    ("❤️ 1️⃣ ™ ©️", [("❤️", "❤", E), ("1️⃣", "1\u20e3", E), ("™", "tm", P), ("©️", "©", E)]),
    ("a\u200fb \u202ex", [("a", "a", W), ("b", "b", W), ("x", "x", W)]),
    ("", []),
])
# fmt: on
def test_tokenize(text: str, expected: list[tuple[str, str, TokenKind]]) -> None:
    assert _toks(text) == expected


def test_groups_and_compact() -> None:
    tokens = tokenize("Ride #TriviaTuesday back-to-school Stoker's now")
    assert [(t.norm, t.group, t.compact) for t in tokens] == [
        ("ride", 0, "ride"),
        ("trivia", 1, "triviatuesday"),
        ("tuesday", 1, "triviatuesday"),
        ("back", 2, "backtoschool"),
        ("to", 2, "backtoschool"),
        ("school", 2, "backtoschool"),
        ("stoker", 3, "stokers"),
        ("'s", 3, "stokers"),
        ("now", 4, "now"),
    ]


def test_spans_slice_original_text() -> None:
    text = "#TriviaTuesday: STRAẞE café 👍🏽!"
    assert [(t.start, t.end) for t in tokenize(text)] == [
        (0, 7), (7, 14), (14, 15), (16, 22), (23, 27), (28, 30), (30, 31),
    ]


# fmt: off
@pytest.mark.parametrize(("term", "expected"), [
    ("#TriviaTuesday", ("trivia", "tuesday")),
    ("% off", ("%", "off")),
    ("covid-19", ("covid", "19")),
    ("back-to-school", ("back", "to", "school")),
    ("Stoker's", ("stoker", "'s")),
    ("Storm  Bram", ("storm", "bram")),
    ("Crème Brûlée", ("creme", "brulee")),
    ("shop now", ("shop", "now")),
    ("example.com", ("example.com",)),
    ("", ()),
])
# fmt: on
def test_normalize_term(term: str, expected: tuple[str, ...]) -> None:
    assert normalize_term(term) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Café", "cafe"), ("STRAßE", "strasse"), ("ﬁre", "fire"), ("It\u2019s", "it's"), ("İstanbul", "istanbul"),
     ("acme inc", "acme inc"), ("Ñandú", "nandu"), ("ÆON", "æon")],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_normalize_given_language_has_confidence_one_and_lemmas() -> None:
    doc = normalize("Hij stierf.", "NL")
    assert (doc.language, doc.language_confidence) == ("nl", 1.0)
    assert [(t.norm, t.lemma) for t in doc.tokens] == [("hij", "hij"), ("stierf", "sterven"), (".", ".")]


@pytest.mark.parametrize(("given", "expected"), [("en-US", "en"), ("nl_NL", "nl"), (" NL-be ", "nl"), ("", "en")])
def test_normalize_reads_a_locale_tag_as_its_language(given: str, expected: str) -> None:
    """A scheduler's "en-US" used to skip every rule limited to [en, nl]; "" means detect."""
    doc = normalize("The victims died in the storm and we are sorry.", given)
    assert doc.language == expected


def test_normalize_detects_language() -> None:
    doc = normalize("Dying is not what we want, and the victims died.")
    assert doc.language == "en"
    assert [t.lemma for t in doc.tokens if t.norm in ("dying", "died")] == ["die", "die"]


def test_normalize_und_keeps_norm_as_lemma() -> None:
    doc = normalize("🔥🔥 ok", None)
    assert (doc.language, [t.lemma for t in doc.tokens]) == ("und", ["🔥", "🔥", "ok"])


def test_marks_table_matches_running_python() -> None:
    assert _generate_marks() == MARKS


# --- properties over random Unicode ------------------------------------------------------

_ALPHABET = st.characters(blacklist_categories=("Cs",))
_INTERESTING = st.sampled_from(
    ["\u0301", "\u0308", "\u200d", "\u200c", "\u200b", "\u00ad", "\ufe0f", "\U0001f3fd", "\U0001f1f3",
     "\u202e", "\u200f", "#", "@", "'", "\u2019", "-", "_", ".", ",", "%", "!", "\n", " ", "ß", "ﬁ",
     "\u05d0", "\u0627", "\U0001f468", "1", "A", "a", "é", "¨", "http://", "www.", ".com"]
)
_TEXT = st.lists(st.one_of(_ALPHABET, _INTERESTING), max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_tokens_slice_original_ordered_non_overlapping(text: str) -> None:
    tokens = tokenize(text)
    previous_end = 0
    for t in tokens:
        assert t.text == text[t.start : t.end]
        assert previous_end <= t.start < t.end
        assert t.norm and not any(c.isspace() for c in t.norm)
        previous_end = t.end


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_normalize_never_raises(text: str) -> None:
    doc = normalize(text, "nl")
    assert doc.text == text
    doc = normalize(text, "en")
    assert all(t.lemma for t in doc.tokens)


_WORDISH = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd", "Mn")), min_size=1, max_size=12
).filter(lambda s: not s[0].isdigit() and not s[0].isspace())


@settings(max_examples=300, deadline=None)
@given(_WORDISH, _TEXT, _TEXT)
def test_term_norms_match_post_norms(word: str, before: str, after: str) -> None:
    term = normalize_term(word)
    post = before + " " + word + " " + after
    start = len(before) + 1
    inside = [t.norm for t in tokenize(post) if start <= t.start and t.end <= start + len(word)]
    assert tuple(inside) == term


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aAbBzZ09_"), min_size=1, max_size=12))
def test_ascii_camel_split_matches_unicode_loop(body: str) -> None:
    from riskcheck.normalize import text

    assert text._camel_parts(body, 1) == text._camel_parts_loop(body, 1)


class _CountingPattern:
    def __init__(self, pattern: object) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str, pos: int) -> object:
        self.calls += 1
        return self.pattern.match(text, pos)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["a." * 2000, "a@" * 2000, "a.b-" * 1000, "x" * 3000 + ".com", "www." * 1000])
def test_url_search_tries_each_start_at_most_once(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # A hostile post full of URL hints must stay linear (it once took minutes for "a.a.a...").
    from riskcheck.normalize import text as text_module

    counter = _CountingPattern(text_module._URL_RE)
    monkeypatch.setattr(text_module, "_URL_RE", counter)
    text_module._url_spans(text)
    assert counter.calls <= len(text)
