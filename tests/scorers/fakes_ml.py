"""Fakes for the ML scorers' tests: a deterministic embedder, no model files."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


class FakeEmbedder:
    """Maps each text to a fixed unit vector: texts sharing their first word are close."""

    def __init__(self, dim: int = 8, reason: str | None = None) -> None:
        self.dim = dim
        self.reason = reason
        self.calls: list[tuple[str, ...]] = []

    def unavailable_reason(self) -> str | None:
        return self.reason

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(tuple(texts))
        rows = []
        for text in texts:
            head = (text.split() or [""])[0].lower()
            seed = int.from_bytes(hashlib.sha1(head.encode()).digest()[:4], "big")
            base = np.random.default_rng(seed).normal(size=self.dim)
            noise = np.random.default_rng(len(text)).normal(size=self.dim) * 0.05
            rows.append(base + noise)
        out = np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


@dataclass(frozen=True)
class Topic:
    """Duck-types the rulebook's TopicRule."""

    rule_id: str
    description: str
    samples: tuple[str, ...]
    threshold: float = 0.5
