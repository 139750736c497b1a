"""Undo the spelling tricks people use to get abuse past filters.

``1d10t``, ``stuuuupid``, ``i.d.i.o.t``, ``k a n k e r`` and ``f*ck`` should read the
same as the plain word to both the lexicon and the sentence encoder. The rewrite
is conservative: a token is only de-leeted when it mixes letters with look-alike
digits or symbols, so prices, dates and hashtags with numbers keep their meaning.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "+": "t"})
_LEET_CHARS = "0134578@$!|€+9"
_WORDLIKE = re.compile(r"[^\s]*[0-9@$!|€+][^\s]*")  # only tokens that could hold look-alikes
# Letters spaced apart by one separator, the same throughout ("s.t.u.p.i.d m.o.r.o.n" is two words).
_SPACED = re.compile(r"\b[^\W\d_]([.\-_*· ])(?:[^\W\d_]\1)+[^\W\d_]\b")
_REPEAT = re.compile(r"([^\W\d_w])\1{2,}")
_PLAIN_ALNUM = re.compile(r"^(?:[^\W\d_]+\d+|\d+[^\W\d_]{1,3}|\d+(?:[.,:/-]\d+)*)$")


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """NFKC, casefold and strip accents: what every wordlist comparison sees.

    Cached, with an ASCII fast path (where all three steps are ``lower()``): the lexicon,
    the shape layer and the rule terms fold the same sentences several times per check,
    and the per-character accent strip was a tenth of a full check's CPU time."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _deleet_token(token: str) -> str:
    letters = sum(c.isalpha() for c in token)
    leet = sum(c in _LEET_CHARS for c in token)
    if letters < 1 or leet < 1 or token.startswith(("#", "@", "http")):
        return token
    core = token.rstrip(".,!?;:")
    tail = token[len(core):]
    if not core or not core[0].isalnum() and core[0] not in "@$" or _PLAIN_ALNUM.match(core):
        return token
    if any(c.isalpha() for c in core) and (letters + leet) >= len(core) - 1 and letters >= 1:
        if core.replace(".", "").replace(",", "").isdigit():
            return token
        return core.translate(_LEET) + tail
    return token


def _join_spaced(match: re.Match[str]) -> str:
    """"d u m b b i t c h" -> "dumb bitch": the letters joined, then cut into words where the
    spacing hid the boundaries (``informal.split_glued``; a known word or curse compound stays whole)."""
    joined = match.group(0).replace(match.group(1), "")
    if match.group(1) != " " or len(joined) < 6:
        return joined
    from riskcheck.scorers.informal import split_glued   # its word list loads only for such a run

    return split_glued(joined)


@functools.lru_cache(maxsize=8192)
def deobfuscate(text: str) -> str:
    """Rewrite obfuscated words to their plain form; ordinary text comes back unchanged.

    Cached: both scorers and the lexicon de-obfuscate the same sentences of a batch."""
    text = _SPACED.sub(_join_spaced, text)
    text = _WORDLIKE.sub(lambda m: _deleet_token(m.group(0)), text)
    text = _REPEAT.sub(r"\1", text)
    from riskcheck.scorers.spelling import plain_spelling   # its word lists load on the first call

    return plain_spelling(text)
