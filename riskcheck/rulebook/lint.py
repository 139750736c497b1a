"""Warnings for pack text that is valid YAML but probably not what the editor meant.

Why: in YAML, `` #`` starts a comment even in the middle of an unquoted value, so
``message: Do not joke about #StormBram`` loads as "Do not joke about" and an example
``- Ride out #StormBram ...`` as "Ride out". Nothing is invalid, so validation cannot refuse
it; ``riskcheck rules validate`` prints these as warnings with the fix (quote the value).
A ``#`` followed by a space is taken to be a real comment and is not reported.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from riskcheck.rulebook.files import RuleFileRefused
from riskcheck.rulebook.files import read_rule_file

__all__ = ["hashtag_comment_warnings"]

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
