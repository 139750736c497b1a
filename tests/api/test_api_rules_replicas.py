"""Two service processes of two workers each on one PostgreSQL store follow every publish.

What must hold (issue 11): from 2 s after a publish every check carries the new version; a
broken publish changes nothing; a process started later loads the current set from the
store (here from a folder holding a stale copy, which it must not serve); a rollback
re-publishes an older version. Loopback only; every wait is a bounded loop.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from live_server import free_port
from live_server import riskcheck_cmd
from live_server import running_server

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

KEY = "replica-admin-key"
PACK = """pack: t
rules:
  - id: word
    kind: phrase
    severity: {severity}
    category: test
    message: "Test word ({{match}})."
    terms: [{term}]
"""
CONVERGE_S = 2.0
STARTUP_S = 240  # a bound, not a speed claim: start-up on a loaded CI machine


def _write(folder: Path, severity: str, term: str) -> str:
    from riskcheck.rulebook import load_ruleset

    (folder / "t.yaml").write_text(PACK.format(severity=severity, term=term))
    return str(load_ruleset(folder).version)


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*riskcheck_cmd(), *args], env=env, capture_output=True, text=True, timeout=120)


def _versions(ports: Sequence[int], n: int = 12) -> list[str]:
    """The rules_version of ``n`` checks on each port (uvicorn spreads them over its workers)."""
    seen = []
    with httpx.Client(timeout=10, headers={"Authorization": f"Bearer {KEY}"}) as client:
        for port in ports:
            for i in range(n):
                body = client.post(f"http://127.0.0.1:{port}/v1/check", json={"text": f"tangerine {i}"}).json()
                seen.append(body["rules_version"])
    return seen


def _after(published_at: float) -> None:
    time.sleep(max(0.0, published_at + CONVERGE_S - time.monotonic()))


def test_two_processes_of_two_workers_follow_publish_broken_publish_late_start_and_rollback(
        tmp_path: Path, pg_url: str) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    v1 = _write(rules, "review", "tangerine")
    # No warm-up (language tables load on first use): four workers start on a busy 2-core machine.
    config = tmp_path / "service.yaml"
    config.write_text("service:\n  warm_up: false\n")
    env = {**os.environ, "RISKCHECK_API_KEYS": f"ops={KEY}:admin", "RISKCHECK_DB": pg_url}
    serve_args = ["--host", "127.0.0.1", "--rules-only", "--config", str(config), "--workers", "2",
                  "--rules", str(rules)]
    ports = [free_port(), free_port()]
    with ExitStack() as stack:
        for index, port in enumerate(ports):
            workdir = tmp_path / f"replica{index}"
            workdir.mkdir()
            stack.enter_context(running_server(workdir, port, env, serve_args, ready_within_s=STARTUP_S))
        assert set(_versions(ports)) == {v1}

        # a publish from the CLI reaches every worker of both processes
        v2 = _write(rules, "block", "tangerine")
        done = _cli(env, "rules", "publish", str(rules))
        published_at = time.monotonic()
        assert done.returncode == 0, done.stderr
        assert v2 in done.stdout
        _after(published_at)
        assert set(_versions(ports)) == {v2}

        # a broken set is never published: everyone keeps v2
        (rules / "t.yaml").write_text(PACK.format(severity="sever", term="tangerine"))
        broken = _cli(env, "rules", "publish", str(rules))
        published_at = time.monotonic()
        assert broken.returncode == 65 and "t.yaml" in broken.stderr
        _after(published_at)
        assert set(_versions(ports)) == {v2}

        # a process started later, beside a stale copy of the rules, serves the store's set
        stale = tmp_path / "stale-rules"
        stale.mkdir()
        assert _write(stale, "review", "clementine") not in (v1, v2)
        late_port = free_port()
        late_dir = tmp_path / "late"
        late_dir.mkdir()
        stack.enter_context(running_server(late_dir, late_port, env, [
            "--host", "127.0.0.1", "--rules-only", "--config", str(config), "--rules", str(stale)],
            ready_within_s=STARTUP_S))
        ports.append(late_port)
        assert set(_versions(ports)) == {v2}

        # a rollback re-publishes v1 everywhere
        back = _cli(env, "rules", "rollback", v1)
        published_at = time.monotonic()
        assert back.returncode == 0, back.stderr
        _after(published_at)
        assert set(_versions(ports)) == {v1}
        listed = _cli(env, "rules", "versions")
        assert [line.lstrip("* ").split()[:2] for line in listed.stdout.splitlines()] == [
            ["3", v1], ["2", v2], ["1", v1]]
        assert listed.stdout.startswith("*")  # the newest, which every process serves
