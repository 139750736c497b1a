"""One JSON object (a stdin line of ``check``, an API batch item) -> a :class:`Post`."""

from __future__ import annotations

import json
from typing import Any

from riskcheck.postinput.errors import PostError
from riskcheck.postinput.languages import check_language
from riskcheck.postinput.times import parse_instant
from riskcheck.types import Post

POST_FIELDS = frozenset({"text", "id", "scheduled_at", "channel", "brand", "language", "author", "link_urls",
                         "alt_text", "media", "profile"})


def post_from_mapping(data: Any) -> Post:
    """Build a Post from one JSON object; unknown fields are errors (``sheduled_at`` is not ignored)."""
    if not isinstance(data, dict):
        raise PostError(f"expected a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - POST_FIELDS)
    if unknown:
        raise PostError(f"unknown field(s): {', '.join(unknown)} (known: {', '.join(sorted(POST_FIELDS))})",
                        unknown[0])
    text = data.get("text")
    if not isinstance(text, str):
        raise PostError("field 'text' is required and must be a string", "text")
    for name in ("id", "channel", "brand", "language", "author", "alt_text", "media", "scheduled_at", "profile"):
        value = data.get(name)
        allowed: tuple[type, ...] = (str, int) if name == "id" else (str,)
        if value is not None and (not isinstance(value, allowed) or isinstance(value, bool)):
            raise PostError(f"field '{name}' must be a string", name)
    links = data.get("link_urls") or []
    if not isinstance(links, list) or not all(isinstance(u, str) for u in links):
        raise PostError("field 'link_urls' must be a list of strings", "link_urls")
    at = data.get("scheduled_at")
    return Post(
        text=text,
        scheduled_at=parse_instant(at, what="scheduled_at") if at else None,
        channel=data.get("channel"),
        brand=data.get("brand"),
        language=check_language(data.get("language")),
        author=data.get("author"),
        link_urls=tuple(links),
        alt_text=data.get("alt_text"),
        media=data.get("media"),
        id=None if data.get("id") is None else str(data["id"]),
        profile=data.get("profile"),
    )


def read_jsonl_posts(lines: list[str], source: str = "stdin") -> tuple[list[Post], list[str]]:
    """Parse JSON Lines posts; return the posts and *all* errors as ``source:line: msg``.

    ``lines`` may be decoded with ``surrogateescape``, so an undecodable byte is reported on its
    own line instead of crashing the batch.
    """
    posts: list[Post] = []
    errors: list[str] = []
    for number, line in enumerate(lines, start=1):
        if number == 1:
            line = line.removeprefix("\ufeff")  # a BOM (Windows tools write one) is not part of the JSON
        if not line.strip():
            continue
        bad = next((i for i, c in enumerate(line) if "\udc80" <= c <= "\udcff"), None)
        if bad is not None:  # read with surrogateescape: the raw byte is kept as a surrogate
            errors.append(f"{source}:{number}: not UTF-8 text (byte 0x{ord(line[bad]) - 0xDC00:02X} at column {bad + 1})")
            continue
        try:
            posts.append(post_from_mapping(json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(f"{source}:{number}: invalid JSON: {exc.msg} (column {exc.colno})")
        except (PostError, ValueError, TypeError) as exc:
            errors.append(f"{source}:{number}: {exc}")
    return posts, errors
