"""Every term of every rule in one Aho-Corasick automaton over the normalised token stream.

Why this shape: the cost of a check must not grow with the size of a blocklist. All
``phrase`` terms, ``near`` groups, ``limit`` require/when lists and ``except`` phrases of
the whole RuleSet become keys of ONE automaton (pyahocorasick), so a post is scanned once
whatever the number of terms: a 100,000-term pack costs about what a 1,000-term pack does.

The stream is the post's token norms joined by single spaces with a space at both ends
(" storm bram raast : blijf binnen "); a key is a term's normalised tokens in the same
form (" storm bram "), so a key can only match whole tokens: that is the word boundary.
A match's character offset maps back to token indices (count the separating spaces before it), and the
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

import functools
import itertools
import re
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from riskcheck.normalize.doc import Doc
from riskcheck.normalize.doc import Token
from riskcheck.normalize.doc import TokenKind

#: The languages whose lemmatiser is asked for the lemma of a term without a language.
LEMMA_LANGUAGES: tuple[str, ...] = ("en", "nl")

_URL = TokenKind.URL
_TAGS = (TokenKind.HASHTAG, TokenKind.MENTION)

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


_PLAIN_TERM = re.compile(r"[a-z]+(?: [a-z]+)*")


def term_tokens(term: str) -> tuple[str, ...]:
    """The normalised tokens of an editor's term (shared with the post normaliser).

    Lowercase ASCII words separated by single spaces, the bulk of any large blocklist,
    normalise to themselves; they skip the tokenizer (a test keeps the two in agreement).
    """
    if _PLAIN_TERM.fullmatch(term):
        return tuple(term.split(" "))
    from riskcheck.normalize.text import normalize_term

    return tuple(t for t in normalize_term(term) if t)


def _lemma(norm: str, language: str) -> str:
    from riskcheck.normalize.lemmas import lemma

    return lemma(norm, language) or norm


@functools.lru_cache(maxsize=64)
def _false_friends(language: str, term_language: str) -> frozenset[str]:
    """Function words of ``language`` that are not function words in ``term_language``.

    A language-neutral term list is written mostly with English content words in mind, and a
    term listed under ``en:`` is an English word: in a Dutch post "die" means "that" and "door"
    means "through", so such a single-word term never matches one of these there. A term listed
    under the post's own language (``nl: [die]``) is meant as that word and always matches.
    """
    if language in (term_language, "und"):
        return frozenset()
    from riskcheck.normalize.stopwords import stop_words
    from riskcheck.normalize.text import fold

    return frozenset(fold(w) for w in stop_words(language)) - frozenset(fold(w) for w in stop_words(term_language))


def is_false_friend(norm: str, language: str, term_language: str | None = None) -> bool:
    """True when a single-word term (of ``term_language``, English when unsaid) should not
    match ``norm`` in a post in ``language``: it is a function word there, and not in the
    term's own language."""
    return norm in _false_friends(language, term_language or "en")


def _key(tokens: Iterable[str]) -> str:
    return " " + " ".join(tokens) + " "


class TermIndexBuilder:
    """Collects terms while rules compile; ``build()`` makes the automata once."""

    def __init__(self) -> None:
        self._surface: dict[str, tuple[int, list[Entry]]] = {}
        self._lemma: dict[str, tuple[int, list[Entry]]] = {}
        self._norm_cache: dict[str, tuple[str, ...]] = {}

    def tokens(self, term: str) -> tuple[str, ...]:
        cached = self._norm_cache.get(term)
        if cached is None:
            cached = self._norm_cache[term] = term_tokens(term)
        return cached

    def add(self, slot: int, group: int, term: str, lang: str | None = None, *, lemma: bool = False) -> bool:
        """Index ``term``; False when it normalises to nothing (the caller reports it)."""
        entry = Entry(slot, group, term, lang)
        if _PLAIN_TERM.fullmatch(term):  # the bulk of a big blocklist: its own key, no tokenizer
            tokens: tuple[str, ...] = ()
            _put(self._surface, f" {term} ", term.count(" ") + 1, entry)
        else:
            tokens = self.tokens(term)
            if not tokens:
                return False
            _put(self._surface, _key(tokens), len(tokens), entry)
            one_word = not any(ch.isspace() for ch in term.strip())
            if len(tokens) > 1 and one_word:
                # One written word that splits ("#TriviaTuesday") also matches as one
                # word ("TriviaTuesday", "#triviatuesday"): the compact stream carries it.
                _put(self._surface, _key(["".join(tokens)]), 1, entry)
            elif one_word and term[:1] not in "#@＃＠":
                # A CamelCase word ("TriviaTuesday") also matches its parts ("trivia tuesday"),
                # split the way a hashtag is; all-lowercase words cannot be split safely.
                parts = self.tokens("#" + term.strip())
                if len(parts) > 1:
                    _put(self._surface, _key(parts), len(parts), entry)
        if lemma:
            tokens = tokens or tuple(term.split(" "))
            languages = (lang,) if lang else LEMMA_LANGUAGES
            for language in languages:
                _put(self._lemma, _key(_lemma(tok, language) for tok in tokens), len(tokens), entry)
        return True

    def build(self, *, url_slots: frozenset[int], term_languages: Sequence[frozenset[str]]) -> TermIndex:
        return TermIndex(_automaton(self._surface), _automaton(self._lemma), url_slots, tuple(term_languages))


