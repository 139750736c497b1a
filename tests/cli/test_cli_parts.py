"""``riskcheck check --json`` reads every part of a post from JSON Lines and names it in findings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from riskcheck.cli import main

RULES = Path(__file__).resolve().parents[2] / "rules"


def test_json_lines_parts_are_checked_and_named(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    line = json.dumps({"id": "p1", "text": "New blog post", "scheduled_at": "2026-11-24T10:00:00+01:00",
                       "link_urls": ["https://bit.ly/abc"], "alt_text": "🎉 Storm Bram over the coast",
                       "media": "Video: cosy blankets"})
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    code = main(["check", "--json", "--rules-only", "--rules", str(RULES)])
    verdict = json.loads(capsys.readouterr().out)
    parts = {(f["rule_id"], f["part"]) for f in verdict["findings"]}
    assert {("links/shortener", "link_urls[0]"), ("current-events/storm-bram", "alt_text")} <= parts
    storm = next(f for f in verdict["findings"] if f["part"] == "alt_text")
    assert storm["spans"] == [{"start": 2, "end": 12, "text": "Storm Bram", "start_utf16": 3, "end_utf16": 13}]
    assert code == 2
