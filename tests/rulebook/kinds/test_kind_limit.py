from __future__ import annotations

from pathlib import Path

import pytest

from rulebook_helpers import findings
from rulebook_helpers import load
from rulebook_helpers import pack

RULES = pack("""
- id: loud
  kind: limit
  category: brand-voice
  severity: review
  message: "Too loud: {match}."
  max_exclamations: 1
  max_caps_words: 2
  max_hashtags: 2
  max_mentions: 1
  max_emoji: 1
  max_chars: {x: 20, default: 60}
- id: ad
  kind: limit
  category: legal
  severity: block
  applies_to: {channels: [instagram]}
  message: "Paid posts must carry #ad."
  when: [partnership, in samenwerking met]
  require: ["#ad", "#advertentie"]
""")


@pytest.mark.parametrize(("text", "channel", "expected"), [
    ("HUGE NEWS!!! BIG SALE!", None, ("Too loud: 4 exclamation marks (max 1); 4 ALL-CAPS words (max 2).",
                                      ["HUGE", "NEWS", "!!!", "BIG", "SALE", "!"])),
    ("New #a #b #CamelCase @x @y", None, ("Too loud: 3 hashtags (max 2); 2 mentions (max 1).",
                                           ["#a", "#b", "#CamelCase", "@x", "@y"])),
    ("so 🎉🎉 fun", None, ("Too loud: 2 emoji (max 1).", ["🎉", "🎉"])),
    ("twenty-one characters", "x", ("Too loud: 21 characters (max 20).", ["s"])),
    ("twenty-one characters", "instagram", None),     # default 60 applies
    ("twenty-one characters", "Twitter", ("Too loud: 21 characters (max 20).", ["s"])),  # alias of x
    ("Big news: our sale starts today! #sale", None, None),
    ("A OK", None, None),                              # one-letter capitals are not shouting
])
def test_limits(root: Path, text: str, channel: str | None, expected: tuple[str, list[str]] | None) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    got = [(f.message, [s.text for s in f.spans]) for f in findings(ruleset, text, channel=channel)
           if f.rule_id == "p/loud"]
    assert got == ([] if expected is None else [expected])


@pytest.mark.parametrize(("text", "channel", "expected"), [
    ("In partnership with SunCo", "instagram", [["partnership"]]),
    ("In partnership with SunCo #ad", "instagram", []),
    ("In samenwerking met SunCo #advertentie", "instagram", []),
    ("In partnership with SunCo", "x", []),            # out of scope
    ("In partnership with SunCo", " IG ", [["partnership"]]),  # alias of instagram
    ("In partnership with SunCo", None, []),           # no channel: a channel-scoped rule does not apply
    ("Just a post", "instagram", []),                  # no trigger, nothing required
])
def test_require_when(root: Path, text: str, channel: str | None, expected: list[list[str]]) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    got = [[s.text for s in f.spans] for f in findings(ruleset, text, channel=channel) if f.rule_id == "p/ad"]
    assert got == expected
