"""The hook checks every part of a post: the Hootsuite bulk file's link column and alt text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riskcheck.cli import main

RULES = Path(__file__).resolve().parents[2] / "rules"


def test_hootsuite_link_column_is_checked_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bulk.csv").write_text("27/11/2026 09:00,Our new winter range is in stores now.,https://bit.ly/abc\n",
                                       encoding="utf-8")
    main(["hook", "--rules-only", "--rules", str(RULES), "--csv-layout", "hootsuite", "--timezone",
          "Europe/Amsterdam", "--format", "json", "bulk.csv"])
    report = json.loads(capsys.readouterr().out)
    posts = report["posts"] if isinstance(report, dict) else report
    findings = [f for p in posts for f in p["verdict"]["findings"] if f["rule_id"] == "links/shortener"]
    assert [f["part"] for f in findings] == ["link_urls[0]"]
    locations = [loc for p in posts for loc in p["locations"] if loc["rule_id"] == "links/shortener"]
    assert [(loc["part"], loc["line"], loc["text"]) for loc in locations] == [("link_urls[0]", 1, "https://bit.ly/")]


def test_alt_text_column_is_checked_in_text_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "q.csv").write_text("id,text,scheduled_at,alt_text\n"
                                    "a,Cosy blankets are back,2026-11-24T10:00:00+01:00,Storm Bram over the coast\n",
                                    encoding="utf-8")
    main(["hook", "--rules-only", "--rules", str(RULES), "q.csv"])
    out = capsys.readouterr().out
    assert "q.csv:2:1: BLOCK current-events/storm-bram [alt_text] Storm Bram has caused deaths" in out
