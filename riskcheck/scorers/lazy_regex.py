"""A regular expression compiled on its first use, not at import.

The toxicity scorer's sentence shapes are hundreds of large alternations; Python compiles each one
with its pure-Python ``sre`` compiler, and compiling them all at import cost a cold CLI run about a
second. Every shape sits behind a word gate (``toxicity_patterns.make_shape``'s ``needs``), so most
never run on a given post: compiled on first use, a one-post CLI run compiles only the few whose
words it holds. A service compiles them all at start (``compile_all``, from the scorer's ``warm_up``),
so no request pays for it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from typing import Any


_ALL: list[LazyPattern] = []


def compile_all() -> int:
    """Compile every pattern made so far (a service's start); returns how many there are."""
    for pattern in list(_ALL):
        _ = pattern.compiled
    return len(_ALL)


class LazyPattern:
    """``re.compile(source, flags)``, done on the first call of a method (thread-safe, once)."""

    __slots__ = ("_compiled", "_flags", "_lock", "pattern")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()
        _ALL.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = re.compile(self.pattern, self._flags)
                compiled = self._compiled
        return compiled

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.search(string, *args)

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.match(string, *args)

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, *args)

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, *args)

    def findall(self, string: str, *args: Any) -> list[Any]:
        return self.compiled.findall(string, *args)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)
