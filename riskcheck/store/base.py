"""The records the store keeps and the SQL both backends share.

The backends differ only in how they connect and in the placeholder style, so the
queries live here once, written with ``?`` and translated for psycopg.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Iterator
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from datetime import timezone
from typing import Any

from riskcheck.crisis import OFF
from riskcheck.crisis import CrisisState
from riskcheck.errors import RiskcheckError
from riskcheck.storable import printable
from riskcheck.storable import unstorable_reason
from riskcheck.store.reviews import REVIEW_SCHEMA
from riskcheck.store.reviews import ReviewTables
from riskcheck.waivers import Waiver
from riskcheck.store.rulesets import RULESET_SCHEMA
from riskcheck.store.rulesets import RulesetHistory

log = logging.getLogger("riskcheck.store")


class UnstorableValue(RiskcheckError):
    """A value no backend can hold (NUL, lone surrogate); the message names the field."""


def _refuse_unstorable(**fields: str | None) -> None:
    for name, value in fields.items():
        reason = unstorable_reason(value) if isinstance(value, str) else None
        if reason is not None:
            raise UnstorableValue(f"{name} {reason}")


def _unstorable_field(row: Sequence[Any], names: Sequence[str]) -> str | None:
    """``"<field> <reason>"`` for the first field of ``row`` no backend can hold, else None."""
    for name, value in zip(names, row):
        reason = unstorable_reason(value) if isinstance(value, str) else None
        if reason is not None:
            return f"{name} {reason}"
    return None


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """Who asked for a verdict, when, under which rules, and what it was.

    ``text`` is ``None`` unless the service is configured to keep post text, since
    scheduled posts are often confidential until they go out.
    """

    at: datetime
    who: str
    route: str
    post_id: str | None
    text_sha256: str
    ruleset_version: str
    decision: str
    risk: float
    rule_ids: tuple[str, ...] = ()
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "who": self.who,
            "route": self.route,
            "post_id": self.post_id,
            "text_sha256": self.text_sha256,
            "ruleset_version": self.ruleset_version,
            "decision": self.decision,
            "risk": self.risk,
            "rule_ids": list(self.rule_ids),
            "text": self.text,
        }


SCHEMA = (
    """CREATE TABLE IF NOT EXISTS riskcheck_crisis (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      active INTEGER NOT NULL, reason TEXT, since TEXT, until_at TEXT, by_whom TEXT)""",
    """CREATE TABLE IF NOT EXISTS riskcheck_waivers (
      post_id TEXT NOT NULL, text_sha256 TEXT NOT NULL, rule_id TEXT NOT NULL,
      reason TEXT NOT NULL, by_whom TEXT NOT NULL, at TEXT NOT NULL,
      PRIMARY KEY (post_id, text_sha256, rule_id))""",
    """CREATE TABLE IF NOT EXISTS riskcheck_audit (
      at TEXT NOT NULL, who TEXT NOT NULL, route TEXT NOT NULL, post_id TEXT,
      text_sha256 TEXT NOT NULL, ruleset_version TEXT NOT NULL, decision TEXT NOT NULL,
      risk DOUBLE PRECISION NOT NULL, rule_ids TEXT NOT NULL, text TEXT)""",
    "CREATE INDEX IF NOT EXISTS riskcheck_audit_at ON riskcheck_audit (at)",
    *RULESET_SCHEMA,
) + REVIEW_SCHEMA

_GET_CRISIS = "SELECT active, reason, since, until_at, by_whom FROM riskcheck_crisis WHERE id = 1"
_SET_CRISIS = (
    "INSERT INTO riskcheck_crisis (id, active, reason, since, until_at, by_whom) VALUES (1, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET active = excluded.active, reason = excluded.reason, "
    "since = excluded.since, until_at = excluded.until_at, by_whom = excluded.by_whom"
)
_ADD_WAIVER = (
    "INSERT INTO riskcheck_waivers (post_id, text_sha256, rule_id, reason, by_whom, at) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (post_id, text_sha256, rule_id) DO UPDATE SET "
    "reason = excluded.reason, by_whom = excluded.by_whom, at = excluded.at"
)
_GET_WAIVERS = (
    "SELECT post_id, text_sha256, rule_id, reason, by_whom, at FROM riskcheck_waivers "
    "WHERE post_id = ? AND text_sha256 = ? ORDER BY rule_id"
)
_ADD_AUDIT = (
    "INSERT INTO riskcheck_audit (at, who, route, post_id, text_sha256, ruleset_version, decision, "
    "risk, rule_ids, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_RECENT_AUDIT = (
    "SELECT at, who, route, post_id, text_sha256, ruleset_version, decision, risk, rule_ids, text "
    "FROM riskcheck_audit ORDER BY at DESC LIMIT ?"
)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Store(ReviewTables, RulesetHistory):
    """State shared by every replica: crisis switch, waivers, audit log, rule-set generations.

    Subclasses provide ``_connection()`` (a context manager yielding a DB-API connection
    that commits on success) and ``placeholder``. Audit records are written by one
    background thread in batches so a check never waits on the disk.
    ``crisis_cache_s`` bounds how stale a replica's view of the switch may be: the
    checker reads it on every post, and a DB round trip per post would dominate.
    """

    placeholder = "?"
    url_for_humans = ""

    def __init__(self, *, crisis_cache_s: float = 1.0, audit_batch: int = 256) -> None:
        self._crisis_cache_s = crisis_cache_s
        self._crisis_cached: tuple[float, CrisisState] | None = None
        self._audit_batch = audit_batch
        self._audit_queue: queue.Queue[AuditRecord | None] = queue.Queue(maxsize=100_000)
        self._audit_thread: threading.Thread | None = None
        self._closed = False

    # -- backend hooks -------------------------------------------------------------
    @contextmanager
    def _connection(self) -> Iterator[Any]:  # pragma: no cover - abstract
        raise NotImplementedError
        yield

    def _sql(self, query: str) -> str:
        return query if self.placeholder == "?" else query.replace("?", self.placeholder)

    def _execute(self, query: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._connection() as db:
            cursor = db.execute(self._sql(query), tuple(params))
            rows = cursor.fetchall() if cursor.description else []
        return [tuple(r) for r in rows]

    def _executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._connection() as db:
            cursor = db.cursor()
            cursor.executemany(self._sql(query), [tuple(r) for r in rows])

    def _execute_locked(self, lock_sql: str | None, query: str, params: Sequence[Any]) -> None:
        """One statement in its own transaction, after ``lock_sql`` (a transaction-scoped lock)."""
        with self._connection() as db:
            if lock_sql:
                db.execute(lock_sql)
            db.execute(self._sql(query), tuple(params))

    def create_schema(self) -> None:
        with self._connection() as db:
            for statement in SCHEMA:
                db.execute(statement)

    # -- crisis (implements riskcheck.crisis.CrisisStore) ----------------------------
    def get(self) -> CrisisState:
        """The crisis switch, at most ``crisis_cache_s`` stale."""
        cached = self._crisis_cached
        now = time.monotonic()
        if cached is not None and now - cached[0] < self._crisis_cache_s:
            return cached[1]
        state = self.read_crisis()
        self._crisis_cached = (now, state)
        return state

    def read_crisis(self) -> CrisisState:
        """The crisis switch straight from the database (no cache)."""
        rows = self._execute(_GET_CRISIS)
        if not rows:
            return OFF
        active, reason, since, until, by = rows[0]
        return CrisisState(bool(active), reason, _dt(since), _dt(until), by)

    def set(self, state: CrisisState) -> None:
        _refuse_unstorable(reason=state.reason, by=state.by)
        self._execute(_SET_CRISIS, (int(state.active), state.reason, _iso(state.since),
                                    _iso(state.until), state.by))
        self._crisis_cached = (time.monotonic(), state)

    # -- waivers -----------------------------------------------------------------------
    def add_waiver(self, waiver: Waiver) -> None:
        _refuse_unstorable(post_id=waiver.post_id, rule_id=waiver.rule_id, reason=waiver.reason, by=waiver.by)
        self._execute(_ADD_WAIVER, (waiver.post_id, waiver.text_sha256, waiver.rule_id,
                                    waiver.reason, waiver.by, _iso(waiver.at)))

    def waivers_for(self, post_id: str, text_hash: str) -> list[Waiver]:
        rows = self._execute(_GET_WAIVERS, (post_id, text_hash))
        return [Waiver(r[0], r[1], r[2], r[3], r[4], _dt(r[5]) or utcnow()) for r in rows]

    # -- audit -------------------------------------------------------------------------
    def audit(self, record: AuditRecord) -> None:
        """Queue one record; the writer thread stores it shortly after."""
        if self._audit_thread is None:
            self._start_writer()
        try:
            self._audit_queue.put_nowait(record)
        except queue.Full:
            log.error("audit queue full; dropping one audit record (decision=%s)", record.decision)

    def flush(self) -> None:
        """Block until every queued audit record is written (tests, shutdown)."""
        if self._audit_thread is not None:
            self._audit_queue.join()

    def recent_audit(self, limit: int = 100) -> list[AuditRecord]:
        rows = self._execute(_RECENT_AUDIT, (limit,))
        return [
            AuditRecord(_dt(r[0]) or utcnow(), r[1], r[2], r[3], r[4], r[5], r[6], float(r[7]),
                        tuple(x for x in r[8].split(",") if x), r[9])
            for r in rows
        ]

    def _start_writer(self) -> None:
        self._audit_thread = threading.Thread(target=self._write_loop, name="riskcheck-audit",
                                              daemon=True)
        self._audit_thread.start()

    def _write_loop(self) -> None:
        while True:
            first = self._audit_queue.get()
            batch = [first]
            while len(batch) < self._audit_batch:
                try:
                    batch.append(self._audit_queue.get_nowait())
                except queue.Empty:
                    break
            records = [r for r in batch if r is not None]
            try:
                if records:
                    self._write_audit([_audit_row(r) for r in records])
            except Exception:  # the audit log must never take the service down
                log.exception("could not write %d audit records", len(records))
            finally:
                for _ in batch:
                    self._audit_queue.task_done()
            if any(r is None for r in batch):
                return

    def _write_audit(self, rows: list[tuple[Any, ...]]) -> None:
        """Write a batch; one bad row costs only itself, logged with its reason.

        Rows no backend can hold are set aside before the batch is sent (PostgreSQL would
        refuse the whole statement for one NUL). If the batch still fails (a constraint, a
        driver quirk), each row is retried on its own so the good ones land.
        """
        good: list[tuple[Any, ...]] = []
        for row in rows:
            reason = _unstorable_field(row, _AUDIT_COLUMNS)
            if reason is None:
                good.append(row)
            else:
                _log_dropped(row, reason)
        if not good:
            return
        try:
            self._executemany(_ADD_AUDIT, good)
        except Exception as exc:  # noqa: BLE001 - isolate the bad row below
            if len(good) == 1:
                _log_dropped(good[0], f"{type(exc).__name__}: {exc}")
                return
            log.warning("audit batch of %d failed (%s); writing its rows one by one", len(good), exc)
            for row in good:
                try:
                    self._executemany(_ADD_AUDIT, [row])
                except Exception as row_exc:  # noqa: BLE001 - logged with the row
                    _log_dropped(row, f"{type(row_exc).__name__}: {row_exc}")

    def close(self) -> None:
        """Write what is queued and release connections."""
        if self._closed:
            return
        self._closed = True
        if self._audit_thread is not None:
            self._audit_queue.put(None)
            self._audit_thread.join(timeout=10)
        self._close_connections()

    def _close_connections(self) -> None:  # pragma: no cover - backend specific
        pass


_AUDIT_COLUMNS = ("at", "who", "route", "post_id", "text_sha256", "ruleset_version", "decision", "risk",
                  "rule_ids", "text")


def _log_dropped(row: Sequence[Any], reason: str) -> None:
    """The record goes to the log instead (made encodable), so it is not lost without trace."""
    record = {name: printable(value) for name, value in zip(_AUDIT_COLUMNS, row) if name != "text"}
    log.error("audit record not stored: %s; record: %r", reason, record)


def _audit_row(r: AuditRecord) -> tuple[Any, ...]:
    return (_iso(r.at), r.who, r.route, r.post_id, r.text_sha256, r.ruleset_version, r.decision,
            r.risk, ",".join(r.rule_ids), r.text)

