"""The checker's straight line, with a fake rule set and fake scorers (no models)."""

from __future__ import annotations

import time
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timezone
from typing import Any

from riskcheck.checker import Checker
from riskcheck.crisis import CrisisState
from riskcheck.crisis import MemoryCrisisStore
from riskcheck.normalize.doc import Doc
from riskcheck.rulebook.config import ProjectConfig
from riskcheck.types import CheckState
from riskcheck.types import Decision
from riskcheck.types import Finding
from riskcheck.types import Post
from riskcheck.types import Severity
from riskcheck.types import Span


@dataclass
class FakeMLRule:
    kind: str
    full_id: str
    key: str

    @property
    def scorer(self) -> str:  # the scorer the kind needs, as Rule.scorer says it
        return {"toxicity": "toxicity", "topic": "topics"}[self.kind]

    def findings_from_scores(self, doc: Doc, sentences: Sequence[Span],
                             scores: Sequence[Mapping[str, float]]) -> list[Finding]:
        hits = [(s, sc[self.key]) for s, sc in zip(sentences, scores) if sc.get(self.key, 0.0) >= 0.5]
        if not hits:
            return []
        return [Finding(self.full_id, self.kind, self.kind, Severity.BLOCK, "ml",
                        spans=tuple(s for s, _ in hits), score=max(v for _, v in hits))]


@dataclass
class FakeMatch:
    findings: list[Finding]
    ml_rules: list[Any]
    skipped: list[tuple[str, str]] = field(default_factory=list)


class FakeRuleSet:
    version = "fake1"
    config = ProjectConfig()

    def __init__(self, ml_rules: list[Any], promo_word: str = "sale") -> None:
        self.rules = ml_rules
        self.promo_word = promo_word

    def match(self, doc: Doc, post: Post, admit: Any = None) -> FakeMatch:  # noqa: ARG002 - no rule objects to filter
        findings = []
        start = doc.text.lower().find(self.promo_word)
        if start >= 0:
            end = start + len(self.promo_word)
            findings.append(Finding("promo/sale", "phrase", "promotion", Severity.INFO, "promotion",
                                    spans=(Span(start, end, doc.text[start:end]),)))
        return FakeMatch(findings, list(self.rules))


class FakeScorer:
    name = "toxicity"

    def __init__(self, table: dict[str, float], reason: str | None = None, delay: float = 0.0) -> None:
        self.table = table
        self.reason = reason
        self.delay = delay
        self.batches: list[int] = []

    def unavailable_reason(self) -> str | None:
        return self.reason

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        time.sleep(self.delay)
        self.batches.append(len(texts))
        return [{"toxicity": max((v for k, v in self.table.items() if k in t), default=0.0)} for t in texts]


TOX = FakeMLRule("toxicity", "topics/toxicity", "toxicity")


def test_rules_only_profile_reports_ml_as_not_requested_and_decides_on_what_ran() -> None:
    verdict = Checker(FakeRuleSet([TOX]), scorers={}).check(Post("A calm post.", language="en"))
    assert verdict.decision is Decision.PASS
    assert verdict.checks["toxicity"].to_str() == "not requested: ML checks switched off (rules-only)"
    assert verdict.checks["rules"].ok
    assert verdict.to_dict()["checks"]["toxicity"].startswith("not requested")


class BrokenScorer(FakeScorer):
    def score(self, texts: list[str]) -> list[dict[str, float]]:
        raise RuntimeError("model file is corrupt")


def test_a_wanted_check_that_failed_still_sends_the_post_to_review() -> None:
    verdict = Checker(FakeRuleSet([TOX]), scorers={"toxicity": BrokenScorer({})}).check(Post("A calm post.", language="en"))
    assert verdict.decision is Decision.REVIEW
    assert verdict.checks["toxicity"].state is CheckState.FAILED
    assert any("did not run" in reason for reason in verdict.reasons)


