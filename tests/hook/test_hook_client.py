"""Client mode against a fake batch endpoint (httpx.MockTransport): same verdicts, clear errors."""

from __future__ import annotations

import json
from datetime import datetime
from datetime import timezone
from pathlib import Path

import httpx
import pytest
from hook_fakes import fake_verdict

from riskcheck.cli import main
from riskcheck.hook.client import ServiceClient
from riskcheck.hook.client import ServiceError
from riskcheck.hook.client import post_payload
from riskcheck.hook.client import verdict_from_dict
from riskcheck.types import Post


def _service(requests: list[dict[str, object]], *, status: int = 200) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v1/check/batch"
        if request.headers.get("authorization") != "Bearer sekrit":
            return httpx.Response(401, json={"detail": "bad key"})
        body = json.loads(request.content)
        requests.append(body)
        verdicts: list[object] = []
        for data in body["posts"]:
            if data["text"] == "boom":
                verdicts.append({"error": "text too long"})
            else:
                verdicts.append(fake_verdict(Post(text=data["text"], id=data.get("id"))).to_dict())
        return httpx.Response(status, json={"verdicts": verdicts})

    return httpx.MockTransport(handle)


def test_verdict_round_trips_through_to_dict() -> None:
    verdict = fake_verdict(Post(text="Storm Bram is cheap", id="p1"))
    assert verdict_from_dict(json.loads(json.dumps(verdict.to_dict()))) == verdict


def test_payload_matches_the_batch_contract() -> None:
    post = Post(text="Hi", scheduled_at=datetime(2026, 11, 27, 9, tzinfo=timezone.utc), channel="x", brand="acme",
                language="en", id="7", link_urls=("https://a.example",))
    assert post_payload(post) == {"text": "Hi", "channel": "x", "brand": "acme", "language": "en", "id": "7",
                                  "scheduled_at": "2026-11-27T09:00:00+00:00", "link_urls": ["https://a.example"]}


def test_client_batches_and_keeps_order_and_per_post_errors() -> None:
    requests: list[dict[str, object]] = []
    client = ServiceClient("http://svc", api_key="sekrit", batch_size=2, transport=_service(requests))
    posts = [Post(text=t, id=str(i)) for i, t in enumerate(["fine", "Storm Bram", "boom", "lockdown"])]
    answers = client.check_many(posts)
    assert [len(r["posts"]) for r in requests] == [2, 2]  # type: ignore[arg-type]
    assert [a if isinstance(a, str) else a.decision.value for a in answers] == [
        "pass", "block", "text too long", "review"]


@pytest.mark.parametrize(("key", "status", "message"), [
    ("wrong", 200, "the service at http://svc refused the API key (HTTP 401); check $RISKCHECK_API_KEY"),
    ("sekrit", 500, "the service at http://svc answered HTTP 500: "),
])
def test_client_errors_say_what_to_do(key: str, status: int, message: str) -> None:
    client = ServiceClient("http://svc", api_key=key, transport=_service([], status=status))
    with pytest.raises(ServiceError) as caught:
        client.check_many([Post(text="hi")])
    assert str(caught.value).startswith(message)


def test_hook_server_mode_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    requests: list[dict[str, object]] = []
    transport = _service(requests)
    real = ServiceClient.__init__

    def with_transport(self: ServiceClient, server: str, **kwargs: object) -> None:
        real(self, server, transport=transport, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ServiceClient, "__init__", with_transport)
    monkeypatch.setenv("RISKCHECK_API_KEY", "sekrit")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "q.jsonl").write_text('{"id": "1", "text": "Ride out Storm Bram"}\n{"id": "2", "text": "boom"}\n',
                                      encoding="utf-8")
    assert main(["hook", "--server", "http://svc", "q.jsonl"]) == 65
    assert capsys.readouterr().out.splitlines() == [
        "q.jsonl:1:10: BLOCK fake/storm says Storm Bram",
        "    | Ride out Storm Bram",
        "    |          ^^^^^^^^^^",
        "q.jsonl:2: error could not check this post: text too long",
        "riskcheck: 1 post checked in 1 file: 0 pass, 0 review, 1 block, 0 hold; 1 error",
    ]
    assert requests == [{"posts": [{"text": "Ride out Storm Bram", "id": "1"}, {"text": "boom", "id": "2"}]}]


def test_server_mode_needs_a_key_and_reports_unreachable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text('{"text": "hi"}\n', encoding="utf-8")
    monkeypatch.delenv("RISKCHECK_API_KEY", raising=False)
    assert main(["hook", "--server", "http://127.0.0.1:9", str(path)]) == 64
    monkeypatch.setenv("RISKCHECK_API_KEY", "k")
    assert main(["hook", "--server", "http://127.0.0.1:9", str(path)]) == 69
