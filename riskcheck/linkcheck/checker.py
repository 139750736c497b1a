"""Many links within one time budget, with a TTL cache and a memory of past statuses.

``start`` submits every distinct URL to a small thread pool at once and returns; the
caller checks rules and ML meanwhile and then collects with ``Pending.results``, which
waits at most until the post's deadline. A link still in flight then is ``unchecked``
(never ``ok``); its fetch keeps running in the background, bounded by the per-link
timeout, and fills the cache for the next check of the same URL.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from collections.abc import Iterable
from concurrent.futures import Future
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import wait
from dataclasses import dataclass
from dataclasses import replace

from riskcheck.linkcheck.fetch import Connector
from riskcheck.linkcheck.fetch import LinkResult
from riskcheck.linkcheck.fetch import Outcome
from riskcheck.linkcheck.fetch import default_connector
from riskcheck.linkcheck.fetch import fetch
from riskcheck.linkcheck.guard import Guard


@dataclass(frozen=True, slots=True)
class LinkCheckSettings:
    """``links:`` in riskcheck.yaml. ``allow``: networks reachable although not public."""

    check: bool = False
    timeout_s: float = 3.0        # one request
    budget_s: float = 5.0         # all links of one post (or one batch call)
    max_redirects: int = 5
    ttl_s: float = 600.0          # how long a result is reused
    workers: int = 16             # links fetched at once
    allow: tuple[str, ...] = ()


class Pending:
    """Link checks in flight for one post (or one batch)."""

    def __init__(self, futures: dict[str, Future[LinkResult]], ready: dict[str, LinkResult], deadline: float,
                 budget_s: float) -> None:
        self._futures = futures
        self._ready = ready
        self.deadline = deadline
        self.budget_s = budget_s

    def results(self) -> dict[str, LinkResult]:
        """Every URL's result; those not done by the deadline are ``unchecked``."""
        if self._futures:
            wait(list(self._futures.values()), timeout=max(0.0, self.deadline - time.monotonic()))
        out = dict(self._ready)
        for url, future in self._futures.items():
            if future.done() and future.exception() is None:
                out[url] = future.result()
            elif future.done():
                out[url] = LinkResult(url, Outcome.UNREACHABLE, None, url, f"check failed: {future.exception()!r}")
            else:
                out[url] = LinkResult(url, Outcome.UNCHECKED, None, url,
                                      f"not checked within the {self.budget_s:g} s link-check budget")
        return out


class LinkChecker:
    """Thread-safe; one per service or CLI run (it holds the cache and the pool)."""

    def __init__(self, settings: LinkCheckSettings, *, guard: Guard | None = None,
                 connector: Connector | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.guard = guard or Guard(settings.allow)
        self.connector = connector or default_connector
        self._clock = clock
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, LinkResult]] = {}
        self._last_status: dict[str, int] = {}
        self._pool = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="riskcheck-links")

    def start(self, urls: Iterable[str], budget_s: float | None = None) -> Pending:
        budget = self.settings.budget_s if budget_s is None else budget_s
        deadline = time.monotonic() + budget
        ready: dict[str, LinkResult] = {}
        futures: dict[str, Future[LinkResult]] = {}
        now = self._clock()
        for url in dict.fromkeys(urls):
            with self._lock:
                cached = self._cache.get(url)
            if cached is not None and cached[0] > now:
                ready[url] = cached[1]
            else:
                futures[url] = self._pool.submit(self._check_and_remember, url, deadline)
        return Pending(futures, ready, deadline, budget)

    def check(self, urls: Iterable[str], budget_s: float | None = None) -> dict[str, LinkResult]:
        return self.start(urls, budget_s).results()

    def _check_and_remember(self, url: str, deadline: float) -> LinkResult:
        result = fetch(url, self.guard, self.connector, timeout_s=self.settings.timeout_s,
                       max_redirects=self.settings.max_redirects, deadline=deadline)
        if result.outcome is Outcome.UNCHECKED:
            return result  # nothing was learnt; do not cache
        with self._lock:
            previous = self._last_status.get(url)
            if result.status is not None:
                self._last_status[url] = result.status
            if previous is not None and result.status is not None and previous != result.status:
                result = replace(result, changed_from=previous)
            self._cache[url] = (self._clock() + self.settings.ttl_s, result)
        return result

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
