"""YAML: a list of posts (or a mapping with a ``posts:`` list), with each key's line kept.

Parsed to nodes first so every problem points at the line of the offending key, and so a
duplicated key (which plain PyYAML silently keeps the last of) is an error.
"""

from __future__ import annotations

from typing import Any

import yaml

from riskcheck.hook.model import ReadOptions
from riskcheck.hook.model import ReadProblem
from riskcheck.hook.model import ReadResult
from riskcheck.hook.model import ScheduledPost
from riskcheck.hook.readers._records import build

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def mapping_record(loader: Any, node: yaml.MappingNode, path: str
                   ) -> tuple[dict[str, object], dict[str, int]] | ReadProblem:
    """The mapping as a dict plus each key's line, or a problem (duplicate / non-text key)."""
    record: dict[str, object] = {}
    lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        try:
            key = loader.construct_object(key_node, deep=True)
            value = loader.construct_object(value_node, deep=True)
        except yaml.YAMLError as exc:  # e.g. a !!python/object tag: the safe loader refuses it
            mark = getattr(exc, "problem_mark", None) or value_node.start_mark
            problem = getattr(exc, "problem", None) or str(exc)
            return ReadProblem(path, mark.line + 1, f"invalid YAML value: {' '.join(str(problem).split())}")
        if not isinstance(key, str):
            return ReadProblem(path, line, f"a field name must be text, got {key!r}")
        if key in record:
            return ReadProblem(path, line, f"duplicate field '{key}' (first on line {lines[key]})")
        record[key] = value
        lines[key] = line
    return record, lines


def parse(text: str) -> tuple[Any, Any]:
    """(loader, root node); raises yaml.YAMLError with a mark."""
    loader = _Loader(text)
    return loader, loader.get_single_node()


def read(path: str, text: str, options: ReadOptions) -> ReadResult:
    """A YAML list of post mappings."""
    try:
        loader, root = parse(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        return ReadResult(problems=(ReadProblem(path, line, f"invalid YAML: {problem}"),))
    try:
        if root is None:
            return ReadResult(problems=(ReadProblem(path, 1, "empty file: expected a list of posts"),))
        if isinstance(root, yaml.MappingNode):
            items = [v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == "posts"]
            if not items:
                return ReadResult(problems=(ReadProblem(path, root.start_mark.line + 1,
                                                        "expected a list of posts (or a 'posts:' list)"),))
            root = items[0]
        if not isinstance(root, yaml.SequenceNode):
            return ReadResult(problems=(ReadProblem(path, root.start_mark.line + 1, "expected a list of posts"),))
        posts: list[ScheduledPost] = []
        problems: list[ReadProblem] = []
        for item in root.value:
            line = item.start_mark.line + 1
            if not isinstance(item, yaml.MappingNode):
                problems.append(ReadProblem(path, line, "a post must be a mapping of fields (text: ..., ...)"))
                continue
            try:
                found = mapping_record(loader, item, path)
            except yaml.YAMLError as exc:
                problems.append(ReadProblem(path, line, f"invalid YAML value: {exc}"))
                continue
            if isinstance(found, ReadProblem):
                problems.append(found)
                continue
            record, lines = found
            result = build(path, line, record, options, key_lines=lines,
                           text_line=lines.get("text", line))
            (problems if isinstance(result, ReadProblem) else posts).append(result)  # type: ignore[arg-type]
        return ReadResult(tuple(posts), tuple(problems))
    finally:
        loader.dispose()
