"""JSON Schema for rule packs, generated from the same pydantic specs that validate them.

``python -m riskcheck.rulebook.schema > rules/schema.json`` writes it; editors point their
editor at it (``# yaml-language-server: $schema=schema.json``) for completion and inline
errors. A test keeps the committed file equal to this output.

Keys that a pack's ``defaults`` may supply (``kind``, ``category``, ``severity``,
``message``) are not marked required here: the loader, which sees the defaults, is the
judge of that.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from typing import Literal

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from riskcheck.rulebook.kinds import KINDS

_DEFAULTABLE = {"kind", "category", "severity", "message"}


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
    rule_refs = [{"$ref": f"#/$defs/{cls.Spec.__name__}"} for cls in KINDS.values()]
    pack["properties"]["rules"] = {"type": "array", "items": {"anyOf": rule_refs}, "description": "the rules of this pack"}
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
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def main(argv: list[str] | None = None) -> int:
    """``python -m riskcheck.rulebook.schema [--config]`` prints the pack (or config) schema."""
    args = sys.argv[1:] if argv is None else argv
    schema = config_json_schema() if "--config" in args else pack_json_schema()
    print(json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
