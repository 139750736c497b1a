"""Editor-defined sensitive topics scored by meaning in the multilingual embedding space.

A ``kind: topic`` rule gives a description and sample sentences in any language.
A text's raw score for a rule is its best cosine similarity to those sentences,
optionally minus ``beta`` x how close the text is to ordinary posts in general (a
CSLS hubness correction; measured, it did not help on our data, so the shipped
calibration has ``beta = 0``).
Raw similarities are not comparable across topics (a topic with many broad samples
is "close" to everything), so each rule is standardised against one fixed
background of ordinary posts (``models/topics/background.npz``): ``z`` says how
unusually close the text is *for that rule*. One global logistic map, fitted on
labelled crisis and stance tweets, turns ``z`` into a score. ``z = 0`` sits at the
same quantile of ordinary posts for every rule (``quantile`` in calibration.json,
e.g. 0.97), and the map sends ``z = 0`` to 0.5; so a rule's ``threshold`` means the
same for every topic: at 0.5 about 3% of ordinary posts pass it, higher is stricter.
"""

from __future__ import annotations

import hashlib
import json
import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np

from riskcheck.errors import ScorerUnavailable
from riskcheck.scorers.embedding import Embedder, shared_embedder
from riskcheck.scorers.obfuscation import deobfuscate
from riskcheck.scorers.topic_anchors import AnchorSet
from riskcheck.scorers.topic_anchors import anchors_for
from riskcheck.scorers.topic_anchors import word_keys


