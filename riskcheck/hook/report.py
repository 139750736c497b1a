"""What a run found, counted: the numbers the summary line, JSON and SARIF all use."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from riskcheck.hook.model import Outcome
from riskcheck.hook.model import ReadProblem
from riskcheck.types import Decision
from riskcheck.types import Severity
from riskcheck.types import Verdict

FAIL_ON: dict[str, frozenset[Decision]] = {
    "block": frozenset({Decision.BLOCK, Decision.HOLD}),
    "review": frozenset({Decision.REVIEW, Decision.BLOCK, Decision.HOLD}),
    "never": frozenset(),
}


@dataclass(frozen=True, slots=True)
class Report:
    """All outcomes and read problems of one run over some files."""

    outcomes: tuple[Outcome, ...]
    problems: tuple[ReadProblem, ...]
    files: int

    def counts(self) -> dict[str, int]:
        counts = {d.value: 0 for d in Decision}
        for outcome in self.outcomes:
            if outcome.verdict is not None:
                counts[outcome.verdict.decision.value] += 1
        return counts

    @property
    def errors(self) -> int:
        return len(self.problems) + sum(1 for o in self.outcomes if o.verdict is None)

    def failing(self, fail_on: str) -> list[Outcome]:
        bad = FAIL_ON[fail_on]
        return [o for o in self.outcomes if o.verdict is not None and o.verdict.decision in bad]

    def exit_code(self, fail_on: str) -> int:
        """65 when a file or post could not be read or checked, 1 when a post fails, else 0."""
        if self.errors:
            return 65
        return 1 if self.failing(fail_on) else 0

    def summary(self) -> str:
        counts = self.counts()
        checked = sum(counts.values())
        parts = ", ".join(f"{n} {name}" for name, n in counts.items())
        line = (f"riskcheck: {checked} post{'s' if checked != 1 else ''} checked in {self.files} "
                f"file{'s' if self.files != 1 else ''}: {parts}")
        if self.errors:
            line += f"; {self.errors} error{'s' if self.errors != 1 else ''}"
        return line


def unexplained(verdict: Verdict) -> bool:
    """The decision is worse than every finding: crisis hold, or a check that did not run."""
    worst = max((f.severity.rank for f in verdict.findings if not f.waived), default=-1)
    rank = {Decision.PASS: -1, Decision.REVIEW: Severity.REVIEW.rank, Decision.BLOCK: Severity.BLOCK.rank,
            Decision.HOLD: Severity.BLOCK.rank + 1}[verdict.decision]
    return rank > worst


def only_unrun_checks(verdict: Verdict) -> bool:
    """Review solely because a check did not run (the rules-only profile does this to ML rules)."""
    return verdict.decision is Decision.REVIEW and unexplained(verdict) and any(
        status.missing for status in verdict.checks.values())


def unrun_checks(outcomes: Sequence[Outcome]) -> dict[str, int]:
    """Check name -> how many posts it did not run for."""
    counts: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.verdict is not None:
            for name, status in outcome.verdict.checks.items():
                if status.missing:
                    counts[name] = counts.get(name, 0) + 1
    return counts
