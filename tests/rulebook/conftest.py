from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary working directory, so problems read ``rules/<file>:line:col``."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
