"""The README's HTTP-service ``curl`` commands, run verbatim (only the port changes)
against ``riskcheck serve`` on a loopback port: the README is what users paste."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from live_server import free_port
from live_server import running_server

README = Path(__file__).resolve().parents[2] / "README.md"

pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


def readme_service_block() -> tuple[str, list[str]]:
    """The RISKCHECK_API_KEYS value and the curl commands of README's 'HTTP service' block."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## HTTP service", 1)[1]
    block = section.split("```bash", 1)[1].split("```", 1)[0]
    keys = re.search(r'export RISKCHECK_API_KEYS="([^"]+)"', block)
    assert keys is not None, "README's HTTP service block no longer exports RISKCHECK_API_KEYS"
    commands = [c.strip() for c in re.split(r"\n(?=curl )", block.replace("\\\n", " ")) if c.strip().startswith("curl")]
    return keys.group(1), commands


@pytest.fixture()
def readme_server(tmp_path: Path) -> Iterator[int]:
    keys, _ = readme_service_block()
    port = free_port()
    env = {**os.environ, "RISKCHECK_API_KEYS": keys}
    env.pop("RISKCHECK_DB", None)
    try:
        with running_server(tmp_path, port, env, ["--rules-only", "--db", str(tmp_path / "state.db")]):
            yield port
    finally:
        secrets = [item.rpartition(":")[0].rpartition("=")[2] for item in keys.split(",")]
        logged = (tmp_path / "server.log").read_text()
        assert [s for s in secrets if s in logged] == []  # keys never logged


def test_readme_curl_commands_work_verbatim(readme_server):
    _, commands = readme_service_block()
    assert len(commands) == 2
    outputs = []
    for command in commands:
        command = command.replace("127.0.0.1:8080", f"127.0.0.1:{readme_server}")
        done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        outputs.append(json.loads(done.stdout))
    check, crisis = outputs
    assert (check["id"], check["decision"], check["findings"][0]["rule_id"]) == (
        "p1", "block", "insensitive/school-firearms")
    assert (crisis["active"], crisis["reason"]) == (True, "Storm Bram")
