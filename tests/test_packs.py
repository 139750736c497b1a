"""The rule packs riskcheck ships in ``rules/`` test themselves.

Every pack must parse safely and load through the real rulebook, and every example of every
text rule must behave as the editor wrote it (``flag`` -> flagged by that rule, ``pass`` -> not
flagged by it). One test id per example (``discrimination/age-limit flag[0]``), so a broken
edit names the rule and the example. ``riskcheck rules test rules/`` runs the same cases for
editors; this file keeps them in CI. ML examples (topic/toxicity) need a scorer and are tested
with the ML layer, not here.

It also pins what the packs promise beyond their own examples: the contract packs are shipped
byte-for-byte, ``riskcheck.yaml`` lists every pack and holds promotions in a crisis, the
project's own packs carry English AND Dutch examples, and a table of known false-positive
probes ("young readers", "killer deal", "Scunthorpe") gives exactly the findings listed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
from datetime import datetime
from datetime import timezone
from pathlib import Path
from typing import Any

import pytest
import yaml

from riskcheck.checker import Checker
from riskcheck.crisis import CrisisState
from riskcheck.crisis import MemoryCrisisStore
from riskcheck.rulebook import load_ruleset
from riskcheck.rulebook.examples import ExampleCase
from riskcheck.rulebook.examples import is_flagged
from riskcheck.rulebook.examples import iter_examples
from riskcheck.normalize.pipeline import normalize
from riskcheck.types import Decision
from riskcheck.types import Post

RULES = Path(__file__).resolve().parents[1] / "rules"
CONFIG = "riskcheck.yaml"
PACK_FILES = sorted(p for p in RULES.glob("*.yaml") if p.name != CONFIG)

#: The rule-file contract's examples (../shared/rules-spec/examples/): shipped unchanged.
CONTRACT_SHA256 = {
    "brand-voice.yaml": "fa5343711d2cc3b4a918fa5ac0e4583a0d44900d42b60ddfd6297da1a2d1c709",
    "current-events.yaml": "f69eedea138e0977db91834f994b1b0e92bfe85331e58e51c8be5898cfc84035",
    "insensitive.yaml": "bb74d40df2baa8d93cc3c4fef859a5c0bce4231d6d2beaa649e4f893ac644c14",
    "topics.yaml": "f5ab907c6386a2f0c0385621b9dcdc40d945dfce888c56787e7c6e6e648d1fe6",
}
#: The project's starter packs that must speak both languages (links are language-neutral).
BILINGUAL_PACKS = ("discrimination", "tragedy-framing", "profanity", "promotion", "brand-voice-template")
#: Packs with ML rules; left out where a test needs a rules-only verdict.
ML_PACK_FILES = ("topics.yaml", "sensitive-topics.yaml", "toxicity.yaml")
AT = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


@functools.cache
def _ruleset() -> Any:
    return load_ruleset(RULES)


@functools.cache
def _schema_validator() -> Any:
    import jsonschema_rs

    from riskcheck.rulebook.schema import pack_json_schema

    return jsonschema_rs.validator_for(pack_json_schema())


def _text_cases() -> list[ExampleCase]:
    return [case for case in iter_examples(_ruleset()) if not case.rule.is_ml]


def _raw(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: a pack is a mapping"
    return data


# ------------------------------------------------------------------------------ files


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_pack_parses_safely_and_every_rule_has_both_kinds_of_example(path: Path) -> None:
    data = _raw(path)
    defaults = data.get("defaults") or {}
    missing = []
    for rule in data["rules"]:
        merged = {**defaults, **rule}
        for key in ("id", "kind", "category", "severity", "message"):
            if key not in merged:
                missing.append(f"{rule.get('id')}: no {key}")
        examples = rule.get("examples") or {}
        if not examples.get("flag") or not examples.get("pass"):
            missing.append(f"{rule.get('id')}: needs flag and pass examples")
    assert isinstance(data["pack"], str)
    assert missing == []


@pytest.mark.parametrize("name", sorted(CONTRACT_SHA256))
def test_contract_pack_is_shipped_unchanged(name: str) -> None:
    assert hashlib.sha256((RULES / name).read_bytes()).hexdigest() == CONTRACT_SHA256[name]


def test_config_lists_every_pack_and_holds_promotion() -> None:
    config = _raw(RULES / CONFIG)
    listed = [item if isinstance(item, str) else item["file"] for item in config["packs"]]
    assert sorted(listed) == [p.name for p in PACK_FILES]
    assert "promotion" in config["crisis"]["hold_categories"]


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_pack_passes_the_editors_json_schema(path: Path) -> None:
    """What VS Code checks as editors type (rules/schema.json) must accept every shipped pack."""
    pytest.importorskip("jsonschema_rs")  # installed with the test extra (schemathesis)
    data = json.loads(json.dumps(_raw(path), default=str))  # YAML dates -> ISO strings, as editors see them
    assert [e.message for e in _schema_validator().iter_errors(data)] == []


def test_pack_names_are_unique_and_all_load() -> None:
    names = [_raw(p)["pack"] for p in PACK_FILES]
    assert len(set(names)) == len(names)
    config = _raw(RULES / CONFIG)
    off = {e["file"] for e in config["packs"] if isinstance(e, dict) and e.get("apply") is False}
    applied = [_raw(p)["pack"] for p in PACK_FILES if p.name not in off]
    assert sorted(pack.name for pack in _ruleset().packs) == sorted(applied)
    for name in off:  # shipped but not applied by default: still a valid pack on its own
        assert load_ruleset(RULES / name).packs


# ------------------------------------------------------------------------------ examples


@pytest.mark.parametrize("case", _text_cases(), ids=lambda c: c.name)
def test_example_behaves(case: ExampleCase) -> None:
    assert is_flagged(_ruleset(), case) is case.flag, case.text


def _languages_of(rule_pack: str) -> dict[tuple[str, bool], set[str]]:
    seen: dict[tuple[str, bool], set[str]] = {}
    for case in iter_examples(_ruleset()):
        if case.rule.pack == rule_pack:
            language = case.post.language or normalize(case.text, None).language
            seen.setdefault((case.rule.id, case.flag), set()).add(language)
    return seen


@pytest.mark.parametrize("pack", BILINGUAL_PACKS)
def test_starter_pack_rules_have_english_and_dutch_examples(pack: str) -> None:
    seen = _languages_of(pack)
    rule_ids = {rule_id for rule_id, _ in seen}
    lacking = sorted(
        f"{rule_id} {'flag' if flag else 'pass'}: {sorted({'en', 'nl'} - seen.get((rule_id, flag), set()))}"
        for rule_id in rule_ids
        for flag in (True, False)
        if not {"en", "nl"} <= seen.get((rule_id, flag), set())
    )
    assert rule_ids and lacking == []


# ------------------------------------------------------------------------------ probes

PROBES: list[tuple[str, set[str]]] = [
    # innocent words around the discrimination rules
    ("Young readers will love our kids' menu and our Dutch cheese.", set()),
    # brand idioms allowed by profanity/violent-language; still promotion and a morbid idiom
    ("Killer deals this week, shoot us a DM!", {"promotion/sale-words", "tragedy-framing/morbid-idioms"}),
    ("This sale is sick.", {"promotion/sale-words"}),
    # Scunthorpe problem: list words inside longer words
    ("Scunthorpe assess cocktail: brunch with a Bloody Mary.", set()),
    ("Hoera, onze catering is populair en pikant.", set()),
    ("Samen tegen kanker: loop mee met de KWF-run.", set()),
    # what the packs are for
    ("Vacature: max 35 jaar, alleen mannen mogen solliciteren.",
     {"discrimination/age-limit", "discrimination/gender-exclusion", "discrimination/job-ad-gender"}),
    ("Hiring a salesman for our young and dynamic team, native Dutch speaker.",
     {"discrimination/age-coded", "discrimination/gendered-job-titles", "discrimination/origin-requirement"}),
    ("Thoughts and prayers to Texas. Use code TEXAS20 for 20% off.",
     {"tragedy-framing/prayers-and-promotion", "promotion/call-to-action", "promotion/coupon-code",
      "promotion/percent-off", "promotion/sale-words"}),
    ("Stormkorting! Nog maar 2 dagen 30% korting, op=op.",
     {"tragedy-framing/disaster-sale", "promotion/countdown", "promotion/percent-off", "promotion/sale-words"}),
    ("Read more: bit.ly/3xYz", {"links/shortener"}),
    ("Our new store in Utrecht opens on Monday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PROBES, ids=[t for t, _ in PROBES])
def test_probe_gets_exactly_these_findings(text: str, expected: set[str]) -> None:
    result = _ruleset().match(normalize(text, None), Post(text=text, scheduled_at=AT))
    assert {f.rule_id for f in result.findings} == expected


# ------------------------------------------------------------------------------ crisis


@pytest.fixture(scope="module")
def rules_only(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The shipped packs and riskcheck.yaml without the ML packs, so verdicts need no model."""
    config = _raw(RULES / CONFIG)
    entries = [{"file": item} if isinstance(item, str) else item for item in config["packs"]]
    config["packs"] = [e for e in entries if e["file"] not in ML_PACK_FILES]
    folder = tmp_path_factory.mktemp("config")
    for pack in PACK_FILES:  # copies: pack paths must stay inside the rules folder (issue 9)
        shutil.copyfile(pack, folder / pack.name)
    (folder / CONFIG).write_text(yaml.safe_dump(config), encoding="utf-8")
    return load_ruleset(folder)


