"""Every problem of a broken rule in one run, even when its kind is wrong too."""

from __future__ import annotations

from pathlib import Path

from rulebook_helpers import pack
from rulebook_helpers import problems


def test_kind_typo_and_key_typos_are_reported_together(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    found = problems(tmp_path, {"p.yaml": pack("""
        - id: storm
          kind: phrse
          category: current-event
          serverity: block
          message: "storm ({match})"
          acitve: {from: 2026-11-20}
          terms: [storm bram]
    """)})
    assert [p.split(": rule storm: ", 1)[1] for p in found] == [
        "kind must be one of phrase, pattern, near, limit, topic, toxicity (got 'phrse') (did you mean 'phrase'?)",
        "unknown key 'serverity' (did you mean 'severity'?)",
        "unknown key 'acitve' (did you mean 'active'?)",
    ]


def test_a_missing_kind_still_reports_a_bad_date_and_a_missing_message(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    found = problems(tmp_path, {"p.yaml": pack("""
        - id: storm
          category: current-event
          severity: block
          active: {until: 2026-11-31}
          terms: [storm bram]
    """)})
    text = "\\n".join(found)
    assert "missing required key 'kind'" in text
    assert "active.until" in text and "2026-11-31" in text
    assert "message" in text
