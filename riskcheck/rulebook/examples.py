"""Each rule's ``examples:`` as ready-to-check cases (what ``riskcheck rules test`` runs).

An example is checked inside its rule's ``active`` window and ``applies_to`` scope unless
it says otherwise (``at``, ``channel``, ``brand``), so examples stay true after a window
closes: a flag example of an expired crisis rule still proves the rule works.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass

from riskcheck.normalize.doc import Doc
from riskcheck.rulebook.base import Example
from riskcheck.rulebook.base import Rule
from riskcheck.types import Post


@dataclass(frozen=True, slots=True)
class ExampleCase:
    """One example: ``flag`` True means ``rule`` must flag ``post``; False means it must not."""

    rule: Rule
    text: str
    flag: bool
    post: Post
    number: int

    @property
    def expect(self) -> str:
        """``"flag"`` or ``"pass"``."""
        return "flag" if self.flag else "pass"

    @property
    def name(self) -> str:
        """Stable test id, e.g. ``current-events/storm-bram flag[0]``."""
        return f"{self.rule.full_id} {'flag' if self.flag else 'pass'}[{self.number}]"


def example_post(rule: Rule, example: Example) -> Post:
    """The post an example stands for: inside the rule's window and scope by default."""
    scope = rule.applies_to
    channel = example.channel
    if channel is None and scope.channels:
        channel = scope.first_channel or sorted(scope.channels)[0]
    brand = example.brand
    if brand is None and scope.brands:
        brand = scope.first_brand or sorted(scope.brands)[0]
    return Post(
        text=example.text,
        scheduled_at=example.at or rule.active.inside(),
        channel=channel,
        brand=brand,
        language=example.language,
    )


def iter_examples(rules: Iterable[Rule]) -> Iterator[ExampleCase]:
    """Every example of every rule, in file order (a RuleSet is iterable over its rules)."""
    for rule in rules:
        counters = {True: 0, False: 0}
        for example in rule.examples:
            yield ExampleCase(rule, example.text, example.flag, example_post(rule, example), counters[example.flag])
            counters[example.flag] += 1


example_cases = iter_examples


def is_flagged(ruleset: object, case: ExampleCase, normalize: Callable[[str, str | None], Doc] | None = None) -> bool | None:
    """Whether the text rules flag the case's post with the case's rule; None for ML kinds."""
    if case.rule.is_ml:
        return None
    if normalize is None:
        from riskcheck.normalize.pipeline import normalize as default_normalize

        normalize = default_normalize
    doc = normalize(case.post.text, case.post.language)
    result = ruleset.match(doc, case.post)  # type: ignore[attr-defined]
    return any(f.rule_id == case.rule.full_id for f in result.findings)
