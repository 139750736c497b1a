"""End to end: a throwaway git repo uses this repository's hook through pre-commit.

The repo's ``.pre-commit-config.yaml`` points at this checkout by local path and revision.
It uses the ``riskcheck-system`` hook (the riskcheck installed in this environment), because
the ``language: python`` hook makes pre-commit build a fresh virtualenv and pip-install
riskcheck with all its dependencies, which needs the package index; ``test_python_hook``
(marked slow, opt-in with RISKCHECK_TEST_PRECOMMIT_INSTALL=1) covers that path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BLOCKED = ("id,scheduled_at,channel,text\n"
           "p1,2026-11-27T09:00:00+01:00,instagram,Our new winter range is in stores now.\n"
           "p2,2026-11-27T14:00:00+01:00,x,Back to school savings on rifles and ammo this week!\n")
CLEAN = ("---\nid: winter\nscheduled_at: 2026-11-27T09:00:00+01:00\nchannel: linkedin\n---\n\n"
         "Our new winter range is in stores now: warm coats and thick socks.\n")

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _head() -> str | None:
    done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return None
    listed = subprocess.run(["git", "cat-file", "-e", f"{done.stdout.strip()}:.pre-commit-hooks.yaml"], cwd=REPO,
                            capture_output=True, check=False)
    return done.stdout.strip() if listed.returncode == 0 else None


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RISKCHECK_", "GIT_", "PRE_COMMIT"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["HOME"] = str(tmp_path)
    env.update({"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"})
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=600)


def _content_repo(tmp_path: Path, hook_id: str, rev: str) -> tuple[Path, dict[str, str]]:
    pytest.importorskip("pre_commit")
    repo = tmp_path / "content-repo"
    repo.mkdir()
    env = _env(tmp_path)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {REPO.as_posix()}\n  rev: {rev}\n  hooks:\n  - id: {hook_id}\n    args: [--rules-only]\n",
        encoding="utf-8")
    assert _run(["git", "init", "-q"], repo, env).returncode == 0
    installed = _run([sys.executable, "-m", "pre_commit", "install"], repo, env)
    assert installed.returncode == 0, installed.stderr
    assert _run(["git", "add", ".pre-commit-config.yaml"], repo, env).returncode == 0
    return repo, env


def _commit_blocked_then_clean(repo: Path, env: dict[str, str]) -> None:
    (repo / "content").mkdir()
    (repo / "content" / "november.csv").write_text(BLOCKED, encoding="utf-8")
    _run(["git", "add", "content/november.csv"], repo, env)
    refused = _run(["git", "commit", "-qm", "november queue"], repo, env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert ("content/november.csv:3:1: BLOCK insensitive/school-firearms Back-to-school or children's content "
            "beside firearms (Back to school + rifles).") in output
    assert "    | Back to school savings on rifles and ammo this week!" in output
    assert _run(["git", "log", "--oneline"], repo, env).stdout == ""  # nothing was committed

    _run(["git", "rm", "-q", "--cached", "content/november.csv"], repo, env)
    (repo / "content" / "november.csv").unlink()
    (repo / "content" / "winter.md").write_text(CLEAN, encoding="utf-8")
    _run(["git", "add", "content/winter.md"], repo, env)
    accepted = _run(["git", "commit", "-qm", "winter post"], repo, env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert _run(["git", "log", "--format=%s"], repo, env).stdout.splitlines() == ["winter post"]


def test_system_hook_refuses_a_blocked_post_and_commits_a_clean_one(tmp_path: Path) -> None:
    rev = _head()
    if rev is None:
        pytest.skip("this checkout has no commit with .pre-commit-hooks.yaml to point pre-commit at")
    repo, env = _content_repo(tmp_path, "riskcheck-system", rev)
    _commit_blocked_then_clean(repo, env)


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("RISKCHECK_TEST_PRECOMMIT_INSTALL") != "1",
                    reason="builds a virtualenv and pip-installs riskcheck; set RISKCHECK_TEST_PRECOMMIT_INSTALL=1")
def test_python_hook(tmp_path: Path) -> None:
    rev = _head()
    if rev is None:
        pytest.skip("this checkout has no commit with .pre-commit-hooks.yaml to point pre-commit at")
    repo, env = _content_repo(tmp_path, "riskcheck", rev)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    _commit_blocked_then_clean(repo, env)
