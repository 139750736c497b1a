"""Pack paths stay inside the rules folder (issue 9): no absolute paths, no '..', no symlink
out, only regular files (a FIFO must not hang a load), a size cap; errors quote excerpts only."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from riskcheck.errors import RuleFileError
from riskcheck.rulebook import load_ruleset
from riskcheck.rulebook import files as rule_files

PACK = "pack: p\nrules:\n  - id: r\n    kind: phrase\n    terms: [storm]\n    message: m\n    category: c\n    severity: review\n"
SECRET = "root:$6$saltsalt$SECRETHASHSECRETHASHSECRETHASH:19000:0:99999:7:::\n" * 20


def _problems(rules: Path) -> str:
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(rules)
    return "\n".join(str(p) for p in caught.value.problems)


@pytest.fixture
def rules(root: Path) -> Path:
    d = root / "rules"
    d.mkdir()
    return d


def test_absolute_pack_path_is_refused_without_reading_it(rules: Path, root: Path) -> None:
    secret = root / "shadow"
    secret.write_text(SECRET)
    (rules / "riskcheck.yaml").write_text(f"packs: ['{secret}']\n")
    text = _problems(rules)
    assert "is absolute" in text and "SECRETHASH" not in text


def test_dotdot_pack_path_is_refused(rules: Path, root: Path) -> None:
    (root / "outside.yaml").write_text(PACK)
    (rules / "riskcheck.yaml").write_text("packs: ['../outside.yaml']\n")
    assert "leaves the rules folder" in _problems(rules)


@pytest.mark.parametrize("listed", [True, False])
def test_symlink_out_of_the_folder_is_refused(rules: Path, root: Path, listed: bool) -> None:
    (root / "outside.yaml").write_text(SECRET)
    (rules / "evil.yaml").symlink_to(root / "outside.yaml")
    if listed:
        (rules / "riskcheck.yaml").write_text("packs: [evil.yaml]\n")
    text = _problems(rules)
    assert "outside the rules folder" in text and "SECRETHASH" not in text


def test_symlink_inside_the_folder_is_fine(rules: Path) -> None:
    (rules / "real").mkdir()
    (rules / "real" / "p.yaml").write_text(PACK)
    (rules / "riskcheck.yaml").write_text("packs: [p.yaml]\n")
    (rules / "p.yaml").symlink_to(rules / "real" / "p.yaml")
    assert [r.id.rsplit("/", 1)[-1] for r in load_ruleset(rules).rules] == ["r"]


def test_symlink_loop_is_a_rule_problem(rules: Path) -> None:
    (rules / "a.yaml").symlink_to(rules / "b.yaml")
    (rules / "b.yaml").symlink_to(rules / "a.yaml")
    assert "symlink loop" in _problems(rules)


def test_dev_zero_is_refused(rules: Path) -> None:
    (rules / "zero.yaml").symlink_to("/dev/zero")
    assert "zero.yaml:1:1" in _problems(rules)


def test_device_inside_the_folder_is_not_a_regular_file(rules: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As if the rules folder were "/dev": containment alone would allow it.
    monkeypatch.setattr(rule_files.Path, "resolve", lambda self, strict=False: Path(os.path.abspath(self)))
    problem = None
    try:
        rule_files.read_rule_file(Path("/dev/zero"), Path("/dev"))
    except rule_files.RuleFileRefused as exc:
        problem = str(exc)
    assert problem is not None and "not a regular file (a device)" in problem


@pytest.mark.parametrize("listed", [True, False])
def test_fifo_is_refused_and_nothing_hangs(rules: Path, listed: bool) -> None:
    os.mkfifo(rules / "pipe.yaml")
    (rules / "ok.yaml").write_text(PACK)
    if listed:
        (rules / "riskcheck.yaml").write_text("packs: [ok.yaml, pipe.yaml]\n")
    result: list[str] = []
    worker = threading.Thread(target=lambda: result.append(_problems(rules)), daemon=True)
    worker.start()
    worker.join(60)  # a hang guard, not a speed assertion: a blocking open never returns
    assert not worker.is_alive(), "loading a rules folder with a FIFO hung"
    assert "pipe.yaml:1:1" in result[0] and "FIFO" in result[0]


def test_size_cap(rules: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rule_files, "MAX_RULE_FILE_BYTES", 50)
    (rules / "big.yaml").write_text(PACK)
    assert "a rule file may be at most 50 bytes" in _problems(rules)


def test_errors_quote_only_a_short_excerpt(rules: Path) -> None:
    # A non-pack file inside the folder: each line would be an "unknown key" naming that line.
    (rules / "notes.yaml").write_text(SECRET)
    text = _problems(rules)
    assert "SECRETHASHSECRETHASHSECRETHASH" not in text
    assert all(len(line) < 500 for line in text.splitlines())
