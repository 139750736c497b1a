"""Checking many scheduled posts: locally (batched, optionally in worker processes) or remotely.

Both engines answer ``check_many(posts) -> list[Verdict | str]`` (a string is why that post
could not be checked), so the hook and recheck do not care where the checking happens.
``run`` adds chunking and a progress bar for long queues.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Iterator
from collections.abc import Sequence
from typing import Any
from typing import Protocol

from riskcheck.hook.model import Outcome
from riskcheck.hook.model import ScheduledPost
from riskcheck.types import Post
from riskcheck.types import Verdict

PROGRESS_AT = 300  # posts; below this a progress bar is only noise
CHUNK = 256
AUTO_JOBS_AT = 2000  # posts; below this forking workers costs more than it saves
AUTO_JOBS_MAX = 4


def auto_jobs(posts: int) -> int:
    """Workers for ``--jobs 0``: the usable cores (at most 4) for big queues on Linux, else 1."""
    if posts < AUTO_JOBS_AT or not sys.platform.startswith("linux"):
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - non-Linux
        cores = os.cpu_count() or 1
    return max(1, min(AUTO_JOBS_MAX, cores))


class Engine(Protocol):
    def check_many(self, posts: Sequence[Post]) -> list[Verdict | str]: ...


class LocalEngine:
    """A Checker in this process; ``jobs > 1`` forks workers that share the loaded rules
    (``jobs=0``: ``auto_jobs`` for a rules-only checker, one process when ML scorers are on)."""

    def __init__(self, checker: Any, *, batch_size: int = 64, jobs: int = 1) -> None:
        self.checker = checker
        self.batch_size = batch_size
        self.jobs = max(0, jobs)

    def check_many(self, posts: Sequence[Post]) -> list[Verdict | str]:
        return list(self.checker.check_many(list(posts), batch_size=self.batch_size))

    def chunks(self, chunks: list[list[Post]]) -> Iterator[list[Verdict | str]]:
        """Verdict lists per chunk, in order; in worker processes when ``jobs > 1``."""
        # auto mode forks only rules-only checkers: each worker would load its own ML models
        ml = bool(getattr(self.checker, "scorers", None))
        jobs = self.jobs or (1 if ml else auto_jobs(sum(len(c) for c in chunks)))
        if jobs == 1 or len(chunks) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            for chunk in chunks:
                yield self.check_many(chunk)
            return
        global _WORKER_ENGINE
        _WORKER_ENGINE = self
        # keep the collector off the inherited heap, so workers do not copy the rule set's pages
        gc.freeze()
        context = multiprocessing.get_context("fork")
        try:
            with context.Pool(jobs) as pool:
                yield from pool.imap(_check_in_worker, chunks)
        finally:
            _WORKER_ENGINE = None
            gc.unfreeze()


_WORKER_ENGINE: LocalEngine | None = None


def _check_in_worker(posts: list[Post]) -> list[Verdict | str]:
    assert _WORKER_ENGINE is not None  # set before the fork
    return _WORKER_ENGINE.check_many(posts)


def _progress(total: int, enabled: bool | None) -> Any:
    show = enabled if enabled is not None else (total >= PROGRESS_AT and sys.stderr.isatty())
    if not show:
        return None
    from rich.console import Console
    from rich.progress import BarColumn
    from rich.progress import MofNCompleteColumn
    from rich.progress import Progress
    from rich.progress import TextColumn
    from rich.progress import TimeRemainingColumn

    return Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)


def run(items: Sequence[ScheduledPost], engine: Engine, *, progress: bool | None = None,
        chunk: int = CHUNK) -> list[Outcome]:
    """Check every item; an engine error for one post is that post's outcome, never a pass."""
    chunks = [[item.post for item in items[i:i + chunk]] for i in range(0, len(items), chunk)]
    produced: Iterator[list[Verdict | str]]
    if isinstance(engine, LocalEngine):
        produced = engine.chunks(chunks)
    else:
        produced = (engine.check_many(c) for c in chunks)
    bar = _progress(len(items), progress)
    results: list[Verdict | str] = []
    if bar is None:
        for answers in produced:
            results.extend(answers)
    else:
        with bar:
            task = bar.add_task("checking", total=len(items))
            for answers in produced:
                results.extend(answers)
                bar.advance(task, len(answers))
    return [Outcome(item, answer, None) if isinstance(answer, Verdict) else Outcome(item, None, answer)
            for item, answer in zip(items, results)]
