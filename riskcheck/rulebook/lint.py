"""Warnings for pack text that is valid YAML but probably not what the editor meant.

Why: in YAML, `` #`` starts a comment even in the middle of an unquoted value, so
``message: Do not joke about #StormBram`` loads as "Do not joke about" and an example
``- Ride out #StormBram ...`` as "Ride out". Nothing is invalid, so validation cannot refuse
it; ``riskcheck rules validate`` prints these as warnings with the fix (quote the value).
A ``#`` followed by a space is taken to be a real comment and is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from riskcheck.rulebook.files import RuleFileRefused
from riskcheck.rulebook.files import read_rule_file

__all__ = ["hashtag_comment_warnings", "term_map_notes", "unlisted_pack_warnings"]

_CUT = re.compile(r"[ \t]+(#\S+)")  # after a plain value: blanks, then "#" and a non-space


def hashtag_comment_warnings(path: Path, display: str | None = None) -> list[str]:
    """``file:line:col: warning: ...`` for each unquoted value a hashtag silently cuts short."""
    try:
        # read_rule_file: an unlisted FIFO or device beside the packs must not hang validate
        text = read_rule_file(path, path.parent).decode("utf-8-sig")
        tokens = list(yaml.scan(text, Loader=yaml.SafeLoader))
    except (RuleFileRefused, UnicodeDecodeError, yaml.YAMLError):
        return []  # validation reports unreadable and malformed files
    lines = text.splitlines()
    out: list[str] = []
    for token in tokens:
        if not isinstance(token, yaml.ScalarToken) or not token.plain:
            continue
        end = token.end_mark
        if end.line >= len(lines):
            continue
        found = _CUT.match(lines[end.line], end.column)
        if found is None:
            continue
        value = token.value if len(token.value) <= 40 else "…" + token.value[-39:]
        out.append(f"{display or path}:{end.line + 1}:{found.start(1) + 1}: warning: '{found.group(1)}' starts "
                   f"a YAML comment, so this value ends at '{value}'; put the whole value in quotes")
    return out


def _strings(node: Any) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def unlisted_pack_warnings(rules_dir: Path, config_name: str = "riskcheck.yaml") -> list[str]:
    """A warning for each ``.yaml`` in ``rules_dir`` that ``riskcheck.yaml`` does not name.

    Why: with a ``packs:`` list, only the files it names are loaded; a new
    ``breaking-news.yaml`` that nobody added there is silently skipped and its posts pass. A
    file that riskcheck.yaml names anywhere (a pack entry, or a pack it ships but does not apply
    by default) is known, not unlisted. Without a ``packs:`` list every file is loaded.
    """
    config = rules_dir / config_name
    if not rules_dir.is_dir() or not config.is_file():
        return []
    try:
        data = yaml.safe_load(read_rule_file(config, rules_dir).decode("utf-8-sig"))
    except (RuleFileRefused, UnicodeDecodeError, yaml.YAMLError):
        return []  # validation reports it
    if not isinstance(data, dict) or not data.get("packs"):
        return []
    named = {Path(s).name for s in _strings(data) if s.endswith((".yaml", ".yml"))}
    out = []
    for path in sorted(rules_dir.iterdir()):
        if path.suffix in (".yaml", ".yml") and path.name != config_name and path.name not in named:
            out.append(f"{path}:1:1: warning: pack file '{path.name}' is not named in {config_name} 'packs:', "
                       "so it is not loaded and its rules check nothing; add it there")
    return out


def term_map_notes(rules: Iterable[Any]) -> list[str]:
    """A note for each rule whose ``terms:`` is a language map: say what the map does and does not do."""
    out = []
    for rule in rules:
        languages = sorted(getattr(rule, "term_languages", ()) or ())
        if languages:
            out.append(f"{rule.source.path}:{rule.source.line}: note: rule {rule.id}: terms map "
                       f"({', '.join(languages)}): every term runs on every post, whatever language it is "
                       "detected as; only a one-word term that is a function word of the post's language "
                       "(Dutch 'die') is matched only in posts of the term's own language")
    return out