def test_ml_finding_points_at_the_toxic_sentence() -> None:
    text = "We love our customers. You are an idiot."
    checker = Checker(FakeRuleSet([TOX]), scorers={"toxicity": FakeScorer({"idiot": 0.9})})
    verdict = checker.check(Post(text, language="en"))
    assert verdict.decision is Decision.BLOCK
    [finding] = verdict.findings
    assert [text[s.start:s.end] for s in finding.spans] == [s.text for s in finding.spans]
    assert "idiot" in finding.spans[0].text and "customers" not in finding.spans[0].text
    assert finding.score == 0.9


def test_unavailable_scorer_is_never_a_pass() -> None:
    scorer = FakeScorer({}, reason="weights missing")
    verdict = Checker(FakeRuleSet([TOX]), scorers={"toxicity": scorer}).check(Post("Hello there.", language="en"))
    assert verdict.decision is Decision.REVIEW
    assert verdict.checks["toxicity"].to_str() == "skipped: weights missing"


def test_failing_scorer_is_reported() -> None:
    class Broken(FakeScorer):
        def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
            raise RuntimeError("onnx exploded")

    verdict = Checker(FakeRuleSet([TOX]), scorers={"toxicity": Broken({})}).check(Post("Hi.", language="en"))
    assert verdict.checks["toxicity"].to_str() == "failed: RuntimeError: onnx exploded"
    assert verdict.decision is Decision.REVIEW


def test_ml_timeout_keeps_rule_findings() -> None:
    checker = Checker(FakeRuleSet([TOX]), scorers={"toxicity": FakeScorer({}, delay=0.5)}, ml_timeout_s=0.05)
    verdict = checker.check(Post("Big sale today.", language="en"))
    assert verdict.checks["toxicity"].state is CheckState.TIMEOUT
    assert [f.rule_id for f in verdict.findings] == ["promo/sale"]


def test_batch_keeps_order_ids_and_scores_in_batches() -> None:
    scorer = FakeScorer({"idiot": 0.9})
    checker = Checker(FakeRuleSet([TOX]), scorers={"toxicity": scorer})
    posts = [Post(f"Post number {i}. idiot" if i % 2 else f"Post number {i}.", id=str(i), language="en")
             for i in range(10)]
    verdicts = checker.check_many(posts, batch_size=4)
    assert [v.post_id for v in verdicts] == [str(i) for i in range(10)]
    assert [v.decision for v in verdicts] == [Decision.PASS, Decision.BLOCK] * 5
    assert max(scorer.batches) <= 4 and sum(scorer.batches) >= 10
    assert [v.to_dict() for v in verdicts] == [checker.check(p).to_dict() | {"timings_ms": v.to_dict()["timings_ms"]}
                                                for p, v in zip(posts, verdicts)]


def test_crisis_mode_holds_promotions_at_their_publish_time() -> None:
    now = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
    store = MemoryCrisisStore(CrisisState(True, "Storm Bram", now, datetime(2026, 11, 30, tzinfo=timezone.utc), "ann"))
    checker = Checker(FakeRuleSet([]), scorers={}, crisis=store)
    held = checker.check(Post("Winter sale!", scheduled_at=now, language="en"))
    assert held.decision is Decision.HOLD
    assert held.reasons[0].startswith("crisis mode: Storm Bram")
    later = checker.check(Post("Winter sale!", scheduled_at=datetime(2026, 12, 5, tzinfo=timezone.utc), language="en"))
    assert later.decision is Decision.PASS
    assert checker.check(Post("Thank you all.", scheduled_at=now, language="en")).decision is Decision.PASS


def test_lone_surrogates_are_checked_with_spans_that_still_index_the_text() -> None:
    """RE2 needs UTF-8: a lone surrogate used to crash the real rule set's pattern pre-filter."""
    from pathlib import Path

    from riskcheck.rulebook import load_ruleset

    ruleset = load_ruleset(Path(__file__).resolve().parents[1] / "rules")
    text = "\ud800 Storm Bram \udcff"
    at = datetime(2026, 11, 24, 10, tzinfo=timezone.utc)
    verdict = Checker(ruleset, scorers={}).check(Post(text, scheduled_at=at, language="en"))
    assert [(f.rule_id, s.start, s.end, s.text) for f in verdict.findings for s in f.spans] == [
        ("current-events/storm-bram", 2, 12, "Storm Bram")]
    assert text[2:12] == "Storm Bram"


