"""The rulebook: loading, validating, compiling and matching the editors' rule packs.

Public surface (stable; the checker, CLI and API build on it):

- ``load_ruleset(rules_dir, config_path=None) -> RuleSet`` (raises ``RuleFileError``)
- ``RuleSet.match(doc, post) -> RuleMatch`` (findings, ml_rules, skipped)
- rule classes (``PhraseRule`` ... ``ToxicityRule``), ``ProjectConfig``
- ``pack_json_schema()`` (the JSON Schema of a pack, for editors)
- ``iter_examples(ruleset)`` (every rule's example posts, for ``rules test``)
"""

from __future__ import annotations

from riskcheck.rulebook.base import Example
from riskcheck.rulebook.base import Rule
from riskcheck.rulebook.base import Scope
from riskcheck.rulebook.config import Profile
from riskcheck.rulebook.config import ProjectConfig
from riskcheck.rulebook.examples import ExampleCase
from riskcheck.rulebook.examples import iter_examples
from riskcheck.rulebook.kinds import KINDS
from riskcheck.rulebook.kinds import LimitRule
from riskcheck.rulebook.kinds import NearRule
from riskcheck.rulebook.kinds import PatternRule
from riskcheck.rulebook.kinds import PhraseRule
from riskcheck.rulebook.kinds import TopicRule
from riskcheck.rulebook.kinds import ToxicityRule
from riskcheck.rulebook.load import load_ruleset
from riskcheck.rulebook.ruleset import Pack
from riskcheck.rulebook.ruleset import RuleMatch
from riskcheck.rulebook.ruleset import RuleSet
from riskcheck.rulebook.window import Window



def pack_json_schema() -> dict[str, object]:
    """The JSON Schema of a pack file (see ``riskcheck.rulebook.schema``)."""
    from riskcheck.rulebook.schema import pack_json_schema as build

    return build()


__all__ = [
    "KINDS", "Example", "ExampleCase", "LimitRule", "NearRule", "Pack",
    "PatternRule", "PhraseRule", "Profile", "ProjectConfig", "Rule", "RuleMatch", "RuleSet", "Scope",
    "TopicRule", "ToxicityRule", "Window", "iter_examples", "load_ruleset", "pack_json_schema",
]
