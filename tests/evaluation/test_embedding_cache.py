"""The evaluation/training embedding cache: keyed by text and by the encoder's arithmetic."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from riskcheck.evaluation import cache


def test_vectors_of_different_encoder_precisions_live_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RISKCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("RISKCHECK_ENCODER", raising=False)
    int8_dir = cache.cache_dir()
    monkeypatch.setenv("RISKCHECK_ENCODER", "float32")
    assert cache.cache_dir() != int8_dir
    assert cache.cache_dir().name == "float32" and int8_dir.name.startswith("int8w")


def test_two_caches_on_one_folder_never_overwrite_each_other(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def encode(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.array([[float(len(t))] * 4 for t in texts], dtype=np.float32)

    first, second = cache.EmbeddingCache(encode, tmp_path), cache.EmbeddingCache(encode, tmp_path)
    first.get(["a", "bb"])
    second.get(["ccc"])   # the second process did not see the first's chunk: both must survive
    assert len(list(tmp_path.glob("chunk-*.npz"))) == 2
    third = cache.EmbeddingCache(encode, tmp_path)
    assert third.get(["a", "bb", "ccc"])[:, 0].tolist() == [1.0, 2.0, 3.0]
    assert len(calls) == 2   # the third read everything from disk
