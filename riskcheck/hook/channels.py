"""The channel names a content file may use, and their common aliases.

Rules scope by channel (``applies_to: {channels: [instagram]}``, ``max_chars: {x: 280}``), so a
misspelt channel would silently escape them: an unknown channel is an error, and the set is
configurable for teams that publish elsewhere.
"""

from __future__ import annotations

import os

from riskcheck.channels import ALIASES  # noqa: F401  (re-exported: aliases are part of the hook's contract)
from riskcheck.channels import canonical

KNOWN_CHANNELS: frozenset[str] = frozenset({
    "x", "facebook", "instagram", "linkedin", "tiktok", "youtube", "pinterest", "threads",
    "mastodon", "bluesky", "reddit", "snapchat", "whatsapp", "telegram", "google-business",
    "newsletter", "blog",
})

CHANNELS_ENV = "RISKCHECK_CHANNELS"


def channel_set(option: str | None) -> frozenset[str] | None:
    """The known set from ``--channels`` (else $RISKCHECK_CHANNELS, else the built-in set).

    ``a,b`` replaces the set, ``+a,+b`` extends it, ``*`` accepts any channel.
    """
    spec = option if option is not None else os.environ.get(CHANNELS_ENV)
    if not spec:
        return KNOWN_CHANNELS
    if spec.strip() == "*":
        return None
    names = [part.strip() for part in spec.split(",") if part.strip()]
    added = {canonical(n[1:]) for n in names if n.startswith("+")}
    replaced = {canonical(n) for n in names if not n.startswith("+")}
    return frozenset((replaced or KNOWN_CHANNELS) | added)


def check_channel(name: str, known: frozenset[str] | None) -> str:
    """The canonical name, or ValueError naming the known set and how to extend it."""
    value = canonical(name)
    if not value:
        raise ValueError("empty channel")
    if known is not None and value not in known:
        raise ValueError(
            f"unknown channel '{name}' (known: {', '.join(sorted(known))}; "
            f"add yours with --channels +{value} or ${CHANNELS_ENV})"
        )
    return value
