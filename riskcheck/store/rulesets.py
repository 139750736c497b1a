"""Rule-set generations: every published rule set, with its files, in the shared store.

Why in the store: a service runs as several worker processes and often several replicas; a
reload that only the answering worker sees leaves the others on the old rules. So a publish
(HTTP reload, ``riskcheck rules publish``, a watched folder) writes one *generation* row —
the version (content hash) and the full text of every rule file — and every worker polls the
newest generation number and loads it when it changes. A replica without the files (a
container) loads the set from here. Rolling back is publishing an older version's files as a
new generation, so the generation number only ever grows and "newest wins" stays true.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import timezone
from typing import Any

RULESET_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS riskcheck_rulesets (
      generation INTEGER PRIMARY KEY, version TEXT NOT NULL, files TEXT NOT NULL,
      published_at TEXT NOT NULL, by_whom TEXT NOT NULL, note TEXT NOT NULL)""",
)

_HEAD = "SELECT generation, version FROM riskcheck_rulesets ORDER BY generation DESC LIMIT 1"
_COLUMNS = "generation, version, published_at, by_whom, note"
# Inserted only when the newest generation holds another version: publishing the set that is
# already current (two workers watching one folder, a repeated reload) adds no generation.
_PUBLISH = (
    "INSERT INTO riskcheck_rulesets (generation, version, files, published_at, by_whom, note) "
    "SELECT COALESCE((SELECT MAX(generation) FROM riskcheck_rulesets), 0) + 1, ?, ?, ?, ?, ? "
    "WHERE COALESCE((SELECT version FROM riskcheck_rulesets ORDER BY generation DESC LIMIT 1), '') <> ?"
)


@dataclass(frozen=True, slots=True)
class RulesetGeneration:
    """One published rule set. ``files`` (relative path -> text) is None in listings."""

    generation: int
    version: str
    published_at: datetime
    by: str
    note: str
    files: Mapping[str, str] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"generation": self.generation, "version": self.version,
                "published_at": self.published_at.isoformat(), "by": self.by, "note": self.note}


class RulesetHistory:
    """The generation table, as part of ``Store`` (both backends share this SQL)."""

    # PostgreSQL serialises publishers with an advisory lock; SQLite's single INSERT is atomic.
    _publish_lock_sql: str | None = None

    def _execute(self, query: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:  # pragma: no cover
        raise NotImplementedError

    def _execute_locked(self, lock_sql: str | None, query: str, params: Sequence[Any]) -> None:  # pragma: no cover
        raise NotImplementedError

    def ruleset_head(self) -> tuple[int, str] | None:
        """(generation, version) of the newest published set, or None: the cheap poll."""
        rows = self._execute(_HEAD)
        return (int(rows[0][0]), str(rows[0][1])) if rows else None

    def publish_ruleset(self, version: str, files: Mapping[str, str], by: str, note: str) -> RulesetGeneration:
        """Record ``version`` with its files as the newest generation (unless it already is)
        and return the newest generation."""
        payload = json.dumps(dict(sorted(files.items())), ensure_ascii=False)
        now = datetime.now(timezone.utc).isoformat()
        self._execute_locked(self._publish_lock_sql, _PUBLISH, (version, payload, now, by, note, version))
        head = self.ruleset_generation()
        if head is None:  # pragma: no cover - the insert above or an earlier one made a row
            raise RuntimeError("no rule-set generation after publishing")
        return head

    def ruleset_generation(self, generation: int | None = None, *, version: str | None = None,
                           ) -> RulesetGeneration | None:
        """One generation with its files: by number, else the newest of ``version``, else the newest."""
        query = f"SELECT {_COLUMNS}, files FROM riskcheck_rulesets"
        params: tuple[Any, ...] = ()
        if generation is not None:
            query, params = query + " WHERE generation = ?", (generation,)
        elif version is not None:
            query, params = query + " WHERE version = ?", (version,)
        rows = self._execute(query + " ORDER BY generation DESC LIMIT 1", params)
        return _generation(rows[0], json.loads(rows[0][5])) if rows else None

    def ruleset_generations(self, limit: int = 50) -> list[RulesetGeneration]:
        """The newest ``limit`` generations, newest first, without their files."""
        rows = self._execute(f"SELECT {_COLUMNS} FROM riskcheck_rulesets ORDER BY generation DESC LIMIT ?",
                             (limit,))
        return [_generation(r, None) for r in rows]


def _generation(row: Sequence[Any], files: Mapping[str, str] | None) -> RulesetGeneration:
    return RulesetGeneration(int(row[0]), str(row[1]), datetime.fromisoformat(str(row[2])), str(row[3]),
                             str(row[4]), files)
