"""The normalisation pipeline: tokens, then language, then lemmas, as one ``Doc``.

Why its own module: ``text`` (the tokenizer) is a leaf that ``lang`` and ``lemmas`` build on (they
fold with ``text.fold``); the step that needs all three lives here, above them, so none of the
normalisation modules imports another in a cycle.
"""

from __future__ import annotations

from riskcheck.normalize import lang
from riskcheck.normalize import lemmas
from riskcheck.normalize.doc import Doc
from riskcheck.normalize.doc import Token
from riskcheck.normalize.doc import TokenKind
from riskcheck.normalize.text import Lemmatizer
from riskcheck.normalize.text import _new_token
from riskcheck.normalize.text import tokenize

__all__ = ["normalize"]


def normalize(text: str, language: str | None = None) -> Doc:
    """Tokenise, detect the language (unless given), and lemmatise ``text``.

    A caller-given language is trusted (confidence 1.0; a locale tag such as ``en-US`` counts
    as its language, ``en``); otherwise ``riskcheck.normalize.lang.detect``
    decides, and below its confidence floor the language is ``"und"`` and lemmas equal norms.
    """
    if language is not None and language.strip():
        # Schedulers send locale tags ("en-US", "nl_NL"); rules and lemmatisers speak ISO 639-1.
        language = language.strip().lower().replace("_", "-").split("-", 1)[0]
        lemma_of = lemmas.lemmatizer(language)
        tokens = tokenize(text, None if lemma_of is lemmas.identity else lemma_of)
        return Doc(text, tokens, language, 1.0)
    tokens = tokenize(text)
    language, confidence = lang.detect_tokens(tokens)
    lemma_of = lemmas.lemmatizer(language)
    if lemma_of is not lemmas.identity:
        tokens = _with_lemmas(tokens, lemma_of)
    return Doc(text, tokens, language, confidence)


def _with_lemmas(tokens: tuple[Token, ...], lemma_of: Lemmatizer) -> tuple[Token, ...]:
    """Fill ``lemma`` of word and hashtag tokens once the language is known."""
    new = _new_token
    word, tag = TokenKind.WORD, TokenKind.HASHTAG
    out = list(tokens)
    for i, t in enumerate(tokens):
        kind = t[5]
        if (kind is word or kind is tag) and not t[1].startswith("'"):
            lem = lemma_of(t[1])
            if lem != t[1]:  # most words are their own lemma: keep the token as it is
                out[i] = new((t[0], t[1], lem, t[3], t[4], kind, t[6], t[7]))
    return tuple(out)
