"""``near`` and ``phrase`` with ``counter_speech: ignore``: hate condemned, quoted or denied is not reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.checker import Checker
from riskcheck.rulebook import load_ruleset
from riskcheck.rulebook.counter_speech import sentence_around
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


def _checker(tmp_path: Path, mode: str, pack: str = PACK) -> Checker:
    (tmp_path / "t.yaml").write_text(pack.replace("MODE", mode), encoding="utf-8")
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


PHRASE_PACK = """\
pack: p
rules:
  - id: go-back
    kind: phrase
    category: discrimination
    severity: block
    message: "xenophobic: {match}"
    counter_speech: MODE
    terms: [go back to your own country, ga terug naar je eigen land]
"""


def _phrase_checker(tmp_path: Path, mode: str) -> Checker:
    return _checker(tmp_path, mode, PHRASE_PACK)


@pytest.mark.parametrize("text", [
    "My grandma was told 'go back to your own country' every day for years. Nobody should hear that.",
    "'Ga terug naar je eigen land' stond er op haar deur. Schandalig.",
    "Saying 'go back to your own country' to a customer is racist.",
])
def test_a_phrase_rule_skips_a_reported_or_condemned_phrase_when_asked(tmp_path: Path, text: str) -> None:
    assert _phrase_checker(tmp_path, "ignore").check(Post(text=text)).findings == ()
    assert [f.rule_id for f in _phrase_checker(tmp_path, "match").check(Post(text=text)).findings] == ["p/go-back"]


@pytest.mark.parametrize("text", [
    "Don't like our prices? Go back to your own country.",
    "'Go back to your own country' is what I tell them. And I mean it.",
])
def test_a_phrase_rule_still_reports_the_phrase_said(tmp_path: Path, text: str) -> None:
    assert [f.rule_id for f in _phrase_checker(tmp_path, "ignore").check(Post(text=text)).findings] == ["p/go-back"]
