"""``packs:`` items with a brand scope or ``apply: false`` (issue 8: one example brand's voice
rules are not every brand's; a shipped pack can be kept, validated, and not applied)."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.checker import Checker
from riskcheck.errors import RuleFileError
from riskcheck.rulebook import load_ruleset
from riskcheck.types import Post

VOICE = """pack: voice
rules:
  - id: no-shouting
    kind: pattern
    category: brand-voice
    severity: review
    message: No shouting.
    regex: "!!+"
    examples:
      flag: ["Wow!!"]
      pass: ["Wow."]
"""
SCOPED_VOICE = VOICE.replace("    regex:", "    applies_to: {brands: [acme, globex]}\n    regex:")
OTHER = VOICE.replace("pack: voice", "pack: other").replace("!!+", "\\\\?\\\\?+")


def _write(root: Path, config: str, **packs: str) -> Path:
    for name, text in packs.items():
        (root / f"{name}.yaml").write_text(text, encoding="utf-8")
    (root / "riskcheck.yaml").write_text(config, encoding="utf-8")
    return root


def _flags(root: Path, brand: str | None) -> list[str]:
    verdict = Checker(load_ruleset(root), scorers={}).check(Post(text="Big news!! Really??", brand=brand))
    return sorted(f.rule_id for f in verdict.findings)


def test_a_pack_scoped_to_a_brand_applies_only_to_that_brand(root: Path) -> None:
    _write(root, "packs:\n  - {file: voice.yaml, brands: [Acme]}\n  - other.yaml\n", voice=VOICE, other=OTHER)
    assert _flags(root, "acme") == ["other/no-shouting", "voice/no-shouting"]
    assert _flags(root, "globex") == ["other/no-shouting"]
    assert _flags(root, None) == ["other/no-shouting"]
    rule = load_ruleset(root).get("voice/no-shouting")
    assert rule is not None and rule.applies_to.first_brand == "acme"  # examples run as brand acme


def test_a_pack_scope_narrows_a_rules_own_scope(root: Path) -> None:
    _write(root, "packs:\n  - {file: voice.yaml, brands: [acme]}\n", voice=SCOPED_VOICE)
    rule = load_ruleset(root).get("voice/no-shouting")
    assert rule is not None and rule.applies_to.brands == frozenset({"acme"})


def test_a_pack_not_applied_is_validated_but_adds_no_rules(root: Path) -> None:
    _write(root, "packs:\n  - {file: voice.yaml, apply: false}\n  - other.yaml\n", voice=VOICE, other=OTHER)
    ruleset = load_ruleset(root)
    assert [r.full_id for r in ruleset.rules] == ["other/no-shouting"]
    assert ruleset.config.packs == ("voice.yaml", "other.yaml")  # listed: never "unlisted"
    assert ruleset.config.entry("voice.yaml").apply is False
    (root / "voice.yaml").write_text(VOICE.replace("severity: review", "severity: loud"), encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(root)
    assert "voice.yaml" in str(caught.value)


def test_a_misspelled_entry_key_is_reported(root: Path) -> None:
    _write(root, "packs:\n  - {file: voice.yaml, brand: [acme]}\n", voice=VOICE)
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(root)
    assert "riskcheck.yaml" in str(caught.value)


def test_shipped_configuration_applies_acme_voice_only_to_acme() -> None:
    rules = Path(__file__).resolve().parents[2] / "rules"
    ruleset = load_ruleset(rules)
    voice = [r for r in ruleset.rules if r.pack == "brand-voice"]
    assert voice and all(r.applies_to.brands == frozenset({"acme"}) for r in voice)
