"""Helpers every subcommand shares: loading the rules, reading stdin, options that are times.

Parsing posts, languages and times lives in :mod:`riskcheck.postinput` (shared with the hook and
the API); where the rules are, in :mod:`riskcheck.rulebook.location`.
"""

from __future__ import annotations

import os
from datetime import datetime
from datetime import time
from pathlib import Path
from typing import Any

import click

from riskcheck.errors import RuleFileError
from riskcheck.postinput import PostError
from riskcheck.postinput import parse_instant
from riskcheck.rulebook.location import RULES_ENV
from riskcheck.rulebook.location import resolve_rules_dir
from riskcheck.rulebook.location import shipped_rules_dir

__all__ = ["DB_ENV", "DEFAULT_DB", "RULES_ENV", "crisis_db", "load_rules_or_exit", "option_time",
           "read_stdin_lines", "resolve_rules_dir", "shipped_rules_dir"]

DB_ENV = "RISKCHECK_DB"
DEFAULT_DB = "riskcheck.db"


def load_rules_or_exit(option: str | Path | None) -> Any:
    """Load the rule set, or print every file:line problem and exit 65."""
    from riskcheck.rulebook import load_ruleset

    rules_dir = resolve_rules_dir(option)
    if not rules_dir.exists():
        raise click.UsageError(f"rules directory not found: {rules_dir}")
    try:
        return load_ruleset(rules_dir)
    except RuleFileError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
        click.echo(f"{len(exc.problems)} problem(s) in {rules_dir}; nothing was checked.", err=True)
        raise click.exceptions.Exit(65) from None


def crisis_db() -> str:
    """Where the crisis switch lives for CLI use: $RISKCHECK_DB or ./riskcheck.db (as the service)."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


def read_stdin_lines() -> list[str]:
    """stdin as lines, decoded as UTF-8 whatever the locale says; bad bytes kept as surrogates."""
    import sys

    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text-only stream (tests, embedding): already decoded
        return sys.stdin.read().splitlines()
    data: bytes = raw.read()
    return data.decode("utf-8", "surrogateescape").splitlines()


def option_time(value: str | None, option: str, *, bare_date: bool = False) -> datetime | None:
    """A time given on the command line, or a usage error naming ``option`` once.

    ``bare_date``: a date without a time means noon UTC of that day (``check --at 2026-12-02``).
    """
    if not value:
        return None
    try:
        return parse_instant(value, what=option, bare_date=time(12) if bare_date else None)
    except PostError as exc:
        raise click.BadParameter(str(exc).removeprefix(f"{option}: "), param_hint=option) from None
