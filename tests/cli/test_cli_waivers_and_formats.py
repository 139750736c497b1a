"""The CLI and the hook honour reviewers' waivers from the store (decided once, in the core),
and print Markdown / HTML reports."""

from __future__ import annotations

import io
import json
from datetime import datetime
from datetime import timezone
from pathlib import Path

import pytest

from riskcheck.cli import main
from riskcheck.store import Waiver
from riskcheck.store import open_store
from riskcheck.store import text_sha256

RULES = Path(__file__).resolve().parents[2] / "tests" / "browser"
TEXT = "Our cheap plans are here"


@pytest.fixture()
def rules(tmp_path: Path) -> Path:
    import sys

    sys.path.insert(0, str(RULES))
    from browser_rules import write_rules

    return write_rules(tmp_path / "rules")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RISKCHECK_RULES", raising=False)
    monkeypatch.setenv("RISKCHECK_DB", str(tmp_path / "state.db"))


def _waive(tmp_path: Path, post_id: str, text: str) -> None:
    store = open_store(tmp_path / "state.db")
    store.add_waiver(Waiver(post_id, text_sha256(text), "voice/avoid-words", "campaign wording", "ann",
                            datetime.now(timezone.utc)))
    store.close()


def test_check_honours_a_stored_waiver_for_the_same_id_and_text(tmp_path, rules, capsys):
    _waive(tmp_path, "p1", TEXT)
    assert main(["check", TEXT, "--id", "p1", "--rules", str(rules), "--rules-only", "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["decision"] == "pass"
    assert verdict["findings"][0]["waived"] == "campaign wording (waived by ann)"
    assert main(["check", TEXT + "!", "--id", "p1", "--rules", str(rules), "--rules-only", "--json"]) == 1
    assert main(["check", TEXT, "--id", "p2", "--rules", str(rules), "--rules-only", "--json"]) == 1


def test_hook_honours_stored_waivers(tmp_path, rules, capsys):
    _waive(tmp_path, "p1", TEXT)
    posts = tmp_path / "posts.jsonl"
    posts.write_text(json.dumps({"id": "p1", "text": TEXT}) + "\n" + json.dumps({"id": "p2", "text": TEXT}) + "\n")
    main(["hook", str(posts), "--rules", str(rules), "--rules-only", "--format", "json", "--fail-on", "review"])
    report = json.loads(capsys.readouterr().out)
    assert [p["decision"] for p in report["posts"]] == ["pass", "review"]


def test_check_markdown_and_html(tmp_path, rules, capsys):
    text = '<script>x</script> cheap'
    assert main(["check", text, "--rules", str(rules), "--rules-only", "--format", "markdown"]) == 1
    md = capsys.readouterr().out
    assert "**cheap**" in md and "&lt;script&gt;" in md and "brand@example.com" in md
    assert "We sell value, not cheapness." in md
    assert main(["check", text, "--rules", str(rules), "--rules-only", "--format", "html"]) == 1
    page = capsys.readouterr().out
    assert '<mark class="review">cheap</mark>' in page and "<script>" not in page


def test_hook_markdown_names_file_and_line(tmp_path, rules, capsys):
    posts = tmp_path / "posts.jsonl"
    posts.write_text(json.dumps({"id": "p9", "text": TEXT}) + "\n")
    main(["hook", str(posts), "--rules", str(rules), "--rules-only", "--format", "markdown"])
    md = capsys.readouterr().out
    assert "posts.jsonl:1 (p9): REVIEW" in md and "**cheap**" in md and "voice/avoid-words" in md


def test_human_output_shows_why_link_owner(tmp_path, rules, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    main(["check", TEXT, "--rules", str(rules), "--rules-only"])
    out = capsys.readouterr().out
    assert "why: We sell value, not cheapness." in out
    assert "link: https://example.com/style#cheap" in out and "owner: brand@example.com" in out


def test_cli_crisis_switches_are_audited(tmp_path, capsys):
    assert main(["crisis", "on", "--reason", "Storm Bram", "--by", "ann"]) == 0
    assert main(["crisis", "off", "--by", "bob"]) == 0
    store = open_store(tmp_path / "state.db")
    from riskcheck.store.reviews import AuditFilter

    events = store.audit_page(AuditFilter(kind="crisis"))
    store.close()
    assert [(e["actor"], e["decision"]) for e in events] == [("bob", "off"), ("ann", "on")]
    assert "Storm Bram" in events[1]["detail"]
