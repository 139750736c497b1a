"""End to end: ``riskcheck serve`` in a subprocess on a free loopback port, then the
README's curl flow with httpx, and the crisis switch seen by a second process (the CLI)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from live_server import free_port
from live_server import riskcheck_cmd
from live_server import running_server

KEY = "e2e-admin-key"


def _rulebook_ready() -> bool:
    try:
        from riskcheck.rulebook import load_ruleset  # noqa: F401
    except ImportError:
        return False
    return True


pytestmark = pytest.mark.skipif(not _rulebook_ready(), reason="riskcheck.rulebook.load_ruleset not available")


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    db = tmp_path / "state.db"
    env = {**os.environ, "RISKCHECK_API_KEYS": f"ops={KEY}:admin"}
    env.pop("RISKCHECK_DB", None)
    with running_server(tmp_path, port, env, ["--host", "127.0.0.1", "--rules-only", "--db", str(db)]):
        yield f"http://127.0.0.1:{port}", db


def test_serve_check_and_crisis_from_a_second_process(server):
    base, db = server
    headers = {"Authorization": f"Bearer {KEY}"}
    r = httpx.post(f"{base}/v1/check", headers=headers, timeout=30,
                   json={"id": "post-1", "text": "Happy Monday from the team!",
                         "scheduled_at": "2026-12-01T09:00:00+01:00", "channel": "x"})
    assert r.status_code == 200
    body = r.json()
    assert (body["id"], body["decision"]) == ("post-1", "pass")  # rules-only: ML checks not requested
    assert any(status.startswith("not requested") for status in body["checks"].values())
    assert body["checks"]["rules"] == "ran"
    assert httpx.post(f"{base}/v1/check", json={"text": "x"}, timeout=10).status_code == 401

    put = httpx.put(f"{base}/v1/crisis", headers=headers, json={"active": True, "reason": "e2e"}, timeout=10)
    assert (put.status_code, put.json()["by"]) == (200, "ops")
    status = subprocess.run([*riskcheck_cmd(), "crisis", "status", "--db", str(db), "--json"],
                            capture_output=True, text=True, timeout=60)
    assert '"reason": "e2e"' in status.stdout
    assert status.returncode == 3