@pytest.mark.parametrize(
    ("text", "crisis_on", "decision"),
    [
        ("Our winter sale starts now: 20% off all coats.", False, Decision.PASS),
        ("Our winter sale starts now: 20% off all coats.", True, Decision.HOLD),
        ("Onze wintersale is begonnen: 20% korting op alle jassen.", True, Decision.HOLD),
        ("These brownies are to die for.", True, Decision.HOLD),
        ("Our new store in Utrecht opens on Monday.", True, Decision.PASS),
    ],
)
def test_crisis_mode_holds_promotional_posts(rules_only: Any, text: str, crisis_on: bool, decision: Decision) -> None:
    state = CrisisState(active=True, reason="Storm Bram", since=AT) if crisis_on else CrisisState()
    checker = Checker(rules_only, scorers={}, crisis=MemoryCrisisStore(state))
    assert checker.check(Post(text=text, scheduled_at=AT)).decision is decision


# ------------------------------------------------------------------------------ the guide


def test_editors_guide_names_every_key_and_kind() -> None:
    from riskcheck.rulebook.base import ExampleSpec
    from riskcheck.rulebook.config import ConfigSpec
    from riskcheck.rulebook.config import CrisisSpec
    from riskcheck.rulebook.config import DecisionSpec
    from riskcheck.rulebook.kinds import KINDS
    from riskcheck.rulebook.load import PackSpec
    from riskcheck.rulebook.load import all_rule_keys

    guide = (RULES / "README.md").read_text(encoding="utf-8")
    models = (PackSpec, ExampleSpec, ConfigSpec, DecisionSpec, CrisisSpec)
    keys = set(all_rule_keys()) | {f.alias or name for m in models for name, f in m.model_fields.items()}
    missing_keys = sorted(key for key in keys if f"`{key}`" not in guide and f"{key}:" not in guide)
    missing_kinds = sorted(kind for kind in KINDS if f"### `{kind}`" not in guide)
    assert (missing_keys, missing_kinds) == ([], [])
