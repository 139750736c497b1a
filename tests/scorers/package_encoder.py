"""The encoder package's own forward pass, for tests that compare riskcheck's faster paths with it."""

from __future__ import annotations

from typing import Any

from riskcheck.scorers.embedding import Embedder

TEXTS = [
    "Ride out #StormBram with our cosy blankets, 30% off!",
    "Wij zijn er vandaag tot 22:00 voor je, bestel vóór 20:00 🚚🚚",
    "x",
    "🎉",
    "the the the the the the the the the the the the",
    " ".join(f"word{i}" for i in range(400)),  # longer than one micro-batch of tokens
    "Happy 60 years to @pizzahut! 🍕🎉 https://t.co/lkmcXFy2D0",
]


def package_model() -> tuple[Any, Any]:
    """A loaded encoder whose backend runs the package's own forward pass, and that backend."""
    embedder = Embedder(threads=1)
    assert embedder.unavailable_reason() is None
    model = embedder._model
    backend = model._model
    backend.__dict__.pop("_encode_batch", None)  # drop the instance override: the class method is the package's
    return model, backend
