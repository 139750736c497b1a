"""Request and response models at the HTTP edge.

They mirror ``riskcheck.types`` but are separate on purpose: the wire format is a
promise to callers, the core types may evolve. Requests forbid unknown fields, so a
misspelled ``sheduled_at`` is a 422 naming the field instead of a silently ignored value.
Responses allow extra fields so the core can add to ``Verdict.to_dict()`` without
breaking the documented shape.
"""

from __future__ import annotations

from datetime import datetime
from datetime import tzinfo
from typing import Annotated
from typing import Any
from typing import Literal

from pydantic import AfterValidator
from pydantic import AwareDatetime
from pydantic import BaseModel
from pydantic import ConfigDict
from pydantic import Field
from pydantic import ValidationInfo
from pydantic import field_validator
from pydantic import model_validator
from pydantic_core import PydanticCustomError

from riskcheck.channels import canonical
from riskcheck.postinput import LANGUAGE_TAG_PATTERN
from riskcheck.postinput import PostError
from riskcheck.postinput import parse_instant
from riskcheck.postinput import parse_scheduled
from riskcheck.rulebook.window import parse_timezone
from riskcheck.storable import unstorable_reason
from riskcheck.types import Post


def _storable(value: str) -> str:
    reason = unstorable_reason(value)
    if reason is not None:
        raise ValueError(reason)
    return value


# Every request string: NUL and lone surrogates are a 422 naming the field, not a 500 later
# (hashing, the store, the JSON answer) nor a row the store drops.
Text = Annotated[str, AfterValidator(_storable)]


def zone_of(name: str) -> tzinfo:
    """The IANA zone (read as rule packs read theirs), or a validation error naming it."""
    try:
        return parse_timezone(name)
    except ValueError:
        raise PydanticCustomError("timezone_unknown", "unknown time zone '{zone}'; use an IANA name such as "
                                                      "Europe/Amsterdam", {"zone": name}) from None

_Short = Field(default=None, max_length=256)


