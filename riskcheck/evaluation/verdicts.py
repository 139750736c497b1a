"""Verdict-level evaluation: what share of real posts the *whole checker* flags or blocks.

The model evaluations (``riskcheck eval``) score sentences; reviewers meet verdicts. This
runs the default configuration (or ``--rules``) over a public set and reports, per language,
the share of posts flagged (review or block) and blocked, the same counting only topic
findings, and how many posts each rule flagged::

    python -m riskcheck.evaluation.verdicts brand-posts        # ordinary brand copy (dev split)
    python -m riskcheck.evaluation.verdicts identity           # benign identity mentions
    python -m riskcheck.evaluation.verdicts jigsaw             # non-toxic identity templates
    python -m riskcheck.evaluation.verdicts crisislex          # held-out crisis tweets, related
    python -m riskcheck.evaluation.verdicts seeds              # our topic sentences: recall per topic

brand-posts-dev is for evaluation and threshold choice only; nothing derived from it ships.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from riskcheck.evaluation import datasets as ds
from riskcheck.types import Decision, Post, Verdict

SETS = ("brand-posts", "identity", "jigsaw", "crisislex", "seeds")
SEEDS = Path(__file__).resolve().parents[2] / "models" / "topics" / "seeds.yaml"


def rows(name: str, root: Path, limit: int | None) -> Iterator[tuple[str, str]]:
    """(language, text) of every row of one set (negatives, except crisislex: related tweets)."""
    if name == "brand-posts":
        for lang in ("en", "nl"):
            with (root / "brand-posts-dev" / f"brand_posts_{lang}.csv").open(encoding="utf-8", newline="") as fh:
                for number, row in enumerate(csv.DictReader(fh)):
                    if limit is None or number < limit:
                        yield lang, row["text"]
    elif name == "identity":
        with (root / "identity-mentions-dev" / "identity_mentions.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                yield row["lang"], row["text"]
    elif name == "jigsaw":
        for lang in ("en", "nl"):
            picked = [e.text for e in ds.jigsaw_templates(lang, root, limit_per_template=200)
                      if e.labels["toxicity"] == 0]
            for text in picked[: limit or len(picked)]:
                yield lang, text
    elif name == "crisislex":
        related = [e.text for e in ds.crisislex(root) if e.split == ds.TEST and e.labels["disaster"] == 1]
        for text in related[: limit or len(related)]:
            yield "en", text
    elif name == "seeds":
        import yaml

        data = yaml.safe_load(SEEDS.read_text(encoding="utf-8"))
        for concept, sentences in data["topics"].items():
            for text in sentences[: limit or len(sentences)]:
                yield concept, text
        for text in data["hard_negatives"]:
            yield "hard-negative", text
    else:
        raise ValueError(f"unknown set {name!r} (one of {', '.join(SETS)})")


def flagged(verdict: Verdict, *, kinds: frozenset[str] | None = None) -> tuple[bool, bool]:
    """(flagged, blocked) counting only findings of ``kinds`` (all when None)."""
    counted = [f for f in verdict.findings if f.waived is None and (kinds is None or f.kind in kinds)]
    if kinds is None:
        return verdict.decision in (Decision.REVIEW, Decision.BLOCK), verdict.decision is Decision.BLOCK
    return (any(f.severity.rank >= 1 for f in counted), any(f.severity.rank >= 2 for f in counted))


def summarise(items: Sequence[tuple[str, Verdict]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for lang in sorted({lang for lang, _ in items}):
        verdicts = [v for language, v in items if language == lang]
        n = len(verdicts)
        per_rule: Counter[str] = Counter()
        for verdict in verdicts:
            # a finding that folded others in (one reason per concern) counts for them too
            for rule_id in {r for f in verdict.findings if f.severity.rank >= 1 for r in (f.rule_id, *f.also)}:
                per_rule[rule_id] += 1
        full = [flagged(v) for v in verdicts]
        topic = [flagged(v, kinds=frozenset({"topic"})) for v in verdicts]
        out[lang] = {
            "posts": n,
            "flagged_pct": round(100 * sum(f for f, _ in full) / n, 2),
            "blocked_pct": round(100 * sum(b for _, b in full) / n, 2),
            "topic_flagged_pct": round(100 * sum(f for f, _ in topic) / n, 2),
            "per_rule": dict(per_rule.most_common()),
        }
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m riskcheck.evaluation.verdicts", description=__doc__.split("\n")[0])
    parser.add_argument("set", choices=SETS)
    parser.add_argument("--rules", type=Path, default=None, help="rules folder (default: the shipped packs)")
    parser.add_argument("--data", type=Path, default=None, help="data folder (default: ../shared/data)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many rows per language")
    parser.add_argument("--show", type=int, default=0, help="print this many flagged posts with their reasons")
    args = parser.parse_args(argv)

    from riskcheck.checker import Checker
    from riskcheck.rulebook import load_ruleset

    rules_dir = args.rules or Path(str(__import__("importlib.resources").resources.files("riskcheck.packs")))
    checker = Checker(load_ruleset(rules_dir))
    data = list(rows(args.set, args.data or ds.data_dir(), args.limit))
    # (for ``seeds`` the "language" column is the topic the sentence is about, or hard-negative)
    verdicts = checker.check_many([Post(text=text, language=None) for _, text in data])
    items = [(lang, v) for (lang, _), v in zip(data, verdicts)]
    shown = 0
    for (lang, text), verdict in zip(data, verdicts):
        if shown >= args.show:
            break
        if verdict.decision in (Decision.REVIEW, Decision.BLOCK):
            shown += 1
            reasons = "; ".join(f"{f.rule_id} {f.score if f.score is not None else ''} "
                                f"{[s.text for s in f.spans][:3]}" for f in verdict.findings)
            print(f"[{lang}] {verdict.decision.value}: {text[:160]!r}\n    {reasons}", file=sys.stderr)
    print(json.dumps({"set": args.set, "rules": str(rules_dir), **summarise(items)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
