"""What every rule has, whatever its kind: the shared keys (as a validating model) and the
compiled, immutable ``Rule`` the matchers and the CLI read.

Two layers on purpose: ``RuleSpec`` (pydantic) is exactly what an editor may write and
is also the source of ``rules/schema.json``; ``Rule`` (frozen dataclass) is what a spec
compiles to: ids made full (``pack/id``), dates made instants, severities made enums.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from typing import Annotated
from typing import Any
from typing import ClassVar
from typing import Literal

from pydantic import AfterValidator
from pydantic import BaseModel
from pydantic import BeforeValidator
from pydantic import ConfigDict
from pydantic import Field
from pydantic import WithJsonSchema

from riskcheck.channels import canonical
from riskcheck.rulebook.context import MatchContext
from riskcheck.rulebook.terms import Hit
from riskcheck.rulebook.terms import TermIndexBuilder
from riskcheck.rulebook.window import ALWAYS
from riskcheck.rulebook.window import Status
from riskcheck.rulebook.window import Window
from riskcheck.rulebook.window import parse_moment
from riskcheck.types import Finding
from riskcheck.types import Post
from riskcheck.types import Severity
from riskcheck.types import Source
from riskcheck.types import Span

# ---------------------------------------------------------------------------- spec types

_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_LANG = re.compile(r"^[a-z]{2,3}$")


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(f"'{value}' is not a valid id: use lowercase letters, digits, '-', '_' or '.'")
    return value


def _check_lang(value: str) -> str:
    if not _LANG.match(value):
        raise ValueError(f"'{value}' is not a language code: use ISO 639-1 such as en or nl")
    return value


def _check_text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


RuleId = Annotated[str, AfterValidator(_check_id), WithJsonSchema({"type": "string", "pattern": _ID.pattern})]
LangCode = Annotated[str, AfterValidator(_check_lang), WithJsonSchema({"type": "string", "pattern": _LANG.pattern})]
Text = Annotated[str, AfterValidator(_check_text), WithJsonSchema({"type": "string", "minLength": 1})]
TermList = Annotated[list[Text], Field(min_length=1)]
#: What a date-time in a pack may look like, for the JSON Schema: a real calendar date
#: (``format: date`` refuses 2026-11-31), an RFC 3339 date-time, or a local time of day.
MOMENT_JSON_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "format": "date"},
        # the pattern too: validators without a date-time checker would accept any string
        {"type": "string", "format": "date-time", "pattern": r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}"},
        {"type": "string", "pattern": r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?"
                                      r"(Z|[+-]\d{2}:?\d{2})?$"},
    ],
    "description": "a date (2026-11-20, the whole day) or an ISO 8601 date-time (2026-11-20T09:00:00+01:00)",
}
Moment = Annotated[Any, BeforeValidator(parse_moment), WithJsonSchema(MOMENT_JSON_SCHEMA)]
SeverityName = Literal["block", "review", "info"]


class SpecModel(BaseModel):
    """Base for everything an editor writes: unknown keys are errors, no silent coercion."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class WindowSpec(SpecModel):
    from_: Moment | None = Field(None, alias="from", description="first day (or moment) the rule applies")
    until: Moment | None = Field(None, description="last day (inclusive) or moment the rule applies")


class ScopeSpec(SpecModel):
    brands: Annotated[list[Text], Field(min_length=1)] | None = None
    channels: Annotated[list[Text], Field(min_length=1)] | None = None


class ExampleSpec(SpecModel):
    text: str
    at: Moment | None = None
    channel: str | None = None
    brand: str | None = None
    language: LangCode | None = None


class ExamplesSpec(SpecModel):
    flag: list[str | ExampleSpec] = Field(default_factory=list, description="posts this rule must flag")
    pass_: list[str | ExampleSpec] = Field(default_factory=list, alias="pass", description="posts it must not flag")


