"""Per-post matching state shared by every rule kind: built lazily, once per post.

Rule kinds read the post through this object, so work that several rules need (the
accent-folded text for regexes, word positions for ``near`` windows) is done at most
once per post and only when a rule actually needs it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from dataclasses import field

from riskcheck.doc import Doc
from riskcheck.doc import TokenKind
from riskcheck.types import Post


def fold_accents(text: str) -> tuple[str, list[int] | None]:
    """Strip diacritics but keep case and length-per-character where possible.

    Returns the folded text and a map from each folded character to its index in
    ``text`` (plus a final sentinel ``len(text)``), or ``None`` when nothing changed.
    Used so that RE2's ASCII-only ``\\b`` and accent-free patterns behave on "café".
    """
    if text.isascii():
        return text, None
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if char.isascii():
            out.append(char)
            where.append(index)
            continue
        if unicodedata.combining(char):
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        base = unicodedata.normalize("NFC", base) or char
        for piece in base:
            out.append(piece)
            where.append(index)
    where.append(len(text))
    return "".join(out), where


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
    _folded: tuple[str, list[int] | None] | None = field(default=None, repr=False)
    _words: list[int] | None = field(default=None, repr=False)

    @property
    def folded(self) -> tuple[str, list[int] | None]:
        if self._folded is None:
            self._folded = fold_accents(self.doc.text)
        return self._folded

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to the original text."""
        _, where = self.folded
        if where is None:
            return start, end
        text = self.doc.text
        begin = where[start]
        stop = where[end - 1] + 1 if end > start else begin
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
