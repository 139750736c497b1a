"""The library and the service stay mypy-strict clean (pyproject's [tool.mypy])."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_strict_on_library_and_service() -> None:
    pytest.importorskip("mypy", reason="mypy not installed (pip install -e '.[test]')")
    result = subprocess.run([sys.executable, "-m", "mypy", "riskcheck", "api"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:]
