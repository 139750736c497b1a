"""A fuzz corpus of hostile post shapes: each builds a text of about ``n`` characters.

Shared by the regression tests (``tests/test_hostile_text.py``) and the doubling benchmark
(``benchmarks/bench_hostile.py``). Each shape once cost time super-linear in its length
somewhere in normalisation or matching (issue 9: 12,000 trailing spaces took 23 s), or is a
close cousin of one that did. Add a shape here when a new one is found.
"""

from __future__ import annotations

from collections.abc import Callable

PREFIX = "hello world "


def _repeat(unit: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        return PREFIX + unit * max(1, n // len(unit))

    return build


def _before_url(unit: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        return PREFIX + unit * max(1, n // len(unit)) + "https://example.com/x"

    return build


SHAPES: dict[str, Callable[[int], str]] = {
    "trailing spaces": _repeat(" "),
    "trailing newlines": _repeat("\n"),
    "trailing bidi controls": _repeat("\u200e"),
    "trailing bidi isolates": _repeat("\u2066\u2069"),
    "trailing zero-width": _repeat("\u200b"),
    "mixed white space": _repeat(" \t\n\u00a0\u2003\u3000"),
    "spaces before a URL": _before_url(" "),
    "newlines before a URL": _before_url("\n"),
    "bidi before a URL": _before_url("\u202e"),
    "combining-mark flood": _repeat("\u0301"),
    "marks after spaces": _repeat(" \u0301"),
    "zalgo words": _repeat("a\u0301\u0302\u0303\u0304 "),
    "emoji flood": _repeat("\U0001f525"),
    "zwj emoji chain": _repeat("\U0001f468\u200d"),
    "skin tones": _repeat("\U0001f44d\U0001f3fd"),
    "flags": _repeat("\U0001f1f3\U0001f1f1"),
    "dots between letters": _repeat("a."),
    # short words with no white space: the spelling reader once scanned back to the last space per word
    "words joined by dots": _repeat("ab."),
    "at signs": _repeat("a@"),
    "www prefixes": _repeat("www."),
    "hash signs": _repeat("#"),
    "hash digits": _repeat("#1"),
    "mentions": _repeat("@a"),
    "hyphenated word": _repeat("a-"),
    "apostrophes": _repeat("a'"),
    "number separators": _repeat("1."),
    "one long word": _repeat("a"),
    "camel hashtag": lambda n: PREFIX + "#" + "aB" * max(1, n // 2),
    "unicode camel hashtag": lambda n: PREFIX + "#" + "\u00e9\u00c9" * max(1, n // 2),
    "punctuation": _repeat("!?"),
    "sentence dots": _repeat(". "),
    "repeated short words": _repeat("back to school "),
    "url flood": _repeat("https://a.example/ "),
    "soft hyphens": _repeat("a\u00ad"),
    # a reply to many accounts: "@user @user ... " before text (exponential in a handle regex once)
    "reply mentions": lambda n: PREFIX + "@user " * max(1, n // 6) + "\"Stop name calling\" grow up",
    "reply mentions with commas": lambda n: PREFIX + "@user, " * max(1, n // 7) + "no",
    "quote marks": _repeat("'a "),
    "hashtag words": _repeat("#sendthemback "),
}
