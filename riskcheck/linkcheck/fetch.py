"""One link, fetched hop by hop through the guard: HEAD, then GET when HEAD is refused.

Each hop is resolved and checked by ``Guard.resolve`` and the connection goes to exactly
the address that was checked (``Connector``), with the URL's host in ``Host``/SNI. No
cookies, no ``Authorization``, credentials in the URL are dropped. Redirects are followed
by hand so every hop passes the guard, a loop is seen, and a hop to another site stops
the walk (it is reported, not fetched).
"""

from __future__ import annotations

import enum
import http.client
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin
from urllib.parse import urlsplit

from riskcheck.linkcheck.guard import Guard
from riskcheck.linkcheck.guard import Refused
from riskcheck.linkcheck.guard import Target

# address, port, timeout -> a connected socket. Injected in tests (it can refuse anything
# outside loopback, and count connections); the default opens a TCP connection.
Connector = Callable[[str, int, float], socket.socket]

USER_AGENT = "riskcheck-linkcheck/1 (pre-publish link check)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
HEAD_REFUSED = frozenset({400, 403, 405, 501})  # servers that answer HEAD with these often serve GET fine
_MAX_BODY = 64 * 1024


def default_connector(address: str, port: int, timeout: float) -> socket.socket:
    return socket.create_connection((address, port), timeout=timeout)


class Outcome(str, enum.Enum):
    OK = "ok"
    BROKEN = "broken"            # final status 4xx/5xx
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"  # connection refused, TLS failure, bad response
    OFFSITE = "offsite"          # redirects to another site
    LOOP = "loop"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    REFUSED = "refused"          # the guard refused a hop (private address, bad scheme)
    UNCHECKED = "unchecked"      # not checked within the post's budget

    @property
    def fine(self) -> bool:
        return self is Outcome.OK


@dataclass(frozen=True, slots=True)
class LinkResult:
    """What one URL did. ``status`` is the last HTTP status seen (None if none);
    ``changed_from`` is the status of the previous check when it differs."""

    url: str
    outcome: Outcome
    status: int | None
    final_url: str
    detail: str
    changed_from: int | None = None

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"url": self.url, "outcome": self.outcome.value, "status": self.status,
                                   "final_url": self.final_url, "detail": self.detail}
        if self.changed_from is not None:
            data["changed_from"] = self.changed_from
        return data


def same_site(a: str, b: str) -> bool:
    """Hosts of one site: equal after dropping ``www.``, or one a subdomain of the other."""
    a, b = a.lower().rstrip(".").removeprefix("www."), b.lower().rstrip(".").removeprefix("www.")
    return a == b or a.endswith("." + b) or b.endswith("." + a)


class _Connection(http.client.HTTPConnection):
    """An HTTP(S) connection to a checked address, opened by the injected connector."""

    def __init__(self, target: Target, connector: Connector, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self._target = target
        self._connector = connector

    def connect(self) -> None:
        sock = self._connector(self._target.address, self._target.port, float(self.timeout or 1.0))
        if self._target.scheme == "https":
            context = ssl.create_default_context()
            sock = context.wrap_socket(sock, server_hostname=self._target.host)
        self.sock = sock


def _request(target: Target, method: str, connector: Connector, timeout: float) -> tuple[int, str | None]:
    connection = _Connection(target, connector, timeout)
    try:
        connection.request(method, target.path, headers={"User-Agent": USER_AGENT, "Accept": "*/*",
                                                         "Connection": "close"})
        response = connection.getresponse()
        if method == "GET":
            response.read(_MAX_BODY)
        return response.status, response.getheader("Location")
    finally:
        connection.close()


def fetch(url: str, guard: Guard, connector: Connector, *, timeout_s: float, max_redirects: int,
          deadline: float | None = None) -> LinkResult:
    """Walk ``url``'s redirects; never raises for anything the link itself does."""
    current = url
    seen = {url}
    status: int | None = None
    first_host = urlsplit(url).hostname or ""
    for hop in range(max_redirects + 1):
        try:
            target = guard.resolve(current)
        except Refused as exc:
            return LinkResult(url, Outcome.REFUSED, status, current, str(exc))
        remaining = timeout_s if deadline is None else min(timeout_s, deadline - time.monotonic())
        if remaining <= 0:
            return LinkResult(url, Outcome.UNCHECKED, status, current, "no time left in the link-check budget")
        try:
            status, location = _request(target, "HEAD", connector, remaining)
            if status in HEAD_REFUSED:
                status, location = _request(target, "GET", connector, remaining)
        except (TimeoutError, socket.timeout):
            if remaining < timeout_s:  # cut short by the post's budget, not the link's own fault
                return LinkResult(url, Outcome.UNCHECKED, status, current, "the link-check budget ran out")
            return LinkResult(url, Outcome.TIMEOUT, status, current, f"no answer within {remaining:.1f} s")
        except Refused as exc:  # a connector may refuse too
            return LinkResult(url, Outcome.REFUSED, status, current, str(exc))
        except (OSError, http.client.HTTPException, ValueError) as exc:
            return LinkResult(url, Outcome.UNREACHABLE, status, current, f"{type(exc).__name__}: {exc}")
        if status not in REDIRECTS or not location:
            if status >= 400:
                return LinkResult(url, Outcome.BROKEN, status, current, f"answered HTTP {status}")
            return LinkResult(url, Outcome.OK, status, current, f"answered HTTP {status}")
        following = urljoin(current, location)
        if following in seen:
            return LinkResult(url, Outcome.LOOP, status, following, f"redirect loop back to {following}")
        next_host = urlsplit(following).hostname or ""
        if not same_site(first_host, next_host):
            return LinkResult(url, Outcome.OFFSITE, status, following,
                              f"redirects to another site ({next_host}) with HTTP {status}")
        seen.add(following)
        current = following
        del hop
    return LinkResult(url, Outcome.TOO_MANY_REDIRECTS, status, current, f"more than {max_redirects} redirects")
