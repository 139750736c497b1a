"""The only place that formats verdicts for people (rich, Markdown, HTML) and machines (JSON).

Human output shows each reason's message, why, link and the pack's owner ("who to ask"),
and is printed without re-wrapping (``soft_wrap``), so a piped report never breaks a
flagged span across two lines. Markdown (pull request comments) and HTML (one self-contained
file) escape the post text: a post is data, never markup.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from typing import TypeVar

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


def pack_owners(ruleset: Any) -> dict[str, str]:
    """pack name -> owner, from a loaded rule set (empty for rule sets without owners)."""
    packs = getattr(ruleset, "packs", ()) or ()
    values = packs.values() if isinstance(packs, Mapping) else packs
    return {str(getattr(p, "name", p)): str(getattr(p, "owner")) for p in values if getattr(p, "owner", None)}


def owner_of(rule_id: str, owners: Mapping[str, str] | None) -> str | None:
    return (owners or {}).get(rule_id.split("/", 1)[0])


def print_verdict(console: Console, text: str, verdict: Verdict, *, label: str | None = None,
                  owners: Mapping[str, str] | None = None) -> None:
    """Reviewer-readable verdict: decision, risk, the post with spans marked, the reasons with
    why, link, owner and rule source. Never re-wrapped: a span stays on one line."""
    _print_verdict(_NoWrap(console), text, verdict, label=label, owners=owners)


class _NoWrap:
    """Prints every line with ``soft_wrap``: the terminal may fold a long line, rich never
    inserts a newline (so piped output keeps each span, and each reason, whole)."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def print(self, text: Text) -> None:
        self.console.print(text, soft_wrap=True)


def _print_verdict(console: _NoWrap, text: str, verdict: Verdict, *, label: str | None,
                   owners: Mapping[str, str] | None) -> None:
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
        if finding.why:
            console.print(Text(f"         why: {finding.why}"))
        if finding.link:
            console.print(Text(f"         link: {finding.link}", style="blue"))
        owner = owner_of(finding.rule_id, owners)
        if owner:
            console.print(Text(f"         owner: {owner}", style="dim"))
        if finding.suggestion:
            console.print(Text(f"         suggestion: {finding.suggestion}", style="green"))
        if finding.source:
            console.print(Text(f"         {finding.source.path}:{finding.source.line}", style="dim"))
    for name, status in verdict.checks.items():
        if not status.ok:
            console.print(Text(f"  check {name}: {status.to_str()}", style="yellow" if status.missing else "dim"))


def summary_counts(verdicts: list[Verdict]) -> dict[str, Any]:
    counts = {d.value: 0 for d in Decision}
    for verdict in verdicts:
        counts[verdict.decision.value] += 1
    return counts


# -- reports for people outside the console: Markdown and HTML ------------------------------
@dataclass(frozen=True, slots=True)
class ReportPost:
    """One post in a report: where it came from (file:line or id), its text and its verdict."""

    label: str
    text: str
    verdict: Verdict | None
    error: str | None = None


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|~])")
_MD_LINE_START = re.compile(r"^([#+\-!>=]|\d+\.)")
_SEVERITY_MARK = {Severity.BLOCK: "🟥", Severity.REVIEW: "🟨", Severity.INFO: "🟦"}


def _md(text: str) -> str:
    """Text safe inside Markdown: no markup, no HTML, one line."""
    escaped = _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
    return _MD_LINE_START.sub(r"\\\1", escaped).replace("\r", " ").replace("\n", "<br>")


M = TypeVar("M")


def cut_at_spans(text: str, marks: Sequence[tuple[int, int, M]], rank: Callable[[M], Any]
                 ) -> list[tuple[str, M | None]]:
    """``text`` cut at every span boundary; each piece with the highest-ranked mark covering it
    (None: not flagged). Overlapping spans never nest markup: one piece, one mark."""
    cover = [(max(0, a), min(len(text), b), m) for a, b, m in marks if max(0, a) < min(len(text), b)]
    cuts = sorted({0, len(text), *(c[0] for c in cover), *(c[1] for c in cover)})
    out: list[tuple[str, M | None]] = []
    for start, end in zip(cuts, cuts[1:]):
        over = [c[2] for c in cover if c[0] <= start and end <= c[1]]
        out.append((text[start:end], max(over, key=rank) if over else None))
    return out


def _segments(text: str, verdict: Verdict) -> list[tuple[str, Severity | None]]:
    marks = [(s.start, s.end, f.severity) for f in verdict.findings if f.waived is None for s in f.spans]
    return cut_at_spans(text, marks, lambda severity: severity.rank)


