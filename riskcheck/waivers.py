"""Reviewer waivers, applied in one place: the checker, before the policy decides.

A waiver says "this finding does not apply to this post's exact text". It is bound to
the post id *and* the SHA-256 of the text, so any edit makes it lapse and the edited post
is checked afresh. The CLI, the hook and the service all build a ``Checker`` with a
``WaiverSource`` (the store), so a post is decided once, with its waivers, whichever door
it came in by.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from datetime import datetime
from typing import Any
from typing import Protocol

from riskcheck.types import Finding


def text_sha256(text: str) -> str:
    """The hash a waiver is bound to: any change to the text makes the waiver lapse.

    Lone surrogates (undecodable bytes on a command line) are hashed as their escape, so
    hashing never raises.
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Waiver:
    """A reviewer's decision that one finding does not apply to one post's exact text."""

    post_id: str
    text_sha256: str
    rule_id: str
    reason: str
    by: str
    at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "post_id": self.post_id,
            "text_sha256": self.text_sha256,
            "rule_id": self.rule_id,
            "reason": self.reason,
            "by": self.by,
            "at": self.at.isoformat(),
        }


class WaiverSource(Protocol):
    """Where waivers are read from on each check (the store implements it)."""

    def waivers_for(self, post_id: str, text_hash: str) -> list[Waiver]: ...


def waived_note(waiver: Waiver) -> str:
    """What a waived finding carries in its ``waived`` field."""
    return f"{waiver.reason} (waived by {waiver.by})"


def apply_waivers(findings: Sequence[Finding], waivers: Sequence[Waiver]) -> list[Finding]:
    """The findings with each waived one marked; the policy then leaves marked ones out."""
    by_rule = {w.rule_id: w for w in waivers}
    if not by_rule:
        return list(findings)
    return [replace(f, waived=waived_note(by_rule[f.rule_id]))
            if f.rule_id in by_rule and f.waived is None else f
            for f in findings]


def waivers_of(source: WaiverSource | None, post_id: str | None, text: str,
               findings: Sequence[Finding]) -> list[Waiver]:
    """The waivers that apply to one post (none without a post id, a source or findings)."""
    if source is None or post_id is None or not findings:
        return []
    return source.waivers_for(post_id, text_sha256(text))


def waiver_reasons(findings: Sequence[Finding]) -> tuple[str, ...]:
    """One reason line per waived finding, appended after the policy's reasons."""
    return tuple(f"waived {f.rule_id}: {f.waived}" for f in findings if f.waived is not None)


class MemoryWaivers:
    """Waivers held in memory: a snapshot for one CLI run (forked workers hold no database handle)."""

    def __init__(self, waivers: Sequence[Waiver] = ()) -> None:
        self._by_post: dict[tuple[str, str], list[Waiver]] = {}
        for waiver in waivers:
            self._by_post.setdefault((waiver.post_id, waiver.text_sha256), []).append(waiver)

    def waivers_for(self, post_id: str, text_hash: str) -> list[Waiver]:
        return list(self._by_post.get((post_id, text_hash), ()))
