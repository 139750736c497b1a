"""How sure is language detection on short posts, and how sure is it when it is wrong?

Why: a rule limited with ``languages:`` is skipped on a post detected as another language. On
short posts detection is a guess; a current-event or block rule must not be lost to a wrong
guess, so such rules also run when the confidence is below ``UNSURE_BELOW``
(riskcheck.rulebook.ruleset). This script measures where wrong detections sit, to justify that
threshold. Data: the brand-posts-dev split (evaluation and threshold choice only; nothing from it
ships). Each post is cut to its first N words to imitate short posts; the label is the account's
language (English accounts vs. a Dutch supermarket's webcare).

    python benchmarks/measure_short_post_language.py [../shared/data/brand-posts-dev]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from riskcheck.normalize.lang import detect

THRESHOLDS = (0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99)
LENGTHS = (3, 5, 8, 12)


def _posts(folder: Path) -> list[tuple[str, str]]:
    out = []
    for language in ("en", "nl"):
        with open(folder / f"brand_posts_{language}.csv", encoding="utf-8", newline="") as handle:
            out += [(language, row["text"]) for row in csv.DictReader(handle)]
    return out


def main(folder: Path) -> None:
    posts = _posts(folder)
    print(f"{len(posts)} posts; words kept, n, accuracy, then per threshold T: "
          "share of WRONG detections with confidence < T / share of RIGHT ones with confidence < T")
    print("n_words  n      acc    " + "  ".join(f"T={t:<5}" for t in THRESHOLDS))
    for n_words in LENGTHS:
        right: list[float] = []
        wrong: list[float] = []
        for language, text in posts:
            words = [w for w in text.split() if not w.startswith(("@", "http"))][:n_words]
            if len(words) < n_words:
                continue
            code, confidence = detect(" ".join(words))
            if code == "und":
                continue  # undetermined posts already run every rule
            (right if code == language else wrong).append(confidence)
        total = len(right) + len(wrong)
        cells = []
        for t in THRESHOLDS:
            w = sum(c < t for c in wrong) / max(1, len(wrong))
            r = sum(c < t for c in right) / max(1, len(right))
            cells.append(f"{w:.2f}/{r:.2f}")
        print(f"{n_words:<8} {total:<6} {len(right) / max(1, total):.3f}  " + "  ".join(f"{c:<7}" for c in cells))
    sample = "Harlingen ferry disaster: coats 30% off"
    print(f"issue example {sample!r}: {detect(sample)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
         / "brand-posts-dev")
