"""CPU-heavy checks never starve the event loop (issue 9): while a 20,000-character hostile post
is checked, ``/healthz`` of the same worker answers within 100 ms. Before the fix one post of
"hello world" + 12,000 spaces kept /healthz silent for 22.8 s.

This is the one latency bound the issue asks a test to hold on a live server; it is generous
(a healthy answer takes ~1-2 ms) and the post is checked several times so the probes overlap it.
It runs with RISKCHECK_TEST_LATENCY=1: on a developer box shared by several test runs (load
average 17 on 2 cores today) scheduler stalls alone exceed 100 ms.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from live_server import free_port
from live_server import running_server

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from hostile_shapes import SHAPES  # noqa: E402

KEY = "healthz-admin-key"
BOUND_S = 0.100


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp_path = tmp_path_factory.mktemp("healthz")
    port = free_port()
    env = {**os.environ, "RISKCHECK_API_KEYS": f"ops={KEY}:admin"}
    env.pop("RISKCHECK_DB", None)
    with running_server(tmp_path, port, env, ["--host", "127.0.0.1", "--rules-only",
                                              "--db", str(tmp_path / "state.db")]):
        yield f"http://127.0.0.1:{port}"


ATTEMPTS = 3  # the dev and CI boxes are shared: one descheduled probe is not the server's fault


# Every shape of the fuzz corpus. The costliest, "a@" x 10,000, used to miss the bound: its
# 20,000 tokens set off full garbage collections that walked the whole heap with the GIL held
# (70-110 ms each); the served worker now freezes its start-up heap (api/heap.py).
@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.skipif(not os.environ.get("RISKCHECK_TEST_LATENCY"),
                    reason="a 100 ms latency bound needs an otherwise idle machine; set RISKCHECK_TEST_LATENCY=1 "
                           "(CI does) to run it")
def test_healthz_answers_while_a_hostile_post_is_checked(server: str, shape: str) -> None:
    text = SHAPES[shape](20_000)[:20_000]
    worst: list[float] = []
    while len(worst) < ATTEMPTS and (not worst or min(worst) >= BOUND_S):
        worst.append(_worst_healthz_latency(server, text))
    # Blocking the event loop fails every attempt (each check holds it for its whole length);
    # scheduler noise on a busy machine does not repeat in every attempt.
    assert min(worst) < BOUND_S, f"/healthz took {[round(w * 1000) for w in worst]} ms during {shape} checks"


def _worst_healthz_latency(server: str, text: str) -> float:
    headers = {"Authorization": f"Bearer {KEY}"}
    done = threading.Event()
    statuses: list[int] = []

    def check() -> None:
        with httpx.Client(timeout=120) as client:
            for _ in range(3):
                statuses.append(client.post(f"{server}/v1/check", json={"text": text}, headers=headers).status_code)
        done.set()

    worker = threading.Thread(target=check)
    latencies: list[float] = []
    with httpx.Client(timeout=60) as probe:
        probe.get(f"{server}/healthz")  # connection warm
        worker.start()
        time.sleep(0.02)
        while not done.is_set():
            start = time.perf_counter()
            assert probe.get(f"{server}/healthz").status_code == 200
            latencies.append(time.perf_counter() - start)
            time.sleep(0.005)
    worker.join()
    assert statuses == [200, 200, 200]
    return max(latencies, default=0.0)


def test_sigterm_ends_serve_within_the_grace_period(tmp_path: Path) -> None:
    import signal
    import subprocess

    from live_server import riskcheck_cmd

    from riskcheck.cli.serve_cmd import GRACE_S

    port = free_port()
    env = {**os.environ, "RISKCHECK_API_KEYS": f"ops={KEY}:admin"}
    env.pop("RISKCHECK_DB", None)
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([*riskcheck_cmd(), "serve", "--port", str(port), "--host", "127.0.0.1", "--rules-only",
                             "--db", str(tmp_path / "state.db")], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        # ready only after the start-up heap left the garbage collector's walks (api/heap.py)
        assert "start-up heap frozen" in (tmp_path / "serve.log").read_text()
        text = SHAPES["dots between letters"](20_000)[:20_000]
        busy = threading.Thread(target=lambda: httpx.post(f"http://127.0.0.1:{port}/v1/check", json={"text": text},
                                                          headers={"Authorization": f"Bearer {KEY}"}, timeout=60))
        busy.start()
        time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=GRACE_S + 20)  # the grace period plus start-up slack of a busy box
        busy.join(60)
        assert code in (0, -signal.SIGTERM)  # uvicorn re-raises the signal after a clean shutdown
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
