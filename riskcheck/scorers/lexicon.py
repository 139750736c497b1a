"""Wordlist signals for the default toxicity scorer, in English and Dutch.

Sentence embeddings trained on English tweets transfer to Dutch meaning, but not
to every Dutch swear word or slur; the lexicon closes that gap and gives the
classifier head a language-independent feature ("contains a slur"). Matching is
on whole words (no Scunthorpe problem) after de-obfuscation, so ``1d10t`` and
``k.a.n.k.e.r`` count. Terms ending in ``*`` match Dutch compounds (``kanker*``), terms
starting with ``*`` their second half (``*debiel`` -> ``kutdebiel``); medical words built on
``kanker`` (``kankeronderzoek``, ``kankerpatient``) are ordinary words and never match.
Insults and slurs of five letters or more also match with two neighbouring letters
swapped (``idoit``); a swap rarely makes another word, unlike a dropped letter
(``moron`` -> ``moon``), so deletions are not matched.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from riskcheck.scorers.obfuscation import deobfuscate, fold

CATEGORIES = ("insult", "slur", "threat", "obscene", "sexual")
SWAPPED = ("insult", "slur")
# Swap variants that are ordinary words.
SWAP_EXCEPTIONS = frozenset({"untied", "trail", "trial", "being", "enger", "engers", "negre", "debile", "conos",
                             "makka"})
# What a starred word most likely hides, before any other listed word of that shape.
_STAR_PREFERRED = ("fuck", "shit", "bitch", "cunt", "dick", "ass", "idiot", "kut", "kanker", "hoer", "lul")
_WORD = re.compile(r"\b[^\W\d_]{5,}\b")
_STARRED = re.compile(r"\b[^\W\d_]+(?:\*+[^\W\d_]+)+\b")
# Compounds of a curse prefix that are ordinary (medical) words: "kankeronderzoek", "tyfusvaccin".
_NOT_CURSE = re.compile(r"^(?:kanker|tyfus|tering)(?:onderzoek\w*|patient\w*|bestrijding|fonds\w*|cel|cellen|"
                        r"behandeling\w*|risico\w*|soort\w*|vorm\w*|zorg|preventie|centr\w+|afdeling\w*|"
                        r"specialist\w*|verwekkend\w*|screening\w*|diagnose\w*|vrij\w*|gezwel\w*|medicij\w+|"
                        r"dag|week|run|lijder\w*|ziekenh\w+|instituut|registratie|sterfte|overlevend\w*|"
                        r"genezing|vaccin\w*|bestrijders?|onderzoekers?|cellen|ziekte|bacterie\w*|epidemie\w*)$")
_TOKEN = re.compile(r"[^\W_]+(?:['*][^\W_]+)*\*?")


def words(text: str) -> list[str]:
    """Folded, de-obfuscated word tokens (apostrophes and inner ``*`` kept)."""
    return list(_words(text))


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """Cached: the scorer reads a sentence's words for its lexicon hits and again for its addressee."""
    text = fold(deobfuscate(text)).replace("\u2019", "'").replace("`", "'")
    return tuple(_TOKEN.findall(text))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Per category: exact terms (one or more words) and compound prefixes."""

    terms: dict[str, frozenset[str]]
    prefixes: dict[str, tuple[str, ...]]
    max_words: int
    index: dict[str, tuple[str, ...]]        # term -> categories, built from ``terms``
    all_prefixes: tuple[str, ...]
    variants: dict[str, str]                 # swapped-letter spelling -> the listed word
    suffixes: dict[str, tuple[str, ...]] = field(default_factory=dict)   # "*debiel" -> ends a compound
    # Derived in __post_init__ so ``hits`` stops early: every leading run of words of a
    # multi-word term ("go" and "go back" for "go back to") and every compound ending of any category.
    leading_words: frozenset[str] = field(init=False, repr=False, compare=False)
    all_suffixes: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        leading = {" ".join(term.split()[:n]) for term in self.index if " " in term
                   for n in range(1, len(term.split()))}
        object.__setattr__(self, "leading_words", frozenset(leading))
        object.__setattr__(self, "all_suffixes", tuple(sorted({e for es in self.suffixes.values() for e in es})))

    @classmethod
    def from_mapping(cls, data: dict[str, list[str]]) -> Lexicon:
        terms: dict[str, frozenset[str]] = {}
        prefixes: dict[str, tuple[str, ...]] = {}
        suffixes: dict[str, tuple[str, ...]] = {}
        longest = 1
        for category in CATEGORIES:
            raw = data.get(category, [])
            suffixes[category] = tuple(sorted(" ".join(words(t[1:])) for t in raw if t.startswith("*") and len(t) > 4))
            entries = [" ".join(words(t.rstrip("*"))) + ("*" if t.endswith("*") else "") for t in raw
                       if not t.startswith("*")]
            exact = {e for e in entries if e and not e.endswith("*")}
            terms[category] = frozenset(exact)
            prefixes[category] = tuple(sorted(e[:-1] for e in entries if e.endswith("*") and len(e) > 3))
            longest = max([longest, *(len(e.split()) for e in exact)])
        index: dict[str, list[str]] = {}
        for category, entries_ in terms.items():
            for term in entries_:
                index.setdefault(term, []).append(category)
        variants: dict[str, str] = {}
        for category in SWAPPED:
            for term in terms[category]:
                if " " in term or len(term) < 5:
                    continue
                for i in range(len(term) - 1):
                    if term[i] != term[i + 1]:
                        variant = term[:i] + term[i + 1] + term[i] + term[i + 2:]
                        if variant not in index and variant not in SWAP_EXCEPTIONS:
                            index.setdefault(variant, []).append(category)
                            variants.setdefault(variant, term)
        all_prefixes = tuple(sorted({p for ps in prefixes.values() for p in ps}))
        return cls(terms, prefixes, longest, {t: tuple(c) for t, c in index.items()}, all_prefixes, variants,
                   suffixes)

    def canonical(self, text: str) -> str:
        """The text with starred and letter-swapped listed words spelled out, for the encoder."""
        text = self.unstar(text)
        if not self.variants:
            return text
        return _WORD.sub(lambda m: self.variants.get(m.group(0).casefold(), m.group(0)), text)

    def unstar(self, text: str) -> str:
        """Replace ``f*ck``-style words by the listed word they stand for (for the encoder)."""
        if "*" not in text:
            return text

        def replace(match: re.Match[str]) -> str:
            pattern = re.compile("^" + re.escape(match.group(0).casefold()).replace(r"\*", "[a-z]{1,3}") + "$")
            for term in _STAR_PREFERRED:
                if pattern.match(term) and term in self.index:
                    return term
            candidates = sorted((len(t), t) for c in CATEGORIES for t in self.terms[c] if " " not in t and pattern.match(t))
            return candidates[0][1] if candidates else match.group(0)

        return _STARRED.sub(replace, text)

    @classmethod
    def from_file(cls, path: Path) -> Lexicon:
        return cls.from_mapping(json.loads(path.read_text(encoding="utf-8"))["categories"])

    def hits(self, text: str) -> dict[str, list[str]]:
        """Matched terms per category, in text order (a term may repeat)."""
        tokens = words(text)
        found: dict[str, list[str]] = {c: [] for c in CATEGORIES}
        index = self.index
        leading = self.leading_words
        for i, token in enumerate(tokens):
            for category in index.get(token, ()):
                found[category].append(token)
            gram = token
            for n in range(2, min(self.max_words, len(tokens) - i) + 1):
                if gram not in leading:  # no listed term starts with these words
                    break
                gram = f"{gram} {tokens[i + n - 1]}"
                for category in index.get(gram, ()):
                    found[category].append(gram)
            if "*" in token:
                pattern = re.compile("^" + re.escape(token).replace(r"\*", "[a-z]{1,3}") + "$")
                for category in CATEGORIES:
                    found[category].extend(t for t in self.terms[category] if " " not in t and pattern.match(t))
            if self.all_prefixes and token.startswith(self.all_prefixes) and not _NOT_CURSE.match(token):
                for category in CATEGORIES:
                    if token.startswith(self.prefixes[category]) and token not in self.terms[category]:
                        found[category].append(token)
            if not (self.all_suffixes and token.endswith(self.all_suffixes)):
                continue
            for category, endings in self.suffixes.items():
                if endings and token.endswith(endings) and token not in endings and token not in self.terms[category]:
                    found[category].append(token)
        return found

    def features(self, text: str) -> list[float]:
        """``log1p(count)`` per category, the head's lexicon inputs (order = ``CATEGORIES``)."""
        import math

        hits = self.hits(text)
        return [math.log1p(len(hits[c])) for c in CATEGORIES]
