"""Publish times as people and tools write them, to aware datetimes: the one date parser.

The CLI (``--at``, ``--until``, ``scheduled_at`` on stdin), the hook's file readers and the API
all call :func:`parse_scheduled`, so a time means the same everywhere. Accepted:

* ISO 8601: ``2026-11-27T09:00:00+01:00``, ``Z``, a space for the ``T``, single-digit hours
  (``2026-11-27 9:00``), seconds and fractions optional.
* Day, month and year with ``/``, ``-`` or ``.`` (``27/11/2026 9:00``, ``11/27/2026 9:05 PM``).
  When both numbers could be the month (``12/01/2026``) the order must be known — ``order``
  (``--date-order dmy|mdy``) or a column header such as ``date (mm/dd/yyyy)`` — because a
  US export read day-first moves a post by months without a word. When one number is above
  12 the order is plain and is used; a stated order that the value contradicts is an error.
* A bare date (``2026-12-02``) only where the caller says what time of day it stands for
  (``bare_date``: ``check --at`` takes noon UTC, the same calendar day from UTC-11 to UTC+11).

A time without an offset is read in ``tz``; without a ``tz`` it is an error, never a guess. A
local time that does not exist in ``tz`` (the hour skipped when daylight-saving time starts)
is refused, naming the zone; a local time that occurs twice (the hour repeated when it ends)
is its first occurrence, as :mod:`zoneinfo` reads it.
"""

from __future__ import annotations

import re
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import timezone
from datetime import tzinfo
from typing import Literal

from riskcheck.postinput.errors import PostError

DateOrder = Literal["dmy", "mdy"]
DATE_ORDERS: tuple[DateOrder, ...] = ("dmy", "mdy")

_TIME = r"(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)"
_AMPM = r"(?:\s*([AaPp])\.?[Mm]\.?)"
_OFFSET = r"(?:\s*([Zz]|[+-]\d{2}(?::?\d{2})?))"
_ISO = re.compile(rf"(\d{{4}})-(\d{{2}})-(\d{{2}}){_TIME}?{_OFFSET}?")
_NUMERIC = re.compile(rf"(\d{{1,2}})([/.-])(\d{{1,2}})\2(\d{{4}}){_TIME}?{_AMPM}?{_OFFSET}?")
# "date (mm/dd/yyyy)", "Publish date [DD-MM-YYYY]": the order a column's header promises.
_HEADER_HINT = re.compile(r"\s*[(\[]\s*(dd|d|mm|m)\s*[/.-]\s*(dd|d|mm|m)\s*[/.-]\s*(?:yyyy|yy)"
                          r"(?:\s+[^)\]]*)?[)\]]\s*$", re.IGNORECASE)

EXAMPLE = "use ISO 8601 like 2026-11-21T09:00:00+01:00, or DD/MM/YYYY HH:MM"


def header_date_order(header: str) -> tuple[str, DateOrder | None]:
    """Split a format hint off a column header: ``"date (mm/dd/yyyy)"`` -> ``("date", "mdy")``."""
    match = _HEADER_HINT.search(header)
    if match is None:
        return header, None
    first = match.group(1).lower()
    return header[:match.start()].rstrip(), "dmy" if first.startswith("d") else "mdy"


def looks_like_datetime(value: str) -> bool:
    """Whether ``value`` is shaped like a date-time this parser reads (valid or not)."""
    text = value.strip()
    return bool(_ISO.fullmatch(text) or _NUMERIC.fullmatch(text))


