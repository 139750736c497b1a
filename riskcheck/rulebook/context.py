"""Per-post matching state shared by every rule kind: built lazily, once per post.

Rule kinds read the post through this object, so work that several rules need (the
accent-folded text for regexes, word positions for ``near`` windows) is done at most
once per post and only when a rule actually needs it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field
from functools import lru_cache

from riskcheck.normalize.doc import Doc
from riskcheck.normalize.doc import TokenKind
from riskcheck.types import Post


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """One character without its diacritics ("é" -> "e"); a lone combining mark -> ""."""
    if unicodedata.combining(char):
        return ""
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", base) or char


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class FoldMap:
    """Maps offsets of the folded text back to the original: one segment per changed char."""

    __slots__ = ("_folded_starts", "_segments")

    def __init__(self, segments: list[tuple[int, int, bool]]) -> None:
        self._segments = segments  # (folded start, original start, runs 1:1 with the original)
        self._folded_starts = [s[0] for s in segments]

    def original(self, position: int) -> int:
        index = bisect.bisect_right(self._folded_starts, position) - 1
        folded_start, original_start, linear = self._segments[index]
        return original_start + (position - folded_start) if linear else original_start


def fold_accents(text: str) -> tuple[str, FoldMap | None]:
    """Strip diacritics but keep case, with a map back to the original offsets.

    Returns ``(folded, None)`` when nothing changed, which is the common case: ASCII posts
    and posts whose only non-ASCII characters are emoji or symbols cost one scan. Used so
    that RE2's ASCII-only ``\\b`` and accent-free patterns behave on "café".
    """
    if text.isascii():
        return text, None
    changed = [m.start() for m in _NON_ASCII.finditer(text) if _fold_char(m.group()) != m.group()]
    if not changed:
        return text, None
    pieces: list[str] = []
    segments: list[tuple[int, int, bool]] = []
    folded_len = 0
    previous = 0
    for index in changed:
        if index > previous:
            segments.append((folded_len, previous, True))
            pieces.append(text[previous:index])
            folded_len += index - previous
        piece = _fold_char(text[index])
        if piece:
            segments.append((folded_len, index, False))
            pieces.append(piece)
            folded_len += len(piece)
        previous = index + 1
    segments.append((folded_len, previous, True))
    pieces.append(text[previous:])
    return "".join(pieces), FoldMap(segments)


def fold_pattern(pattern: str) -> str:
    """The same folding applied to an editor's regex, so "café" in a rule matches "cafe"."""
    if pattern.isascii():
        return pattern
    return fold_accents(pattern)[0]


@dataclass(slots=True)
class MatchContext:
    """What a rule sees when it matches one post."""

    doc: Doc
    post: Post
    _folded: tuple[str, FoldMap | None] | None = field(default=None, repr=False)
    _words: list[int] | None = field(default=None, repr=False)
    _urls: list[tuple[int, int]] | None = field(default=None, repr=False)

    @property
    def url_spans(self) -> list[tuple[int, int]]:
        """Character spans of the post's URL tokens, computed once per post for all rules."""
        if self._urls is None:
            self._urls = [(t.start, t.end) for t in self.doc.tokens if t.kind is TokenKind.URL]
        return self._urls

    @property
    def folded(self) -> tuple[str, FoldMap | None]:
        if self._folded is None:
            self._folded = fold_accents(self.doc.text)
        return self._folded

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to the original text."""
        _, where = self.folded
        if where is None:
            return start, end
        text = self.doc.text
        begin = where.original(start)
        stop = where.original(end - 1) + 1 if end > start else begin
        while stop < len(text) and unicodedata.combining(text[stop]):
            stop += 1
        return begin, stop

    @property
    def word_positions(self) -> list[int]:
        """Per token, how many non-punctuation tokens precede it (the unit of ``window``)."""
        if self._words is None:
            words: list[int] = []
            count = 0
            for token in self.doc.tokens:
                words.append(count)
                if token.kind is not TokenKind.PUNCT:
                    count += 1
            self._words = words
        return self._words
