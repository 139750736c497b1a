"""The reload lock, as a lease with a deadline: it can never be held forever.

A reload (loading and compiling a rule set) runs in a thread, and Python cannot stop a thread.
A plain lock held by a reload that hangs (a pathological pack, a stalled disk or database)
would block every later reload for good. Here a reload holds a numbered lease; past the
deadline the lease lapses, the next reload may start, and the late one can no longer swap
or publish anything (``commit`` refuses its number). A reload still running past its
deadline is *stuck*: ``/readyz`` reports it and turns not-ready until it ends.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


class ReloadBusy(Exception):
    """Another reload holds the lease (and is within its deadline)."""


class ReloadExpired(Exception):
    """This reload ran past its deadline; its result is dropped."""


@dataclass(frozen=True, slots=True)
class _Lease:
    token: int
    started: float
    what: str


class ReloadGate:
    """At most one live reload per process; a lease lapses ``deadline_s`` after it began."""

    def __init__(self, deadline_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.deadline_s = deadline_s
        self._clock = clock
        self._lock = threading.Lock()  # held only for bookkeeping and the swap itself, never for a load
        self._lease: _Lease | None = None
        self._running: dict[int, _Lease] = {}
        self._next = 0

    def enter(self, what: str, wait_s: float = 0.0) -> int:
        """Take the lease (waiting up to ``wait_s`` for a live one to end); its token."""
        give_up = self._clock() + wait_s
        while True:
            with self._lock:
                now = self._clock()
                lease = self._lease
                if lease is None or now - lease.started >= self.deadline_s:
                    self._next += 1
                    self._lease = _Lease(self._next, now, what)
                    self._running[self._next] = self._lease
                    return self._next
                busy_for = now - lease.started
            if self._clock() >= give_up:
                raise ReloadBusy(f"a reload ({lease.what}) has been running for {busy_for:.1f} s")
            time.sleep(0.05)

    def leave(self, token: int) -> None:
        """The reload with ``token`` ended (done, failed or late)."""
        with self._lock:
            self._running.pop(token, None)
            if self._lease is not None and self._lease.token == token:
                self._lease = None

    @contextmanager
    def commit(self, token: int) -> Iterator[None]:
        """Run the publish-and-swap of reload ``token`` only if its lease is still live."""
        with self._lock:
            lease = self._lease
            if lease is None or lease.token != token or self._clock() - lease.started >= self.deadline_s:
                raise ReloadExpired(f"the reload ran past its {self.deadline_s:g} s deadline; nothing was changed")
            yield

    def stuck(self) -> str | None:
        """Why this process is stuck in a reload (one running past its deadline), or None."""
        with self._lock:
            now = self._clock()
            late = [lease for lease in self._running.values() if now - lease.started >= self.deadline_s]
        if not late:
            return None
        oldest = min(late, key=lambda lease: lease.started)
        return (f"a reload ({oldest.what}) has been running for {now - oldest.started:.0f} s, "
                f"past its {self.deadline_s:g} s deadline")
