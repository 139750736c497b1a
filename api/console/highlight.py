"""The post text cut into plain and flagged pieces, for the templates to render (escaped).

Overlapping spans are split at every boundary (``riskcheck.render.cut_at_spans``); a piece
covered by several findings takes the most severe one's colour and links to it. The text is
never turned into markup here: the templates escape every piece, so a post containing
``<script>`` shows as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from riskcheck.render import cut_at_spans

_RANK = {"info": 0, "review": 1, "block": 2}


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    severity: str | None = None  # None: not flagged
    finding: int | None = None  # index of the finding it links to
    rule_id: str | None = None


def pieces(text: str, findings: list[dict[str, Any]]) -> list[Piece]:
    """``text`` as consecutive pieces; flagged ones carry the severity and finding index."""
    marks = [(int(span["start"]), int(span["end"]), (str(f.get("severity")), index, str(f.get("rule_id"))))
             for index, f in enumerate(findings) for span in f.get("spans", ())]
    return [Piece(piece) if mark is None else Piece(piece, mark[0], mark[1], mark[2])
            for piece, mark in cut_at_spans(text, marks, lambda m: (_RANK.get(m[0], -1), -m[1]))]
