"""CSV exports: header-mapped, with presets for common scheduler layouts.

* ``generic``: a header row naming post fields (``text,scheduled_at,channel,brand`` and any of
  ``id, language, author, link, alt_text``); other columns are ignored, as spreadsheets carry
  many, but a near-miss of a field name (``sheduled_at``) is an error.
* ``hootsuite``: the Hootsuite bulk-composer layout: date/time, message, link (optional), with
  or without a header row; dates as ``DD/MM/YYYY HH:MM``. When day and month could be either
  (``01/02/2026``) say the order with ``--date-order dmy|mdy`` or in the header (``Date (mm/dd/yyyy)``).
* ``--columns field=Header,...`` maps any other header onto the fields.

A row's line is the file line it starts on (quoted cells may span lines). Cells are separated
by commas, or by semicolons or tabs when the first row uses those (Excel in a Dutch locale).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import replace

from riskcheck.hook.fields import FIELDS
from riskcheck.hook.model import ReadOptions
from riskcheck.hook.model import ReadProblem
from riskcheck.hook.model import ReadResult
from riskcheck.hook.model import ScheduledPost
from riskcheck.hook.readers._records import build
from riskcheck.hook.readers._records import near_miss
from riskcheck.postinput.times import header_date_order
from riskcheck.postinput.times import looks_like_datetime

# Header names the Hootsuite bulk composer and its users write, lower-cased.
HOOTSUITE_HEADERS: dict[str, str] = {
    "date": "scheduled_at", "date/time": "scheduled_at", "date and time": "scheduled_at",
    "datetime": "scheduled_at", "date time": "scheduled_at", "scheduled date": "scheduled_at",
    "message": "text", "post": "text", "post text": "text",
    "link": "link", "url": "link", "link (optional)": "link",
}
HOOTSUITE_POSITIONS: tuple[str, ...] = ("scheduled_at", "text", "link")


def delimiter(text: str) -> str:
    """``,`` unless the first row has none outside quotes and has ``;`` or a tab instead.

    Excel with a Dutch (or German, French...) locale saves "CSV" with semicolons; a
    comma-separated first row (a header, or a Hootsuite row whose message holds semicolons)
    always keeps the comma.
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    outside = "".join(part for index, part in enumerate(first.split('"')) if index % 2 == 0)
    if "," in outside:
        return ","
    return ";" if ";" in outside else "\t" if "\t" in outside else ","


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) per non-blank row; csv.Error propagates with the reader's line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text), strict=True)
    start = 1
    for cells in reader:
        line = start
        start = reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        yield line, cells


def _looks_like_date(cell: str) -> bool:
    """A headerless first row starts with a date-time (valid or not: a bad one is that row's error)."""
    return looks_like_datetime(cell)


def _header_map(path: str, header: list[str], options: ReadOptions) -> dict[int, str] | ReadProblem:
    """Column index -> post field, from the header row and ``--columns``.

    A date-order hint in a header (``Date (mm/dd/yyyy)``) is not part of the column's name.
    """
    by_name = {name.strip().lower(): field for field, name in options.columns.items()}
    mapping: dict[int, str] = {}
    hootsuite = options.csv_layout == "hootsuite"
    header = [raw if raw.strip().lower() in by_name else header_date_order(raw)[0] for raw in header]
    for index, raw in enumerate(header):
        name = raw.strip().lower()
        if name in by_name:
            mapping[index] = by_name[name]
        elif hootsuite and name in HOOTSUITE_HEADERS:
            mapping[index] = HOOTSUITE_HEADERS[name]
        elif name in FIELDS and name not in options.columns:
            mapping[index] = name
        elif name and (guess := near_miss(name)) and guess not in options.columns:
            return ReadProblem(path, 1, f"unknown column '{raw.strip()}' (did you mean '{guess}'?)")
    if "text" not in mapping.values() and options.csv_layout == "auto":
        hoot = {i: HOOTSUITE_HEADERS[h.strip().lower()] for i, h in enumerate(header)
                if h.strip().lower() in HOOTSUITE_HEADERS}
        if "text" in hoot.values():
            mapping.update(hoot)
    for field, name in options.columns.items():
        if field not in mapping.values():
            return ReadProblem(path, 1, f"missing column '{name}' for field '{field}' "
                                        f"(header has: {', '.join(h.strip() for h in header)})")
    if "text" not in mapping.values():
        return ReadProblem(path, 1, "missing column 'text' (header has: "
                                    f"{', '.join(h.strip() for h in header)}; map yours with "
                                    "--columns text=NAME, or use --csv-layout hootsuite)")
    return mapping


def read(path: str, text: str, options: ReadOptions) -> ReadResult:
    """Every row as a post, or a ``file:line`` problem; a malformed CSV stops at its line."""
    posts: list[ScheduledPost] = []
    problems: list[ReadProblem] = []
    rows = _rows(text)
    mapping: dict[int, str] | None = None
    width = 0
    try:
        for line, cells in rows:
            if mapping is None:
                headerless = options.csv_layout == "hootsuite" and _looks_like_date(cells[0])
                headerless = headerless or (options.csv_layout == "auto" and not options.columns
                                            and len(cells) in (2, 3) and _looks_like_date(cells[0]))
                if headerless:
                    mapping = dict(enumerate(HOOTSUITE_POSITIONS))
                    width = -1
                else:
                    found = _header_map(path, cells, options)
                    if isinstance(found, ReadProblem):
                        return ReadResult(problems=(found,))
                    mapping, width = found, len(cells)
                    options = _with_header_order(cells, mapping, options)
                    continue
            if width > 0 and len(cells) != width:
                problems.append(ReadProblem(path, line, f"row has {len(cells)} cells, the header has {width}"))
                continue
            if width < 0 and len(cells) > len(HOOTSUITE_POSITIONS):
                extra = [c for c in cells[len(HOOTSUITE_POSITIONS):] if c.strip()]
                if extra:
                    problems.append(ReadProblem(path, line, f"row has {len(cells)} cells; the Hootsuite "
                                                            "layout is date/time, message, link"))
                    continue
            record: dict[str, object] = {}
            for index, cell in enumerate(cells):
                field = mapping.get(index)
                if field is not None and cell.strip():
                    record[field] = cell
            if "text" not in record:
                problems.append(ReadProblem(path, line, "field 'text' is empty"))
                continue
            # fields are already mapped, so --columns must not rename them again
            result = build(path, line, record, _no_columns(options))
            (problems if isinstance(result, ReadProblem) else posts).append(result)  # type: ignore[arg-type]
    except csv.Error as exc:
        problems.append(ReadProblem(path, _error_line(text, exc), f"malformed CSV: {exc}"))
    if mapping is None and not problems:
        problems.append(ReadProblem(path, 1, "empty file: no header row and no posts"))
    return ReadResult(tuple(posts), tuple(problems))


def _error_line(text: str, exc: csv.Error) -> int:
    # csv.Error carries no line; re-scan to the failure to find it
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text), strict=True)
    try:
        for _ in reader:
            pass
    except csv.Error:
        return max(1, reader.line_num)
    return 1


def _no_columns(options: ReadOptions) -> ReadOptions:
    return replace(options, columns={}) if options.columns else options


def _with_header_order(header: list[str], mapping: dict[int, str], options: ReadOptions) -> ReadOptions:
    """The date order the scheduled_at column's header names, unless ``--date-order`` gave one."""
    if options.date_order is not None:
        return options
    for index, field in mapping.items():
        if field == "scheduled_at":
            order = header_date_order(header[index])[1]
            if order is not None:
                return replace(options, date_order=order)
    return options
