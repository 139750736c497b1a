"""``near``: every group of terms occurs, within ``window`` words of each other.

The classic crises are co-occurrences (trivia framing + death statistics). Group terms
share the RuleSet's automaton; this module picks, for the post, the tightest set of one
hit per group and reports a span for each group's hit.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated
from typing import Any
from typing import ClassVar
from typing import Literal

from pydantic import Field

from riskcheck.rulebook.base import Rule
from riskcheck.rulebook.base import RuleSpec
from riskcheck.rulebook.base import TermList
from riskcheck.rulebook.context import MatchContext
from riskcheck.rulebook.counter_speech import CounterSpeechMode
from riskcheck.rulebook.counter_speech import about_abuse
from riskcheck.rulebook.counter_speech import counter_speech_field
from riskcheck.rulebook.terms import EXCEPT
from riskcheck.rulebook.terms import Hit
from riskcheck.rulebook.terms import TermIndexBuilder
from riskcheck.rulebook.terms import char_span
from riskcheck.rulebook.terms import keep_outermost
from riskcheck.types import Finding

#: More hits than this per post are not searched for a tighter window (bounded work).
MAX_HITS = 256


class NearSpec(RuleSpec):
    kind: Literal["near"] = "near"
    all_: Annotated[list[TermList], Field(min_length=2)] = Field(
        alias="all", description="groups of terms; one term of every group must occur")
    window: Annotated[int, Field(gt=0)] | None = Field(
        None, description="the groups' hits start at most this many words apart; absent = anywhere")
    except_: TermList | None = Field(None, alias="except", description="phrases that never trigger this rule")
    lemma: bool = Field(False, description="also match inflected forms")
    match_urls: bool = Field(False, description="also look inside links (off by default)")
    counter_speech: CounterSpeechMode = counter_speech_field()


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class NearRule(Rule):
    kind: ClassVar[str] = "near"
    needs_hits: ClassVar[bool] = True
    Spec: ClassVar[type[RuleSpec]] = NearSpec

    groups: tuple[tuple[str, ...], ...]
    window: int | None = None
    except_terms: tuple[str, ...] = ()
    lemma: bool = False
    ignore_counter_speech: bool = False

    @classmethod
    def from_spec(cls, spec: NearSpec, common: dict[str, Any]) -> NearRule:
        return cls(**common, groups=tuple(tuple(g) for g in spec.all_), window=spec.window,
                   except_terms=tuple(spec.except_ or ()), lemma=spec.lemma, match_urls=spec.match_urls,
                   ignore_counter_speech=spec.counter_speech == "ignore")

    def index_terms(self, slot: int, index: TermIndexBuilder) -> list[tuple[tuple[str | int, ...], str]]:
        problems: list[tuple[tuple[str | int, ...], str]] = []
        for number, group in enumerate(self.groups):
            for term in group:
                if not index.add(slot, number, term, lemma=self.lemma):
                    problems.append((("all", number), f"term '{term}' has nothing to match after normalisation"))
        for term in self.except_terms:
            if not index.add(slot, EXCEPT, term):
                problems.append((("except",), f"except phrase '{term}' has nothing to match after normalisation"))
        return problems

    def match(self, ctx: MatchContext, hits: Sequence[Hit]) -> list[Finding]:
        kept = keep_outermost(hits)
        if {h.group for h in kept} != set(range(len(self.groups))):
            return []
        words = ctx.word_positions
        best = _tightest(kept[:MAX_HITS], len(self.groups), words, self.window)
        if best is None:
            return []
        text = ctx.doc.text
        best = sorted(best, key=lambda h: h.first)
        spans = [char_span(ctx.doc, h.first, h.last) for h in best]
        if self.ignore_counter_speech and about_abuse(text, spans[0][0], spans[-1][1]):
            return []
        shown = " + ".join(text[s:e] for s, e in spans)
        spread = words[max(h.first for h in best)] - words[min(h.first for h in best)]
        return [self.finding(
            text, spans, match=shown,
            explanation={"terms": [h.term for h in best], "window": self.window, "distance": spread},
        )]


def _tightest(hits: Sequence[Hit], groups: int, words: Sequence[int], window: int | None) -> list[Hit] | None:
    """One hit per group with the smallest distance between the first and last start.

    For each hit taken as the leftmost, the earliest hit of every group at or after it is
    the best choice; so the search is O(hits x groups x log hits).
    """
    by_group: list[list[tuple[int, Hit]]] = [[] for _ in range(groups)]
    for hit in hits:
        by_group[hit.group].append((words[hit.first], hit))
    for items in by_group:
        items.sort(key=lambda item: item[0])
    positions = [[p for p, _ in items] for items in by_group]
    best: list[Hit] | None = None
    best_spread = -1
    for left in sorted({words[h.first] for h in hits}):
        chosen: list[Hit] = []
        for number in range(groups):
            at = bisect.bisect_left(positions[number], left)
            if at == len(positions[number]):
                break
            chosen.append(by_group[number][at][1])
        else:
            spread = max(words[h.first] for h in chosen) - left
            if best is None or spread < best_spread:
                best, best_spread = chosen, spread
    if best is None or (window is not None and best_spread > window):
        return None
    return best
