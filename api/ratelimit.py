"""Per-key rate limits with ``RateLimit-*`` headers, on the ``limits`` library.

Each API key (by its name) gets ``rate_limit`` requests per window (``"600/minute"``;
a key may carry its own). Every authenticated answer says where the caller stands::

    RateLimit-Limit: 600
    RateLimit-Remaining: 599
    RateLimit-Reset: 42            (seconds until the window frees a request)
    RateLimit-Policy: 600;w=60

and a request over the limit gets 429 problem details with ``Retry-After``.

Counts are kept in memory, **per worker process**: with ``--workers N`` a key can make up
to N times the limit per window in total (uvicorn spreads connections over workers), and a
restart forgets the counts. That is the trade for no shared store on the hot path; put
the limit at the proxy, or divide it by N, where an exact global count matters.
"""

from __future__ import annotations

import math
import time

from fastapi import HTTPException
from limits import RateLimitItem
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.types import ASGIApp
from starlette.types import Message
from starlette.types import Receive
from starlette.types import Scope
from starlette.types import Send

from riskcheck.errors import ConfigError

STATE_KEY = "ratelimit_headers"


def parse_limit(value: str, where: str) -> RateLimitItem:
    """``"600/minute"``, ``"10/second"``, ``"1000 per hour"``; a ConfigError naming ``where`` otherwise."""
    try:
        return parse(value)
    except ValueError:
        raise ConfigError(f"{where}: rate limit {value!r} is not like '600/minute' or '10/second'") from None


class KeyRateLimiter:
    """One moving window per key name; thread-safe (the ``limits`` memory storage locks)."""

    def __init__(self, default: str | None) -> None:
        self.default = parse_limit(default, "rate_limit") if default else None
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._items: dict[str, RateLimitItem] = {}

    def item_for(self, key_name: str, own: str | None) -> RateLimitItem | None:
        if own:
            if own not in self._items:
                self._items[own] = parse_limit(own, f"rate limit of key '{key_name}'")
            return self._items[own]
        return self.default

    def hit(self, key_name: str, own: str | None = None) -> list[tuple[bytes, bytes]]:
        """Count one request; the headers to send, or HTTPException(429) when over."""
        item = self.item_for(key_name, own)
        if item is None:
            return []
        allowed = self._limiter.hit(item, key_name)
        reset_at, remaining = self._limiter.get_window_stats(item, key_name)
        reset = max(0, math.ceil(reset_at - time.time()))
        window = item.get_expiry()
        headers = [(b"ratelimit-limit", str(item.amount).encode()),
                   (b"ratelimit-remaining", str(max(0, remaining)).encode()),
                   (b"ratelimit-reset", str(reset).encode()),
                   (b"ratelimit-policy", f"{item.amount};w={window}".encode())]
        if not allowed:
            retry = {name.decode().title(): value.decode() for name, value in headers}
            raise HTTPException(429, f"rate limit of {item.amount} requests per {window} s for key "
                                     f"'{key_name}' reached; retry in {max(1, reset)} s",
                                headers={**retry, "Retry-After": str(max(1, reset))})
        return headers


class RateLimitHeaders:
    """Plain ASGI middleware: adds the headers the auth dependency left in the request state."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = scope.get("state", {}).get(STATE_KEY)
                if extra:
                    present = {name.lower() for name, _ in message.get("headers", [])}
                    message = {**message, "headers": [*message.get("headers", []),
                                                      *((n, v) for n, v in extra if n not in present)]}
            await send(message)

        await self.app(scope, receive, with_headers)
