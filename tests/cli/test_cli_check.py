"""``riskcheck check`` and ``riskcheck rules ...`` in-process, rules-only (no models)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from riskcheck.cli import main

CONTRACT = Path(__file__).resolve().parents[2] / "rules"
TRIVIA = "#TriviaTuesday: the back of the plane has the lowest fatality rate"


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str],
        stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RISKCHECK_RULES", raising=False)
    monkeypatch.setenv("RISKCHECK_DB", str(tmp_path / "state.db"))


def test_trivia_post_is_blocked_with_exact_spans(capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, ["check", TRIVIA, "--at", "2026-11-24T10:00:00+01:00",
                                             "--json", "--rules-only", "--rules", str(CONTRACT)])
    verdict = json.loads(out)
    assert code == 2
    assert verdict["decision"] == "block"
    trivia = [f for f in verdict["findings"] if f["rule_id"] == "insensitive/trivia-death"]
    assert [(s["text"], TRIVIA[s["start"]:s["end"]]) for s in trivia[0]["spans"]] == [
        ("#TriviaTuesday", "#TriviaTuesday"), ("fatality", "fatality")]
    assert trivia[0]["source"] == {"file": str(CONTRACT / "insensitive.yaml"), "line": 7}


def test_stdin_batch_keeps_order_and_ids_and_exits_with_the_worst(capsys, monkeypatch) -> None:
    lines = "\n".join(json.dumps(p) for p in [
        {"id": "a", "text": "Our new spring collection is here.", "language": "en"},
        {"id": "b", "text": "Ride out #StormBram with our cosy blankets, 30% off!",
         "scheduled_at": "2026-11-24T10:00:00+01:00"},
        {"id": "c", "text": "Hey guys, check out our plans", "language": "en"},
    ])
    code, out, _ = run(capsys, monkeypatch, ["check", "--json", "--rules-only", "--rules", str(CONTRACT)], lines)
    verdicts = [json.loads(line) for line in out.splitlines()]
    assert [v["id"] for v in verdicts] == ["a", "b", "c"]
    assert verdicts[1]["decision"] == "block"
    assert code == 2


def test_bad_stdin_lines_are_all_reported_and_nothing_is_checked(capsys, monkeypatch) -> None:
    lines = '{"text": "ok"}\nnot json\n{"txt": "typo"}\n{"text": "x", "scheduled_at": "tomorrow"}\n'
    code, out, err = run(capsys, monkeypatch, ["check", "--json", "--rules-only"], lines)
    assert code == 65
    assert out == ""
    assert "stdin:2: invalid JSON" in err
    assert "stdin:3: unknown field(s): txt" in err
    assert "stdin:4: scheduled_at: 'tomorrow' is not an ISO 8601 date-time" in err


def test_stdin_language_must_be_a_code_and_a_locale_tag_counts_as_its_language(capsys, monkeypatch) -> None:
    code, _, err = run(capsys, monkeypatch, ["check", "--json", "--rules-only"], '{"text": "x", "language": "Dutch"}\n')
    assert (code, err.splitlines()[0]) == (65, "error: stdin:1: language: 'Dutch' is not a language code: use ISO 639-1 such as en or nl")
    code, out, _ = run(capsys, monkeypatch, ["check", "--json", "--rules-only"], '{"text": "x", "language": "nl-BE"}\n')
    assert json.loads(out)["language"] == "nl"


@pytest.mark.parametrize("argv", [
    ["check", "hello", "--at", "yesterday"],
    ["check", "hello", "--at", "2026-11-24T10:00:00"],
    ["check", "hello", "--no-such-option"],
    ["no-such-command"],
    ["rules", "list", "--at", "garbage"],
    ["check", "hello", "--lang", "english"],
])
def test_usage_errors_exit_64(capsys, monkeypatch, argv: list[str]) -> None:
    code, _, _ = run(capsys, monkeypatch, argv + ["--rules-only"] if argv[0] == "check" else argv)
    assert code == 64


def test_broken_pack_is_refused_and_the_good_one_keeps_working(capsys, monkeypatch, tmp_path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(CONTRACT, broken)
    (broken / "insensitive.yaml").write_text(
        (broken / "insensitive.yaml").read_text().replace("    category: insensitive\n", "    serverity: block\n", 1))
    code, out, err = run(capsys, monkeypatch, ["check", TRIVIA, "--rules-only", "--rules", str(broken)])
    assert code == 65 and out == ""
    assert f"{broken / 'insensitive.yaml'}:7:" in err and "serverity" in err
    code, _, _ = run(capsys, monkeypatch, ["check", TRIVIA, "--rules-only", "--rules", str(CONTRACT)])
    assert code == 2


def test_crisis_switch_holds_promotions_until_switched_off(capsys, monkeypatch) -> None:
    promo = ["check", "Winter sale: 30% off all blankets, shop now", "--rules-only", "--json",
             "--rules", str(CONTRACT)]
    assert run(capsys, monkeypatch, promo)[0] in (0, 1)
    assert run(capsys, monkeypatch, ["crisis", "on", "--reason", "Storm Bram", "--by", "ann"])[0] == 0
    code, out, _ = run(capsys, monkeypatch, promo)
    assert code == 3
    assert json.loads(out)["reasons"][0].startswith("crisis mode: Storm Bram")
    assert run(capsys, monkeypatch, ["crisis", "status"])[0] == 3
    assert run(capsys, monkeypatch, ["crisis", "off"])[0] == 0
    assert run(capsys, monkeypatch, promo)[0] in (0, 1)


@pytest.mark.parametrize(("argv", "message"), [
    (["--reason", "  "], "Error: Invalid value for --reason: give the reason reviewers will see on every held post"),
    (["--reason", "x", "--until", "soon"],
     "Error: Invalid value for --until: 'soon' is not an ISO 8601 date-time (e.g. 2026-11-24T10:00:00+01:00)"),
    (["--reason", "x", "--until", "2020-01-01T00:00:00Z"], "Error: Invalid value for --until: '2020-01-01T00:00:00Z' is in the past"),
])
def test_crisis_on_refuses_a_blank_reason_and_bad_ends(capsys, monkeypatch, argv: list[str], message: str) -> None:
    code, _, err = run(capsys, monkeypatch, ["crisis", "on", *argv])
    assert (code, err.splitlines()[-1]) == (64, message)
    assert run(capsys, monkeypatch, ["crisis", "status"])[0] == 0


def test_rules_validate_and_list(capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, ["rules", "validate", str(CONTRACT)])
    assert code == 0 and out.startswith("ok: ")
    code, out, _ = run(capsys, monkeypatch, ["rules", "list", str(CONTRACT), "--at", "2026-11-24T10:00:00+01:00"])
    assert code == 0
    covid = next(line for line in out.splitlines() if line.strip().startswith("covid-19"))
    assert "expired" in covid
    assert max(len(line) for line in out.splitlines()) <= 100
    code, out, _ = run(capsys, monkeypatch, ["rules", "list", str(CONTRACT), "--json", "--at", "2026-11-24"])
    rules = {r["id"]: r for r in json.loads(out)["rules"]}
    assert (code, rules["current-events/covid-19"]["status"], rules["current-events/storm-bram"]["status"]) == (
        0, "expired", "active")
    assert rules["current-events/storm-bram"]["source"].endswith("current-events.yaml:24")


def test_rules_validate_warns_about_a_pack_riskcheck_yaml_does_not_name(capsys, monkeypatch, tmp_path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(CONTRACT, rules, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    news = (rules / "current-events.yaml").read_text(encoding="utf-8").replace("pack: current-events", "pack: news")
    (rules / "breaking-news.yaml").write_text(news, encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, ["rules", "validate", str(rules)])
    assert code == 0 and out.startswith("ok: ")
    assert "breaking-news.yaml:1:1: warning: pack file 'breaking-news.yaml' is not named in riskcheck.yaml" in err
    assert "note: rule covid-19: terms map (en, nl): every term runs on every post" in err
    assert sum("is not named in" in line for line in err.splitlines()) == 1  # only the new file
    code, _, err = run(capsys, monkeypatch, ["rules", "list", str(rules)])
    assert "breaking-news.yaml" in err


def test_rules_test_is_green_on_every_shipped_pack(capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, ["rules", "test", "--rules-only", "--allow-skip", str(CONTRACT)])
    assert code == 0, out
    assert " 0 failed" in out.splitlines()[-1]


def test_rules_test_counts_ml_examples_as_skipped_not_passed(capsys, monkeypatch) -> None:
    examples = Path(__file__).resolve().parents[2] / ".." / "shared" / "rules-spec" / "examples"
    target = examples if examples.is_dir() else CONTRACT
    code, out, err = run(capsys, monkeypatch, ["rules", "test", "--rules-only", str(target)])
    assert code == 1
    assert "skipped" in out.splitlines()[-1] and "0 failed" in out.splitlines()[-1]
    assert "a skip is not a pass" in err
    code, _, _ = run(capsys, monkeypatch, ["rules", "test", "--rules-only", "--allow-skip", str(target)])
    assert code == 0


def test_stdin_bytes_bom_and_bad_utf8_are_line_errors_not_crashes(capsys, monkeypatch) -> None:
    """A BOM is skipped; an undecodable byte names its line; a "\\ud800" escape is still checked."""
    raw = b'\xef\xbb\xbf{"id": "a", "text": "ok"}\r\n{"text": "st\xffrm"}\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="ascii"))
    code, out, err = run(capsys, monkeypatch, ["check", "--json", "--rules-only", "--rules", str(CONTRACT)])
    assert (code, out) == (65, "")
    assert err.splitlines() == ["error: stdin:2: not UTF-8 text (byte 0xFF at column 13)",
                                "1 bad line(s); nothing was checked."]

    good = (b'\xef\xbb\xbf{"id": "a", "text": "Storm Bram \\ud800 now",'
            b' "scheduled_at": "2026-11-24T10:00:00+01:00"}\n')
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(good), encoding="ascii"))
    code, out, _ = run(capsys, monkeypatch, ["check", "--json", "--rules-only", "--rules", str(CONTRACT)])
    verdict = json.loads(out)
    assert verdict["id"] == "a"
    assert [(f["rule_id"], f["spans"]) for f in verdict["findings"]] == [
        ("current-events/storm-bram", [{"start": 0, "end": 10, "text": "Storm Bram", "start_utf16": 0, "end_utf16": 10}])]


def test_undecodable_bytes_in_text_argument_are_checked_not_a_crash(capsys, monkeypatch) -> None:
    text = "Storm Bram \udcff"  # what Python makes of a 0xFF byte in argv
    code, out, _ = run(capsys, monkeypatch, ["check", text, "--at", "2026-11-24T10:00:00+01:00",
                                             "--json", "--rules-only", "--rules", str(CONTRACT)])
    verdict = json.loads(out)
    assert (code, [f["rule_id"] for f in verdict["findings"]]) == (2, ["current-events/storm-bram"])


def test_bad_at_names_the_option_once(capsys, monkeypatch) -> None:
    code, _, err = run(capsys, monkeypatch, ["rules", "list", "--at", "2026-11-24 10:00"])
    assert code == 64
    assert err.splitlines()[-1] == "Error: Invalid value for --at: '2026-11-24 10:00' has no time zone offset (add e.g. +01:00 or Z)"


def test_a_bad_setting_is_a_message_not_a_traceback(capsys, monkeypatch) -> None:
    monkeypatch.setenv("RISKCHECK_TOXICITY_BACKEND", "bogus")
    code, out, err = run(capsys, monkeypatch, ["check", "hello there", "--rules", str(CONTRACT)])
    assert code == 64
    assert err.startswith("error: ") and "bogus" in err and "Traceback" not in err
