"""Every term of every rule in one Aho-Corasick automaton over the normalised token stream.

Why this shape: the cost of a check must not grow with the size of a blocklist. All
``phrase`` terms, ``near`` groups, ``limit`` require/when lists and ``except`` phrases of
the whole RuleSet become keys of ONE automaton (pyahocorasick), so a post is scanned once
whatever the number of terms: a 100,000-term pack costs about what a 1,000-term pack does.

The stream is the post's token norms joined by single spaces with a space at both ends
(" storm bram raast : blijf binnen "); a key is a term's normalised tokens in the same
form (" storm bram "), so a key can only match whole tokens: that is the word boundary.
A match's character offset maps back to token indices (bisect over token starts), and the
tokens carry the original character offsets, so spans slice the original text exactly.

Three streams are scanned, each only when it can matter:
- surface: every token's ``norm`` (hashtags and mentions appear as their parts:
  ``#TriviaTuesday`` -> " trivia tuesday ");
- compact: each hashtag/mention as one unit (" triviatuesday "), only when the post has a
  hashtag/mention of several parts: so the term ``triviatuesday`` matches ``#TriviaTuesday``
  while ``storm bram`` does NOT match ``#stormbram`` unless ``stormbram`` is listed;
- lemma: token lemmas, matched against lemma keys of terms from ``lemma: true`` rules.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from riskcheck.doc import Doc
from riskcheck.doc import Token
from riskcheck.doc import TokenKind

#: The languages whose lemmatiser is asked for the lemma of a term without a language.
LEMMA_LANGUAGES: tuple[str, ...] = ("en", "nl")

#: Group number used for a rule's ``except`` phrases.
EXCEPT = -1


class Entry(NamedTuple):
    """One term of one rule: ``slot`` is the rule's position in the RuleSet."""

    slot: int
    group: int
    term: str
    lang: str | None


class Hit(NamedTuple):
    """A term found in a post: tokens ``first..last`` (inclusive)."""

    group: int
    term: str
    first: int
    last: int


def term_tokens(term: str) -> tuple[str, ...]:
    """The normalised tokens of an editor's term (shared with the post normaliser)."""
    from riskcheck.text import normalize_term

    return tuple(t for t in normalize_term(term) if t)


def _lemma(norm: str, language: str) -> str:
    from riskcheck.lemmas import lemma

    return lemma(norm, language) or norm


def _key(tokens: Iterable[str]) -> str:
    return " " + " ".join(tokens) + " "


class TermIndexBuilder:
    """Collects terms while rules compile; ``build()`` makes the automata once."""

    def __init__(self) -> None:
        self._surface: dict[str, list[Entry]] = {}
        self._lemma: dict[str, list[Entry]] = {}
        self._norm_cache: dict[str, tuple[str, ...]] = {}

    def tokens(self, term: str) -> tuple[str, ...]:
        cached = self._norm_cache.get(term)
        if cached is None:
            cached = self._norm_cache[term] = term_tokens(term)
        return cached

    def add(self, slot: int, group: int, term: str, lang: str | None = None, *, lemma: bool = False) -> bool:
        """Index ``term``; False when it normalises to nothing (the caller reports it)."""
        tokens = self.tokens(term)
        if not tokens:
            return False
        entry = Entry(slot, group, term, lang)
        keys = {_key(tokens)}
        if len(tokens) > 1 and not any(ch.isspace() for ch in term.strip()):
            # One written word that splits ("TriviaTuesday", "#TriviaTuesday") also
            # matches as one word ("triviatuesday"): the compact stream carries it.
            keys.add(_key(["".join(tokens)]))
        for key in keys:
            self._surface.setdefault(key, []).append(entry)
        if lemma:
            languages = (lang,) if lang else LEMMA_LANGUAGES
            for language in languages:
                key = _key(_lemma(tok, language) for tok in tokens)
                bucket = self._lemma.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
        return True

    def build(self, *, url_slots: frozenset[int], term_languages: Sequence[frozenset[str]]) -> TermIndex:
        return TermIndex(_automaton(self._surface), _automaton(self._lemma), url_slots, tuple(term_languages))


def _automaton(keys: dict[str, list[Entry]]) -> ahocorasick.Automaton | None:
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    for key, entries in keys.items():
        automaton.add_word(key, (len(key), key.count(" ") - 1, tuple(entries)))
    automaton.make_automaton()
    return automaton


@dataclass(frozen=True, slots=True)
class _Stream:
    text: str
    starts: list[int]          # stream offset of each unit's first character
    units: list[tuple[int, int]]  # unit -> (first token, last token)


def _stream(values: Sequence[str], units: list[tuple[int, int]]) -> _Stream:
    starts: list[int] = []
    position = 1
    for value in values:
        starts.append(position)
        position += len(value) + 1
    return _Stream(" " + " ".join(values) + " ", starts, units)


def _surface_stream(tokens: Sequence[Token]) -> _Stream:
    return _stream([t.norm or "\x00" for t in tokens], [(i, i) for i in range(len(tokens))])


def _compact_stream(tokens: Sequence[Token]) -> _Stream | None:
    values: list[str] = []
    units: list[tuple[int, int]] = []
    merged = False
    index = 0
    while index < len(tokens):
        token = tokens[index]
        last = index
        if token.kind in (TokenKind.HASHTAG, TokenKind.MENTION):
            while last + 1 < len(tokens) and tokens[last + 1].group == token.group:
                last += 1
        if last > index:
            merged = True
            values.append(token.compact or "\x00")
        else:
            values.append(token.norm or "\x00")
        units.append((index, last))
        index = last + 1
    return _stream(values, units) if merged else None


@dataclass(frozen=True, slots=True)
class TermIndex:
    """The compiled automata plus what matching needs to filter hits per rule."""

    surface: ahocorasick.Automaton | None
    lemma: ahocorasick.Automaton | None
    url_slots: frozenset[int]                 # rules that asked for `match_urls: true`
    term_languages: tuple[frozenset[str], ...]  # per slot: languages its term map names

    def search(self, doc: Doc, wanted: Sequence[bool]) -> dict[int, list[Hit]]:
        """Hits per rule slot, for the slots where ``wanted[slot]`` is true."""
        tokens = doc.tokens
        found: dict[int, list[Hit]] = {}
        if not tokens or (self.surface is None and self.lemma is None):
            return found
        seen: set[tuple[int, int, str, int, int]] = set()
        urls = [i for i, t in enumerate(tokens) if t.kind is TokenKind.URL]
        if self.surface is not None:
            self._scan(self.surface, _surface_stream(tokens), doc, wanted, urls, seen, found)
            compact = _compact_stream(tokens)
            if compact is not None:
                self._scan(self.surface, compact, doc, wanted, urls, seen, found)
        if self.lemma is not None:
            lemmas = _stream([t.lemma or t.norm or "\x00" for t in tokens], [(i, i) for i in range(len(tokens))])
            self._scan(self.lemma, lemmas, doc, wanted, urls, seen, found)
        return found

    def _scan(
        self,
        automaton: ahocorasick.Automaton,
        stream: _Stream,
        doc: Doc,
        wanted: Sequence[bool],
        urls: list[int],
        seen: set[tuple[int, int, str, int, int]],
        found: dict[int, list[Hit]],
    ) -> None:
        language = doc.language
        for end, (key_len, n_units, entries) in automaton.iter(stream.text):
            unit = bisect.bisect_left(stream.starts, end - key_len + 2)
            first = stream.units[unit][0]
            last = stream.units[unit + n_units - 1][1]
            has_url = bool(urls) and any(first <= u <= last for u in urls)
            for entry in entries:
                slot = entry.slot
                if not wanted[slot]:
                    continue
                if has_url and slot not in self.url_slots:
                    continue
                if entry.lang is not None and entry.lang != language and language in self.term_languages[slot]:
                    continue
                mark = (slot, entry.group, entry.term, first, last)
                if mark in seen:
                    continue
                seen.add(mark)
                found.setdefault(slot, []).append(Hit(entry.group, entry.term, first, last))


def keep_outermost(hits: Sequence[Hit]) -> list[Hit]:
    """Drop ``except`` hits and the hits they cover, then hits inside a longer hit.

    "bram stoker" listed under ``except`` silences "bram" inside it; "covid-19" wins over
    "covid" at the same place.
    """
    shields = [(h.first, h.last) for h in hits if h.group == EXCEPT]
    kept = [
        h for h in hits
        if h.group != EXCEPT and not any(a <= h.first and h.last <= b for a, b in shields)
    ]
    kept.sort(key=lambda h: (h.first, -(h.last - h.first)))
    out: list[Hit] = []
    for hit in kept:
        if any(o.first <= hit.first and hit.last <= o.last and (o.first, o.last) != (hit.first, hit.last)
               and o.group == hit.group for o in out):
            continue
        out.append(hit)
    return out


def char_span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Original-text span of tokens ``first..last``; a whole hashtag/mention keeps its # or @."""
    tokens = doc.tokens
    start, end = tokens[first].start, tokens[last].end
    head = tokens[first]
    if (
        head.kind in (TokenKind.HASHTAG, TokenKind.MENTION)
        and start > 0
        and doc.text[start - 1] in "#@＃＠"
        and (first == 0 or tokens[first - 1].group != head.group)
    ):
        start -= 1
    return start, end
