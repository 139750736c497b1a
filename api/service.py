"""The service's state and the work behind the routes, free of HTTP.

Two pieces of state, both on purpose: the *loaded* rule set with its checker (one
immutable snapshot, replaced whole on reload) and the store (crisis switch, waivers,
audit). A check reads ``service.current`` once and uses that snapshot to the end, so a
reload in the middle can never hand it half of one rule set and half of another.
"""

from __future__ import annotations

import copy
import logging
import threading
import uuid
import time
from collections.abc import Callable
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import replace
from datetime import datetime
from datetime import timezone
from pathlib import Path
from typing import Any

from riskcheck.api.auth import Principal
from riskcheck.api.batcher import MicroBatcher
from riskcheck.api.metrics import Metrics
from riskcheck.api.reloadgate import ReloadBusy
from riskcheck.api.reloadgate import ReloadGate
from riskcheck.api.settings import Settings
from riskcheck.api.webhooks import Event
from riskcheck.api.webhooks import WebhookSender
from riskcheck.errors import ConfigError
from riskcheck.crisis import CrisisStore
from riskcheck.rulebook.publish import load_folder
from riskcheck.rulebook.publish import load_generation
from riskcheck.rulebook.publish import version_of
from riskcheck.store import AuditRecord
from riskcheck.store import RulesetGeneration
from riskcheck.store import Store
from riskcheck.store.reviews import VerdictRecord
from riskcheck.store import text_sha256
from riskcheck.types import CheckStatus
from riskcheck.types import Post
from riskcheck.types import Verdict

log = logging.getLogger("riskcheck.api")

RulesetLoader = Callable[[Path], Any]

# One post per supported language, given and detected, to load lazy tables at start.
WARM_UP_POSTS = (
    Post("Warming up: our new autumn collection is here!", language="en"),
    Post("Opwarmen: onze nieuwe wintercollectie is binnen, bestel vandaag!", language="nl"),
    Post("Warming up the language detector with an English sentence."),
    Post("De taaldetectie wordt opgewarmd met een Nederlandse zin."),
)
CheckerFactory = Callable[[Any, Store, Settings], Any]
"""(rule set, store, settings) -> checker. The store is the crisis switch and the waivers."""


def default_loader(rules_dir: Path) -> Any:
    from riskcheck.rulebook import load_ruleset

    return load_ruleset(rules_dir)


def default_checker(ruleset: Any, store: Store, settings: Settings) -> Any:
    from riskcheck.checker import Checker

    from riskcheck.linkcheck import forced

    return Checker(ruleset, scorers=None if settings.ml else {}, crisis=store, waivers=store,
                   ml_timeout_s=settings.ml_timeout_s,
                   link_checker=forced(ruleset) if settings.check_links else None)


def resolve_rules_dir(settings: Settings) -> Path:
    if settings.rules_dir is not None:
        return Path(settings.rules_dir)
    from riskcheck.rulebook.location import resolve_rules_dir as resolve_default

    return resolve_default(None)


@dataclass(frozen=True, slots=True)
class Loaded:
    """One rule set, the checker built for it, and when it was loaded."""

    ruleset: Any
    checker: Any
    batch_checker: Any  # same rules and scorers, with the batch endpoint's ML budget
    version: str
    loaded_at: datetime
    rules_dir: Path  # where it was loaded from: the rules folder, or a set materialised from the store
    generation: int | None = None  # the store generation it is (None: not published)


@dataclass(frozen=True, slots=True)
class CheckResult:
    verdict: Verdict
    text_sha256: str

    def to_dict(self) -> dict[str, Any]:
        data = self.verdict.to_dict()
        data["text_sha256"] = self.text_sha256
        return data


