from __future__ import annotations

import pytest

from riskcheck.scorers.lexicon import Lexicon

LEX = Lexicon.from_mapping({
    "insult": ["idiot", "kanker*", "waste of space"],
    "slur": ["slurword"],
    "threat": ["i will kill you"],
    "obscene": ["fuck", "ass"],
    "sexual": ["porn"],
})
EMPTY = {"insult": [], "slur": [], "threat": [], "obscene": [], "sexual": []}


@pytest.mark.parametrize(("text", "expected"), [
    ("You idiot", {**EMPTY, "insult": ["idiot"]}),
    ("You 1d10t!", {**EMPTY, "insult": ["idiot"]}),
    ("i.d.i.o.t", {**EMPTY, "insult": ["idiot"]}),
    ("Kankerlijer", {**EMPTY, "insult": ["kankerlijer"]}),
    ("What a WASTE of   space", {**EMPTY, "insult": ["waste of space"]}),
    ("I will kill you.", {**EMPTY, "threat": ["i will kill you"]}),
    ("f*ck off", {**EMPTY, "obscene": ["fuck"]}),
    # No Scunthorpe: words inside longer words do not count.
    ("Classic assessment of the passage", EMPTY),
    ("Kan ker niet", EMPTY),
    ("", EMPTY),
])
def test_hits(text: str, expected: dict[str, list[str]]) -> None:
    assert LEX.hits(text) == expected


def test_features_are_log_counts_in_category_order() -> None:
    assert [round(v, 3) for v in LEX.features("idiot idiot porn")] == [1.099, 0.0, 0.0, 0.0, 0.693]


@pytest.mark.parametrize(("text", "expected"), [
    ("You idoit", ["idiot"]),       # two letters swapped: read as the listed word (spelling.plain_spelling)
    ("You ltitle idiot", ["idiot"]),  # short words and non-listed words are not varied
    ("You are untied", []),
])
def test_swapped_letters_in_insults(text: str, expected: list[str]) -> None:
    assert LEX.hits(text)["insult"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("f*ck off", "fuck off"),
    ("what the sh*t", "what the sh*t"),  # not in this small lexicon: left alone
    ("no stars here", "no stars here"),
])
def test_unstar(text: str, expected: str) -> None:
    assert LEX.unstar(text) == expected


def test_canonical_spells_out_obfuscated_listed_words() -> None:
    assert LEX.canonical("You idoit, f*ck off. Idiom stays.") == "You idiot, fuck off. Idiom stays."


def test_dutch_curse_compounds_match_and_medical_words_do_not() -> None:
    from riskcheck.scorers.lexicon import Lexicon

    lexicon = Lexicon.from_mapping({"insult": ["kanker*", "tyfus*", "*debiel", "*mongool"], "obscene": ["kanker*"]})
    assert lexicon.hits("wat een kankerhond")["insult"] == ["kankerhond"]
    assert lexicon.hits("rot op, teringdebiel")["insult"] == ["teringdebiel"]
    assert lexicon.hits("tyfusmongool")["insult"] == ["tyfusmongool", "tyfusmongool"]
    for word in ("kankeronderzoek", "kankerpatienten", "kankerbestrijding", "tyfusvaccin", "debiel"):
        assert lexicon.hits(f"wij steunen het {word}") == {c: [] for c in lexicon.terms}, word


def test_multi_word_terms_match_after_the_early_exit() -> None:
    """``hits`` stops growing a word run no listed term starts with; longer terms still match."""
    from pathlib import Path

    from riskcheck.scorers.lexicon import Lexicon

    lexicon = Lexicon.from_file(Path(__file__).resolve().parents[2] / "models" / "toxicity" / "lexicon.json")
    found = lexicon.hits("honestly, go to hell and nobody likes you, piece of garbage")
    assert sorted(found["insult"] + found["threat"]) == sorted(
        t for t in ("go to hell", "nobody likes you", "piece of garbage")
        for _ in lexicon.index.get(t, ()))
    assert lexicon.hits("go to the shop") == {c: [] for c in found}
