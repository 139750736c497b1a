"""Benchmark: the pre-commit hook over a 10,000-post CSV with the shipped packs, rules-only.

Measures the whole hook path in one process: reading and validating the CSV, checking every
post at its scheduled time and channel, and rendering the reviewer text. Target: >= 2,000
posts/s on 2 cores including parsing.

    pytest benchmarks/bench_hook.py --benchmark-enable          # pytest-benchmark table
    python benchmarks/bench_hook.py [--posts 10000] [--jobs 0|1|2]  # one timed run, posts/s
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

TEMPLATES = [
    "Our new {item} collection is here. Come and see it in store #{tag}",
    "Big news: our {item} sale starts today! #sale",
    "Thanks for your patience while we fix the app. Update {n} coming tonight.",
    "Ride out #StormBram with our cosy {item}, {n}% off!",
    "Back to school savings on {item} this week!",
    "#TriviaTuesday: our first {item} left Amsterdam in 19{n}.",
    "Hiring a business development manager, preferably with {item} experience.",
    "Nieuw: onze {item} collectie is binnen! Kom langs in de winkel.",
    "Hey guys, check out our cheap {item} plans",
    "Lockdown got you bored? Our {item} are {n}% off!",
    "Join us on {n} December for a {item} workshop in Utrecht.",
    "Weekend plans? Read a good book with a cup of {item}.",
]
ITEMS = ["blankets", "coats", "running shoes", "puzzles", "tea", "notebooks", "boots", "SaaS", "socks", "lamps"]
CHANNELS = ["x", "instagram", "linkedin", "facebook", "tiktok"]


def write_queue(path: Path, count: int, seed: int = 7) -> None:
    """A deterministic generic-layout CSV of ``count`` scheduled posts over Nov-Dec 2026."""
    rng = random.Random(seed)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "scheduled_at", "channel", "brand", "text"])
    for i in range(count):
        text = rng.choice(TEMPLATES).format(item=rng.choice(ITEMS), n=rng.randint(10, 60), tag=f"drop{i % 50}")
        day, hour = 20 + i % 20, 8 + i % 12
        month, day = (11, day) if day <= 30 else (12, day - 30)
        writer.writerow([f"p{i}", f"2026-{month:02d}-{day:02d}T{hour:02d}:{i % 4 * 15:02d}:00+01:00",
                         CHANNELS[i % len(CHANNELS)], "acme", text])
    path.write_text(buffer.getvalue(), encoding="utf-8")


def run_hook(path: Path, jobs: int = 0) -> int:
    from riskcheck.cli import main

    with redirect_stdout(io.StringIO()):
        return main(["hook", "--rules-only", "--no-progress", "--jobs", str(jobs), str(path)])


def test_hook_10k_csv_rules_only(benchmark: Any, tmp_path: Path) -> None:
    path = tmp_path / "queue.csv"
    write_queue(path, 10_000)
    run_hook(path)  # warm: rules compiled once per process, as in a real hook run
    code = benchmark.pedantic(run_hook, args=(path,), rounds=3, iterations=1)
    assert code == 1  # the queue holds blocked posts
    stats = benchmark.stats.stats if benchmark.stats else None
    if stats is not None:
        benchmark.extra_info["posts_per_s"] = round(10_000 / stats.mean)


def _cpu() -> float:
    """User+system seconds of this process and its reaped workers (wall time lies on a busy box)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=0, help="0: the hook default (auto)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "queue.csv"
        write_queue(path, args.posts)
        started = time.perf_counter()
        cpu = _cpu()
        code = run_hook(path, args.jobs)
        elapsed = time.perf_counter() - started
        cpu = _cpu() - cpu
    print(f"hook over {args.posts} posts (CSV, shipped packs, rules-only, jobs={args.jobs}): "
          f"{elapsed:.2f} s wall, {args.posts / elapsed:,.0f} posts/s; {cpu:.2f} CPU-s "
          f"(exit {code}; cold: includes loading the rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
