"""``pattern``: a regular expression, run by RE2 (linear time: no rule file can hang a check).

Python's ``re`` backtracks, so ``(a+)+$`` on a long post can run for minutes; RE2 cannot.
The price is that RE2 refuses backreferences and lookarounds: those are rejected at load
time with a message naming the construct. RE2's ``\\b`` only knows ASCII letters, so both
the pattern and the post are matched accent-folded ("é" -> "e", case kept) and the match
is mapped back to the original characters.
"""

from __future__ import annotations

import re
import unicodedata
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


_BRACES = re.compile(r"\{(\d*)(,(\d*))?\}")


def _quantifier(pattern: str, at: int) -> tuple[str | None, int]:
    """The quantifier starting at ``at``: ("unbounded" | "repeat" | "once", length) or (None, 0)."""
    if at >= len(pattern):
        return None, 0
    char = pattern[at]
    kind: str | None = None
    length = 0
    if char in "*+":
        kind, length = "unbounded", 1
    elif char == "?":
        kind, length = "once", 1
    elif char == "{":
        braces = _BRACES.match(pattern, at)
        if braces:
            low, comma, high = braces.group(1), braces.group(2), braces.group(3)
            length = braces.end() - at
            if comma and not high:
                kind = "unbounded"
            else:
                kind = "repeat" if int(high or low or "0") > 1 else "once"
    if kind is not None and pattern[at + length:at + length + 1] in ("?", "+"):
        length += 1  # lazy or possessive suffix
    return kind, length


class _Group:
    """What matters about a group's body for the star-height test."""

    __slots__ = ("start", "unbounded", "open_tail", "open_branch", "wide")

    def __init__(self, start: int) -> None:
        self.start = start
        self.unbounded = False    # some atom inside repeats without bound
        self.open_tail = False    # since that atom, nothing mandatory (so repeats can overlap)
        self.open_branch = False  # an earlier alternative ended open
        self.wide = False         # contains .* or .+ (matches anything, so any tail overlaps)

    def atom(self, kind: str | None, *, dot: bool = False, open_tail: bool = False) -> None:
        if kind == "unbounded":
            self.unbounded = True
            self.open_tail = True
            self.wide = self.wide or dot
        elif kind != "once":
            self.open_tail = open_tail


def nested_repetition(pattern: str) -> str | None:
    """The first repeated group whose own repetition can overlap, e.g. ``(a+)+``, ``(a|a+)*``,
    ``(\\w+\\s?)*`` or ``(.*a){20}``; None when there is none.

    RE2 runs even these in linear time, but they are the textbook shape of catastrophic
    backtracking (nested repetition with nothing mandatory between the repeats): they are
    refused so that a rule file stays safe in any engine an editor tries it in, and because
    they are nearly always a mistake. A mandatory separator keeps a pattern legal:
    ``(?:[a-z0-9-]+\\.)*`` and ``(\\d+,)+`` are fine.
    """
    stack = [_Group(0)]
    index = 0
    while index < len(pattern):
        char = pattern[index]
        group = stack[-1]
        if char == "\\":
            kind, length = _quantifier(pattern, index + 2)
            group.atom(kind)
            index += 2 + length
        elif char == "[":
            index += 1
            if index < len(pattern) and pattern[index] == "^":
                index += 1
            if index < len(pattern) and pattern[index] == "]":
                index += 1
            while index < len(pattern) and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
            kind, length = _quantifier(pattern, index + 1)
            group.atom(kind)
            index += 1 + length
        elif char == "(":
            stack.append(_Group(index))
            index += 1
        elif char == "|":
            group.open_branch = group.open_branch or group.open_tail
            group.open_tail = False
            index += 1
        elif char == ")" and len(stack) > 1:
            inner = stack.pop()
            kind, length = _quantifier(pattern, index + 1)
            overlaps = inner.open_tail or inner.open_branch or inner.wide
            if inner.unbounded and overlaps and kind in ("unbounded", "repeat"):
                return pattern[inner.start:index + 1 + length]
            parent = stack[-1]
            parent.unbounded = parent.unbounded or inner.unbounded
            parent.wide = parent.wide or inner.wide
            parent.atom(kind, open_tail=inner.open_tail or inner.open_branch)
            index += 1 + length
        else:
            kind, length = _quantifier(pattern, index + 1)
            group.atom(kind, dot=char == ".")
            index += 1 + length
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the whitespace a regex had to consume at its edges.

    RE2 has no lookbehind, so editors write ``(?:^|\\s)-30%``; the finding should point at
    "-30%", not " -30%". A combining mark or format character (ZWJ, BOM) at the start belongs
    to what comes before, so it is trimmed too; at the end it belongs to the last letter.
    """
    while start < end and (text[start].isspace() or unicodedata.category(text[start]) in ("Mn", "Me", "Cf")):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def compile_regex(pattern: str) -> Any:
    """Compile with RE2 or raise ValueError saying which construct is the problem."""
    import re2

    if len(pattern) > MAX_PATTERN_CHARS:
        raise ValueError(f"regex is {len(pattern)} characters; the limit is {MAX_PATTERN_CHARS}")
    nested = nested_repetition(pattern)
    if nested is not None:
        raise ValueError(
            f"regex refused: nested repetition '{nested}' is the shape of catastrophic backtracking; "
            "repeat the inner part once (write 'a+' rather than '(a+)+')")
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
        urls = ctx.url_spans
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
                span = _trimmed(doc.text, *ctx.original_span(found.start(), found.end()))
                if span[1] > span[0] and not any(a <= span[0] and span[1] <= b for a, b in urls):
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
