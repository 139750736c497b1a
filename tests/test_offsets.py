from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from riskcheck.offsets import fill_utf16
from riskcheck.offsets import utf16_converter
from riskcheck.types import CheckStatus
from riskcheck.types import Decision
from riskcheck.types import Finding
from riskcheck.types import Severity
from riskcheck.types import Span
from riskcheck.types import Verdict


def test_issue_example_emoji_shift_utf16_by_two():
    text = "🎉🎉 Ride out #StormBram!"
    start = text.index("#StormBram")
    assert (start, utf16_converter(text)(start)) == (12, 14)


def test_combining_marks_count_the_same_in_both():
    text = "Cafe\u0301 e\u0308 sale"  # decomposed é and ë: one code point and one UTF-16 unit per mark
    to16 = utf16_converter(text)
    assert to16(text.index("sale")) == text.index("sale") == 9


@given(st.text(max_size=40), st.data())
def test_matches_the_utf16_encoding_length(text, data):
    index = data.draw(st.integers(0, len(text)))
    assert utf16_converter(text)(index) == len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def test_fill_utf16_uses_the_text_of_the_findings_part():
    verdict = Verdict(Decision.REVIEW, 0.5, (
        Finding("p/a", "phrase", "c", Severity.REVIEW, "m", (Span(3, 7, "sale"),)),
        Finding("p/b", "phrase", "c", Severity.REVIEW, "m", (Span(2, 6, "sale"),), part="alt_text"),
    ), {"rules": CheckStatus.ran()}, "en", "v1")
    filled = fill_utf16(verdict, {"text": "🎉 sale", "alt_text": "🎉🎉sale"}, "🎉 sale")
    assert [(s.start_utf16, s.end_utf16) for f in filled.findings for s in f.spans] == [(4, 8), (4, 8)]
    assert filled.findings[0].to_dict()["spans"][0] == {"start": 3, "end": 7, "text": "sale",
                                                        "start_utf16": 4, "end_utf16": 8}
