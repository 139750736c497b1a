"""Regular expressions compiled on first use (``lazy_regex``)."""

from __future__ import annotations

import re

import pytest

from riskcheck.scorers import lazy_regex
from riskcheck.scorers.lazy_regex import LazyPattern


def test_a_lazy_pattern_answers_like_the_compiled_one() -> None:
    lazy = LazyPattern(r"\b(?:rats?|vermin)\b", re.IGNORECASE)
    assert lazy._compiled is None                      # nothing compiled at construction
    eager = re.compile(lazy.pattern, re.IGNORECASE)
    text = "Those RATS, vermin all of them; a rat."
    assert lazy.search(text).span() == eager.search(text).span()  # type: ignore[union-attr]
    assert lazy.match("rats!") is not None and lazy.fullmatch("vermin") is not None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("X", text) == eager.sub("X", text)
    assert lazy.sub(lambda m: m.group(0).upper(), text, 1) == eager.sub(lambda m: m.group(0).upper(), text, 1)
    assert lazy._compiled is not None


def test_a_broken_pattern_fails_when_first_used_not_silently() -> None:
    broken = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("anything")


def test_compile_all_compiles_every_shipped_pattern() -> None:
    """Every lazy pattern of the toxicity layers compiles (a typo would otherwise surface on a request)."""
    from riskcheck.scorers import toxicity_patterns, toxicity_usem3  # noqa: F401 - imports every layer

    lazy_regex._ALL[:] = [p for p in lazy_regex._ALL if p.pattern != r"(unclosed"]   # the broken one above
    count = lazy_regex.compile_all()
    assert count >= len(toxicity_patterns.SHAPES)
    assert all(shape.pattern._compiled is not None for shape in toxicity_patterns.SHAPES)
