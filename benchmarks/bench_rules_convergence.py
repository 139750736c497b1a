"""How long after a publish every worker of every replica serves the new rule set.

Starts ``--replicas`` service processes of ``--workers`` workers each (rules-only, loopback,
one PostgreSQL or SQLite store), then publishes two rule sets in turn with
``riskcheck rules publish`` ``--rounds`` times. After each publish it sends checks to every
process until ``--streak`` checks in a row on each carry the new ``rules_version`` and
prints the time from the publish command's return to that point (an upper bound: the
probing itself takes time), as a Markdown table and, with --json, JSON.

    python benchmarks/bench_rules_convergence.py --db "$RISKCHECK_TEST_PG_URL"
    python benchmarks/bench_rules_convergence.py --db /tmp/state.db --rounds 5

Only loopback addresses are used.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

KEY = "bench-key-not-secret"
PACK = """pack: t
rules:
  - id: word
    kind: phrase
    severity: {severity}
    category: test
    message: "Test word ({{match}})."
    terms: [tangerine]
"""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _riskcheck() -> list[str]:
    script = Path(sys.executable).with_name("riskcheck")
    return [str(script)] if script.exists() else [shutil.which("riskcheck") or "riskcheck"]


def _write(folder: Path, severity: str) -> str:
    from riskcheck.rulebook import load_ruleset

    (folder / "t.yaml").write_text(PACK.format(severity=severity))
    return str(load_ruleset(folder).version)


def _wait_ready(port: int, proc: subprocess.Popen[bytes], within_s: float) -> None:
    give_up = time.monotonic() + within_s
    while time.monotonic() < give_up:
        if proc.poll() is not None:
            raise SystemExit(f"server on {port} exited {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server on {port} not ready in {within_s:g} s")


def _converged_after(client: httpx.Client, ports: list[int], version: str, streak: int, limit_s: float,
                     since: float) -> float:
    """Seconds from ``since`` until ``streak`` checks in a row on every port carry ``version``."""
    runs = {port: 0 for port in ports}
    while time.monotonic() - since < limit_s:
        for port in ports:
            if runs[port] >= streak:
                continue
            body = client.post(f"http://127.0.0.1:{port}/v1/check", json={"text": "tangerine"}).json()
            runs[port] = runs[port] + 1 if body["rules_version"] == version else 0
        if all(n >= streak for n in runs.values()):
            return time.monotonic() - since
    return float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="postgresql:// URL or SQLite path (a fresh store is best)")
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--streak", type=int, default=8, help="consecutive new-version checks per process")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rc-converge-"))
    rules = work / "rules"
    rules.mkdir()
    versions = [_write(rules, "block"), _write(rules, "review")]
    config = work / "service.yaml"
    config.write_text("service:\n  warm_up: false\n")
    env = {**os.environ, "RISKCHECK_API_KEYS": f"bench={KEY}:admin", "RISKCHECK_DB": args.db}
    procs: list[subprocess.Popen[bytes]] = []
    ports = [_port() for _ in range(args.replicas)]
    try:
        for port in ports:
            procs.append(subprocess.Popen(
                [*_riskcheck(), "serve", "--port", str(port), "--host", "127.0.0.1", "--rules-only", "--config",
                 str(config), "--workers", str(args.workers), "--rules", str(rules), "--publish-rules"],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work))
            _wait_ready(port, procs[-1], 300)
        times: list[float] = []
        with httpx.Client(timeout=10, headers={"Authorization": f"Bearer {KEY}"}) as client:
            for port in ports:  # every worker loads its language tables before the clock runs
                for _ in range(4 * args.workers):
                    client.post(f"http://127.0.0.1:{port}/v1/check", json={"text": "tangerine warm"})
            for round_ in range(args.rounds):
                severity = "review" if round_ % 2 else "block"
                version = _write(rules, severity)
                done = subprocess.run([*_riskcheck(), "rules", "publish", str(rules)], env=env,
                                      capture_output=True, text=True, timeout=120)
                published = time.monotonic()
                if done.returncode != 0:
                    raise SystemExit(done.stderr)
                times.append(_converged_after(client, ports, version, args.streak, 30.0, published))
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(work, ignore_errors=True)
    result = {"replicas": args.replicas, "workers": args.workers, "rounds": args.rounds, "streak": args.streak,
              "store": "postgresql" if args.db.startswith("postgres") else "sqlite",
              "median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
              "times_s": [round(t, 3) for t in times], "versions": versions}
    if args.json:
        print(json.dumps(result))
    else:
        print("| store | processes × workers | rounds | median | max |\n|---|---|---|---|---|")
        print(f"| {result['store']} | {args.replicas} × {args.workers} | {args.rounds} | "
              f"{result['median_s']} s | {result['max_s']} s |")


if __name__ == "__main__":
    main()