def _time(value: object, what: str) -> object:
    """A time as the CLI and the hook read it (one parser: single-digit hours and all).

    Numbers are refused: pydantic would read one as Unix seconds (or milliseconds, by its
    size), so a scheduler sending epoch millis by mistake would be checked against the wrong
    day's rules without a word.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(f"give {what} as an ISO 8601 string with its offset, e.g. \"2026-11-24T10:00:00+01:00\"; "
                         "numbers are refused (a Unix time's unit and zone are guesses)")
    if isinstance(value, str):
        try:
            return parse_instant(value, what=what)
        except PostError as exc:
            raise ValueError(str(exc)) from None
    return value


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Response(BaseModel):
    model_config = ConfigDict(extra="allow")


class PostIn(_Request):
    """One scheduled post. Only ``text`` is required; ``id`` is echoed back."""

    text: Text = Field(description="The post text. Limited by the service's max_text_chars (default 20,000).")
    id: Text | None = Field(default=None, min_length=1, max_length=256,
                            description="Your post id, echoed back; its verdict, review and waivers are keyed by it "
                                        "(GET /v1/verdicts/{id}), so it cannot be empty.")
    timezone: Text | None = Field(
        default=None, max_length=64,
        description="IANA zone (Europe/Amsterdam) for a scheduled_at without offset; an offset in the time wins.")
    scheduled_at: AwareDatetime | None = Field(
        default=None, description="ISO 8601 publish time (a string; numbers are refused); rule windows and crisis "
                                  "mode use it. Without an offset it needs `timezone`. Default: now.")
    channel: Text | None = _Short
    channels: list[Annotated[Text, Field(min_length=1, max_length=256)]] | None = Field(
        default=None, min_length=1, max_length=50,
        description="Check the post once per channel, each with its own channel rules; the answer is the worst "
                    "verdict with `channels: [{channel, decision, risk, reasons, findings}]`. Not with `channel`.")
    brand: Text | None = _Short
    language: str | None = Field(
        default=None, pattern=LANGUAGE_TAG_PATTERN,
        description="ISO 639-1 code or a locale tag (en-US, nl_BE: counts as its language, like the CLI); detected if absent.")
    author: Text | None = _Short
    link_urls: list[Text] = Field(default_factory=list, max_length=100,
                                 description="Links attached to the post; link rules (and live link checks) see them.")
    alt_text: Text | None = Field(default=None, max_length=5000,
                                 description="Image alt text; word rules and ML check it (findings say part alt_text).")
    media: Text | None = Field(default=None, max_length=5000,
                              description="A description of the attached media (video title, link card); checked "
                                          "like alt_text (part media).")
    profile: Text | None = Field(default=None, max_length=256, description=(
        "A riskcheck.yaml profile: its brand and channel fill in those you leave out, and only its packs "
        "check the post. Unknown names are a 422."))

    @field_validator("channels")
    @classmethod
    def _visible_channels(cls, value: list[str] | None) -> list[str] | None:
        """A name of only white space names no channel: its verdict entry would have none."""
        if value is not None and any(not canonical(name) for name in value):
            raise ValueError("each channel name needs a visible character")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            zone_of(value)
        return value

    @field_validator("scheduled_at", mode="before")
    @classmethod
    def _scheduled_time(cls, value: object, info: ValidationInfo) -> object:
        """The one date parser of the CLI and the hook; a time without an offset is read in
        ``timezone`` (declared before this field, so already validated)."""
        zone = info.data.get("timezone")
        try:
            if zone is not None and isinstance(value, (str, datetime)):
                return parse_scheduled(value.strip() if isinstance(value, str) else value, tz=zone_of(zone),
                                       what="scheduled_at")
        except PostError as exc:
            raise ValueError(str(exc).replace("(add e.g. +01:00 or Z)", "(add e.g. +01:00 or Z, or send `timezone`)")) from None
        try:
            return _time(value, "scheduled_at")  # numbers refused, strings by the one parser
        except ValueError as exc:
            raise ValueError(str(exc).replace("(add e.g. +01:00 or Z)", "(add e.g. +01:00 or Z, or send `timezone`)")) from None

    @model_validator(mode="after")
    def _channel_or_channels(self) -> PostIn:
        if self.channel is not None and self.channels is not None:
            raise PydanticCustomError("channel_or_channels", "give `channel` or `channels`, not both")
        return self

    def channel_list(self) -> list[str | None]:
        """Each distinct channel to check (aliases folded: Twitter is x), or one None."""
        if not self.channels:
            return [self.channel]
        return list(dict.fromkeys(canonical(c) for c in self.channels))

    def to_post(self, channel: str | None = None) -> Post:
        return Post(
            text=self.text, scheduled_at=self.scheduled_at, channel=channel or self.channel, brand=self.brand,
            language=self.language, author=self.author, link_urls=tuple(self.link_urls),
            alt_text=self.alt_text, id=self.id, media=self.media, profile=self.profile,
        )

    def to_posts(self) -> list[Post]:
        return [self.to_post(channel) for channel in self.channel_list()]


class BatchIn(_Request):
    """Posts checked in one call. Each item is validated on its own: a bad post yields an
    error entry for that post, the others are still checked."""

    # ``Any`` items, not ``dict``: an item that is not even an object is that post's error
    # entry, not a 422 for the whole batch.
    posts: list[Any] = Field(
        min_length=1, description="Objects shaped like the /v1/check body; at most max_batch (default 256).",
        json_schema_extra={"items": {"type": "object"}})


class SpanOut(_Response):
    """A half-open range ``[start, end)`` in the text of the finding's ``part``."""

    start: int = Field(description="Offset in Unicode code points (Python str index, Swift unicodeScalars).")
    end: int = Field(description="End offset (exclusive) in Unicode code points.")
    start_utf16: int = Field(description="Offset in UTF-16 code units (JavaScript/Java/C# string index): "
                                         "each character above U+FFFF, like most emoji, counts 2.")
    end_utf16: int = Field(description="End offset (exclusive) in UTF-16 code units.")
    text: str


