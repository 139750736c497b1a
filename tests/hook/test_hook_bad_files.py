"""The hook reports every file (issue 9): a file that cannot be read or parsed is a file:line
error and the other files are still checked; nothing ends the run with a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.cli import main

from hook_fakes import FakeChecker

GOOD = "---\nscheduled_at: 2026-11-27T10:00:00+01:00\nchannel: x\n---\nRide out Storm Bram, 30% off!\n"

BAD_FILES = {
    "python-tag.md": "---\nscheduled_at: !!python/object/apply:os.system ['echo pwned']\n---\nHello\n",
    "python-name.yaml": "- text: !!python/name:os.system\n  scheduled_at: 2026-11-27T10:00:00+01:00\n",
    "deep.json": "[" * 100_000 + "]" * 100_000,
    "deep.yaml": "- text: " + "[" * 5_000 + "]" * 5_000 + "\n",
    "deep.jsonl": '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_unreadable_file_is_reported_and_the_rest_are_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_checker: FakeChecker,
        capsys: pytest.CaptureFixture[str], name: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(BAD_FILES[name], encoding="utf-8")
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    code = main(["hook", name, "good.md"])
    out = capsys.readouterr()
    both = out.out + out.err
    assert "Traceback" not in both
    assert f"{name}:" in both  # the bad file, with a line
    assert "good.md:5:10: BLOCK fake/storm" in both  # the other file was still checked
    assert code not in (0, 70)


def test_python_tag_is_refused_by_the_safe_loader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  fake_checker: FakeChecker,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.md").write_text(BAD_FILES["python-tag.md"], encoding="utf-8")
    main(["hook", "p.md"])
    both = "".join(capsys.readouterr())
    assert "p.md:2:" in both and "python/object/apply" in both
    assert "pwned" not in both.replace("echo pwned", "")  # reported, never run
