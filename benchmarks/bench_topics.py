"""Preparing a rule set's topics: embedding samples, background statistics and anchors (issue 8).

An editor publishes a rule set with 20 topic rules of 3-5 samples each; the service binds the
topic scorer to it once per rule-set content (cached). Target: <= 2 s for 20 topics on 2 cores.

Run:  pytest benchmarks/bench_topics.py --benchmark-enable --benchmark-columns=min,median,max,rounds
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

SUBJECTS = ("product recalls", "airline strikes", "data breaches", "food poisoning", "layoffs",
            "wildfire smoke", "train delays", "price hikes", "power outages", "drought",
            "bank failures", "protests", "heat waves", "lawsuits", "fraud", "cyber attacks",
            "factory fires", "oil spills", "school closures", "shortages")


@dataclass(frozen=True)
class Topic:
    rule_id: str
    description: str
    samples: tuple[str, ...]
    threshold: float = 0.6


def editor_topics(round_number: int) -> list[Topic]:
    """20 topics, distinct per round so the bind cache never answers."""
    return [Topic(f"editor/t{i}", f"News about {subject} (round {round_number}).",
                  (f"Reports of {subject} are everywhere today.", f"Customers worry about {subject}.",
                   f"Nieuws over {subject} blijft binnenkomen.", f"The {subject} affected thousands ({round_number})."))
            for i, subject in enumerate(SUBJECTS)]


@pytest.fixture(scope="module")
def scorer():  # type: ignore[no-untyped-def]
    from riskcheck.scorers.topics_embed import TopicScorer

    unbound = TopicScorer()
    assert unbound.unavailable_reason() is None
    unbound.bind(editor_topics(-1))  # load the encoder and background once
    return unbound


def test_bind_20_editor_topics(benchmark, scorer) -> None:  # type: ignore[no-untyped-def]
    counter = iter(range(10**6))
    bound = benchmark.pedantic(lambda: scorer.bind(editor_topics(next(counter))), rounds=5, iterations=1)
    assert len(bound.rule_ids) == 20


POST_SENTENCES = ["Big news: our autumn collection lands today in all stores.",
                  "Warm wool coats, waterproof boots and the comfiest scarves we have ever made.",
                  "Members get 20% off until Sunday.", "Come by for coffee, meet the designers and tell us what you think.",
                  "Nieuw: nu ook in Antwerpen en Gent!", "Sorry to hear your parcel is late, we'll look into it."]


@pytest.fixture(scope="module")
def shipped_topics():  # type: ignore[no-untyped-def]
    """The shipped sensitive-topics pack bound, and one post's sentences embedded once."""
    from riskcheck.models.train_topics import pack_topics
    from riskcheck.scorers.topics_embed import TopicScorer

    bound = TopicScorer().bind(pack_topics())
    vectors = bound._embedder.encode(POST_SENTENCES)  # type: ignore[union-attr]
    return bound, vectors


def test_topic_scores_without_anchor_gate(benchmark, shipped_topics) -> None:  # type: ignore[no-untyped-def]
    """Similarity and calibration only, for one 6-sentence post (the encoder excluded)."""
    bound, vectors = shipped_topics
    benchmark(bound.score_vectors, vectors)


def test_topic_scores_with_anchor_gate(benchmark, shipped_topics) -> None:  # type: ignore[no-untyped-def]
    """The same plus the anchor gate: the gate's own cost is the difference."""
    bound, vectors = shipped_topics
    benchmark(bound.score_vectors, vectors, POST_SENTENCES)


def test_one_reason_per_concern(benchmark) -> None:  # type: ignore[no-untyped-def]
    """Folding duplicate findings: 12 findings, 4 concerns."""
    from riskcheck.concerns import one_per_concern
    from riskcheck.types import Finding, Severity, Span

    findings = [Finding(f"p{i}/r", "topic", ("tragedy", "violence", "religion", "politics")[i % 4], Severity.REVIEW,
                        "m", (Span(i % 3, i % 3 + 4, "x"),), score=0.5 + i / 100) for i in range(12)]
    assert len(benchmark(one_per_concern, findings)) == 4
