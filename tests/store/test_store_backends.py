from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from datetime import timezone

import pytest

from riskcheck.crisis import OFF
from riskcheck.crisis import CrisisState
from riskcheck.store import AuditRecord
from riskcheck.store import Waiver
from riskcheck.store import open_store
from riskcheck.store import text_sha256
from riskcheck.store.postgres import _redact

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
T1 = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)


def test_crisis_starts_off(store):
    assert store.get() == OFF


def test_crisis_round_trip_and_second_instance_sees_it(store, store_url):
    state = CrisisState(True, "storm Bram", T0, T1, "key-admin")
    store.set(state)
    assert store.get() == state
    other = open_store(store_url, crisis_cache_s=0.0)
    try:
        assert other.read_crisis() == state
        other.set(OFF)
        assert store.get() == OFF
    finally:
        other.close()


def test_crisis_visible_from_another_process(store, store_url):
    store.set(CrisisState(True, "flood", T0, None, "ops"))
    code = (
        "import sys; from riskcheck.store import open_store; "
        "s = open_store(sys.argv[1]); c = s.read_crisis(); "
        "print(c.active, c.reason, c.by, c.since.isoformat()); s.close()"
    )
    out = subprocess.run([sys.executable, "-c", code, store_url], capture_output=True, text=True,
                         check=True).stdout
    assert out == f"True flood ops {T0.isoformat()}\n"


def test_crisis_cache_bounds_staleness(store_url):
    cached = open_store(store_url, crisis_cache_s=3600.0)
    writer = open_store(store_url, crisis_cache_s=0.0)
    try:
        assert cached.get() == OFF
        writer.set(CrisisState(True, "x", T0, None, "w"))
        assert cached.get() == OFF  # still within the cache window
        assert cached.read_crisis().active is True
    finally:
        cached.close()
        writer.close()


def test_waivers_bound_to_post_and_text(store):
    h = text_sha256("Trivia Tuesday!")
    w1 = Waiver("post-1", h, "current-events/storm", "approved by legal", "rev", T0)
    w2 = Waiver("post-1", h, "brand-voice/caps", "campaign style", "rev", T0)
    store.add_waiver(w1)
    store.add_waiver(w2)
    assert store.waivers_for("post-1", h) == [w2, w1]
    assert store.waivers_for("post-1", text_sha256("Trivia Tuesday!!")) == []
    assert store.waivers_for("post-2", h) == []


def test_waiver_upsert_replaces_reason(store):
    h = text_sha256("x")
    store.add_waiver(Waiver("p", h, "a/b", "first", "r1", T0))
    store.add_waiver(Waiver("p", h, "a/b", "second", "r2", T1))
    assert store.waivers_for("p", h) == [Waiver("p", h, "a/b", "second", "r2", T1)]


def test_audit_written_in_background_and_flushed(store):
    records = [
        AuditRecord(T0, "scheduler", "/v1/check", "p1", text_sha256("a"), "v1", "pass", 0.0),
        AuditRecord(T1, "editor", "/v1/check/batch", None, text_sha256("b"), "v2", "block", 1.0,
                    ("pack/a", "pack/b"), "b"),
    ]
    for r in records:
        store.audit(r)
    store.flush()
    assert store.recent_audit(10) == list(reversed(records))


def test_close_writes_queued_audit(store_url):
    s = open_store(store_url)
    s.audit(AuditRecord(T0, "k", "/v1/check", None, "h", "v", "review", 0.5))
    s.close()
    again = open_store(store_url)
    try:
        assert [r.decision for r in again.recent_audit()] == ["review"]
    finally:
        again.close()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:secret@db:5432/x", "postgresql://u:***@db:5432/x"),
        ("postgresql://u@db/x", "postgresql://u@db/x"),
        ("postgresql:///x", "postgresql:///x"),
    ],
)
def test_redact_hides_password(url, expected):
    assert _redact(url) == expected


@pytest.mark.parametrize("prefix", ["", "sqlite:", "sqlite:///"])
def test_open_store_sqlite_spellings(tmp_path, monkeypatch, prefix):
    monkeypatch.chdir(tmp_path)
    s = open_store(f"{prefix}state.db")
    s.close()
    assert (tmp_path / "state.db").exists()
