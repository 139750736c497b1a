"""Reviewer-readable text and machine-readable JSON for a hook or recheck run.

Text is one line per finding, ``file:line:col: SEVERITY rule-id message (suggest: ...)``, then
the line of the post with the match marked, so a reviewer reading a failed commit sees what
to change without opening the file.
"""

from __future__ import annotations

import json
from typing import Any

from riskcheck.hook.locate import locate
from riskcheck.hook.model import Outcome
from riskcheck.hook.report import Report
from riskcheck.hook.report import only_unrun_checks
from riskcheck.hook.report import unexplained
from riskcheck.hook.report import unrun_checks

_CONTEXT = 100


def _excerpt(line: str, marks: list[tuple[int, int]]) -> tuple[str, str]:
    """The source line (cut around the first match when long) and carets under every match."""
    cut = 0
    shown = line
    if len(line) > _CONTEXT:
        cut = max(0, min(marks[0][0] - 1 - 30, len(line) - _CONTEXT))
        shown = ("…" if cut else "") + line[cut:cut + _CONTEXT] + ("…" if cut + _CONTEXT < len(line) else "")
    carets = [" "] * len(shown)
    for column, width in marks:
        start = column - 1 - cut + (1 if cut else 0)
        for index in range(max(0, start), min(len(shown), start + max(1, width))):
            carets[index] = "^"
    return shown, "".join(carets).rstrip()


def outcome_lines(outcome: Outcome, *, show_unrun: bool) -> list[str]:
    """The lines for one post: its findings, and its decision when findings do not explain it."""
    item, verdict = outcome.item, outcome.verdict
    if verdict is None:
        return [f"{item.where}: error could not check this post: {outcome.error}"]
    out: list[str] = []
    for finding in verdict.findings:
        if finding.waived:
            continue
        suggestion = f" (suggest: {finding.suggestion})" if finding.suggestion else ""
        locations = locate(item, finding)
        first = locations[0]
        part = "" if finding.part == "text" else f"[{finding.part}] "
        out.append(f"{item.path}:{first.line}:{first.column}: {finding.severity.value.upper()} "
                   f"{finding.rule_id} {part}{finding.message}{suggestion}")
        by_line: dict[int, list[tuple[int, int]]] = {}
        sources: dict[int, str] = {}
        for loc in locations:
            if loc.text and loc.part == "text":
                width = len(loc.text) if loc.end_line == loc.line else len(loc.source_line) - loc.column + 1
                by_line.setdefault(loc.line, []).append((loc.column, width))
                sources[loc.line] = loc.source_line
        for line_no, marks in by_line.items():
            out.extend(f"    | {part}" for part in _excerpt(sources[line_no], marks))
    if unexplained(verdict) and (show_unrun or not only_unrun_checks(verdict)):
        unrun = tuple(f"check '{name}'" for name, status in verdict.checks.items() if status.missing)
        why = "; ".join(r for r in verdict.reasons
                        if not any(r.startswith(f.rule_id) for f in verdict.findings)
                        and (show_unrun or verdict.decision.value != "hold" or not r.startswith(unrun)))
        rule = "riskcheck/crisis-hold" if verdict.decision.value == "hold" else "riskcheck/unchecked"
        out.append(f"{item.path}:{item.line}:1: {verdict.decision.value.upper()} {rule} {why}")
    return out


def render_text(report: Report, *, show_unrun: bool = False) -> list[str]:
    """Every line the hook prints, ending with the summary."""
    lines: list[str] = [str(p) for p in report.problems]
    for outcome in report.outcomes:
        lines.extend(outcome_lines(outcome, show_unrun=show_unrun))
    skipped_only = sum(1 for o in report.outcomes if o.verdict is not None and only_unrun_checks(o.verdict))
    if skipped_only and not show_unrun:
        names = ", ".join(f"{name} ({n})" for name, n in sorted(unrun_checks(report.outcomes).items()))
        lines.append(f"note: {skipped_only} post(s) go to review only because some checks did not run: "
                     f"{names}; --show-unchecked lists them")
    lines.append(report.summary())
    return lines


def outcome_dict(outcome: Outcome) -> dict[str, Any]:
    """One post for ``--format json``: where it is, what it says, the verdict, the locations."""
    item = outcome.item
    post = item.post
    data: dict[str, Any] = {
        "file": item.path,
        "line": item.line,
        "id": post.id,
        "scheduled_at": post.scheduled_at.isoformat() if post.scheduled_at else None,
        "channel": post.channel,
        "brand": post.brand,
        "text": post.text,
    }
    if outcome.verdict is None:
        data["error"] = outcome.error
        return data
    data["decision"] = outcome.verdict.decision.value
    data["verdict"] = outcome.verdict.to_dict()
    data["locations"] = [
        {"rule_id": f.rule_id, "line": loc.line, "column": loc.column, "end_line": loc.end_line,
         "end_column": loc.end_column, "text": loc.text, "part": loc.part}
        for f in outcome.verdict.findings for loc in locate(item, f)
    ]
    return data


def render_json(report: Report) -> str:
    """The whole run as one JSON document."""
    document = {
        "summary": {"files": report.files, "posts": len(report.outcomes), "errors": report.errors,
                    **report.counts()},
        "posts": [outcome_dict(o) for o in report.outcomes],
        "errors": [{"file": p.path, "line": p.line, "message": p.message} for p in report.problems],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
