"""The analysed form of a post that every matcher reads: built once per post.

``Doc`` is the contract between the normaliser (``riskcheck.normalize.text``) and the rule
kinds (``riskcheck.rulebook.kinds``): matchers never look at raw text again, they
look at tokens whose ``start``/``end`` point into the original text, so every
finding's span slices the original post exactly.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import NamedTuple


class TokenKind(str, enum.Enum):
    WORD = "word"          # ordinary word (letters/digits, inner apostrophes or hyphens split off)
    NUMBER = "number"      # 20, 3.5, 1920
    HASHTAG = "hashtag"    # one part of a #hashtag (camel-case / digit boundaries split it)
    MENTION = "mention"    # one part of an @mention
    URL = "url"            # a whole URL or bare domain, one token, excluded from word rules
    EMOJI = "emoji"        # one emoji (with its modifiers / ZWJ sequence)
    PUNCT = "punct"        # punctuation and symbols, kept so that "%" or "!" can be matched


class Token(NamedTuple):
    """One token. ``norm`` is NFKC + casefold + accent-folded; ``lemma`` is the folded lemma.

    ``group`` numbers the source unit: all parts of one ``#hashtag`` or ``@mention`` share
    a group and ``compact`` holds the whole unit folded without separators
    (``#TriviaTuesday`` -> parts ``trivia``/``tuesday``, compact ``triviatuesday``). The parts
    of a hyphenated or apostrophe word share a group too (``back-to-school`` -> compact
    ``backtoschool``, ``Stoker's`` -> ``stokers``). For a one-part unit ``compact == norm``.

    A NamedTuple rather than a frozen dataclass: a post makes ~50 tokens and the normaliser's
    budget is ~50 us; building a frozen dataclass costs ~1 us, a tuple ~0.15 us. It is just as
    immutable and typed, and reads the same (``token.norm``).
    """

    text: str
    norm: str
    lemma: str
    start: int
    end: int
    kind: TokenKind
    group: int
    compact: str


@dataclass(frozen=True, slots=True)
class Doc:
    """A post after normalisation, language detection and lemmatisation."""

    text: str
    tokens: tuple[Token, ...]
    language: str               # ISO 639-1 code, or "und" below the confidence floor
    language_confidence: float  # 0..1; 1.0 when the language was given by the caller

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    @property
    def word_tokens(self) -> tuple[Token, ...]:
        """Tokens that word rules see: everything except URLs (rules ask for URLs explicitly)."""
        return tuple(t for t in self.tokens if t.kind is not TokenKind.URL)
