"""Hostile post shapes stay cheap and tokenise correctly (issue 9).

Speed itself is measured in ``benchmarks/bench_hostile.py`` (doubling ratios); these tests pin
the repros at their reported sizes, so a quadratic regression turns this file from
milliseconds into minutes, and they check the tokenizer's invariants on every corpus shape.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from riskcheck.checker import Checker
from riskcheck.rulebook import load_ruleset
from riskcheck.normalize.pipeline import normalize
from riskcheck.normalize.text import tokenize
from riskcheck.types import Decision
from riskcheck.types import Post
from hostile_shapes import SHAPES

RULES = Path(__file__).resolve().parents[1] / "rules"
AT = datetime.fromisoformat("2026-11-24T10:00:00+01:00")


def _norms(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


@pytest.mark.parametrize("run", [" " * 12_000, "\n" * 20_000, "\u200e" * 12_000, "\u2066" * 12_000,
                                 "\u200b" * 12_000, "\u0301" * 12_000])
def test_trailing_run_adds_no_token(run: str) -> None:
    # Issue 9 repro: "hello world" + 12,000 spaces took 23 s; 20,000 newlines 57 s.
    assert _norms("hello world" + run) == ["hello", "world"]


def test_spaces_before_a_url() -> None:
    # Issue 9 repro: one CSV cell with 8,000 spaces before a URL stalled the hook for 11.7 s.
    assert _norms("see" + " " * 8_000 + "https://example.com/x") == ["see", "https://example.com/x"]


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_hostile_shape_tokens_slice_the_original(name: str) -> None:
    text = SHAPES[name](20_000)
    doc = normalize(text)
    previous_end = 0
    for t in doc.tokens:
        assert t.text == text[t.start : t.end]
        assert previous_end <= t.start < t.end
        assert t.norm and not any(c.isspace() for c in t.norm)
        previous_end = t.end
    assert [t.norm for t in doc.tokens[:2]] == ["hello", "world"]


@pytest.mark.parametrize("text", ["Back \u0301to school", "\u0301Back to school", "Back to\u0301 school",
                                  "Back \u200e\u0301 to \u0308\u0301school", "\U0001f525\u0301 back to school"])
def test_combining_mark_attaches_to_the_preceding_character(text: str) -> None:
    assert [n for n in _norms(text) if n != "\U0001f525"] == ["back", "to", "school"]


def test_combining_mark_after_a_space_still_blocks() -> None:
    # Issue 9 repro: one mark after a space turned block into review.
    checker = Checker(load_ruleset(RULES), scorers={})
    clean = checker.check(Post("Back to school savings on rifles and ammo this week!", scheduled_at=AT))
    marked = checker.check(Post("Back \u0301to school savings on rifles and ammo this week!", scheduled_at=AT))
    assert clean.decision is Decision.BLOCK
    assert marked.decision is Decision.BLOCK
    assert {f.rule_id for f in marked.findings} == {f.rule_id for f in clean.findings}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_rules_only_check_of_a_hostile_post_completes(name: str) -> None:
    checker = _rules_only()
    verdict = checker.check(Post(SHAPES[name](20_000), scheduled_at=AT))
    assert verdict.decision in set(Decision)


_CHECKER: list[Checker] = []


def _rules_only() -> Checker:
    if not _CHECKER:
        _CHECKER.append(Checker(load_ruleset(RULES), scorers={}))
    return _CHECKER[0]
