"""Rule matching cost: the contract packs plus a synthetic blocklist of 1,000 vs 100,000 terms.

Run:  pytest benchmarks/bench_rules.py --benchmark-enable --benchmark-columns=min,median,mean,max,rounds
Targets (issue 2): rules-only check of a 280-char post p50 <= 0.3 ms, p99 <= 1 ms; 100k terms
<= 1.2x the 1k time; compiling 100k terms <= 2 s.
"""

from __future__ import annotations

import random
import shutil
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from riskcheck.rulebook import RuleSet
from riskcheck.rulebook import load_ruleset
from riskcheck.normalize.pipeline import normalize
from riskcheck.types import Post

CONTRACT = Path(__file__).resolve().parents[1] / "tests" / "rulebook" / "contract"  # the rule-file contract
PACKS = ["current-events.yaml", "insensitive.yaml", "brand-voice.yaml", "topics.yaml"]

POST = (
    "#TriviaTuesday is back! Did you know our summer sale starts today? Get 20% off all blankets and "
    "boots, free shipping on orders over €50. Tag @AcmeOutdoors and a friend to win a weekend away. "
    "Shop now at https://acme.example/sale?utm_source=x before Sunday. #sale #summer #ACME 🎉🎉🎉"
)
AT = datetime.fromisoformat("2026-11-24T10:00:00+01:00")


def _terms(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    terms: set[str] = set()
    while len(terms) < count:
        words = [
            "".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(rng.choice((1, 1, 2, 3)))
        ]
        terms.add(" ".join(words))
    return sorted(terms)


def _rules_dir(root: Path, count: int) -> Path:
    folder = root / f"rules-{count}"
    folder.mkdir()
    for name in PACKS:
        shutil.copy(CONTRACT / name, folder / name)
    block = {
        "pack": "blocklist",
        "rules": [{"id": "blocked", "kind": "phrase", "category": "profanity", "severity": "block",
                   "message": "Blocked term ({match})", "terms": _terms(count)}],
    }
    (folder / "blocklist.yaml").write_text(yaml.safe_dump(block), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def rulesets(tmp_path_factory: pytest.TempPathFactory) -> dict[int, RuleSet]:
    root = tmp_path_factory.mktemp("bench")
    return {count: load_ruleset(_rules_dir(root, count)) for count in (1_000, 100_000)}


@pytest.fixture(scope="module")
def post() -> Post:
    assert len(POST) == 280, len(POST)
    return Post(POST, scheduled_at=AT, channel="x", brand="acme", language="en")


@pytest.mark.parametrize("count", [1_000, 100_000])
def test_match_only(benchmark, rulesets: dict[int, RuleSet], post: Post, count: int) -> None:  # type: ignore[no-untyped-def]
    """RuleSet.match on an already-normalised post: the part the rulebook owns."""
    doc = normalize(post.text, post.language)
    ruleset = rulesets[count]
    result = benchmark(ruleset.match, doc, post)
    assert {f.rule_id for f in result.findings} >= {"brand-voice/no-shouting"}


@pytest.mark.parametrize("count", [1_000, 100_000])
def test_rules_only_check(benchmark, rulesets: dict[int, RuleSet], post: Post, count: int) -> None:  # type: ignore[no-untyped-def]
    """normalize + match: the whole rules-only check of one 280-character post."""
    ruleset = rulesets[count]

    def check() -> int:
        return len(ruleset.match(normalize(post.text, post.language), post).findings)

    assert benchmark(check) >= 1


@pytest.mark.parametrize("count", [1_000, 100_000])
def test_compile(benchmark, tmp_path: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    """load_ruleset of the contract packs + the blocklist (YAML, validation, automaton).

    The lemma tables (spaCy lookups, loaded once per process by the first post or the first
    ``lemma: true`` rule) are loaded before timing: they are not a cost of the term count.
    """
    from riskcheck.normalize import lemmas

    lemmas.warm()
    folder = _rules_dir(tmp_path, count)
    ruleset = benchmark.pedantic(load_ruleset, args=(folder,), rounds=3, iterations=1)
    assert len(ruleset.rules) == 14
