"""``near`` with ``counter_speech: ignore``: hate condemned, quoted or denied is not reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.checker import Checker
from riskcheck.rulebook import load_ruleset
from riskcheck.rulebook.kinds.near import sentence_around
from riskcheck.types import Post

PACK = """\
pack: t
rules:
  - id: vermin
    kind: near
    category: discrimination
    severity: block
    message: "dehumanising: {match}"
    window: 3
    counter_speech: MODE
    all:
      - [refugees, vluchtelingen]
      - [are vermin, zijn ongedierte]
"""


def _checker(tmp_path: Path, mode: str) -> Checker:
    (tmp_path / "t.yaml").write_text(PACK.replace("MODE", mode), encoding="utf-8")
    return Checker(load_ruleset(tmp_path), scorers={})


@pytest.mark.parametrize("text", [
    "Calling people 'refugees are vermin' is cruel and has no place here.",
    "I don't think refugees are vermin.",
    "'Vluchtelingen zijn ongedierte' is geen grap, het is haat.",
])
def test_condemned_quoted_or_denied_hate_is_not_reported_when_asked(tmp_path: Path, text: str) -> None:
    assert _checker(tmp_path, "ignore").check(Post(text=text)).findings == ()
    assert [f.rule_id for f in _checker(tmp_path, "match").check(Post(text=text)).findings] == ["t/vermin"]


@pytest.mark.parametrize("text", [
    "Refugees are vermin.",
    "Honestly? Refugees are vermin, every one of them.",
    "Great deals today! Refugees are vermin. Shop now.",   # the other sentences are not read
])
def test_the_statement_itself_is_still_reported(tmp_path: Path, text: str) -> None:
    assert [f.rule_id for f in _checker(tmp_path, "ignore").check(Post(text=text)).findings] == ["t/vermin"]


def test_sentence_around_stops_at_terminators_and_keeps_the_closing_quote() -> None:
    text = "Hello. They said 'X are Y'. Bye"
    start = text.index("X")
    assert sentence_around(text, start, start + 8) == " They said 'X are Y'."
