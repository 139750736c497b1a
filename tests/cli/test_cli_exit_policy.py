"""One exit policy (issue 9): exit codes 1-3 are verdicts, so a crash is 70 with one line on
stderr, never Python's 1 (read as "review") or 2; broken rule folders are 65 with file:line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from riskcheck.cli import EXIT_INTERNAL
from riskcheck.cli import main

BLOCKING = "Back to school savings on rifles and ammo this week!"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RISKCHECK_RULES", raising=False)
    monkeypatch.delenv("RISKCHECK_TRACEBACK", raising=False)
    (tmp_path / "corrupt.db").write_bytes(b"this is not a database " * 200)


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


def _one_internal_line(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "internal error" in lines[0] and "Traceback" not in err


@pytest.mark.parametrize("argv", [["check", BLOCKING, "--rules-only"], ["crisis", "status"],
                                  ["crisis", "on", "--reason", "storm"]])
def test_corrupt_database_is_an_internal_error(capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    monkeypatch.setenv("RISKCHECK_DB", "corrupt.db")
    code, err = _run(capsys, argv)
    assert code == EXIT_INTERNAL == 70
    _one_internal_line(err)
    assert "database" in err


def test_any_crash_is_70_with_one_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise MemoryError("out of memory\nwith a second line")

    monkeypatch.setattr("riskcheck.cli.common.load_rules_or_exit", boom)
    monkeypatch.setattr("riskcheck.cli.check_cmd.load_rules_or_exit", boom, raising=False)
    code, err = _run(capsys, ["check", "hello", "--rules-only"])
    assert code == 70
    _one_internal_line(err)
    assert "MemoryError: out of memory with a second line" in err


def test_traceback_on_request(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RISKCHECK_DB", "corrupt.db")
    monkeypatch.setenv("RISKCHECK_TRACEBACK", "1")
    code, err = _run(capsys, ["crisis", "status"])
    assert code == 70 and "Traceback" in err and err.strip().splitlines()[-1].startswith("riskcheck: internal error")


def _rules_with(tmp_path: Path, make: str) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    if make == "symlink loop":
        (rules / "a.yaml").symlink_to(rules / "b.yaml")
        (rules / "b.yaml").symlink_to(rules / "a.yaml")
    elif make == "/dev/zero pack":
        (rules / "riskcheck.yaml").write_text("packs: [zero.yaml]\n")
        (rules / "zero.yaml").symlink_to("/dev/zero")
    elif make == "absolute pack":
        (rules / "riskcheck.yaml").write_text("packs: ['/etc/passwd']\n")
    elif make == "fifo":
        os.mkfifo(rules / "pipe.yaml")
    return rules


@pytest.mark.parametrize("make", ["symlink loop", "/dev/zero pack", "absolute pack", "fifo"])
@pytest.mark.parametrize("command", [["check", BLOCKING, "--rules-only", "--rules", "rules"],
                                     ["rules", "validate", "rules"]])
def test_broken_rules_folder_is_65_with_file_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  make: str, command: list[str]) -> None:
    _rules_with(tmp_path, make)
    code, err = _run(capsys, command)
    assert code == 65, err
    assert "rules/" in err and ":1:" in err or "riskcheck.yaml:1:" in err
    assert "root:x:" not in err  # /etc/passwd is never read, let alone printed
