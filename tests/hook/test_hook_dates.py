"""Dates in content files, read with the one parser: a US export is never silently read day-first."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.cli import main
from riskcheck.cli.common import shipped_rules_dir

STORM = "Ride out Storm Bram with our blankets"


def _hook(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, *extra: str) -> tuple[int, str]:
    (tmp_path / "q.csv").write_text(content, encoding="utf-8")
    code = main(["hook", "--rules", str(shipped_rules_dir()), "--rules-only", "--timezone", "Europe/Amsterdam",
                 *extra, str(tmp_path / "q.csv")])
    out, err = capsys.readouterr()
    return code, (out + err).replace(str(tmp_path) + "/", "")


def test_a_us_date_without_an_order_is_a_file_line_error(tmp_path, capsys) -> None:
    code, out = _hook(tmp_path, capsys, f"text,scheduled_at\n{STORM},12/01/2026 09:00\n")
    assert code == 65
    assert "q.csv:2: error scheduled_at '12/01/2026 09:00' is ambiguous" in out


@pytest.mark.parametrize(("content", "extra"), [
    (f"text,scheduled_at\n{STORM},12/01/2026 09:00\n", ("--date-order", "mdy")),
    (f"text,scheduled_at\n{STORM},12/01/2026 09:00\n", ("--month-first",)),
    (f"text,scheduled_at (mm/dd/yyyy)\n{STORM},12/01/2026 9:00\n", ()),
    (f"Date (MM/DD/YYYY),Message\n12/01/2026 9:00 AM,{STORM}\n", ()),
])
def test_the_order_from_the_option_or_the_header_blocks_the_storm_post(tmp_path, capsys, content, extra) -> None:
    code, out = _hook(tmp_path, capsys, content, *extra)
    assert (code, "BLOCK current-events/storm-bram" in out) == (1, True), out


def test_a_time_the_clocks_skip_is_refused(tmp_path, capsys) -> None:
    code, out = _hook(tmp_path, capsys, f"text,scheduled_at\n{STORM},2026-03-29 2:30\n")
    assert code == 65
    assert "q.csv:2: error scheduled_at '2026-03-29 2:30' does not exist in Europe/Amsterdam" in out


def test_check_at_takes_a_bare_date(capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("RISKCHECK_DB", str(tmp_path / "none.db"))
    code = main(["check", STORM, "--at", "2026-12-02", "--rules-only", "--rules", str(shipped_rules_dir())])
    capsys.readouterr()
    assert code == 2
