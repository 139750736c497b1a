from __future__ import annotations

import pytest

from riskcheck.scorers.obfuscation import deobfuscate, fold


@pytest.mark.parametrize(("text", "expected"), [
    ("You are a 1d10t", "You are a idiot"),
    ("stuuuupid b!tch", "stupid bitch"),
    ("i.d.i.o.t", "idiot"),
    ("k a n k e r", "kanker"),
    ("l0ser", "loser"),
    # Ordinary text with digits and repeats stays as it is.
    ("Price 19.99 on 3/4, call 0800-123", "Price 19.99 on 3/4, call 0800-123"),
    ("Save 50% with code SUMMER24!", "Save 50% with code SUMMER24!"),
    ("Open at 3pm, 10km run, www.example.com #sale2024", "Open at 3pm, 10km run, www.example.com #sale2024"),
    ("Je bent een waardeloze idioot.", "Je bent een waardeloze idioot."),
    ("Good coffee", "Good coffee"),
])
def test_deobfuscate(text: str, expected: str) -> None:
    assert deobfuscate(text) == expected


def test_fold_strips_accents_and_case() -> None:
    assert fold("Überraschung CAFÉ ﬁ") == "uberraschung cafe fi"
