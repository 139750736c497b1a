from __future__ import annotations

from datetime import datetime
from datetime import timedelta
from datetime import timezone

import pytest

from riskcheck.crisis import CrisisState
from riskcheck.policy import CrisisProfile
from riskcheck.policy import DecisionPolicy
from riskcheck.policy import decide
from riskcheck.policy import risk_of
from riskcheck.types import CheckState
from riskcheck.types import CheckStatus
from riskcheck.types import Decision
from riskcheck.types import Finding
from riskcheck.types import Severity

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


def finding(severity: str, category: str = "insensitive", score: float | None = None,
            waived: str | None = None) -> Finding:
    return Finding(f"pack/{severity}-{category}", "phrase", category, Severity(severity),
                   f"{severity} message", score=score, waived=waived)


@pytest.mark.parametrize(
    ("severities", "decision", "risk"),
    [
        ([], Decision.PASS, 0.0),
        (["info"], Decision.PASS, 0.1),
        (["review"], Decision.REVIEW, 0.5),
        (["review", "review"], Decision.REVIEW, 0.75),
        (["info", "block"], Decision.BLOCK, 1.0),
    ],
)
def test_severities_decide_and_weigh(severities: list[str], decision: Decision, risk: float) -> None:
    outcome = decide([finding(s) for s in severities], {"rules": CheckStatus.ran()})
    assert outcome.decision is decision
    assert outcome.risk == pytest.approx(risk)


def test_ml_score_scales_risk() -> None:
    assert risk_of([finding("review", score=0.5)], {"review": 0.5}) == pytest.approx(0.25)


def test_a_check_that_did_not_run_is_never_a_pass() -> None:
    outcome = decide([], {"rules": CheckStatus.ran(), "toxicity": CheckStatus.skipped("model missing")})
    assert outcome.decision is Decision.REVIEW
    assert outcome.reasons == ("check 'toxicity' did not run (skipped: model missing); a person must review",)


def test_timeout_counts_as_not_run() -> None:
    outcome = decide([], {"topics": CheckStatus(CheckState.TIMEOUT, "budget")})
    assert outcome.decision is Decision.REVIEW


def test_waived_findings_do_not_count() -> None:
    outcome = decide([finding("block", waived="approved by legal")], {})
    assert outcome.decision is Decision.PASS
    assert outcome.risk == 0.0


def test_policy_thresholds_from_config() -> None:
    strict = DecisionPolicy(Severity.REVIEW, Severity.INFO, {"block": 1.0, "review": 0.5, "info": 0.2})
    assert decide([finding("review")], {}, policy=strict).decision is Decision.BLOCK
    assert decide([finding("info")], {}, policy=strict).decision is Decision.REVIEW


def test_crisis_holds_posts_in_held_categories() -> None:
    crisis = CrisisState(True, "storm Bram", NOW - timedelta(hours=1), None, "alice")
    profile = CrisisProfile(frozenset({"promotion"}))
    held = decide([finding("info", "promotion")], {}, crisis=crisis, crisis_profile=profile, at=NOW)
    assert held.decision is Decision.HOLD
    assert held.reasons[0] == "crisis mode: storm Bram (post is in held categories: promotion)"
    plain = decide([finding("info", "brand-voice")], {}, crisis=crisis, crisis_profile=profile, at=NOW)
    assert plain.decision is Decision.PASS


def test_crisis_hold_all_and_until() -> None:
    crisis = CrisisState(True, "flood", NOW - timedelta(hours=1), NOW + timedelta(hours=1), "bob")
    profile = CrisisProfile(hold_all=True)
    assert decide([], {}, crisis=crisis, crisis_profile=profile, at=NOW).decision is Decision.HOLD
    after = NOW + timedelta(hours=2)
    assert decide([], {}, crisis=crisis, crisis_profile=profile, at=after).decision is Decision.PASS


def test_crisis_off_changes_nothing() -> None:
    outcome = decide([finding("info", "promotion")], {}, crisis=CrisisState(), at=NOW)
    assert outcome.decision is Decision.PASS


def test_riskcheck_yaml_parses_into_the_policy_types(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from riskcheck.rulebook import load_ruleset

    (tmp_path / "riskcheck.yaml").write_text(
        "packs: []\ndecision: {block_if_any: review, risk_weights: {info: 0.2}}\n"
        "crisis: {hold_categories: [promotion, tragedy], hold_all: true}\n", encoding="utf-8")
    config = load_ruleset(tmp_path).config
    assert config.decision == DecisionPolicy(Severity.REVIEW, Severity.REVIEW, {"block": 1.0, "review": 0.5, "info": 0.2})
    assert config.crisis == CrisisProfile(frozenset({"promotion", "tragedy"}), True)