class RuleSpec(SpecModel):
    """Keys every rule kind accepts. Kind modules subclass this and add their own."""

    id: RuleId = Field(description="unique inside the pack; the full id is pack/id")
    kind: str
    category: Text = Field(description="what kind of risk, e.g. current-event, tragedy, profanity")
    severity: SeverityName = Field(description="block (must not publish), review (a person decides), info")
    message: Text = Field(description="one line for the reviewer; {match} is replaced by the matched text")
    why: str | None = None
    link: str | None = None
    suggest: str | None = Field(None, description="replacement text shown to the reviewer")
    languages: Annotated[list[LangCode], Field(min_length=1)] | None = Field(
        None, description="post languages the rule applies to; absent = all")
    active: WindowSpec | None = None
    applies_to: ScopeSpec | None = None
    examples: ExamplesSpec | None = None


# ---------------------------------------------------------------------------- compiled


@dataclass(frozen=True, slots=True)
class Scope:
    """``applies_to``: a post lacking a scoped field (no channel, no brand) is out of scope."""

    brands: frozenset[str] | None = None
    channels: frozenset[str] | None = None
    # As written first: the scope rule examples are checked in (the contract's "first brand and channel").
    first_brand: str | None = field(default=None, compare=False)
    first_channel: str | None = field(default=None, compare=False)

    def admits(self, post: Post) -> bool:
        if self.brands is not None and (post.brand is None or post.brand.casefold() not in self.brands):
            return False
        if self.channels is not None and (post.channel is None or canonical(post.channel) not in self.channels):
            return False
        return True


@dataclass(frozen=True, slots=True)
class Example:
    """One example post of a rule: ``flag`` True means the rule must flag it."""

    text: str
    flag: bool
    at: datetime | None = None
    channel: str | None = None
    brand: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class Rule:
    """A compiled rule. Kind-specific classes add their fields and a matcher."""

    kind: ClassVar[str] = "rule"
    #: ML kinds are scored by the checker, not matched here.
    is_ml: ClassVar[bool] = False
    #: The checker's scorer an ML kind needs ("toxicity", "topics"); None for text kinds.
    scorer: ClassVar[str | None] = None
    #: Kinds that can only fire when one of their terms was found (lets matching skip them).
    needs_hits: ClassVar[bool] = False
    #: The keys an editor may write for this kind.
    Spec: ClassVar[type[RuleSpec]] = RuleSpec

    pack: str
    id: str
    category: str
    severity: Severity
    message: str
    source: Source
    why: str | None = None
    link: str | None = None
    suggest: str | None = None
    languages: frozenset[str] | None = None
    active: Window = ALWAYS
    applies_to: Scope = field(default_factory=Scope)
    examples: tuple[Example, ...] = ()
    match_urls: bool = False

    @property
    def full_id(self) -> str:
        return f"{self.pack}/{self.id}"

    def status_at(self, moment: datetime) -> Status:
        """``active``, ``expired`` (past ``until``) or ``scheduled`` (before ``from``)."""
        return self.active.status_at(moment)

    def describe(self, moment: datetime) -> dict[str, Any]:
        """What a reviewer needs to know about this rule (``GET /v1/rules``), judged at ``moment``."""
        status = self.status_at(moment)
        start, end = self.active.start, self.active.end
        return {
            "id": self.full_id,
            "pack": self.pack,
            "kind": self.kind,
            "category": self.category,
            "severity": self.severity.value,
            "languages": sorted(self.languages) if self.languages else None,
            "active": None if start is None and end is None else {
                "from": None if start is None else start.isoformat(),
                "until": None if end is None else end.isoformat()},
            "status": status,
            "expired": status == "expired",
            "source": {"file": self.source.path, "line": self.source.line},
        }

    def window_text(self) -> str:
        """The ``active`` window for listings ("2026-11-20 – 2026-12-15 Europe/Amsterdam"), '' if always."""
        return self.active.describe() if self.active != ALWAYS else ""

    # -- hooks the kinds override ------------------------------------------------------
    @classmethod
    def from_spec(cls, spec: Any, common: dict[str, Any]) -> Rule:
        """Compile a validated spec (``common`` holds the shared keys, already compiled)."""
        raise NotImplementedError


    @property
    def term_languages(self) -> frozenset[str]:
        """Languages named by a ``terms:`` language map (a term then only runs on its language)."""
        return frozenset()

    def index_terms(self, slot: int, index: TermIndexBuilder) -> list[tuple[tuple[str | int, ...], str]]:
        """Add this rule's terms to the shared automaton; return problems (path, message)."""
        return []

    def match(self, ctx: MatchContext, hits: Sequence[Hit]) -> list[Finding]:
        """Findings for one post; ``hits`` are this rule's term hits in it."""
        return []

    def finding(
        self,
        doc_text: str,
        spans: Sequence[tuple[int, int]],
        *,
        match: str | None = None,
        suggestion: str | None = None,
        score: float | None = None,
        explanation: dict[str, Any] | None = None,
    ) -> Finding:
        """Build a Finding for this rule; ``{match}``/``{score}`` are filled in the message."""
        message = self.message
        if match is not None:
            message = message.replace("{match}", match)
        if score is not None:
            message = message.replace("{score}", f"{score:.2f}")
        return Finding(
            rule_id=self.full_id,
            kind=self.kind,
            category=self.category,
            severity=self.severity,
            message=message,
            spans=tuple(Span(s, e, doc_text[s:e]) for s, e in spans),
            score=score,
            suggestion=suggestion if suggestion is not None else self.suggest,
            source=self.source,
            why=self.why,
            link=self.link,
            explanation=explanation or {},
        )


