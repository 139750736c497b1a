"""A tiny rule format and checker so API tests do not depend on the real rule engine.

Rule files: ``*.rules`` in a directory, one rule per line ``pack/id|term|severity|category``.
A malformed line raises ``RuleFileError`` with ``file:line:col`` like the real loader.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timezone
from pathlib import Path
from typing import Any

from riskcheck.crisis import CrisisStore
from riskcheck.errors import RuleFileError
from riskcheck.errors import RuleProblem
from riskcheck.offsets import fill_utf16
from riskcheck.policy import decide
from riskcheck.types import CheckStatus
from riskcheck.types import Finding
from riskcheck.types import Post
from riskcheck.types import Severity
from riskcheck.types import Source
from riskcheck.types import Span
from riskcheck.types import Verdict
from riskcheck.waivers import apply_waivers
from riskcheck.waivers import waiver_reasons
from riskcheck.waivers import waivers_of

KEYS = {"admin": "adm-secret", "review": "rev-secret", "check": "chk-secret"}
RULES_V1 = "promo/sale|sale|review|promotion\nevents/storm|storm bram|block|current-event\n"


def auth(scope: str) -> dict[str, str]:
    """Headers for the test key of one scope."""
    return {"Authorization": f"Bearer {KEYS[scope]}"}


@dataclass(frozen=True)
class FakeRule:
    full_id: str
    term: str
    severity: Severity
    category: str
    source: Source
    kind: str = "phrase"

    def describe(self, moment: datetime) -> dict[str, Any]:
        """Like ``Rule.describe``: what ``GET /v1/rules`` lists."""
        return {"id": self.full_id, "pack": self.full_id.split("/", 1)[0], "kind": self.kind,
                "category": self.category, "severity": self.severity.value, "languages": None, "active": None,
                "status": "active", "expired": False, "source": {"file": self.source.path, "line": self.source.line}}


@dataclass(frozen=True)
class FakePack:
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name}


@dataclass(frozen=True)
class FakeRuleSet:
    version: str
    rules: tuple[FakeRule, ...]
    packs: tuple[FakePack, ...]
    config: Any = None


def load_fake_rules(rules_dir: Path) -> FakeRuleSet:
    rules: list[FakeRule] = []
    problems: list[RuleProblem] = []
    digest = hashlib.sha256()
    for path in sorted(Path(rules_dir).glob("*.rules")):
        text = path.read_text()
        digest.update(text.encode())
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            parts = line.split("|")
            if len(parts) != 4:
                problems.append(RuleProblem(str(path), number, 1, None, "expected pack/id|term|severity|category"))
                continue
            rule_id, term, severity, category = parts
            try:
                sev = Severity(severity)
            except ValueError:
                col = len(rule_id) + len(term) + 3
                problems.append(RuleProblem(str(path), number, col, rule_id,
                                            "severity must be one of block, review, info"))
                continue
            rules.append(FakeRule(rule_id, term, sev, category, Source(str(path), number)))
    if problems:
        raise RuleFileError(problems)
    return FakeRuleSet(digest.hexdigest()[:12], tuple(rules),
                       tuple(FakePack(name) for name in sorted({r.full_id.split("/")[0] for r in rules})))


class FakeChecker:
    """Substring rules + policy.decide + the crisis store, like the real checker's contract.

    ``gate``: when set, each check waits for it (concurrency tests). ``pause_s``: sleep
    between reading the rules and building the verdict (reload-consistency tests).
    """

    def __init__(self, ruleset: FakeRuleSet, crisis: CrisisStore, *, gate: threading.Event | None = None,
                 pause_s: float = 0.0, ml_delay_s: float = 0.0, ml_timeout_s: float | None = None) -> None:
        self.ruleset = ruleset
        self.crisis = crisis
        self.gate = gate
        self.pause_s = pause_s
        self.ml_delay_s = ml_delay_s
        self.ml_timeout_s = ml_timeout_s
        self.batch_sizes: list[int] = []

    def warm_up(self) -> dict[str, CheckStatus]:
        return {"toxicity": CheckStatus.ran()}

    def check(self, post: Post) -> Verdict:
        return self.check_many([post])[0]

    def check_many(self, posts: Sequence[Post], *, batch_size: int = 64) -> list[Verdict]:
        if self.gate is not None:
            self.gate.wait(10)
        self.batch_sizes.append(len(posts))
        return [self._one(p) for p in posts]

    def _one(self, post: Post) -> Verdict:
        if post.text == "explode":
            raise RuntimeError("boom")
        rules = self.ruleset.rules
        findings = []
        for part, text in post.part_texts().items():
            if part.startswith("link_urls"):
                continue  # the real checker runs only link rules there; the fake has none
            for rule in rules:
                at = text.lower().find(rule.term)
                if rule.term and at >= 0:
                    findings.append(Finding(rule.full_id, rule.kind, rule.category, rule.severity,
                                            f"matched {rule.term}", (Span(at, at + len(rule.term), text[at:at + len(rule.term)]),),
                                            source=rule.source, part=part))
        if self.pause_s:
            time.sleep(self.pause_s)
        checks = {"rules": CheckStatus.ran()}
        if self.ml_delay_s:
            if self.ml_timeout_s is not None and self.ml_delay_s > self.ml_timeout_s:
                from riskcheck.types import CheckState

                checks["toxicity"] = CheckStatus(CheckState.TIMEOUT, f"ML budget of {self.ml_timeout_s}s exceeded")
            else:
                checks["toxicity"] = CheckStatus.ran()
        # the store is the waiver source too, applied as the real Checker does
        findings = apply_waivers(findings, waivers_of(self.crisis, post.id, post.text, findings))  # type: ignore[arg-type]
        outcome = decide(findings, checks, crisis=self.crisis.get(),
                         at=post.scheduled_at or datetime.now(timezone.utc))
        verdict = Verdict(outcome.decision, outcome.risk, tuple(findings), checks, post.language or "en",
                          self.ruleset.version, outcome.reasons + waiver_reasons(findings), {"rules": 0.1}, post.id)
        return fill_utf16(verdict, post.part_texts(), post.text)  # as the real Checker does
