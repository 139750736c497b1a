"""The only place that formats verdicts for people (rich) and machines (JSON)."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.text import Text

from riskcheck.types import Decision
from riskcheck.types import Severity
from riskcheck.types import Verdict

DECISION_STYLE = {
    Decision.PASS: "bold green",
    Decision.REVIEW: "bold yellow",
    Decision.BLOCK: "bold red",
    Decision.HOLD: "bold magenta",
}
SEVERITY_STYLE = {Severity.BLOCK: "red", Severity.REVIEW: "yellow", Severity.INFO: "cyan"}


def verdict_json(verdict: Verdict) -> str:
    """One verdict as one line of JSON (the CLI's ``--json`` and the API share this shape)."""
    return json.dumps(verdict.to_dict(), ensure_ascii=False, separators=(",", ":"))


def highlighted(text: str, verdict: Verdict) -> Text:
    """The post with every finding's span underlined in its severity colour."""
    rendered = Text(text)
    for finding in verdict.findings:
        for span in finding.spans:
            rendered.stylize(f"underline {SEVERITY_STYLE[finding.severity]}", span.start, span.end)
    return rendered


def print_verdict(console: Console, text: str, verdict: Verdict, *, label: str | None = None) -> None:
    """Reviewer-readable verdict: decision, risk, the post with spans marked, the reasons."""
    head = Text()
    if label:
        head.append(f"{label}  ")
    head.append(verdict.decision.value.upper(), style=DECISION_STYLE[verdict.decision])
    head.append(f"  risk {verdict.risk:.2f}  language {verdict.language}  rules {verdict.ruleset_version}")
    console.print(head)
    console.print(Text("  ") + highlighted(text, verdict))
    for reason in verdict.reasons:
        if reason.startswith("crisis mode"):
            console.print(Text(f"  ! {reason}", style="magenta"))
    for finding in verdict.findings:
        line = Text("  ")
        line.append(f"{finding.severity.value:<6}", style=SEVERITY_STYLE[finding.severity])
        line.append(f" {finding.rule_id}  ", style="bold")
        line.append(finding.message)
        if finding.spans:
            line.append("  [" + ", ".join(repr(s.text) for s in finding.spans) + "]", style="dim")
        if finding.waived:
            line.append(f"  (waived: {finding.waived})", style="dim")
        console.print(line)
        if finding.suggestion:
            console.print(Text(f"         suggestion: {finding.suggestion}", style="green"))
        if finding.source:
            console.print(Text(f"         {finding.source.path}:{finding.source.line}", style="dim"))
    for name, status in verdict.checks.items():
        if not status.ok:
            console.print(Text(f"  check {name}: {status.to_str()}", style="yellow"))


def summary_counts(verdicts: list[Verdict]) -> dict[str, Any]:
    counts = {d.value: 0 for d in Decision}
    for verdict in verdicts:
        counts[verdict.decision.value] += 1
    return counts
