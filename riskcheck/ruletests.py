"""Runs every rule's own ``examples:`` through the real checker (``riskcheck rules test``).

Editors prove a change with the examples they wrote: each ``flag`` example must be flagged
by *that* rule and each ``pass`` example must not be. An ML example whose scorer did not
run is ``skipped`` — reported, and a failure unless the caller allows skips, because a
skipped example is not a pass.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from riskcheck.types import Verdict


class Outcome(str, enum.Enum):
    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class ExampleResult:
    rule_id: str
    expect: str          # "flag" or "pass"
    text: str
    outcome: Outcome
    detail: str
    source: str          # file:line of the rule


def _judge(case: Any, verdict: Verdict) -> ExampleResult:
    rule = case.rule
    rule_id = rule.full_id
    source = f"{rule.source.path}:{rule.source.line}" if getattr(rule, "source", None) else ""
    # a finding folded into a stronger one of the same concern is named in its ``also``
    hits = [f for f in verdict.findings if f.rule_id == rule_id or rule_id in f.also]
    scorer = rule.scorer  # the ML check this kind needs, None for text kinds
    if scorer is not None:
        status = verdict.checks.get(scorer)
        if status is None or not status.ok:
            why = status.to_str() if status is not None else "rule did not apply"
            return ExampleResult(rule_id, case.expect, case.post.text, Outcome.SKIPPED, why, source)
    flagged = bool(hits)
    if case.expect == "flag":
        ok = flagged
        detail = "flagged" if ok else "expected this rule to flag the example, it did not"
    else:
        ok = not flagged
        detail = "not flagged" if ok else "expected no finding, got: " + "; ".join(
            f"{h.message} {[s.text for s in h.spans]}" for h in hits)
    return ExampleResult(rule_id, case.expect, case.post.text, Outcome.PASSED if ok else Outcome.FAILED,
                         detail, source)


def run_examples(cases: Sequence[Any], checker: Any) -> list[ExampleResult]:
    """Check every example case (``.rule``, ``.post``, ``.expect``) in one batch."""
    verdicts = checker.check_many([case.post for case in cases])
    return [_judge(case, verdict) for case, verdict in zip(cases, verdicts)]


def summarize(results: Iterable[ExampleResult]) -> dict[Outcome, int]:
    counts = {outcome: 0 for outcome in Outcome}
    for result in results:
        counts[result.outcome] += 1
    return counts
