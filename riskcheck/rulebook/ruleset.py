"""``RuleSet``: the compiled, immutable, versioned set of rules a checker matches posts with.

Matching a post is one pass: decide which rules apply (language, ``active`` window at the
post's scheduled time, ``applies_to`` brand/channel), scan the post once with the shared
term automaton, then let each applicable text rule turn its hits into findings. ML rules
that apply are handed back to the checker to score.

Applicability choices, documented for editors and reviewers:
- ``languages``: a rule limited to languages does not run on a post in another language;
  that is reported in ``RuleMatch.skipped`` so the verdict can say which rules did not run.
  On a post whose language is undetermined (``und``: short, mixed or emoji-only) it *does*
  run: skipping would silently miss a check, while running costs at most a match on words
  of the rule's own language that the post really contains. A rule whose miss is costly
  (category ``current-event``, or severity ``block``) also runs when the detected language is
  not listed but the detector is unsure (confidence below ``UNSURE_BELOW``; see there).
- a ``terms:`` language map never gates a term on the detected language (see
  ``riskcheck.rulebook.terms``); it only keeps single function words of another language out.
- ``active``: compared with ``post.scheduled_at`` (now when absent).
- ``applies_to``: a post that lacks the scoped field (no channel for a channel-scoped
  rule) is out of scope; out-of-window and out-of-scope rules are silent, not skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from typing import Any
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import datetime
from datetime import timezone

from riskcheck.normalize.doc import Doc
from riskcheck.rulebook.base import Rule
from riskcheck.rulebook.config import ProjectConfig
from riskcheck.rulebook.context import MatchContext
from riskcheck.rulebook.terms import TermIndex
from riskcheck.types import Finding
from riskcheck.types import Post
from riskcheck.types import Severity

#: Below this language-detection confidence a current-event or block rule limited to other
#: languages still runs. Measured with benchmarks/measure_short_post_language.py on brand posts
#: cut to their first 3/5/8/12 words: 93/89/86/89 % of WRONG detections have a confidence below
#: 0.95 (only 79/75/67/78 % below 0.85), while 56/23/6/3 % of right ones do (the posts on which
#: such rules run needlessly). The issue's "Harlingen ferry disaster: coats 30% off" reads as
#: Dutch with 0.89. A language the caller gave has confidence 1.0 and is never second-guessed.
UNSURE_BELOW = 0.95


def runs_when_unsure(rule: Rule) -> bool:
    """Rules that must not be lost to a wrong language guess: news, and anything that blocks."""
    return rule.category == "current-event" or rule.severity is Severity.BLOCK


@dataclass(frozen=True, slots=True)
class Pack:
    """One pack file as loaded."""

    name: str
    path: str
    description: str | None = None
    owner: str | None = None
    timezone: str = "UTC"
    rule_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The pack as ``GET /v1/rules`` lists it: header fields that are set, and full rule ids."""
        data: dict[str, Any] = {"name": self.name}
        for key in ("description", "owner", "path", "timezone"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        data["rules"] = [f"{self.name}/{rule_id}" for rule_id in self.rule_ids]
        return data


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """What the rules say about one post.

    ``findings``: from the text kinds (phrase, pattern, near, limit).
    ``ml_rules``: applicable topic/toxicity rules, for the checker to score.
    ``skipped``: (rule id, reason) for rules that did not run because of the post's language.
    """

    findings: list[Finding] = field(default_factory=list)
    ml_rules: list[Rule] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PatternFilter:
    """All text-target regexes in one RE2 set: one linear pass says which rules can match.

    Without it every pattern rule scans every post; with it only the few whose regex occurs
    in the post run their own (span-producing) search.
    """

    regex_set: Any
    slots: tuple[int, ...]
    covered: frozenset[int]

    @classmethod
    def build(cls, rules: tuple[Rule, ...]) -> PatternFilter | None:
        import re2

        from riskcheck.rulebook.context import fold_pattern
        from riskcheck.rulebook.kinds.pattern import MAX_PROGRAM_BYTES

        options = re2.Options()
        options.log_errors = False
        options.max_mem = MAX_PROGRAM_BYTES * 8
        regex_set = re2.Set.SearchSet(options)
        slots: list[int] = []
        try:
            for slot, rule in enumerate(rules):
                if rule.kind == "pattern" and getattr(rule, "target", "text") == "text":
                    regex_set.Add(fold_pattern(rule.regex))  # type: ignore[attr-defined]
                    slots.append(slot)
            if not slots:
                return None
            regex_set.Compile()
        except Exception:  # too big for one set: every rule then runs its own search
            return None
        return cls(regex_set, tuple(slots), frozenset(slots))

    def candidates(self, folded_text: str) -> tuple[frozenset[int], frozenset[int]]:
        """(slots this filter covers, slots whose regex occurs in ``folded_text``)."""
        matched = self.regex_set.Match(folded_text) or ()  # None when nothing matches
        return self.covered, frozenset(self.slots[i] for i in matched)


@dataclass(frozen=True, slots=True, eq=False)
class RuleSet:
    """Immutable once built by ``load_ruleset``; ``version`` is a hash of the files' content."""

    version: str
    rules: tuple[Rule, ...]
    packs: tuple[Pack, ...]
    config: ProjectConfig
    index: TermIndex = field(repr=False)
    pattern_filter: PatternFilter | None = field(default=None, init=False, repr=False, compare=False)
    _always_applies: frozenset[int] = field(default=frozenset(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern_filter", PatternFilter.build(self.rules))
        # Rules active at every moment for every brand and channel skip both tests per post.
        always = frozenset(slot for slot, rule in enumerate(self.rules)
                           if rule.active.start is None and rule.active.end is None
                           and rule.applies_to.brands is None and rule.applies_to.channels is None)
        object.__setattr__(self, "_always_applies", always)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, full_id: str) -> Rule | None:
        """The rule with this ``pack/id``, or None."""
        for rule in self.rules:
            if rule.full_id == full_id:
                return rule
        return None

    def match(self, doc: Doc, post: Post, admit: Callable[[Rule], bool] | None = None) -> RuleMatch:
        """Findings of every applicable text rule for ``post`` (normalised as ``doc``).

        A post with a ``profile`` gets the profile's brand and channel where it names none, and
        only the profile's packs check it (``KeyError`` for a profile riskcheck.yaml lacks).
        ``admit``: only rules it accepts are considered (a post's link sees the link rules only).
        """
        profile = None
        if post.profile is not None:
            profile = self.config.profile(post.profile)
            post = replace(post, brand=post.brand or profile.brand, channel=post.channel or profile.channel)
        moment = post.scheduled_at or datetime.now(timezone.utc)
        language = doc.language
        unsure = doc.language_confidence < UNSURE_BELOW
        wanted = [False] * len(self.rules)
        candidates: list[int] = []
        result = RuleMatch()
        always = self._always_applies
        for slot, rule in enumerate(self.rules):
            if slot not in always and (not rule.active.contains(moment) or not rule.applies_to.admits(post)):
                continue
            if admit is not None and not admit(rule):
                continue
            if profile is not None and not profile.admits(rule.pack):
                continue
            if (rule.languages is not None and language != "und" and language not in rule.languages
                    and not (unsure and runs_when_unsure(rule))):
                result.skipped.append((rule.full_id, f"language {language} not in [{', '.join(sorted(rule.languages))}]"))
                continue
            if rule.is_ml:
                result.ml_rules.append(rule)
                continue
            wanted[slot] = True
            candidates.append(slot)
        if not candidates:
            return result
        hits = self.index.search(doc, wanted)
        ctx = MatchContext(doc, post)
        covered, possible = (self.pattern_filter.candidates(ctx.folded[0]) if self.pattern_filter
                             else (frozenset(), frozenset()))
        for slot in candidates:
            rule = self.rules[slot]
            found = hits.get(slot, ())
            if rule.needs_hits and not found:
                continue
            if slot in covered and slot not in possible:
                continue
            result.findings.extend(rule.match(ctx, found))
        return result