class Service:
    """Everything the routes call. Thread-safe: checks run in worker threads."""

    def __init__(self, settings: Settings, store: Store, metrics: Metrics, *,
                 loader: RulesetLoader = default_loader,
                 make_checker: CheckerFactory = default_checker) -> None:
        self.settings = settings
        self.store = store
        self.metrics = metrics
        self._loader = loader
        self._make_checker = make_checker
        self.gate = ReloadGate(settings.reload_deadline_s)
        self._current: Loaded | None = None
        # Why this process does not serve the newest published rule set (it keeps its old one).
        self.sync_problem: str | None = None
        self._sync_failed: tuple[int, float, float] | None = None  # (generation, retry at, back-off s)
        self._sync_stop = threading.Event()
        self._sync_thread: threading.Thread | None = None
        # ml_threads for check batches, two more so reloads and crisis/waiver writes never queue behind them
        self.executor = ThreadPoolExecutor(max_workers=settings.ml_threads + 2, thread_name_prefix="riskcheck")
        self.batcher: MicroBatcher[tuple[Post, Principal], CheckResult] = MicroBatcher(
            self.check_coalesced, self.executor, slots=settings.ml_threads, max_batch=settings.ml_batch_size)
        self.models: dict[str, CheckStatus] | None = None  # None while warming up
        self.in_flight = 0
        self.inline_checks = (not settings.ml) if settings.inline_checks is None else settings.inline_checks
        self.webhooks: WebhookSender | None = None
        if settings.webhook_url:
            if not settings.webhook_secret:
                raise ConfigError("webhook_url needs webhook_secret (or $RISKCHECK_WEBHOOK_SECRET) to sign deliveries")
            self.webhooks = WebhookSender(settings.webhook_url, settings.webhook_secret, store,
                                          allow=settings.webhook_allow)

    def notify(self, kind: str, post_id: str, payload: dict[str, Any]) -> None:
        """Queue a signed webhook (no-op without ``webhook_url``)."""
        if self.webhooks is not None:
            self.webhooks.send(Event(kind, post_id, payload))

    # -- rules -------------------------------------------------------------------------
    @property
    def current(self) -> Loaded:
        loaded = self._current
        if loaded is None:
            raise RuntimeError("rules are not loaded yet")
        return loaded

    @property
    def loaded(self) -> Loaded | None:
        """The current snapshot, or None before the first load finished."""
        return self._current

    @property
    def ready(self) -> bool:
        return self._current is not None and self.models is not None and self.not_ready_because() is None

    def not_ready_because(self) -> str | None:
        """A stuck reload or a published set this process could not load (checks still run)."""
        return self.gate.stuck() or self.sync_problem

    def load(self) -> Loaded:
        """At start: the store's newest published rule set; with none yet (or with
        ``publish_on_start``) the rules folder, validated and published as the newest.

        Raises ``RuleFileError`` (with every problem); nothing is published then.
        """
        head = None if self.settings.publish_on_start else self.store.ruleset_head()
        if head is None:
            return self.reload(by="service start", note="published at service start")
        token = self.gate.enter("loading the published rule set at start", wait_s=self.settings.reload_deadline_s)
        try:
            generation = self.store.ruleset_generation(head[0])
            assert generation is not None
            return self._adopt(token, generation)
        finally:
            self.gate.leave(token)

    def reload(self, *, by: str, note: str = "reloaded") -> Loaded:
        """Validate the rules folder, publish it as the newest generation (every worker and
        replica follows within ``rules_poll_s`` plus a load) and swap here at once.

        Raises ``RuleFileError`` and changes nothing when the folder does not load;
        ``ReloadBusy`` when another reload holds the lease; ``ReloadExpired`` past the deadline.
        """
        token = self.gate.enter(f"reload by {by}", wait_s=min(5.0, self.settings.reload_deadline_s))
        try:
            rules_dir = resolve_rules_dir(self.settings)
            ruleset, files = load_folder(rules_dir, self._loader)
            checker = self._make_checker(ruleset, self.store, self.settings)
            with self.gate.commit(token):
                generation = self.store.publish_ruleset(version_of(ruleset), files, by, note)
                return self._swap(ruleset, checker, rules_dir, generation.generation)
        finally:
            self.gate.leave(token)

    def publish_version(self, version: str, *, by: str) -> Loaded:
        """Roll back (or forward) to an earlier published ``version``: it is loaded from the
        store's copy, then published as the newest generation. ``KeyError`` if unknown."""
        token = self.gate.enter(f"re-publish of {version} by {by}", wait_s=min(5.0, self.settings.reload_deadline_s))
        try:
            old = self.store.ruleset_generation(version=version)
            if old is None or old.files is None:
                raise KeyError(version)
            ruleset, folder = load_generation(old, self._loader)
            checker = self._make_checker(ruleset, self.store, self.settings)
            with self.gate.commit(token):
                generation = self.store.publish_ruleset(version, old.files, by,
                                                        f"re-published from generation {old.generation}")
                return self._swap(ruleset, checker, folder, generation.generation)
        finally:
            self.gate.leave(token)

    def sync_once(self) -> None:
        """Follow the store: load its newest generation if this process serves another.

        A generation that does not load here is retried with back-off (5 s, doubling to 60 s);
        meanwhile the old set keeps serving and ``sync_problem`` says why (``/readyz``, metrics).
        """
        head = self.store.ruleset_head()
        current = self._current
        if head is None or current is None or current.generation == head[0]:
            return
        if current.version == head[1]:  # the same files published again: nothing to load
            self._current = replace(current, generation=head[0])
            self._set_sync_problem(None)
            return
        failed = self._sync_failed
        if failed is not None and failed[0] == head[0] and time.monotonic() < failed[1]:
            return
        try:
            token = self.gate.enter(f"loading published generation {head[0]}")
        except ReloadBusy:
            return  # a reload is running here; the next poll looks again
        try:
            generation = self.store.ruleset_generation(head[0])
            if generation is None:
                return
            self._adopt(token, generation)
            self._sync_failed = None
            self._set_sync_problem(None)
        except Exception as exc:
            wait = 5.0 if failed is None or failed[0] != head[0] else min(60.0, 2 * failed[2])
            self._sync_failed = (head[0], time.monotonic() + wait, wait)
            self.metrics.reloads.labels("sync_error").inc()
            log.error("published rule set %s (generation %d) did not load; still serving %s: %s",
                      head[1], head[0], current.version, exc)
            self._set_sync_problem(f"published rule set {head[1]} (generation {head[0]}) did not load here: "
                                   f"{_short(exc)}; still serving {current.version}")
        finally:
            self.gate.leave(token)

    def start_sync(self) -> None:
        """Poll the store's generation counter every ``rules_poll_s`` in a daemon thread."""
        if self._sync_thread is not None or self.settings.rules_poll_s <= 0:
            return

        def loop() -> None:
            while not self._sync_stop.wait(self.settings.rules_poll_s):
                try:
                    self.sync_once()
                except Exception:  # a store hiccup: log it and poll again
                    log.exception("rule-set sync failed")

        self._sync_thread = threading.Thread(target=loop, name="riskcheck-rules-sync", daemon=True)
        self._sync_thread.start()

    def _adopt(self, token: int, generation: RulesetGeneration) -> Loaded:
        """Load a published generation from its files in the store and swap to it."""
        ruleset, folder = load_generation(generation, self._loader)
        checker = self._make_checker(ruleset, self.store, self.settings)
        with self.gate.commit(token):
            return self._swap(ruleset, checker, folder, generation.generation)

    def _swap(self, ruleset: Any, checker: Any, rules_dir: Path, generation: int | None) -> Loaded:
        loaded = Loaded(ruleset, checker, _with_ml_budget(checker, self.settings.batch_ml_timeout_s),
                        version_of(ruleset), datetime.now(timezone.utc), rules_dir, generation)
        self._current = loaded  # the swap: one reference assignment
        self.metrics.ruleset_swapped(loaded.version, loaded.loaded_at.timestamp(), generation)
        return loaded

    def _set_sync_problem(self, problem: str | None) -> None:
        self.sync_problem = problem
        self.metrics.rules_behind.set(0 if problem is None else 1)

    def warm_up(self, before_ready: Callable[[], None] | None = None) -> None:
        """Load the ML scorers and the per-language tables now, so the first real request
        does not pay for them (a cold Dutch post can take over a second, and in the
        rules-only profile checks run on the event loop). ``/readyz`` is 503 until done,
        ``before_ready`` included (the server freezes its heap there)."""
        checker = self.current.checker
        models: dict[str, CheckStatus]
        if not self.settings.ml:
            models = {"ml": CheckStatus.not_requested("disabled by configuration (rules-only profile)")}
        elif not self.settings.warm_up or not hasattr(checker, "warm_up"):
            models = {"ml": CheckStatus.skipped("loaded on first use (warm_up off)")}
        else:
            try:
                models = dict(checker.warm_up())
            except Exception as exc:  # reported by /readyz and in every verdict's checks
                log.exception("scorer warm-up failed")
                models = {"ml": CheckStatus.skipped(f"warm-up failed: {type(exc).__name__}: {exc}")}
        if self.settings.warm_up:
            posts = list(WARM_UP_POSTS) + _example_posts(self.current.ruleset, limit=300)
            try:
                checker.check_many(posts, batch_size=self.settings.ml_batch_size)
            except Exception:  # a real check will report the same problem with a request id
                log.exception("warm-up check failed")
        if before_ready is not None:
            before_ready()
        self.models = models

    # -- checks ------------------------------------------------------------------------
    def check(self, posts: Sequence[Post], who: Principal | Sequence[Principal], route: str,
              *, batch_budget: bool = False) -> list[CheckResult]:
        """Check posts against one snapshot (the checker applies waivers); audit; remember; count.
        Runs in a thread.

        ``who`` is one caller for all posts, or one per post (coalesced single checks).
        ``batch_budget``: use the batch endpoint's ML budget instead of the per-request one.
        """
        callers = [who] * len(posts) if isinstance(who, Principal) else list(who)
        loaded = self.current
        started = time.perf_counter()
        checker = loaded.batch_checker if batch_budget else loaded.checker
        if len(posts) == 1:
            verdicts = [checker.check(posts[0])]
        else:
            verdicts = list(checker.check_many(posts, batch_size=self.settings.ml_batch_size))
        hashes = [text_sha256(p.text) for p in posts]
        elapsed = time.perf_counter() - started
        self.metrics.observe_verdicts(route, verdicts, elapsed / max(1, len(posts)))
        now = datetime.now(timezone.utc)
        for post, verdict, digest, caller in zip(posts, verdicts, hashes, callers):
            self.store.audit(AuditRecord(
                at=now, who=caller.name, route=route, post_id=post.id, text_sha256=digest,
                ruleset_version=verdict.ruleset_version, decision=verdict.decision.value,
                risk=verdict.risk, rule_ids=tuple(f.rule_id for f in verdict.findings if f.waived is None),
                text=post.text if self.settings.audit_text else None,
            ))
        self._remember(posts, verdicts, hashes, callers, now)
        return [CheckResult(v, h) for v, h in zip(verdicts, hashes)]

    def _remember(self, posts: Sequence[Post], verdicts: Sequence[Verdict], hashes: Sequence[str],
                  callers: Sequence[Principal], at: datetime) -> None:
        """Keep the latest verdict of every post that has an id (``GET /v1/verdicts/{id}``, the queue)."""
        records = [
            VerdictRecord(
                post_id=post.id, text=post.text, text_sha256=digest, decision=verdict.decision.value,
                risk=verdict.risk, categories=tuple(sorted({f.category for f in verdict.findings})),
                brand=post.brand, channel=post.channel, language=post.language,
                scheduled_at=post.scheduled_at, checked_at=at, checked_by=caller.name,
                ruleset_version=verdict.ruleset_version, verdict=verdict.to_dict())
            for post, verdict, digest, caller in zip(posts, verdicts, hashes, callers) if post.id is not None
        ]
        held = [r for r in records if r.decision == "hold"]
        newly_held = [r for r in held if self.webhooks is not None and _newly_held(self.store, r)]
        self.store.record_verdicts(records)
        for record in newly_held:
            self.notify("post.held", record.post_id, {"decision": "hold", "text_sha256": record.text_sha256,
                                                      "reasons": record.verdict.get("reasons", []),
                                                      "checked_at": record.checked_at.isoformat()})

    # -- waivers -------------------------------------------------------------------------
    def known_rule_ids(self) -> set[str] | None:
        rules = getattr(self.current.ruleset, "rules", None)
        if rules is None:
            return None
        return {rule_id_of(r) for r in rules}

    def check_isolated(self, posts: Sequence[Post], who: Principal, route: str) -> list[CheckResult | str]:
        """Like ``check``, but a post that makes the checker fail becomes an error id (logged)
        instead of failing the whole batch."""
        try:
            return list(self.check(posts, who, route, batch_budget=True))
        except Exception:
            if len(posts) == 1:
                raise
        out: list[CheckResult | str] = []
        for post in posts:
            try:
                out.append(self.check([post], who, route, batch_budget=True)[0])
            except Exception:
                error_id = uuid.uuid4().hex[:16]
                log.exception("internal error %s checking one post of a batch", error_id)
                out.append(error_id)
        return out

    def check_coalesced(self, items: Sequence[tuple[Post, Principal]]) -> list[CheckResult]:
        """Single checks that arrived together (see ``MicroBatcher``), as one batch."""
        return self.check([p for p, _ in items], [w for _, w in items], "/v1/check")

    def close(self) -> None:
        self._sync_stop.set()
        if self._sync_thread is not None:
            self._sync_thread.join(timeout=5)
        self.executor.shutdown(wait=False, cancel_futures=True)
        if self.webhooks is not None:
            self.webhooks.close()
        self.store.close()


