"""Abbreviations that end in a dot without ending a sentence ("Dr.", "e.g.", "o.a.", "d.w.z.").

Read from spaCy's tokenizer exceptions (``spacy/lang/<xx>/tokenizer_exceptions.py``) the way
``stopwords`` reads its stop words: the file's string literals are parsed with ``ast``, no code
runs and spaCy itself is not imported (that costs 1.5-3 s and ~200 MB for a word list). The
sentence splitter asks only at a ``.`` followed by white space, and the lists load once per
language (about 40 ms; ``warm()`` moves that to service start), so the check path never pays.

Which entries count: English uses spaCy's list as is (titles, months, states, "e.g.", "a.m.").
The Dutch list also holds legal shorthand that is an everyday word too ("best.", "dat.",
"top."), so only entries with an inner dot ("o.a.", "d.w.z.", "m.b.t.") or without a vowel
("dhr.", "blz.", "mr.") count there: a sentence that ends in "dat." still ends.
"""

from __future__ import annotations

import ast
import functools
import re

from riskcheck.normalize.stopwords import spacy_lang_dir

__all__ = ["abbreviations", "is_abbreviation", "warm"]

_ENTRY = re.compile(r"[^\W\d_][\w.]*\.")
_VOWELS = frozenset("aeiouyáéíóúàèëïöüâêîôû")
LANGUAGES = ("en", "nl")


def _keep(entry: str, language: str) -> bool:
    if language != "nl":
        return True
    stem = entry[:-1]
    return "." in stem or not (_VOWELS & set(stem.lower()))


@functools.lru_cache(maxsize=16)
def abbreviations(language: str) -> frozenset[str]:
    """The dotted abbreviations of ``language`` (as written, dot included); empty if unknown."""
    if language not in LANGUAGES:
        return frozenset().union(*(abbreviations(code) for code in LANGUAGES)) if language == "und" else frozenset()
    root = spacy_lang_dir()
    if root is None:
        return frozenset()
    try:
        tree = ast.parse((root / language / "tokenizer_exceptions.py").read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return frozenset()
    found = {node.value for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str) and _ENTRY.fullmatch(node.value)}
    return frozenset(entry for entry in found if _keep(entry, language))


@functools.lru_cache(maxsize=16)
def _folded(language: str) -> frozenset[str]:
    """Dutch entries compare case-insensitively ("O.a." opens a sentence); English ones as written."""
    if language == "en":
        return frozenset()
    return frozenset(entry.lower() for entry in abbreviations(language) if language == "nl" or "." in entry[:-1])


def is_abbreviation(text: str, language: str) -> bool:
    """Whether ``text`` (a word run ending in ".") is a known abbreviation in ``language``."""
    return text in abbreviations(language) or text.lower() in _folded(language)


def warm(languages: tuple[str, ...] = LANGUAGES) -> None:
    """Read the lists now (service start) rather than in the first check that splits sentences."""
    for language in languages:
        _folded(language)
        abbreviations(language)
