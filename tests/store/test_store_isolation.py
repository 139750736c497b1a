"""One bad row costs only itself (issue 9: on PostgreSQL one NUL in a post id lost its whole
audit batch of 100). Runs on SQLite and, with RISKCHECK_TEST_PG_URL, on PostgreSQL."""

from __future__ import annotations

import logging
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from typing import Any

import pytest

from riskcheck.crisis import CrisisState
from riskcheck.store import AuditRecord
from riskcheck.store import Store
from riskcheck.store import Waiver
from riskcheck.store import text_sha256
from riskcheck.store.base import UnstorableValue

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


def _records(bad_index: int, **bad: Any) -> list[AuditRecord]:
    out = []
    for i in range(100):
        fields: dict[str, Any] = {"post_id": f"p{i}", "who": "scheduler"}
        if i == bad_index:
            fields.update(bad)
        out.append(AuditRecord(T0 + timedelta(seconds=i), fields["who"], "/v1/check/batch", fields["post_id"],
                               text_sha256(str(i)), "v1", "pass", 0.0))
    return out


@pytest.mark.parametrize("bad", [{"post_id": "p\x0042"}, {"post_id": "p\ud800"}, {"who": "k\x00"}])
def test_batch_of_100_with_one_unstorable_row_stores_99(store: Store, caplog: pytest.LogCaptureFixture,
                                                        bad: dict[str, str]) -> None:
    caplog.set_level(logging.ERROR, logger="riskcheck.store")
    for record in _records(42, **bad):
        store.audit(record)
    store.flush()
    stored = store.recent_audit(1000)
    assert len(stored) == 99
    assert "p42" not in {r.post_id for r in stored} or "who" in bad
    field = next(iter(bad))
    dropped = [r.getMessage() for r in caplog.records if "audit record not stored" in r.getMessage()]
    assert len(dropped) == 1
    assert f"{field} contains" in dropped[0]
    assert "cannot be stored" in dropped[0]


def test_one_row_the_database_refuses_is_retried_alone(store: Store, caplog: pytest.LogCaptureFixture,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # A failure the pre-check cannot foresee (a constraint, a driver quirk): the batch is
    # retried row by row, so only the refused row is lost, and it is logged.
    real = store._executemany

    def refuse_p7(query: str, rows: Any) -> None:
        if any(row[3] == "p7" for row in rows):
            raise RuntimeError("refused by the database")
        real(query, rows)

    monkeypatch.setattr(store, "_executemany", refuse_p7)
    caplog.set_level(logging.WARNING, logger="riskcheck.store")
    records = _records(-1)[:10]
    store._write_audit([_row(r) for r in records])
    assert sorted(r.post_id or "" for r in store.recent_audit(100)) == sorted(f"p{i}" for i in range(10) if i != 7)
    assert any("refused by the database" in r.getMessage() and "p7" in r.getMessage() for r in caplog.records)


def _row(record: AuditRecord) -> tuple[Any, ...]:
    from riskcheck.store.base import _audit_row

    return _audit_row(record)


@pytest.mark.parametrize("reason", ["storm\x00", "storm \udc80"])
def test_crisis_reason_the_store_cannot_hold_is_refused_by_name(store: Store, reason: str) -> None:
    with pytest.raises(UnstorableValue, match="reason contains"):
        store.set(CrisisState(True, reason, T0, None, "admin"))
    assert store.read_crisis().active is False


def test_waiver_note_the_store_cannot_hold_is_refused_by_name(store: Store) -> None:
    with pytest.raises(UnstorableValue, match="reason contains a NUL"):
        store.add_waiver(Waiver("p1", text_sha256("x"), "pack/rule", "ok\x00", "reviewer", T0))
    assert store.waivers_for("p1", text_sha256("x")) == []
