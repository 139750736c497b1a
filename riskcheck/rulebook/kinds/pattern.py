"""``pattern``: a regular expression, run by RE2 (linear time: no rule file can hang a check).

Python's ``re`` backtracks, so ``(a+)+$`` on a long post can run for minutes; RE2 cannot.
The price is that RE2 refuses backreferences and lookarounds: those are rejected at load
time with a message naming the construct. RE2's ``\\b`` only knows ASCII letters, so both
the pattern and the post are matched accent-folded ("é" -> "e", case kept) and the match
is mapped back to the original characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from typing import ClassVar
from typing import Literal

from pydantic import Field
from pydantic import field_validator

from riskcheck.rulebook.base import Rule
from riskcheck.rulebook.base import RuleSpec
from riskcheck.rulebook.base import TermList
from riskcheck.rulebook.base import Text
from riskcheck.rulebook.context import MatchContext
from riskcheck.rulebook.context import fold_pattern
from riskcheck.rulebook.terms import EXCEPT
from riskcheck.rulebook.terms import Hit
from riskcheck.rulebook.terms import TermIndexBuilder
from riskcheck.rulebook.terms import char_span
from riskcheck.doc import TokenKind
from riskcheck.types import Finding

#: Longest pattern an editor may write, and RE2's memory budget for compiling it.
MAX_PATTERN_CHARS = 4000
MAX_PROGRAM_BYTES = 8 << 20
#: At most this many matches are reported per rule and post.
MAX_MATCHES = 50

_UNSUPPORTED = [
    (re.compile(r"\(\?<?[=!]"), "lookarounds ((?=, (?!, (?<=, (?<!) are not supported; "
                                "match the surrounding text instead or use a near rule"),
    (re.compile(r"\\[1-9]|\(\?P=\w+\)|\\k<"), "backreferences (\\1, (?P=name)) are not supported"),
    (re.compile(r"\(\?>"), "atomic groups ((?>...)) are not supported"),
    (re.compile(r"[*+?}][+]"), "possessive quantifiers (a++ , a*+) are not supported"),
]


def compile_regex(pattern: str) -> Any:
    """Compile with RE2 or raise ValueError saying which construct is the problem."""
    import re2

    if len(pattern) > MAX_PATTERN_CHARS:
        raise ValueError(f"regex is {len(pattern)} characters; the limit is {MAX_PATTERN_CHARS}")
    options = re2.Options()
    options.log_errors = False
    options.max_mem = MAX_PROGRAM_BYTES
    try:
        return re2.compile(fold_pattern(pattern), options)
    except Exception as exc:  # re2.error carries bytes; say it in words
        for finder, explanation in _UNSUPPORTED:
            if finder.search(pattern):
                raise ValueError(f"regex not allowed: {explanation} (RE2, the linear-time engine)") from None
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise ValueError(f"regex does not compile: {reason}") from None


class PatternSpec(RuleSpec):
    kind: Literal["pattern"] = "pattern"
    regex: Text = Field(description="an RE2 regular expression; (?i) for case-insensitive")
    target: Literal["text", "urls"] = Field("text", description="text (links excluded) or urls (links only)")
    except_: TermList | None = Field(None, alias="except", description="phrases that never trigger this rule")

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str) -> str:
        compile_regex(value)
        return value


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class PatternRule(Rule):
    kind: ClassVar[str] = "pattern"
    Spec: ClassVar[type[RuleSpec]] = PatternSpec

    regex: str
    target: str = "text"
    except_terms: tuple[str, ...] = ()
    compiled: Any = None

    @classmethod
    def from_spec(cls, spec: PatternSpec, common: dict[str, Any]) -> PatternRule:
        return cls(**common, regex=spec.regex, target=spec.target,
                   except_terms=tuple(spec.except_ or ()), compiled=compile_regex(spec.regex))

    def index_terms(self, slot: int, index: TermIndexBuilder) -> list[tuple[tuple[str | int, ...], str]]:
        return [(("except",), f"except phrase '{term}' has nothing to match after normalisation")
                for term in self.except_terms if not index.add(slot, EXCEPT, term)]

    def match(self, ctx: MatchContext, hits: Sequence[Hit]) -> list[Finding]:
        doc = ctx.doc
        urls = [(t.start, t.end) for t in doc.tokens if t.kind is TokenKind.URL]
        spans: list[tuple[int, int]] = []
        if self.target == "urls":
            for start, end in urls:
                for found in self.compiled.finditer(doc.text[start:end]):
                    if found.end() > found.start():
                        spans.append((start + found.start(), start + found.end()))
        else:
            folded, _ = ctx.folded
            for found in self.compiled.finditer(folded):
                if found.end() == found.start():
                    continue
                span = ctx.original_span(found.start(), found.end())
                if not any(a <= span[0] and span[1] <= b for a, b in urls):
                    spans.append(span)
                if len(spans) >= MAX_MATCHES:
                    break
        shields = [char_span(doc, h.first, h.last) for h in hits if h.group == EXCEPT]
        spans = [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in shields)]
        if not spans:
            return []
        text = doc.text
        by_text: dict[str, list[tuple[int, int]]] = {}
        for span in spans[:MAX_MATCHES]:
            by_text.setdefault(text[span[0]:span[1]].casefold(), []).append(span)
        return [
            self.finding(text, group, match=text[group[0][0]:group[0][1]], explanation={"regex": self.regex})
            for group in by_text.values()
        ]