def _put(keys: dict[str, tuple[int, list[Entry]]], key: str, n_tokens: int, entry: Entry) -> None:
    found = keys.get(key)
    if found is None:
        keys[key] = (n_tokens, [entry])
    elif entry not in found[1]:
        found[1].append(entry)


Payload = tuple[int, int, tuple[Entry, ...]]  # key length, tokens in key, entries


class _Automaton:
    """An int-valued pyahocorasick automaton (cheaper to build) plus the payload per key."""

    __slots__ = ("automaton", "payloads")

    def __init__(self, keys: dict[str, tuple[int, list[Entry]]]) -> None:
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self.payloads: list[Payload] = []
        add = self.automaton.add_word
        payloads = self.payloads
        for number, (key, (n_tokens, entries)) in enumerate(keys.items()):
            add(key, number)
            payloads.append((len(key), n_tokens, tuple(entries)))
        self.automaton.make_automaton()


def _automaton(keys: dict[str, tuple[int, list[Entry]]]) -> _Automaton | None:
    return _Automaton(keys) if keys else None


class _Stream:
    """Units joined by single spaces (norms never contain spaces), with a leading and trailing space."""

    __slots__ = ("text", "units", "_values", "_calls", "_spaces")

    # Counting spaces is cheapest for the few hits of a normal post; past this many hits in one
    # post (a hostile one repeats a term thousands of times) the space positions are indexed.
    _COUNT_CALLS = 32

    def __init__(self, values: list[str], units: list[tuple[int, int]] | None) -> None:
        self.text = " " + " ".join(values) + " "
        self.units = units  # unit -> (first token, last token); None = one token per unit
        self._values = values
        self._calls = 0
        self._spaces: list[int] | None = None

    def tokens_of(self, key_end: int, key_len: int, n_units: int) -> tuple[int, int]:
        """Token range of a key that ends at ``key_end``: the spaces before it count the units."""
        key_start = key_end - key_len + 1  # the key's leading space
        if self._spaces is None and self._calls < self._COUNT_CALLS:
            self._calls += 1
            unit = self.text.count(" ", 0, key_start + 1) - 1
        else:
            if self._spaces is None:  # unit i's leading space: 0, then after each value and its space
                self._spaces = [0, *itertools.accumulate(len(v) + 1 for v in self._values)]
            unit = bisect.bisect_right(self._spaces, key_start) - 1
        if self.units is None:
            return unit, unit + n_units - 1
        return self.units[unit][0], self.units[unit + n_units - 1][1]


def _surface_stream(tokens: Sequence[Token]) -> _Stream:
    return _Stream([t.norm or "\x00" for t in tokens], None)


def _compact_stream(tokens: Sequence[Token]) -> _Stream | None:
    """Each multi-part hashtag/mention as one unit; None when the post has none."""
    if not any(t.compact != t.norm for t in tokens):
        return None
    values: list[str] = []
    units: list[tuple[int, int]] = []
    previous = -1
    for index, token in enumerate(tokens):
        if token.group == previous and token.kind in _TAGS:
            units[-1] = (units[-1][0], index)
            values[-1] = token.compact or "\x00"
            continue
        values.append(token.norm or "\x00")
        units.append((index, index))
        previous = token.group
    return _Stream(values, units)


