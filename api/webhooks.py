"""Signed webhooks: tell the scheduler when a reviewer decides or crisis mode holds a post.

Each delivery is a JSON POST with two headers:

* ``X-Riskcheck-Timestamp``: Unix seconds when it was signed;
* ``X-Riskcheck-Signature``: ``sha256=`` + hex HMAC-SHA256, keyed with the shared secret, over
  ``"{timestamp}." + body`` — the body and the time together, so a captured delivery cannot be
  replayed later with a new timestamp. Receivers check it with ``verify_signature`` (reject
  anything older than a few minutes).

Deliveries run on one background thread: a failed one (connection error or non-2xx) is retried
with exponential backoff, and every attempt goes to the store's delivery log. The target is
resolved before each attempt and refused when any address is private, loopback, link-local or
otherwise not public, unless its network is allow-listed (``webhook_allow``) — the core's SSRF
guard, shared with the link checks; the resolver and the HTTP transport are injectable so tests
never leave loopback.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import queue
import threading
import time
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timezone
from typing import Any
from urllib.parse import urlsplit

import httpx

from riskcheck.errors import ConfigError

from riskcheck.linkcheck.guard import Guard
from riskcheck.linkcheck.guard import Resolver
from riskcheck.linkcheck.guard import Refused
from riskcheck.linkcheck.guard import system_resolver
from riskcheck.store.reviews import Delivery

log = logging.getLogger("riskcheck.webhooks")

SIGNATURE_HEADER = "X-Riskcheck-Signature"
TIMESTAMP_HEADER = "X-Riskcheck-Timestamp"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify_signature(secret: str, timestamp: str, body: bytes, signature: str, *,
                     now: float | None = None, tolerance_s: float = 300.0) -> bool:
    """What a receiver runs: the signature matches and the timestamp is recent (replay guard)."""
    try:
        sent = int(timestamp)
    except ValueError:
        return False
    if abs((time.time() if now is None else now) - sent) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, sent, body), signature)


class TargetRefused(Exception):
    """The webhook URL points at an address riskcheck will not call."""


def check_target(url: str, resolver: Resolver, allow: Sequence[str]) -> str:
    """The address to connect to, by the core's SSRF guard (``riskcheck.linkcheck.guard``): only
    http(s), and every resolved address public unless its network is allow-listed (``allow``:
    addresses or CIDR networks, e.g. ``127.0.0.1``, ``10.0.0.0/8``). The caller connects to the
    returned address (no second lookup), so DNS cannot answer differently in between."""
    try:
        return Guard(allow, resolver).resolve(url).address
    except Refused as exc:
        raise TargetRefused(str(exc)) from None


def pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, Any]]:
    """The URL with its host replaced by ``address``, the Host header, and the TLS server name."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if ":" in address else address
    netloc = literal + (f":{parts.port}" if parts.port else "")
    extensions: dict[str, Any] = {"sni_hostname": host} if parts.scheme == "https" else {}
    return parts._replace(netloc=netloc).geturl(), {"Host": parts.netloc.rsplit("@", 1)[-1]}, extensions


@dataclass(frozen=True, slots=True)
class Event:
    kind: str  # review.approved, review.rejected, post.held
    post_id: str
    payload: dict[str, Any]


class WebhookSender:
    """Queue events; one thread signs, sends, retries and logs each delivery."""

    def __init__(self, url: str, secret: str, store: Any, *, allow: Sequence[str] = (),
                 resolver: Resolver = system_resolver, transport: httpx.BaseTransport | None = None,
                 attempts: int = 5, backoff_s: float = 0.5, timeout_s: float = 5.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.url = url
        self._secret = secret
        self._store = store
        self._allow = tuple(allow)
        try:
            Guard(self._allow)
        except ValueError as exc:
            raise ConfigError(f"webhook_allow: {exc} (give addresses or CIDR networks)") from None
        self._resolver = resolver
        self._attempts = max(1, attempts)
        self._backoff_s = backoff_s
        self._sleep = sleep
        self._client = httpx.Client(transport=transport, timeout=timeout_s, follow_redirects=False)
        self._queue: queue.Queue[Event | None] = queue.Queue(maxsize=10_000)
        self._thread: threading.Thread | None = None

    def send(self, event: Event) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="riskcheck-webhooks", daemon=True)
            self._thread.start()
        try:
            self._queue.put_nowait(event)
        except queue.Full:
            log.error("webhook queue full; dropping %s for post %s", event.kind, event.post_id)

    def flush(self) -> None:
        """Block until every queued event was delivered or gave up (tests, shutdown)."""
        if self._thread is not None:
            self._queue.join()

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=10)
        self._client.close()

    def _loop(self) -> None:
        while True:
            event = self._queue.get()
            try:
                if event is None:
                    return
                self.deliver(event)
            except Exception:  # a webhook must never take the service down
                log.exception("webhook delivery crashed")
            finally:
                self._queue.task_done()

    def deliver(self, event: Event) -> bool:
        """Send one event, retrying with backoff; True when the receiver answered 2xx."""
        body = json.dumps({"event": event.kind, "post_id": event.post_id, **event.payload},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        for attempt in range(1, self._attempts + 1):
            status: int | None = None
            error: str | None = None
            try:
                address = check_target(self.url, self._resolver, self._allow)
                target, host_header, extensions = pinned(self.url, address)
                stamp = int(time.time())
                request = self._client.build_request("POST", target, content=body, extensions=extensions, headers={
                    **host_header, "Content-Type": "application/json", TIMESTAMP_HEADER: str(stamp),
                    SIGNATURE_HEADER: sign(self._secret, stamp, body)})
                response = self._client.send(request)
                status = response.status_code
                if not 200 <= status < 300:
                    error = f"HTTP {status}"
            except TargetRefused as exc:
                error = f"refused: {exc}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
            self._store.add_delivery(Delivery(datetime.now(timezone.utc), event.kind, event.post_id, attempt,
                                              status, error, self.url))
            if error is None:
                return True
            if error.startswith("refused:") or attempt == self._attempts:
                log.warning("webhook %s for %s not delivered after %d attempt(s): %s", event.kind,
                            event.post_id, attempt, error)
                return False
            self._sleep(self._backoff_s * 2 ** (attempt - 1))
        return False
