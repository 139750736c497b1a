"""``riskcheck.yaml``: which packs apply, how findings become a decision, the crisis profile
and named profiles (brand + channel presets). Absent file = the defaults below.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Annotated

from pydantic import Field
from pydantic import field_validator

from riskcheck.linkcheck.checker import LinkCheckSettings
from riskcheck.rulebook.base import SeverityName
from riskcheck.rulebook.base import SpecModel
from riskcheck.rulebook.base import Text
from riskcheck.policy import DEFAULT_RISK_WEIGHTS
from riskcheck.policy import CrisisProfile
from riskcheck.policy import DecisionPolicy
from riskcheck.types import Severity

Weight = Annotated[float, Field(ge=0, le=1)]



class UnknownProfile(KeyError):
    """A profile riskcheck.yaml does not define; ``str()`` is the message itself (a plain
    ``KeyError`` would quote it), so the CLI and the API show it as it is."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown profile"

class DecisionSpec(SpecModel):
    block_if_any: SeverityName = Field("block", description="a finding of this severity (or worse) blocks")
    review_if_any: SeverityName = Field("review", description="a finding of this severity (or worse) goes to review")
    risk_weights: dict[SeverityName, Weight] = Field(default_factory=dict, description="severity -> weight in 0..1")


class CrisisSpec(SpecModel):
    hold_categories: list[Text] = Field(default_factory=lambda: ["promotion"],
                                        description="categories held while crisis mode is on")
    hold_all: bool = Field(False, description="hold every post while crisis mode is on")


class ProfileSpec(SpecModel):
    brand: str | None = Field(None, description="brand for posts that do not name one")
    channel: str | None = Field(None, description="channel for posts that do not name one")
    packs: list[Text] | None = Field(None, min_length=1,
                                     description="only these packs (by their pack: name) check the post; absent = all")


class PackEntrySpec(SpecModel):
    file: Text = Field(description="the pack file, relative to riskcheck.yaml")
    brands: list[Text] | None = Field(None, min_length=1,
                                      description="apply the pack's rules only to posts of these brands")
    apply: bool = Field(True, description="false: shipped and validated, but not applied to any post")


class LinksSpec(SpecModel):
    check: bool = Field(False, description="fetch each post's links before publishing (opt-in)")
    timeout_s: float = Field(3.0, gt=0, le=60, description="one request")
    budget_s: float = Field(5.0, gt=0, le=120, description="all links of one post; never holds the verdict longer")
    max_redirects: int = Field(5, ge=0, le=20)
    ttl_s: float = Field(600.0, ge=0, description="how long a link's result is reused")
    allow: list[Text] = Field(default_factory=list,
                              description="networks (CIDR) that may be fetched although not public, e.g. 10.1.0.0/16")

    @field_validator("allow")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        import ipaddress

        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"'{item}' is not a network (CIDR like 10.1.0.0/16 or an address)") from None
        return value


class ConfigSpec(SpecModel):
    packs: list[Text | PackEntrySpec] | None = Field(
        None, description="pack files to load, relative to this file: a file name, or "
                          "{file, brands: [...], apply: true|false}")
    decision: DecisionSpec = Field(default_factory=lambda: DecisionSpec.model_validate({}))
    crisis: CrisisSpec = Field(default_factory=lambda: CrisisSpec.model_validate({}))
    profiles: dict[Text, ProfileSpec] = Field(default_factory=dict)
    links: LinksSpec = Field(default_factory=lambda: LinksSpec.model_validate({}))


@dataclass(frozen=True, slots=True)
class Profile:
    """A named preset (``--profile``, the API's ``profile``): fills a post's brand and channel
    when it names none, and limits which packs check it (``packs``: pack names; None = all)."""

    brand: str | None = None
    channel: str | None = None
    packs: frozenset[str] | None = None

    def admits(self, pack: str) -> bool:
        return self.packs is None or pack in self.packs


@dataclass(frozen=True, slots=True)
class PackEntry:
    """One item of ``packs:``: which file, for which brands (None: all), applied or only shipped."""

    file: str
    brands: frozenset[str] | None = None
    apply: bool = True


@dataclass(frozen=True, slots=True)
class ProjectConfig:
    """Parsed riskcheck.yaml. ``packs`` is empty when the file does not list them.

    ``packs`` names every listed file (applied or not, so a pack named there is never
    "unlisted"); ``pack_entries`` says per file for which brands it applies, and whether at all."""

    packs: tuple[str, ...] = ()
    decision: DecisionPolicy = field(default_factory=DecisionPolicy)
    crisis: CrisisProfile = field(default_factory=CrisisProfile)
    profiles: dict[str, Profile] = field(default_factory=dict)
    path: str | None = None
    pack_entries: tuple[PackEntry, ...] = ()
    links: LinkCheckSettings = field(default_factory=LinkCheckSettings)

    def profile(self, name: str) -> Profile:
        """The profile called ``name``; ``KeyError`` naming the known ones otherwise."""
        try:
            return self.profiles[name]
        except KeyError:
            known = ", ".join(sorted(self.profiles)) or "none are defined"
            raise UnknownProfile(f"unknown profile '{name}' (riskcheck.yaml profiles: {known})") from None

    def entry(self, file: str) -> PackEntry:
        """How ``file`` (as listed) is applied; a file not listed applies everywhere."""
        for entry in self.pack_entries:
            if entry.file == file:
                return entry
        return PackEntry(file)

    @classmethod
    def from_spec(cls, spec: ConfigSpec, path: str | None) -> ProjectConfig:
        entries = tuple(
            PackEntry(item) if isinstance(item, str) else PackEntry(
                item.file, None if item.brands is None else frozenset(b.casefold() for b in item.brands), item.apply)
            for item in spec.packs or ())
        return cls(
            packs=tuple(e.file for e in entries),
            pack_entries=entries,
            decision=DecisionPolicy(
                Severity(spec.decision.block_if_any),
                Severity(spec.decision.review_if_any),
                {**DEFAULT_RISK_WEIGHTS, **{str(k): v for k, v in spec.decision.risk_weights.items()}},
            ),
            crisis=CrisisProfile(frozenset(spec.crisis.hold_categories), spec.crisis.hold_all),
            profiles={name: Profile(p.brand, p.channel, None if p.packs is None else frozenset(p.packs))
                      for name, p in spec.profiles.items()},
            path=path,
            links=LinkCheckSettings(spec.links.check, spec.links.timeout_s, spec.links.budget_s,
                                    spec.links.max_redirects, spec.links.ttl_s, allow=tuple(spec.links.allow)),
        )
