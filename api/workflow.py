"""The review workflow behind the routes and the console, free of HTTP.

A post's review follows its latest checked text: approving it waives every finding still
counted (each waiver bound to that text's hash, the note as its reason) and checks it again,
so the scheduler reads the new decision from ``GET /v1/verdicts/{id}``. Waiving a
block-severity finding needs the admin scope. Every decision is an audit event with the
actor's key name. Functions here run in worker threads (they touch the store).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timezone
from typing import Any

from riskcheck.api.auth import Principal
from riskcheck.api.service import Service
from riskcheck.api.settings import Scope
from riskcheck.store.reviews import APPROVED
from riskcheck.store.reviews import PENDING
from riskcheck.store.reviews import REJECTED
from riskcheck.store.reviews import AuditEvent
from riskcheck.store.reviews import QueueFilter
from riskcheck.store.reviews import Review
from riskcheck.store.reviews import VerdictRecord
from riskcheck.types import Post
from riskcheck.waivers import Waiver


class WorkflowError(Exception):
    """A request the workflow refuses, with the HTTP status that says why."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclass(frozen=True, slots=True)
class PostView:
    """A post's latest verdict, its review and the waivers bound to its current text."""

    record: VerdictRecord
    waivers: tuple[Waiver, ...]

    def to_dict(self) -> dict[str, Any]:
        data = self.record.to_dict()
        data["waivers"] = [w.to_dict() for w in self.waivers]
        return data


def _now() -> datetime:
    return datetime.now(timezone.utc)


def event(service: Service, kind: str, who: Principal, *, post_id: str | None = None,
          text_hash: str | None = None, decision: str | None = None, detail: str | None = None) -> None:
    """One audit event, with the actor's key name (never anything derived from the key)."""
    service.store.add_event(AuditEvent(_now(), kind, who.name, post_id, text_hash, decision, detail))


def view(service: Service, post_id: str) -> PostView:
    record = _known(service, post_id)
    return PostView(record, tuple(service.store.list_waivers(post_id, record.text_sha256)))


def _known(service: Service, post_id: str, text_hash: str | None = None) -> VerdictRecord:
    record: VerdictRecord | None = service.store.latest_verdict(post_id)
    if record is None:
        raise WorkflowError(404, f"post '{post_id}' was never checked with an id; check it first "
                                 "(POST /v1/check with \"id\"), then review its verdict")
    if text_hash is not None and text_hash != record.text_sha256:
        raise WorkflowError(409, f"post '{post_id}' was last checked with another text "
                                 f"(text_sha256 {record.text_sha256}); check the new text first")
    return record


def _findings(record: VerdictRecord) -> list[dict[str, Any]]:
    findings: list[dict[str, Any]] = record.verdict.get("findings", [])
    return findings


def _may_waive(who: Principal, findings: Sequence[dict[str, Any]], post_id: str) -> None:
    blocking = sorted({f["rule_id"] for f in findings if f.get("severity") == "block"})
    if blocking and not who.scope.allows(Scope.ADMIN):
        raise WorkflowError(403, f"waiving block-severity finding(s) {', '.join(blocking)} of post "
                                 f"'{post_id}' needs the admin scope; key '{who.name}' has "
                                 f"'{who.scope.value}'")


def recheck(service: Service, record: VerdictRecord, who: Principal, route: str) -> VerdictRecord:
    """Check the post's stored text again (after a waiver changed) and return its new record."""
    post = Post(record.text, scheduled_at=record.scheduled_at, channel=record.channel, brand=record.brand,
                language=record.language, id=record.post_id)
    service.check([post], who, route)
    latest: VerdictRecord | None = service.store.latest_verdict(record.post_id)
    return latest or record


def waive(service: Service, post_id: str, text_hash: str, rule_id: str, reason: str,
          who: Principal) -> Waiver:
    """Waive one finding of the post's latest checked text."""
    record = _known(service, post_id, text_hash)
    matching = [f for f in _findings(record) if f.get("rule_id") == rule_id]
    if not matching:
        raise WorkflowError(409, f"rule '{rule_id}' did not flag post '{post_id}' in its latest check; "
                                 "nothing to waive")
    _may_waive(who, matching, post_id)
    waiver = Waiver(post_id, text_hash, rule_id, reason, who.name, _now())
    service.store.add_waiver(waiver)
    event(service, "waive", who, post_id=post_id, text_hash=text_hash, decision="waived",
          detail=f"{rule_id}: {reason}")
    return waiver


def approve(service: Service, post_id: str, note: str, who: Principal,
            text_hash: str | None = None) -> PostView:
    """Approve the post as checked: waive what still counts, record the review, check again."""
    record = _known(service, post_id, text_hash)
    counted = [f for f in _findings(record) if f.get("waived") is None]
    _may_waive(who, counted, post_id)
    at = _now()
    for rule_id in sorted({f["rule_id"] for f in counted}):
        service.store.add_waiver(Waiver(post_id, record.text_sha256, rule_id, note, who.name, at))
    service.store.set_review(post_id, record.text_sha256, Review(APPROVED, who.name, at, note))
    event(service, "approve", who, post_id=post_id, text_hash=record.text_sha256, decision=APPROVED,
          detail=note if not counted else f"{note} (waived {', '.join(sorted({f['rule_id'] for f in counted}))})")
    after = recheck(service, record, who, "console/approve")
    _notify_review(service, after, APPROVED, who, note)
    return view(service, post_id)


def reject(service: Service, post_id: str, note: str, who: Principal, text_hash: str | None = None) -> PostView:
    record = _known(service, post_id, text_hash)
    service.store.set_review(post_id, record.text_sha256, Review(REJECTED, who.name, _now(), note))
    event(service, "reject", who, post_id=post_id, text_hash=record.text_sha256, decision=REJECTED, detail=note)
    _notify_review(service, record, REJECTED, who, note)
    return view(service, post_id)


def _notify_review(service: Service, record: VerdictRecord, state: str, who: Principal, note: str) -> None:
    """The scheduler's signal: publish (approved, decision pass) or stop (rejected), without polling."""
    service.notify(f"review.{state}", record.post_id, {
        "review": state, "by": who.name, "note": note, "decision": record.decision,
        "text_sha256": record.text_sha256, "at": _now().isoformat()})


def revoke(service: Service, post_id: str, rule_id: str, who: Principal) -> list[Waiver]:
    """Remove the post's waivers of one rule; an approval that rested on them is pending again.
    Any reviewer may revoke (it only makes the verdict stricter)."""
    record = _known(service, post_id)
    removed: list[Waiver] = service.store.revoke_waivers(post_id, rule_id)
    if not removed:
        raise WorkflowError(404, f"post '{post_id}' has no waiver for rule '{rule_id}'")
    event(service, "revoke", who, post_id=post_id, text_hash=record.text_sha256, decision="revoked",
          detail=rule_id)
    if record.review.state == APPROVED:
        service.store.set_review(post_id, record.text_sha256, Review(PENDING))
    recheck(service, record, who, "console/revoke")
    return removed


def release_held(service: Service, who: Principal, *, limit: int = 1000) -> list[VerdictRecord]:
    """Check every held post again (after the crisis ends they get their ordinary decision)."""
    held = service.store.review_queue(QueueFilter(decisions=("hold",), state=None), limit=limit)
    after = [recheck(service, record, who, "console/release") for record in held]
    still = sum(1 for r in after if r.decision == "hold")
    event(service, "release", who, decision="released",
          detail=f"{len(after)} held post(s) checked again; {still} still held")
    return after
