"""Applicability (language, active window, scope), contract examples, and the examples helper."""

from __future__ import annotations

from datetime import datetime
from datetime import timezone
from pathlib import Path

import pytest

from riskcheck.rulebook import iter_examples
from riskcheck.rulebook import load_ruleset
from riskcheck.rulebook.examples import is_flagged
from riskcheck.normalize.pipeline import normalize
from riskcheck.types import Post
from rulebook_helpers import findings
from rulebook_helpers import load
from rulebook_helpers import pack
from test_rulebook_load import CONTRACT

WINDOWED = pack("""
- id: storm
  kind: phrase
  category: current-event
  severity: block
  message: m
  active: {from: 2026-11-20, until: 2026-12-15}
  terms: [storm]
- id: precise
  kind: phrase
  category: c
  severity: review
  message: m
  active: {from: "2026-11-20T09:00:00+00:00", until: 2026-11-20T10:00:00Z}
  terms: [storm]
- id: english
  kind: phrase
  category: c
  severity: review
  message: m
  languages: [en]
  terms: [storm]
- id: acme-x
  kind: phrase
  category: c
  severity: review
  message: m
  applies_to: {brands: [ACME], channels: [x]}
  terms: [storm]
""", "pack: p\ntimezone: Europe/Amsterdam\n")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(("at", "expected"), [
    ("2026-11-19T23:59:59+01:00", False),   # before the first day in Amsterdam
    ("2026-11-19T23:00:00+00:00", True),    # = 00:00 on the 20th in Amsterdam
    ("2026-12-15T23:59:59+01:00", True),    # until is inclusive of its day
    ("2026-12-16T00:00:00+01:00", False),
])
def test_active_window_in_pack_timezone(root: Path, at: str, expected: bool) -> None:
    ruleset = load(root, {"p.yaml": WINDOWED})
    got = "p/storm" in [f.rule_id for f in findings(ruleset, "storm", at=_at(at))]
    assert got is expected


@pytest.mark.parametrize(("at", "expected"), [
    ("2026-11-20T08:59:59+00:00", "scheduled"), ("2026-11-20T09:30:00+00:00", "active"),
    ("2026-11-20T10:00:00+00:00", "active"), ("2026-11-20T10:00:01+00:00", "expired"),
])
def test_status_at_with_datetimes(root: Path, at: str, expected: str) -> None:
    rule = load(root, {"p.yaml": WINDOWED}).get("p/precise")
    assert rule.status_at(_at(at)) == expected


def test_language_limited_rule_is_skipped_and_reported(root: Path) -> None:
    ruleset = load(root, {"p.yaml": WINDOWED})
    at = _at("2026-11-21T12:00:00+00:00")
    result = ruleset.match(normalize("storm", "nl"), Post("storm", scheduled_at=at, language="nl"))
    assert ([f.rule_id for f in result.findings], result.skipped) == (["p/storm"], [("p/english", "language nl not in [en]")])


@pytest.mark.parametrize(("brand", "channel", "expected"), [
    ("acme", "X", True), ("ACME", "x", True), ("other", "x", False), ("acme", None, False), (None, None, False),
])
def test_scope(root: Path, brand: str | None, channel: str | None, expected: bool) -> None:
    ruleset = load(root, {"p.yaml": WINDOWED})
    got = "p/acme-x" in [f.rule_id for f in findings(ruleset, "storm", brand=brand, channel=channel)]
    assert got is expected


def test_now_is_used_without_scheduled_at(root: Path) -> None:
    ruleset = load(root, {"p.yaml": WINDOWED})
    got = {f.rule_id for f in findings(ruleset, "storm", at=None)}
    now = datetime.now(timezone.utc)
    assert ("p/storm" in got) is (ruleset.get("p/storm").status_at(now) == "active")
    assert "p/english" in got


def test_contract_examples_behave_as_they_say() -> None:
    ruleset = load_ruleset(CONTRACT)
    outcomes = [(case.name, is_flagged(ruleset, case)) for case in iter_examples(ruleset)]
    text_cases = [(name, got) for name, got in outcomes if got is not None]
    wrong = [name for (name, got), case in zip(outcomes, iter_examples(ruleset)) if got is not None and got != case.flag]
    assert (len(text_cases), wrong) == (26, [])


def test_example_posts_sit_inside_window_and_scope() -> None:
    ruleset = load_ruleset(CONTRACT)
    cases = {case.name: case for case in iter_examples(ruleset)}
    storm = cases["current-events/storm-bram flag[0]"]
    assert (storm.expect, storm.post.scheduled_at, storm.post.channel) == (
        "flag", _at("2026-11-20T00:00:00+01:00"), None)
    ad = cases["brand-voice/ad-disclosure pass[0]"]
    assert (ad.expect, ad.post.channel, ad.post.scheduled_at) == ("pass", "instagram", None)


def test_the_issue_acceptance_post() -> None:
    ruleset = load_ruleset(CONTRACT)
    text = "#TriviaTuesday: the back of the plane has the lowest fatality rate"
    found = findings(ruleset, text, at=_at("2026-11-24T10:00:00+01:00"), language=None)
    assert [(f.rule_id, f.severity.value, [(s.start, s.end, s.text) for s in f.spans]) for f in found] == [
        ("insensitive/trivia-death", "block", [(0, 14, "#TriviaTuesday"), (53, 61, "fatality")]),
    ]


def test_window_text_is_what_the_editor_wrote(root: Path) -> None:
    ruleset = load(root, {"p.yaml": WINDOWED})
    assert [r.window_text() for r in ruleset.rules] == [
        "2026-11-20 – 2026-12-15 Europe/Amsterdam", "2026-11-20T09:00:00+00:00 – 2026-11-20T10:00:00+00:00", "", "",
    ]


def test_naive_moment_is_read_as_utc(root: Path) -> None:
    rule = load(root, {"p.yaml": WINDOWED}).get("p/precise")
    assert [rule.status_at(datetime(2026, 11, 20, h, 30)) for h in (8, 9, 10)] == ["scheduled", "active", "expired"]


def test_example_scope_is_the_first_brand_and_channel_as_written(root: Path) -> None:
    ruleset = load(root, {"p.yaml": pack("""
        - id: r
          kind: phrase
          category: c
          severity: review
          message: m
          terms: [a]
          applies_to: {brands: [Zeta, Acme], channels: [TikTok, Instagram]}
          examples: {flag: [a]}
    """)})
    post = next(iter(iter_examples(ruleset))).post
    assert (post.brand, post.channel) == ("Zeta", "tiktok")
