"""The crisis switch: one persisted piece of state the checker reads.

While it is on, posts whose findings fall in the crisis profile's categories (or all
posts, with ``hold_all``) get ``hold``. It is persisted so that a restart, another
process or another replica sees the same switch: ``riskcheck.store`` implements
``CrisisStore`` on SQLite (default) and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
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
