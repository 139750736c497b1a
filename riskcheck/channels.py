"""Channel names as rules compare them: lower-case, trimmed, common aliases resolved.

Schedulers and editors say "Twitter", "IG" or "x.com" for the same place; a rule scoped to
``x`` (``applies_to``, ``max_chars: {x: 280}``) must not be escaped by the spelling. The
checker, the API and the hook all go through ``canonical``.
"""

from __future__ import annotations

__all__ = ["ALIASES", "canonical"]

ALIASES: dict[str, str] = {
    "twitter": "x", "x.com": "x", "fb": "facebook", "ig": "instagram", "li": "linkedin",
    "yt": "youtube", "gbp": "google-business", "google business profile": "google-business",
}


def canonical(name: str) -> str:
    """Lower-case, trimmed, alias resolved: ``Twitter`` -> ``x``."""
    cleaned = " ".join(name.strip().casefold().split())
    return ALIASES.get(cleaned, cleaned)
