"""SARIF 2.1.0, so code hosts show findings as annotations on the content file's lines.

One result per finding (level from severity), one per decision the findings do not explain
(crisis hold, unchecked), and one per read problem, so nothing the text output says is lost.
Columns count Unicode code points, as declared in ``columnKind``.
"""

from __future__ import annotations

import json
from importlib import metadata
from typing import Any

from riskcheck.hook.locate import locate
from riskcheck.hook.model import Outcome
from riskcheck.hook.report import Report
from riskcheck.hook.report import only_unrun_checks
from riskcheck.hook.report import unexplained
from riskcheck.types import Finding

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"block": "error", "review": "warning", "info": "note"}
READ_ERROR = "riskcheck/read-error"
HOLD = "riskcheck/crisis-hold"
UNCHECKED = "riskcheck/unchecked"


def _version() -> str:
    try:
        return metadata.version("riskcheck")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0"


def _region(line: int, column: int, end_line: int | None = None, end_column: int | None = None,
            snippet: str | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(1, line), "startColumn": max(1, column)}
    if end_line is not None and end_column is not None:
        region["endLine"] = max(region["startLine"], end_line)
        region["endColumn"] = max(1, end_column if end_line > line else max(end_column, column))
    if snippet:
        region["snippet"] = {"text": snippet}
    return region


def _location(path: str, region: dict[str, Any]) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": path.replace("\\", "/"), "uriBaseId": "%SRCROOT%"},
                                 "region": region}}


class _Rules:
    """The run's rule table: each rule id once, results point at it by index."""

    def __init__(self) -> None:
        self.rules: list[dict[str, Any]] = []
        self.index: dict[str, int] = {}

    def add(self, rule_id: str, description: str, level: str, *, link: str | None = None,
            category: str | None = None) -> int:
        if rule_id not in self.index:
            rule: dict[str, Any] = {"id": rule_id, "shortDescription": {"text": description},
                                    "defaultConfiguration": {"level": level}}
            if link:
                rule["helpUri"] = link
            if category:
                rule["properties"] = {"category": category}
            self.index[rule_id] = len(self.rules)
            self.rules.append(rule)
        return self.index[rule_id]


def _finding_result(outcome: Outcome, finding: Finding, rules: _Rules) -> dict[str, Any]:
    level = LEVEL[finding.severity.value]
    index = rules.add(finding.rule_id, finding.message, level, link=finding.link, category=finding.category)
    text = finding.message + (f" (suggest: {finding.suggestion})" if finding.suggestion else "")
    locations = [_location(outcome.item.path, _region(loc.line, loc.column, loc.end_line, loc.end_column,
                                                      loc.text or None))
                 for loc in locate(outcome.item, finding)]
    result: dict[str, Any] = {"ruleId": finding.rule_id, "ruleIndex": index, "level": level,
                              "message": {"text": text}, "locations": locations,
                              "properties": {"decision": outcome.verdict.decision.value if outcome.verdict else None,
                                             "postId": outcome.item.post.id, "severity": finding.severity.value}}
    if finding.suggestion and finding.spans:
        result["properties"]["suggestion"] = finding.suggestion
    return result


def render_sarif(report: Report, *, show_unrun: bool = False) -> str:
    """The run as one SARIF 2.1.0 log."""
    rules = _Rules()
    results: list[dict[str, Any]] = []
    for problem in report.problems:
        index = rules.add(READ_ERROR, "A content file or a post in it could not be read.", "error")
        results.append({"ruleId": READ_ERROR, "ruleIndex": index, "level": "error",
                        "message": {"text": problem.message},
                        "locations": [_location(problem.path, _region(problem.line, 1))]})
    for outcome in report.outcomes:
        verdict = outcome.verdict
        if verdict is None:
            index = rules.add(READ_ERROR, "A post could not be checked.", "error")
            results.append({"ruleId": READ_ERROR, "ruleIndex": index, "level": "error",
                            "message": {"text": f"could not check this post: {outcome.error}"},
                            "locations": [_location(outcome.item.path, _region(outcome.item.line, 1))]})
            continue
        for finding in verdict.findings:
            if not finding.waived:
                results.append(_finding_result(outcome, finding, rules))
        if unexplained(verdict) and (show_unrun or not only_unrun_checks(verdict)):
            hold = verdict.decision.value == "hold"
            rule_id = HOLD if hold else UNCHECKED
            index = rules.add(rule_id, "Held while crisis mode is on." if hold else
                              "A check did not run, so a person must review the post.",
                              "error" if hold else "warning")
            results.append({"ruleId": rule_id, "ruleIndex": index, "level": "error" if hold else "warning",
                            "message": {"text": "; ".join(verdict.reasons) or verdict.decision.value},
                            "locations": [_location(outcome.item.path, _region(outcome.item.line, 1))],
                            "properties": {"decision": verdict.decision.value, "postId": outcome.item.post.id}})
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "riskcheck", "version": _version(), "rules": rules.rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [{"executionSuccessful": report.errors == 0}],
            "properties": {"summary": {"files": report.files, "posts": len(report.outcomes),
                                       "errors": report.errors, **report.counts()}},
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)
