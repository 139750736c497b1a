"""The checker: the one straight line every post goes through.

normalize -> rule matchers -> ML scorers (batched across posts) -> policy -> Verdict.

No stage reaches back. The two pieces of state are held on purpose: the immutable RuleSet
this checker was built with (the service swaps whole checkers on reload) and the crisis
store it reads on every check.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timezone
from typing import TYPE_CHECKING
from typing import Any

from riskcheck.concerns import one_per_concern
from riskcheck.crisis import CrisisStore
from riskcheck.crisis import MemoryCrisisStore
from riskcheck.linkcheck.checker import LinkChecker
from riskcheck.linkcheck.checker import LinkCheckSettings
from riskcheck.linkcheck.checker import Pending
from riskcheck.linkcheck.findings import LinkRef
from riskcheck.linkcheck.findings import link_findings
from riskcheck.linkcheck.findings import links_status
from riskcheck.linkcheck.findings import post_links
from riskcheck.offsets import fill_utf16
from riskcheck.normalize import pipeline as text_normalizer
from riskcheck.normalize import sentences as sentence_splitter
from riskcheck.normalize.doc import Doc
from riskcheck.normalize.doc import TokenKind
from riskcheck.policy import CrisisProfile
from riskcheck.policy import DecisionPolicy
from riskcheck.policy import decide
from riskcheck.scorers.base import Scorer
from riskcheck.types import CheckState
from riskcheck.types import CheckStatus
from riskcheck.types import Finding
from riskcheck.types import Post
from riskcheck.types import Span
from riskcheck.types import Verdict
from riskcheck.waivers import WaiverSource
from riskcheck.waivers import apply_waivers
from riskcheck.waivers import waiver_reasons
from riskcheck.waivers import waivers_of

if TYPE_CHECKING:  # the rulebook (pydantic, RE2) loads with the rules, not with this module
    from riskcheck.rulebook.ruleset import RuleSet

log = logging.getLogger("riskcheck")

# A str code point that UTF-8 cannot carry: a lone surrogate.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8_safe(post: Post) -> Post:
    """The post with each lone surrogate replaced by U+FFFD (same length, so spans still index it).

    Undecodable bytes on a command line arrive as surrogates, and JSON may carry a "\\ud800"
    escape; RE2, the encoders and the JSON output all need UTF-8, and a crash is no verdict.
    """
    try:
        post.text.encode("utf-8")
    except UnicodeEncodeError:
        return dataclasses.replace(post, text=_SURROGATE.sub("\ufffd", post.text))
    return post


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """What a topic scorer is bound to: one ``kind: topic`` rule, by its full id."""

    rule_id: str
    description: str | None
    samples: tuple[str, ...]
    threshold: float


@dataclass
class _Work:
    """Per-post scratch state while a batch moves down the line."""

    post: Post
    doc: Doc
    findings: list[Finding]
    ml_rules: list[Any]
    skipped_rules: list[tuple[str, str]]
    checks: dict[str, CheckStatus]
    timings: dict[str, float]
    sentences: list[Span] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    part: str = "text"  # alt_text, media and each link get their own _Work, merged before deciding


def _merged(group: list[_Work]) -> _Work:
    """One post's parts as one work: findings tagged with their part, each check's worst
    status kept (a part whose ML timed out makes the check a timeout), timings added."""
    main = group[0]
    for work in group[1:]:
        main.findings.extend(dataclasses.replace(f, part=work.part) for f in work.findings)
        for name, status in work.checks.items():
            if name not in main.checks or (main.checks[name].ok and not status.ok):
                main.checks[name] = status
        for name, ms in work.timings.items():
            main.timings[name] = main.timings.get(name, 0.0) + ms
        main.skipped_rules.extend(s for s in work.skipped_rules if s not in main.skipped_rules)
        for name, score in work.scores.items():
            main.scores[name] = max(score, main.scores.get(name, score))
    return main


def _default_scorers() -> dict[str, Scorer]:
    try:
        from riskcheck.scorers.registry import default_scorers
    except ImportError as exc:  # the ML layer is optional at this level
        log.warning("default scorers unavailable: %s", exc)
        return {}
    return dict(default_scorers())


class Checker:
    """Checks posts against one immutable RuleSet. Thread-safe; cheap to call.

    ``scorers``: scorer name ("toxicity", "topics") -> scorer. ``None`` uses the default
    offline scorers, loaded lazily on first use; ``{}`` is the rules-only profile: ML rules then
    report ``not requested`` and decide nothing (the caller switched them off on purpose),
    while a default scorer that fails to load reports ``skipped``/``failed`` and sends the post
    to review — never a silent pass.
    ``crisis``: where the crisis switch is read on each check (default: off).
    ``waivers``: where reviewers' waivers are read (the store); a waived finding stays in the
    verdict, marked, and the policy decides once without it.
    ``ml_timeout_s``: wall-clock budget for the ML part of one ``check_many`` call; past it the
    ML checks report ``timeout`` and the rule findings are still returned.
    ``link_checker``: fetch the posts' links (default: one when riskcheck.yaml says
    ``links: {check: true}``, else none). Links are fetched while ML runs, within the link
    budget; a link not checked by then is reported as unchecked.
    """

    def __init__(
        self,
        ruleset: RuleSet,
        *,
        scorers: Mapping[str, Scorer] | None = None,
        crisis: CrisisStore | None = None,
        ml_timeout_s: float | None = None,
        waivers: WaiverSource | None = None,
        clock: Callable[[], datetime] | None = None,
        link_checker: LinkChecker | None = None,
    ) -> None:
        self.ruleset = ruleset
        self.scorers: dict[str, Scorer] = _default_scorers() if scorers is None else dict(scorers)
        # An explicit mapping (``{}``: --rules-only, ``ml: false``) switches the others off on
        # purpose; the defaults failing to load is a failure that sends posts to review.
        self._scorers_chosen = scorers is not None
        self.crisis = crisis or MemoryCrisisStore()
        self.ml_timeout_s = ml_timeout_s
        self.waivers = waivers
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        config = ruleset.config
        self._policy: DecisionPolicy = config.decision
        self._crisis_profile: CrisisProfile = config.crisis
        self._bound_topics: Scorer | None = None
        self._executor: ThreadPoolExecutor | None = None
        links: LinkCheckSettings | None = getattr(config, "links", None)
        if link_checker is None and links is not None and links.check:
            link_checker = LinkChecker(links)
        self.link_checker = link_checker
        self._url_rule_ids = frozenset(getattr(r, "full_id", "") for r in getattr(ruleset, "rules", ())
                                       if getattr(r, "target", None) == "urls")

    # -- public -------------------------------------------------------------------------
    def check(self, post: Post) -> Verdict:
        """Check one post."""
        return self.check_many([post])[0]

    def check_many(self, posts: Sequence[Post], *, batch_size: int = 64) -> list[Verdict]:
        """Same verdicts as ``check`` one by one, with ML scored in batches; order kept."""
        groups = [self._match_parts(post) for post in posts]
        mains = [group[0] for group in groups]
        links = self._start_links(mains)
        self._run_ml([work for group in groups for work in group], batch_size)
        if links is not None:
            self._collect_links(mains, *links)
        crisis = self.crisis.get()
        return [self._decide(_merged(group), crisis) for group in groups]

    def warm_up(self) -> dict[str, CheckStatus]:
        """Load language tables and every scorer now (service start) and say which are usable."""
        from riskcheck.normalize import abbreviations
        from riskcheck.normalize import lang
        from riskcheck.normalize import lemmas

        lang.warm()
        lemmas.warm()
        abbreviations.warm()
        status: dict[str, CheckStatus] = {}
        for name, scorer in self.scorers.items():
            warm = getattr(scorer, "warm_up", None)   # optional: what a scorer builds on first need
            if callable(warm):
                warm()
            reason = scorer.unavailable_reason()
            status[name] = CheckStatus.ran() if reason is None else CheckStatus.skipped(reason)
        if self._topic_rules() and "topics" in self.scorers:
            self._topics_scorer()
        return status

    # -- stages -------------------------------------------------------------------------
    def _match_rules(self, post: Post, admit: Callable[[Any], bool] | None = None) -> _Work:
        started = time.perf_counter()
        post = _utf8_safe(post)
        doc = text_normalizer.normalize(post.text, post.language)
        normalized = time.perf_counter()
        result = self.ruleset.match(doc, post, admit)
        matched = time.perf_counter()
        checks = {"rules": CheckStatus.ran(), "language": CheckStatus.ran()}
        skipped = [(str(rule_id), str(why)) for rule_id, why in result.skipped]
        return _Work(
            post=post,
            doc=doc,
            findings=list(result.findings),
            ml_rules=list(result.ml_rules),
            skipped_rules=skipped,
            checks=checks,
            timings={"normalize": (normalized - started) * 1e3, "rules": (matched - normalized) * 1e3},
        )

    def _match_parts(self, post: Post) -> list[_Work]:
        """The text's work first, then one per other part: alt_text and media see the word
        rules and ML (not ``limit`` rules, which measure the post itself), each link in
        ``link_urls`` sees the link rules (``target: urls``) only."""
        main = self._match_rules(post)
        if not (post.alt_text or post.media or post.link_urls):
            return [main]
        works = [main]
        language = main.doc.language
        for part, text in post.part_texts().items():
            if part == "text" or not text.strip():
                continue
            link = part.startswith("link_urls")
            # the text's language (given or detected) holds for its parts
            work = self._match_rules(dataclasses.replace(post, text=text, language=language, link_urls=()),
                                     self._is_url_rule if link else self._is_word_rule)
            work.part = part
            work.checks = {}
            works.append(work)
        return works

    def _is_url_rule(self, rule: Any) -> bool:
        return rule.full_id in self._url_rule_ids

    def _is_word_rule(self, rule: Any) -> bool:
        """What a post's alt text and media descriptions see: not the link rules, not ``limit``."""
        return rule.full_id not in self._url_rule_ids and rule.kind != "limit"

    def _start_links(self, works: list[_Work]) -> tuple[Pending, list[list[LinkRef]]] | None:
        if self.link_checker is None:
            return None
        refs = [post_links(((t.start, t.end, t.text) for t in work.doc.tokens if t.kind is TokenKind.URL),
                           work.post.link_urls) for work in works]
        return self.link_checker.start(ref.url for post_refs in refs for ref in post_refs), refs

    def _collect_links(self, works: list[_Work], pending: Pending, refs: list[list[LinkRef]]) -> None:
        started = time.perf_counter()
        results = pending.results()
        waited = (time.perf_counter() - started) * 1e3
        for work, post_refs in zip(works, refs):
            mine = {ref.url: results[ref.url] for ref in post_refs if ref.url in results}
            work.findings.extend(link_findings(post_refs, mine))
            work.checks["links"] = links_status(mine)
            work.timings["links_wait"] = waited

    def _topic_rules(self) -> list[Any]:
        return [r for r in self.ruleset.rules if r.scorer == "topics"]

    def _topics_scorer(self) -> Scorer:
        if self._bound_topics is None:
            base: Any = self.scorers["topics"]
            topics = [TopicSpec(r.full_id, r.description, tuple(r.samples), r.threshold)
                      for r in self._topic_rules()]
            self._bound_topics = base.bind(topics) if hasattr(base, "bind") else base
        return self._bound_topics

    def _scorer(self, name: str) -> Scorer | None:
        if name not in self.scorers:
            return None
        return self._topics_scorer() if name == "topics" else self.scorers[name]

    def _run_ml(self, works: list[_Work], batch_size: int) -> None:
        needed: dict[str, list[_Work]] = {}
        for work in works:
            for rule in work.ml_rules:
                name = rule.scorer
                bucket = needed.setdefault(name, [])
                if not bucket or bucket[-1] is not work:
                    bucket.append(work)
        if not needed:
            return
        partial: dict[int, str] = {}
        if any(name in self.scorers for name in needed):
            for work in works:
                if work.ml_rules:
                    work.sentences, cut = _ml_budget(sentence_splitter.split(work.doc))
                    if cut:
                        partial[id(work)] = cut
        deadline = None if self.ml_timeout_s is None else time.monotonic() + self.ml_timeout_s
        for name, users in needed.items():
            started = time.perf_counter()
            status, scores = self._score_all(name, users, batch_size, deadline)
            elapsed = (time.perf_counter() - started) * 1e3
            for work in users:
                work.checks[name] = status
                work.timings[name] = elapsed / max(1, len(users))
                if status.ok and id(work) in partial:
                    work.checks[name] = CheckStatus(CheckState.PARTIAL, partial[id(work)])
                if status.ok:
                    per_sentence = scores[id(work)]
                    for sentence_scores in per_sentence:
                        for key, value in sentence_scores.items():
                            work.scores[key] = max(float(value), work.scores.get(key, 0.0))
                    for rule in work.ml_rules:
                        if rule.scorer == name:
                            work.findings.extend(
                                rule.findings_from_scores(work.doc, work.sentences, per_sentence))

    def _score_all(
        self, name: str, users: list[_Work], batch_size: int, deadline: float | None
    ) -> tuple[CheckStatus, dict[int, list[dict[str, float]]]]:
        if name not in self.scorers:
            if self._scorers_chosen:  # the caller chose the scorers: a missing one was switched off
                return CheckStatus.not_requested("ML checks switched off (rules-only)"), {}
            return CheckStatus.skipped(f"no '{name}' scorer available"), {}
        try:
            scorer = self._scorer(name)
            assert scorer is not None
            reason = scorer.unavailable_reason()
        except Exception as exc:  # a broken model must be reported, never pass silently
            log.exception("scorer %s failed to load", name)
            return CheckStatus(CheckState.FAILED, f"{type(exc).__name__}: {exc}"), {}
        if reason is not None:
            return CheckStatus.skipped(reason), {}
        texts = [model_text(s.text[:ML_MAX_SENTENCE_CHARS]) for work in users for s in work.sentences]
        context = (_sentence_context(texts, [len(work.sentences) for work in users])
                   if hasattr(scorer, "score_in_context") else None)  # only a scorer that reads it pays for it
        try:
            flat = self._call_with_deadline(scorer, texts, batch_size, deadline, context)
        except FutureTimeout:
            return CheckStatus(CheckState.TIMEOUT, f"ML budget of {self.ml_timeout_s}s exceeded"), {}
        except Exception as exc:
            log.exception("scorer %s failed", name)
            return CheckStatus(CheckState.FAILED, f"{type(exc).__name__}: {exc}"), {}
        result: dict[int, list[dict[str, float]]] = {}
        position = 0
        for work in users:
            count = len(work.sentences)
            result[id(work)] = flat[position:position + count]
            position += count
        return CheckStatus.ran(), result

    def _call_with_deadline(
        self, scorer: Scorer, texts: list[str], batch_size: int, deadline: float | None,
        context: tuple[list[str], list[str]] | None = None,
    ) -> list[dict[str, float]]:
        in_context = getattr(scorer, "score_in_context", None) if context is not None else None

        def run() -> list[dict[str, float]]:
            out: list[dict[str, float]] = []
            for start in range(0, len(texts), batch_size):
                part = slice(start, start + batch_size)
                if in_context is not None and context is not None:
                    out.extend(in_context(texts[part], context[0][part], context[1][part]))
                else:
                    out.extend(scorer.score(texts[part]))
            return out

        if deadline is None:
            return run()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="riskcheck-ml")
        future = self._executor.submit(run)
        return future.result(timeout=max(0.0, deadline - time.monotonic()))

    def _waivers_for(self, post: Post, findings: Sequence[Finding]) -> list[Any]:
        try:
            return waivers_of(self.waivers, post.id, post.text, findings)
        except Exception:  # unreadable waivers: decide without them (never laxer than no waiver)
            log.exception("could not read waivers for post %s; deciding without them", post.id)
            return []

    def _decide(self, work: _Work, crisis: Any) -> Verdict:
        started = time.perf_counter()
        findings = sorted(one_per_concern(work.findings), key=lambda f: (-f.severity.rank, f.spans[0].start if f.spans else -1, f.rule_id))
        findings = apply_waivers(findings, self._waivers_for(work.post, findings))
        at = work.post.scheduled_at or self._clock()
        outcome = decide(findings, work.checks, policy=self._policy, crisis=crisis,
                         crisis_profile=self._crisis_profile, at=at)
        work.timings["policy"] = (time.perf_counter() - started) * 1e3
        work.timings["total"] = sum(work.timings.values())
        verdict = Verdict(
            decision=outcome.decision,
            risk=outcome.risk,
            findings=tuple(findings),
            checks=work.checks,
            language=work.doc.language,
            language_confidence=work.doc.language_confidence,
            ruleset_version=self.ruleset.version,
            reasons=outcome.reasons + waiver_reasons(findings),
            timings_ms=work.timings,
            post_id=work.post.id,
            skipped_rules=tuple((str(a), str(b)) for a, b in work.skipped_rules),
            scores=work.scores,
        )
        return fill_utf16(verdict, work.post.part_texts(), work.post.text)


