"""Human, Markdown and HTML output of verdicts: why/link/owner shown, spans never split, text escaped."""

from __future__ import annotations

import io

from rich.console import Console

from riskcheck.render import ReportPost
from riskcheck.render import print_verdict
from riskcheck.render import verdicts_html
from riskcheck.render import verdicts_markdown
from riskcheck.types import CheckStatus
from riskcheck.types import Decision
from riskcheck.types import Finding
from riskcheck.types import Severity
from riskcheck.types import Source
from riskcheck.types import Span
from riskcheck.types import Verdict

LONG = ("A long scheduled post that goes on and on about our autumn collection before it finally "
        "mentions the words preferably caucasian candidates near the end of the line.")
HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(1)> **bold** | pipe'


def _verdict(text: str, phrase: str, decision: Decision = Decision.BLOCK) -> Verdict:
    start = text.index(phrase)
    finding = Finding("discrimination/ethnicity", "phrase", "discrimination", Severity.BLOCK,
                      "Ethnic preference in a job ad", (Span(start, start + len(phrase), phrase),),
                      suggestion="all qualified candidates", source=Source("rules/discrimination.yaml", 12),
                      why="Job ads may not state an ethnic preference (equal treatment law).",
                      link="https://example.com/guide#ethnicity")
    return Verdict(decision, 1.0, (finding,), {"rules": CheckStatus.ran()}, "en", "v1",
                   ("discrimination/ethnicity: Ethnic preference in a job ad",))


def test_human_output_shows_why_link_owner_and_keeps_spans_whole_when_piped():
    out = io.StringIO()
    console = Console(file=out, width=60, force_terminal=False, color_system=None)
    print_verdict(console, LONG, _verdict(LONG, "preferably caucasian candidates"),
                  owners={"discrimination": "hr-legal@example.com"})
    text = out.getvalue()
    assert "why: Job ads may not state an ethnic preference" in text
    assert "link: https://example.com/guide#ethnicity" in text
    assert "owner: hr-legal@example.com" in text
    assert "rules/discrimination.yaml:12" in text
    assert "preferably caucasian candidates near" in text  # the span is on one line
    assert any("preferably caucasian candidates" in line for line in text.splitlines())


def test_markdown_report_escapes_and_bolds_spans():
    text = HOSTILE + " preferably caucasian"
    md = verdicts_markdown([ReportPost("posts.csv:3", text, _verdict(text, "preferably caucasian"))],
                           owners={"discrimination": "hr-legal@example.com"})
    assert "<script>" not in md and "<img" not in md
    assert "&lt;script&gt;" in md and r"\*\*bold\*\*" in md and r"\| pipe" in md
    assert "**preferably caucasian**" in md
    assert "| 🟥 | block | `discrimination/ethnicity` |" in md
    assert "hr-legal@example.com" in md and "rules/discrimination.yaml:12" in md
    assert "[link](https://example.com/guide#ethnicity)" in md


def test_markdown_counts_passing_posts_without_listing_them():
    passing = Verdict(Decision.PASS, 0.0, (), {"rules": CheckStatus.ran()}, "en", "v1")
    md = verdicts_markdown([ReportPost("a", "hello", passing), ReportPost("b", "x", None, "unreadable")])
    assert "2 post(s): 1 pass" in md and "1 error(s)" in md
    assert "### a" not in md and "### b: error" in md


def test_html_report_is_self_contained_and_escaped():
    text = HOSTILE + " preferably caucasian"
    page = verdicts_html([ReportPost("p1", text, _verdict(text, "preferably caucasian"))])
    assert page.startswith("<!doctype html>")
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<mark class="block">preferably caucasian</mark>' in page
    assert ' src="' not in page and "<link" not in page  # nothing fetched
    assert "default-src 'none'" in page
