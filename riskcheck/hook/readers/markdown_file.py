"""Markdown with YAML front matter: one post per file, the body is the text.

```
---
scheduled_at: 2026-11-21T09:00:00+01:00
channel: linkedin
---
The post text, as it will be published.
```
"""

from __future__ import annotations

import yaml

from riskcheck.hook.model import ReadOptions
from riskcheck.hook.model import ReadProblem
from riskcheck.hook.model import ReadResult
from riskcheck.hook.readers._records import build
from riskcheck.hook.readers.yaml_file import mapping_record
from riskcheck.hook.readers.yaml_file import parse

_FENCES = ("---", "...")


def read(path: str, text: str, options: ReadOptions) -> ReadResult:
    """The front matter's fields plus the body as ``text``."""
    lines = text.splitlines()
    if not lines or lines[0].rstrip() != "---":
        return ReadResult(problems=(ReadProblem(path, 1, "no YAML front matter: a post file starts with a "
                                                         "'---' line, its fields, and another '---' line"),))
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _FENCES), None)
    if close is None:
        return ReadResult(problems=(ReadProblem(path, 1, "front matter is not closed by a '---' line"),))
    front = "\n".join(lines[1:close])
    try:
        loader, root = parse(front)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        return ReadResult(problems=(ReadProblem(path, line, f"invalid YAML front matter: "
                                                            f"{getattr(exc, 'problem', None) or exc}"),))
    try:
        if root is None:
            record: dict[str, object] = {}
            key_lines: dict[str, int] = {}
        elif isinstance(root, yaml.MappingNode):
            found = mapping_record(loader, root, path)
            if isinstance(found, ReadProblem):
                return ReadResult(problems=(ReadProblem(path, found.line + 1, found.message),))
            record, key_lines = found
            key_lines = {k: v + 1 for k, v in key_lines.items()}
        else:
            return ReadResult(problems=(ReadProblem(path, 2, "front matter must be a mapping of fields"),))
    finally:
        loader.dispose()
    if "text" in record:
        return ReadResult(problems=(ReadProblem(path, key_lines["text"], "field 'text' is not allowed in "
                                                                         "front matter: the body is the text"),))
    body_start = close + 1
    while body_start < len(lines) and not lines[body_start].strip():
        body_start += 1
    body = "\n".join(lines[body_start:]).rstrip()
    if not body:
        return ReadResult(problems=(ReadProblem(path, close + 1, "the post has no text (nothing after the front matter)"),))
    record["text"] = body
    result = build(path, 1, record, options, key_lines=key_lines, text_line=body_start + 1)
    if isinstance(result, ReadProblem):
        return ReadResult(problems=(result,))
    return ReadResult(posts=(result,))