class TopicDefinition(Protocol):
    """What a topic rule must offer (the rulebook's ``TopicRule`` satisfies it by duck typing)."""

    @property
    def rule_id(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def samples(self) -> Sequence[str]: ...
    @property
    def threshold(self) -> float: ...


def default_model_dir() -> Path:
    return Path(str(resources.files("riskcheck.models"))) / "topics"


@dataclass(frozen=True, slots=True)
class TopicCalibration:
    """Background embeddings and the global logistic map z -> probability."""

    background: np.ndarray  # (m, 512) float32, rows L2-normalised
    background_hub: np.ndarray  # (m,) hubness of each background post (excluding itself)
    slope: float
    intercept: float
    top_k: int
    hub_k: int
    beta: float
    quantile: float

    def hubness(self, vectors: np.ndarray) -> np.ndarray:
        """Mean similarity of each vector to its ``hub_k`` nearest ordinary posts -> (n,)."""
        sims = vectors @ self.background.T
        k = min(self.hub_k, sims.shape[1])
        return np.asarray(np.partition(sims, -k, axis=1)[:, -k:].mean(axis=1))

    @classmethod
    def load(cls, directory: Path) -> TopicCalibration:
        params = json.loads((directory / "calibration.json").read_text(encoding="utf-8"))
        with np.load(directory / "background.npz", allow_pickle=False) as data:
            background = data["vectors"].astype(np.float32)
        background /= np.maximum(np.linalg.norm(background, axis=1, keepdims=True), 1e-9)
        hub_k = int(params["hub_k"])
        hub = np.zeros(len(background), dtype=np.float32)
        if float(params["beta"]):
            sims = background @ background.T
            np.fill_diagonal(sims, -np.inf)
            k = min(hub_k, len(background) - 1)
            hub = np.partition(sims, -k, axis=1)[:, -k:].mean(axis=1)
        return cls(background, hub.astype(np.float32), float(params["slope"]), float(params["intercept"]),
                   int(params["top_k"]), hub_k, float(params["beta"]),
                   float(params["quantile"]))

    def adjusted(self, vectors: np.ndarray, samples: np.ndarray, hub: np.ndarray | None = None) -> np.ndarray:
        """Topic similarity minus ``beta`` x hubness -> (n,)."""
        raw = raw_similarity(vectors, samples, self.top_k)
        if self.beta == 0.0:
            return raw
        if hub is None:
            hub = self.hubness(vectors)
        return raw - self.beta * hub

    def background_stats(self, samples: np.ndarray) -> tuple[float, float]:
        """Where ordinary posts stop for these samples: the ``quantile`` of their adjusted
        similarity (the rule's zero point) and the spread (its unit)."""
        values = self.adjusted(self.background, samples, self.background_hub)
        return float(np.quantile(values, self.quantile)), float(max(values.std(), 1e-3))


def raw_similarity(texts: np.ndarray, samples: np.ndarray, top_k: int) -> np.ndarray:
    """Mean of the ``top_k`` best cosine similarities of each text to the samples -> (n,)."""
    sims = texts @ samples.T
    k = min(top_k, sims.shape[1])
    if k == 1:
        return np.asarray(sims.max(axis=1))
    return np.asarray(np.sort(sims, axis=1)[:, -k:].mean(axis=1))


@dataclass(frozen=True, slots=True)
class _BoundTopic:
    rule_id: str
    samples: np.ndarray   # (k, 512)
    mean: float           # background raw-similarity mean and spread for this rule
    std: float
    anchors: AnchorSet    # words one of which a sentence must contain to be on topic


def topic_texts(topic: TopicDefinition) -> list[str]:
    """What a topic is made of: its samples, plus its description when it has one."""
    texts = [s for s in topic.samples if s and s.strip()]
    if topic.description and topic.description.strip():
        texts.append(topic.description)
    return texts


class UnavailableTopicScorer:
    """What ``bind`` returns when the model cannot load: it only says why."""

    name = "topics"

    def __init__(self, reason: str) -> None:
        self._reason = reason

    def unavailable_reason(self) -> str | None:
        return self._reason

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        raise ScorerUnavailable(self._reason)


class BoundTopicScorer:
    """Scores texts against one rule set's topics: ``{rule_id: probability}`` per text."""

    name = "topics"

    def __init__(self, topics: tuple[_BoundTopic, ...], calibration: TopicCalibration,
                 embedder: Embedder) -> None:
        self._topics = topics
        self._cal = calibration
        self._embedder = embedder
        self._all_samples = (np.vstack([t.samples for t in topics]) if topics
                             else np.zeros((0, calibration.background.shape[1]), dtype=np.float32))
        bounds = np.cumsum([0, *(len(t.samples) for t in topics)])
        self._slices = tuple(zip(bounds[:-1].tolist(), bounds[1:].tolist()))

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(t.rule_id for t in self._topics)

    def unavailable_reason(self) -> str | None:
        return self._embedder.unavailable_reason()

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        vectors = self._embedder.encode([deobfuscate(t) for t in texts])
        return self.score_vectors(vectors, texts)

    def score_vectors(self, vectors: np.ndarray, texts: Sequence[str] | None = None) -> list[dict[str, float]]:
        """Score precomputed embeddings (the evaluation reuses cached vectors).

        With ``texts``, a sentence without one of a topic's anchor words scores 0 for that
        topic: the model may only fire on a sentence that names the subject."""
        if not self._topics:
            return [{} for _ in range(len(vectors))]
        # One matrix product for all rules' samples, then a slice per rule.
        sims = vectors @ self._all_samples.T
        hub = self._cal.hubness(vectors) if self._cal.beta else 0.0
        out = np.empty((len(vectors), len(self._topics)), dtype=np.float64)
        for j, (topic, (lo, hi)) in enumerate(zip(self._topics, self._slices)):
            part = sims[:, lo:hi]
            k = min(self._cal.top_k, hi - lo)
            raw = part.max(axis=1) if k == 1 else np.partition(part, hi - lo - k, axis=1)[:, -k:].mean(axis=1)
            out[:, j] = (raw - self._cal.beta * hub - topic.mean) / topic.std
        probs = 1.0 / (1.0 + np.exp(-(self._cal.slope * out + self._cal.intercept)))
        if texts is not None:
            for i, text in enumerate(texts):
                keys = word_keys(text)
                for j, topic in enumerate(self._topics):
                    if not topic.anchors.present(text, keys):
                        probs[i, j] = 0.0
        ids = [t.rule_id for t in self._topics]
        return [dict(zip(ids, (round(float(v), 6) for v in row))) for row in probs]


class TopicScorer:
    """Unbound topic scorer: cheap to construct; ``bind(topics)`` embeds the samples (cached).

    The cache key is the content of the topic definitions (ids, descriptions, samples),
    i.e. the rule-set version as far as topics are concerned: reloading an unchanged
    rule set does not embed its samples again.
    """

    name = "topics"

    def __init__(self, model_dir: Path | None = None, *, embedder: Embedder | None = None) -> None:
        self._dir = model_dir
        self._embedder = embedder
        self._cal: TopicCalibration | None = None
        self._error: str | None = None
        self._lock = threading.Lock()
        self._bound: dict[str, BoundTopicScorer] = {}
        self._sample_memo: dict[str, np.ndarray] = {}

    def unavailable_reason(self) -> str | None:
        if self._cal is None and self._error is None:
            with self._lock:
                if self._cal is None and self._error is None:
                    self._load()
        return self._error

    def _load(self) -> None:
        embedder = self._embedder or shared_embedder()
        reason = embedder.unavailable_reason()
        if reason is not None:
            self._error = reason
            return
        directory = self._dir or default_model_dir()
        try:
            self._cal = TopicCalibration.load(directory)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            self._error = (f"topic calibration not loadable from {directory}: {exc}; reinstall riskcheck "
                           "or run `python -m riskcheck.models.train_topics` (see models/README.md)")
            return
        self._embedder = embedder

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Unbound: there are no topics to score against."""
        return [{} for _ in texts]

    def _sample_vectors(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Embeddings of samples, from the per-sample memo or in ONE encoder call for the rest.

        Why: a rule-set reload usually changes one topic; its other topics' samples are not
        embedded again, and 20 new topics cost one batched call instead of 20 small ones.
        Called under ``self._lock``."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._sample_memo))
        if missing:
            if len(self._sample_memo) + len(missing) > 4096:
                self._sample_memo.clear()
            for text, row in zip(missing, self._embedder.encode(missing) if self._embedder else ()):
                self._sample_memo[text] = row
        return {t: self._sample_memo[t] for t in texts}

    def bind(self, topics: Sequence[TopicDefinition]) -> BoundTopicScorer | UnavailableTopicScorer:
        """A scorer for these topic rules. If the encoder or calibration is missing, a
        scorer that says why (``unavailable_reason``): the checker then reports
        ``skipped: <why>`` like any unavailable model, instead of a failure and a
        traceback in the log on every check."""
        reason = self.unavailable_reason()
        if reason is not None:
            return UnavailableTopicScorer(reason)
        assert self._cal is not None and self._embedder is not None
        key = _topics_key(topics)
        with self._lock:
            cached = self._bound.get(key)
            if cached is not None:
                return cached
            bound = []
            for topic in topics:
                if not topic_texts(topic):
                    raise ScorerUnavailable(f"topic rule {topic.rule_id} has no samples or description")
            vectors = self._sample_vectors([deobfuscate(t) for topic in topics for t in topic_texts(topic)])
            for topic in topics:
                samples = np.vstack([vectors[deobfuscate(t)] for t in topic_texts(topic)])
                mean, std = self._cal.background_stats(samples)
                anchors = anchors_for(topic.rule_id, topic.description, topic.samples)
                bound.append(_BoundTopic(topic.rule_id, samples, mean, std, anchors))
            scorer = BoundTopicScorer(tuple(bound), self._cal, self._embedder)
            if len(self._bound) > 8:
                self._bound.clear()
            self._bound[key] = scorer
            return scorer


def _topics_key(topics: Sequence[TopicDefinition]) -> str:
    digest = hashlib.sha256()
    for topic in topics:
        for part in (topic.rule_id, topic.description or "", *topic.samples):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        digest.update(b"\1")
    return digest.hexdigest()