class SourceOut(_Response):
    file: str
    line: int


class FindingOut(_Response):
    rule_id: str = Field(description="pack/id")
    kind: str
    category: str
    severity: Literal["block", "review", "info"]
    message: str
    spans: list[SpanOut]
    score: float | None = Field(description="Model probability for ML findings; null for rule matches.")
    suggestion: str | None
    source: SourceOut | None
    waived: str | None = Field(default=None, description="Present when a reviewer waived this finding: the reason.")
    also: list[str] | None = Field(default=None, description="Other rules that reported the same concern over "
                                   "these words (folded into this finding: one reason per concern).")
    part: str = Field(default="text", description="The part of the post the spans index: text, alt_text, media, "
                                                  "or link_urls[i].")


class ChannelVerdictOut(_Response):
    channel: str
    decision: Literal["pass", "review", "block", "hold"]
    risk: float
    reasons: list[str]
    findings: list[FindingOut]


class VerdictOut(_Response):
    id: str | None = Field(default=None, description="The post id you sent.")
    channels: list[ChannelVerdictOut] | None = Field(
        default=None, description="With a `channels` list: each channel's verdict; the top level is the worst.")
    decision: Literal["pass", "review", "block", "hold"]
    risk: float = Field(ge=0, le=1)
    reasons: list[str]
    findings: list[FindingOut]
    checks: dict[str, str] = Field(description="Per check: 'ran', or 'skipped: why', 'timeout: why', 'failed: why', 'partial: scored N of M sentences' (a very long post; never a pass).")
    language: str
    language_confidence: float | None
    rules_version: str = Field(description="The published rule-set version that decided this verdict.")
    ruleset_version: str = Field(description="The same as rules_version (its first name, kept for clients).")
    timings_ms: dict[str, float]
    scores: dict[str, float] = Field(default_factory=dict, description=(
        "Every model score, crossed or not: toxicity attributes by name, topics by rule id (max over sentences)."))
    text_sha256: str = Field(description="Hash of the text; waivers are bound to it.")


class BatchErrorOut(_Response):
    """RFC 9457 problem details for one post of a batch (422 with ``errors``, or 500)."""

    type: str
    title: str
    status: int
    detail: str
    errors: list[dict[str, Any]] | None = None


class BatchItemOut(_Response):
    index: int
    id: str | None = None
    verdict: VerdictOut | None = None
    error: BatchErrorOut | None = None


class BatchOut(_Response):
    ruleset_version: str
    results: list[BatchItemOut]
    counts: dict[str, int] = Field(description="Verdicts per decision, plus 'error'.")


class CrisisIn(_Request):
    active: bool
    reason: Text | None = Field(default=None, max_length=1000)
    until: AwareDatetime | None = Field(default=None, description="ISO 8601 with offset; the switch lapses then.")

    _until = field_validator("until", mode="before")(lambda value: _time(value, "until"))


class CrisisOut(_Response):
    active: bool
    reason: str | None
    since: str | None
    until: str | None
    by: str | None


class WaiveIn(_Request):
    """Waive one finding for one post's exact text. Give the text or its SHA-256
    (``text_sha256`` from the verdict)."""

    rule_id: Text = Field(min_length=1, max_length=300, description="pack/id of the finding to waive")
    reason: Text = Field(min_length=1, max_length=2000)
    text: Text | None = None
    text_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _one_of_text_or_hash(self) -> WaiveIn:
        if (self.text is None) == (self.text_sha256 is None):
            raise ValueError("give exactly one of 'text' or 'text_sha256'")
        return self


