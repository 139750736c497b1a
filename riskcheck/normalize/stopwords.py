"""Function-word lists per language, read from spaCy's data files without importing spaCy.

Importing ``spacy`` costs 1.5-3 s; the lists themselves are plain word strings in
``spacy/lang/<xx>/stop_words.py``. We parse that file's string literals with ``ast`` (no code
is executed) and cache the result, so the first Dutch post does not stall a service worker.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
from pathlib import Path


def spacy_lang_dir() -> Path | None:
    """spaCy's per-language data folder, found without importing spaCy (its import costs ~270 MB)."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "lang"


@functools.lru_cache(maxsize=32)
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words for ``language`` (lower case), or an empty set when it has none."""
    root = spacy_lang_dir()
    if root is None or not language.isalpha():
        return frozenset()
    path = root / language / "stop_words.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return frozenset()
    words: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "STOP_WORDS"
                                                for t in node.targets):
            for literal in ast.walk(node.value):
                if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                    words.update(literal.value.split())
    return frozenset(w.lower() for w in words)
