"""riskcheck: pre-publish content risk checker for scheduled social posts.

Public surface::

    from riskcheck import Post, load_ruleset, Checker
    checker = Checker(load_ruleset(Path("rules")))
    verdict = checker.check(Post("Storm sale! 30% off", scheduled_at=...))

Importing ``riskcheck`` is cheap: nothing here loads spaCy tables, models, torch or
FastAPI; those load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from riskcheck.types import CheckStatus
from riskcheck.types import Decision
from riskcheck.types import Finding
from riskcheck.types import Post
from riskcheck.types import Severity
from riskcheck.types import Span
from riskcheck.types import Verdict

if TYPE_CHECKING:
    from riskcheck.checker import Checker
    from riskcheck.rulebook import load_ruleset

__all__ = ["CheckStatus", "Checker", "Decision", "Finding", "Post", "Severity", "Span", "Verdict",
           "load_ruleset"]


def __getattr__(name: str) -> Any:
    if name == "Checker":
        from riskcheck.checker import Checker

        return Checker
    if name == "load_ruleset":
        from riskcheck.rulebook import load_ruleset

        return load_ruleset
    raise AttributeError(f"module 'riskcheck' has no attribute {name!r}")
