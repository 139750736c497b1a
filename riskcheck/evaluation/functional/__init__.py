"""riskcheck's own functional test suite: ``riskcheck eval functional``.

The suite (``suite.yaml`` beside this file, shipped as package data) holds hand-written
English and Dutch cases grouped by *functionality* (derogation, veiled threats, negation,
counter-speech, benign identity mentions, customer care, ...), each with the outcome the full
default checker must give (``flag`` = review or block, ``pass``) and a floor: the lowest share of
cases that may meet it before tests/evaluation/test_functional.py fails. Per functionality the
report shows the pass rate per language; for ``flag`` functionalities also how many were blocked.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from riskcheck.types import Post, Verdict

EXPECTATIONS = ("flag", "pass")
# A fixed, ordinary publish time, so time-windowed current-event rules behave the same on every run.
AT = datetime.fromisoformat("2026-06-02T10:00:00+00:00")


@dataclass(frozen=True, slots=True)
class Functionality:
    id: str
    description: str
    expect: str
    floor: float
    cases: dict[str, tuple[str, ...]]   # language -> sentences
    group: str = "main"   # "heldout": written before a model change to check that it generalises


@dataclass
class Outcome:
    """Cases checked for one functionality in one language."""

    n: int = 0
    met: int = 0
    blocked: int = 0
    toxicity_met: int = 0   # the same expectation judged on the toxicity findings alone
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.met / self.n if self.n else 1.0


def suite_path() -> Path:
    return Path(str(resources.files("riskcheck.evaluation.functional"))) / "suite.yaml"


def load_suite(path: Path | None = None) -> list[Functionality]:
    """Read and validate the suite; a malformed entry raises ``ValueError`` naming it."""
    data = yaml.safe_load((path or suite_path()).read_text(encoding="utf-8"))
    out = []
    seen: set[str] = set()
    for entry in data["functionalities"]:
        fid = str(entry.get("id", ""))
        if not fid or fid in seen:
            raise ValueError(f"functionality id missing or repeated: {fid!r}")
        seen.add(fid)
        if entry.get("expect") not in EXPECTATIONS:
            raise ValueError(f"{fid}: expect must be one of {EXPECTATIONS}")
        floor = float(entry["floor"])
        if not 0.0 <= floor <= 1.0:
            raise ValueError(f"{fid}: floor must be within 0..1")
        cases = {str(lang): tuple(str(t) for t in texts) for lang, texts in entry["cases"].items()}
        if not any(cases.values()):
            raise ValueError(f"{fid}: no cases")
        out.append(Functionality(fid, str(entry.get("description", "")), entry["expect"], floor, cases,
                                 str(entry.get("group", "main"))))
    return out


def all_sentences(suite: Sequence[Functionality]) -> list[str]:
    return [t for f in suite for texts in f.cases.values() for t in texts]


def default_checker(rules_dir: Path | None = None) -> Any:
    """The checker a new user gets: the shipped packs and riskcheck.yaml, default scorers, warmed up."""
    from riskcheck.checker import Checker
    from riskcheck.rulebook import load_ruleset

    shipped = Path(str(resources.files("riskcheck.packs")))
    checker = Checker(load_ruleset(rules_dir or shipped))
    checker.warm_up()
    return checker


def check_texts(checker: Any, texts: Sequence[tuple[str, str | None]], batch: int = 64) -> list[Verdict]:
    """Verdicts for ``(text, language)`` pairs, in order, checked in batches as a scheduler would."""
    out: list[Verdict] = []
    for start in range(0, len(texts), batch):
        posts = [Post(text, language=lang, scheduled_at=AT) for text, lang in texts[start:start + batch]]
        out.extend(checker.check_many(posts, batch_size=batch))
    return out


def run_suite(checker: Any, suite: Sequence[Functionality] | None = None) -> dict[str, dict[str, Outcome]]:
    """functionality id -> language -> Outcome, checking every case with ``checker``."""
    suite = list(suite or load_suite())
    rows = [(f, lang, text) for f in suite for lang, texts in f.cases.items() for text in texts]
    verdicts = check_texts(checker, [(text, lang) for _, lang, text in rows])
    results: dict[str, dict[str, Outcome]] = {f.id: {} for f in suite}
    for (f, lang, text), verdict in zip(rows, verdicts):
        decision = verdict.decision.value
        flagged = decision in ("review", "block", "hold")
        met = flagged if f.expect == "flag" else decision == "pass"
        outcome = results[f.id].setdefault(lang, Outcome())
        outcome.n += 1
        outcome.met += int(met)
        outcome.blocked += int(decision == "block")
        toxic = any(x.kind == "toxicity" and x.severity.value != "info" for x in verdict.findings)
        outcome.toxicity_met += int(toxic if f.expect == "flag" else not toxic)
        if not met:
            reasons = ", ".join(sorted({x.rule_id for x in verdict.findings}))
            outcome.misses.append(f"{text}  [{decision}{': ' + reasons if reasons else ''}]")
    return results


def pooled(outcomes: dict[str, Outcome]) -> Outcome:
    total = Outcome()
    for o in outcomes.values():
        total.n += o.n
        total.met += o.met
        total.blocked += o.blocked
        total.toxicity_met += o.toxicity_met
        total.misses += o.misses
    return total


def below_floor(suite: Sequence[Functionality], results: dict[str, dict[str, Outcome]]) -> list[str]:
    """Functionalities whose pooled pass rate is under their floor, with the misses."""
    failing = []
    for f in suite:
        total = pooled(results[f.id])
        if total.rate < f.floor:
            failing.append(f"{f.id}: {total.rate:.0%} < floor {f.floor:.0%}; missed: " + " | ".join(total.misses))
    return failing


def format_table(suite: Sequence[Functionality], results: dict[str, dict[str, Outcome]]) -> str:
    languages = sorted({lang for f in suite for lang in f.cases})
    head = "| functionality | expect | " + " | ".join(languages) + " | all | floor | blocked (flag only) | toxicity findings alone |"
    lines = [head, "|" + "---|" * (6 + len(languages))]
    totals: dict[tuple[str, str, str], Outcome] = {}
    for f in suite:
        cells = []
        for lang in languages:
            o = results[f.id].get(lang)
            cells.append(f"{o.rate:.0%} ({o.met}/{o.n})" if o else "")
            if o:
                t = totals.setdefault((f.group, f.expect, lang), Outcome())
                t.n += o.n
                t.met += o.met
                t.blocked += o.blocked
                t.toxicity_met += o.toxicity_met
        total = pooled(results[f.id])
        mark = " ✗" if total.rate < f.floor else ""
        blocked = f"{total.blocked / total.n:.0%}" if f.expect == "flag" else ""
        lines.append(f"| {f.id} | {f.expect} | " + " | ".join(cells)
                     + f" | {total.rate:.0%}{mark} | {f.floor:.0%} | {blocked} | {total.toxicity_met / total.n:.0%} |")
    lines.append("")
    for group in dict.fromkeys(f.group for f in suite):
        prefix = "" if group == "main" else f"[{group}] "
        for expect, label in (("flag", "abusive/risky cases flagged"), ("pass", "benign cases passed")):
            parts = []
            for lang in languages:
                found = totals.get((group, expect, lang))
                if found:
                    t = found
                    extra = f", blocked {t.blocked / t.n:.1%}" if expect == "flag" else ""
                    parts.append(f"{lang} {t.rate:.1%} of {t.n}{extra} (toxicity findings alone: "
                                 f"{t.toxicity_met / t.n:.1%})")
            if parts:
                lines.append(f"- {prefix}{label}: " + "; ".join(parts))
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``riskcheck eval functional``: 0 when every functionality meets its floor, 1 otherwise."""
    parser = argparse.ArgumentParser(prog="riskcheck eval functional",
                                     description="Run riskcheck's functional test suite through the full default "
                                                 "checker and print the pass rate per functionality and language.")
    parser.add_argument("--rules", type=Path, default=None, help="rules folder (default: the shipped packs)")
    parser.add_argument("--suite", type=Path, default=None, help="another suite file of the same shape")
    parser.add_argument("--misses", action="store_true", help="list every case that missed its expectation")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    suite = load_suite(args.suite)
    results = run_suite(default_checker(args.rules), suite)
    failing = below_floor(suite, results)
    if args.json:
        print(json.dumps({f.id: {"expect": f.expect, "floor": f.floor, "group": f.group,
                                 **{lang: {"n": o.n, "met": o.met, "blocked": o.blocked, "toxicity_met": o.toxicity_met,
                                          "misses": o.misses}
                                    for lang, o in results[f.id].items()}} for f in suite}, indent=2,
                         ensure_ascii=False))
    else:
        print(format_table(suite, results))
        if args.misses:
            for f in suite:
                for miss in pooled(results[f.id]).misses:
                    print(f"  {f.id}: {miss}")
    if failing:
        print("below floor:\n  " + "\n  ".join(failing), file=sys.stderr)
    return 1 if failing else 0
