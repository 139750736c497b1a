"""Doubling benchmark over the hostile-shape corpus (issue 9): twice the input, about twice the time.

Run:  nice pytest benchmarks/bench_hostile.py --benchmark-enable \
          --benchmark-columns=min,median,max,rounds --benchmark-sort=name

For every shape in ``tests/hostile_shapes.py`` it times normalisation and the rules-only check
at N and 2N characters (best of ``REPEATS``, so a busy machine inflates both sides alike) and
checks the ratio: linear work doubles (2.0), quadratic work quadruples. ``MAX_RATIO`` sits
between the two. The ratio and both times go into ``extra_info`` (``--benchmark-json``); the
pytest-benchmark table shows the 2N timing. Before the fix, 12,000 trailing spaces alone cost
64 s in ``tokenize``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile_shapes import SHAPES  # noqa: E402

from riskcheck.checker import Checker  # noqa: E402
from riskcheck.rulebook import load_ruleset  # noqa: E402
from riskcheck.normalize.pipeline import normalize  # noqa: E402
from riskcheck.types import Post  # noqa: E402

RULES = Path(__file__).resolve().parents[1] / "rules"
AT = datetime.fromisoformat("2026-11-24T10:00:00+01:00")
N = 10_000  # the API's max_text_chars is 20,000 = 2N
REPEATS = 7
MAX_RATIO = 3.0
# Below this the 2N run is too short to time on a shared machine (scheduler noise alone moves
# a 2 ms run by x3) and too cheap to matter; a quadratic shape is far above it at 2N.
NOISE_FLOOR_S = 0.02


def _best(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.fixture(scope="module")
def rules_only() -> Checker:
    checker = Checker(load_ruleset(RULES), scorers={})
    checker.check(Post("warm up the lemmatisers and detector", scheduled_at=AT))
    return checker


def _doubling(benchmark, run: Callable[[str], object], name: str) -> None:  # type: ignore[no-untyped-def]
    small, large = SHAPES[name](N), SHAPES[name](2 * N)
    run(small)  # warm caches (folds, lemmas) for both sizes alike
    t_small = _best(lambda: run(small))
    t_large = _best(lambda: run(large))
    ratio = t_large / t_small if t_small > 0 else 1.0
    benchmark.extra_info.update({"n": N, "t_n_s": t_small, "t_2n_s": t_large, "ratio": ratio})
    benchmark.pedantic(run, args=(large,), rounds=REPEATS, iterations=1)
    assert ratio <= MAX_RATIO or t_large < NOISE_FLOOR_S, f"{name}: {t_small:.4f}s at {N} chars, {t_large:.4f}s at {2 * N} (x{ratio:.2f})"


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_normalize_doubling(benchmark, name: str) -> None:  # type: ignore[no-untyped-def]
    _doubling(benchmark, normalize, name)


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_rules_only_check_doubling(benchmark, rules_only: Checker, name: str) -> None:  # type: ignore[no-untyped-def]
    _doubling(benchmark, lambda text: rules_only.check(Post(text, scheduled_at=AT)), name)
