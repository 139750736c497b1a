"""The rule kinds: one module each, registered here in one greppable dict.

A kind is a ``Rule`` subclass with a ``Spec`` (the keys an editor may write, validated by
pydantic and exported as JSON Schema), ``from_spec`` (compile), ``index_terms`` (add terms
to the RuleSet's single automaton) and ``match`` (or ``findings_from_scores`` for ML kinds).
"""

from __future__ import annotations

from riskcheck.rulebook.base import Rule
from riskcheck.rulebook.kinds.limit import LimitRule
from riskcheck.rulebook.kinds.near import NearRule
from riskcheck.rulebook.kinds.pattern import PatternRule
from riskcheck.rulebook.kinds.phrase import PhraseRule
from riskcheck.rulebook.kinds.topic import TopicRule
from riskcheck.rulebook.kinds.toxicity import ToxicityRule

KINDS: dict[str, type[Rule]] = {
    "phrase": PhraseRule,
    "pattern": PatternRule,
    "near": NearRule,
    "limit": LimitRule,
    "topic": TopicRule,
    "toxicity": ToxicityRule,
}

__all__ = ["KINDS", "LimitRule", "NearRule", "PatternRule", "PhraseRule", "TopicRule", "ToxicityRule"]
