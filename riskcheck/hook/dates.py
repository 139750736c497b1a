"""Scheduled times as content files write them, to aware datetimes.

ISO 8601 (``2026-11-21T09:00:00+01:00``, ``Z``, a space instead of ``T``) and the
Hootsuite bulk-composer shape (``21/11/2026 09:00``, day first unless told otherwise). A
time without an offset is read in ``--timezone``; without one it is an error, never a guess.
"""

from __future__ import annotations

import re
from datetime import date
from datetime import datetime
from datetime import tzinfo

_SLASHED = re.compile(
    r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*$"
)


def _slashed(value: str, day_first: bool) -> datetime | None:
    match = _SLASHED.match(value)
    if not match:
        return None
    first, second, year, hour, minute, second_s, ampm = match.groups()
    day, month = (int(first), int(second)) if day_first else (int(second), int(first))
    hour_i = int(hour)
    if ampm:
        if not 1 <= hour_i <= 12:
            raise ValueError(f"hour {hour_i} with {ampm}")
        hour_i = hour_i % 12 + (12 if ampm.lower() == "pm" else 0)
    return datetime(int(year), month, day, hour_i, int(minute), int(second_s or 0))


def parse_scheduled(value: object, *, tz: tzinfo | None, day_first: bool = True) -> datetime:
    """An aware datetime, or ValueError with a message a content editor can act on."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        raise ValueError(f"scheduled_at '{value}' has a date but no time of day")
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValueError("scheduled_at is empty")
        try:
            moment = datetime.fromisoformat(re.sub(r"[Zz]$", "+00:00", text))
        except ValueError:
            try:
                parsed = _slashed(text, day_first)
            except ValueError:
                parsed = None
            if parsed is None:
                raise ValueError(
                    f"malformed date '{value}' (use ISO 8601 like 2026-11-21T09:00:00+01:00, "
                    "or DD/MM/YYYY HH:MM)"
                ) from None
            moment = parsed
        if len(text) <= 10 and "T" not in text and ":" not in text:
            raise ValueError(f"scheduled_at '{value}' has a date but no time of day")
    else:
        raise ValueError(f"scheduled_at must be a date-time, got {type(value).__name__}")
    if moment.tzinfo is None:
        if tz is None:
            raise ValueError(
                f"scheduled_at '{value}' has no time zone offset (write e.g. +01:00, "
                "or pass --timezone Europe/Amsterdam)"
            )
        moment = moment.replace(tzinfo=tz)
    return moment
