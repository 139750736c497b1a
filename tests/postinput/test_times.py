"""The one date parser: every shape the CLI, the hook and the API accept, and every refusal."""

from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from datetime import timezone
from zoneinfo import ZoneInfo

import pytest

from riskcheck.postinput import PostError
from riskcheck.postinput import parse_instant
from riskcheck.postinput import parse_scheduled
from riskcheck.postinput.times import header_date_order
from riskcheck.postinput.times import looks_like_datetime

AMS = ZoneInfo("Europe/Amsterdam")
CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-11-27T09:00:00+01:00", datetime(2026, 11, 27, 9, tzinfo=CET)),
    ("2026-11-27T08:00:00Z", datetime(2026, 11, 27, 8, tzinfo=timezone.utc)),
    ("2026-11-27 9:00+01:00", datetime(2026, 11, 27, 9, tzinfo=CET)),
    ("2026-11-27 9:00", datetime(2026, 11, 27, 9, tzinfo=AMS)),
    ("2026-11-27T09:00:30.5", datetime(2026, 11, 27, 9, 0, 30, 500000, tzinfo=AMS)),
    ("2026-11-27 09:00 +0100", datetime(2026, 11, 27, 9, tzinfo=CET)),
    ("27/11/2026 9:00", datetime(2026, 11, 27, 9, tzinfo=AMS)),
    ("11/27/2026 9:05 PM", datetime(2026, 11, 27, 21, 5, tzinfo=AMS)),
    ("27-11-2026 09:00", datetime(2026, 11, 27, 9, tzinfo=AMS)),
    ("27.11.2026 12:00 am", datetime(2026, 11, 27, 0, tzinfo=AMS)),
    ("01/01/2026 10:00", datetime(2026, 1, 1, 10, tzinfo=AMS)),  # same either way: not ambiguous
])
def test_accepted_shapes(text: str, expected: datetime) -> None:
    assert parse_scheduled(text, tz=AMS) == expected


def test_yaml_values_are_read_too() -> None:
    assert parse_scheduled(datetime(2026, 11, 27, 9), tz=AMS) == datetime(2026, 11, 27, 9, tzinfo=AMS)
    with pytest.raises(PostError, match="has a date but no time of day"):
        parse_scheduled(date(2026, 11, 27), tz=AMS)


@pytest.mark.parametrize(("order", "expected"), [("dmy", date(2026, 1, 12)), ("mdy", date(2026, 12, 1))])
def test_an_ambiguous_date_follows_the_stated_order(order: str, expected: date) -> None:
    assert parse_scheduled("12/01/2026 09:00", tz=AMS, order=order).date() == expected  # type: ignore[arg-type]


def test_an_ambiguous_date_without_an_order_is_refused() -> None:
    with pytest.raises(PostError, match=r"'12/01/2026 09:00' is ambiguous: .*--date-order dmy\|mdy"):
        parse_scheduled("12/01/2026 09:00", tz=AMS)


def test_a_stated_order_the_value_contradicts_is_refused() -> None:
    with pytest.raises(PostError, match="not a date in month/day/year order"):
        parse_scheduled("27/11/2026 09:00", tz=AMS, order="mdy")


def test_a_time_in_the_daylight_saving_gap_is_refused_naming_the_zone() -> None:
    with pytest.raises(PostError, match="does not exist in Europe/Amsterdam"):
        parse_scheduled("2026-03-29 02:30", tz=AMS)
    # with an offset the instant is plain; the repeated autumn hour is its first occurrence
    assert parse_scheduled("2026-03-29T02:30+01:00", tz=AMS).utcoffset() == timedelta(hours=1)
    assert parse_scheduled("2026-10-25 02:30", tz=AMS).utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(("text", "message"), [
    ("next tuesday", "malformed date 'next tuesday'"),
    ("2026-11-27 09:00", "has no time zone offset"),
    ("2026-11-31 09:00+01:00", "not a valid date-time: day is out of range"),
    ("2026-11-27 25:00+01:00", "not a valid date-time: hour must be in 0..23"),
    ("13/13/2026 09:00", "not a valid date-time"),
    ("2026-11-27", "has a date but no time of day"),
    ("", "is empty"),
])
def test_refusals_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(PostError, match=message):
        parse_scheduled(text, tz=None)


def test_a_bare_date_stands_for_the_time_the_caller_names() -> None:
    assert parse_scheduled("2026-12-02", bare_date=time(12)) == datetime(2026, 12, 2, 12, tzinfo=timezone.utc)
    assert parse_instant("2026-12-02", bare_date=time(12)) == datetime(2026, 12, 2, 12, tzinfo=timezone.utc)


def test_instants_need_an_offset() -> None:
    assert parse_instant("2026-11-27 9:00Z") == datetime(2026, 11, 27, 9, tzinfo=timezone.utc)
    with pytest.raises(PostError, match=r"^--at: '2026-11-27 09:00' has no time zone offset"):
        parse_instant("2026-11-27 09:00")
    with pytest.raises(PostError, match=r"^--until: '27/11/2026 09:00Z' is not an ISO 8601 date-time"):
        parse_instant("27/11/2026 09:00Z", what="--until")


@pytest.mark.parametrize(("header", "expected"), [
    ("date (mm/dd/yyyy)", ("date", "mdy")),
    ("Publish date [DD-MM-YYYY]", ("Publish date", "dmy")),
    ("Date (d/m/yyyy hh:mm)", ("Date", "dmy")),
    ("scheduled_at", ("scheduled_at", None)),
    ("notes (see wiki)", ("notes (see wiki)", None)),
])
def test_a_header_names_the_date_order(header: str, expected: tuple[str, str | None]) -> None:
    assert header_date_order(header) == expected


def test_shape_check_for_headerless_files() -> None:
    assert looks_like_datetime("12/01/2026 09:00") and looks_like_datetime("2026-11-27 9:00")
    assert not looks_like_datetime("Date") and not looks_like_datetime("Hello 12/01/2026")
