"""A slur said of the writer's own group: reclaimed, not aimed ("As a dyke myself, I loved this
documentary", "Old fag here, still dancing at 70", "Wij mietjes weten hoe je een feestje bouwt").

Communities reclaim the words used against them; a post that uses one of them for the writer, or the
group the writer speaks for ("we", "us", "wij"), attacks no one. The toxicity scorer set the slur
floor on these (identity attack 0.875, a block) because the word is listed. This reading is narrow:
the word must stand in a first-person frame right next to it (``_FRAMES``), with no negation in it
("we are not fags" is someone distancing themselves). The profanity and slur *rules* still see the
word; this only tells the toxicity scorer that the writer is its referent. Every listed slur and
insult of the sentence must be so; one more aimed elsewhere keeps the sentence as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words that may stand between the first-person frame and the slur ("I'm a proud old ...").
_ADJ = (r"(?:(?:proud|proudly|happy|old|young|fellow|big|little|loud|fat|gay|queer|black|bold|trotse|trots|blije|"
        r"oude|jonge|echte|real|true|dikke|kleine|grote|vrolijke|stoere|eigen)\s+){0,2}")


def _frames(term: str) -> re.Pattern[str]:
    t = re.escape(term)
    return re.compile(
        rf"\b(?:i'?m|i am|we'?re|we are|ik ben|wij zijn|we zijn|me and my fellow|ik en mijn mede)\s+(?:an?\s+|een\s+)?{_ADJ}{t}\b|"
        rf"\b(?:as|als)\s+(?:an?\s+|een\s+)?{_ADJ}{t}\b|"
        rf"(?:^|[.!?,]\s*)(?:we|us|wij|ons|fellow|mede|us fellow)\s+{_ADJ}{t}\b|"
        rf"\b(?:my|our|mijn|onze|m'n)\s+fellow\s+{_ADJ}{t}\b|"
        rf"^\W*{_ADJ}{t}\s+(?:here|hier)\b|"
        rf"\b{t}\s+(?:myself|ourselves|mezelf|zelf|and proud|en trots)\b")


_CACHE: dict[str, re.Pattern[str]] = {}
_NEGATED = re.compile(r"\b(?:not|never|no|geen|niet|nooit|aren'?t|isn'?t|ain'?t)\b")


def said_of_the_writer(text: str, term: str) -> bool:
    """``term`` stands in a first-person frame in ``text`` (folded), with no negation in that frame."""
    pattern = _CACHE.get(term)
    if pattern is None:
        pattern = _frames(term)
        if len(_CACHE) < 2048:
            _CACHE[term] = pattern
    return any(_NEGATED.search(m.group(0)) is None for m in pattern.finditer(text))


def reclaimed(text: str, terms: Iterable[str]) -> bool:
    """Every listed term (slurs and insults of the sentence) is said of the writer (``said_of_the_writer``)."""
    listed = set(terms)
    return bool(listed) and all(said_of_the_writer(text, term) for term in listed)
