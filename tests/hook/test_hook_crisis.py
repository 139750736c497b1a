"""While crisis mode is on (the persisted switch the CLI and service share), the hook holds posts."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.cli import main
from riskcheck.cli.common import shipped_rules_dir
from riskcheck.crisis import CrisisState
from riskcheck.store import open_store

QUEUE = ('{"id": "promo", "scheduled_at": "2026-11-27T09:00:00+01:00", "channel": "x", '
         '"text": "Big news: our winter sale starts today, 30% off everything!"}\n')


def test_crisis_mode_holds_promotional_posts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RISKCHECK_RULES", raising=False)
    monkeypatch.setenv("RISKCHECK_DB", str(tmp_path / "riskcheck.db"))
    (tmp_path / "q.jsonl").write_text(QUEUE, encoding="utf-8")
    args = ["hook", "--rules", str(shipped_rules_dir()), "--rules-only", "q.jsonl"]
    assert main(args) == 0  # no switch file yet: crisis mode is off, and none is created
    assert not (tmp_path / "riskcheck.db").exists()
    capsys.readouterr()

    store = open_store(str(tmp_path / "riskcheck.db"))
    store.set(CrisisState(active=True, reason="Storm Bram: deaths reported"))
    store.close()
    assert main(args) == 1
    out = capsys.readouterr().out.splitlines()
    held = [line for line in out if " HOLD riskcheck/crisis-hold " in line]
    assert len(held) == 1 and held[0].startswith("q.jsonl:1:1: HOLD riskcheck/crisis-hold crisis mode: "
                                                 "Storm Bram: deaths reported")
    assert out[-1] == "riskcheck: 1 post checked in 1 file: 0 pass, 0 review, 0 block, 1 hold"
