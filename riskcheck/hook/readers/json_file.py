"""JSON (a list of posts, or ``{"posts": [...]}``) and JSON Lines (one post per line).

The standard library's parser gives no positions for values, so the top-level list is walked
element by element with ``raw_decode`` to know the line each post starts on.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator

from riskcheck.hook.model import ReadOptions
from riskcheck.hook.model import ReadProblem
from riskcheck.hook.model import ReadResult
from riskcheck.hook.model import ScheduledPost
from riskcheck.hook.readers._records import build

_DECODER = json.JSONDecoder()
_WS = " \t\r\n"


class _Located(ValueError):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in _WS:
        index += 1
    return index


def _expect(text: str, index: int, char: str, what: str) -> int:
    index = _skip(text, index)
    if index >= len(text) or text[index] != char:
        raise _Located(f"expected {what}", index)
    return index + 1


def _array(text: str, index: int) -> Iterator[tuple[int, int, object]]:
    """(start, end, value) for each element of the array starting at ``index``."""
    index = _expect(text, index, "[", "a list of posts ('[')")
    index = _skip(text, index)
    if index < len(text) and text[index] == "]":
        return
    while True:
        index = _skip(text, index)
        value, end = _DECODER.raw_decode(text, index)
        yield index, end, value
        index = _skip(text, end)
        if index < len(text) and text[index] == ",":
            index += 1
            continue
        _expect(text, index, "]", "',' or ']' after a post")
        return


def _posts_array(text: str) -> Iterator[tuple[int, int, object]]:
    start = _skip(text, 0)
    if start < len(text) and text[start] == "{":
        index = start + 1
        while True:
            index = _skip(text, index)
            key, index = _DECODER.raw_decode(text, index)
            index = _expect(text, index, ":", "':'")
            index = _skip(text, index)
            if key == "posts":
                yield from _array(text, index)
                return
            _, index = _DECODER.raw_decode(text, index)
            index = _skip(text, index)
            if index < len(text) and text[index] == ",":
                index += 1
                continue
            raise _Located("an object at the top must hold a \"posts\" list", start)
    yield from _array(text, start)


def read(path: str, text: str, options: ReadOptions) -> ReadResult:
    """A JSON list of post objects (or ``{"posts": [...]}``)."""
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def line_of(offset: int) -> int:
        return bisect.bisect_left(newlines, offset) + 1

    key = re.compile(r'(?<!\\)"' + re.escape(options.columns.get("text", "text")) + r'"\s*:')
    posts: list[ScheduledPost] = []
    problems: list[ReadProblem] = []
    try:
        for offset, end, value in _posts_array(text):
            line = line_of(offset)
            if not isinstance(value, dict):
                problems.append(ReadProblem(path, line, f"a post must be an object, got {type(value).__name__}"))
                continue
            found = key.search(text, offset, end)
            result = build(path, line, value, options, text_line=line_of(found.start()) if found else line)
            (problems if isinstance(result, ReadProblem) else posts).append(result)  # type: ignore[arg-type]
    except json.JSONDecodeError as exc:
        problems.append(ReadProblem(path, exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})"))
    except _Located as exc:
        problems.append(ReadProblem(path, line_of(exc.offset), f"invalid JSON: {exc}"))
    return ReadResult(tuple(posts), tuple(problems))


def read_lines(path: str, text: str, options: ReadOptions) -> ReadResult:
    """JSON Lines: one post object per line; blank lines are allowed."""
    posts: list[ScheduledPost] = []
    problems: list[ReadProblem] = []
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(ReadProblem(path, line, f"invalid JSON: {exc.msg} (column {exc.colno})"))
            continue
        if not isinstance(value, dict):
            problems.append(ReadProblem(path, line, f"a post must be an object, got {type(value).__name__}"))
            continue
        result = build(path, line, value, options)
        (problems if isinstance(result, ReadProblem) else posts).append(result)  # type: ignore[arg-type]
    return ReadResult(tuple(posts), tuple(problems))
