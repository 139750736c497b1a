"""Live link checks against loopback servers, through the allow-list; the guard without it."""

from __future__ import annotations

import socket
import time

import pytest

from riskcheck.linkcheck import Guard
from riskcheck.linkcheck import LinkChecker
from riskcheck.linkcheck import LinkCheckSettings
from riskcheck.linkcheck import Outcome
from riskcheck.linkcheck import Refused


def _url(site, path: str, host: str = "shop.test") -> str:
    return f"http://{host}:{site.port}{path}"


@pytest.mark.parametrize(("path", "outcome", "status"), [
    ("/ok", Outcome.OK, 200),
    ("/moved", Outcome.OK, 200),          # same-site redirect followed
    ("/head-refused", Outcome.OK, 200),   # HEAD 405, then GET
    ("/missing", Outcome.BROKEN, 404),
    ("/error", Outcome.BROKEN, 500),
    ("/loop", Outcome.LOOP, 301),
    ("/away", Outcome.OFFSITE, 301),
    ("/chain", Outcome.TOO_MANY_REDIRECTS, 301),
])
def test_outcomes(site, make_checker, path, outcome, status):
    result = make_checker(max_redirects=3).check([_url(site, path)])[_url(site, path)]
    assert (result.outcome, result.status) == (outcome, status), result.detail


def test_final_url_of_an_offsite_redirect_and_a_same_site_one(site, make_checker):
    checker = make_checker()
    results = checker.check([_url(site, "/away"), _url(site, "/moved")])
    assert results[_url(site, "/away")].final_url == f"http://elsewhere.test:{site.port}/ok"
    assert results[_url(site, "/moved")].final_url == _url(site, "/ok")


def test_head_then_get_when_head_is_refused(site, make_checker):
    make_checker().check([_url(site, "/head-refused")])
    assert [(m, p) for m, p, _ in site.hits] == [("HEAD", "/head-refused"), ("GET", "/head-refused")]


def test_timeout(site, make_checker):
    result = make_checker(timeout_s=0.3, budget_s=5.0).check([_url(site, "/slow")])[_url(site, "/slow")]
    assert result.outcome is Outcome.TIMEOUT


def test_credentials_in_the_url_are_not_forwarded(site, make_checker):
    url = f"http://alice:s3cret@shop.test:{site.port}/ok?x=1"
    assert make_checker().check([url])[url].outcome is Outcome.OK
    method, path, headers = site.hits[0]
    assert path == "/ok?x=1"
    assert "Authorization" not in headers and "s3cret" not in str(headers)
    assert headers["Host"] == f"shop.test:{site.port}"


@pytest.mark.parametrize("url", ["ftp://shop.test/file", "file:///etc/passwd", "gopher://x.test/", "javascript:alert(1)"])
def test_only_http_and_https(make_checker, recorder, url):
    result = make_checker().check([url])[url]
    assert result.outcome is Outcome.REFUSED
    assert recorder.connections == []


class _NoSockets:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("a socket was opened")


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "192.168.1.10",
                                     "172.16.0.5", "100.64.0.1", "224.0.0.1", "0.0.0.0", "fe80::1", "fc00::1",
                                     "::ffff:127.0.0.1", "240.0.0.1"])
def test_private_addresses_are_refused_without_a_connection(monkeypatch, address):
    """Resolved (the name maps to it) and literal; neither the connector nor any socket is used."""
    monkeypatch.setattr(socket, "socket", _NoSockets)
    monkeypatch.setattr(socket, "create_connection", _NoSockets)
    connects: list[str] = []

    def connector(addr: str, port: int, timeout: float) -> socket.socket:
        connects.append(addr)
        raise AssertionError("connector called")

    checker = LinkChecker(LinkCheckSettings(check=True), guard=Guard((), resolver=lambda host, port: [address]),
                          connector=connector)
    literal = f"http://[{address}]/" if ":" in address else f"http://{address}/"
    try:
        results = checker.check(["http://innocent.test/deal", literal, "http://169.254.169.254/latest/meta-data/"])
    finally:
        checker.close()
    assert {r.outcome for r in results.values()} == {Outcome.REFUSED}
    assert connects == []
    assert address.split("%")[0] in results["http://innocent.test/deal"].detail or "::ffff" in address


def test_a_name_with_one_private_address_among_public_ones_is_refused():
    guard = Guard((), resolver=lambda host, port: ["93.184.216.34", "10.0.0.1"])
    with pytest.raises(Refused, match="10.0.0.1 is private"):
        guard.resolve("https://mixed.test/")


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(site, recorder):
    """The first hop is allowed (loopback is on the allow-list); the same-site redirect's
    host resolves to 10.0.0.1, which is not, so that hop is refused before connecting."""
    def resolver(host: str, port: int) -> list[str]:
        return ["10.0.0.1"] if host == "cdn.shop.test" else ["127.0.0.1"]

    checker = LinkChecker(LinkCheckSettings(check=True), guard=Guard(("127.0.0.0/8",), resolver=resolver),
                          connector=recorder.connect)
    try:
        url = _url(site, "/to-cdn")
        result = checker.check([url])[url]
    finally:
        checker.close()
    assert (result.outcome, result.status, result.final_url) == (Outcome.REFUSED, 301, f"http://cdn.shop.test:{site.port}/ok")
    assert "10.0.0.1 is private" in result.detail
    assert recorder.connections == [("127.0.0.1", site.port)]


def test_fifty_links_finish_within_the_budget_and_the_rest_are_unchecked(site, make_checker):
    """Every link hangs 3 s; the 0.5 s budget ends the wait. The bound (budget + 2 s) is
    loose on purpose: the property is 'the wait ends', not a speed."""
    checker = make_checker(budget_s=0.5, timeout_s=3.0, workers=16)
    urls = [_url(site, f"/slow?{i}") for i in range(50)]
    started = time.monotonic()
    results = checker.check(urls)
    elapsed = time.monotonic() - started
    assert elapsed < 0.5 + 2.0
    assert len(results) == 50
    assert {r.outcome for r in results.values()} == {Outcome.UNCHECKED}  # never reported as fine


def test_results_are_cached_for_the_ttl(site, recorder):
    now = [1000.0]
    allow = ("127.0.0.0/8",)
    checker = LinkChecker(LinkCheckSettings(check=True, ttl_s=60, allow=allow),
                          guard=Guard(allow, resolver=recorder.resolve), connector=recorder.connect,
                          clock=lambda: now[0])
    try:
        url = _url(site, "/ok")
        checker.check([url, url])
        checker.check([url])
        assert len(site.hits) == 1  # duplicates and a repeat within the TTL are not fetched again
        now[0] += 61
        checker.check([url])
        assert len(site.hits) == 2
    finally:
        checker.close()


def test_a_status_that_changed_since_the_last_check_is_reported(site, make_checker):
    checker = make_checker(ttl_s=0)
    url = _url(site, "/toggle")
    assert checker.check([url])[url].changed_from is None
    site.status["/toggle"] = 404
    result = checker.check([url])[url]
    assert (result.outcome, result.status, result.changed_from) == (Outcome.BROKEN, 404, 200)
