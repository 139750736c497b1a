from __future__ import annotations

from pathlib import Path

import pytest

from rulebook_helpers import findings
from rulebook_helpers import load
from rulebook_helpers import pack

RULES = pack("""
- id: trivia
  kind: near
  category: insensitive
  severity: block
  message: "Framing ({match})"
  window: 5
  lemma: true
  all:
    - ["#TriviaTuesday", fun fact]
    - [death, fatality]
- id: promo
  kind: near
  category: tragedy
  severity: block
  message: "{match}"
  all:
    - [sale, "% off"]
    - [flood, earthquake]
    - [now]
  except: [flood lights]
""")


@pytest.mark.parametrize(("text", "expected"), [
    ("#TriviaTuesday: lowest fatality rate", [("p/trivia", ["#TriviaTuesday", "fatality"], "Framing (#TriviaTuesday + fatality)")]),
    ("Fun fact: two deaths", [("p/trivia", ["Fun fact", "deaths"], "Framing (Fun fact + deaths)")]),
    ("Fun fact: one two three four five six deaths", []),          # 7 words apart > window 5
    ("deaths are sad. fun fact: no", [("p/trivia", ["deaths", "fun fact"], "Framing (deaths + fun fact)")]),
    ("fun fact only", []),
    ("Earthquake sale, shop now!", [("p/promo", ["Earthquake", "sale", "now"], "Earthquake + sale + now")]),
    ("New flood lights on sale now", []),                           # except shields 'flood'
    ("a flood. " + "word " * 100 + "sale now", [("p/promo", ["flood", "sale", "now"], "flood + sale + now")]),
])
def test_near(root: Path, text: str, expected: list[tuple[str, list[str], str]]) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    assert [(f.rule_id, [s.text for s in f.spans], f.message) for f in findings(ruleset, text)] == expected


def test_tightest_hits_are_reported(root: Path) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    text = "fun fact " + "x " * 20 + "fun fact: a death"
    (finding,) = findings(ruleset, text)
    assert [(s.start, s.text) for s in finding.spans] == [(49, "fun fact"), (61, "death")]
    assert finding.explanation == {"terms": ["fun fact", "death"], "window": 5, "distance": 3}
