"""``phrase``: a list of terms (or a language map of lists) found as whole words.

Terms go into the RuleSet's single automaton (``riskcheck.rulebook.terms``); this module
only says which terms a rule has and turns its hits into findings: one finding per
distinct matched term, with every place it occurs as a span.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from typing import ClassVar
from typing import Literal

from pydantic import ConfigDict
from pydantic import Field
from pydantic import model_validator

from riskcheck.rulebook.base import LangCode
from riskcheck.rulebook.base import Rule
from riskcheck.rulebook.base import RuleSpec
from riskcheck.rulebook.base import TermList
from riskcheck.rulebook.base import Text
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


class PhraseSpec(RuleSpec):
    # the schema says what ``_has_terms`` checks: terms, or a suggest map whose keys are the terms
    model_config = RuleSpec.model_config | ConfigDict(json_schema_extra={"anyOf": [
        {"required": ["terms"]}, {"required": ["suggest"], "properties": {"suggest": {"type": "object"}}}]})

    kind: Literal["phrase"] = "phrase"
    terms: TermList | dict[LangCode, TermList] | None = Field(
        None, description="terms to find, or a map of language -> terms")
    suggest: str | dict[Text, str] | None = Field(  # type: ignore[assignment]
        None, description="replacement text, or a map 'bad term: good term' (its keys are terms too)")
    except_: TermList | None = Field(None, alias="except", description="phrases that never trigger this rule")
    lemma: bool = Field(False, description="also match inflected forms (die, died, dying)")
    match_urls: bool = Field(False, description="also look inside links (off by default)")
    counter_speech: CounterSpeechMode = counter_speech_field()

    @model_validator(mode="after")
    def _has_terms(self) -> PhraseSpec:
        if self.terms is None and not isinstance(self.suggest, dict):
            raise ValueError("a phrase rule needs 'terms' (or a 'suggest' map whose keys are the terms)")
        return self


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class PhraseRule(Rule):
    kind: ClassVar[str] = "phrase"
    needs_hits: ClassVar[bool] = True
    Spec: ClassVar[type[RuleSpec]] = PhraseSpec

    terms: tuple[tuple[str, str | None], ...]
    suggestions: dict[str, str]
    except_terms: tuple[str, ...] = ()
    lemma: bool = False
    ignore_counter_speech: bool = False

    @classmethod
    def from_spec(cls, spec: PhraseSpec, common: dict[str, Any]) -> PhraseRule:
        terms: list[tuple[str, str | None]] = []
        if isinstance(spec.terms, dict):
            terms = [(t, lang) for lang, items in spec.terms.items() for t in items]
        elif spec.terms is not None:
            terms = [(t, None) for t in spec.terms]
        suggestions = dict(spec.suggest) if isinstance(spec.suggest, dict) else {}
        listed = {t for t, _ in terms}
        terms += [(t, None) for t in suggestions if t not in listed]
        return cls(**common, terms=tuple(terms), suggestions=suggestions,
                   except_terms=tuple(spec.except_ or ()), lemma=spec.lemma, match_urls=spec.match_urls,
                   ignore_counter_speech=spec.counter_speech == "ignore")

    @property
    def term_languages(self) -> frozenset[str]:
        return frozenset(lang for _, lang in self.terms if lang)

    def index_terms(self, slot: int, index: TermIndexBuilder) -> list[tuple[tuple[str | int, ...], str]]:
        problems: list[tuple[tuple[str | int, ...], str]] = []
        for term, lang in self.terms:
            if not index.add(slot, 0, term, lang, lemma=self.lemma):
                problems.append((("terms",), f"term '{term}' has nothing to match after normalisation"))
        for term in self.except_terms:
            if not index.add(slot, EXCEPT, term):
                problems.append((("except",), f"except phrase '{term}' has nothing to match after normalisation"))
        return problems

    def match(self, ctx: MatchContext, hits: Sequence[Hit]) -> list[Finding]:
        by_term: dict[str, list[tuple[int, int]]] = {}
        taken: set[tuple[int, int]] = set()
        for hit in keep_outermost(hits):
            span = char_span(ctx.doc, hit.first, hit.last)
            if span in taken:  # "storm bram" and "stormbram" both found "#StormBram"
                continue
            taken.add(span)
            if self.ignore_counter_speech and about_abuse(ctx.doc.text, *span):
                continue
            by_term.setdefault(hit.term, []).append(span)
        findings = []
        text = ctx.doc.text
        for term, spans in by_term.items():
            first = spans[0]
            findings.append(self.finding(
                text, spans, match=text[first[0]:first[1]],
                suggestion=self.suggestions.get(term),
                explanation={"term": term, "lemma": self.lemma} if self.lemma else {"term": term},
            ))
        return findings
