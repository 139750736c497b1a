from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from pathlib import Path

from riskcheck.crisis import OFF
from riskcheck.crisis import CrisisState
from riskcheck.crisis import MemoryCrisisStore
from riskcheck.store import open_store

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


def test_sqlite_store_round_trips_and_is_shared_between_instances(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    first = open_store(str(path), crisis_cache_s=0.0)
    assert first.get() == OFF
    state = CrisisState(True, "storm", NOW, NOW + timedelta(days=1), "alice")
    first.set(state)
    assert open_store(str(path), crisis_cache_s=0.0).get() == state


def test_sqlite_store_is_visible_from_another_process(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    open_store(str(path), crisis_cache_s=0.0).set(CrisisState(True, "flood", NOW, None, "bob"))
    code = ("import sys; from riskcheck.store import open_store; "
            "s = open_store(sys.argv[1]).get(); print(s.active, s.reason, s.by)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True flood bob"


def test_until_ends_the_crisis() -> None:
    state = CrisisState(True, "x", NOW, NOW + timedelta(hours=1), "a")
    assert state.in_force(NOW)
    assert not state.in_force(NOW + timedelta(hours=1))
    assert not CrisisState().in_force(NOW)


def test_memory_store() -> None:
    store = MemoryCrisisStore()
    store.set(CrisisState(True, "r"))
    assert store.get().reason == "r"
