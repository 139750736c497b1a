"""Reproduce the committed topic calibration: ``python -m riskcheck.models.train_topics``.

Writes ``models/topics/background.npz`` (embeddings of ordinary posts that every topic
rule is standardised against) and ``models/topics/calibration.json`` (one global
logistic map from the standardised similarity ``z`` to a probability).

Fitted on: CrisisLex T26 English events outside the held-out four ("related" vs
"not related", for the ``disasters`` rule), TweetEval stance train tweets on
atheism (``religion``) and Hillary Clinton (``politics``), and ordinary tweets
(Davidson "neither", hash split ``calibration``) as negatives for every rule.
Needs scikit-learn (``pip install riskcheck[train]``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import yaml

from riskcheck.evaluation import datasets as ds
from riskcheck.evaluation.cache import EmbeddingCache
from riskcheck.scorers.embedding import Embedder
from riskcheck.scorers.obfuscation import deobfuscate
from riskcheck.scorers.topics_embed import TopicCalibration, topic_texts

HERE = Path(__file__).resolve().parent / "topics"
# The shipped pack (repo: rules/; installed: the riskcheck.packs package).
PACK = Path(str(resources.files("riskcheck.packs"))) / "sensitive-topics.yaml"
BACKGROUND_SIZE = 2000


@dataclass(frozen=True)
class PackTopic:
    """A topic rule as read straight from a pack file (duck-types the rulebook's TopicRule)."""

    rule_id: str
    description: str
    samples: tuple[str, ...]
    threshold: float


def pack_topics(path: Path = PACK) -> list[PackTopic]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    default_kind = (data.get("defaults") or {}).get("kind")
    out = []
    for rule in data["rules"]:
        if rule.get("kind", default_kind) == "topic":
            out.append(PackTopic(f"{data['pack']}/{rule['id']}", rule.get("description", ""),
                                 tuple(rule.get("samples", ())), float(rule.get("threshold", 0.5))))
    return out


def ordinary_posts(part: str) -> list[str]:
    data = yaml.safe_load((HERE / "ordinary_posts.yaml").read_text(encoding="utf-8"))
    return list(data[part])


def background_texts(root: Path) -> list[str]:
    """Ordinary posts: non-offensive tweets, off-topic crisis-keyword tweets, everyday tweets, brand posts."""
    offensive = [e.text for e in ds.tweeteval("offensive", root) if e.split == ds.TRAIN and e.labels["insult"] == 0]
    neither = [e.text for e in ds.davidson(root) if e.split == ds.TRAIN and e.labels["toxicity"] == 0]
    unrelated = [e.text for e in ds.crisislex(root) if e.split == ds.TRAIN and e.labels["disaster"] == 0]
    pick = []
    for pool, share in ((offensive, 0.5), (neither, 0.25), (unrelated, 0.25)):
        pool = sorted(pool, key=lambda t: ds.split_of(t + "#bg"))
        pick += pool[: int(BACKGROUND_SIZE * share)]
    posts = pick + ordinary_posts("background")
    return posts + sentence_units(posts)


def sentence_units(posts: Sequence[str]) -> list[str]:
    """The sentences of multi-sentence posts, split exactly as the checker splits them.

    The checker scores each sentence on its own, so the background a rule is standardised
    against must hold sentences too. Calibrated on whole posts only, short everyday
    sentences ("While stocks last.", "New season, new colours.") sat above a rule's
    ordinary-post quantile and were flagged (``riskcheck eval topics --sentences``).
    """
    from riskcheck.normalize import sentences
    from riskcheck.normalize import pipeline as normalizer

    units: list[str] = []
    for post in posts:
        spans = sentences.split(normalizer.normalize(post))
        if len(spans) > 1:
            units += [s.text for s in spans if s.text.strip()]
    return units


def standardised(topic: PackTopic, vectors: np.ndarray, cal: TopicCalibration, encode) -> np.ndarray:
    samples = encode([deobfuscate(t) for t in topic_texts(topic)])
    mean, std = cal.background_stats(samples)
    return (cal.adjusted(vectors, samples) - mean) / std


def labelled_pairs(root: Path, split: str) -> list[tuple[str, str, int]]:
    """(text, topic id suffix, label) pairs for fitting (split=train) or checking (split=test)."""
    pairs = []
    for e in ds.crisislex(root):
        if e.split == split:
            pairs.append((e.text, "disasters", e.labels["disaster"]))
    for e in ds.tweeteval_stance(root):
        if e.split == split and e.group in ("atheism", "hillary"):
            pairs.append((e.text, {"atheism": "religion", "hillary": "politics"}[e.group], 1))
    want = ds.CALIBRATION if split == ds.TRAIN else ds.TEST
    benign = [e.text for e in ds.davidson(root) if e.split == want and e.labels["toxicity"] == 0]
    for text in benign:
        for topic in ("disasters", "religion", "politics", "death-and-tragedy", "violence-and-weapons",
                      "health-crises", "discrimination-and-race", "self-harm"):
            pairs.append((text, topic, 0))
    return pairs


def main(argv: Sequence[str] | None = None) -> int:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ds.data_dir())
    parser.add_argument("--top-k", type=int, default=2)
    parser.add_argument("--hub-k", type=int, default=10)
    parser.add_argument("--beta", type=float, default=0.0)
    parser.add_argument("--quantile", type=float, default=0.97)
    args = parser.parse_args(argv)

    embedder = Embedder()
    cache = EmbeddingCache(embedder.encode)
    encode = lambda texts: cache.get(texts)
    background = encode([deobfuscate(t) for t in background_texts(args.data)])
    topics = {t.rule_id.split("/", 1)[1]: t for t in pack_topics()}
    HERE.mkdir(exist_ok=True)
    np.savez_compressed(HERE / "background.npz", vectors=background.astype(np.float16))
    params = {"top_k": args.top_k, "hub_k": args.hub_k, "beta": args.beta, "quantile": args.quantile,
              "slope": 1.0, "intercept": 0.0}
    (HERE / "calibration.json").write_text(json.dumps(params), encoding="utf-8")
    cal = TopicCalibration.load(HERE)

    def z_of(pairs: list[tuple[str, str, int]]) -> tuple[np.ndarray, np.ndarray]:
        zs, ys = np.zeros(len(pairs)), np.array([p[2] for p in pairs])
        vectors = encode([deobfuscate(p[0]) for p in pairs])
        for name, topic in topics.items():
            idx = np.array([i for i, p in enumerate(pairs) if p[1] == name], dtype=int)
            if len(idx):
                zs[idx] = standardised(topic, vectors[idx], cal, encode)
        return zs, ys

    z, y = z_of(labelled_pairs(args.data, ds.TRAIN))
    # No intercept: z = 0 (the rule's ordinary-post quantile) must stay at 0.5 for every rule.
    model = LogisticRegression(C=1e4, class_weight="balanced", fit_intercept=False).fit(z.reshape(-1, 1), y)
    slope, intercept = float(model.coef_[0, 0]), 0.0
    (HERE / "calibration.json").write_text(json.dumps({
        "slope": round(slope, 6), "intercept": round(intercept, 6), "top_k": args.top_k, "hub_k": args.hub_k,
        "beta": args.beta, "quantile": args.quantile,
        "background_size": len(background), "fitted_on": "crisislex train events (disasters), tweeteval stance "
        "train atheism (religion) / hillary (politics); davidson 'neither' calibration split as negatives",
        "meaning": f"0.5 = the {args.quantile:.0%} quantile of ordinary posts for every rule",
    }, indent=2) + "\n", encoding="utf-8")
    print(f"slope={slope:.3f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
