"""Prometheus metrics, one registry per app (tests build many apps in one process).

With ``--workers N`` each worker process keeps its own counters; scrape each replica
or run one worker per container.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from prometheus_client import CollectorRegistry
from prometheus_client import Counter
from prometheus_client import Gauge
from prometheus_client import Histogram
from prometheus_client import generate_latest

from riskcheck.types import Verdict

_FAST = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The service's counters, histograms and gauges."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter("riskcheck_http_requests", "HTTP requests by route, method and status.",
                                ["route", "method", "status"], registry=r)
        self.latency = Histogram("riskcheck_http_request_duration_seconds", "HTTP latency by route.",
                                 ["route"], buckets=_FAST, registry=r)
        self.checks = Counter("riskcheck_checks", "Checked posts by route and decision.",
                              ["route", "decision"], registry=r)
        self.check_latency = Histogram("riskcheck_check_duration_seconds",
                                       "Time to check one post (batch: per post) by route and decision.",
                                       ["route", "decision"], buckets=_FAST, registry=r)
        self.findings = Counter("riskcheck_findings", "Findings by rule and severity.",
                                ["rule_id", "severity"], registry=r)
        self.stage_latency = Histogram("riskcheck_stage_duration_seconds",
                                       "Per-post time in each stage (normalize, rules, toxicity, topics, policy).",
                                       ["stage"], buckets=_FAST, registry=r)
        self.check_status = Counter("riskcheck_check_status", "ML and other checks by outcome (ran, skipped, timeout, failed).",
                                    ["check", "state"], registry=r)
        self.ruleset_info = Gauge("riskcheck_ruleset_info", "The loaded rule-set version (value 1).",
                                  ["version"], registry=r)
        self.ruleset_loaded = Gauge("riskcheck_ruleset_loaded_timestamp_seconds",
                                    "Unix time the current rule set was loaded.", registry=r)
        self.ruleset_age = Gauge("riskcheck_ruleset_age_seconds", "Seconds since the current rule set was loaded.",
                                 registry=r)
        self.reloads = Counter("riskcheck_rule_reloads",
                               "Rule reloads by result (ok, error, timeout, busy; sync_error: a published set "
                               "did not load in this worker).", ["result"], registry=r)
        self.rules_generation = Gauge("riskcheck_rules_generation",
                                      "The store generation of the rule set this worker serves.", registry=r)
        self.rules_behind = Gauge("riskcheck_rules_behind",
                                  "1 while this worker cannot load the newest published rule set and serves an "
                                  "older one; 0 otherwise.", registry=r)
        self.rejected = Counter("riskcheck_rejected_requests", "Requests refused by a limit.", ["reason"], registry=r)
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}
        self._loaded_at = time.time()
        self.ruleset_age.set_function(lambda: time.time() - self._loaded_at)

    def ruleset_swapped(self, version: str, loaded_at: float, generation: int | None = None) -> None:
        if generation is not None:
            self.rules_generation.set(generation)
        self.ruleset_info.clear()
        self.ruleset_info.labels(version).set(1)
        self.ruleset_loaded.set(loaded_at)
        self._loaded_at = loaded_at

    def _child(self, metric: Any, *labels: str) -> Any:
        """``metric.labels(*labels)``, memoised: label lookup takes a lock and builds
        tuples, and this runs several times per request on the hot path."""
        key = (id(metric), labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    def observe_verdicts(self, route: str, verdicts: Iterable[Verdict], seconds_each: float) -> None:
        child = self._child
        for verdict in verdicts:
            decision = verdict.decision.value
            child(self.checks, route, decision).inc()
            child(self.check_latency, route, decision).observe(seconds_each)
            for finding in verdict.findings:
                child(self.findings, finding.rule_id, finding.severity.value).inc()
            for stage, ms in verdict.timings_ms.items():
                if stage != "total":
                    child(self.stage_latency, stage).observe(ms / 1000.0)
            for name, status in verdict.checks.items():
                child(self.check_status, name, status.state.value).inc()

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        self._child(self.requests, route, method, str(status)).inc()
        self._child(self.latency, route).observe(seconds)

    def render(self) -> bytes:
        return generate_latest(self.registry)