class ReviewIn(_Request):
    """A reviewer's decision on a post's latest checked text. ``text_sha256`` (optional) makes
    sure the decision is about the text the reviewer read: 409 when the post was re-checked
    with another text meanwhile."""

    note: Text = Field(min_length=1, max_length=2000, description="Why; required, kept in the audit.")
    text_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")


class WaiverOut(_Response):
    post_id: str
    text_sha256: str
    rule_id: str
    reason: str
    by: str
    at: str


class ReviewOut(_Response):
    state: Literal["pending", "approved", "rejected"]
    by: str | None
    at: str | None
    note: str | None


class PostViewOut(_Response):
    """A post's latest checked text, verdict and review, and the waivers bound to that text."""

    id: str
    text: str
    text_sha256: str = Field(description="Approve/reject/waive with it to be sure the text did not change.")
    decision: Literal["pass", "review", "block", "hold"]
    risk: float
    categories: list[str]
    brand: str | None
    channel: str | None
    language: str | None
    scheduled_at: str | None
    checked_at: str
    checked_by: str
    ruleset_version: str
    review: ReviewOut
    verdict: dict[str, Any] = Field(description="The verdict of that check, as /v1/check answered it.")
    waivers: list[WaiverOut]


class RevokedOut(_Response):
    revoked: list[WaiverOut]


class WaiverPageOut(_Response):
    waivers: list[WaiverOut]
    next_offset: int | None = Field(description="Ask again with this offset for the next page; null: the last.")


class AuditRecordOut(_Response):
    """A check (``kind`` check, with ``route``, ``risk``, ``rule_ids`` …) or a workflow event."""

    at: str
    kind: str
    actor: str
    post_id: str | None
    text_sha256: str | None
    decision: str | None
    detail: str | None


class AuditPageOut(_Response):
    records: list[AuditRecordOut]
    next_offset: int | None = Field(description="Ask again with this offset for the next page; null: the last.")


class DeliveryOut(_Response):
    at: str
    event: str
    post_id: str | None
    attempt: int
    status: int | None = Field(description="The receiver's HTTP status; null: no answer.")
    error: str | None
    url: str


class DeliveryPageOut(_Response):
    deliveries: list[DeliveryOut]
    next_offset: int | None = Field(description="Ask again with this offset for the next page; null: the last.")


class GenerationOut(_Response):
    generation: int
    version: str
    published_at: str
    by: str
    note: str


class CurrentGenerationOut(_Response):
    version: str
    generation: int | None = Field(description="null: loaded from the folder, not (yet) from a published generation.")


class VersionsOut(_Response):
    current: CurrentGenerationOut
    generations: list[GenerationOut]


class HealthOut(_Response):
    status: Literal["ok"]


class ReadyRulesOut(_Response):
    version: str
    generation: int | None
    loaded_at: str
    problem: str | None = Field(description="A stuck reload, or a published set this process could not load.")


class ReadyOut(_Response):
    """200 when ready; 503 with the same body (and ``detail``) while not."""

    ready: bool
    rules: ReadyRulesOut | None = Field(description="null until the first rule set is loaded.")
    models: dict[str, str] | None = Field(description="Each ML check's load state; null while warming up.")
    detail: str | None = Field(default=None, description="Why not ready (503 only).")


class RuleOut(_Response):
    id: str
    pack: str | None = None
    kind: str | None = None
    category: str | None = None
    severity: str | None = None
    languages: list[str] | None = None
    active: dict[str, str | None] | None = Field(default=None, description="The rule's window, by scheduled publish time.")
    status: str = Field(default="active", description="active, expired (past until) or scheduled (before from)")
    expired: bool = False
    source: SourceOut | None = None


class RulesOut(_Response):
    version: str
    loaded_at: str
    packs: list[dict[str, Any]]
    rules: list[RuleOut]


class ReloadOut(_Response):
    reloaded: bool
    version: str
    previous_version: str
    problems: list[str] = Field(default_factory=list)
