"""Language codes and locale tags as callers write them."""

from __future__ import annotations

import re

from riskcheck.postinput.errors import PostError

# ISO 639-1/-3, optionally with a region or script ("en", "en-US", "nl_BE", "zh-Hant-TW").
# The API's request schema uses the same pattern, so the wire contract and the parser agree.
LANGUAGE_TAG_PATTERN = r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$"
_LANGUAGE_TAG = re.compile(LANGUAGE_TAG_PATTERN)


def check_language(value: str | None, *, what: str = "language") -> str | None:
    """``value`` if it is a language code or locale tag; "english" would silently skip rules."""
    if value is None or _LANGUAGE_TAG.fullmatch(value.strip()):
        return value
    raise PostError(f"{what}: '{value}' is not a language code: use ISO 639-1 such as en or nl", "language")