def common_fields(spec: RuleSpec, *, pack: str, source: Source, tz: Any) -> dict[str, Any]:
    """The compiled values of the shared keys, ready for ``SomeRule(**fields, ...)``."""
    window = ALWAYS
    if spec.active is not None:
        window = Window.build(spec.active.from_, spec.active.until, tz)
    scope = Scope()
    if spec.applies_to is not None:
        scope = Scope(
            brands=None if spec.applies_to.brands is None else frozenset(b.casefold() for b in spec.applies_to.brands),
            channels=None if spec.applies_to.channels is None else frozenset(canonical(c) for c in spec.applies_to.channels),
            first_brand=spec.applies_to.brands[0] if spec.applies_to.brands else None,
            first_channel=canonical(spec.applies_to.channels[0]) if spec.applies_to.channels else None,
        )
    examples: list[Example] = []
    if spec.examples is not None:
        for flag, items in ((True, spec.examples.flag), (False, spec.examples.pass_)):
            for item in items:
                if isinstance(item, str):
                    examples.append(Example(item, flag))
                else:
                    at = None
                    if item.at is not None:
                        at = Window.build(item.at, None, tz).start
                    examples.append(Example(item.text, flag, at, item.channel, item.brand, item.language))
    return {
        "pack": pack,
        "id": spec.id,
        "category": spec.category,
        "severity": Severity(spec.severity),
        "message": spec.message,
        "source": source,
        "why": spec.why,
        "link": spec.link,
        "suggest": spec.suggest if isinstance(spec.suggest, str) else None,
        "languages": None if spec.languages is None else frozenset(spec.languages),
        "active": window,
        "applies_to": scope,
        "examples": tuple(examples),
    }


class SpecProblem(Exception):
    """A semantic problem found while compiling a validated spec, located by key path."""

    def __init__(self, problems: list[tuple[tuple[str | int, ...], str]]) -> None:
        super().__init__("; ".join(m for _, m in problems))
        self.problems = problems


def check_window(spec: RuleSpec, tz: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """``from`` after ``until`` is a mistake, not an empty window."""
    if spec.active is None or spec.active.from_ is None or spec.active.until is None:
        return []
    window = Window.build(spec.active.from_, spec.active.until, tz)
    assert window.start is not None and window.end is not None
    if window.start >= window.end:
        return [(("active", "until"), f"active: until ({_show(spec.active.until)}) is before from ({_show(spec.active.from_)})")]
    return []


def _show(value: date | datetime) -> str:
    return value.isoformat()
