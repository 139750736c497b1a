"""Spelling robustness: ``riskcheck eval perturbations``.

Abuse that the checker flags in plain spelling should stay flagged when the word that carries
it is misspelled on purpose, the way evasion and published functional tests do it: a letter
dropped or two swapped, a star for a vowel, look-alike letters of another script, an invisible
character, letters spaced out, the word glued to its neighbour. Each transform is applied to the
first *risk word* of a case (a group name, a listed insult or slur, a hostile word of the target
shapes: ``spelling.risk_words``), deterministically, so the table is the same on every run.

Cases are the functional suite's abusive ones (``expect: flag``) that the checker flags as
written, from the groups asked for (default: main and the older dev blocks; never the clean
held-out blocks). The report gives, per transform and language, the share still flagged and
blocked. ``tests/evaluation/test_perturbations.py`` holds floors on the main group.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from riskcheck.types import Post

if TYPE_CHECKING:   # the checker is built by the caller; importing it here would load the rule engine early
    from riskcheck.checker import Checker

CLEAN_BLOCKS = frozenset({"heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "lookalike", "backlash"})
_WORD = re.compile(r"[^\W\d_]+")
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "A": "4", "E": "3", "I": "1", "O": "0"})
_CYRILLIC = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і",
                           "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "I": "І"})
_VOWELS = "aeiouAEIOU"


def _middle(word: str) -> int:
    return len(word) // 2


def _drop(word: str) -> str:
    return word[:_middle(word)] + word[_middle(word) + 1:] if len(word) >= 5 else word


def _swap(word: str) -> str:
    i = _middle(word) - 1
    return word[:i] + word[i + 1] + word[i] + word[i + 2:] if len(word) >= 4 else word


def _star(word: str) -> str:
    inner = [i for i in range(1, len(word) - 1) if word[i] in _VOWELS]
    return word[:inner[0]] + "*" + word[inner[0] + 1:] if inner else word


def _zero_width(word: str) -> str:
    return word[:_middle(word)] + "\u200b" + word[_middle(word):]


def _inner_space(word: str) -> str:
    return word[:_middle(word)] + " " + word[_middle(word):]


# name -> what it does to the key word
WORD_TRANSFORMS: dict[str, Callable[[str], str]] = {
    "letter dropped": _drop,
    "neighbours swapped": _swap,
    "vowel starred": _star,
    "leetspeak": lambda w: w.translate(_LEET),
    "Cyrillic look-alikes": lambda w: w.translate(_CYRILLIC),
    "zero-width character": _zero_width,
    "letters spaced": lambda w: " ".join(w),
    "space inside": _inner_space,
}
TRANSFORMS = (*WORD_TRANSFORMS, "glued to a neighbour")


def _key_word(text: str, risky: frozenset[str]) -> re.Match[str] | None:
    return next((m for m in _WORD.finditer(text) if m.group(0).lower() in risky and len(m.group(0)) >= 4), None)


def perturb(text: str, transform: str, risky: frozenset[str]) -> str | None:
    """``text`` with its first risk word transformed; None when it has none (or nothing changes)."""
    key = _key_word(text, risky)
    if key is None:
        return None
    if transform == "glued to a neighbour":
        start, end = key.span()
        if start > 0 and text[start - 1] == " ":
            out = text[:start - 1] + text[start:]
        elif end < len(text) and text[end] == " ":
            out = text[:end] + text[end + 1:]
        else:
            return None
    else:
        out = text[:key.start()] + WORD_TRANSFORMS[transform](key.group(0)) + text[key.end():]
    return out if out != text else None


@dataclass
class Robustness:
    """Per transform and language: cases tried, still flagged, blocked."""

    n: int = 0
    flagged: int = 0
    blocked: int = 0

    @property
    def rate(self) -> float:
        return self.flagged / self.n if self.n else 1.0


def measure(checker: Checker, cases: Sequence[tuple[str, str]]) -> dict[str, dict[str, Robustness]]:
    """``cases``: (language, text) flagged as written. Result: transform -> language -> Robustness."""
    from riskcheck.evaluation.functional import AT
    from riskcheck.scorers.spelling import risk_words

    risky = risk_words()
    jobs = [(name, lang, out) for name in TRANSFORMS for lang, text in cases
            if (out := perturb(text, name, risky)) is not None]
    verdicts = checker.check_many([Post(text=t, scheduled_at=AT) for _, _, t in jobs])
    table: dict[str, dict[str, Robustness]] = {name: {} for name in TRANSFORMS}
    for (name, lang, _), verdict in zip(jobs, verdicts):
        cell = table[name].setdefault(lang, Robustness())
        cell.n += 1
        cell.flagged += verdict.decision.value != "pass"
        cell.blocked += verdict.decision.value == "block"
    return table


def flagged_cases(checker: Checker, groups: Sequence[str]) -> list[tuple[str, str]]:
    """The suite's abusive cases of ``groups`` that the checker flags as written."""
    from riskcheck.evaluation.functional import AT, load_suite

    wanted = [(lang, text) for f in load_suite() if f.expect == "flag" and f.group in groups
              and f.group not in CLEAN_BLOCKS for lang, texts in f.cases.items() for text in texts]
    verdicts = checker.check_many([Post(text=t, scheduled_at=AT) for _, t in wanted])
    return [case for case, verdict in zip(wanted, verdicts) if verdict.decision.value != "pass"]


def main(argv: Sequence[str] | None = None) -> int:
    """``riskcheck eval perturbations``: print the robustness table (exit 0)."""
    from riskcheck.evaluation.functional import default_checker, load_suite

    parser = argparse.ArgumentParser(prog="riskcheck eval perturbations", description=__doc__.split("\n\n")[1])
    parser.add_argument("--group", action="append",
                        help="suite groups to draw cases from (repeatable; default: every group but the clean "
                             "held-out blocks, the look-alike and backlash sets)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    groups = args.group or sorted({f.group for f in load_suite()} - CLEAN_BLOCKS)
    checker = default_checker()
    cases = flagged_cases(checker, groups)
    table = measure(checker, cases)
    if args.json:
        print(json.dumps({name: {lang: vars(cell) for lang, cell in cells.items()} for name, cells in table.items()},
                         indent=2))
        return 0
    languages = sorted({lang for cells in table.values() for lang in cells})
    print(f"{len(cases)} abusive cases flagged as written (groups: {', '.join(groups)}); share still flagged "
          "(blocked) with the first risk word changed:\n")
    print("| transform | " + " | ".join(languages) + " |")
    print("|---|" + "---|" * len(languages))
    for name, cells in table.items():
        row = [f"{c.rate:.1%} ({c.blocked / c.n:.1%}) of {c.n}" if (c := cells.get(lang)) and c.n else "-"
               for lang in languages]
        print(f"| {name} | " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
