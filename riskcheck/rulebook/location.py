"""Where the rules are: one answer for the CLI, the hook and the service."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

RULES_ENV = "RISKCHECK_RULES"


def shipped_rules_dir() -> Path:
    """The packs that ship inside the package (the repository's rules/ folder)."""
    return Path(str(resources.files("riskcheck.packs")))


def resolve_rules_dir(option: str | Path | None) -> Path:
    """``--rules``, else $RISKCHECK_RULES, else ./rules, else the packs shipped with riskcheck."""
    if option:
        return Path(option)
    env = os.environ.get(RULES_ENV)
    if env:
        return Path(env)
    local = Path("rules")
    if local.is_dir() and (any(local.glob("*.yaml")) or any(local.glob("*.yml"))):
        return local
    return shipped_rules_dir()
