from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.rulebook.kinds.pattern import compile_regex
from riskcheck.rulebook.kinds.pattern import nested_repetition
from rulebook_helpers import findings
from rulebook_helpers import load
from rulebook_helpers import pack
from rulebook_helpers import spans

RULES = pack(r"""
- id: pref
  kind: pattern
  category: discrimination
  severity: block
  message: "Preference ({match})"
  regex: '(?i)\b(preferably|bij voorkeur)\s+(caucasian|blanke)\b'
  except: [preferably caucasian cats]
- id: price
  kind: pattern
  category: legal
  severity: review
  message: "Price {match}"
  regex: '€\s?\d+'
- id: cafe
  kind: pattern
  category: c
  severity: info
  message: "m"
  regex: '\bcafé\b'
- id: minus
  kind: pattern
  category: promotion
  severity: info
  message: "m"
  regex: '(?:^|\s)-\s?\d{1,2}%'
- id: tracking
  kind: pattern
  category: link
  severity: review
  message: "tracking link"
  target: urls
  regex: 'utm_[a-z]+='
""")


@pytest.mark.parametrize(("text", "expected"), [
    ("Hiring, preferably Caucasian.", [("p/pref", ["preferably Caucasian"])]),
    ("Wij zoeken, bij voorkeur blanke kandidaat", [("p/pref", ["bij voorkeur blanke"])]),
    ("preferably Caucasians", []),
    ("We love preferably caucasian cats", []),                       # except
    ("Only €25 today", [("p/price", ["€25"])]),
    ("le CAFÉ", []),                                                  # case-sensitive pattern
    ("le café crème and a cafe", [("p/cafe", ["café"]), ("p/cafe", ["cafe"])]),  # \b and accents on folded text
    ("le cafe\u0301!", [("p/cafe", ["cafe\u0301"])]),                # combining accent stays inside the span
    ("see https://x.example/a?utm_source=mail", [("p/tracking", ["utm_source="])]),
    ("write utm_source= in text", []),                                # target: urls only
    ("https://x.example/preferably%20caucasian", []),                # text patterns skip links
    ("Coats \u0301 -30% now", [("p/minus", ["-30%"])]),                # edge whitespace/marks trimmed
    ("-30% now", [("p/minus", ["-30%"])]),
])
def test_pattern_matches(root: Path, text: str, expected: list[tuple[str, list[str]]]) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    assert spans(findings(ruleset, text)) == expected


def test_regexes_run_in_linear_time() -> None:
    """RE2 has no backtracking: a long hostile input is answered at once."""
    regex = compile_regex(r"(?:a|aa)b")
    assert regex.search("a" * 200_000 + "!") is None


@pytest.mark.parametrize(("pattern", "nested"), [
    (r"(a+)+$", "(a+)+"), (r"(a*)*", "(a*)*"), (r"(.*a){20}", "(.*a){20}"), (r"(\w+\s?)*$", r"(\w+\s?)*"),
    (r"(a|a+)*", "(a|a+)*"), (r"x((a+))+", "((a+))+"), (r"([a-z]+ ?)+", "([a-z]+ ?)+"),
    (r"(?:[a-z0-9-]+\.)*example\.com", None), (r"(\d+,)+", None), (r"(x+y)+", None), (r"\(a+\)+", None),
    (r"[(]a+[)]+", None), (r"(a+)?", None), (r"€\s?\d+", None),
    (r"(?i)\b(preferably|bij voorkeur)\s+(caucasian|blanke)\b", None),
])
def test_nested_repetition(pattern: str, nested: str | None) -> None:
    assert nested_repetition(pattern) == nested


@pytest.mark.parametrize(("pattern", "message"), [
    (r"(?<=a)b", "regex not allowed: lookarounds ((?=, (?!, (?<=, (?<!) are not supported; "
                 "match the surrounding text instead or use a near rule (RE2, the linear-time engine)"),
    (r"(?P<x>a)(?P=x)", r"regex not allowed: backreferences (\1, (?P=name)) are not supported (RE2, the linear-time engine)"),
    (r"a{2000}", "regex does not compile: invalid repetition size: {2000}"),
    ("a" * 5000, "regex is 5000 characters; the limit is 4000"),
    (r"(a+)+$", "regex refused: nested repetition '(a+)+' is the shape of catastrophic backtracking; "
                "repeat the inner part once (write 'a+' rather than '(a+)+')"),
])
def test_rejected_patterns(pattern: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        compile_regex(pattern)
    assert str(caught.value) == message
