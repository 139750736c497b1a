"""The nouns every stage shares: Post, Span, Finding, CheckStatus, Verdict.

All are frozen, slotted dataclasses so a verdict handed to a reviewer cannot be
mutated after the policy decided it, and all serialise to plain JSON through
``to_dict()`` (the CLI's ``--json`` and the API return exactly this shape).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class Severity(str, enum.Enum):
    """How bad a finding is, in the editors' own words."""

    BLOCK = "block"
    REVIEW = "review"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "review": 1, "block": 2}[self.value]


class Decision(str, enum.Enum):
    """What happens to the post. ``hold`` only while crisis mode holds it."""

    PASS = "pass"
    REVIEW = "review"
    BLOCK = "block"
    HOLD = "hold"

    @property
    def exit_code(self) -> int:
        """CLI exit code: 0 pass, 1 review, 2 block, 3 hold."""
        return {"pass": 0, "review": 1, "block": 2, "hold": 3}[self.value]


@dataclass(frozen=True, slots=True)
class Post:
    """A draft post as a scheduler sends it. Only ``text`` is required."""

    text: str
    scheduled_at: datetime | None = None
    channel: str | None = None
    brand: str | None = None
    language: str | None = None
    author: str | None = None
    link_urls: tuple[str, ...] = ()
    alt_text: str | None = None
    id: str | None = None
    media: str | None = None  # a description of the attached media (video title, link card), checked like alt_text
    profile: str | None = None  # a riskcheck.yaml profile: brand/channel defaults and which packs apply

    def part_texts(self) -> dict[str, str]:
        """Every checked part by the name findings use: text, alt_text, media, link_urls[i]."""
        parts = {"text": self.text}
        if self.alt_text:
            parts["alt_text"] = self.alt_text
        if self.media:
            parts["media"] = self.media
        parts.update((f"link_urls[{i}]", url) for i, url in enumerate(self.link_urls))
        return parts

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError("Post.text must be a str")
        if self.scheduled_at is not None and self.scheduled_at.tzinfo is None:
            raise ValueError("Post.scheduled_at must carry a time zone offset")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` in the *original* text of the post part it was
    found in, in Unicode code points; ``start_utf16``/``end_utf16`` count UTF-16 code units
    (what JavaScript string indices use), filled in by ``riskcheck.offsets``."""

    start: int
    end: int
    text: str
    # derived from start/end and the part's text, so not part of a span's identity
    start_utf16: int | None = field(default=None, compare=False)
    end_utf16: int | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.start_utf16 is not None:
            data["start_utf16"] = self.start_utf16
            data["end_utf16"] = self.end_utf16
        return data


@dataclass(frozen=True, slots=True)
class Source:
    """Where a rule was written: shown to reviewers so they can find and fix it."""

    path: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.path, "line": self.line}


@dataclass(frozen=True, slots=True)
class Finding:
    """One reason a post may be risky, with the evidence a reviewer needs."""

    rule_id: str
    kind: str
    category: str
    severity: Severity
    message: str
    spans: tuple[Span, ...] = ()
    score: float | None = None
    suggestion: str | None = None
    source: Source | None = None
    why: str | None = None
    link: str | None = None
    explanation: dict[str, Any] = field(default_factory=dict)
    waived: str | None = None
    also: tuple[str, ...] = ()  # other rules that reported this concern over these words
    part: str = "text"  # which part of the post the spans index: text, alt_text, media, link_urls[i]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule_id": self.rule_id,
            "kind": self.kind,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message,
            "spans": [s.to_dict() for s in self.spans],
            "score": self.score,
            "suggestion": self.suggestion,
            "source": self.source.to_dict() if self.source else None,
            "part": self.part,
        }
        if self.why:
            data["why"] = self.why
        if self.link:
            data["link"] = self.link
        if self.explanation:
            data["explanation"] = self.explanation
        if self.waived is not None:
            data["waived"] = self.waived
        if self.also:
            data["also"] = list(self.also)
        return data


class CheckState(str, enum.Enum):
    RAN = "ran"
    SKIPPED = "skipped"
    FAILED = "failed"
    TIMEOUT = "timeout"
    PARTIAL = "partial"  # scored only the first part of a very long post (never a pass)
    NOT_REQUESTED = "not requested"  # switched off on purpose (--rules-only, a profile without ML)


@dataclass(frozen=True, slots=True)
class CheckStatus:
    """Whether one check ran. Anything but ``ran`` is never counted as a pass."""

    state: CheckState
    reason: str | None = None

    @classmethod
    def ran(cls) -> CheckStatus:
        return cls(CheckState.RAN)

    @classmethod
    def skipped(cls, reason: str) -> CheckStatus:
        return cls(CheckState.SKIPPED, reason)

    @classmethod
    def not_requested(cls, reason: str) -> CheckStatus:
        return cls(CheckState.NOT_REQUESTED, reason)

    @property
    def ok(self) -> bool:
        return self.state is CheckState.RAN

    @property
    def missing(self) -> bool:
        """A check that was wanted and did not run: the post needs a person. A check the
        caller switched off (``not requested``) is not missing; the verdict still says so."""
        return self.state is not CheckState.RAN and self.state is not CheckState.NOT_REQUESTED

    def to_str(self) -> str:
        return self.state.value if self.reason is None else f"{self.state.value}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer for one post: decision, risk, findings and which checks ran."""

    decision: Decision
    risk: float
    findings: tuple[Finding, ...]
    checks: dict[str, CheckStatus]
    language: str
    ruleset_version: str
    reasons: tuple[str, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict)
    post_id: str | None = None
    language_confidence: float | None = None
    skipped_rules: tuple[tuple[str, str], ...] = ()
    # Every model score, crossed or not: toxicity attributes by name, topics by rule id (max over sentences).
    scores: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.post_id is not None:
            data["id"] = self.post_id
        data.update(
            {
                "decision": self.decision.value,
                "risk": round(self.risk, 4),
                "reasons": list(self.reasons),
                "findings": [f.to_dict() for f in self.findings],
                "checks": {name: status.to_str() for name, status in self.checks.items()},
                "language": self.language,
                "language_confidence": (
                    None if self.language_confidence is None else round(self.language_confidence, 3)
                ),
                "skipped_rules": [{"rule_id": r, "reason": why} for r, why in self.skipped_rules],
                "scores": {k: round(v, 4) for k, v in sorted(self.scores.items())},
                "rules_version": self.ruleset_version,  # the rule set that decided this verdict
                "ruleset_version": self.ruleset_version,  # the same, by its first name (kept for clients)
                "timings_ms": {k: round(v, 3) for k, v in self.timings_ms.items()},
            }
        )
        return data
