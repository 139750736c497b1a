"""End-to-end checker cost on the shipped packs: rules-only and the full default ML stack.

Run:  pytest benchmarks/bench_check.py --benchmark-enable --benchmark-columns=min,median,mean,max,rounds
(p99 is printed by ``test_report_percentiles`` with -s.)
"""

from __future__ import annotations

import itertools
import re
import statistics
import time
from datetime import datetime
from pathlib import Path

import pytest

from fresh_words import code_word

from riskcheck.checker import Checker
from riskcheck.rulebook import load_ruleset
from riskcheck.types import Post

RULES = Path(__file__).resolve().parents[1] / "rules"
AT = datetime.fromisoformat("2026-11-24T10:00:00+01:00")
POST = (
    "#TriviaTuesday is back! Did you know our summer sale starts today? Get 20% off all blankets and "
    "boots, free shipping on orders over €50. Tag @AcmeOutdoors and a friend to win a weekend away. "
    "Shop now at https://acme.example/sale?utm_source=x before Sunday. #sale #summer #ACME 🎉🎉🎉"
)[:280]


@pytest.fixture(scope="module")
def ruleset():  # type: ignore[no-untyped-def]
    return load_ruleset(RULES)


@pytest.fixture(scope="module")
def full_checker(ruleset):  # type: ignore[no-untyped-def]
    checker = Checker(ruleset)
    checker.warm_up()
    checker.check(Post(POST, scheduled_at=AT))
    return checker


def test_rules_only_single_post(benchmark, ruleset) -> None:  # type: ignore[no-untyped-def]
    checker = Checker(ruleset, scorers={})
    post = Post(POST, scheduled_at=AT)
    benchmark(checker.check, post)


def test_rules_only_post_with_parts(benchmark, ruleset) -> None:  # type: ignore[no-untyped-def]
    """Alt text and two links: each part is matched by the rules that apply to it only."""
    checker = Checker(ruleset, scorers={})
    post = Post(POST, scheduled_at=AT, alt_text="A family on a sofa under our blankets, laughing.",
                link_urls=("https://acme.example/sale?utm_source=x", "https://acme.example/boots"))
    benchmark(checker.check, post)


def test_full_single_post(benchmark, full_checker) -> None:  # type: ignore[no-untyped-def]
    posts = iter(_fresh_posts(100_000))
    verdict = benchmark(lambda: full_checker.check(next(posts)))
    assert all(status.ok for status in verdict.checks.values())


def test_full_batch_of_64(benchmark, full_checker) -> None:  # type: ignore[no-untyped-def]
    batches = iter([_fresh_posts(64 * 20)[i * 64:(i + 1) * 64] for i in range(20)])
    benchmark.pedantic(lambda: full_checker.check_many(next(batches), batch_size=64), rounds=10, iterations=1)


def _fresh_posts(count: int) -> list[Post]:
    """Distinct posts whose every sentence is new, so no cache (per post, per batch or per
    sentence: the encoder's sentence memory, the lexicon's word cache) can make repeats look cheap."""
    sentences = re.split(r"(?<=[.!?]) ", POST)
    first = next(_SERIALS)
    for _ in range(count - 1):
        next(_SERIALS)
    return [Post(" ".join(f"{code_word(i, k)} {sentence}" for k, sentence in enumerate(sentences)), scheduled_at=AT)
            for i in range(first, first + count)]


_SERIALS = itertools.count()  # no two calls in one process hand out the same post


def _percentiles(fn, posts: list[Post]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    samples = []
    for post in posts:
        start = time.perf_counter()
        fn(post)
        samples.append((time.perf_counter() - start) * 1e3)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1]


def test_report_percentiles(ruleset, full_checker) -> None:  # type: ignore[no-untyped-def]
    rules_only = Checker(ruleset, scorers={})
    for name, checker, rounds in (("rules-only", rules_only, 5000), ("full", full_checker, 300)):
        p50, p99 = _percentiles(checker.check, _fresh_posts(rounds))
        print(f"\n{name}: p50 {p50:.3f} ms  p99 {p99:.3f} ms  ({rounds} distinct posts)")
    posts = _fresh_posts(5 * 64)
    start = time.perf_counter()
    for chunk in range(5):
        full_checker.check_many(posts[chunk * 64:(chunk + 1) * 64], batch_size=64)
    rate = len(posts) / (time.perf_counter() - start)
    print(f"full, batches of 64: {rate:.0f} posts/s")


BRAND_POSTS = Path(__file__).resolve().parents[2] / "shared" / "data" / "brand-posts-dev"


def test_report_brand_stream(ruleset) -> None:  # type: ignore[no-untyped-def]
    """Real brand posts in batches of 64 (first 320 of each language), then the same queue re-checked
    (what a rule change or the crisis switch triggers). Needs ../shared/data (skipped without)."""
    import csv

    if not BRAND_POSTS.is_dir():
        pytest.skip(f"{BRAND_POSTS} not found")
    texts: list[str] = []
    for name in ("brand_posts_en.csv", "brand_posts_nl.csv"):
        with (BRAND_POSTS / name).open(encoding="utf-8") as handle:
            texts.extend(row["text"] for _, row in zip(range(320), csv.DictReader(handle)))
    posts = [Post(text, scheduled_at=AT) for text in texts]
    checker = Checker(ruleset)  # the process's encoder has seen none of these sentences yet
    checker.warm_up()
    for label in ("first pass", "re-check"):
        start = time.perf_counter()
        for chunk in range(0, len(posts), 64):
            checker.check_many(posts[chunk:chunk + 64], batch_size=64)
        rate = len(posts) / (time.perf_counter() - start)
        print(f"\nbrand posts ({len(posts)}, en+nl), batches of 64, {label}: {rate:.0f} posts/s")