class _CountingScorer:
    """Records what the model was asked to score."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def unavailable_reason(self) -> str | None:
        return None

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        self.texts.extend(texts)
        return [{"toxicity": 0.9 if "idiot" in t else 0.0} for t in texts]


def test_very_long_post_is_scored_in_part_and_says_so() -> None:
    # Issue 9: 20,000-character posts of emoji or marks took the models 4-6 s (2 s budget).
    from riskcheck.checker import ML_MAX_CHARS
    from riskcheck.checker import ML_MAX_SENTENCE_CHARS
    from riskcheck.checker import ML_MAX_SENTENCES

    scorer = _CountingScorer()
    text = "You are an idiot. " + "We love our customers. " * 900
    verdict = Checker(FakeRuleSet([TOX]), scorers={"toxicity": scorer}).check(Post(text, language="en"))
    assert len(scorer.texts) <= ML_MAX_SENTENCES and sum(map(len, scorer.texts)) <= ML_MAX_CHARS
    status = verdict.checks["toxicity"]
    assert status.state is CheckState.PARTIAL and not status.ok
    assert status.to_str().startswith(f"partial: scored {len(scorer.texts)} of 901 sentences")
    assert verdict.decision is Decision.BLOCK  # what was scored still counts
    scorer = _CountingScorer()
    flood = "\U0001f525" * 20_000
    verdict = Checker(FakeRuleSet([TOX]), scorers={"toxicity": scorer}).check(Post(flood, language="en"))
    assert all(len(t) <= ML_MAX_SENTENCE_CHARS for t in scorer.texts)
    assert verdict.checks["toxicity"].state is CheckState.PARTIAL
    assert verdict.decision is not Decision.PASS  # never a silent pass


def test_normal_post_is_scored_whole() -> None:
    scorer = _CountingScorer()
    verdict = Checker(FakeRuleSet([TOX]), scorers={"toxicity": scorer}).check(
        Post("We love our customers. See you soon.", language="en"))
    assert verdict.checks["toxicity"].ok and len(scorer.texts) == 2


def test_models_read_each_link_as_its_host() -> None:
    from riskcheck.checker import model_text

    assert model_text("Shop now at https://acme.example/sale?utm_source=x before Sunday.") == \
        "Shop now at acme.example before Sunday."
    assert model_text("Happy 60 years! 🍕🎉 https://t.co/lkmcXFy2D0") == "Happy 60 years! 🍕🎉 t.co"
    assert model_text("see www.acme.nl/winter and HTTP://WWW.Foo.com/a") == "see acme.nl and Foo.com"
    assert model_text("no link here, just http talk") == "no link here, just http talk"


class ContextScorer(FakeScorer):
    """Records the context the checker hands a scorer that reads it."""

    def __init__(self) -> None:
        super().__init__({})
        self.seen: list[tuple[str, str, str]] = []

    def score_in_context(self, texts: Sequence[str], previous: Sequence[str],
                         following: Sequence[str]) -> list[dict[str, float]]:
        self.seen.extend(zip(texts, previous, following))
        return [{"toxicity": 0.9 if "them" in t and "Refugees" in p else 0.0} for t, p in zip(texts, previous)]


def test_a_scorer_that_reads_context_gets_the_sentences_around_each_one_within_its_post() -> None:
    scorer = ContextScorer()
    checker = Checker(FakeRuleSet([TOX]), scorers={"toxicity": scorer})
    posts = [Post("Refugees came. Nice day. I hate them. Bye.", language="en"), Post("I hate them.", language="en")]
    first, second = checker.check_many(posts, batch_size=3)
    assert scorer.seen == [("Refugees came.", "", "Nice day."), ("Nice day.", "Refugees came.", "I hate them."),
                           ("I hate them.", "Refugees came. Nice day.", "Bye."), ("Bye.", "Nice day. I hate them.", ""),
                           ("I hate them.", "", "")]
    assert first.decision is Decision.BLOCK and second.decision is Decision.PASS
    [finding] = first.findings
    assert [s.text for s in finding.spans] == ["I hate them."], "the finding covers the sentence with the hate"
