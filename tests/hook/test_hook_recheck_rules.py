"""Acceptance: an editor adds an active current-event rule; recheck lists exactly the posts it now catches.

Runs the real rule packs (rules-only) over a small queue in two formats. One post names the
event but is scheduled before the rule's window opens, so it must *not* be listed: posts are
checked at their own scheduled time.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from riskcheck.cli import main
from riskcheck.cli.common import shipped_rules_dir

NEW_RULE = """
  - id: maasbrug-collapse
    kind: phrase
    severity: block
    message: "The Maasbrug collapse is a live tragedy; do not mention it in marketing ({match})."
    active: {from: 2026-12-01, until: 2027-01-31}
    terms: [maasbrug, maas bridge]
    examples:
      flag: ["Cross the Maasbrug to our new store!"]
      pass: ["Cross the river to our new store!"]
"""

QUEUE_CSV = ("id,scheduled_at,channel,brand,text\n"
             "c1,2026-12-03T09:00:00+01:00,instagram,acme,Our winter coats are in: warm and light.\n"
             "c2,2026-12-04T09:00:00+01:00,x,acme,Cross the Maasbrug to our new store in Rotterdam!\n"
             "c3,2026-11-28T09:00:00+01:00,x,acme,Cross the Maasbrug to our new store next week!\n"
             "c4,2026-12-05T12:00:00+01:00,linkedin,acme,We are hiring engineers in Rotterdam.\n")
QUEUE_MD = ("---\nid: m1\nscheduled_at: 2026-12-10T10:00:00+01:00\nchannel: facebook\n---\n\n"
            "Evening walk tip: the lights on the Maas Bridge are beautiful.\n")


def test_new_current_event_rule_lists_exactly_the_posts_it_now_catches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(shipped_rules_dir(), rules, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    queue = tmp_path / "queue"
    queue.mkdir()
    (queue / "december.csv").write_text(QUEUE_CSV, encoding="utf-8")
    (queue / "walk.md").write_text(QUEUE_MD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("RISKCHECK_RULES", "RISKCHECK_DB"):
        monkeypatch.delenv(name, raising=False)

    assert main(["recheck", "--rules", "rules", "--rules-only", "queue"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "riskcheck recheck: 5 posts in 2 files against no earlier run: 0 changed, 0 unchanged, 5 new, 0 gone")

    with (rules / "current-events.yaml").open("a", encoding="utf-8") as pack:
        pack.write(NEW_RULE)
    assert main(["recheck", "--rules", "rules", "--rules-only", "queue"]) == 1
    out = capsys.readouterr().out.splitlines()
    listed = [line for line in out if not line.startswith(" ") and ": note: scheduled in the past" not in line]
    assert listed == [
        'queue/december.csv:3: PASS -> BLOCK now: current-events/maasbrug-collapse  '
        '"Cross the Maasbrug to our new store in Rotterdam!"',
        'queue/walk.md:1: PASS -> BLOCK now: current-events/maasbrug-collapse  '
        '"Evening walk tip: the lights on the Maas Bridge are beautif…"',
        "riskcheck recheck: 5 posts in 2 files against the last run: 2 changed, 3 unchanged, 0 new, 0 gone",
    ]
    assert ("  queue/december.csv:3:11: BLOCK current-events/maasbrug-collapse The Maasbrug collapse is a live "
            "tragedy; do not mention it in marketing (Maasbrug).") in out
