"""The checker: the one straight line every post goes through.

normalize -> rule matchers -> ML scorers (batched) -> policy -> Verdict.
(Contract stub: the lead engineer fills this in; signatures are stable.)
"""

from __future__ import annotations

from collections.abc import Sequence

from riskcheck.crisis import CrisisStore
from riskcheck.types import Post
from riskcheck.types import Verdict


class Checker:
    """Checks posts against one immutable RuleSet. Thread-safe; cheap to call.

    ``ruleset``: a loaded ``riskcheck.rulebook.RuleSet``.
    ``scorers``: mapping of scorer name ("toxicity", "topics") -> scorer; ``None`` builds the
    default offline scorers lazily; pass ``{}`` for the rules-only profile (ML rules then
    report ``skipped: ...`` and the policy sends such posts to review).
    ``crisis``: where the crisis switch is read from on each check (default: off).
    """

    def __init__(self, ruleset: object, *, scorers: dict[str, object] | None = None,
                 crisis: CrisisStore | None = None) -> None:
        raise NotImplementedError

    def check(self, post: Post) -> Verdict:
        raise NotImplementedError

    def check_many(self, posts: Sequence[Post], *, batch_size: int = 64) -> list[Verdict]:
        """Same verdicts as ``check`` one by one, with ML scored in batches; order kept."""
        raise NotImplementedError
