"""Live link checks: how long a post's links take, and that the budget bounds the wait.

Loopback only: a local HTTP server on 127.0.0.1, a resolver that maps every hostname to
127.0.0.1 and a connector that refuses anything outside 127.0.0.0/8 and ::1, so no packet
can leave the machine.

Run:  pytest benchmarks/bench_links.py --benchmark-enable --benchmark-columns=min,median,mean,max,rounds
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer

import pytest

from riskcheck.linkcheck import Guard
from riskcheck.linkcheck import LinkChecker
from riskcheck.linkcheck import LinkCheckSettings
from riskcheck.linkcheck import Outcome
from riskcheck.linkcheck import Refused

LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128"))


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        if self.path.startswith("/slow"):
            time.sleep(2.0)
        self.send_response(404 if self.path.startswith("/missing") else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield int(server.server_address[1])
    server.shutdown()
    server.server_close()


def _connect(address: str, port: int, timeout: float) -> socket.socket:
    if not any(ipaddress.ip_address(address) in net for net in LOOPBACK):
        raise Refused(f"benchmark connector: {address} is outside loopback")
    return socket.create_connection((address, port), timeout=timeout)


def _checker(**settings: float) -> LinkChecker:
    allow = ("127.0.0.0/8",)
    return LinkChecker(LinkCheckSettings(check=True, allow=allow, ttl_s=0, **settings),  # type: ignore[arg-type]
                       guard=Guard(allow, resolver=lambda host, p: ["127.0.0.1"]), connector=_connect)


def test_fifty_live_links(benchmark, port: int) -> None:  # type: ignore[no-untyped-def]
    """50 distinct links answering at once (16 in flight), nothing cached."""
    checker = _checker(budget_s=10.0)
    urls = [f"http://shop{i}.test:{port}/page" for i in range(50)]
    try:
        results = benchmark(checker.check, urls)
    finally:
        checker.close()
    assert {r.outcome for r in results.values()} == {Outcome.OK}


def test_fifty_hanging_links_end_at_the_budget(benchmark, port: int) -> None:  # type: ignore[no-untyped-def]
    """50 links that hang 2 s, budget 0.5 s: the wait ends at the budget, all reported unchecked."""
    checker = _checker(budget_s=0.5, timeout_s=3.0)
    counter = iter(range(10**6))

    def run() -> dict[str, object]:
        n = next(counter)
        return dict(checker.check([f"http://hang{n}-{i}.test:{port}/slow" for i in range(50)]))

    try:
        results = benchmark.pedantic(run, rounds=3, iterations=1)
    finally:
        checker.close()
    assert len(results) == 50


def test_cached_links(benchmark, port: int) -> None:  # type: ignore[no-untyped-def]
    """The same 50 links again within the TTL: no request at all."""
    allow = ("127.0.0.0/8",)
    checker = LinkChecker(LinkCheckSettings(check=True, allow=allow, ttl_s=600),
                          guard=Guard(allow, resolver=lambda host, p: ["127.0.0.1"]), connector=_connect)
    urls = [f"http://cached{i}.test:{port}/page" for i in range(50)]
    checker.check(urls)
    try:
        benchmark(checker.check, urls)
    finally:
        checker.close()