@dataclass(frozen=True, slots=True)
class TermIndex:
    """The compiled automata plus what matching needs to filter hits per rule."""

    surface: _Automaton | None
    lemma: _Automaton | None
    url_slots: frozenset[int]                 # rules that asked for `match_urls: true`
    term_languages: tuple[frozenset[str], ...]  # per slot: languages its term map names

    def search(self, doc: Doc, wanted: Sequence[bool]) -> dict[int, list[Hit]]:
        """Hits per rule slot, for the slots where ``wanted[slot]`` is true."""
        tokens = doc.tokens
        found: dict[int, list[Hit]] = {}
        if not tokens or (self.surface is None and self.lemma is None):
            return found
        seen: set[tuple[int, int, str, int, int]] = set()
        urls = [i for i, t in enumerate(tokens) if t.kind is _URL]
        if self.surface is not None:
            self._scan(self.surface, _surface_stream(tokens), doc, wanted, urls, seen, found)
            compact = _compact_stream(tokens)
            if compact is not None:
                self._scan(self.surface, compact, doc, wanted, urls, seen, found)
        if self.lemma is not None:
            lemmas = _Stream([t.lemma or t.norm or "\x00" for t in tokens], None)
            self._scan(self.lemma, lemmas, doc, wanted, urls, seen, found)
        return found

    def _scan(
        self,
        automaton: _Automaton,
        stream: _Stream,
        doc: Doc,
        wanted: Sequence[bool],
        urls: list[int],
        seen: set[tuple[int, int, str, int, int]],
        found: dict[int, list[Hit]],
    ) -> None:
        language = doc.language
        payloads = automaton.payloads
        for end, number in automaton.automaton.iter(stream.text):
            key_len, n_units, entries = payloads[number]
            first, last = stream.tokens_of(end, key_len, n_units)
            has_url = bool(urls) and any(first <= u <= last for u in urls)
            for entry in entries:
                slot = entry.slot
                if not wanted[slot]:
                    continue
                if has_url and slot not in self.url_slots:
                    continue
                # A terms map never gates a term on the detected language (a guess, often wrong on
                # short posts: "Harlingen ferry disaster: coats 30% off" reads as Dutch); only a
                # single word that is a function word of the post's language is left alone.
                if first == last and entry.group >= 0 and entry.lang != language and is_false_friend(
                        doc.tokens[first].norm, language, entry.lang):
                    continue
                mark = (slot, entry.group, entry.term, first, last)
                if mark in seen:
                    continue
                seen.add(mark)
                found.setdefault(slot, []).append(Hit(entry.group, entry.term, first, last))


def keep_outermost(hits: Sequence[Hit]) -> list[Hit]:
    """Drop ``except`` hits and the hits they cover, then hits inside a longer hit.

    "bram stoker" listed under ``except`` silences "bram" inside it; "covid-19" wins over
    "covid" at the same place. O(n log n): a hostile post repeating a term 8,000 times used
    to cost seconds here with a pairwise scan.
    """
    if len(hits) == 1:  # the common case: one hit of one term
        return [] if hits[0].group == EXCEPT else [hits[0]]
    shields = sorted((h.first, h.last) for h in hits if h.group == EXCEPT)
    if shields:
        starts = [a for a, _ in shields]
        reach = list(itertools.accumulate((b for _, b in shields), max))  # furthest end so far

        def shielded(h: Hit) -> bool:
            i = bisect.bisect_right(starts, h.first)  # shields starting at or before the hit
            return i > 0 and reach[i - 1] >= h.last

        kept = [h for h in hits if h.group != EXCEPT and not shielded(h)]
    else:
        kept = list(hits)
    kept.sort(key=lambda h: (h.first, -(h.last - h.first)))
    out: list[Hit] = []
    if len(kept) <= 16:  # a normal post: the pairwise scan is cheapest
        for hit in kept:
            if not any(o.first <= hit.first and hit.last <= o.last and (o.first, o.last) != (hit.first, hit.last)
                       and o.group == hit.group for o in out):
                out.append(hit)
        return out
    # Per group: the furthest end of kept hits that start before the current start, and of
    # all kept hits. Sorted by start, a hit lies inside a kept one exactly when one of those
    # reaches its end (a different span; an identical span of another term is kept too).
    before: dict[int, int] = {}
    reach_all: dict[int, int] = {}
    current_first: int | None = None
    pending: dict[int, int] = {}
    for hit in kept:
        if hit.first != current_first:
            for group, last in pending.items():
                before[group] = max(before.get(group, -1), last)
            pending = {}
            current_first = hit.first
        group = hit.group
        if before.get(group, -1) >= hit.last or reach_all.get(group, -1) > hit.last:
            continue
        out.append(hit)
        reach_all[group] = max(reach_all.get(group, -1), hit.last)
        pending[group] = max(pending.get(group, -1), hit.last)
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
