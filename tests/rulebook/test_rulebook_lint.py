"""Warnings for values a ``#hashtag`` cuts short (valid YAML, wrong text)."""

from __future__ import annotations

from pathlib import Path

from riskcheck.rulebook.lint import hashtag_comment_warnings


def test_unquoted_hashtag_is_warned_quoted_and_real_comments_are_not(tmp_path: Path) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text(
        "pack: p  # a real comment\n"
        "rules:\n"
        "  - id: r\n"
        "    message: Do not joke about #StormBram\n"
        "    why: \"Quoted #StormBram is kept\"\n"
        "    examples:\n"
        "      flag:\n"
        "        - Ride out #StormBram with us\n"
        "        - \"Ride out #StormBram with us\"\n",
        encoding="utf-8")
    assert hashtag_comment_warnings(pack, "p.yaml") == [
        "p.yaml:4:32: warning: '#StormBram' starts a YAML comment, so this value ends at 'Do not joke about'; "
        "put the whole value in quotes",
        "p.yaml:8:20: warning: '#StormBram' starts a YAML comment, so this value ends at 'Ride out'; "
        "put the whole value in quotes",
    ]


def test_shipped_packs_warn_only_on_the_contract_copy() -> None:
    """The contract's insensitive.yaml must stay byte-identical; every other pack is clean."""
    rules = Path(__file__).resolve().parents[2] / "rules"
    warned = {Path(w.split(":")[0]).name for p in sorted(rules.glob("*.yaml")) for w in hashtag_comment_warnings(p)}
    assert warned == {"insensitive.yaml"}
