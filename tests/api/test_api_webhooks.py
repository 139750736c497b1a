"""Signed webhooks against a receiver on 127.0.0.1 only: signature and replay window, retries
with backoff, the delivery log, refusal of private targets that are not allow-listed. Host
names are mapped by an injected resolver, so nothing is looked up or sent beyond loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from typing import Any

import pytest

from api_fakes import auth
from riskcheck.api.webhooks import SIGNATURE_HEADER
from riskcheck.api.webhooks import TIMESTAMP_HEADER
from riskcheck.api.webhooks import Event
from riskcheck.api.webhooks import TargetRefused
from riskcheck.api.webhooks import WebhookSender
from riskcheck.api.webhooks import check_target
from riskcheck.api.webhooks import sign
from riskcheck.api.webhooks import verify_signature
from riskcheck.store import open_store

SECRET = "whsec-test"


class Receiver:
    """A loopback HTTP receiver that answers the queued statuses (then 200) and keeps requests."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], bytes]] = []
        self.statuses: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                receiver.requests.append(({k: v for k, v in self.headers.items()}, body))
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else 200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}/hooks/riskcheck"


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()
    r.server.server_close()


def loopback_resolver(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]


def test_signature_covers_body_and_timestamp():
    body = b'{"event":"review.approved"}'
    signature = sign(SECRET, 1_800_000_000, body)
    assert verify_signature(SECRET, "1800000000", body, signature, now=1_800_000_010)
    assert not verify_signature(SECRET, "1800000000", body + b" ", signature, now=1_800_000_010)
    assert not verify_signature("other", "1800000000", body, signature, now=1_800_000_010)
    assert not verify_signature(SECRET, "1800000001", body, signature, now=1_800_000_010)  # new timestamp
    assert not verify_signature(SECRET, "1800000000", body, signature, now=1_800_000_000 + 3600)  # replay


def test_private_targets_are_refused_unless_allow_listed():
    private = lambda host, port: ["10.1.2.3"]  # noqa: E731
    with pytest.raises(TargetRefused, match="private"):
        check_target("https://hooks.example.com/x", private, ())
    with pytest.raises(TargetRefused, match="loopback"):
        check_target("http://127.0.0.1:9/x", loopback_resolver, ())
    with pytest.raises(TargetRefused, match="loopback"):
        check_target("http://[::1]:9/x", lambda h, p: ["::1"], ())
    with pytest.raises(TargetRefused, match="metadata"):
        check_target("http://meta.example/x", lambda h, p: ["169.254.169.254"], ())
    with pytest.raises(TargetRefused, match="http"):
        check_target("file:///etc/passwd", loopback_resolver, ())
    check_target("https://hooks.example.com/x", private, ("10.0.0.0/8",))
    check_target("https://hooks.example.com/x", lambda h, p: ["93.184.216.34"], ())  # public: fine


def test_delivery_is_signed_retried_and_logged(tmp_path, receiver):
    store = open_store(tmp_path / "state.db")
    sleeps: list[float] = []
    sender = WebhookSender(receiver.url("hooks.example.test"), SECRET, store, allow=("127.0.0.1",),
                           resolver=loopback_resolver, attempts=4, backoff_s=0.5, sleep=sleeps.append)
    receiver.statuses = [500, 503]
    assert sender.deliver(Event("review.approved", "p1", {"decision": "pass"}))
    assert sleeps == [0.5, 1.0]  # exponential backoff
    headers, body = receiver.requests[-1]
    assert json.loads(body) == {"event": "review.approved", "post_id": "p1", "decision": "pass"}
    assert verify_signature(SECRET, headers[TIMESTAMP_HEADER], body, headers[SIGNATURE_HEADER])
    log = store.deliveries()
    assert [(d.attempt, d.status, d.error) for d in reversed(log)] == [
        (1, 500, "HTTP 500"), (2, 503, "HTTP 503"), (3, 200, None)]
    sender.close()
    store.close()


def test_refused_target_is_logged_and_never_called(tmp_path, receiver):
    store = open_store(tmp_path / "state.db")
    sender = WebhookSender(receiver.url(), SECRET, store, resolver=loopback_resolver, sleep=lambda s: None)
    assert not sender.deliver(Event("post.held", "p1", {}))
    assert receiver.requests == []
    assert store.deliveries()[0].error.startswith("refused: 127.0.0.1 is loopback")
    sender.close()
    store.close()


def test_service_notifies_on_review_decision_and_on_hold(make_client, receiver):
    client = make_client(webhook_url=receiver.url(), webhook_secret=SECRET, webhook_allow=("127.0.0.1",))
    client.post("/v1/check", json={"text": "big sale", "id": "p1"}, headers=auth("check"))
    client.post("/v1/verdicts/p1/approve", json={"note": "fine"}, headers=auth("review"))
    client.put("/v1/crisis", json={"active": True, "reason": "storm"}, headers=auth("admin"))
    client.post("/v1/check", json={"text": "another sale", "id": "p2"}, headers=auth("check"))
    client.post("/v1/check", json={"text": "another sale", "id": "p2"}, headers=auth("check"))  # no news
    client.app.state.service.webhooks.flush()
    events = [json.loads(body) for _, body in receiver.requests]
    assert [(e["event"], e["post_id"], e["decision"]) for e in events] == [
        ("review.approved", "p1", "pass"), ("post.held", "p2", "hold")]
    assert events[0]["by"] == "review" and events[0]["note"] == "fine"
    log = client.get("/v1/webhooks/deliveries", headers=auth("admin")).json()["deliveries"]
    assert [(d["event"], d["status"]) for d in log] == [("post.held", 200), ("review.approved", 200)]
    assert client.get("/v1/webhooks/deliveries", headers=auth("review")).status_code == 403


def test_webhook_url_without_secret_is_a_config_error(make_client):
    from riskcheck.api.app import create_app

    with pytest.raises(Exception, match="webhook_secret"):
        client = make_client(webhook_url="http://127.0.0.1:9/x")
        client.get("/healthz")
    del create_app
