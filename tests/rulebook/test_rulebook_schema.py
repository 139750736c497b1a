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
