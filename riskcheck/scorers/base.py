"""The scorer protocol: how the ML checks (toxicity, topics) plug into the checker.

A scorer is loaded lazily (first use) or at service warm-up, never at import.
If it cannot run it says why through ``unavailable_reason()``; the checker then
records ``skipped: <why>`` and the policy turns the post into ``review``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable


@runtime_checkable
class Scorer(Protocol):
    """Batched scorer: one dict of attribute -> probability in 0..1 per input text."""

    name: str

    def unavailable_reason(self) -> str | None:
        """``None`` when ready (loading it if needed), else a human reason with a hint."""
        ...

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Score a batch of texts. Raises ``ScorerUnavailable`` if it cannot run."""
        ...
