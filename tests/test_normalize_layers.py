"""The normalisation modules import each other in one direction only (no cycle, not even a lazy one).

A cycle (``text`` -> ``lang`` -> ``text``) once hid behind function-level imports; this test reads
every ``import`` in the package, at any depth, and fails on any cycle between its modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import riskcheck.normalize

PACKAGE = "riskcheck.normalize"


def _imports(path: Path) -> set[str]:
    """Modules of this package that ``path`` imports anywhere (top level or inside a function)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == PACKAGE:
                found.update(f"{PACKAGE}.{a.name}" for a in node.names)
            elif node.module.startswith(PACKAGE + "."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith(PACKAGE + "."))
    return found


def _graph() -> dict[str, set[str]]:
    root = Path(riskcheck.normalize.__file__).parent
    modules = {f"{PACKAGE}.{p.stem}": p for p in root.glob("*.py") if p.stem != "__init__"}
    return {name: _imports(path) & modules.keys() - {name} for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path of module names, or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [node, nxt] if nxt in path else [node, nxt]
            if nxt not in state and (found := visit(nxt, path + [node])):
                return found
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start, [])):
            return found
    return None


def test_the_graph_is_read() -> None:
    graph = _graph()
    assert f"{PACKAGE}.lang" in graph[f"{PACKAGE}.pipeline"]
    assert f"{PACKAGE}.text" in graph[f"{PACKAGE}.lang"]


def test_no_import_cycle_between_normalisation_modules() -> None:
    assert _cycle(_graph()) is None


def test_a_cycle_is_found() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) is not None
