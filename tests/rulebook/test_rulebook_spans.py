"""Property: whatever surrounds a match (accents, combining marks, emoji, other scripts),
a finding's span slices the original text to exactly the matched words."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from riskcheck.rulebook import RuleSet
from riskcheck.rulebook import load_ruleset
from riskcheck.rulebook.context import fold_accents
from riskcheck.normalize.text import fold
from riskcheck.normalize.pipeline import normalize
from riskcheck.types import Post

PACK = r"""
pack: p
rules:
  - {id: word, kind: phrase, category: c, severity: review, message: m, terms: [storm bram, café]}
  - {id: regex, kind: pattern, category: c, severity: review, message: m, regex: '(?i)\bcafe\b'}
"""


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "p.yaml").write_text(PACK, encoding="utf-8")
        return load_ruleset(Path(folder))


noise = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
needles = st.sampled_from(["Storm Bram", "STORM BRAM", "storm  bram", "café", "CAFÉ", "cafe\u0301", "Cafe"])


@settings(max_examples=300, deadline=None)
@given(noise, needles, noise)
def test_spans_are_exact_words(ruleset: RuleSet, before: str, needle: str, after: str) -> None:
    text = f"{before} {needle} {after}"
    found = ruleset.match(normalize(text, "en"), Post(text)).findings
    for finding in found:
        for span in finding.spans:
            assert text[span.start:span.end] == span.text
            words = " ".join(fold(span.text).split())
            if finding.rule_id == "p/regex":
                assert fold_accents(span.text)[0].lower() == "cafe"
            else:
                assert words in ("storm bram", "cafe")
    # the needle itself, standing alone between spaces, is always found by the phrase rule
    assert any(f.rule_id == "p/word" and any(s.start == len(before) + 1 for s in f.spans) for f in found)
