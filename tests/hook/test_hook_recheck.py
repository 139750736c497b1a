"""``riskcheck recheck``: state kept between runs, exactly the changed posts listed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hook_fakes import TERMS
from hook_fakes import FakeChecker

from riskcheck.cli import main
from riskcheck.types import Severity

QUEUE = ("id,text,channel\n"
         "1,Sunny weekend sale,x\n"
         "2,Flood relief boots on sale,x\n"
         "3,Storm Bram blankets,instagram\n"
         "4,Rain boots for the flood season,x\n")


@pytest.fixture
def queue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "queue").mkdir()
    (tmp_path / "queue" / "posts.csv").write_text(QUEUE, encoding="utf-8")
    (tmp_path / "queue" / "notes.txt").write_text("not content", encoding="utf-8")
    return tmp_path


def test_first_run_records_a_baseline_and_lists_what_already_fails(
        queue: Path, fake_checker: FakeChecker, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recheck", "queue"]) == 1  # the Storm Bram post is already blocked
    assert [line for line in capsys.readouterr().out.splitlines() if not line.startswith(" ")] == [
        'queue/posts.csv:4: BLOCK  "Storm Bram blankets"',
        "note: no earlier run in .riskcheck-state.json; recorded 4 posts as the baseline",
        "note: 1 post(s) already fail (listed above)",
        "riskcheck recheck: 4 posts in 1 files against no earlier run: 0 changed, 0 unchanged, 4 new, 0 gone",
    ]
    state = json.loads((queue / ".riskcheck-state.json").read_text(encoding="utf-8"))
    assert sorted(e["decision"] for e in state["posts"].values()) == ["block", "pass", "pass", "pass"]


def test_new_rule_lists_exactly_the_newly_caught_posts(queue: Path, fake_checker: FakeChecker,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recheck", "queue"]) == 1  # baseline: Storm Bram already blocks
    capsys.readouterr()
    fake_checker.terms = {**TERMS, "flood": ("fake/flood", Severity.BLOCK, None)}
    assert main(["recheck", "queue"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        'queue/posts.csv:3: PASS -> BLOCK now: fake/flood  "Flood relief boots on sale"',
        "  queue/posts.csv:3:1: BLOCK fake/flood says Flood",
        "      | Flood relief boots on sale",
        "      | ^^^^^",
        'queue/posts.csv:5: PASS -> BLOCK now: fake/flood  "Rain boots for the flood season"',
        "  queue/posts.csv:5:20: BLOCK fake/flood says flood",
        "      | Rain boots for the flood season",
        "      |                    ^^^^^",
        "riskcheck recheck: 4 posts in 1 files against the last run: 2 changed, 2 unchanged, 0 new, 0 gone",
    ]
    # the state now holds the new decisions: a third run reports nothing
    assert main(["recheck", "queue"]) == 0
    assert "0 changed, 4 unchanged" in capsys.readouterr().out


def test_edited_post_is_new_not_changed(queue: Path, fake_checker: FakeChecker, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recheck", "queue"]) == 1
    (queue / "queue" / "posts.csv").write_text(QUEUE.replace("Sunny weekend sale", "Storm Bram weekend sale"),
                                               encoding="utf-8")
    capsys.readouterr()
    assert main(["recheck", "--no-save", "--format", "json", "queue"]) == 1  # the edit now blocks
    result = json.loads(capsys.readouterr().out)
    summary = result["summary"]
    assert (summary["changed"], summary["new"], summary["gone"], summary["unchanged"]) == (0, 1, 1, 3)
    assert [(p["line"], p["text"], p["verdict"]["decision"]) for p in result["new_failing"]] == [
        (2, "Storm Bram weekend sale", "block")]
    assert main(["recheck", "queue"]) == 1
    assert capsys.readouterr().out.splitlines()[:2] == [
        'queue/posts.csv:2: NEW BLOCK  "Storm Bram weekend sale"',
        "  queue/posts.csv:2:1: BLOCK fake/storm says Storm Bram",
    ]


def test_new_post_that_passes_is_only_counted(queue: Path, fake_checker: FakeChecker,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recheck", "queue"]) == 1
    with (queue / "queue" / "posts.csv").open("a", encoding="utf-8") as stream:
        stream.write("5,A calm autumn post,x\n")
    capsys.readouterr()
    assert main(["recheck", "queue"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "riskcheck recheck: 5 posts in 1 files against the last run: 0 changed, 4 unchanged, 1 new, 0 gone"]


def test_broken_state_file_is_a_usage_error(queue: Path, fake_checker: FakeChecker) -> None:
    (queue / ".riskcheck-state.json").write_text("{nope", encoding="utf-8")
    assert main(["recheck", "queue"]) == 64


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _committed_rules(queue: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """rules/pack.yaml (terms: [storm bram]) committed in a git repository; local checks read
    the terms of whichever rules folder they are given (the working tree or an exported revision)."""
    rules = queue / "rules"
    rules.mkdir()
    (rules / "pack.yaml").write_text("terms: [storm bram]\n", encoding="utf-8")
    _git(queue, "init", "-q")
    _git(queue, "-c", "user.email=t@example.com", "-c", "user.name=t", "add", "rules")
    _git(queue, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "rules")

    def checker_for(rules_dir: object, rules_only: bool) -> FakeChecker:
        import yaml

        terms = yaml.safe_load((Path(str(rules_dir)) / "pack.yaml").read_text(encoding="utf-8"))["terms"]
        return FakeChecker({t: (f"fake/{t}", Severity.BLOCK, None) for t in terms})

    monkeypatch.setattr("riskcheck.cli.hook_cmd.local_checker", checker_for)
    monkeypatch.setattr("riskcheck.cli.recheck_cmd.local_checker", checker_for)
    return rules


def test_since_rules_compares_two_rule_sets(queue: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    rules = _committed_rules(queue, monkeypatch)
    (rules / "pack.yaml").write_text("terms: [storm bram, flood]\n", encoding="utf-8")
    assert main(["recheck", "--changed-rules", "--rules", "rules", "--no-save", "queue"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line for line in out if not line.startswith(" ")] == [
        'queue/posts.csv:3: PASS -> BLOCK now: fake/flood  "Flood relief boots on sale"',
        'queue/posts.csv:5: PASS -> BLOCK now: fake/flood  "Rain boots for the flood season"',
        "note: preview against HEAD: .riskcheck-state.json was not updated",
        "riskcheck recheck: 4 posts in 1 files against the rules at HEAD: 2 changed, 2 unchanged",
    ]
    assert not (queue / ".riskcheck-state.json").exists()
    assert main(["recheck", "--since-rules", "no-such-rev", "--rules", "rules", "queue"]) == 64


def test_changed_rules_is_a_preview_the_next_plain_run_still_reports(queue: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    rules = _committed_rules(queue, monkeypatch)
    assert main(["recheck", "--rules", "rules", "queue"]) == 1  # baseline with the committed rules
    state = (queue / ".riskcheck-state.json").read_text(encoding="utf-8")
    (rules / "pack.yaml").write_text("terms: [storm bram, flood]\n", encoding="utf-8")
    assert main(["recheck", "--changed-rules", "--rules", "rules", "queue"]) == 1  # no --no-save needed
    assert (queue / ".riskcheck-state.json").read_text(encoding="utf-8") == state
    capsys.readouterr()
    assert main(["recheck", "--rules", "rules", "queue"]) == 1
    assert "2 changed" in capsys.readouterr().out.splitlines()[-1]


def test_posts_scheduled_in_the_past_are_reported(queue: Path, fake_checker: FakeChecker,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (queue / "queue" / "posts.csv").write_text(
        "id,text,channel,scheduled_at\n1,Sunny weekend sale,x,2020-01-06T09:00:00+01:00\n"
        "2,A calm post,x,2999-01-06T09:00:00+01:00\n", encoding="utf-8")
    assert main(["recheck", "--no-save", "queue"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line for line in out if "scheduled in the past" in line] == [
        "queue/posts.csv:2: note: scheduled in the past (2020-01-06T09:00:00+01:00); it will not be published "
        "at that time: reschedule or remove it"]
