from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from fakes_ml import FakeEmbedder, Topic

from riskcheck.errors import ScorerUnavailable
from riskcheck.scorers.topics_embed import TopicCalibration, TopicScorer, raw_similarity

TOPICS = (Topic("pack/storms", "storm weather", ("storm hits the coast", "storm warning today")),
          Topic("pack/food", "", ("pizza is great", "pizza night")))


def _model_dir(tmp_path: Path, embedder: FakeEmbedder, slope: float = 2.0) -> Path:
    words = ["hello", "thanks", "today", "our", "new", "shop", "team", "we", "join", "sale"] * 5
    background = embedder.encode([f"{w} post {i}" for i, w in enumerate(words)])
    np.savez(tmp_path / "background.npz", vectors=background)
    (tmp_path / "calibration.json").write_text(json.dumps(
        {"slope": slope, "intercept": 0.0, "top_k": 1, "hub_k": 5, "beta": 0.0, "quantile": 0.97}))
    return tmp_path


def test_on_topic_text_scores_high_only_for_its_topic(tmp_path: Path) -> None:
    embedder = FakeEmbedder()
    scorer = TopicScorer(_model_dir(tmp_path, embedder), embedder=embedder).bind(TOPICS)
    on_storm, on_food, other = scorer.score(["storm damage everywhere", "pizza party", "hello world"])
    assert on_storm["pack/storms"] > 0.75 and on_storm["pack/food"] < 0.5
    assert on_food["pack/food"] > 0.75 and on_food["pack/storms"] < 0.5
    assert other["pack/storms"] < 0.5 and other["pack/food"] < 0.5
    assert scorer.rule_ids == ("pack/storms", "pack/food")
    assert scorer.score([]) == []


def test_zero_point_is_the_background_quantile_for_every_topic(tmp_path: Path) -> None:
    embedder = FakeEmbedder()
    directory = _model_dir(tmp_path, embedder)
    cal = TopicCalibration.load(directory)
    scorer = TopicScorer(directory, embedder=embedder).bind(TOPICS)
    background_scores = scorer.score_vectors(cal.background)
    for rid in ("pack/storms", "pack/food"):
        share_over = np.mean([s[rid] > 0.5 for s in background_scores])
        assert share_over <= 0.04


def test_bind_is_cached_per_topic_content(tmp_path: Path) -> None:
    embedder = FakeEmbedder()
    unbound = TopicScorer(_model_dir(tmp_path, embedder), embedder=embedder)
    first = unbound.bind(TOPICS)
    calls = len(embedder.calls)
    assert unbound.bind(list(TOPICS)) is first
    assert len(embedder.calls) == calls
    changed = (TOPICS[0], Topic("pack/food", "", ("pizza is great",)))
    assert unbound.bind(changed) is not first


def test_description_counts_as_a_sample() -> None:
    texts = [Topic("p/x", "about x", ("x one",)), Topic("p/y", "  ", ("y one", " "))]
    from riskcheck.scorers.topics_embed import topic_texts

    assert [topic_texts(t) for t in texts] == [["x one", "about x"], ["y one"]]


def test_unavailable_encoder_gives_reason_and_bound_scorer_says_it_too(tmp_path: Path) -> None:
    embedder = FakeEmbedder(reason="sentence encoder not installed; install it")
    unbound = TopicScorer(tmp_path, embedder=embedder)
    assert unbound.unavailable_reason() == "sentence encoder not installed; install it"
    bound = unbound.bind(TOPICS)
    assert bound.unavailable_reason() == "sentence encoder not installed; install it"
    with pytest.raises(ScorerUnavailable, match="not installed"):
        bound.score(["anything"])


def test_checker_reports_missing_topic_model_as_skipped_and_reviews(tmp_path: Path) -> None:
    from riskcheck.checker import Checker
    from riskcheck.rulebook import load_ruleset
    from riskcheck.types import Post

    pack = tmp_path / "p.yaml"
    pack.write_text("pack: p\nrules:\n  - id: t\n    kind: topic\n    category: c\n    severity: review\n"
                    "    message: m\n    description: storms\n    samples: [a storm killed people]\n"
                    "    threshold: 0.6\n")
    scorer = TopicScorer(tmp_path, embedder=FakeEmbedder(reason="weights.npz has sha256 x (tampered or corrupted)"))
    checker = Checker(load_ruleset(tmp_path), scorers={"topics": scorer})
    assert checker.warm_up()["topics"].to_str() == "skipped: weights.npz has sha256 x (tampered or corrupted)"
    verdict = checker.check(Post("We launch our new shoe on Friday.", language="en"))
    assert (verdict.decision.value, verdict.checks["topics"].to_str()) == (
        "review", "skipped: weights.npz has sha256 x (tampered or corrupted)")


def test_missing_calibration_is_a_reason_with_hint(tmp_path: Path) -> None:
    reason = TopicScorer(tmp_path / "nowhere", embedder=FakeEmbedder()).unavailable_reason()
    assert reason is not None and reason.startswith("topic calibration not loadable from") and "train_topics" in reason


def test_raw_similarity_top_k_mean() -> None:
    texts = np.array([[1.0, 0.0]])
    samples = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]])
    assert raw_similarity(texts, samples, 1).tolist() == [1.0]
    assert raw_similarity(texts, samples, 2).round(3).tolist() == [0.8]


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
@pytest.mark.parametrize("name", ["background.npz", "calibration.json"])
def test_corrupt_calibration_file_is_a_reason_not_an_exception(tmp_path: Path, name: str, damage: str) -> None:
    import shutil

    from riskcheck.scorers.topics_embed import default_model_dir

    model_dir = tmp_path / "topics"
    shutil.copytree(default_model_dir(), model_dir)
    data = (model_dir / name).read_bytes()
    (model_dir / name).write_bytes(data[: len(data) // 2] if damage == "truncate" else b"\0garbage" * 10)
    reason = TopicScorer(model_dir, embedder=FakeEmbedder()).unavailable_reason()
    assert reason is not None and reason.startswith(f"topic calibration not loadable from {model_dir}")


def test_rebind_embeds_only_new_samples_in_one_call(tmp_path: Path) -> None:
    embedder = FakeEmbedder()
    unbound = TopicScorer(_model_dir(tmp_path, embedder), embedder=embedder)
    unbound.bind(TOPICS)
    calls = len(embedder.calls)
    changed = (TOPICS[0], Topic("pack/food", "", ("pizza is great", "pizza with friends")))
    unbound.bind(changed)
    assert embedder.calls[calls:] == [("pizza with friends",)]
