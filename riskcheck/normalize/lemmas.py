"""Lemmas for English and Dutch from spaCy's lookup tables, plus a Dutch fallback.

Why lemmas: a rule with ``lemma: true`` must match ``die``/``died``/``dying``/``dies`` and
``sterven``/``stierf``/``gestorven``/``sterft`` with one term. Why lookup tables: they are the
data spaCy's ``lookup`` lemmatizer uses (``spacy.blank(lang)`` + ``lemmatizer`` in ``lookup``
mode reads exactly ``spacy_lookups_data/data/<lang>_lemma_lookup.json.gz``), need no POS tagger
and cost one dict lookup per token. We read those files directly (``importlib.resources``)
instead of importing spaCy, which would add seconds of import time to the first check; the
result is the same table, loaded once per language and fully offline.

Dutch forms the lookup table misses (``kwam``, ``werkte``, ``gezocht``, ``kinderen``) are
resolved, in order, by: a small explicit table of our own; spaCy's Dutch verb exceptions
(``nl_lemma_exc``: ``werkte`` -> ``werken``); the word itself when the lookup table maps other
forms to it (``werken``, ``sterven``); the other exceptions (``wapens`` -> ``wapen``); the word
itself when spaCy's lemma index lists it; ``ge-...-d/t`` participles; spaCy's Dutch suffix
rules (``nl_lemma_rules``) plus a few of our own, a candidate accepted only if it is a known
lemma. Known limit: plurals that double as verbs in the tables (``huizen``, ``katten``) stay
unchanged. English uses
the lookup table with a few corrections (``dying`` -> ``die``, not ``dye``). Every other language
(and ``und``) leaves the norm unchanged.

Keys and values are folded with ``riskcheck.normalize.text.fold`` so they compare with token norms.
Lemmas are filled eagerly by ``riskcheck.normalize.pipeline.normalize``: after the table is loaded a lemma is
one cached dict lookup (see ``benchmarks/bench_text.py``); call ``warm()`` at start-up to move the
~0.5 s table load out of the first check.
"""

from __future__ import annotations

import functools
import gzip
import json
import sys
import threading
from collections.abc import Callable
from importlib import resources
from typing import Any

from riskcheck.normalize.text import fold

__all__ = ["SUPPORTED", "identity", "known_forms", "lemma", "lemmatizer", "warm"]

SUPPORTED = ("en", "nl")

# Corrections and additions we own. English: the lookup table maps "dying" to "dye" and the
# possessive "'s" to "have". Dutch: common strong/irregular forms the tables lack or map oddly.
_OVERRIDES: dict[str, dict[str, str]] = {
    "en": {
        "dying": "die",
        "'s": "'s",
        "news": "news",
    },
    "nl": {
        "sterf": "sterven",
        "stierf": "sterven",
        "stierven": "sterven",
        "gestorven": "sterven",
        "sterft": "sterven",
        "overleed": "overlijden",
        "overleden": "overlijden",
        "overlijdt": "overlijden",
        "kwam": "komen",
        "kwamen": "komen",
        "gekomen": "komen",
        "omkwam": "omkomen",
        "omkwamen": "omkomen",
        "vermoordde": "vermoorden",
        "vermoordden": "vermoorden",
        "schoot": "schieten",
        "schoten": "schieten",
        "doodgeschoten": "doodschieten",
        "gedood": "doden",
        "doodde": "doden",
        "doodden": "doden",
        "dood": "doden",
        "was": "zijn",
        "waren": "zijn",
        "kinderen": "kind",
        "doden": "doden",
    },
}

# Extra Dutch suffix rules (suffix, replacement) tried after spaCy's, e.g. "huizen" -> "huis",
# "brieven" -> "brief", "katten" -> "kat". A candidate is used only if it is a known lemma.
_NL_EXTRA_RULES: tuple[tuple[str, str], ...] = (
    ("zen", "s"),
    ("ven", "f"),
    ("eren", ""),
    ("tten", "t"),
    ("nnen", "n"),
    ("llen", "l"),
    ("mmen", "m"),
    ("ppen", "p"),
    ("ggen", "g"),
    ("ffen", "f"),
    ("dden", "d"),
)
_POS_ORDER = ("verb", "noun", "adj", "adv", "adp", "det", "pron", "num")
_CACHE_LIMIT = 200_000


