"""Span offsets in UTF-16 code units beside the code-point offsets.

Spans are half-open ``[start, end)`` ranges in Unicode code points (Python ``str``
indices). JavaScript, Java, C# and the DOM count UTF-16 code units, where every
character above U+FFFF (most emoji) takes two; a web client that used ``start`` for
"🎉🎉 Ride out #StormBram!" would highlight two units too early. So every span also
carries ``start_utf16``/``end_utf16``. Combining marks are one code point and one UTF-16
unit each, so they shift neither count.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Callable
from collections.abc import Mapping

from riskcheck.types import Finding
from riskcheck.types import Span
from riskcheck.types import Verdict

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_converter(text: str) -> Callable[[int], int]:
    """Code-point index -> UTF-16 code-unit index for ``text``; O(log n) per call."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return lambda index: index
    return lambda index: index + bisect_left(astral, index)


def with_utf16(spans: tuple[Span, ...], to_utf16: Callable[[int], int]) -> tuple[Span, ...]:
    # Span(...) rather than dataclasses.replace: this runs for every span of every verdict
    return tuple(s if s.start_utf16 is not None else Span(s.start, s.end, s.text, to_utf16(s.start), to_utf16(s.end))
                 for s in spans)


def fill_utf16(verdict: Verdict, texts: Mapping[str, str], default: str) -> Verdict:
    """The verdict with UTF-16 offsets on every span, each counted in the text of the part
    its finding came from (``texts``: part name -> text; ``default`` for findings with no
    part). Spans that already carry them are kept as they are."""
    converters: dict[str, Callable[[int], int]] = {}

    def converter(part: str | None) -> Callable[[int], int]:
        text = texts.get(part or "", default)
        key = part or ""
        if key not in converters:
            converters[key] = utf16_converter(text)
        return converters[key]

    changed = False
    findings: list[Finding] = []
    for finding in verdict.findings:
        if finding.spans and any(s.start_utf16 is None for s in finding.spans):
            finding = dataclasses.replace(
                finding, spans=with_utf16(finding.spans, converter(getattr(finding, "part", None))))
            changed = True
        findings.append(finding)
    return dataclasses.replace(verdict, findings=tuple(findings)) if changed else verdict
