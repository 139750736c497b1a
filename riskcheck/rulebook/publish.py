"""Publishing a rules folder to the store, and loading a published set back from it.

A publish is: snapshot the folder's files, load (= validate) the set, check the snapshot did
not change underneath, then record version + files as a new store generation. A folder that
does not load raises ``RuleFileError`` before anything is written: a broken set is never
published. Loading a generation writes its files into a private folder named after the
version and loads that, and the version the loader computes from those files must equal the
published one (it is a content hash), so every worker and replica runs the same rules.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from riskcheck.errors import RuleFileError
from riskcheck.errors import RuleProblem
from riskcheck.store.rulesets import RulesetGeneration
from riskcheck.store.rulesets import RulesetHistory

#: A rules folder larger than this is refused for publishing (it is copied into every replica).
MAX_BUNDLE_BYTES = 32 * 1024 * 1024
_SKIP_DIRS = {"__pycache__"}
# A SQLite store kept in the rules folder is state, not rules (and it changes under a load).
_SKIP_SUFFIXES = (".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3", ".pyc")

Loader = Callable[[Path], Any]


@dataclass(frozen=True, slots=True)
class Published:
    """A loaded rule set and the generation that now holds it."""

    ruleset: Any
    generation: RulesetGeneration
    changed: bool  # False when the set was already the newest generation


def version_of(ruleset: Any) -> str:
    return str(getattr(ruleset, "version", "unknown"))


def snapshot(rules_dir: Path) -> dict[str, str]:
    """Every regular text file under ``rules_dir`` (relative POSIX path -> text).

    Hidden entries, ``__pycache__`` and symbolic links are left out (a link could point out
    of the folder); files that are not UTF-8 are left out too (the loader refuses such a
    pack anyway, and a README image is no rule). A single pack file is its own snapshot.
    """
    root = Path(rules_dir)
    if root.is_file():
        return {root.name: root.read_text(encoding="utf-8")}
    files: dict[str, str] = {}
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in _SKIP_DIRS
                             and not os.path.islink(os.path.join(dirpath, d)))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or name.endswith(_SKIP_SUFFIXES) or path.is_symlink() or not path.is_file():
                continue
            raw = path.read_bytes()
            total += len(raw)
            if total > MAX_BUNDLE_BYTES:
                raise RuleFileError([RuleProblem(str(root), 1, 1, None,
                                                 f"the rules folder is over {MAX_BUNDLE_BYTES // 2**20} MiB; "
                                                 "it cannot be published to the store")])
            try:
                files[path.relative_to(root).as_posix()] = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
    return files


def load_folder(rules_dir: Path, loader: Loader) -> tuple[Any, dict[str, str]]:
    """Load ``rules_dir`` and the snapshot of exactly the files that were loaded.

    The snapshot is taken before and after loading; an editor saving in between makes the
    two differ, and the load is repeated (at most three times) so version and files agree.
    """
    for _ in range(3):
        before = snapshot(rules_dir)
        ruleset = loader(rules_dir)
        if snapshot(rules_dir) == before:
            return ruleset, before
    raise RuleFileError([RuleProblem(str(rules_dir), 1, 1, None,
                                     "the rules folder kept changing while it was loaded; try again")])


def materialize(version: str, files: Mapping[str, str], root: Path | None = None) -> Path:
    """Write ``files`` into ``<root>/<version>/`` (root: a per-user temp folder) and return it.

    Written to a fresh folder and renamed into place, so a worker never loads half-written
    files; several workers materialising the same version at once is harmless.
    """
    base = root or Path(tempfile.gettempdir()) / f"riskcheck-rules-{os.getuid() if hasattr(os, 'getuid') else 'u'}"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = base / _safe_name(version)
    if target.is_dir() and snapshot(target) == dict(files):
        return target
    fresh = Path(tempfile.mkdtemp(prefix=".incoming-", dir=base))
    for rel, text in files.items():
        path = (fresh / rel).resolve()
        if not path.is_relative_to(fresh.resolve()):
            raise RuleFileError([RuleProblem(rel, 1, 1, None, "a published file lies outside its rules folder")])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    stale = base / f".stale-{os.getpid()}-{_safe_name(version)}"
    if target.exists():
        target.rename(stale)
    try:
        fresh.rename(target)
    except OSError:  # another worker put the same version there first
        shutil.rmtree(fresh, ignore_errors=True)
    shutil.rmtree(stale, ignore_errors=True)
    return target


def load_generation(generation: RulesetGeneration, loader: Loader, root: Path | None = None) -> tuple[Any, Path]:
    """The rule set of a published generation, loaded from its files (never from a local
    folder), and the folder they were written to."""
    if generation.files is None:
        raise ValueError("a generation without its files cannot be loaded")
    folder = materialize(generation.version, generation.files, root)
    ruleset = loader(folder)
    if version_of(ruleset) != generation.version:
        raise RuleFileError([RuleProblem(str(folder), 1, 1, None,
                                         f"published as version {generation.version} but loads as "
                                         f"{version_of(ruleset)}: the store's copy is not what was published")])
    return ruleset, folder


def publish_folder(store: RulesetHistory, rules_dir: Path, loader: Loader, *, by: str,
                   note: str = "published") -> Published:
    """Validate ``rules_dir`` and publish it (no new generation if it is already the newest)."""
    ruleset, files = load_folder(rules_dir, loader)
    version = version_of(ruleset)
    head = store.ruleset_head()
    generation = store.publish_ruleset(version, files, by, note)
    return Published(ruleset, generation, changed=head is None or head[0] != generation.generation)


def republish(store: RulesetHistory, version: str, loader: Loader, *, by: str, root: Path | None = None) -> Published:
    """Roll back (or forward) to an earlier published ``version``: load it from the store
    (it must still load with this code) and publish its files as the newest generation."""
    old = store.ruleset_generation(version=version)
    if old is None or old.files is None:
        raise KeyError(version)
    ruleset, _ = load_generation(old, loader, root)
    head = store.ruleset_head()
    generation = store.publish_ruleset(version, old.files, by, f"re-published from generation {old.generation}")
    return Published(ruleset, generation, changed=head is None or head[0] != generation.generation)


def _safe_name(version: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in version).lstrip(".")
    return cleaned or "unnamed"
