"""Coalesce concurrent single-post checks into batched ``check_many`` calls.

The ML scorers cost several times less per post in a batch than one by one, and a
scheduler flushing its queue sends many single checks at once. While every check slot
is busy, new requests wait in a queue; when a slot frees, everything queued (up to
``max_batch``) goes through the checker together. No artificial delay: an idle service
sends a lone request at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from collections.abc import Sequence
from concurrent.futures import Executor
from typing import Generic
from typing import TypeVar

log = logging.getLogger("riskcheck.api")

Item = TypeVar("Item")
Result = TypeVar("Result")


class MicroBatcher(Generic[Item, Result]):
    """``await batcher.submit(item)`` returns ``run([... item ...])``'s entry for it.

    ``run`` is called in ``executor`` with at most ``slots`` batches in flight. If a batch
    raises, its items are retried one by one, so one bad post fails only itself.
    """

    def __init__(self, run: Callable[[Sequence[Item]], list[Result]], executor: Executor, *,
                 slots: int, max_batch: int) -> None:
        self._run = run
        self._executor = executor
        self._max_batch = max_batch
        self._slots = asyncio.Semaphore(slots)
        self._queue: asyncio.Queue[tuple[Item, asyncio.Future[Result]]] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._running: set[asyncio.Task[None]] = set()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._loop(), name="riskcheck-batcher")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def submit(self, item: Item) -> Result:
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        await self._queue.put((item, future))
        return await future

    async def _loop(self) -> None:
        while True:
            await self._slots.acquire()
            batch = [await self._queue.get()]
            while len(batch) < self._max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            task = asyncio.get_running_loop().create_task(self._run_batch(batch))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def _run_batch(self, batch: list[tuple[Item, asyncio.Future[Result]]]) -> None:
        loop = asyncio.get_running_loop()
        try:
            items = [item for item, _ in batch]
            try:
                results = await loop.run_in_executor(self._executor, self._run, items)
            except Exception:
                if len(batch) == 1:
                    raise
                log.warning("a batch of %d checks failed; retrying them one by one", len(batch))
                for item, future in batch:
                    await self._run_one(item, future)
                return
            for (_, future), result in zip(batch, results):
                if not future.done():
                    future.set_result(result)
        except Exception as exc:
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
        finally:
            self._slots.release()

    async def _run_one(self, item: Item, future: asyncio.Future[Result]) -> None:
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(self._executor, self._run, [item])
        except Exception as exc:
            if not future.done():
                future.set_exception(exc)
            return
        if not future.done():
            future.set_result(result[0])
