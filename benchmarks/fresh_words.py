"""Words no benchmark has used before, so no cache can answer a repeated sentence.

The sentence encoder remembers the sentences it has seen, and the lexicon its words; a
benchmark that wants the cost of *new* posts puts one of these in every sentence."""

from __future__ import annotations

_LETTERS = "bcdfghjklmnpqrstvwxz"


def code_word(post: int, sentence: int) -> str:
    """A short letters-only word ("qbx"), different for every (post, sentence < 8) pair;
    letters, not digits, so the tokenizer cannot fold it into a number."""
    n, word = post * 8 + sentence, ""
    while True:
        word += _LETTERS[n % len(_LETTERS)]
        n //= len(_LETTERS)
        if n == 0:
            return word
