"""Load-test the HTTP service with a real load generator (wrk) on loopback.

Starts ``riskcheck serve --workers N`` on 127.0.0.1 (a free port, a throwaway key and
state file), waits for /readyz, runs wrk for a bounded duration per scenario and prints
requests/s and latency percentiles as a Markdown table (and JSON with --json).

    python benchmarks/bench_api.py                      # all scenarios, 10 s each
    python benchmarks/bench_api.py --scenario rules --duration 5
    taskset -c 0,1 python benchmarks/bench_api.py ...   # pin the server; wrk gets --wrk-cpus

Scenarios: ``rules`` (rules-only /v1/check), ``full`` (/v1/check with the default ML
scorers), ``batch`` (/v1/check/batch, default ML, posts/s). Needs ``wrk`` (Debian:
``apt-get install wrk``). Only loopback addresses are used.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from dataclasses import dataclass
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
KEY = "bench-key-not-secret"


@dataclass
class Result:
    scenario: str
    connections: int
    duration_s: float
    requests_per_s: float
    posts_per_s: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    non_2xx: int
    ml_timeouts: int
    errors: str


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _riskcheck() -> list[str]:
    script = Path(sys.executable).with_name("riskcheck")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from riskcheck.cli import run; run()"]


class Server:
    """``riskcheck serve`` in a subprocess, optionally pinned to CPUs with taskset."""

    def __init__(self, workers: int, rules_only: bool, cpus: str | None, workdir: Path, rules: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        command = [*_riskcheck(), "serve", "--host", "127.0.0.1", "--port", str(self.port),
                   "--workers", str(workers), "--db", str(workdir / "bench.db"), "--log-level", "warning",
                   "--rules", str(rules)]
        if rules_only:
            command.append("--rules-only")
        if cpus:
            command = ["taskset", "-c", cpus, *command]
        # one key makes every request: a limit far above the load, so the limiter is paid for but never hit
        env = {**os.environ, "RISKCHECK_API_KEYS": f"bench={KEY}:admin", "RISKCHECK_RATE_LIMIT": "100000000/minute"}
        self.log = (workdir / f"server-{self.port}.log").open("w")
        self.proc = subprocess.Popen(command, env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=workdir)

    def wait_ready(self, timeout: float = 300) -> None:
        """Ready when 20 fresh connections in a row get 200 from /readyz: each worker warms
        up on its own, and one ready worker says nothing about the other."""
        deadline = time.monotonic() + timeout
        streak = 0
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}; see {self.log.name}")
            try:
                ok = httpx.get(f"{self.base}/readyz", timeout=2).status_code == 200
            except httpx.TransportError:
                ok = False
            streak = streak + 1 if ok else 0
            if streak >= 20:
                return
            time.sleep(0.05 if ok else 0.3)
        raise RuntimeError(f"server not ready after {timeout} s; see {self.log.name}")

    def warm(self, path: str, body: dict[str, object], n: int = 20) -> None:
        """A few requests per worker so lazy state is built before measuring."""
        with httpx.Client(headers={"Authorization": f"Bearer {KEY}"}, timeout=120) as client:
            for _ in range(n):
                r = client.post(f"{self.base}{path}", json=body)
                r.raise_for_status()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


_UNIT = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"unexpected wrk latency {text!r}")
    return float(match.group(1)) * _UNIT[match.group(2)]


def run_wrk(url: str, script: Path, connections: int, duration: int, threads: int, cpus: str | None,
            env_extra: dict[str, str] | None = None) -> tuple[float, dict[str, float], int, int, str]:
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s", "--latency",
               "--timeout", "30s", "-s", str(script), "-H", f"Authorization: Bearer {KEY}", url]
    if cpus:
        command = ["taskset", "-c", cpus, *command]
    out = subprocess.run(command, capture_output=True, text=True, check=True,
                         env={**os.environ, **(env_extra or {})}).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    percentiles = {p: _ms(v) for p, v in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M)}
    non_2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    errors = m.group(0) if (m := re.search(r"Socket errors:.*", out)) else ""
    timeouts = int(m.group(1)) if (m := re.search(r"Responses with an ML timeout: (\d+)", out)) else -1
    return rps, percentiles, non_2xx, timeouts, errors


def scenario(name: str, args: argparse.Namespace, workdir: Path) -> Result:
    rules_only = name == "rules"
    server = Server(args.workers, rules_only, args.server_cpus, workdir, args.rules)
    try:
        server.wait_ready()
        batch = args.batch if name == "batch" else 1
        if name == "batch":
            server.warm("/v1/check/batch", {"posts": [{"text": "warm up"}] * batch}, n=4)
            url, script, env = f"{server.base}/v1/check/batch", HERE / "wrk" / "batch.lua", {"BATCH": str(batch),
                                                                                          "COUNT": "1"}
            connections = args.batch_connections
        else:
            server.warm("/v1/check", {"text": "warm up post, nothing to see"}, n=50)
            # counting parses every body in wrk; skip it for the rules-only run (no ML to time out)
            url, script, env = f"{server.base}/v1/check", HERE / "wrk" / "check.lua", {"COUNT": str(int(not rules_only))}
            connections = args.connections
        rps, pct, non_2xx, timeouts, errors = run_wrk(url, script, connections, args.duration, args.wrk_threads,
                                            args.wrk_cpus, env)
    finally:
        server.stop()
    if rules_only:
        timeouts = -1  # not counted: no ML runs in the rules-only profile
    return Result(name, connections, args.duration, round(rps, 1), round(rps * batch, 1), pct.get("50", -1),
                  pct.get("90", -1), pct.get("99", -1), non_2xx, timeouts, errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", action="append", choices=["rules", "full", "batch"])
    parser.add_argument("--duration", type=int, default=10, help="seconds per scenario (wrk -d)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--batch", type=int, default=64, help="posts per batch request")
    parser.add_argument("--batch-connections", type=int, default=4)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--server-cpus", help="taskset CPU list for the server, e.g. 0,1")
    parser.add_argument("--wrk-cpus", help="taskset CPU list for wrk, e.g. 2,3")
    parser.add_argument("--rules", type=Path, default=HERE.parent / "rules", help="rules directory to serve")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk not found: apt-get install wrk", file=sys.stderr)
        return 2
    results = []
    with tempfile.TemporaryDirectory(prefix="riskcheck-bench-") as tmp:
        for name in args.scenario or ["rules", "full", "batch"]:
            results.append(scenario(name, args, Path(tmp)))
            print(f"done: {results[-1]}", file=sys.stderr)
    if args.json:
        print(json.dumps([asdict(r) for r in results], indent=2))
        return 0
    print("| scenario | conns | req/s | posts/s | p50 ms | p90 ms | p99 ms | non-2xx | ML timeouts |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r.scenario} | {r.connections} | {r.requests_per_s:.0f} | {r.posts_per_s:.0f} | {r.p50_ms:.2f} | "
              f"{r.p90_ms:.2f} | {r.p99_ms:.2f} | {r.non_2xx} | {r.ml_timeouts if r.ml_timeouts >= 0 else 'n/a'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