def _offset(text: str | None) -> tzinfo | None:
    if text is None:
        return None
    if text in ("Z", "z"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(f"offset {text} is out of range")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _day_month(first: int, second: int, order: DateOrder | None, value: str, what: str) -> tuple[int, int]:
    if order is None:
        if first > 12 >= second:
            return first, second
        if second > 12 >= first:
            return second, first
        if first == second:
            return first, second
        raise PostError(
            f"{what} '{value}' is ambiguous: {first}/{second} could be day/month or month/day (say which with "
            "--date-order dmy|mdy, or a header such as 'date (dd/mm/yyyy)')", "scheduled_at")
    return (first, second) if order == "dmy" else (second, first)


def _clock(groups: tuple[str | None, ...], ampm: str | None) -> time:
    hour_s, minute_s, second_s, fraction = groups
    hour = int(hour_s or 0)
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError(f"hour {hour} with {ampm.upper()}M")
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    micro = int((fraction or "0").ljust(6, "0"))
    return time(hour, int(minute_s or 0), int(second_s or 0), micro)


def _parse_text(text: str, *, order: DateOrder | None, what: str) -> tuple[date, time | None, tzinfo | None]:
    """(calendar day, time of day or None for a bare date, offset or None)."""
    iso = _ISO.fullmatch(text)
    if iso:
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
        clock_groups, offset = iso.groups()[3:7], iso.group(8)
        ampm = None
    else:
        numeric = _NUMERIC.fullmatch(text)
        if numeric is None:
            raise PostError(f"malformed date '{text}' ({EXAMPLE})", "scheduled_at")
        first, second, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        day, month = _day_month(first, second, order, text, what)
        clock_groups, ampm, offset = numeric.groups()[4:8], numeric.group(9), numeric.group(10)
        if order is not None and month > 12:
            written = "day/month/year" if order == "dmy" else "month/day/year"
            raise PostError(f"{what} '{text}' is not a date in {written} order", "scheduled_at")
    try:
        day_value = date(year, month, day)
        if clock_groups[0] is None:
            if offset is not None or ampm is not None:
                raise ValueError("an offset or AM/PM without a time of day")
            return day_value, None, None
        return day_value, _clock(tuple(clock_groups), ampm), _offset(offset)
    except ValueError as exc:
        raise PostError(f"{what} '{text}' is not a valid date-time: {exc}", "scheduled_at") from None


def localize(moment: datetime, tz: tzinfo, *, what: str = "scheduled_at", shown: object = None) -> datetime:
    """``moment`` (naive) read as wall-clock time in ``tz``; a time the zone skips is an error."""
    aware = moment.replace(tzinfo=tz)
    round_trip = aware.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None)
    if round_trip != moment.replace(tzinfo=None):
        zone = getattr(tz, "key", None) or str(tz)
        raise PostError(
            f"{what} '{shown if shown is not None else moment}' does not exist in {zone}: the clocks skip that "
            "hour when daylight-saving time starts (write the offset, or pick another time)", "scheduled_at")
    return aware


def parse_scheduled(value: object, *, tz: tzinfo | None = None, order: DateOrder | None = None,
                    what: str = "scheduled_at", bare_date: time | None = None) -> datetime:
    """An aware datetime, or :class:`PostError` with a message a content editor can act on.

    ``value`` may be a string, or a ``datetime``/``date`` as YAML loads them. ``tz`` reads times
    without an offset; ``order`` reads ambiguous day/month numbers; ``bare_date`` is the time of
    day (in ``tz``, else UTC) a date without a time stands for — without it that is an error.
    """
    shown = value
    if isinstance(value, datetime):
        day, clock, offset = value.date(), value.timetz().replace(tzinfo=None), value.tzinfo
    elif isinstance(value, date):
        day, clock, offset = value, None, None
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            raise PostError(f"{what} is empty", "scheduled_at")
        day, clock, offset = _parse_text(text, order=order, what=what)
    else:
        raise PostError(f"{what} must be a date-time, got {type(value).__name__}", "scheduled_at")
    if clock is None:
        if bare_date is None:
            raise PostError(f"{what} '{shown}' has a date but no time of day", "scheduled_at")
        return localize(datetime.combine(day, bare_date), tz or timezone.utc, what=what, shown=shown)
    moment = datetime.combine(day, clock)
    if offset is not None:
        return moment.replace(tzinfo=offset)
    if tz is None:
        raise PostError(f"{what} '{shown}' has no time zone offset (write e.g. +01:00, or pass --timezone "
                        "Europe/Amsterdam)", "scheduled_at")
    return localize(moment, tz, what=what, shown=shown)


def parse_instant(value: str, *, what: str = "--at", bare_date: time | None = None) -> datetime:
    """A command-line or JSON time: ISO 8601 with an offset (``Z`` allowed); no zone is guessed.

    ``check --at`` passes ``bare_date=time(12)`` so a bare date is noon UTC of that day.
    """
    text = value.strip()
    if not _ISO.fullmatch(text):
        raise PostError(f"{what}: '{value}' is not an ISO 8601 date-time (e.g. 2026-11-24T10:00:00+01:00)",
                        "scheduled_at")
    try:
        return parse_scheduled(text, what=what, bare_date=bare_date)
    except PostError as exc:
        message = str(exc)
        if "has no time zone offset" in message or "no time of day" in message:
            message = f"{what}: '{value}' has no time zone offset (add e.g. +01:00 or Z)"
        raise PostError(message.replace(f"{what} '", f"{what}: '", 1), "scheduled_at") from None
