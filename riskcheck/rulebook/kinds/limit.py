"""``limit``: brand-voice metrics (length, hashtags, mentions, "!", ALL-CAPS words, emoji)
and required terms (``require``, optionally only ``when`` another term appears).

One finding per rule and post, listing every limit the post exceeds; ``{match}`` becomes
that list ("4 exclamation marks (max 1); 6 ALL-CAPS words (max 2)") and the spans point
at the offending items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated
from typing import Any
from typing import ClassVar
from typing import Literal

from pydantic import Field
from pydantic import model_validator

from riskcheck.channels import canonical
from riskcheck.normalize.doc import TokenKind
from riskcheck.rulebook.base import Rule
from riskcheck.rulebook.base import RuleSpec
from riskcheck.rulebook.base import TermList
from riskcheck.rulebook.base import Text
from riskcheck.rulebook.context import MatchContext
from riskcheck.rulebook.terms import Hit
from riskcheck.rulebook.terms import TermIndexBuilder
from riskcheck.rulebook.terms import char_span
from riskcheck.types import Finding

Count = Annotated[int, Field(ge=0)]
WHEN, REQUIRE = 0, 1
_WORD = TokenKind.WORD
_BANGS = "!！¡"
_COUNTS = ("max_hashtags", "max_mentions", "max_exclamations", "max_caps_words", "max_emoji")


class LimitSpec(RuleSpec):
    kind: Literal["limit"] = "limit"
    max_chars: Count | dict[Text, Count] | None = Field(
        None, description="longest post in characters, or a map channel -> length with a 'default'")
    max_hashtags: Count | None = None
    max_mentions: Count | None = None
    max_exclamations: Count | None = Field(None, description="most '!' characters")
    max_caps_words: Count | None = Field(None, description="most ALL-CAPS words (two letters or more)")
    max_emoji: Count | None = None
    require: TermList | None = Field(None, description="one of these must appear (e.g. #ad)")
    when: TermList | None = Field(None, description="only require when one of these appears")

    @model_validator(mode="after")
    def _checks_something(self) -> LimitSpec:
        if self.when is not None and self.require is None:
            raise ValueError("'when' needs 'require' (the terms that must then appear)")
        if self.max_chars is None and self.require is None and all(getattr(self, k) is None for k in _COUNTS):
            raise ValueError("a limit rule needs at least one of max_chars, " + ", ".join(_COUNTS) + ", require")
        return self


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class LimitRule(Rule):
    kind: ClassVar[str] = "limit"
    Spec: ClassVar[type[RuleSpec]] = LimitSpec

    max_chars: dict[str, int] | None = None
    max_hashtags: int | None = None
    max_mentions: int | None = None
    max_exclamations: int | None = None
    max_caps_words: int | None = None
    max_emoji: int | None = None
    require: tuple[str, ...] = ()
    when: tuple[str, ...] = ()

    @classmethod
    def from_spec(cls, spec: LimitSpec, common: dict[str, Any]) -> LimitRule:
        chars = spec.max_chars
        return cls(
            **common,
            max_chars=None if chars is None else (
                {canonical(k): v for k, v in chars.items()} if isinstance(chars, dict) else {"default": chars}),
            max_hashtags=spec.max_hashtags, max_mentions=spec.max_mentions,
            max_exclamations=spec.max_exclamations, max_caps_words=spec.max_caps_words,
            max_emoji=spec.max_emoji, require=tuple(spec.require or ()), when=tuple(spec.when or ()),
        )

    def index_terms(self, slot: int, index: TermIndexBuilder) -> list[tuple[tuple[str | int, ...], str]]:
        problems: list[tuple[tuple[str | int, ...], str]] = []
        for group, key, terms in ((WHEN, "when", self.when), (REQUIRE, "require", self.require)):
            for term in terms:
                if not index.add(slot, group, term):
                    problems.append(((key,), f"term '{term}' has nothing to match after normalisation"))
        return problems

    def char_limit(self, channel: str | None) -> int | None:
        if self.max_chars is None:
            return None
        if channel is not None and (name := canonical(channel)) in self.max_chars:
            return self.max_chars[name]
        return self.max_chars.get("default")

    def match(self, ctx: MatchContext, hits: Sequence[Hit]) -> list[Finding]:
        doc = ctx.doc
        text = doc.text
        problems: list[str] = []
        spans: list[tuple[int, int]] = []
        explanation: dict[str, Any] = {}

        def over(name: str, label: str, items: list[tuple[int, int]], limit: int | None) -> None:
            if limit is not None and len(items) > limit:
                problems.append(f"{len(items)} {label} (max {limit})")
                spans.extend(items)
                explanation[name] = {"count": len(items), "max": limit}

        limit = self.char_limit(ctx.post.channel)
        if limit is not None and len(text) > limit:
            problems.append(f"{len(text)} characters (max {limit})")
            spans.append((limit, len(text)))
            explanation["chars"] = {"count": len(text), "max": limit}
        if self.max_hashtags is not None or self.max_mentions is not None:
            over("hashtags", "hashtags", _units(ctx, TokenKind.HASHTAG), self.max_hashtags)
            over("mentions", "mentions", _units(ctx, TokenKind.MENTION), self.max_mentions)
        if self.max_exclamations is not None and sum(text.count(b) for b in _BANGS) > self.max_exclamations:
            bangs = [(i, i + 1) for i, ch in enumerate(text) if ch in _BANGS]
            if len(bangs) > self.max_exclamations:
                problems.append(f"{len(bangs)} exclamation marks (max {self.max_exclamations})")
                spans.extend(_runs(bangs))
                explanation["exclamations"] = {"count": len(bangs), "max": self.max_exclamations}
        if self.max_caps_words is not None:
            caps = [(t.start, t.end) for t in doc.tokens
                    if t.kind is _WORD and t.text.isupper() and len(t.text) > 1 and _shouts(t.text)]
            over("caps_words", "ALL-CAPS words", caps, self.max_caps_words)
        if self.max_emoji is not None:
            over("emoji", "emoji", [(t.start, t.end) for t in doc.tokens if t.kind is TokenKind.EMOJI], self.max_emoji)
        if self.require:
            triggers = [h for h in hits if h.group == WHEN]
            present = any(h.group == REQUIRE for h in hits)
            if (not self.when or triggers) and not present:
                problems.append("missing " + " / ".join(self.require))
                spans.extend(char_span(doc, h.first, h.last) for h in triggers)
                explanation["require"] = {"missing": list(self.require),
                                          "because": sorted({h.term for h in triggers})}
        if not problems:
            return []
        return [self.finding(text, sorted(set(spans)), match="; ".join(problems), explanation=explanation)]


def _shouts(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _units(ctx: MatchContext, kind: TokenKind) -> list[tuple[int, int]]:
    """Whole hashtags/mentions (all parts of one ``#CamelCase`` are one unit)."""
    doc = ctx.doc
    groups: dict[int, tuple[int, int]] = {}
    for index, token in enumerate(doc.tokens):
        if token.kind is kind:
            first, _ = groups.get(token.group, (index, index))
            groups[token.group] = (first, index)
    return [char_span(doc, first, last) for first, last in groups.values()]


def _runs(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for start, end in points:
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs
