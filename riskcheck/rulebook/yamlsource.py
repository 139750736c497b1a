"""Safe YAML with line marks: every key and value remembers where the editor wrote it.

PyYAML's SafeLoader turns a file into plain dicts and forgets positions, so an error
found later ("bad date", "unknown key") could not say which line to fix. Here the file
is *composed* into nodes with the safe loader (no Python object tags, ever), scalars are
constructed by the safe constructor, and mappings/sequences are rebuilt by hand while
recording the line and column of each key and value under its path
(``("rules", 3, "severity")``). Duplicate keys, which YAML silently collapses, are
reported as problems instead.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from dataclasses import field
from typing import Any

import yaml

from riskcheck.rulebook.files import shorten

Path_ = tuple[str | int, ...]

try:  # the C composer is several times faster; both are safe loaders
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - libyaml missing
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader subclass: only the standard YAML tags, nothing that builds objects."""


@dataclass(frozen=True, slots=True)
class Mark:
    """1-based line and column."""

    line: int
    column: int


@dataclass(slots=True)
class YamlDoc:
    """Plain data plus where each piece of it was written."""

    data: Any
    built: int = 0
    keys: dict[Path_, Any] = field(default_factory=dict)    # yaml nodes; marks read on demand
    values: dict[Path_, Any] = field(default_factory=dict)
    problems: list[tuple[Mark, str]] = field(default_factory=list)

    def key_mark(self, path: Path_) -> Mark:
        """Where the key of ``path`` is written (falls back to its value, then its parent)."""
        if path in self.keys:
            return _mark(self.keys[path])
        return self.value_mark(path)

    def value_mark(self, path: Path_) -> Mark:
        """Where the value at ``path`` starts (falls back to the nearest parent)."""
        while path:
            if path in self.values:
                return _mark(self.values[path])
            parent = self.values.get(path[:-1])
            index = path[-1]
            if isinstance(parent, yaml.SequenceNode) and isinstance(index, int) and 0 <= index < len(parent.value):
                return _mark(parent.value[index])
            path = path[:-1]
        return _as_mark(self.values.get(()))


_STR = "tag:yaml.org,2002:str"
_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def _as_mark(raw: Any) -> Mark:
    """A node (or None) as a 1-based mark."""
    return Mark(1, 1) if raw is None else _mark(raw)


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


#: Values built per file; aliases can multiply a small file ("billion laughs"), this stops it.
MAX_NODES = 1_000_000
MAX_DEPTH = 64


class YamlSyntaxError(Exception):
    """The text is not YAML; carries the position PyYAML reported."""

    def __init__(self, mark: Mark, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


def parse_yaml(text: str) -> YamlDoc:
    """Compose ``text`` safely and rebuild plain data with marks. Raises ``YamlSyntaxError``."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        doc = YamlDoc(data=None)
        if node is not None:
            doc.data = _build(node, (), doc, loader)
        return doc
    except yaml.MarkedYAMLError as exc:
        where = exc.problem_mark or exc.context_mark
        mark = Mark(where.line + 1, where.column + 1) if where else Mark(1, 1)
        what = " ".join(p for p in (exc.context, exc.problem) if p)
        lines = text.splitlines()
        line = lines[where.line] if where is not None and where.line < len(lines) else ""
        if where is not None and "\t" in line[:where.column + 1]:
            what += " (a tab: YAML indents with spaces only; replace the tab with spaces)"
        raise YamlSyntaxError(mark, f"YAML syntax error: {what}") from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(Mark(1, 1), f"YAML error: {exc}") from None
    finally:
        loader.dispose()


def _build(node: yaml.Node, path: Path_, doc: YamlDoc, loader: _Loader) -> Any:
    doc.built += 1
    if doc.built > MAX_NODES or len(path) > MAX_DEPTH:
        raise YamlSyntaxError(_mark(node), "file too large or too deeply nested (are aliases repeating a block?)")
    doc.values[path] = node
    if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
        doc.problems.append((_mark(node), f"YAML tag not allowed here: {node.tag}"))
        return None
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # resolves "<<" merge keys like SafeLoader would
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            raw = _scalar(key_node, doc, loader) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(raw, Hashable) or isinstance(raw, (list, dict)) or not isinstance(key_node, yaml.ScalarNode):
                doc.problems.append((_mark(key_node), "a key must be plain text"))
                continue
            # `yes:` or `1:` as a key is almost always a typo; keep it as text so the
            # validator can name it, but the value is still rebuilt.
            key: str = str(raw).lower() if isinstance(raw, bool) else str(raw)
            child = (*path, key)
            if key in out:
                first = _mark(doc.keys[child])
                doc.problems.append((_mark(key_node), f"duplicate key '{shorten(str(key))}' (first written at line {first.line})"))
                continue
            doc.keys[child] = key_node
            out[key] = _build(value_node, child, doc, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        # Plain text items (a 100,000-term list) are taken as they are; their marks stay in
        # the sequence node and are looked up only if a problem needs one.
        items: list[Any] = []
        for index, item in enumerate(node.value):
            if item.tag == _STR and isinstance(item, yaml.ScalarNode):
                items.append(item.value)
            else:
                items.append(_build(item, (*path, index), doc, loader))
        doc.built += len(node.value)
        return items
    return _scalar(node, doc, loader)


def _scalar(node: yaml.Node, doc: YamlDoc, loader: _Loader) -> Any:
    """A scalar via the safe constructor; values it cannot build stay text for the validator.

    ``2020-13-01`` looks like a date to YAML and makes the constructor raise; kept as the
    string it is, the validator then says "'2020-13-01' is not a date" at the right line.
    """
    if node.tag == _STR:
        return node.value
    try:
        return loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        doc.problems.append((_mark(node), f"YAML tag not allowed here: {exc.problem}"))
        return None
    except (ValueError, OverflowError, TypeError):
        return str(node.value)
