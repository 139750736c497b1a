"""The review workflow's tables: latest verdict per post, review state, audit events, console sessions.

Kept apart from ``base.py`` (its own ``REVIEW_SCHEMA``, its own queries) so other store
additions merge without touching these. ``Store`` mixes ``ReviewTables`` in; the backends
only supply ``_execute`` / ``_executemany``.

Times are stored as UTC ISO 8601 strings with microseconds, so ordering and date ranges are
plain string comparisons on both SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timezone
from typing import Any

from riskcheck.waivers import Waiver

PENDING = "pending"
APPROVED = "approved"
REJECTED = "rejected"
REVIEW_STATES = (PENDING, APPROVED, REJECTED)

REVIEW_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS riskcheck_verdicts (
      post_id TEXT PRIMARY KEY, text_sha256 TEXT NOT NULL, text TEXT NOT NULL,
      decision TEXT NOT NULL, risk DOUBLE PRECISION NOT NULL, categories TEXT NOT NULL,
      brand TEXT, channel TEXT, language TEXT, scheduled_at TEXT,
      checked_at TEXT NOT NULL, checked_by TEXT NOT NULL, ruleset_version TEXT NOT NULL,
      verdict TEXT NOT NULL,
      review_state TEXT NOT NULL, review_by TEXT, review_at TEXT, review_note TEXT)""",
    "CREATE INDEX IF NOT EXISTS riskcheck_verdicts_review_queue ON riskcheck_verdicts (review_state, checked_at, post_id)",
    "CREATE INDEX IF NOT EXISTS riskcheck_verdicts_checked ON riskcheck_verdicts (checked_at)",
    """CREATE TABLE IF NOT EXISTS riskcheck_events (
      at TEXT NOT NULL, kind TEXT NOT NULL, actor TEXT NOT NULL, post_id TEXT,
      text_sha256 TEXT, decision TEXT, detail TEXT)""",
    "CREATE INDEX IF NOT EXISTS riskcheck_events_at ON riskcheck_events (at)",
    """CREATE TABLE IF NOT EXISTS riskcheck_deliveries (
      at TEXT NOT NULL, event TEXT NOT NULL, post_id TEXT, attempt INTEGER NOT NULL,
      status INTEGER, error TEXT, url TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS riskcheck_deliveries_at ON riskcheck_deliveries (at)",
    """CREATE TABLE IF NOT EXISTS riskcheck_sessions (
      token_sha256 TEXT PRIMARY KEY, key_name TEXT NOT NULL, scope TEXT NOT NULL,
      csrf TEXT NOT NULL, expires_at TEXT NOT NULL)""",
)

_VERDICT_COLUMNS = ("post_id, text_sha256, text, decision, risk, categories, brand, channel, language, "
                    "scheduled_at, checked_at, checked_by, ruleset_version, verdict, "
                    "review_state, review_by, review_at, review_note")
_UPSERT_VERDICT = (
    f"INSERT INTO riskcheck_verdicts ({_VERDICT_COLUMNS}) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', NULL, NULL, NULL) "
    "ON CONFLICT (post_id) DO UPDATE SET "
    # Same text: keep the reviewer's decision. New text: a new post as far as review goes.
    "review_state = CASE WHEN riskcheck_verdicts.text_sha256 = excluded.text_sha256 "
    "THEN riskcheck_verdicts.review_state ELSE 'pending' END, "
    "review_by = CASE WHEN riskcheck_verdicts.text_sha256 = excluded.text_sha256 "
    "THEN riskcheck_verdicts.review_by ELSE NULL END, "
    "review_at = CASE WHEN riskcheck_verdicts.text_sha256 = excluded.text_sha256 "
    "THEN riskcheck_verdicts.review_at ELSE NULL END, "
    "review_note = CASE WHEN riskcheck_verdicts.text_sha256 = excluded.text_sha256 "
    "THEN riskcheck_verdicts.review_note ELSE NULL END, "
    "text_sha256 = excluded.text_sha256, text = excluded.text, decision = excluded.decision, "
    "risk = excluded.risk, categories = excluded.categories, brand = excluded.brand, "
    "channel = excluded.channel, language = excluded.language, scheduled_at = excluded.scheduled_at, "
    "checked_at = excluded.checked_at, checked_by = excluded.checked_by, "
    "ruleset_version = excluded.ruleset_version, verdict = excluded.verdict"
)
_GET_VERDICT = f"SELECT {_VERDICT_COLUMNS} FROM riskcheck_verdicts WHERE post_id = ?"
_SET_REVIEW = ("UPDATE riskcheck_verdicts SET review_state = ?, review_by = ?, review_at = ?, review_note = ? "
               "WHERE post_id = ? AND text_sha256 = ?")
_ADD_EVENT = ("INSERT INTO riskcheck_events (at, kind, actor, post_id, text_sha256, decision, detail) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)")
_LIST_WAIVERS = "SELECT post_id, text_sha256, rule_id, reason, by_whom, at FROM riskcheck_waivers"
_DELETE_WAIVERS = "DELETE FROM riskcheck_waivers WHERE post_id = ? AND rule_id = ?"
_ADD_DELIVERY = ("INSERT INTO riskcheck_deliveries (at, event, post_id, attempt, status, error, url) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
_LIST_DELIVERIES = ("SELECT at, event, post_id, attempt, status, error, url FROM riskcheck_deliveries "
                    "ORDER BY at DESC LIMIT ? OFFSET ?")
_ADD_SESSION = ("INSERT INTO riskcheck_sessions (token_sha256, key_name, scope, csrf, expires_at) "
                "VALUES (?, ?, ?, ?, ?)")
_GET_SESSION = "SELECT key_name, scope, csrf, expires_at FROM riskcheck_sessions WHERE token_sha256 = ?"
_DELETE_SESSION = "DELETE FROM riskcheck_sessions WHERE token_sha256 = ? OR expires_at < ?"

# Checks (riskcheck_audit) and workflow events (riskcheck_events) read as one log: each table
# is read newest-first through its ``at`` index (LIMIT offset+limit), then the two are merged.
_AUDIT_CHECKS = ("SELECT at, 'check', who, post_id, text_sha256, decision, route, ruleset_version, risk, "
                 "rule_ids, text FROM riskcheck_audit")
_AUDIT_EVENTS = ("SELECT at, kind, actor, post_id, text_sha256, decision, detail, NULL, NULL, NULL, NULL "
                 "FROM riskcheck_events")


def stamp(value: datetime) -> str:
    """A sortable UTC timestamp string."""
    return value.astimezone(timezone.utc).isoformat(timespec="microseconds")


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class Review:
    """Where a post stands with reviewers: pending, approved or rejected, by whom, when, why."""

    state: str = PENDING
    by: str | None = None
    at: datetime | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state, "by": self.by, "at": self.at.isoformat() if self.at else None,
                "note": self.note}


@dataclass(frozen=True, slots=True)
class VerdictRecord:
    """The latest verdict of one post id, with the text it was given for and its review."""

    post_id: str
    text: str
    text_sha256: str
    decision: str
    risk: float
    categories: tuple[str, ...]
    brand: str | None
    channel: str | None
    language: str | None
    scheduled_at: datetime | None
    checked_at: datetime
    checked_by: str
    ruleset_version: str
    verdict: dict[str, Any]
    review: Review = field(default_factory=Review)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.post_id, "text": self.text, "text_sha256": self.text_sha256,
            "decision": self.decision, "risk": self.risk, "categories": list(self.categories),
            "brand": self.brand, "channel": self.channel, "language": self.language,
            "scheduled_at": self.scheduled_at.isoformat() if self.scheduled_at else None,
            "checked_at": self.checked_at.isoformat(), "checked_by": self.checked_by,
            "ruleset_version": self.ruleset_version, "review": self.review.to_dict(),
            "verdict": self.verdict,
        }


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the review queue shows. Empty fields do not filter."""

    decisions: tuple[str, ...] = ("review", "hold")
    state: str | None = PENDING
    category: str | None = None
    brand: str | None = None
    channel: str | None = None
    scheduled_from: datetime | None = None
    scheduled_before: datetime | None = None


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One workflow event: an approval, rejection, waiver, revoke, crisis switch or reload."""

    at: datetime
    kind: str
    actor: str
    post_id: str | None = None
    text_sha256: str | None = None
    decision: str | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class AuditFilter:
    kind: str | None = None
    actor: str | None = None
    post_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """One webhook delivery attempt: HTTP status (None: no answer) and what went wrong."""

    at: datetime
    event: str
    post_id: str | None
    attempt: int
    status: int | None
    error: str | None
    url: str

    def to_dict(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "event": self.event, "post_id": self.post_id,
                "attempt": self.attempt, "status": self.status, "error": self.error, "url": self.url}


@dataclass(frozen=True, slots=True)
class Session:
    """A console sign-in: which key (by name) and the form token that goes with it."""

    key_name: str
    scope: str
    csrf: str
    expires_at: datetime


def _categories_cell(categories: Sequence[str]) -> str:
    """Comma-fenced (``,a,b,``) so one category filters with ``LIKE '%,a,%'``."""
    return "," + ",".join(sorted(set(categories))) + "," if categories else ""


def _verdict_row(r: VerdictRecord) -> tuple[Any, ...]:
    return (r.post_id, r.text_sha256, r.text, r.decision, r.risk, _categories_cell(r.categories),
            r.brand, r.channel, r.language, stamp(r.scheduled_at) if r.scheduled_at else None,
            stamp(r.checked_at), r.checked_by, r.ruleset_version,
            json.dumps(r.verdict, ensure_ascii=False, separators=(",", ":")))


def _verdict_of(row: Sequence[Any]) -> VerdictRecord:
    return VerdictRecord(
        post_id=row[0], text_sha256=row[1], text=row[2], decision=row[3], risk=float(row[4]),
        categories=tuple(c for c in str(row[5]).split(",") if c), brand=row[6], channel=row[7],
        language=row[8], scheduled_at=_dt(row[9]), checked_at=_dt(row[10]) or now_utc(),
        checked_by=row[11], ruleset_version=row[12], verdict=json.loads(row[13]),
        review=Review(row[14], row[15], _dt(row[16]), row[17]))


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class ReviewTables:
    """Review-workflow queries, mixed into ``Store`` (which provides ``_execute``)."""

    def _execute(self, query: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError  # pragma: no cover - provided by Store

    def _executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError  # pragma: no cover - provided by Store

    # -- latest verdicts and review state -------------------------------------------------
    def record_verdicts(self, records: Sequence[VerdictRecord]) -> None:
        """Keep each post's latest verdict (one transaction for the batch)."""
        if records:
            self._executemany(_UPSERT_VERDICT, [_verdict_row(r) for r in records])

    def latest_verdict(self, post_id: str) -> VerdictRecord | None:
        rows = self._execute(_GET_VERDICT, (post_id,))
        return _verdict_of(rows[0]) if rows else None

    def set_review(self, post_id: str, text_hash: str, review: Review) -> bool:
        """Record a reviewer's decision for the post's current text; False when the text moved on."""
        rows = self._execute(_SET_REVIEW + " RETURNING post_id",
                             (review.state, review.by, stamp(review.at) if review.at else None,
                              review.note, post_id, text_hash))
        return bool(rows)

    def review_queue(self, where: QueueFilter, *, limit: int = 50, offset: int = 0) -> list[VerdictRecord]:
        """Checked posts matching the filter, newest check first."""
        clauses: list[str] = []
        params: list[Any] = []
        if where.decisions:
            clauses.append("decision IN (" + ", ".join("?" for _ in where.decisions) + ")")
            params.extend(where.decisions)
        if where.state:
            clauses.append("review_state = ?")
            params.append(where.state)
        if where.category:
            clauses.append("categories LIKE ? ESCAPE '\\'")
            params.append(f"%,{_escape_like(where.category)},%")
        for column in ("brand", "channel"):
            value = getattr(where, column)
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if where.scheduled_from is not None:
            clauses.append("scheduled_at >= ?")
            params.append(stamp(where.scheduled_from))
        if where.scheduled_before is not None:
            clauses.append("scheduled_at < ?")
            params.append(stamp(where.scheduled_before))
        sql = f"SELECT {_VERDICT_COLUMNS} FROM riskcheck_verdicts"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        # the queue index (review_state, checked_at, post_id) read backwards gives this order
        sql += " ORDER BY checked_at DESC, post_id DESC LIMIT ? OFFSET ?"
        return [_verdict_of(r) for r in self._execute(sql, (*params, limit, offset))]

    # -- waivers -------------------------------------------------------------------------
    def list_waivers(self, post_id: str | None = None, text_hash: str | None = None, *,
                     limit: int = 100, offset: int = 0) -> list[Waiver]:
        clauses, params = [], []
        if post_id is not None:
            clauses.append("post_id = ?")
            params.append(post_id)
        if text_hash is not None:
            clauses.append("text_sha256 = ?")
            params.append(text_hash)
        sql = _LIST_WAIVERS + (" WHERE " + " AND ".join(clauses) if clauses else "")
        sql += " ORDER BY at DESC, post_id, rule_id LIMIT ? OFFSET ?"
        rows = self._execute(sql, (*params, limit, offset))
        return [Waiver(r[0], r[1], r[2], r[3], r[4], _dt(r[5]) or now_utc()) for r in rows]

    def revoke_waivers(self, post_id: str, rule_id: str) -> list[Waiver]:
        """Remove the post's waivers of one rule (for every text); returns what was removed."""
        rows = self._execute(_DELETE_WAIVERS + " RETURNING post_id, text_sha256, rule_id, reason, by_whom, at",
                             (post_id, rule_id))
        return [Waiver(r[0], r[1], r[2], r[3], r[4], _dt(r[5]) or now_utc()) for r in rows]

    # -- audit events --------------------------------------------------------------------
    def add_event(self, event: AuditEvent) -> None:
        """Written at once (not queued like check records): events are rare and must not be lost."""
        self._execute(_ADD_EVENT, (stamp(event.at), event.kind, event.actor, event.post_id,
                                   event.text_sha256, event.decision, event.detail))

    def audit_page(self, where: AuditFilter, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Checks and workflow events together, newest first, filtered and paged."""
        rows: list[tuple[Any, ...]] = []
        if where.kind in (None, "", "check"):
            rows += self._audit_rows(_AUDIT_CHECKS, "who", where, limit + offset)
        if where.kind != "check":
            rows += self._audit_rows(_AUDIT_EVENTS, "actor", where, limit + offset)
        rows.sort(key=lambda r: str(r[0]), reverse=True)
        out: list[dict[str, Any]] = []
        for r in rows[offset:offset + limit]:
            entry: dict[str, Any] = {"at": r[0], "kind": r[1], "actor": r[2], "post_id": r[3],
                                     "text_sha256": r[4], "decision": r[5], "detail": r[6]}
            if r[1] == "check":
                entry.update({"who": r[2], "route": r[6], "ruleset_version": r[7], "risk": float(r[8]),
                              "rule_ids": [x for x in str(r[9]).split(",") if x], "text": r[10],
                              "detail": None})
            out.append(entry)
        return out

    def _audit_rows(self, select: str, actor_column: str, where: AuditFilter, first: int) -> list[tuple[Any, ...]]:
        clauses: list[str] = []
        params: list[Any] = []
        if where.kind and where.kind != "check":
            clauses.append("kind = ?")
            params.append(where.kind)
        for column, value in ((actor_column, where.actor), ("post_id", where.post_id)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if where.since is not None:
            clauses.append("at >= ?")
            params.append(stamp(where.since))
        if where.until is not None:
            clauses.append("at < ?")
            params.append(stamp(where.until))
        sql = select + (" WHERE " + " AND ".join(clauses) if clauses else "") + " ORDER BY at DESC LIMIT ?"
        return self._execute(sql, (*params, first))

    # -- webhook delivery log ---------------------------------------------------------------
    def add_delivery(self, delivery: Delivery) -> None:
        self._execute(_ADD_DELIVERY, (stamp(delivery.at), delivery.event, delivery.post_id, delivery.attempt,
                                      delivery.status, delivery.error, delivery.url))

    def deliveries(self, *, limit: int = 100, offset: int = 0) -> list[Delivery]:
        rows = self._execute(_LIST_DELIVERIES, (limit, offset))
        return [Delivery(_dt(r[0]) or now_utc(), r[1], r[2], int(r[3]), r[4], r[5], r[6]) for r in rows]

    # -- console sessions -----------------------------------------------------------------
    def add_session(self, token_hash: str, session: Session) -> None:
        self._execute(_ADD_SESSION, (token_hash, session.key_name, session.scope, session.csrf,
                                     stamp(session.expires_at)))

    def get_session(self, token_hash: str) -> Session | None:
        rows = self._execute(_GET_SESSION, (token_hash,))
        if not rows:
            return None
        name, scope, csrf, expires = rows[0]
        session = Session(name, scope, csrf, _dt(expires) or now_utc())
        return session if session.expires_at > now_utc() else None

    def end_session(self, token_hash: str) -> None:
        """Remove this session (and any expired ones)."""
        self._execute(_DELETE_SESSION, (token_hash, stamp(now_utc())))
