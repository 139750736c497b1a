"""Sentence (or clause-window) spans of a post, for scoring ML models span by span.

Why: a toxicity model scored on a whole post dilutes one abusive sentence among friendly ones,
and a reviewer wants to see *which* sentence scored high (Perspective's span scores). The
splitter works on the ``Doc``'s tokens, so it is as cheap as the tokenizer and every span
slices the original text exactly.

A sentence ends after a run of terminal punctuation (``. ! ? …`` and CJK/Arabic forms)
followed by white space or the end — except the dot of an abbreviation ("Dr.", "e.g.", "o.a.";
see ``abbreviations``, read from spaCy's tokenizer exceptions) — at a line break, and after a run of emoji that is followed
by more text that starts with a capital ("Big news 🎉 Shop now" -> two spans; "Women drivers 🤦 should
be banned" stays one: the emoji sit inside the sentence). A tail of only emoji and tags after a
sentence's end on the same line joins that sentence ("Our new neighbours? 🤮 #NotNormal"): an
emoji reacts to what came before it. Sentences longer than ``MAX_WORDS`` words are
cut into consecutive windows of at most ``MAX_WORDS`` words. Non-empty text always gives at
least one span; spans are ordered, non-overlapping and trimmed to their first and last token.
"""

from __future__ import annotations

import re

from riskcheck.normalize.abbreviations import is_abbreviation
from riskcheck.normalize.doc import Doc, Token, TokenKind
from riskcheck.types import Span

__all__ = ["MAX_WORDS", "split"]

MAX_WORDS = 40
_TERMINAL = frozenset(".!?…。！？؟‼⁉")
_NOT_WORDS = (TokenKind.PUNCT, TokenKind.EMOJI)
_LINE_BREAK_RE = re.compile("[\n\r\u2028\u2029\x0b\x0c\x85]")
# A run of these after a sentence's end, on the same line, belongs to that sentence: emoji and tags
# alone say nothing, but beside the sentence they react to ("Refugees on our street? 🤮") they do.
_TAGS = frozenset((TokenKind.EMOJI, TokenKind.PUNCT, TokenKind.HASHTAG, TokenKind.MENTION, TokenKind.URL))


def _only_tags(tokens: list[Token]) -> bool:
    """Emoji first, then nothing but emoji, tags, handles, links and punctuation (a tag first is a
    slogan of its own: "#DeportThemAll 🐀" is read alone)."""
    return tokens[0].kind is TokenKind.EMOJI and all(t.kind in _TAGS for t in tokens)


def _carries_on(token: Token) -> bool:
    """A lower-case word after an emoji run carries the sentence on ("Women drivers 🤦🚗💥 should be
    banned", "Jews 🤑 as always"): the emoji sit inside the sentence, as a tweet writes them; a capital
    ("Big news 🎉 Shop now") starts a new one."""
    return token.kind is TokenKind.WORD and token.text[:1].islower()


def split(doc: Doc, max_words: int = MAX_WORDS) -> list[Span]:
    """Spans of ``doc.text`` to score one by one (see the module docstring for the rules)."""
    text = doc.text
    tokens = doc.tokens
    if not tokens:
        return [Span(0, len(text), text)] if text else []
    spans: list[Span] = []
    current: list[Token] = []
    words = 0

    def close() -> None:
        nonlocal words
        if current:
            start, end = current[0].start, current[-1].end
            if spans and _only_tags(current) and _LINE_BREAK_RE.search(text, spans[-1].end, start) is None:
                start = spans.pop().start   # "... on our kids? 🤮🤮 #NotNormal": the tail says it of that sentence
            spans.append(Span(start, end, text[start:end]))
            current.clear()
        words = 0

    run_start = tokens[0].start  # where the current run of tokens without white space began
    for i, tok in enumerate(tokens):
        current.append(tok)
        if tok.kind not in _NOT_WORDS:
            words += 1
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None:
            break
        gap = text[tok.end : nxt.start]
        if (
            (gap and gap != " " and _LINE_BREAK_RE.search(gap) is not None)
            or (gap and tok.kind is TokenKind.PUNCT and tok.text in _TERMINAL
                and not (tok.text == "." and is_abbreviation(text[run_start:tok.end], doc.language)))
            or (words and tok.kind is TokenKind.EMOJI and nxt.kind not in _NOT_WORDS and not _carries_on(nxt))
            or words >= max_words
        ):
            close()
        if gap:
            run_start = nxt.start
    close()
    return spans
