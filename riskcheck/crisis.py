"""The crisis switch: one persisted piece of state the checker reads.

While it is on, posts whose findings fall in the crisis profile's categories (or all
posts, with ``hold_all``) get ``hold``. It is persisted so that a restart, another
process or another replica sees the same switch: SQLite by default, PostgreSQL via
the service's store (``riskcheck.store``).
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class CrisisState:
    """Whether crisis mode is on, since when, until when, why and who switched it."""

    active: bool = False
    reason: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    by: str | None = None

    def in_force(self, at: datetime | None = None) -> bool:
        """On, and not past its ``until`` at ``at`` (default now)."""
        if not self.active:
            return False
        if self.until is None:
            return True
        moment = at or datetime.now(timezone.utc)
        return moment < self.until

    def to_dict(self) -> dict[str, Any]:
        return {
            "active": self.in_force(),
            "reason": self.reason,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "by": self.by,
        }


OFF = CrisisState()


class CrisisStore(Protocol):
    """Where the switch lives. ``get`` is called on every check, so keep it cheap."""

    def get(self) -> CrisisState: ...

    def set(self, state: CrisisState) -> None: ...


class MemoryCrisisStore:
    """In-process switch for tests and one-off CLI runs."""

    def __init__(self, state: CrisisState = OFF) -> None:
        self._state = state

    def get(self) -> CrisisState:
        return self._state

    def set(self, state: CrisisState) -> None:
        self._state = state


_SCHEMA = """
CREATE TABLE IF NOT EXISTS crisis (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  active INTEGER NOT NULL,
  reason TEXT, since TEXT, until TEXT, by_whom TEXT
)
"""


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class SqliteCrisisStore:
    """The switch in a SQLite file, shared by every process that opens the same path."""

    def __init__(self, path: str | Path) -> None:
        self._path = str(path)
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self._path, timeout=10)

    def get(self) -> CrisisState:
        with self._lock, self._connect() as db:
            row = db.execute("SELECT active, reason, since, until, by_whom FROM crisis WHERE id = 1").fetchone()
        if row is None:
            return OFF
        return CrisisState(bool(row[0]), row[1], _parse(row[2]), _parse(row[3]), row[4])

    def set(self, state: CrisisState) -> None:
        with self._lock, self._connect() as db:
            db.execute(
                "INSERT INTO crisis (id, active, reason, since, until, by_whom) VALUES (1, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET active=excluded.active, reason=excluded.reason, "
                "since=excluded.since, until=excluded.until, by_whom=excluded.by_whom",
                (
                    int(state.active),
                    state.reason,
                    state.since.isoformat() if state.since else None,
                    state.until.isoformat() if state.until else None,
                    state.by,
                ),
            )
