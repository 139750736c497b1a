from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from riskcheck.rulebook import pack_json_schema
from test_rulebook_load import CONTRACT

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "rules" / "schema.json"


def test_committed_schema_is_the_generated_one() -> None:
    """Regenerate with: python -m riskcheck.rulebook.schema > rules/schema.json"""
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == pack_json_schema()


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):  # YAML editors see unquoted dates as strings
        return value.isoformat()
    return value


@pytest.mark.parametrize("name", ["current-events.yaml", "insensitive.yaml", "brand-voice.yaml", "topics.yaml"])
def test_contract_packs_satisfy_the_schema(name: str) -> None:
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    validator = jsonschema_rs.validator_for(pack_json_schema())
    data = _plain(yaml.safe_load((CONTRACT / name).read_text(encoding="utf-8")))
    assert [e.message for e in validator.iter_errors(data)] == []


@pytest.mark.parametrize("rule", [
    {"id": "a", "kind": "phrase", "category": "c", "serverity": "block", "message": "m", "terms": ["x"]},
    {"id": "a", "kind": "phrase", "category": "c", "severity": "loud", "message": "m", "terms": ["x"]},
    {"id": "a", "kind": "phrase", "category": "c", "severity": "info", "message": "m", "window": 3, "terms": ["x"]},
])
def test_schema_rejects_what_the_loader_rejects(rule: dict[str, Any]) -> None:
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    validator = jsonschema_rs.validator_for(pack_json_schema())
    assert not validator.is_valid({"pack": "p", "rules": [rule]})


def test_config_schema_accepts_the_contract_config() -> None:
    jsonschema_rs = pytest.importorskip("jsonschema_rs")
    from riskcheck.rulebook.schema import config_json_schema

    validator = jsonschema_rs.validator_for(config_json_schema())
    data = yaml.safe_load((CONTRACT / "riskcheck.yaml").read_text(encoding="utf-8"))
    assert ([e.message for e in validator.iter_errors(data)], validator.is_valid({"decision": {"block_if_any": "x"}})) == ([], False)


# -- the schemas against every shipped file, with plain jsonschema and with check-jsonschema -------

RULES = Path(__file__).resolve().parents[2] / "rules"
PACKS = sorted(p.name for p in RULES.glob("*.yaml") if p.name != "riskcheck.yaml")


def _validator(schema: dict[str, Any]) -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_committed_config_schema_is_the_generated_one() -> None:
    """Regenerate with: python -m riskcheck.rulebook.schema --config > rules/riskcheck.schema.json"""
    from riskcheck.rulebook.schema import config_json_schema

    committed = json.loads((RULES / "riskcheck.schema.json").read_text(encoding="utf-8"))
    assert committed == config_json_schema()


@pytest.mark.parametrize("name", PACKS)
def test_every_shipped_pack_satisfies_the_schema_with_plain_jsonschema(name: str) -> None:
    from riskcheck.rulebook.schema import load_yaml_for_schema

    data = load_yaml_for_schema((RULES / name).read_text(encoding="utf-8"))
    assert [e.message for e in _validator(pack_json_schema()).iter_errors(data)] == []


def test_shipped_config_satisfies_its_schema_with_plain_jsonschema() -> None:
    from riskcheck.rulebook.schema import config_json_schema
    from riskcheck.rulebook.schema import load_yaml_for_schema

    data = load_yaml_for_schema((RULES / "riskcheck.yaml").read_text(encoding="utf-8"))
    assert [e.message for e in _validator(config_json_schema()).iter_errors(data)] == []


def test_dates_stay_strings_for_schema_validation() -> None:
    from riskcheck.rulebook.schema import load_yaml_for_schema

    assert load_yaml_for_schema("active: {from: 2026-11-20, until: 2026-12-15}") == {
        "active": {"from": "2026-11-20", "until": "2026-12-15"}}


def test_every_shipped_file_passes_check_jsonschema() -> None:
    import shutil
    import subprocess
    import sys

    exe = shutil.which("check-jsonschema") or str(Path(sys.executable).with_name("check-jsonschema"))
    packs = subprocess.run([exe, "--schemafile", str(RULES / "schema.json"), *(str(RULES / p) for p in PACKS)],
                           capture_output=True, text=True)
    config = subprocess.run([exe, "--schemafile", str(RULES / "riskcheck.schema.json"), str(RULES / "riskcheck.yaml")],
                            capture_output=True, text=True)
    assert (packs.returncode, config.returncode) == (0, 0), packs.stdout + config.stdout


def _errors(pack: dict[str, Any]) -> list[str]:
    def walk(errors: Any) -> Any:
        for error in errors:
            yield error.message
            yield from walk(error.context)

    return sorted(walk(_validator(pack_json_schema()).iter_errors(pack)))


RULE = {"id": "a", "kind": "phrase", "category": "c", "severity": "block", "message": "m", "terms": ["x"]}


def test_a_severity_typo_is_one_problem_not_twenty() -> None:
    rule = {k: v for k, v in RULE.items() if k != "severity"} | {"serverity": "block"}
    errors = [e.message for e in _validator(pack_json_schema()).iter_errors({"pack": "p", "rules": [rule]})]
    assert len(errors) == 2 and any("'serverity' was unexpected" in e for e in errors)
    assert any("'severity' is a required property" in e for e in errors)


@pytest.mark.parametrize(("pack", "expected"), [
    ({"pack": "p", "rules": [{k: v for k, v in RULE.items() if k != "category"}]}, "'category' is a required property"),
    ({"pack": "p", "rules": [{k: v for k, v in RULE.items() if k != "terms"}]}, "'terms' is a required property"),
    ({"pack": "p", "rules": [RULE | {"active": {"until": "2026-11-31"}}]}, "'2026-11-31' is not a 'date'"),
    ({"pack": "p", "timezone": "Europe/Amsterdm", "rules": [RULE]}, "'Europe/Amsterdm' is not one of"),
    ({"pack": "p", "rules": [RULE | {"kind": "phrse"}]}, "'phrse' is not one of"),
])
def test_the_schema_catches_what_the_loader_refuses(pack: dict[str, Any], expected: str) -> None:
    assert any(expected in message for message in _errors(pack)), _errors(pack)


def test_defaults_make_a_key_optional_in_rules() -> None:
    pack = {"pack": "p", "defaults": {"category": "c", "severity": "review"},
            "rules": [{"id": "a", "kind": "phrase", "message": "m", "terms": ["x"]}]}
    assert _errors(pack) == []
