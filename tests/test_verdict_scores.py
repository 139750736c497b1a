"""Every verdict carries every model score, crossed or not (issue 8), in ``--json`` and the API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from riskcheck.checker import Checker
from riskcheck.rulebook import load_ruleset
from riskcheck.types import Post

RULES = Path(__file__).resolve().parent.parent / "rules"
ATTRIBUTES = {"toxicity", "severe_toxicity", "insult", "threat", "identity_attack", "obscene", "sexual_explicit"}


@pytest.fixture(scope="module")
def verdict_dict() -> dict:
    checker = Checker(load_ruleset(RULES))
    return checker.check(Post(text="Thanks for your patience. She died 3 days before he became president.")).to_dict()


def test_scores_hold_every_attribute_and_every_topic(verdict_dict: dict) -> None:
    scores = verdict_dict["scores"]
    topic_ids = {r.full_id for r in load_ruleset(RULES).rules if r.kind == "topic"}
    assert ATTRIBUTES <= set(scores)
    assert topic_ids <= set(scores)
    assert all(0.0 <= value <= 1.0 for value in scores.values())
    # crossed: the finding's score; not crossed: still there (a topic without an anchor word is 0)
    death = next(f for f in verdict_dict["findings"] if f["rule_id"] == "sensitive-topics/death-and-tragedy")
    assert scores["sensitive-topics/death-and-tragedy"] == death["score"]
    assert scores["sensitive-topics/religion"] == 0.0


def test_rules_only_verdict_has_an_empty_scores_map() -> None:
    verdict = Checker(load_ruleset(RULES), scorers={}).check(Post(text="Hello"))
    assert verdict.to_dict()["scores"] == {}


def test_cli_json_carries_scores(tmp_path: Path) -> None:
    from riskcheck.cli import cli

    pack = tmp_path / "t.yaml"
    pack.write_text("pack: t\nrules:\n  - id: storms\n    kind: topic\n    category: current-event\n"
                    "    severity: review\n    message: Storms.\n    threshold: 0.6\n"
                    "    description: Storms and hurricanes.\n"
                    "    samples: [\"The hurricane hit the coast.\", \"A storm destroyed the town.\"]\n",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--rules", str(pack), "--json", "Our spring sale starts today."])
    verdict = json.loads(result.output.strip().splitlines()[-1])
    assert "t/storms" in verdict["scores"], result.output
