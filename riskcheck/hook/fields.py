"""One record (a CSV row, a JSON object, a YAML mapping, front matter) -> a Post.

Every reader goes through here so the formats agree on field names and on what is an error.
Unknown keys are errors (a misspelt ``sheduled_at`` would otherwise check the post at the
wrong time) except a few metadata keys schedulers and static sites add, and ``x-`` keys.
"""

from __future__ import annotations

from collections.abc import Mapping

from riskcheck.hook.channels import check_channel
from riskcheck.hook.model import ReadOptions
from riskcheck.postinput import PostError
from riskcheck.postinput import check_language
from riskcheck.postinput import parse_scheduled
from riskcheck.types import Post

FIELDS: tuple[str, ...] = (
    "text", "scheduled_at", "channel", "brand", "language", "id", "author", "link", "link_urls",
    "alt_text",
)
METADATA_KEYS: frozenset[str] = frozenset({
    "title", "tags", "notes", "status", "media", "image", "images", "campaign", "draft",
})


class FieldError(ValueError):
    """A record is wrong; ``key`` names the field (so a reader can point at its line)."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


def rename(record: Mapping[str, object], options: ReadOptions) -> dict[str, object]:
    """Apply ``--columns`` (field=name in the file) so the rest only sees field names."""
    by_name = {name: fieldname for fieldname, name in options.columns.items()}
    out: dict[str, object] = {}
    for key, value in record.items():
        out[by_name.get(str(key), str(key))] = value
    return out


def _utf8(name: str, value: str) -> str:
    """Refuse a lone surrogate (a JSON "\\ud800" escape): it is no character, and the state
    file, the reports and the service all need UTF-8."""
    bad = next((i for i, c in enumerate(value) if "\ud800" <= c <= "\udfff"), None)
    if bad is not None:
        raise FieldError(f"field '{name}' holds a lone surrogate \\u{ord(value[bad]):04x} at character "
                         f"{bad + 1}, which is not text", name)
    return value


def _string(record: Mapping[str, object], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise FieldError(f"field '{name}' must be a string, got {type(value).__name__}", name)
    text = _utf8(name, str(value)).strip()
    return text or None


def _language(value: str | None) -> str | None:
    """A language code or locale tag; "english" would silently skip rules limited to [en]."""
    try:
        return check_language(value)
    except PostError as exc:
        raise FieldError(str(exc).replace("language: ", "field 'language': ", 1), "language") from None


def post_from_record(record: Mapping[str, object], options: ReadOptions, *,
                     file_key: dict[str, str] | None = None) -> Post:
    """Build the Post; raises FieldError naming the field and the fix.

    ``file_key`` maps a field back to the key as written, for messages.
    """
    names = file_key or {}
    unknown = sorted(k for k in record if k not in FIELDS and k not in METADATA_KEYS
                     and not k.lower().startswith("x-"))
    if unknown:
        raise FieldError(
            f"unknown field '{names.get(unknown[0], unknown[0])}' (known: {', '.join(FIELDS)}; "
            "map other names with --columns field=name, or prefix them with x-)",
            unknown[0],
        )
    text = record.get("text")
    if text is None:
        raise FieldError("missing field 'text'", "text")
    if not isinstance(text, str):
        raise FieldError(f"field 'text' must be a string, got {type(text).__name__}", "text")
    if not text.strip():
        raise FieldError("field 'text' is empty", "text")
    text = _utf8("text", text).rstrip()  # a trailing newline (YAML '|', a cell) is not part of the post

    scheduled = None
    if record.get("scheduled_at") not in (None, ""):
        try:
            scheduled = parse_scheduled(record["scheduled_at"], tz=options.timezone, order=options.date_order)
        except PostError as exc:
            raise FieldError(str(exc), "scheduled_at") from None

    channel = _string(record, "channel") or options.channel
    if channel is not None:
        try:
            channel = check_channel(channel, options.channels)
        except ValueError as exc:
            raise FieldError(str(exc), "channel") from None

    links: list[str] = []
    single = _string(record, "link")
    if single:
        links.append(single)
    many = record.get("link_urls")
    if many is not None:
        if isinstance(many, str):
            many = [many]
        if not isinstance(many, list) or not all(isinstance(u, str) for u in many):
            raise FieldError("field 'link_urls' must be a list of strings", "link_urls")
        links.extend(_utf8("link_urls", u).strip() for u in many if u.strip())

    return Post(
        text=text,
        scheduled_at=scheduled,
        channel=channel,
        brand=_string(record, "brand") or options.brand,
        language=_language(_string(record, "language")),
        author=_string(record, "author"),
        link_urls=tuple(links),
        alt_text=_string(record, "alt_text"),
        id=_string(record, "id"),
        profile=options.profile,
    )
