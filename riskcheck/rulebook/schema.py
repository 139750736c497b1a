"""JSON Schemas for rule packs and riskcheck.yaml, generated from the same pydantic specs that
validate them.

``python -m riskcheck.rulebook.schema > rules/schema.json`` and ``python -m
riskcheck.rulebook.schema --config > rules/riskcheck.schema.json`` write them; editors point
their editor at them (``# yaml-language-server: $schema=./schema.json``) for completion and
inline errors, and CI can run ``check-jsonschema --schemafile rules/schema.json rules/*.yaml``.
A test keeps the committed files equal to this output.

What the pack schema says, and why:
- ``kind`` is a discriminator: a rule is checked against its own kind's keys only, so a typo
  in ``severity`` is one error about ``serverity``, not "'terms' was unexpected" and twenty
  more from the other kinds. A rule without ``kind`` (the pack's ``defaults`` gives it) is
  checked against any kind.
- ``kind``, ``category``, ``severity`` and ``message`` are required in each rule unless the
  pack's ``defaults`` sets them (the loader merges defaults the same way).
- dates are real calendar dates (``format: date``: 2026-11-31 is refused) or date-times;
  ``timezone`` is an IANA name.

Plain ``jsonschema`` on ``yaml.safe_load`` output sees unquoted dates as ``date`` objects,
not strings; load packs with :func:`load_yaml_for_schema` (timestamps stay strings, as an
editor's YAML language server sees them) — check-jsonschema does the same by itself.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from typing import Literal

import yaml
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from riskcheck.rulebook.kinds import KINDS

_DEFAULTABLE = ("kind", "category", "severity", "message")


class _StringTimestampLoader(yaml.SafeLoader):
    """SafeLoader that leaves ``2026-11-20`` as the string it is in the file."""


_StringTimestampLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml_for_schema(text: str) -> Any:
    """A pack or riskcheck.yaml as JSON Schema validators must see it: dates stay strings."""
    return yaml.load(text, Loader=_StringTimestampLoader)  # noqa: S506 - a SafeLoader subclass


def _kind_discriminated_rule(defs: dict[str, Any]) -> dict[str, Any]:
    refs = {name: {"$ref": f"#/$defs/{cls.Spec.__name__}"} for name, cls in KINDS.items()}
    return {
        "type": "object",
        "properties": {"kind": {"enum": list(KINDS), "description": "rule kind: " + ", ".join(KINDS)}},
        "if": {"required": ["kind"]},
        "then": {"allOf": [{"if": {"properties": {"kind": {"const": name}}}, "then": ref}
                           for name, ref in refs.items()]},
        "else": {"anyOf": list(refs.values())},
    }


def _required_unless_defaulted() -> list[dict[str, Any]]:
    return [{
        "if": {"not": {"required": ["defaults"], "properties": {"defaults": {"required": [key]}}}},
        "then": {"properties": {"rules": {"items": {"required": [key]}}}},
    } for key in _DEFAULTABLE]


def pack_json_schema() -> dict[str, Any]:
    """The schema of one pack file (draft 2020-12)."""
    from riskcheck.rulebook.load import PackSpec

    models: list[tuple[type[BaseModel], Literal["validation"]]] = [(PackSpec, "validation")]
    models += [(cls.Spec, "validation") for cls in KINDS.values()]
    _, top = models_json_schema(models, by_alias=True,
                                ref_template="#/$defs/{model}")
    defs: dict[str, Any] = top["$defs"]
    for cls in KINDS.values():
        node = defs[cls.Spec.__name__]
        node["required"] = [k for k in node.get("required", []) if k not in _DEFAULTABLE]
        node["properties"]["kind"] = {"const": cls.kind, "description": f"rule kind: {cls.kind}"}
    pack = defs.pop("PackSpec")
    pack["title"] = "riskcheck rule pack"
    pack["properties"]["rules"] = {"type": "array", "items": _kind_discriminated_rule(defs),
                                   "description": "the rules of this pack"}
    pack["allOf"] = _required_unless_defaulted()
    default_props: dict[str, Any] = {}
    for cls in KINDS.values():
        for key, value in defs[cls.Spec.__name__]["properties"].items():
            if key not in ("id", "examples"):
                default_props.setdefault(key, value)
    default_props["kind"] = {"enum": list(KINDS)}
    pack["properties"]["defaults"] = {
        "type": "object", "additionalProperties": False, "properties": default_props,
        "description": "keys merged into every rule (a rule's own value wins)",
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://riskcheck.example/schema/pack.json",
        **pack,
        "$defs": defs,
    }


def config_json_schema() -> dict[str, Any]:
    """The schema of riskcheck.yaml (packs, decision, crisis, profiles)."""
    from riskcheck.rulebook.config import ConfigSpec

    schema = ConfigSpec.model_json_schema(by_alias=True)
    schema["title"] = "riskcheck project configuration (riskcheck.yaml)"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://riskcheck.example/schema/riskcheck.json", **schema}


def main(argv: list[str] | None = None) -> int:
    """``python -m riskcheck.rulebook.schema [--config]`` prints the pack (or config) schema."""
    args = sys.argv[1:] if argv is None else argv
    schema = config_json_schema() if "--config" in args else pack_json_schema()
    print(json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