# The per-post ML budget in size, not only in time: a 20,000-character post of emoji or
# combining marks once cost the models 4-6 s against a 2 s budget. At most this many sentences
# and characters of one post are scored (each sentence cut to ML_MAX_SENTENCE_CHARS); the
# check then says "partial: scored N of M sentences", which is never counted as a pass.
ML_MAX_SENTENCES = 64
ML_MAX_CHARS = 8_000
ML_MAX_SENTENCE_CHARS = 1_000
_LINK = re.compile(r"(?i)(?:https?://|www\.)(?:www\.)?([^\s/?#<>\"]+)[^\s<>\"]*")


def model_text(sentence: str) -> str:
    """What the models read of a sentence: each link as its host ("https://t.co/x9Qz" -> "t.co").

    A link's path and query are tokens of noise to a sentence encoder (13 % of the tokens of
    real brand posts) and cost time per token; the host still says where it points."""
    if "http" not in sentence and "www." not in sentence.lower():
        return sentence
    return _LINK.sub(lambda m: m.group(1), sentence)


# How many sentences before a sentence a scorer may read as its context (a group named, then referred to).
CONTEXT_SENTENCES = 2


def _sentence_context(texts: list[str], counts: list[int]) -> tuple[list[str], list[str]]:
    """For each sentence of ``texts`` (posts' sentences, ``counts`` per post, in order): the text of the
    same post just before it (up to ``CONTEXT_SENTENCES`` sentences) and the sentence after it.

    A scorer with ``score_in_context`` (the toxicity scorers) reads them lexically, so "Immigrants
    think they own this town. I can't stand them." is hate though neither sentence is alone."""
    previous: list[str] = []
    following: list[str] = []
    start = 0
    for count in counts:
        post = texts[start:start + count]
        for i in range(count):
            previous.append(" ".join(post[max(0, i - CONTEXT_SENTENCES):i]))
            following.append(post[i + 1] if i + 1 < count else "")
        start += count
    return previous, following


def _ml_budget(sentences: list[Span]) -> tuple[list[Span], str | None]:
    """The sentences to score and, when that is not all of the post, the reason to show."""
    kept: list[Span] = []
    used = 0
    cut_sentence = False
    for sentence in sentences:
        size = min(len(sentence.text), ML_MAX_SENTENCE_CHARS)
        if len(kept) >= ML_MAX_SENTENCES or (kept and used + size > ML_MAX_CHARS):
            break
        kept.append(sentence)
        used += size
        cut_sentence = cut_sentence or len(sentence.text) > ML_MAX_SENTENCE_CHARS
    if len(kept) == len(sentences) and not cut_sentence:
        return kept, None
    detail = f"scored {len(kept)} of {len(sentences)} sentences"
    if cut_sentence:
        detail += f" (sentences cut to {ML_MAX_SENTENCE_CHARS} characters)"
    return kept, detail + "; the rest of this long post was not scored by the model"

