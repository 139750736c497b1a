"""One reason per concern (issue 8): duplicates fold into the strongest finding, named in ``also``."""

from __future__ import annotations

from pathlib import Path

from riskcheck.checker import Checker
from riskcheck.concerns import one_per_concern
from riskcheck.rulebook import load_ruleset
from riskcheck.types import Finding, Post, Severity, Span


def _f(rule_id: str, category: str, span: tuple[int, int], *, score: float | None = None,
       severity: Severity = Severity.REVIEW, kind: str = "topic", waived: str | None = None) -> Finding:
    return Finding(rule_id, kind, category, severity, "m", (Span(*span, "x"),), score=score, waived=waived)


def test_same_category_over_the_same_words_keeps_the_stronger_and_names_the_other() -> None:
    weak = _f("topics/death-and-tragedy", "tragedy", (4, 8), score=0.68)
    strong = _f("sensitive-topics/death-and-tragedy", "tragedy", (4, 8), score=0.81)
    (kept,) = one_per_concern([weak, strong])
    assert (kept.rule_id, kept.also) == ("sensitive-topics/death-and-tragedy", ("topics/death-and-tragedy",))
    assert kept.to_dict()["also"] == ["topics/death-and-tragedy"]


def test_the_two_weapons_topics_are_one_concern_even_with_other_categories() -> None:
    a = _f("topics/weapons-and-violence", "violence", (0, 6), score=0.86)
    b = _f("sensitive-topics/violence-and-weapons", "weapons", (2, 6), score=0.89)
    (kept,) = one_per_concern([a, b])
    assert kept.also == ("topics/weapons-and-violence",)


def test_severity_wins_over_score() -> None:
    rule = _f("insensitive/x", "tragedy", (0, 5), severity=Severity.BLOCK, kind="phrase")
    topic = _f("sensitive-topics/death-and-tragedy", "tragedy", (3, 9), score=0.99)
    (kept,) = one_per_concern([topic, rule])
    assert (kept.rule_id, kept.also) == ("insensitive/x", ("sensitive-topics/death-and-tragedy",))


def test_other_words_other_concerns_and_waivers_stay_separate() -> None:
    base = _f("a/one", "tragedy", (0, 5), score=0.9)
    elsewhere = _f("b/two", "tragedy", (10, 15), score=0.8)
    other_concern = _f("c/three", "religion", (0, 5), score=0.8)
    waived = _f("d/four", "tragedy", (0, 5), score=0.7, waived="ok by legal")
    kept = one_per_concern([base, elsewhere, other_concern, waived])
    assert sorted(f.rule_id for f in kept) == ["a/one", "b/two", "c/three", "d/four"]
    assert all(f.also == () for f in kept)
    assert "also" not in kept[0].to_dict()


def test_checker_reports_a_death_once_with_the_other_pack_named() -> None:
    """The shipped packs carry two death topics (contract + project): a reviewer reads one."""
    rules = Path(__file__).resolve().parents[1] / "rules"
    verdict = Checker(load_ruleset(rules)).check(Post(text="So many people died last week, it's awful."))
    deaths = [f for f in verdict.findings if f.rule_id.endswith("death-and-tragedy")]
    assert len(deaths) == 1, [f.rule_id for f in verdict.findings]
    names = {deaths[0].rule_id, *deaths[0].also}
    assert "sensitive-topics/death-and-tragedy" in names
    assert sum(r.startswith("sensitive-topics/death") for r in verdict.reasons) <= 1


def test_rules_test_counts_a_rule_named_in_also(tmp_path: Path) -> None:
    """Both rules flag their example even though the verdict shows one finding for the concern."""
    from riskcheck.rulebook.examples import iter_examples
    from riskcheck.ruletests import Outcome, run_examples

    (tmp_path / "p.yaml").write_text(
        "pack: p\ndefaults: {kind: phrase, category: promotion, severity: info}\nrules:\n"
        "  - {id: sale, message: Sale., terms: [sale], examples: {flag: [Big sale today], pass: [Hello]}}\n"
        "  - {id: big-sale, message: Big sale., terms: [big sale], severity: review,\n"
        "     examples: {flag: [Big sale today], pass: [Hello]}}\n", encoding="utf-8")
    ruleset = load_ruleset(tmp_path)
    checker = Checker(ruleset, scorers={})
    (verdict,) = [checker.check(Post(text="Big sale today"))]
    assert [(f.rule_id, f.also) for f in verdict.findings] == [("p/big-sale", ("p/sale",))]
    results = run_examples(list(iter_examples(ruleset)), checker)
    assert {r.outcome for r in results} == {Outcome.PASSED}
