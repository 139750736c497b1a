from __future__ import annotations

from pathlib import Path

import pytest

from rulebook_helpers import findings
from rulebook_helpers import load
from rulebook_helpers import pack
from rulebook_helpers import spans

RULES = pack("""
- id: storm
  kind: phrase
  category: current-event
  severity: block
  message: "Storm ({match})"
  terms: [storm bram, stormbram, "#TriviaTuesday", "% off", café]
  except: [bram stoker]
- id: camel
  kind: phrase
  category: c
  severity: review
  message: "m {match}"
  terms: [MondayMotivation, throwbackthursday]
- id: voice
  kind: phrase
  category: brand-voice
  severity: info
  message: "Say it our way ({match})"
  suggest: {acme inc: ACME, guys: everyone}
- id: langs
  kind: phrase
  category: c
  severity: review
  message: "m {match}"
  terms: {en: [lockdown], nl: [quarantaine, lockdown]}
- id: dying
  kind: phrase
  category: c
  severity: review
  message: "m {match}"
  lemma: true
  terms: [die]
- id: link
  kind: phrase
  category: link
  severity: review
  message: "m {match}"
  match_urls: true
  terms: [bit.ly]
- id: nolink
  kind: phrase
  category: link
  severity: review
  message: "m {match}"
  terms: [bit.ly]
""")

CASES = [
    ("Ride out #StormBram with us", [("p/storm", ["#StormBram"])]),
    ("ride out #stormbram with us", [("p/storm", ["#stormbram"])]),
    ("Storm Bram raast", [("p/storm", ["Storm Bram"])]),
    ("STORM   BRAM", [("p/storm", ["STORM   BRAM"])]),
    ("stormy bramble", []),                                     # word boundaries
    ("Read Bram Stoker's Dracula, storm or not", []),           # except
    ("#TriviaTuesday is back", [("p/storm", ["#TriviaTuesday"])]),
    ("it is trivia tuesday", [("p/storm", ["trivia tuesday"])]),
    ("TriviaTuesday again", [("p/storm", ["TriviaTuesday"])]),
    ("now 30% off", [("p/storm", ["% off"])]),
    ("meet at the CAFE", [("p/storm", ["CAFE"])]),              # accents and case ignored
    ("meet at the Café", [("p/storm", ["Café"])]),
    ("Acme Inc is proud, guys", [("p/voice", ["Acme Inc"]), ("p/voice", ["guys"])]),
    ("see https://storm-bram.example/stormbram", []),           # URLs excluded from word rules
    ("short link bit.ly/x", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phrase_matches(root: Path, text: str, expected: list[tuple[str, list[str]]]) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    got = [s for s in spans(findings(ruleset, text)) if s[0] in ("p/storm", "p/voice")]
    assert got == expected


def test_message_and_suggestion(root: Path) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    found = findings(ruleset, "Hey guys, guys!")
    assert [(f.message, f.suggestion, [(s.start, s.end) for s in f.spans]) for f in found] == [
        ("Say it our way (guys)", "everyone", [(4, 8), (10, 14)]),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("#MondayMotivation", ["#MondayMotivation"]), ("#mondaymotivation", ["#mondaymotivation"]),
    ("monday motivation", ["monday motivation"]), ("MondayMotivation", ["MondayMotivation"]),
    ("#ThrowbackThursday", ["#ThrowbackThursday"]), ("throwback thursday", []),  # lowercase terms cannot be split
])
def test_one_word_terms_and_hashtags(root: Path, text: str, expected: list[str]) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    assert [s.text for f in findings(ruleset, text) if f.rule_id == "p/camel" for s in f.spans] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Lockdown again", "en", ["Lockdown"]),
    ("Thuis in quarantaine", "nl", ["quarantaine"]),
    ("quarantaine", "en", ["quarantaine"]),  # a map never gates a term on the (detected) language
    ("quarantaine", "de", ["quarantaine"]),  # a language the map does not name: all terms run
])
def test_language_map(root: Path, text: str, language: str, expected: list[str]) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    got = [s.text for f in findings(ruleset, text, language=language) if f.rule_id == "p/langs" for s in f.spans]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("they died", ["died"]), ("he is dying", ["dying"]), ("they die", ["die"]), ("diet", []),
])
def test_lemma(root: Path, text: str, expected: list[str]) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    got = [s.text for f in findings(ruleset, text) if f.rule_id == "p/dying" for s in f.spans]
    assert got == expected


def test_match_urls_opt_in(root: Path) -> None:
    """A link is one token: only a rule with match_urls sees it (whole token, e.g. a bare domain)."""
    ruleset = load(root, {"p.yaml": RULES})
    assert spans(findings(ruleset, "go to bit.ly now")) == [("p/link", ["bit.ly"])]


def test_spans_slice_the_original(root: Path) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    text = "Ｓｔｏｒｍ Bram! e\u0301 Café #StormBram"
    for finding in findings(ruleset, text):
        for span in finding.spans:
            assert text[span.start:span.end] == span.text
    assert spans(findings(ruleset, text))[0] == ("p/storm", ["Ｓｔｏｒｍ Bram", "#StormBram"])
