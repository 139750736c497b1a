"""The core library must stay light: no web framework, torch or model runtime at import."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("torch", "fastapi", "starlette", "uvicorn", "onnxruntime", "sklearn", "transformers")


@pytest.mark.parametrize("module", ["riskcheck", "riskcheck.checker", "riskcheck.cli"])
def test_import_pulls_in_nothing_heavy(module: str) -> None:
    code = f"import sys, {module}; print(' '.join(sorted(sys.modules)))"
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True).stdout.split())
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY) == []
