"""Post input has one home: the front ends (CLI, hook, API) import it, never each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from riskcheck.postinput import PostError
from riskcheck.postinput import check_language
from riskcheck.postinput import post_from_mapping

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_nothing_outside_cli_imports_the_cli() -> None:
    offenders = []
    for folder in ("riskcheck", "api"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if (ROOT / "riskcheck" / "cli") in path.parents:
                continue
            bad = sorted(m for m in _imports(path) if m == "riskcheck.cli" or m.startswith("riskcheck.cli."))
            offenders += [f"{path.relative_to(ROOT)}: {m}" for m in bad]
    assert offenders == []


def test_a_json_post_is_read_with_the_shared_parsers() -> None:
    post = post_from_mapping({"text": "hi", "scheduled_at": "2026-11-27 9:00+01:00", "language": "nl_BE", "id": 7})
    assert (post.scheduled_at.isoformat() if post.scheduled_at else None, post.language, post.id) == (
        "2026-11-27T09:00:00+01:00", "nl_BE", "7")
    with pytest.raises(PostError, match="'english' is not a language code") as caught:
        check_language("english")
    assert caught.value.field == "language"
    with pytest.raises(PostError, match=r"unknown field\(s\): sheduled_at") as unknown:
        post_from_mapping({"text": "hi", "sheduled_at": "2026-11-27T09:00Z"})
    assert unknown.value.field == "sheduled_at"
