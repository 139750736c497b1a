"""``counter_speech: ignore``: a rule that matches a hateful *statement* skips a match that the post
condemns, quotes, reports or denies ("Saying 'X are vermin' is disgusting", "My grandma was told
'go back to your own country' for years").

The reading is the toxicity scorer's (``riskcheck.scorers.toxicity_patterns``), so a rule and the
model agree on what a sentence is *about*. It is imported on first use: the rule engine stays free
of the scorers until a rule asks for this.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

CounterSpeechMode = Literal["match", "ignore"]


def counter_speech_field() -> CounterSpeechMode:
    """The spec field shared by the kinds that offer the key (``phrase``, ``near``)."""
    return Field(
        "match", description="ignore: a match inside a sentence that condemns, quotes or denies it "
                             "(\"Saying 'X are vermin' is disgusting\", \"I don't hate X\") is not reported")


_SENTENCE_END = frozenset(".!?\n\u2026")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of ``text`` holding ``text[start:end]``: from the terminator before
    ``start`` to the one at or after ``end`` (a quote's closing mark stays inside)."""
    left, right = _sentence_bounds(text, start, end)
    return text[left:right]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = start
    while left > 0 and text[left - 1] not in _SENTENCE_END:
        left -= 1
    right = end
    while right < len(text) and text[right] not in _SENTENCE_END:
        right += 1
    return left, min(right + 1, len(text))


def about_abuse(text: str, start: int, end: int) -> bool:
    """The match ``text[start:end]`` sits in a sentence that is counter-speech, or in a quoting
    sentence whose post condemns what was said ("'Women belong in the kitchen' - a man at the bar.
    Unbelievable that people still say this.")."""
    from riskcheck.scorers.obfuscation import fold
    from riskcheck.scorers.toxicity_patterns import is_counter_speech, quotes_someone
    from riskcheck.scorers.toxicity_reference import condemns_what_was_said

    def shaped(part: str) -> str:
        return fold(part).replace("\u2019", "'")

    left, right = _sentence_bounds(text, start, end)
    said = shaped(text[left:right])
    if is_counter_speech(said):
        return True
    return quotes_someone(said) and condemns_what_was_said(shaped(f"{text[:left]} {text[right:]}"))