def _md_post(post: ReportPost, owners: Mapping[str, str] | None) -> list[str]:
    if post.verdict is None:
        return [f"### {_md(post.label)}: error", "", _md(post.error or "could not check this post"), ""]
    verdict = post.verdict
    marked = "".join(f"**{_md(piece)}**" if severity else _md(piece)
                     for piece, severity in _segments(post.text, verdict))
    lines = [f"### {_md(post.label)}: {verdict.decision.value.upper()} (risk {verdict.risk:.2f})", "",
             "> " + marked, ""]
    lines.extend(f"_{_md(r)}_" for r in verdict.reasons if r.startswith("crisis mode"))
    if verdict.findings:
        lines += ["| | Severity | Rule | Message | Why | Owner | Source |", "|---|---|---|---|---|---|---|"]
        for f in verdict.findings:
            why = _md(f.why or "") + (f" ([link]({_md_url(f.link)}))" if f.link else "")
            message = _md(f.message) + (f" (suggest: {_md(f.suggestion)})" if f.suggestion else "")
            if f.waived:
                message += f" (waived: {_md(f.waived)})"
            source = _md(f"{f.source.path}:{f.source.line}") if f.source else ""
            lines.append(f"| {_SEVERITY_MARK[f.severity]} | {f.severity.value} | `{f.rule_id.replace('`', '')}` | "
                         f"{message} | {why} | {_md(owner_of(f.rule_id, owners) or '')} | {source} |")
        lines.append("")
    lines.extend(f"- check {_md(name)}: {_md(status.to_str())}" for name, status in verdict.checks.items()
                 if not status.ok)
    return lines


def _md_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def verdicts_markdown(posts: Sequence[ReportPost], *, owners: Mapping[str, str] | None = None,
                      title: str = "riskcheck report") -> str:
    """A Markdown report (for a pull request comment): counts, then each post that needs a look
    with its flagged spans in bold and a table of reasons. Passing posts are only counted."""
    counts = summary_counts([p.verdict for p in posts if p.verdict is not None])
    errors = sum(1 for p in posts if p.verdict is None)
    head = ", ".join(f"{n} {name}" for name, n in counts.items()) + (f", {errors} error(s)" if errors else "")
    lines = [f"## {title}", "", f"{len(posts)} post(s): {head}", ""]
    for post in posts:
        if post.verdict is not None and post.verdict.decision is Decision.PASS and not post.verdict.findings:
            continue
        lines.extend(_md_post(post, owners))
    return "\n".join(lines).rstrip() + "\n"


_HTML_STYLE = """body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
.post{white-space:pre-wrap;border:1px solid #ccd;border-radius:6px;padding:.6rem .9rem;background:#fff}
mark{border-bottom:3px solid;padding:0 1px}mark.block{background:#fbd3cf;border-color:#b3261e}
mark.review{background:#fdf0c4;border-color:#b07d00}mark.info{background:#d6ecfa;border-color:#1f6fa8}
.decision{font-weight:700;text-transform:uppercase}.pass{color:#1e7b34}.review{color:#8a6200}
.block{color:#b3261e}.hold{color:#7b2c8f}table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{text-align:left;border-bottom:1px solid #dde;padding:.25rem .4rem;vertical-align:top}
section{margin:1.5rem 0}.waived{opacity:.7}"""


def _html_post(post: ReportPost, owners: Mapping[str, str] | None) -> str:
    e = html.escape
    if post.verdict is None:
        return f"<section><h2>{e(post.label)}: error</h2><p>{e(post.error or 'could not check this post')}</p></section>"
    verdict = post.verdict
    marked = "".join(f'<mark class="{sev.value}">{e(piece)}</mark>' if sev else e(piece)
                     for piece, sev in _segments(post.text, verdict))
    parts = [f'<section><h2>{e(post.label)}: <span class="decision {verdict.decision.value}">'
             f"{verdict.decision.value}</span> <small>risk {verdict.risk:.2f}</small></h2>",
             f'<p class="post">{marked}</p>']
    parts += [f"<p class=\"hold\">{e(r)}</p>" for r in verdict.reasons if r.startswith("crisis mode")]
    if verdict.findings:
        parts.append("<table><tr><th>Severity</th><th>Rule</th><th>Message</th><th>Why</th><th>Owner</th>"
                     "<th>Source</th></tr>")
        for f in verdict.findings:
            link = f' <a href="{e(f.link)}">{e(f.link)}</a>' if f.link and f.link.startswith(("https://", "http://")) else ""
            extra = (f" (suggest: {e(f.suggestion)})" if f.suggestion else "") + (
                f" (waived: {e(f.waived)})" if f.waived else "")
            source = e(f"{f.source.path}:{f.source.line}") if f.source else ""
            parts.append(f'<tr class="{"waived" if f.waived else ""}"><td class="{f.severity.value}">'
                         f"{f.severity.value}</td><td>{e(f.rule_id)}</td><td>{e(f.message)}{extra}</td>"
                         f"<td>{e(f.why or '')}{link}</td><td>{e(owner_of(f.rule_id, owners) or '')}</td>"
                         f"<td>{source}</td></tr>")
        parts.append("</table>")
    parts += [f"<p>check {e(name)}: {e(status.to_str())}</p>" for name, status in verdict.checks.items()
              if not status.ok]
    return "".join(parts) + "</section>"


def verdicts_html(posts: Sequence[ReportPost], *, owners: Mapping[str, str] | None = None,
                  title: str = "riskcheck report") -> str:
    """One self-contained HTML file (inline style, no script, nothing fetched) with every post,
    its spans highlighted by severity and its reasons; all text escaped."""
    counts = summary_counts([p.verdict for p in posts if p.verdict is not None])
    head = ", ".join(f"{n} {name}" for name, n in counts.items())
    body = "".join(_html_post(p, owners) for p in posts)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">'
            f"<title>{html.escape(title)}</title><style>{_HTML_STYLE}</style></head><body>"
            f"<h1>{html.escape(title)}</h1><p>{len(posts)} post(s): {head}</p>{body}</body></html>\n")
