"""Where a finding sits in the content file: line and column of each matched span."""

from __future__ import annotations

from dataclasses import dataclass

from riskcheck.hook.model import ScheduledPost
from riskcheck.types import Finding


@dataclass(frozen=True, slots=True)
class Location:
    """1-based file line and column (in characters of the post text) of one matched span."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    source_line: str
    part: str = "text"  # alt_text, media, link_urls[i]: not in the text, so the post's line, column 1


def _position(text: str, offset: int) -> tuple[int, int]:
    """(0-based line inside the text, 1-based column) of a character offset."""
    line = text.count("\n", 0, offset)
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def locate(item: ScheduledPost, finding: Finding) -> list[Location]:
    """Every span of the finding; a finding without spans points at the post's first line.

    Columns count characters of the post text on that line: exact for Markdown bodies and
    plain cells, shifted by the quoting for a quoted CSV cell.
    """
    if finding.part != "text":
        # another field of the record (alt text, a link column): its own line is not tracked
        shown = finding.spans[0].text if finding.spans else ""
        part_text = item.post.part_texts().get(finding.part, "")
        return [Location(item.line, 1, item.line, 1, shown, f"{finding.part}: {part_text}", finding.part)]
    text = item.post.text
    lines = text.split("\n")
    base = item.text_line or item.line
    if not finding.spans:
        return [Location(base, 1, base, 1, "", lines[0] if lines else "")]
    out: list[Location] = []
    for span in finding.spans:
        start = max(0, min(span.start, len(text)))
        end = max(start, min(span.end, len(text)))
        line, col = _position(text, start)
        end_line, end_col = _position(text, end)
        out.append(Location(base + line, col, base + end_line, end_col, span.text, lines[line]))
    return out
