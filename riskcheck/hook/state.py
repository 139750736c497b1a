"""The re-check state: the last decision for every scheduled post, in a small JSON file.

Keyed by file, post id (or line) and a hash of the text (``ScheduledPost.key``), so an edited
post counts as new rather than as a post the rules re-decided. Written atomically.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timezone
from pathlib import Path
from typing import Any

from riskcheck.hook.model import Outcome

STATE_FILE = ".riskcheck-state.json"
STATE_VERSION = 1


class StateError(ValueError):
    """The state file exists but cannot be used; the message says how to start afresh."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What the last run decided for one post."""

    decision: str
    rules: tuple[str, ...]
    ruleset_version: str

    def to_dict(self) -> dict[str, Any]:
        return {"decision": self.decision, "rules": list(self.rules), "ruleset_version": self.ruleset_version}


def entry_of(outcome: Outcome) -> Entry | None:
    verdict = outcome.verdict
    if verdict is None:
        return None
    rules = tuple(sorted({f.rule_id for f in verdict.findings if not f.waived}))
    return Entry(verdict.decision.value, rules, verdict.ruleset_version)


def load_state(path: str | Path) -> dict[str, Entry]:
    """Post key -> last entry; an absent file is an empty state."""
    file = Path(path)
    if not file.exists():
        return {}
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        if data.get("version") != STATE_VERSION:
            raise StateError(f"{file}: state version {data.get('version')!r}, expected {STATE_VERSION}; "
                             "delete the file to start afresh")
        return {key: Entry(e["decision"], tuple(e.get("rules", ())), e.get("ruleset_version", ""))
                for key, e in data["posts"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        if isinstance(exc, StateError):
            raise
        raise StateError(f"{file}: not a riskcheck state file ({exc}); delete it to start afresh") from None


def save_state(path: str | Path, outcomes: Sequence[Outcome]) -> None:
    """Record every checked post's decision (posts not in this run are dropped: they are gone)."""
    posts = {o.item.key: e.to_dict() for o in outcomes if (e := entry_of(o)) is not None}
    document = {"version": STATE_VERSION, "checked_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "posts": posts}
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".riskcheck-state.", dir=str(target.parent))
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(document, stream, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(temp, target)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


@dataclass(frozen=True, slots=True)
class Change:
    """A post whose decision differs from the baseline, and the rules it newly or no longer hits."""

    outcome: Outcome
    before: Entry
    after: Entry

    @property
    def added_rules(self) -> tuple[str, ...]:
        return tuple(r for r in self.after.rules if r not in self.before.rules)

    @property
    def removed_rules(self) -> tuple[str, ...]:
        return tuple(r for r in self.before.rules if r not in self.after.rules)


@dataclass(frozen=True, slots=True)
class Comparison:
    changed: tuple[Change, ...]
    new: int
    gone: int
    unchanged: int


def compare(baseline: dict[str, Entry], outcomes: Sequence[Outcome]) -> Comparison:
    """Which posts changed decision against the baseline; new and gone posts are only counted."""
    changed: list[Change] = []
    new = unchanged = 0
    seen: set[str] = set()
    for outcome in outcomes:
        after = entry_of(outcome)
        if after is None:
            continue
        key = outcome.item.key
        seen.add(key)
        before = baseline.get(key)
        if before is None:
            new += 1
        elif before.decision != after.decision:
            changed.append(Change(outcome, before, after))
        else:
            unchanged += 1
    gone = sum(1 for key in baseline if key not in seen)
    return Comparison(tuple(changed), new, gone, unchanged)
