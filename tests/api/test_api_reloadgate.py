"""The reload lease: one live reload at a time, never held past its deadline."""

from __future__ import annotations

import pytest

from riskcheck.api.reloadgate import ReloadBusy
from riskcheck.api.reloadgate import ReloadExpired
from riskcheck.api.reloadgate import ReloadGate


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_second_reload_waits_for_the_first_then_gets_the_lease() -> None:
    clock = Clock()
    gate = ReloadGate(10.0, clock)
    first = gate.enter("first")
    with pytest.raises(ReloadBusy, match="first"):
        gate.enter("second")
    gate.leave(first)
    second = gate.enter("second")
    with gate.commit(second):
        pass
    gate.leave(second)
    assert gate.stuck() is None


def test_a_lease_lapses_at_its_deadline_and_the_late_reload_cannot_commit() -> None:
    clock = Clock()
    gate = ReloadGate(10.0, clock)
    late = gate.enter("slow reload")
    clock.now += 10.0
    assert "slow reload" in (gate.stuck() or "") and "10 s deadline" in (gate.stuck() or "")
    fresh = gate.enter("next reload")  # the lock is not held forever
    with pytest.raises(ReloadExpired):
        with gate.commit(late):
            pass
    with gate.commit(fresh):
        pass
    gate.leave(fresh)
    assert gate.stuck() is not None  # the late one still runs
    gate.leave(late)
    assert gate.stuck() is None


def test_a_reload_past_its_deadline_cannot_commit_even_if_nobody_took_the_lease() -> None:
    clock = Clock()
    gate = ReloadGate(5.0, clock)
    token = gate.enter("reload")
    clock.now += 6.0
    with pytest.raises(ReloadExpired):
        with gate.commit(token):
            pass
