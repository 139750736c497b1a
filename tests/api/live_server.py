"""Start ``riskcheck serve`` in a subprocess on a loopback port, for end-to-end tests."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def riskcheck_cmd() -> list[str]:
    """The installed ``riskcheck`` script beside this Python, else one on PATH, else ``-c``."""
    script = Path(sys.executable).with_name("riskcheck")
    if script.exists():
        return [str(script)]
    found = shutil.which("riskcheck")
    if found:
        return [found]
    return [sys.executable, "-c", "from riskcheck.cli import run; run()"]


@contextmanager
def running_server(workdir: Path, port: int, env: Mapping[str, str], args: Sequence[str],
                   ready_within_s: float = 60) -> Iterator[Path]:
    """Run ``riskcheck serve --port PORT ARGS`` until /readyz answers 200; yield the log path."""
    log_path = workdir / "server.log"
    log = log_path.open("w")
    proc = subprocess.Popen([*riskcheck_cmd(), "serve", "--port", str(port), *args], env=dict(env),
                            stdout=log, stderr=subprocess.STDOUT, cwd=workdir)
    try:
        deadline = time.monotonic() + ready_within_s
        while True:
            if proc.poll() is not None:
                pytest.fail(f"server exited {proc.returncode}:\n{log_path.read_text()}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"server not ready in {ready_within_s:g} s:\n{log_path.read_text()}")
            time.sleep(0.2)
        yield log_path
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
