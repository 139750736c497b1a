"""What the code imports is declared in pyproject.toml, and what is declared is used.

A missing declaration breaks a clean install (``click`` was imported but not declared); an
unused one costs every install for nothing (``typer`` was declared and never imported).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Declared but reached without an ``import`` statement: data packages and files read by path.
USED_WITHOUT_IMPORT = {
    "spacy": "its stop-word and tokenizer-exception files are read without importing it (normalize/stopwords.py)",
    "spacy-lookups-data": "lemma tables read with importlib.resources (normalize/lemmas.py)",
    "uvicorn": "imported by name inside `riskcheck serve` and started as a factory string",
}


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _imported_modules() -> set[str]:
    found: set[str] = set()
    for folder in ("riskcheck", "api"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(a.name.split(".")[0] for a in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m not in ("riskcheck", "__future__")}


def _declared(groups: tuple[str, ...] | None = None) -> set[str]:
    project = PYPROJECT["project"]
    names = {_name(r) for r in project["dependencies"]}
    for group, requirements in project.get("optional-dependencies", {}).items():
        if groups is None or group in groups:
            names.update(_name(r) for r in requirements)
    return names


def test_every_imported_package_is_declared() -> None:
    dists = packages_distributions()
    declared = _declared()
    missing = {module: [d.lower().replace("_", "-") for d in dists.get(module, [module])]
               for module in _imported_modules()}
    assert {m: d for m, d in missing.items() if not set(d) & declared} == {}


def test_every_core_dependency_is_imported_or_said_why_not() -> None:
    dists = packages_distributions()
    used = {d.lower().replace("_", "-") for module in _imported_modules() for d in dists.get(module, [])}
    unused = _declared(groups=()) - used - set(USED_WITHOUT_IMPORT)
    assert unused == set()


def test_click_is_declared_and_typer_is_not() -> None:
    assert "click" in _declared(groups=()) and "typer" not in _declared()
