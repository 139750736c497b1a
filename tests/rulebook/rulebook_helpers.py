"""Helpers for rulebook tests: write packs into a temporary rules/ dir and check posts."""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

from riskcheck.errors import RuleFileError
from riskcheck.rulebook import RuleSet
from riskcheck.rulebook import load_ruleset
from riskcheck.normalize.pipeline import normalize
from riskcheck.types import Finding
from riskcheck.types import Post

AT = datetime.fromisoformat("2026-11-24T10:00:00+01:00")


def write(root: Path, files: dict[str, str]) -> Path:
    rules = root / "rules"
    rules.mkdir(exist_ok=True)
    for name, text in files.items():
        (rules / name).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return rules


def pack(body: str, header: str = "pack: p\n") -> str:
    """A pack file: ``header`` then ``rules:`` with ``body`` (dedented YAML list items)."""
    return header + "rules:\n" + textwrap.indent(textwrap.dedent(body).strip("\n"), "  ") + "\n"


def load(root: Path, files: dict[str, str]) -> RuleSet:
    write(root, files)
    return load_ruleset(Path("rules"))


def problems(root: Path, files: dict[str, str]) -> list[str]:
    write(root, files)
    try:
        load_ruleset(Path("rules"))
    except RuleFileError as exc:
        return [str(p) for p in exc.problems]
    raise AssertionError("expected RuleFileError")


def findings(ruleset: RuleSet, text: str, *, at: datetime | None = AT, language: str | None = "en",
             channel: str | None = None, brand: str | None = None) -> list[Finding]:
    post = Post(text, scheduled_at=at, channel=channel, brand=brand, language=language)
    return ruleset.match(normalize(text, language), post).findings


def spans(found: list[Finding]) -> list[tuple[str, list[str]]]:
    """(rule id, [span texts]) per finding: the compact shape most tests assert."""
    return [(f.rule_id, [s.text for s in f.spans]) for f in found]
