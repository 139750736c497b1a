"""topic and toxicity rules: validated here, scored by the checker, findings built here."""

from __future__ import annotations

from pathlib import Path

from riskcheck.normalize.pipeline import normalize
from riskcheck.types import Span
from rulebook_helpers import AT
from rulebook_helpers import load
from rulebook_helpers import pack
from riskcheck.types import Post

RULES = pack("""
- id: death
  kind: topic
  category: tragedy
  severity: review
  message: "Talks about death ({score}): {match}"
  description: Death and dying.
  samples: [People died.]
  threshold: 0.5
- id: tox
  kind: toxicity
  category: toxicity
  severity: block
  message: "Abusive (model score {score})."
  thresholds: {toxicity: 0.8, insult: 0.6}
""")

TEXT = "Nice day. So many people died. You idiot."
SENTENCES = [Span(0, 9, "Nice day."), Span(10, 30, "So many people died."), Span(31, 41, "You idiot.")]


def test_ml_rules_are_handed_to_the_checker(root: Path) -> None:
    ruleset = load(root, {"p.yaml": RULES})
    result = ruleset.match(normalize(TEXT, "en"), Post(TEXT, scheduled_at=AT))
    assert (result.findings, [r.full_id for r in result.ml_rules]) == ([], ["p/death", "p/tox"])


def test_topic_findings_from_scores(root: Path) -> None:
    rule = load(root, {"p.yaml": RULES}).get("p/death")
    scores = [{"p/death": 0.1}, {"p/death": 0.734}, {"p/death": 0.5}]
    (finding,) = rule.findings_from_scores(normalize(TEXT, "en"), SENTENCES, scores)
    assert (finding.message, [s.text for s in finding.spans], finding.score, finding.explanation) == (
        # the span is the anchor word that carried it; a sentence without one keeps its whole span
        "Talks about death (0.73): So many people died.", ["died", "You idiot."], 0.734,
        {"model": "topics", "topic": "p/death", "threshold": 0.5, "scores": [0.734, 0.5]},
    )
    assert rule.findings_from_scores(normalize(TEXT, "en"), SENTENCES, [{}, {"p/death": 0.49}, {}]) == []


def test_toxicity_findings_from_scores(root: Path) -> None:
    rule = load(root, {"p.yaml": RULES}).get("p/tox")
    scores = [{"toxicity": 0.1, "insult": 0.1}, {"toxicity": 0.2}, {"toxicity": 0.7, "insult": 0.912}]
    (finding,) = rule.findings_from_scores(normalize(TEXT, "en"), SENTENCES, scores)
    assert (finding.message, [s.text for s in finding.spans], finding.score, finding.explanation) == (
        "Abusive (model score 0.91).", ["You idiot."], 0.912,
        {"model": "toxicity", "attributes": {"insult": {"score": 0.912, "threshold": 0.6}}, "top": "insult 0.91 >= 0.6"},
    )


def test_toxicity_reason_names_the_group_a_sentence_refers_back_to(root: Path) -> None:
    rule = load(root, {"p.yaml": RULES}).get("p/tox")
    text = "Sikhs opened a shop here. Nice weather. I can't stand them."
    sentences = [Span(0, 25, "Sikhs opened a shop here."), Span(26, 39, "Nice weather."),
                 Span(40, 59, "I can't stand them.")]
    (finding,) = rule.findings_from_scores(normalize(text, "en"), sentences, [{}, {}, {"toxicity": 0.92}])
    assert [s.text for s in finding.spans] == ["I can't stand them."]
    assert finding.message == "Abusive (model score 0.92). Refers to 'sikhs', named earlier in the post."
    assert finding.explanation["refers_to"] == ["sikhs"]
    lone = "Nice weather. I can't stand them."
    (plain,) = rule.findings_from_scores(normalize(lone, "en"), [Span(0, 13, "Nice weather."),
                                                                  Span(14, 33, "I can't stand them.")],
                                         [{}, {"toxicity": 0.92}])
    assert plain.message == "Abusive (model score 0.92)." and "refers_to" not in plain.explanation


def test_toxicity_reason_names_the_structure_and_the_group_it_is_aimed_at(root: Path) -> None:
    rule = load(root, {"p.yaml": RULES}).get("p/tox")
    text = "Lovely market today. Keep the Roma out of our town."
    sentences = [Span(0, 20, "Lovely market today."), Span(21, 51, "Keep the Roma out of our town.")]
    (finding,) = rule.findings_from_scores(normalize(text, "en"), sentences, [{}, {"toxicity": 0.92}])
    assert finding.message == "Abusive (model score 0.92). Read as exclusion: keep out (aimed at 'roma')."
    (found,) = finding.explanation["structure"]
    assert found == {"shape": "exclusion: keep out", "group": "roma", "start": 30, "end": 34}
    assert text[found["start"]:found["end"]] == "Roma"
