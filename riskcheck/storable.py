"""Text every store and every UTF-8 channel can hold: no NUL, no lone surrogates.

JSON lets a client send ``"\\u0000"`` and ``"\\ud800"``; Python decodes both into a ``str``.
PostgreSQL's ``text`` refuses NUL, and a lone surrogate cannot be encoded as UTF-8 at all
(hashing, logging, the JSON answer itself fail). The HTTP edge refuses such values with the
field named (``api/schemas.py``); the stores use the same test to set one bad row aside
instead of losing its whole batch.
"""

from __future__ import annotations

import re

__all__ = ["printable", "unstorable_reason"]

_BAD = re.compile("[\x00\ud800-\udfff]")


def unstorable_reason(value: str) -> str | None:
    """Why ``value`` cannot be stored or sent as UTF-8, or ``None`` when it can."""
    bad = _BAD.search(value)
    if bad is None:
        return None
    char = bad.group()
    what = "a NUL character (U+0000)" if char == "\x00" else f"a lone surrogate (U+{ord(char):04X})"
    return f"contains {what} at character {bad.start()}, which cannot be stored; send plain UTF-8 text"


def printable(value: object) -> object:
    """``value`` (JSON-like: dicts, lists, strings) with lone surrogates replaced by U+FFFD.

    For error answers that echo what the client sent: the answer must encode as UTF-8 even
    when the input could not.
    """
    if isinstance(value, str):
        if _BAD.search(value) is None:
            return value
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace").replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {printable(k): printable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [printable(v) for v in value]
    return value
