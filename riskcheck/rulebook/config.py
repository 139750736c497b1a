"""``riskcheck.yaml``: which packs apply, how findings become a decision, the crisis profile
and named profiles (brand + channel presets). Absent file = the defaults below.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Annotated

from pydantic import Field

from riskcheck.rulebook.base import SeverityName
from riskcheck.rulebook.base import SpecModel
from riskcheck.rulebook.base import Text
from riskcheck.policy import DEFAULT_RISK_WEIGHTS
from riskcheck.policy import CrisisProfile
from riskcheck.policy import DecisionPolicy
from riskcheck.types import Severity

Weight = Annotated[float, Field(ge=0, le=1)]


class DecisionSpec(SpecModel):
    block_if_any: SeverityName = Field("block", description="a finding of this severity (or worse) blocks")
    review_if_any: SeverityName = Field("review", description="a finding of this severity (or worse) goes to review")
    risk_weights: dict[SeverityName, Weight] = Field(default_factory=dict, description="severity -> weight in 0..1")


class CrisisSpec(SpecModel):
    hold_categories: list[Text] = Field(default_factory=lambda: ["promotion"],
                                        description="categories held while crisis mode is on")
    hold_all: bool = Field(False, description="hold every post while crisis mode is on")


class ProfileSpec(SpecModel):
    brand: str | None = None
    channel: str | None = None


class ConfigSpec(SpecModel):
    packs: list[Text] | None = Field(None, description="pack files to load, relative to this file")
    decision: DecisionSpec = Field(default_factory=lambda: DecisionSpec.model_validate({}))
    crisis: CrisisSpec = Field(default_factory=lambda: CrisisSpec.model_validate({}))
    profiles: dict[Text, ProfileSpec] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Profile:
    brand: str | None = None
    channel: str | None = None


@dataclass(frozen=True, slots=True)
class ProjectConfig:
    """Parsed riskcheck.yaml. ``packs`` is empty when the file does not list them."""

    packs: tuple[str, ...] = ()
    decision: DecisionPolicy = field(default_factory=DecisionPolicy)
    crisis: CrisisProfile = field(default_factory=CrisisProfile)
    profiles: dict[str, Profile] = field(default_factory=dict)
    path: str | None = None

    @classmethod
    def from_spec(cls, spec: ConfigSpec, path: str | None) -> ProjectConfig:
        return cls(
            packs=tuple(spec.packs or ()),
            decision=DecisionPolicy(
                Severity(spec.decision.block_if_any),
                Severity(spec.decision.review_if_any),
                {**DEFAULT_RISK_WEIGHTS, **{str(k): v for k, v in spec.decision.risk_weights.items()}},
            ),
            crisis=CrisisProfile(frozenset(spec.crisis.hold_categories), spec.crisis.hold_all),
            profiles={name: Profile(p.brand, p.channel) for name, p in spec.profiles.items()},
            path=path,
        )
