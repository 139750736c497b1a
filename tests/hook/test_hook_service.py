"""Client mode against the real HTTP service (in-process, rules-only): same decisions as local."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from riskcheck.cli import main
from riskcheck.cli.common import shipped_rules_dir
from riskcheck.hook.client import ServiceClient

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FILES = [str(EXAMPLES / n) for n in ("posts.csv", "posts.json", "posts.jsonl", "posts.yaml")] + [
    str(p) for p in sorted((EXAMPLES / "markdown").glob("*.md"))]


def test_server_mode_matches_local_checking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    testclient = pytest.importorskip("fastapi.testclient")
    from riskcheck.api.app import create_app
    from riskcheck.api.settings import Settings
    from riskcheck.api.settings import parse_env_keys

    settings = Settings(rules_dir=shipped_rules_dir(), db_url=str(tmp_path / "state.db"),
                        api_keys=parse_env_keys("hook=hook-secret:check"), ml=False, warm_up=False,
                        crisis_cache_s=0.0)
    with testclient.TestClient(create_app(settings)) as client:
        def forward(request: httpx.Request) -> httpx.Response:
            answer = client.request(request.method, request.url.path, content=request.content,
                                    headers={k: v for k, v in request.headers.items()
                                             if k in ("authorization", "content-type")})
            return httpx.Response(answer.status_code, content=answer.content,
                                  headers={"content-type": answer.headers.get("content-type", "")})

        real = ServiceClient.__init__

        def via_app(self: ServiceClient, server: str, **kwargs: object) -> None:
            real(self, server, transport=httpx.MockTransport(forward), **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(ServiceClient, "__init__", via_app)
        monkeypatch.setenv("RISKCHECK_API_KEY", "hook-secret")
        for name in ("RISKCHECK_RULES", "RISKCHECK_DB"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.chdir(tmp_path)
        remote_code = main(["hook", "--format", "json", "--server", "http://testserver", "--batch-size", "2", *FILES])
        remote = json.loads(capsys.readouterr().out)
    local_code = main(["hook", "--format", "json", "--rules", str(shipped_rules_dir()), "--rules-only", *FILES])
    local = json.loads(capsys.readouterr().out)

    def view(document: dict[str, object]) -> list[tuple[object, ...]]:
        return [(p["file"], p["line"], p.get("decision"), p.get("error"),
                 [(loc["rule_id"], loc["line"], loc["column"]) for loc in p.get("locations", [])])
                for p in document["posts"]]  # type: ignore[attr-defined, index]

    assert remote_code == local_code == 1
    assert view(remote) == view(local)
    assert remote["summary"]["block"] >= 4
