"""The rules directory as it was at a git revision, for ``recheck --since-rules REV``."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from riskcheck.errors import ConfigError


def _git(cwd: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise ConfigError("--since-rules needs git on PATH") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ConfigError(f"git {' '.join(args[:2])}: {message[-1] if message else 'failed'}")
    return done.stdout


def export_rules(rules_dir: Path, rev: str, into: Path) -> Path:
    """Write the rules directory as of ``rev`` under ``into``; return its path there.

    ConfigError when the directory is not in a git work tree or ``rev`` is unknown.
    """
    rules_dir = rules_dir.resolve()
    if not rules_dir.is_dir():
        raise ConfigError(f"rules directory not found: {rules_dir}")
    top = Path(_git(rules_dir, "rev-parse", "--show-toplevel").decode().strip())
    relative = rules_dir.relative_to(top.resolve()).as_posix() or "."
    _git(top, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    listing = _git(top, "ls-tree", "-r", "--name-only", rev, "--", relative)
    target = into / "rules-at-rev"
    target.mkdir(parents=True, exist_ok=True)
    if not listing.strip():
        return target  # the rules did not exist yet: an empty rule set
    archive = _git(top, "archive", "--format=tar", rev, "--", relative)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target / relative
