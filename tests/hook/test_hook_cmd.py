"""``riskcheck hook`` in-process with a fake checker: exact lines, exit codes, JSON and SARIF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riskcheck.cli import main

from hook_fakes import FakeChecker


def _write(tmp_path: Path, name: str, content: str) -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return str(path)


CSV = ("id,text,scheduled_at,channel\n"
       "a,Sunny day,2026-11-27T09:00:00+01:00,x\n"
       "b,\"Ride out Storm Bram, 30% off!\",2026-11-27T10:00:00+01:00,instagram\n"
       "c,\"Cheap deals.\nLockdown blues? Storm Bram too\",2026-11-27T11:00:00+01:00,x\n")


def test_text_output_is_reviewer_readable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          fake_checker: FakeChecker, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "q.csv", CSV)
    code = main(["hook", "q.csv"])
    assert capsys.readouterr().out.splitlines() == [
        "q.csv:3:10: BLOCK fake/storm says Storm Bram",
        "    | Ride out Storm Bram, 30% off!",
        "    |          ^^^^^^^^^^",
        "q.csv:5:17: BLOCK fake/storm says Storm Bram",
        "    | Lockdown blues? Storm Bram too",
        "    |                 ^^^^^^^^^^",
        "q.csv:4:1: INFO fake/cheap says Cheap (suggest: affordable)",
        "    | Cheap deals.",
        "    | ^^^^^",
        "q.csv:5:1: REVIEW fake/lockdown says Lockdown",
        "    | Lockdown blues? Storm Bram too",
        "    | ^^^^^^^^",
        "riskcheck: 3 posts checked in 1 file: 1 pass, 0 review, 2 block, 0 hold",
    ]
    assert code == 1
    assert [p.channel for p in fake_checker.seen] == ["x", "instagram", "x"]


@pytest.mark.parametrize(("text", "fail_on", "expected"), [
    ("All fine", "block", 0),
    ("Lockdown fun", "block", 0),
    ("Lockdown fun", "review", 1),
    ("Storm Bram", "block", 1),
    ("Storm Bram", "never", 0),
    ("Please hold me", "block", 1),
])
def test_exit_code_follows_fail_on(tmp_path: Path, fake_checker: FakeChecker, text: str, fail_on: str,
                                   expected: int) -> None:
    path = _write(tmp_path, "p.jsonl", json.dumps({"text": text}) + "\n")
    assert main(["hook", "--fail-on", fail_on, path]) == expected


def test_hold_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_checker: FakeChecker,
                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "p.yaml", "- text: hold me please\n")
    assert main(["hook", "p.yaml"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "p.yaml:1:1: HOLD riskcheck/crisis-hold crisis mode: storm (test)",
        "riskcheck: 1 post checked in 1 file: 0 pass, 0 review, 0 block, 1 hold",
    ]


def test_unreadable_file_fails_with_file_line_and_other_files_still_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_checker: FakeChecker,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "bad.json", '[{"text": "x", "channel": "myspace"}]')
    _write(tmp_path, "good.md", "---\nchannel: x\n---\nSunny\n")
    assert main(["hook", "bad.json", "good.md"]) == 65
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("bad.json:1: error unknown channel 'myspace'")
    assert out[-1] == "riskcheck: 1 post checked in 2 files: 1 pass, 0 review, 0 block, 0 hold; 1 error"


def test_channels_option_extends_the_known_set(tmp_path: Path, fake_checker: FakeChecker) -> None:
    path = _write(tmp_path, "p.jsonl", '{"text": "hi", "channel": "intranet"}\n')
    assert main(["hook", path]) == 65
    assert main(["hook", "--channels", "+intranet", path]) == 0


def test_json_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_checker: FakeChecker,
                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "q.csv", CSV)
    assert main(["hook", "--format", "json", "q.csv"]) == 1
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert document["summary"] == {"files": 1, "posts": 3, "errors": 0, "pass": 1, "review": 0, "block": 2,
                                   "hold": 0}
    assert [(p["id"], p["line"], p["decision"]) for p in document["posts"]] == [
        ("a", 2, "pass"), ("b", 3, "block"), ("c", 4, "block")]
    assert document["posts"][1]["locations"] == [
        {"rule_id": "fake/storm", "line": 3, "column": 10, "end_line": 3, "end_column": 20, "text": "Storm Bram", "part": "text"}]
    assert captured.err.strip() == "riskcheck: 3 posts checked in 1 file: 1 pass, 0 review, 2 block, 0 hold"


# The parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) that a consumer relies on.
SARIF_SUBSET = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "$schema": {"type": "string"},
        "runs": {"type": "array", "items": {
            "type": "object", "required": ["tool"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                    "type": "object", "required": ["name"],
                    "properties": {"name": {"type": "string"}, "rules": {"type": "array", "items": {
                        "type": "object", "required": ["id"],
                        "properties": {"id": {"type": "string"},
                                       "defaultConfiguration": {"type": "object", "properties": {
                                           "level": {"enum": ["none", "note", "warning", "error"]}}}}}}}}}},
                "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                "results": {"type": "array", "items": {
                    "type": "object", "required": ["message"],
                    "properties": {
                        "ruleId": {"type": "string"},
                        "ruleIndex": {"type": "integer", "minimum": -1},
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": {"type": "object", "anyOf": [{"required": ["text"]}, {"required": ["id"]}]},
                        "locations": {"type": "array", "items": {"type": "object", "properties": {
                            "physicalLocation": {"type": "object", "properties": {
                                "artifactLocation": {"type": "object", "properties": {"uri": {"type": "string"}}},
                                "region": {"type": "object", "properties": {
                                    "startLine": {"type": "integer", "minimum": 1},
                                    "startColumn": {"type": "integer", "minimum": 1},
                                    "endLine": {"type": "integer", "minimum": 1},
                                    "endColumn": {"type": "integer", "minimum": 1}}}}}}}}}}},
                "invocations": {"type": "array", "items": {"type": "object", "required": ["executionSuccessful"]}},
            }}},
    },
}


def test_sarif_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_checker: FakeChecker) -> None:
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "q.csv", CSV)
    _write(tmp_path, "bad.yaml", "- channel: x\n")
    assert main(["hook", "--format", "sarif", "--output", "out.sarif", "q.csv", "bad.yaml"]) == 65
    log = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    jsonschema_rs.validate(SARIF_SUBSET, log)
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == ["riskcheck/read-error", "fake/storm", "fake/cheap", "fake/lockdown"]
    assert [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["locations"][0]["physicalLocation"]["region"]["startLine"],
             r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in run["results"]] == [
        ("riskcheck/read-error", "error", "bad.yaml", 1, 1),
        ("fake/storm", "error", "q.csv", 3, 10),
        ("fake/storm", "error", "q.csv", 5, 17),
        ("fake/cheap", "note", "q.csv", 4, 1),
        ("fake/lockdown", "warning", "q.csv", 5, 1),
    ]
    assert all(r["ruleIndex"] == rules.index(r["ruleId"]) for r in run["results"])
    assert run["invocations"] == [{"executionSuccessful": False}]


def test_jobs_give_the_same_verdicts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_checker: FakeChecker,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    rows = "".join(f"p{i},{'Storm Bram' if i % 7 == 0 else 'fine'} {i},x\n" for i in range(700))
    _write(tmp_path, "big.csv", "id,text,channel\n" + rows)
    assert main(["hook", "--format", "json", "--no-progress", "big.csv"]) == 1
    single = json.loads(capsys.readouterr().out)
    assert main(["hook", "--format", "json", "--no-progress", "--jobs", "2", "big.csv"]) == 1
    multi = json.loads(capsys.readouterr().out)
    assert multi["posts"] == single["posts"] and single["summary"]["block"] == 100


def test_no_files_is_a_no_op(fake_checker: FakeChecker) -> None:
    assert main(["hook"]) == 0


def test_bad_option_is_a_usage_error(tmp_path: Path, fake_checker: FakeChecker) -> None:
    path = _write(tmp_path, "p.jsonl", '{"text": "hi"}\n')
    assert main(["hook", "--timezone", "Mars/Olympus", path]) == 64
    assert main(["hook", "--columns", "body=Copy", path]) == 64


def test_progress_bar_and_output_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_checker: FakeChecker,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "big.jsonl", "".join(f'{{"text": "post {i}"}}\n' for i in range(400)))
    assert main(["hook", "--progress", "--output", "report.txt", "big.jsonl"]) == 0
    summary = "riskcheck: 400 posts checked in 1 file: 400 pass, 0 review, 0 block, 0 hold"
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == summary + "\n"
    assert capsys.readouterr().err.splitlines()[-1] == summary


@pytest.mark.parametrize(("posts", "most"), [(10, 1), (1999, 1), (10_000, 4)])
def test_auto_jobs_only_forks_for_big_queues(posts: int, most: int) -> None:
    from riskcheck.hook.engine import auto_jobs

    assert 1 <= auto_jobs(posts) <= most
    if posts < 2000:
        assert auto_jobs(posts) == 1
