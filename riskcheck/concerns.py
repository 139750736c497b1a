"""One reason per concern: findings that report the same concern over the same words fold into one.

Why: two packs may both watch one concern (the contract's ``topics/death-and-tragedy`` and the
project's ``sensitive-topics/death-and-tragedy``; a rule and a topic in the category
``tragedy``). A reviewer who reads the same reason twice learns to skim. The verdict keeps the
strongest finding and names the others in its ``also`` field, so nothing is hidden.

Two findings are the same concern when they share a category, or are topic findings of the
same shipped topic (``concept_of``), and their spans overlap. Waived and counted findings never
fold into each other (a waiver must stay visible on the finding it was given for). The kept
finding is the strongest: higher severity, then higher score (a rule match counts as certain),
then the rule id, so the choice is the same on every run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from riskcheck.scorers.topic_anchors import concept_of
from riskcheck.types import Finding


def _strength(finding: Finding) -> tuple[int, float, str]:
    score = 1.0 if finding.score is None else finding.score
    return (-finding.severity.rank, -score, finding.rule_id)


def _overlap(a: Finding, b: Finding) -> bool:
    if a.part != b.part:  # spans of different post parts (text, alt_text, a link) index different strings
        return False
    return any(x.start < y.end and y.start < x.end for x in a.spans for y in b.spans)


def same_concern(a: Finding, b: Finding) -> bool:
    """Whether ``b`` says what ``a`` already says, about the same words."""
    if (a.waived is None) != (b.waived is None) or a.rule_id == b.rule_id:
        return False
    same = a.category == b.category or (
        a.kind == b.kind == "topic" and concept_of(a.rule_id) is not None
        and concept_of(a.rule_id) == concept_of(b.rule_id))
    return same and _overlap(a, b)


def one_per_concern(findings: Sequence[Finding]) -> list[Finding]:
    """The findings with each concern reported once: the strongest, naming the others in ``also``.

    The result is in strength order; callers sort it for display as they like."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=_strength):
        for index, strongest in enumerate(kept):
            if same_concern(strongest, finding):
                kept[index] = dataclasses.replace(
                    strongest, also=(*strongest.also, finding.rule_id, *finding.also))
                break
        else:
            kept.append(finding)
    return kept
