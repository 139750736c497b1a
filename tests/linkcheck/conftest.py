"""Loopback-only fixtures for link checks.

Every hostname resolves to 127.0.0.1 (``loopback_resolver``) and the connector refuses any
address outside 127.0.0.0/8 and ::1, so even a wrong guard cannot send a packet off this
machine. Servers listen on 127.0.0.1 only.
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
from riskcheck.linkcheck import Refused

LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128"))


class Recorder:
    """What the injected resolver and connector were asked."""

    def __init__(self) -> None:
        self.lookups: list[str] = []
        self.connections: list[tuple[str, int]] = []

    def resolve(self, host: str, port: int) -> list[str]:
        self.lookups.append(host)
        return ["127.0.0.1"]

    def connect(self, address: str, port: int, timeout: float) -> socket.socket:
        if not any(ipaddress.ip_address(address) in net for net in LOOPBACK):
            raise Refused(f"test connector: {address} is outside loopback")
        self.connections.append((address, port))
        return socket.create_connection((address, port), timeout=timeout)


class Site:
    """Paths -> behaviour, plus what each request looked like."""

    def __init__(self) -> None:
        self.hits: list[tuple[str, str, dict[str, str]]] = []
        self.status: dict[str, int] = {"/toggle": 200}
        self.port = 0


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def _answer(self) -> None:
            site.hits.append((self.command, self.path, dict(self.headers)))
            path = self.path.split("?", 1)[0]
            if path == "/slow":
                time.sleep(3.0)
            redirects = {"/moved": "/ok", "/loop": "/loop2", "/loop2": "/loop",
                         "/away": f"http://elsewhere.test:{site.port}/ok", "/chain": "/chain?1",
                         "/to-cdn": f"http://cdn.shop.test:{site.port}/ok"}
            if path in redirects or path.startswith("/chain"):
                target = redirects.get(path, "")
                if path == "/chain":
                    n = int(self.path.split("?", 1)[1]) if "?" in self.path else 0
                    target = f"/chain?{n + 1}"
                self.send_response(301)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if path == "/head-refused" and self.command == "HEAD":
                status = 405
            else:
                status = {"/ok": 200, "/missing": 404, "/error": 500, "/head-refused": 200, "/slow": 200}.get(
                    path, site.status.get(path, 404))
            body = b"hello" if self.command == "GET" else b""
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        do_HEAD = _answer
        do_GET = _answer

    return Handler


@pytest.fixture()
def site() -> Iterator[Site]:
    state = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def make_checker(recorder: Recorder) -> Iterator:
    made: list[LinkChecker] = []

    def make(allow: tuple[str, ...] = ("127.0.0.0/8", "::1/128"), **settings: object) -> LinkChecker:
        checker = LinkChecker(LinkCheckSettings(check=True, allow=allow, **settings),  # type: ignore[arg-type]
                              guard=Guard(allow, resolver=recorder.resolve), connector=recorder.connect)
        made.append(checker)
        return checker

    yield make
    for checker in made:
        checker.close()