def _newly_held(store: Store, record: VerdictRecord) -> bool:
    """Whether this hold is news (the post was not already held with this text)."""
    previous = store.latest_verdict(record.post_id)
    return previous is None or previous.decision != "hold" or previous.text_sha256 != record.text_sha256


def _example_posts(ruleset: Any, *, limit: int) -> list[Post]:
    """The rules' own ``examples:`` as posts: they walk every path the rules can take
    (lemma tables, per-language word lists, patterns, scorers), so checking them once at
    start loads whatever the core loads lazily."""
    posts: list[Post] = []
    for rule in getattr(ruleset, "rules", ()):
        for example in getattr(rule, "examples", ()):
            try:
                posts.append(Post(example.text, scheduled_at=getattr(example, "at", None),
                                  channel=getattr(example, "channel", None), brand=getattr(example, "brand", None),
                                  language=getattr(example, "language", None)))
            except (TypeError, ValueError, AttributeError):
                continue
            if len(posts) >= limit:
                return posts
    return posts


def _with_ml_budget(checker: Any, seconds: float | None) -> Any:
    """A shallow copy of the checker (same rules, same loaded scorers) with another ML
    budget: a 256-post batch cannot share a single post's 2-second budget."""
    if not hasattr(checker, "ml_timeout_s") or checker.ml_timeout_s == seconds:
        return checker
    clone = copy.copy(checker)
    clone.ml_timeout_s = seconds
    return clone


def _short(exc: Exception) -> str:
    problems = getattr(exc, "problems", None)
    if problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        return f"{problems[0]}{more}"
    return f"{type(exc).__name__}: {exc}"


def rule_id_of(rule: Any) -> str:
    for name in ("full_id", "rule_id", "id"):
        value = getattr(rule, name, None)
        if value:
            return str(value)
    return str(rule)
