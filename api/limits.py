"""Edge limits and per-request bookkeeping as plain ASGI middleware.

Plain ASGI rather than ``BaseHTTPMiddleware``: the check path is latency-critical and
this costs a few microseconds, not a task and a stream copy per request.
"""

from __future__ import annotations

import logging
import time

from fastapi import HTTPException
from starlette.types import ASGIApp
from starlette.types import Message
from starlette.types import Receive
from starlette.types import Scope
from starlette.types import Send

from riskcheck.api.metrics import Metrics
from riskcheck.api.problems import MEDIA_TYPE
from riskcheck.api.problems import problem_bytes

log = logging.getLogger("riskcheck.api")


class _TooLarge(HTTPException):
    """Raised from ``receive``: an HTTPException so FastAPI's body reader passes it on
    (it turns any other error into a 400) and the app answers 413 with the reason."""


async def _send_problem(send: Send, status: int, detail: str, instance: str) -> None:
    payload = problem_bytes(status, detail, instance=instance)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})


class BodySizeLimit:
    """413 when the body is larger than ``limit`` bytes: by Content-Length up front, or
    while reading a chunked body."""

    def __init__(self, app: ASGIApp, limit: int, metrics: Metrics) -> None:
        self.app = app
        self.limit = limit
        self.metrics = metrics

    def _refuse(self, size: str) -> str:
        self.metrics.rejected.labels("body_size").inc()
        return (f"request body is {size} bytes; this service accepts at most {self.limit} bytes "
                "(max_body_bytes). Send fewer posts per batch.")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.limit:
                    await _send_problem(send, 413, self._refuse(str(declared)), scope["path"])
                    return
                break
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLarge(413, self._refuse(f"more than {self.limit}"))
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge as exc:
            if not started:
                await _send_problem(send, 413, str(exc.detail), scope["path"])


class RequestMetrics:
    """Count and time every request by its route template (``/v1/verdicts/{post_id}/waive``),
    never by raw path, so label cardinality stays bounded."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            self.metrics.observe_request(template, scope["method"], status, time.perf_counter() - started)