class _Lemmatizer:
    """Lemmas for one language; built once, then a cached lookup per word."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.lookup: dict[str, str] = {}
        for key, value in _read_table(language, "lemma_lookup").items():
            fk = fold(key)
            if fk not in self.lookup or fk == key:  # an exact (already folded) key wins
                self.lookup[fk] = sys.intern(fold(value))  # ~110k lemmas shared by 213k forms
        self.lookup.update(_OVERRIDES.get(language, {}))
        self.verb_exceptions: dict[str, str] = {}
        self.exceptions: dict[str, str] = {}  # other parts of speech, in _POS_ORDER
        self.known: frozenset[str] = frozenset()  # spaCy's lemma index + lookup values
        self.targets: frozenset[str] = frozenset()  # lookup values: certainly lemmas
        self.rules: tuple[tuple[str, str], ...] = ()
        if language == "nl":
            self._load_dutch_fallback(fold)
        self._cache: dict[str, str] = {}  # plain dict: item writes are atomic under the GIL

    def _load_dutch_fallback(self, fold: Callable[[str], str]) -> None:
        exc = _read_table("nl", "lemma_exc")
        for pos in _POS_ORDER:
            table = self.verb_exceptions if pos == "verb" else self.exceptions
            for form, lemmas in exc.get(pos, {}).items():
                if lemmas:
                    table.setdefault(fold(form), fold(lemmas[0]))
        index = _read_table("nl", "lemma_index")
        known = {sys.intern(fold(w)) for words in index.values() for w in words}
        self.targets = frozenset(self.lookup.values())
        self.known = frozenset(known | self.targets)
        rules: list[tuple[str, str]] = []
        spacy_rules = _read_table("nl", "lemma_rules")
        for pos in ("verb", "noun", "adj"):
            rules.extend((old, new) for old, new in spacy_rules.get(pos, []) if old)
        rules.extend(_NL_EXTRA_RULES)
        # Longest suffix first, so "heden" -> "heid" is tried before "en" -> "".
        self.rules = tuple(sorted(rules, key=lambda r: -len(r[0])))

    def function(self) -> Callable[[str], str]:
        """A plain closure over the dicts: called once per token, so no attribute look-ups."""
        get = self.lookup.get
        cached = self._cache.get
        slow = self._slow

        def lemma_of(norm: str) -> str:
            found = get(norm)
            if found is None:
                found = cached(norm)
                if found is None:
                    found = slow(norm)
            return found

        return lemma_of

    def _slow(self, norm: str) -> str:
        result = self._fallback(norm) if self.language == "nl" else norm
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[norm] = result
        return result

    def _fallback(self, word: str) -> str:
        if len(word) < 2 or not word.isalpha():
            return word
        verb = self.verb_exceptions.get(word)
        # werkte -> werken, is -> zijn; but a known word that the verb table only lengthens
        # into an infinitive (wapen -> wapenen, huis -> huizen) is a noun first: keep it.
        lengthens = verb is not None and len(verb) > len(word) and verb.startswith(word[:-1])
        if verb is not None and not (lengthens and word in self.known):
            return verb
        if word in self.targets:  # werken, sterven: the table maps other forms to it
            return word
        other = self.exceptions.get(word)
        if other is not None:  # wapens -> wapen, mooie -> mooi
            return other
        if word in self.known:  # listed in spaCy's Dutch lemma index
            return word
        if word.startswith("ge") and len(word) > 5:
            stem = word[2:]
            if stem in self.known:  # gegaan -> gaan
                return stem
            if stem[-1] in "dt" and stem[:-1] + "en" in self.known:  # gewerkt -> werken
                return stem[:-1] + "en"
        for old, new in self.rules:
            if word.endswith(old) and len(word) - len(old) >= 2:
                candidate = word[: len(word) - len(old)] + new
                if candidate in self.known:
                    return candidate
        return word


def _read_table(language: str, name: str) -> Any:
    path = resources.files("spacy_lookups_data") / "data" / f"{language}_{name}.json.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return json.load(f)


_LEMMATIZERS: dict[str, Callable[[str], str]] = {}
_TABLES: dict[str, _Lemmatizer] = {}
_BUILD_LOCK = threading.Lock()


def identity(norm: str) -> str:
    """The lemma function of languages without a table: the norm itself."""
    return norm


def lemmatizer(language: str) -> Callable[[str], str]:
    """The lemma function for ``language`` (identity for unsupported languages and ``und``).

    Thread-safe; the table for a language is loaded on first use and shared afterwards.
    """
    found = _LEMMATIZERS.get(language)
    if found is not None:
        return found
    if language not in SUPPORTED:
        return identity
    with _BUILD_LOCK:
        found = _LEMMATIZERS.get(language)
        if found is None:
            table = _Lemmatizer(language)
            _TABLES[language] = table
            found = table.function()
            _LEMMATIZERS[language] = found
    return found


@functools.lru_cache(maxsize=4)
def known_forms(language: str) -> frozenset[str]:
    """Every folded word form the language's table knows (its forms and lemmas): a word list for
    splitting glued words (``#grenzendicht``); empty for languages without a table."""
    if language not in SUPPORTED:
        return frozenset()
    lemmatizer(language)
    table = _TABLES[language]
    return frozenset(table.lookup) | frozenset(table.lookup.values()) | table.known


def lemma(norm: str, language: str) -> str:
    """The folded lemma of a folded token norm: ``lemma("stierf", "nl") == "sterven"``."""
    return lemmatizer(language)(norm)


def warm(languages: tuple[str, ...] = SUPPORTED) -> None:
    """Load the tables now (service start-up) rather than in the first check."""
    for language in languages:
        lemmatizer(language)
