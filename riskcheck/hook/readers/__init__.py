"""Readers for scheduled-content files, one module per format, registered in one dict.

Each reader is ``read(path, text, options) -> ReadResult``: every post with its line, and
every problem as ``file:line``. Bytes are decoded here once (UTF-8, BOM allowed) so an
undecodable file is reported the same way whatever its format.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from riskcheck.hook.model import ReadOptions
from riskcheck.hook.model import ReadProblem
from riskcheck.hook.model import ReadResult
from riskcheck.hook.readers import csv_file
from riskcheck.hook.readers import json_file
from riskcheck.hook.readers import markdown_file
from riskcheck.hook.readers import yaml_file

Reader = Callable[[str, str, ReadOptions], ReadResult]

# format name -> reader. One line per format.
READERS: dict[str, Reader] = {
    "csv": csv_file.read,
    "json": json_file.read,
    "jsonl": json_file.read_lines,
    "yaml": yaml_file.read,
    "markdown": markdown_file.read,
}

SUFFIXES: dict[str, str] = {
    ".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".yaml": "yaml",
    ".yml": "yaml", ".md": "markdown", ".markdown": "markdown",
}


def format_of(path: str) -> str | None:
    """The format a file name implies, or None."""
    return SUFFIXES.get(Path(path).suffix.lower())


def decode(path: str, data: bytes) -> str | ReadProblem:
    """UTF-8 text (a BOM is dropped), or a problem naming the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return ReadProblem(path, line, f"undecodable byte 0x{data[exc.start]:02x} at column {column}: "
                                       "the file is not UTF-8 (save or export it as UTF-8)")


def read_file(path: str, options: ReadOptions, *, fmt: str | None = None) -> ReadResult:
    """Read one file of any supported format; never raises for a bad file."""
    name = fmt or format_of(path)
    if name is None or name not in READERS:
        known = ", ".join(sorted(SUFFIXES))
        return ReadResult(problems=(ReadProblem(path, 1, f"unsupported file type (riskcheck reads {known}; "
                                                         "or pass --input-format)"),))
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return ReadResult(problems=(ReadProblem(path, 1, f"cannot read file: {exc.strerror or exc}"),))
    text = decode(path, data)
    if isinstance(text, ReadProblem):
        return ReadResult(problems=(text,))
    try:
        result = READERS[name](path, text, options)
    except RecursionError:
        return ReadResult(problems=(ReadProblem(path, 1, "nested too deeply to read (a list or object "
                                                         "inside itself hundreds of times)"),))
    except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop the others
        message = " ".join(str(exc).split())[:200]
        return ReadResult(problems=(ReadProblem(path, 1, f"cannot read this file ({type(exc).__name__}: "
                                                         f"{message})"),))
    return _duplicate_ids(result)


def _duplicate_ids(result: ReadResult) -> ReadResult:
    """A repeated ``id`` is a problem: ids are what keep the re-check state apart.

    Both posts are still checked (nothing is skipped); the error makes the run fail until the
    file is fixed, because the re-check would otherwise compare one post with the other.
    """
    first: dict[str, int] = {}
    extra: list[ReadProblem] = []
    for item in result.posts:
        if item.post.id is None:
            continue
        if item.post.id in first:
            extra.append(ReadProblem(item.path, item.line, f"duplicate id '{item.post.id}' "
                                     f"(first on line {first[item.post.id]}); give each post its own id"))
        else:
            first[item.post.id] = item.line
    if not extra:
        return result
    problems = sorted((*result.problems, *extra), key=lambda p: p.line)
    return ReadResult(posts=result.posts, problems=tuple(problems))
