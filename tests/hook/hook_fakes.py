"""A fake checker so output and command tests do not depend on the rule packs."""

from __future__ import annotations

from collections.abc import Sequence

from riskcheck.types import CheckStatus
from riskcheck.types import Decision
from riskcheck.types import Finding
from riskcheck.types import Post
from riskcheck.types import Severity
from riskcheck.types import Span
from riskcheck.types import Verdict

# term -> (rule id, severity, suggestion)
TERMS: dict[str, tuple[str, Severity, str | None]] = {
    "storm bram": ("fake/storm", Severity.BLOCK, None),
    "cheap": ("fake/cheap", Severity.INFO, "affordable"),
    "lockdown": ("fake/lockdown", Severity.REVIEW, None),
}
DECISION = {Severity.BLOCK: Decision.BLOCK, Severity.REVIEW: Decision.REVIEW, Severity.INFO: Decision.PASS}


def fake_verdict(post: Post, terms: dict[str, tuple[str, Severity, str | None]] | None = None,
                 version: str = "fake-1") -> Verdict:
    findings = []
    lowered = post.text.lower()
    for term, (rule_id, severity, suggestion) in (TERMS if terms is None else terms).items():
        start = lowered.find(term)
        if start >= 0:
            span = Span(start, start + len(term), post.text[start:start + len(term)])
            findings.append(Finding(rule_id, "phrase", "test", severity, f"says {span.text}", (span,),
                                    suggestion=suggestion))
    worst = max((f.severity for f in findings), key=lambda s: s.rank, default=None)
    decision = DECISION[worst] if worst is not None else Decision.PASS
    if "hold me" in lowered:
        decision = Decision.HOLD
    return Verdict(decision, 1.0 if decision is not Decision.PASS else 0.0, tuple(findings),
                   {"rules": CheckStatus.ran()}, "en", version,
                   reasons=("crisis mode: storm (test)",) if decision is Decision.HOLD else (),
                   post_id=post.id)


class FakeChecker:
    """Checker-shaped: ``check_many(posts, batch_size=...)``; records what it was asked."""

    def __init__(self, terms: dict[str, tuple[str, Severity, str | None]] | None = None,
                 version: str = "fake-1") -> None:
        self.terms = terms
        self.version = version
        self.seen: list[Post] = []

    def check_many(self, posts: Sequence[Post], *, batch_size: int = 64) -> list[Verdict]:
        self.seen.extend(posts)
        return [fake_verdict(p, self.terms, self.version) for p in posts]
