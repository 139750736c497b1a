"""The example clients (examples/clients/) against a running service: Python always,
TypeScript where node and the compiler are installed (.ci/run installs them)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from live_server import free_port
from live_server import running_server

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "examples" / "clients"
KEY = "client-check-key"
POST = {"id": "p1", "text": "🎉🎉 Ride out #StormBram!", "scheduled_at": "2026-11-24T10:00:00+01:00"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("client-server")
    port = free_port()
    env = {**os.environ, "RISKCHECK_API_KEYS": f"scheduler={KEY}:check", "RISKCHECK_RATE_LIMIT": "1000/minute"}
    env.pop("RISKCHECK_DB", None)
    with running_server(workdir, port, env, ["--host", "127.0.0.1", "--rules-only", "--rules", str(ROOT / "rules"),
                                             "--db", str(workdir / "state.db")]):
        yield f"http://127.0.0.1:{port}"


def _python_client() -> ModuleType:
    spec = importlib.util.spec_from_file_location("riskcheck_client", CLIENTS / "python" / "riskcheck_client.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["riskcheck_client"] = module
    spec.loader.exec_module(module)
    return module


def test_python_client(server: str) -> None:
    rc = _python_client()
    client = rc.RiskcheckClient(server, KEY)
    verdict = client.check(POST)
    storm = next(f for f in verdict["findings"] if f["rule_id"] == "current-events/storm-bram")
    assert (storm["part"], storm["spans"][0]["start"], storm["spans"][0]["start_utf16"]) == ("text", 12, 14)
    assert rc.highlight(POST["text"], storm) == "🎉🎉 Ride out [#StormBram]!"
    assert verdict["decision"] == "block"
    assert int(client.rate_limit["ratelimit-remaining"]) < 1000
    hootsuite = client.check({"text": "Storm Bram sale", "socialProfileIds": ["1", "2"],
                              "scheduledSendTime": "2026-11-24T09:00:00Z", "webhookUrls": []}, shape="hootsuite")
    assert [c["channel"] for c in hootsuite["channels"]] == ["1", "2"]
    with pytest.raises(rc.RiskcheckError) as refused:
        client.check({"txt": "typo"})
    assert refused.value.status == 422
    assert refused.value.problem["type"] == "urn:riskcheck:problem:validation"
    assert [e["loc"] for e in refused.value.problem["errors"]] == [["body", "text"], ["body", "txt"]]


def _typescript_tools() -> tuple[str, str]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the TypeScript client cannot run here")
    local = CLIENTS / "typescript" / "node_modules" / ".bin" / "tsc"
    tsc = str(local) if local.exists() else shutil.which("tsc")
    if tsc is None:
        pytest.skip("no TypeScript compiler: run `npm ci --prefix examples/clients/typescript` (.ci/run does)")
    return node, tsc


def test_typescript_client(server: str, tmp_path: Path) -> None:
    node, tsc = _typescript_tools()
    build = subprocess.run([tsc, "-p", str(CLIENTS / "typescript" / "tsconfig.json"), "--outDir", str(tmp_path)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr

    def run(shape: str, post: dict[str, object]) -> tuple[int, list[dict[str, object]]]:
        done = subprocess.run([node, str(tmp_path / "demo.js"), server, KEY, shape, json.dumps(post)],
                              capture_output=True, text=True, timeout=60)
        assert done.stderr == ""
        return done.returncode, [json.loads(line) for line in done.stdout.splitlines()]

    code, lines = run("native", POST)
    assert code == 0
    storm = next(line for line in lines if line.get("rule_id") == "current-events/storm-bram")
    assert storm["spans_agree"] is True  # JavaScript slices by start_utf16/end_utf16
    assert storm["highlighted"] == "🎉🎉 Ride out [#StormBram]!"
    assert lines[-1]["decision"] == "block" and lines[-1]["ratelimit_remaining"] is not None

    code, lines = run("buffer", {"text": "New blog post", "channelId": "c1", "dueAt": "2026-11-24T10:00:00+01:00",
                                 "assets": {"link": {"url": "https://bit.ly/abc"}}})
    assert code == 0
    assert {"rule_id": "links/shortener", "part": "link_urls[0]", "spans_agree": True, "highlighted": None} in lines

    code, lines = run("native", {"txt": "typo"})
    assert (code, lines[0]["status"], lines[0]["type"]) == (65, 422, "urn:riskcheck:problem:validation")
