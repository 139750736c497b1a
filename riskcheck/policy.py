"""Policy: findings and check statuses become one decision, a risk score and the reasons.

Pure function of its inputs, so the CLI, the service and the waiver path all decide the
same way. The scale, documented once here:

* ``risk`` = 1 - prod(1 - weight(severity) * strength) over the counted findings, where
  ``strength`` is the ML score for model findings (1.0 for rule matches) and the weights come
  from ``decision.risk_weights`` in riskcheck.yaml (default block 1.0, review 0.5, info 0.1).
  A post with no findings has risk 0.0; one block finding has risk 1.0.
* decision: ``block`` if any counted finding's severity is at least ``block_if_any``;
  ``review`` if any is at least ``review_if_any`` or any needed check did not run;
  else ``pass``. Crisis mode then turns a post into ``hold`` when the crisis is in force at the
  post's publish time and the post matches the crisis profile (``hold_all``, or a finding in
  ``hold_categories``).
* Waived findings stay in the verdict (marked) but do not count.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime

from riskcheck.crisis import CrisisState
from riskcheck.types import CheckStatus
from riskcheck.types import Decision
from riskcheck.types import Finding
from riskcheck.types import Severity

DEFAULT_RISK_WEIGHTS: Mapping[str, float] = {"block": 1.0, "review": 0.5, "info": 0.1}


@dataclass(frozen=True, slots=True)
class DecisionPolicy:
    """The ``decision:`` section of riskcheck.yaml (parsed by ``riskcheck.rulebook.config``)."""

    block_if_any: Severity = Severity.BLOCK
    review_if_any: Severity = Severity.REVIEW
    risk_weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_RISK_WEIGHTS))


@dataclass(frozen=True, slots=True)
class CrisisProfile:
    """The ``crisis:`` section of riskcheck.yaml: which posts crisis mode holds (parsed there too)."""

    hold_categories: frozenset[str] = frozenset({"promotion"})
    hold_all: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    decision: Decision
    risk: float
    reasons: tuple[str, ...]


def risk_of(findings: Sequence[Finding], weights: Mapping[str, float]) -> float:
    keep = 1.0
    for finding in findings:
        strength = 1.0 if finding.score is None else max(0.0, min(1.0, finding.score))
        weight = max(0.0, min(1.0, float(weights.get(finding.severity.value, 0.0))))
        keep *= 1.0 - weight * strength
    return max(0.0, min(1.0, 1.0 - keep))


def decide(
    findings: Sequence[Finding],
    checks: Mapping[str, CheckStatus],
    *,
    policy: DecisionPolicy | None = None,
    crisis: CrisisState | None = None,
    crisis_profile: CrisisProfile | None = None,
    at: datetime | None = None,
) -> Outcome:
    """Turn findings and check statuses into a decision, a risk score and human reasons."""
    policy = policy or DecisionPolicy()
    counted = [f for f in findings if f.waived is None]
    reasons: list[str] = []

    blocking = [f for f in counted if f.severity.rank >= policy.block_if_any.rank]
    reviewing = [f for f in counted if f.severity.rank >= policy.review_if_any.rank]
    not_run = {name: status for name, status in checks.items() if status.missing}

    if blocking:
        decision = Decision.BLOCK
        reasons.extend(f"{f.rule_id}: {f.message}" for f in blocking)
    elif reviewing or not_run:
        decision = Decision.REVIEW
        reasons.extend(f"{f.rule_id}: {f.message}" for f in reviewing)
    else:
        decision = Decision.PASS
    reasons.extend(
        f"check '{name}' did not run ({status.to_str()}); a person must review"
        for name, status in not_run.items()
    )

    if crisis is not None and crisis.in_force(at):
        profile = crisis_profile or CrisisProfile()
        held_by = sorted({f.category for f in counted if f.category in profile.hold_categories})
        if profile.hold_all or held_by:
            why = "all scheduled posts are held" if profile.hold_all else (
                "post is in held categories: " + ", ".join(held_by))
            reasons.insert(0, f"crisis mode: {crisis.reason or 'no reason given'} ({why})")
            decision = Decision.HOLD

    return Outcome(decision, risk_of(counted, policy.risk_weights), tuple(reasons))
