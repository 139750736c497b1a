"""Console page latency with 10,000 verdicts (and 10,000 audit records) in the store, on SQLite
and on PostgreSQL (set RISKCHECK_TEST_PG_URL). Target: every page p95 <= 100 ms.

Run:  pytest benchmarks/bench_console.py --benchmark-enable -s
(``test_console_p95`` prints a p50/p95 table per backend and page; the pytest-benchmark
rows time the same requests.) In-process ASGI client, real store, real templates; the
checker is the API tests' fake (the page cost measured is the console's, not the rules').
PostgreSQL gets ``ANALYZE`` after the bulk load, as autovacuum would do on a live table (without
statistics the queue query sorts every pending row: ~24 ms instead of 0.2 ms).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "api"))

from api_fakes import KEYS  # noqa: E402
from api_fakes import RULES_V1  # noqa: E402
from api_fakes import FakeChecker  # noqa: E402
from api_fakes import load_fake_rules  # noqa: E402
from riskcheck.api.app import create_app  # noqa: E402
from riskcheck.api.settings import Settings  # noqa: E402
from riskcheck.api.settings import parse_env_keys  # noqa: E402
from riskcheck.store import AuditRecord  # noqa: E402
from riskcheck.store import open_store  # noqa: E402
from riskcheck.store.reviews import VerdictRecord  # noqa: E402

N = 10_000
PAGES = ("/console/queue", "/console/queue?decision=hold&brand=acme&category=promotion",
         "/console/queue?date=2026-06-15", "/console/audit", "/console/audit?kind=check&actor=check",
         "/console/crisis", "/console/rules", "/console/check")
DECISIONS = ("review", "hold", "pass", "block")


def _verdict(i: int, decision: str, text: str) -> dict[str, Any]:
    start = text.index("sale")
    return {"id": f"post-{i}", "decision": decision, "risk": 0.5, "reasons": ["promo/sale: matched sale"],
            "findings": [{"rule_id": "promo/sale", "kind": "phrase", "category": "promotion",
                          "severity": "review", "message": "matched sale",
                          "spans": [{"start": start, "end": start + 4, "text": "sale"}], "score": None,
                          "suggestion": None, "source": {"file": "main.rules", "line": 1}}],
            "checks": {"rules": "ran"}, "language": "en", "language_confidence": None, "skipped_rules": [],
            "ruleset_version": "bench", "timings_ms": {}}


def fill(url: str) -> None:
    store = open_store(url)
    now = datetime.now(timezone.utc)
    records = []
    for i in range(N):
        text = f"Post {i}: our big sale on <b>boots</b> & more, scheduled for the summer campaign."
        decision = DECISIONS[i % 4]
        records.append(VerdictRecord(
            post_id=f"post-{i}", text=text, text_sha256=f"{i:064x}", decision=decision, risk=0.5,
            categories=("promotion",), brand=("acme", "other")[i % 2], channel=("x", "instagram")[i % 3 % 2],
            language="en", scheduled_at=datetime(2026, 6, 1, tzinfo=timezone.utc) + timedelta(hours=i % 720),
            checked_at=now - timedelta(seconds=i), checked_by="check", ruleset_version="bench",
            verdict=_verdict(i, decision, text)))
    for chunk in range(0, N, 1000):
        store.record_verdicts(records[chunk:chunk + 1000])
    for i in range(N):
        store.audit(AuditRecord(now - timedelta(seconds=i), "check", "/v1/check", f"post-{i}", f"{i:064x}",
                                "bench", DECISIONS[i % 4], 0.5, ("promo/sale",)))
    store.flush()
    store.close()
    if url.startswith("postgresql://"):
        # a bulk load leaves no planner statistics; autovacuum's ANALYZE gives a live table them
        import psycopg

        with psycopg.connect(url, autocommit=True) as db:
            db.execute("ANALYZE")


def _pg_database() -> str | None:
    base = os.environ.get("RISKCHECK_TEST_PG_URL")
    if not base:
        return None
    import psycopg

    name = f"rc_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as db:
        db.execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def console(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    base = tmp_path_factory.mktemp(request.param)
    if request.param == "sqlite":
        url = str(base / "state.db")
    else:
        found = _pg_database()
        if found is None:
            pytest.skip("RISKCHECK_TEST_PG_URL is not set")
        url = found
    fill(url)
    rules = base / "rules"
    rules.mkdir()
    (rules / "main.rules").write_text(RULES_V1)
    keys = parse_env_keys(f"admin={KEYS['admin']}:admin")
    settings = Settings(rules_dir=rules, db_url=url, api_keys=keys, ml=False, warm_up=False)
    app = create_app(settings, loader=load_fake_rules, make_checker=lambda r, c, s: FakeChecker(r, c))
    with TestClient(app) as client:
        page = client.get("/console/login").text
        csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        client.post("/console/login", data={"api_key": KEYS["admin"], "csrf": csrf})
        client.backend = request.param  # type: ignore[attr-defined]
        yield client


@pytest.mark.parametrize("path", PAGES)
def test_console_page(benchmark: Any, console: TestClient, path: str) -> None:
    response = benchmark(console.get, path)
    assert response.status_code == 200


def test_console_p95(console: TestClient) -> None:
    rows = []
    for path in PAGES:
        times, cpu = [], []
        for _ in range(5):
            console.get(path)
        for _ in range(100):
            started, started_cpu = time.perf_counter(), time.process_time()
            assert console.get(path).status_code == 200
            times.append((time.perf_counter() - started) * 1e3)
            cpu.append((time.process_time() - started_cpu) * 1e3)
        times.sort()
        rows.append((path, statistics.median(times), times[int(len(times) * 0.95) - 1], statistics.median(cpu)))
    # wall time includes waiting for a CPU on a shared machine; process CPU time (client and
    # server run in this process; PostgreSQL's own work is not in it) is the page's own cost
    print(f"\n{console.backend}: {N} verdicts + {N} audit records, load average {os.getloadavg()[0]:.1f}")  # type: ignore[attr-defined]
    print("| page | wall p50 ms | wall p95 ms | CPU p50 ms |\n|---|---|---|---|")
    for path, p50, p95, cpu_p50 in rows:
        print(f"| `{path}` | {p50:.1f} | {p95:.1f} | {cpu_p50:.1f} |")
