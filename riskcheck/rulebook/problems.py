"""Pydantic's validation errors rewritten for editors: the key, what is wrong, the fix.

Pydantic reports a location such as ``('terms', 'list[str]', 3)`` where ``'list[str]'``
names a branch of a union rather than a key. ``explain`` walks the location against the
data to separate real keys from branch tags, keeps only the branch that fits the value
the editor actually wrote, and phrases the message the way the editors' guide does
("severity must be one of block, review, info (got 'blocker')").
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from collections.abc import Sequence
from datetime import date
from typing import Any

from pydantic import ValidationError

Loc = tuple[str | int, ...]


def did_you_mean(word: str, options: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def show_path(path: Loc) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def _type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, dict):
        return "map"
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (int, float)):
        return "number"
    return "other"


def _tag_type(tag: str) -> str:
    if tag.startswith("list"):
        return "list"
    if tag.startswith("dict") or tag[:1].isupper():
        return "map"
    if "str" in tag:
        return "text"
    if "bool" in tag:
        return "bool"
    if "int" in tag or "float" in tag:
        return "number"
    return "other"


_NAMES = {"list": "a list", "map": "a map (key: value)", "text": "text", "number": "a number",
          "bool": "true or false", "other": "something else"}


def _is_tag(part: str) -> bool:
    """Union branch names ('list[str]', 'ExampleSpec', 'constrained-int'), never key names."""
    return "[" in part or "-" in part or part[:1].isupper() or part in ("str", "int", "float", "bool")


def _walk(data: Any, loc: Sequence[Any]) -> tuple[Loc, list[tuple[Loc, str]], bool, Any]:
    """Split ``loc`` into the real path and the union tags met on the way."""
    path: list[str | int] = []
    tags: list[tuple[Loc, str]] = []
    current = data
    is_key = False
    for part in loc:
        if part == "[key]":
            is_key = True
            continue
        if isinstance(current, dict) and part in current:
            path.append(part)
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            path.append(part)
            current = current[part]
        elif isinstance(part, str) and _is_tag(part):
            tags.append((tuple(path), part))
        else:  # a key that is absent (missing) or an unknown key
            path.append(part)
            current = None
    return tuple(path), tags, is_key, current


def explain(
    exc: ValidationError,
    data: Any,
    unknown_key: Callable[[Loc], str],
) -> list[tuple[Loc, bool, str]]:
    """Problems as (path, at_key, message); ``unknown_key(path)`` phrases extra keys."""
    errors = exc.errors(include_url=False)
    walked = [(_walk(data, e["loc"]), e) for e in errors]
    # For each union branch point keep the branches that fit the value written there.
    branches: dict[Loc, set[str]] = {}
    for (_, tags, _, _), _e in walked:
        for where, tag in tags[:1]:
            branches.setdefault(where, set()).add(tag)
    chosen: dict[Loc, set[str] | None] = {}
    for where, tag_names in branches.items():
        value = _value_at(data, where)
        fitting = {t for t in tag_names if _tag_type(t) == _type_of(value)}
        chosen[where] = fitting or None
    out: list[tuple[Loc, bool, str]] = []
    reported_unions: set[Loc] = set()
    for (path, tags, is_key, value), error in walked:
        if tags:
            where, tag = tags[0]
            keep = chosen[where]
            if keep is None:
                if where not in reported_unions:
                    reported_unions.add(where)
                    names = sorted({_NAMES[_tag_type(t)] for t in branches[where]})
                    written = _value_at(data, where)
                    out.append((where, False, f"{show_path(where) or 'value'} must be {' or '.join(names)} "
                                              f"(got {_short(written)})"))
                continue
            if tag not in keep:
                continue
        out.append(_message(path, is_key, value, error, unknown_key))
    return _dedupe(_drop_missing_explained_by_typo(out, walked))


def _drop_missing_explained_by_typo(
    items: list[tuple[Loc, bool, str]], walked: list[tuple[tuple[Loc, Any, bool, Any], Any]]
) -> list[tuple[Loc, bool, str]]:
    """'serverity' unknown + 'severity' missing is one mistake: keep only the typo."""
    unknown = {(path[:-1], str(path[-1])) for (path, _, _, _), e in walked if e["type"] == "extra_forbidden" and path}
    out = []
    for path, at_key, message in items:
        if message.startswith("missing required key '"):
            key = message.split("'")[1]
            if any(parent == path and difflib.get_close_matches(key, [name], n=1, cutoff=0.6)
                   for parent, name in unknown):
                continue
        out.append((path, at_key, message))
    return out


def _dedupe(items: list[tuple[Loc, bool, str]]) -> list[tuple[Loc, bool, str]]:
    seen: set[tuple[Loc, str]] = set()
    out = []
    for path, at_key, message in items:
        if (path, message) not in seen:
            seen.add((path, message))
            out.append((path, at_key, message))
    return out


def _value_at(data: Any, path: Loc) -> Any:
    current = data
    for part in path:
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            return None
    return current


def _short(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "a map" if isinstance(value, dict) else "a list"
    if isinstance(value, date):
        return value.isoformat()
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _message(path: Loc, is_key: bool, value: Any, error: Any, unknown_key: Callable[[Loc], str]) -> tuple[Loc, bool, str]:
    kind = error["type"]
    name = show_path(path) or "value"
    ctx = error.get("ctx") or {}
    written = error.get("input", value)
    if kind == "extra_forbidden":
        return path, True, unknown_key(path)
    if kind == "missing":
        return path[:-1], False, f"missing required key '{path[-1]}'"
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        hint = did_you_mean(written, expected.split(", ")) if isinstance(written, str) else ""
        return path, is_key, f"{name} must be one of {expected} (got {_short(written)}){hint}"
    if kind == "string_type":
        hint = " (put it in quotes)" if isinstance(written, (bool, int, float, date)) else ""
        return path, is_key, f"{name} must be text, got {_short(written)}{hint}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return path, False, f"{name} must be a whole number (got {_short(written)})"
    if kind in ("float_type", "float_parsing"):
        return path, False, f"{name} must be a number (got {_short(written)})"
    if kind == "bool_type":
        return path, False, f"{name} must be true or false (got {_short(written)})"
    if kind == "list_type":
        return path, False, f"{name} must be a list (got {_short(written)})"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return path, False, f"{name} must be a map of keys to values (got {_short(written)})"
    if kind == "too_short":
        return path, False, f"{name} must not be empty" if ctx.get("min_length", 1) <= 1 else \
            f"{name} needs at least {ctx['min_length']} items"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        op = {"greater_than": ">", "greater_than_equal": ">=", "less_than": "<", "less_than_equal": "<="}[kind]
        limit = next(iter(ctx.values()), "")
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return path, False, f"{name} must be {op} {limit} (got {_short(written)})"
    if kind in ("value_error", "assertion_error"):
        message = str(error["msg"])
        for prefix in ("Value error, ", "Assertion failed, "):
            if message.startswith(prefix):
                message = message[len(prefix):]
        if not path or message.startswith(f"{path[-1]} "):
            return path, is_key, message
        if message.startswith("must "):
            return path, is_key, f"{name} {message}"
        return path, is_key, f"{name}: {message}"
    return path, is_key, f"{name}: {str(error['msg']).lower()}"
