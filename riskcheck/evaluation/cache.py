"""A disk cache of sentence embeddings for training and evaluation runs.

Embedding the ~100k public texts takes minutes on two cores; the training scripts
and the evaluation reuse the vectors instead. The cache is keyed by the exact
string embedded and by the encoder's arithmetic (``float32``, or int8 with its weight levels:
vectors of different precisions must never mix in one training run), lives outside the
repository (``RISKCHECK_CACHE_DIR``, default ``~/.cache/riskcheck``) and is never used by the
checker at run time. Chunk files get unique names, so several processes may fill one cache.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np


def encoder_identity() -> str:
    """``float32`` or ``int8w<levels>``: which arithmetic produced a cached vector."""
    from riskcheck.scorers import int8_encoder

    if int8_encoder.requested_precision() == "float32":
        return "float32"
    return f"int8w{int8_encoder.WEIGHT_LEVELS}"


def cache_dir() -> Path:
    root = Path(os.environ.get("RISKCHECK_CACHE_DIR", Path.home() / ".cache" / "riskcheck"))
    return root / "embeddings" / encoder_identity()


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Loads every chunk once; ``get`` embeds only the misses and appends a new chunk."""

    def __init__(self, encode: Callable[[Sequence[str]], np.ndarray], directory: Path | None = None) -> None:
        self._encode = encode
        self._dir = directory or cache_dir()
        self._index: dict[str, np.ndarray] = {}
        if self._dir.is_dir():
            for chunk in sorted(self._dir.glob("chunk-*.npz")):
                data = np.load(chunk)
                for key, row in zip(data["keys"], data["vectors"]):
                    self._index[str(key)] = row

    def get(self, texts: Sequence[str], *, batch: int = 2048) -> np.ndarray:
        keys = [_key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts) if k not in self._index}.items())
        for start in range(0, len(missing), batch):
            part = missing[start:start + batch]
            vectors = self._encode([t for _, t in part]).astype(np.float32)
            self._dir.mkdir(parents=True, exist_ok=True)
            name = self._dir / f"chunk-{time.time_ns():020d}-{os.getpid()}.npz"
            np.savez(name, keys=np.array([k for k, _ in part]), vectors=vectors)
            for (k, _), row in zip(part, vectors):
                self._index[k] = row
        if not keys:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._index[k] for k in keys])
