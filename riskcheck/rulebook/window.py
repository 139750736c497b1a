"""When a rule applies: ``active: {from, until}`` resolved to absolute instants.

Editors write bare dates ("2026-11-20") or datetimes with or without an offset. A bare
date means the whole day in the pack's ``timezone`` (default UTC), so ``until`` is
inclusive of its day; a datetime without an offset is read in the pack's time zone.
Everything is turned into aware UTC instants once, at load time, so matching compares
two datetimes and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import timezone
from datetime import tzinfo
from typing import Literal
from zoneinfo import ZoneInfo
from zoneinfo import ZoneInfoNotFoundError

Status = Literal["active", "expired", "scheduled"]


def parse_moment(value: object) -> date | datetime:
    """A YAML date/datetime, or an ISO 8601 string; raises ValueError with an example."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return date.fromisoformat(text)
            return datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            pass
    raise ValueError(
        f"'{value}' is not a date; write 2026-11-20 or 2026-11-20T09:00:00+01:00"
    )


def parse_timezone(name: object) -> tzinfo:
    """An IANA time zone name such as Europe/Amsterdam, or UTC."""
    if not isinstance(name, str) or not name.strip():
        raise ValueError("timezone must be an IANA name such as Europe/Amsterdam or UTC")
    if name.strip().upper() == "UTC":
        return timezone.utc
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone '{name}' (use an IANA name such as Europe/Amsterdam)") from None


def start_of(value: date | datetime, tz: tzinfo) -> datetime:
    """The first instant ``value`` denotes."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    return datetime.combine(value, time(0), tz)


def end_of(value: date | datetime, tz: tzinfo) -> datetime:
    """The instant just after ``value`` ends: bare dates include their whole day."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=tz)
        return aware + timedelta(microseconds=1)
    return datetime.combine(value + timedelta(days=1), time(0), tz)


@dataclass(frozen=True, slots=True)
class Window:
    """Half-open ``[start, end)`` in absolute time; ``None`` ends are open."""

    start: datetime | None = None
    end: datetime | None = None
    label: str = field(default="", compare=False)

    @classmethod
    def build(cls, start: date | datetime | None, until: date | datetime | None, tz: tzinfo) -> Window:
        """``until`` is inclusive as written: a bare date includes its whole day."""
        return cls(
            None if start is None else start_of(start, tz),
            None if until is None else end_of(until, tz),
            _label(start, until, tz),
        )

    def status_at(self, moment: datetime) -> Status:
        """``scheduled`` before the window, ``expired`` after it, else ``active``."""
        if moment.tzinfo is None:  # a naive moment is read as UTC rather than failing
            moment = moment.replace(tzinfo=timezone.utc)
        if self.start is not None and moment < self.start:
            return "scheduled"
        if self.end is not None and moment >= self.end:
            return "expired"
        return "active"

    def contains(self, moment: datetime) -> bool:
        return self.status_at(moment) == "active"

    def inside(self) -> datetime | None:
        """A moment inside the window (for examples), or ``None`` if it is open both ways."""
        if self.start is not None:
            return self.start
        if self.end is not None:
            return self.end - timedelta(seconds=1)
        return None

    def describe(self) -> str:
        """The window as the editor wrote it ("2026-11-20 – 2026-12-15 Europe/Amsterdam")."""
        if self.label:
            return self.label
        return f"{'…' if self.start is None else self.start.isoformat()} – " \
               f"{'…' if self.end is None else self.end.isoformat()} (end exclusive)"


def _label(start: date | datetime | None, until: date | datetime | None, tz: tzinfo) -> str:
    if start is None and until is None:
        return ""
    zoned = any(v is not None and (not isinstance(v, datetime) or v.tzinfo is None) for v in (start, until))
    text = f"{'…' if start is None else start.isoformat()} – {'…' if until is None else until.isoformat()}"
    return f"{text} {tz}" if zoned and tz is not timezone.utc else text


ALWAYS = Window()
