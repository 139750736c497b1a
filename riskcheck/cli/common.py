"""Helpers every subcommand shares: where the rules are, loading them, parsing posts."""

from __future__ import annotations

import json
import os
import re
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import click

from riskcheck.errors import RuleFileError
from riskcheck.types import Post

RULES_ENV = "RISKCHECK_RULES"
DB_ENV = "RISKCHECK_DB"
DEFAULT_DB = "riskcheck.db"

POST_FIELDS = {"text", "id", "scheduled_at", "channel", "brand", "language", "author", "link_urls", "alt_text"}


class PostError(ValueError):
    """A post in the input could not be read; the message names what is wrong."""


# ISO 639-1/-3, optionally with a region or script ("en", "en-US", "nl_BE", "zh-Hant-TW").
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def check_language(value: str | None, *, what: str = "language") -> str | None:
    """``value`` if it is a language code or locale tag; "english" would silently skip rules."""
    if value is None or _LANGUAGE_TAG.fullmatch(value.strip()):
        return value
    raise PostError(f"{what}: '{value}' is not a language code: use ISO 639-1 such as en or nl")


def shipped_rules_dir() -> Path:
    """The packs that ship inside the package (the repository's rules/ folder)."""
    return Path(str(resources.files("riskcheck.packs")))


def resolve_rules_dir(option: str | Path | None) -> Path:
    """``--rules``, else $RISKCHECK_RULES, else ./rules, else the packs shipped with riskcheck."""
    if option:
        return Path(option)
    env = os.environ.get(RULES_ENV)
    if env:
        return Path(env)
    local = Path("rules")
    if local.is_dir() and (any(local.glob("*.yaml")) or any(local.glob("*.yml"))):
        return local
    return shipped_rules_dir()


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


def parse_datetime(value: str, *, what: str = "--at") -> datetime:
    """ISO 8601 with an offset (``Z`` allowed); a naive time is an error, not a guess."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise PostError(f"{what}: '{value}' is not an ISO 8601 date-time (e.g. 2026-11-24T10:00:00+01:00)") from None
    if moment.tzinfo is None:
        raise PostError(f"{what}: '{value}' has no time zone offset (add e.g. +01:00 or Z)")
    return moment


def post_from_mapping(data: Any) -> Post:
    """Build a Post from one JSON object (stdin batch line, API body, hook reader)."""
    if not isinstance(data, dict):
        raise PostError(f"expected a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - POST_FIELDS)
    if unknown:
        raise PostError(f"unknown field(s): {', '.join(unknown)} (known: {', '.join(sorted(POST_FIELDS))})")
    text = data.get("text")
    if not isinstance(text, str):
        raise PostError("field 'text' is required and must be a string")
    for name in ("id", "channel", "brand", "language", "author", "alt_text", "scheduled_at"):
        value = data.get(name)
        allowed: tuple[type, ...] = (str, int) if name == "id" else (str,)
        if value is not None and (not isinstance(value, allowed) or isinstance(value, bool)):
            raise PostError(f"field '{name}' must be a string")
    links = data.get("link_urls") or []
    if not isinstance(links, list) or not all(isinstance(u, str) for u in links):
        raise PostError("field 'link_urls' must be a list of strings")
    at = data.get("scheduled_at")
    return Post(
        text=text,
        scheduled_at=parse_datetime(at, what="scheduled_at") if at else None,
        channel=data.get("channel"),
        brand=data.get("brand"),
        language=check_language(data.get("language")),
        author=data.get("author"),
        link_urls=tuple(links),
        alt_text=data.get("alt_text"),
        id=None if data.get("id") is None else str(data["id"]),
    )


def read_stdin_lines() -> list[str]:
    """stdin as lines, decoded as UTF-8 whatever the locale says; bad bytes kept as surrogates."""
    import sys

    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text-only stream (tests, embedding): already decoded
        return sys.stdin.read().splitlines()
    data: bytes = raw.read()
    return data.decode("utf-8", "surrogateescape").splitlines()


def read_jsonl_posts(lines: list[str], source: str = "stdin") -> tuple[list[Post], list[str]]:
    """Parse JSON Lines posts; return the posts and *all* errors as ``source:line: msg``.

    ``lines`` are decoded with ``surrogateescape`` (see ``read_stdin_lines``), so an undecodable
    byte is reported on its own line instead of crashing the batch.
    """
    posts: list[Post] = []
    errors: list[str] = []
    for number, line in enumerate(lines, start=1):
        if number == 1:
            line = line.removeprefix("\ufeff")  # a BOM (Windows tools write one) is not part of the JSON
        if not line.strip():
            continue
        bad = next((i for i, c in enumerate(line) if "\udc80" <= c <= "\udcff"), None)
        if bad is not None:  # read with surrogateescape: the raw byte is kept as a surrogate
            errors.append(f"{source}:{number}: not UTF-8 text (byte 0x{ord(line[bad]) - 0xDC00:02X} at column {bad + 1})")
            continue
        try:
            posts.append(post_from_mapping(json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(f"{source}:{number}: invalid JSON: {exc.msg} (column {exc.colno})")
        except (PostError, ValueError, TypeError) as exc:
            errors.append(f"{source}:{number}: {exc}")
    return posts, errors
