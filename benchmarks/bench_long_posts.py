"""The per-post ML budget on the real default models (issue 9): a full check (rules + toxicity +
topics) of a 20,000-character post, the API's largest, of the shapes that used to cost 4-6 s
against a 2 s budget: emoji, combining marks, many sentences.

Run:  nice pytest benchmarks/bench_long_posts.py --benchmark-enable \
          --benchmark-columns=min,median,max,rounds --benchmark-sort=name
or    nice python benchmarks/bench_long_posts.py     # a table: best / worst of ROUNDS per shape

The checker scores at most ``ML_MAX_SENTENCES`` sentences / ``ML_MAX_CHARS`` characters of a
post and says ``partial`` in the verdict; what is timed here is everything a request pays for
(normalising the whole post, the rules over all of it, the bounded ML part). The benchmark
checks the verdict says which part was scored, never the time (a shared machine).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from hostile_shapes import SHAPES  # noqa: E402

from riskcheck.checker import Checker  # noqa: E402
from riskcheck.rulebook import load_ruleset  # noqa: E402
from riskcheck.types import Post  # noqa: E402

RULES = Path(__file__).resolve().parents[1] / "rules"
CHARS = 20_000
ROUNDS = 3
SENTENCE = "Our new store opens on Saturday and the first hundred visitors get a free coffee. "


def _many_sentences(n: int) -> str:
    return (SENTENCE * (n // len(SENTENCE) + 1))[:n]


POSTS: dict[str, Callable[[int], str]] = {
    "emoji flood": SHAPES["emoji flood"],
    "combining-mark flood": SHAPES["combining-mark flood"],
    "zalgo words": SHAPES["zalgo words"],
    "at signs": SHAPES["at signs"],
    "many sentences": _many_sentences,
}


@pytest.fixture(scope="module")
def full() -> Checker:
    checker = Checker(load_ruleset(RULES))
    checker.check(Post("Warm up the models and the lemmatisers, please."))
    return checker


def _distinct(name: str) -> Callable[[], tuple[tuple[Post], dict[str, object]]]:
    """Each round a post never seen before, in every sentence (the encoder remembers sentences)."""
    rounds = iter(range(1_000_000))

    def setup() -> tuple[tuple[Post], dict[str, object]]:
        return (Post(never_seen(POSTS[name](CHARS), next(rounds))),), {}

    return setup


def never_seen(text: str, round_: int, every: int = 150) -> str:
    """``text`` with a marker word ("r3k17") every ``every`` characters, cut to ``CHARS``: every
    sentence the splitter cuts (at most 40 words) differs from any earlier round's."""
    blocks = [text[i:i + every] for i in range(0, len(text), every)]
    return "".join(f" r{round_}k{n} {block}" for n, block in enumerate(blocks))[:CHARS]


@pytest.mark.parametrize("name", sorted(POSTS))
def test_full_check_of_a_20k_post(benchmark, full: Checker, name: str) -> None:  # type: ignore[no-untyped-def]
    verdict = benchmark.pedantic(full.check, setup=_distinct(name), rounds=ROUNDS, iterations=1)
    ml = {check: status.to_str() for check, status in verdict.checks.items() if check in ("toxicity", "topics")}
    benchmark.extra_info.update({"chars": CHARS, "checks": ml})
    assert ml, "the ML checks did not run"


def main() -> None:
    checker = Checker(load_ruleset(RULES))
    checker.check(Post("Warm up the models and the lemmatisers, please."))
    print(f"{'post (20,000 chars)':24s} {'best s':>7s} {'worst s':>8s}  checks")
    for name, make in POSTS.items():
        times = []
        verdict = None
        for i in range(ROUNDS):
            post = Post(never_seen(make(CHARS), i))  # never seen before: no remembered sentence
            start = time.perf_counter()
            verdict = checker.check(post)
            times.append(time.perf_counter() - start)
        assert verdict is not None
        states = "; ".join(f"{k}: {v.to_str()}" for k, v in verdict.checks.items() if k in ("toxicity", "topics"))
        print(f"{name:24s} {min(times):7.2f} {max(times):8.2f}  {states[:150]}", flush=True)


if __name__ == "__main__":
    main()
