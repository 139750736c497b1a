"""Errors split into user mistakes (fixable by the editor or caller) and bugs."""

from __future__ import annotations

from dataclasses import dataclass


class RiskcheckError(Exception):
    """Base for every error riskcheck raises on purpose (a user mistake, not a bug)."""


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """One mistake in a rule file, located precisely enough for an editor to fix it."""

    path: str
    line: int
    column: int
    rule_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        rule = f" rule {self.rule_id}:" if self.rule_id else ""
        return f"{where}:{rule} {self.message}"


class RuleFileError(RiskcheckError):
    """A rules directory did not load. Carries *all* problems found, not just the first."""

    def __init__(self, problems: list[RuleProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems) or "rule files did not load")


class ConfigError(RiskcheckError):
    """riskcheck.yaml, a CLI option or an environment setting is wrong."""


class ScorerUnavailable(RiskcheckError):
    """An ML scorer cannot run here; the message says why and what to do about it."""
