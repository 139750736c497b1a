"""Normalise a post into a ``Doc``: tokens whose offsets point into the *original* text.

Why a hand-written regex tokenizer and not spaCy's: the whole rules-only check of a 280-char
post has a budget of ~0.3 ms, and spaCy's tokenizer plus ``Doc`` construction alone costs more.
A cheap hint scan finds URL candidates (``_url_spans``); between them one compiled alternation
(``_GAP_TOKEN_RE``) walks the text once. Each token is folded on its own (NFKC + casefold +
accent stripping), so a fold that changes length (``ß`` -> ``ss``, ``ﬁ`` -> ``fi``) never shifts
an offset: ``token.text == text[token.start:token.end]`` always holds (property-tested).

Tokenisation choices (the same tokenizer runs on editors' terms, see ``normalize_term``):

- **Hashtags / mentions**: ``#TriviaTuesday`` -> parts ``trivia``, ``tuesday`` (split at
  camelCase, letter/digit and ``_`` boundaries), all of kind HASHTAG with one ``group`` and
  ``compact == "triviatuesday"``. The first part's span includes the ``#``/``@`` so a finding on
  the whole tag shows ``#TriviaTuesday``. ``#stormbram`` is one part. ``#1`` (no letter) is not a
  hashtag: ``#`` PUNCT + ``1`` NUMBER.
- **Hyphens** inside a word (``covid-19``, ``back-to-school``, ``flood-proof``) separate parts
  and are not tokens themselves: the parts share a ``group`` and ``compact`` (``covid19``,
  ``backtoschool``). So the term ``back-to-school`` matches "back to school" and "back-to-school",
  and the term ``flood`` matches "flood-proof". A hyphen that does not join two word characters
  ("-20%", "well -") is a PUNCT token.
- **Apostrophes** inside a word split off a clitic that keeps its apostrophe: ``Stoker's`` ->
  ``stoker`` + ``'s``; ``it's`` -> ``it`` + ``'s``; ``auto's`` -> ``auto`` + ``'s``; curly and
  modifier apostrophes fold to ``'``. Parts share a group; ``compact`` drops the apostrophe
  (``stokers``). A quote apostrophe not between word characters is PUNCT.
- **Underscores** separate parts like hyphens (``snake_case``); numbers keep ``.``/``,`` between
  digits (``3.5``, ``1,000``) and are NUMBER tokens; ``covid19`` (no separator) is one WORD.
- **URLs**: ``http(s)://...``, ``www....``, e-mail addresses and bare domains with a common TLD
  (``example.com/path``) are one URL token; trailing sentence punctuation is left out.
- **Emoji**: one EMOJI token per emoji, including ZWJ sequences, skin tones, keycaps and flags.
  ``©``, ``®``, ``™``, ``‼``, ``⁉``, ``ℹ`` count as emoji only with the emoji variation selector.
- **Everything else** that is not white space is a one-character PUNCT token (``%``, ``!``, ``€``),
  with any combining marks that follow it. Zero-width and bidi control characters outside words
  make no token, nor do combining marks after white space or an emoji (they attach to that
  character); soft hyphens and zero-width (non-)joiners inside a word stay in the word's span
  but are dropped from its ``norm`` (so ``kil\\u00adled`` still reads ``killed``).
- No camelCase split for plain words (``McDonald``, ``iPhone`` stay one token); a matcher that
  wants ``TriviaTuesday`` to match the term ``#TriviaTuesday`` compares the joined term norms with
  ``compact``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from collections.abc import Iterable

from riskcheck.normalize._unicode_tables import MARKS
from riskcheck.normalize.doc import Token, TokenKind

__all__ = ["fold", "normalize_term", "tokenize"]

# Invisible characters that may sit inside a word (soft hyphen, zero-width space / non-joiner /
# joiner, word joiner, BOM). They continue a word, and ``fold`` drops them from norms: an evasion
# like "kil\u00adled" still reads "killed".
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Directional controls: never part of a token, never a token.
_BIDI = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
_HYPHENS = "\\-\u2010\u2011"
_APOSTROPHES = "'\u2019\u02bc"

_W = f"[\\w{MARKS}{_INVISIBLE}]"  # continues a word (includes "_", split off later)
_WORD_NO_UNDERSCORE = f"(?:[^\\W_]|[{MARKS}{_INVISIBLE}])"
_SEP = f"(?:[{_HYPHENS}{_APOSTROPHES}]|(?<=\\d)[.,](?=\\d))"

_URL_END = "[^\\s<>\"'.,;:!?)\\]}\u2019\u201d\u00bb\u2026]"
_TLDS = (
    "com|net|org|info|biz|io|co|ai|app|dev|me|ly|tv|gg|fm|nl|be|de|fr|es|it|pt|uk|eu|us|ca|au|"
    "ch|at|se|no|dk|fi|pl|ie|lu|shop|store|online|site|xyz|news|blog|gov|edu|int|jobs|travel"
)
_LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?"

# Emoji: Extended_Pictographic, approximated by the blocks emoji live in. Text-default symbols
# (©, ®, ‼, ⁉, ™, ℹ) count as emoji only when followed by U+FE0F.
_EMOJI_TEXT_DEFAULT = "\u00a9\u00ae\u203c\u2049\u2122\u2139"
_EMOJI_BASE = (
    "\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf\u23e9-\u23f3\u23f8-\u23fa\u24c2"
    "\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u27bf\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c"
    "\u2b50\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff"
)
_EMOJI_MOD = "[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\u20e3]"
_EMOJI_ONE = f"(?:[{_EMOJI_BASE}]|[{_EMOJI_TEXT_DEFAULT}]\ufe0f)"
_EMOJI = (
    "[\U0001f1e6-\U0001f1ff]{2}"  # flag: a pair of regional indicators
    "|\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"  # subdivision flag (tag sequence)
    "|[0-9#*]\ufe0f?\u20e3"  # keycap
    f"|{_EMOJI_ONE}{_EMOJI_MOD}*(?:\u200d{_EMOJI_ONE}{_EMOJI_MOD}*)*"
)

# URLs with a scheme or www., e-mail addresses, bare domains with a known TLD. Tried only
# where ``_URL_HINT_RE`` finds ":", "." or "@" between word characters: running the URL
# alternatives at every token start would cost a third of the tokenizer's time.
_URL_RE = re.compile(
    f"(?i:(?:https?://|www\\.)[^\\s<>\"]*{_URL_END})"
    f"|[\\w.+\\-]{{0,64}}\\w@(?:{_LABEL}\\.){{1,8}}[a-zA-Z]{{2,24}}(?![\\w\\-])"
    f"|(?<![\\w@.\\-/])(?:{_LABEL}\\.){{1,8}}(?:{_TLDS})(?![\\w\\-])(?:[/?#][^\\s<>\"]*{_URL_END}|/)?"
)
_URL_LOOKBACK = 80  # a URL's first hint ("://", "@", first ".") is this close to its start
_URL_HINT_RE = re.compile(r"(?<=[\w/])[:.@](?=[\w/])")
# Everything else, in one pass. Word first: most tokens are words.
_TOKEN_RE = re.compile(
    "(?P<emoji>[0-9#*]\ufe0f?\u20e3)"  # keycap, before a digit can start a word
    f"|(?P<word>[^\\W_]{_W}*(?P<more>(?:{_SEP}{_W}+)*))"
    f"|(?P<tag>(?<![\\w&/])[#\uff03](?={_W}*[^\\W\\d_]){_W}+)"
    f"|(?P<mention>(?<![\\w@])[@\uff20](?={_W}*[^\\W_]){_W}+)"
    f"|(?P<emoji2>{_EMOJI})"
    f"|(?P<punct>[^\\s{_BIDI}{_INVISIBLE}][{MARKS}]*)"
)
# Parts of a word that contains separators: numbers with inner . or , stay whole; an apostrophe
# starts a clitic part; hyphens and underscores between parts are dropped.
_PART_RE = re.compile(
    f"[{_APOSTROPHES}]?(?:\\d+(?:[.,]\\d+)+|{_WORD_NO_UNDERSCORE}+)"
)
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")

_FOLD_DROP: dict[int, str | None] = {ord(c): None for c in _INVISIBLE}
_FOLD_DROP.update({0x2019: "'", 0x02BC: "'", 0x2018: "'"})

Lemmatizer = Callable[[str], str]


def fold(s: str) -> str:
    """NFKC + casefold + strip nonspacing marks (accents) + drop invisible characters.

    ``Café`` -> ``cafe``, ``STRAßE`` -> ``strasse``, ``ﬁre`` -> ``fire``, ``’`` -> ``'``. Used for
    every token norm and by any module that must compare editor text with post text. Pure
    ASCII takes a fast path; the rest is cached because the vocabulary of posts repeats.
    """
    if s.isascii():
        return s.lower()
    return _fold_unicode(s)


@functools.lru_cache(maxsize=1 << 16)
def _fold_unicode(s: str) -> str:
    folded = unicodedata.normalize("NFKC", s).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me"))
    out = unicodedata.normalize("NFC", stripped).translate(_FOLD_DROP)
    # A token made only of marks would fold to nothing; keep a visible norm instead.
    return out or folded.translate(_FOLD_DROP) or s


def _norm(s: str) -> str:
    """``fold`` for one token: never empty and never containing white space.

    NFKC turns a few symbols into a space plus a mark (``¨`` -> `` ̈``); a norm must stay one
    token for matchers that join norms with spaces.
    """
    if s.isascii():
        return s.lower()
    return _norm_unicode(s)


@functools.lru_cache(maxsize=1 << 16)
def _norm_unicode(s: str) -> str:
    folded = fold(s)
    if any(c.isspace() for c in folded):
        folded = "".join(folded.split())
    return folded or s


def _identity(norm: str) -> str:
    return norm


def tokenize(text: str, lemma_of: Lemmatizer | None = None) -> tuple[Token, ...]:
    """Split ``text`` into tokens (see the module docstring for the rules).

    ``lemma_of`` maps a WORD/HASHTAG norm to its lemma; ``None`` leaves ``lemma == norm``.
    """
    tokens: list[Token] = []
    group = 0
    pos = 0
    for start, end in _url_spans(text):
        group = _tokenize_range(text, pos, start, tokens, group, lemma_of)
        s = text[start:end]
        norm = _norm(s)
        tokens.append(_new_token((s, norm, norm, start, end, TokenKind.URL, group, norm)))
        group += 1
        pos = end
    _tokenize_range(text, pos, len(text), tokens, group, lemma_of)
    return tuple(tokens)


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs / e-mails / bare domains, found from cheap hints (see ``_URL_HINT_RE``).

    Linear in the text whatever it holds: each start position is tried at most once, only
    within ``_URL_LOOKBACK`` characters before a hint, and the URL pattern's repetitions
    are bounded (a hostile "a.a.a.a..." post must not cost more than a normal one per char).
    """
    spans: list[tuple[int, int]] = []
    covered = 0  # text before this is decided (inside a URL found, or already tried)
    for hint in _URL_HINT_RE.finditer(text):
        h = hint.start()
        if h < covered:
            continue
        low = max(covered, h - _URL_LOOKBACK)
        # Where the white-space-free run holding the hint starts (a rarer space such as
        # U+00A0 only widens the range; a URL cannot contain one, so it changes no result).
        chunk = max(low, text.rfind(" ", low, h) + 1, text.rfind("\n", low, h) + 1)
        for p in range(chunk, h):
            # A URL starts the run or follows punctuation ("(www.x.nl"), never mid-word.
            if p > chunk and (text[p - 1].isalnum() or text[p - 1] == "_"):
                continue
            m = _URL_RE.match(text, p)
            if m is not None and m.end() > h:
                spans.append(m.span())
                covered = m.end()
                break
        else:
            # No URL starts before this hint and reaches past it; the match at a start does
            # not depend on the hint, so those starts never need trying again.
            covered = h
    return spans


_new_token = functools.partial(tuple.__new__, Token)
# White space, invisible characters and stray combining marks before each token, then the
# token (or the end of the range): for ``findall``. A mark that follows white space or an
# emoji attaches to that character, so it makes no token ("Back \u0301to school" still reads
# "back to school"). The gap is possessive and the range's end is an alternative, so a long
# run of gap characters at the end (or before a URL) is read once: without ``\Z`` every start
# inside the run would re-scan it to the end and fail, quadratic in its length.
_GAP_TOKEN_RE = re.compile(f"([\\s{_BIDI}{_INVISIBLE}{MARKS}]*+)(?:{_TOKEN_RE.pattern}|\\Z)")
assert _GAP_TOKEN_RE.groups == 8, "update the unpacking in _tokenize_range"


# ``findall`` is one C call holding the GIL: over a hostile 20,000-character post ~0.1-0.2 s in
# which no other thread (the service's event loop answering /healthz) runs. Longer ranges go
# match by match (a few % slower); a normal post stays on the single fast call.
_ONE_CALL_MAX = 2_000


def _tokenize_range(
    text: str, pos: int, endpos: int, tokens: list[Token], group: int, lemma_of: Lemmatizer | None
) -> int:
    """Tokens of ``text[pos:endpos]`` (no URLs in it); returns the next free group number.

    The hot loop of the checker. ``findall`` over "gap + token" hands back plain tuples of
    strings (no match objects, no method calls); offsets are summed from their lengths.
    """
    append = tokens.append
    new = _new_token
    norm_of = _norm
    word, number, punct, emoji = TokenKind.WORD, TokenKind.NUMBER, TokenKind.PUNCT, TokenKind.EMOJI
    if endpos - pos <= _ONE_CALL_MAX:
        matches: Iterable[tuple[str, ...]] = _GAP_TOKEN_RE.findall(text, pos, endpos)
    else:  # one match at a time, so a server thread's event loop gets the GIL in between
        matches = (m.groups("") for m in _GAP_TOKEN_RE.finditer(text, pos, endpos))
    for gap, keycap, w, more, tag, mention, pictograph, p in matches:
        start = pos + len(gap)
        if w:
            pos = start + len(w)
            if not more and "_" not in w:
                norm = w.lower() if w.isascii() else norm_of(w)
                if w.isdigit():
                    append(new((w, norm, norm, start, pos, number, group, norm)))
                elif lemma_of is None:
                    append(new((w, norm, norm, start, pos, word, group, norm)))
                else:
                    append(new((w, norm, lemma_of(norm), start, pos, word, group, norm)))
            else:
                _append_parts(tokens, text, _word_parts(w, start), group, lemma_of or _identity)
        elif p:
            pos = start + len(p)
            norm = p if p.isascii() else norm_of(p)
            append(new((p, norm, norm, start, pos, punct, group, norm)))
        elif tag or mention:
            s = tag or mention
            pos = start + len(s)
            spans = _camel_parts(s[1:], start + 1)
            lemmas = (lemma_of or _identity) if tag else _identity
            _append_tag(tokens, text, spans, start, group, bool(tag), lemmas)
        else:
            s = keycap or pictograph
            if not s:  # only the gap before the range's end matched
                break
            pos = start + len(s)
            # Keep the emoji itself (ZWJ, skin tone, keycap); only presentation selectors go,
            # so an editor's "❤" matches a post's "❤️".
            norm = s.replace("\ufe0f", "").replace("\ufe0e", "") or s
            append(new((s, norm, norm, start, pos, emoji, group, norm)))
        group += 1
    return group


def _word_parts(s: str, base: int) -> list[tuple[int, int]]:
    return [(base + p.start(), base + p.end()) for p in _PART_RE.finditer(s)]


def _append_parts(
    tokens: list[Token],
    text: str,
    spans: list[tuple[int, int]],
    group: int,
    lemma_of: Lemmatizer,
) -> None:
    parts = [(text[a:b], a, b) for a, b in spans]
    norms = [_norm(p) for p, _, _ in parts]
    compact = "".join(norms).replace("'", "")
    for (part, a, b), norm in zip(parts, norms):
        if _NUMBER_RE.fullmatch(part):
            tokens.append(_new_token((part, norm, norm, a, b, TokenKind.NUMBER, group, compact)))
        else:
            lem = norm if norm.startswith("'") else lemma_of(norm)
            tokens.append(_new_token((part, norm, lem, a, b, TokenKind.WORD, group, compact)))


def _append_tag(
    tokens: list[Token],
    text: str,
    spans: list[tuple[int, int]],
    marker: int,
    group: int,
    is_tag: bool,
    lemma_of: Lemmatizer,
) -> None:
    """Tokens of one hashtag/mention; the first part's span starts at the ``#``/``@`` marker."""
    kind = TokenKind.HASHTAG if is_tag else TokenKind.MENTION
    norms = [_norm(text[a:b]) for a, b in spans]
    compact = "".join(norms)
    for i, ((a, b), norm) in enumerate(zip(spans, norms)):
        if i == 0:
            a = marker
        tokens.append(_new_token((text[a:b], norm, lemma_of(norm), a, b, kind, group, compact)))


_SEPARATOR, _DIGIT, _UPPER, _LOWER, _CONT = range(5)
# The same boundaries as ``_camel_parts``' loop, for the common all-ASCII hashtag.
_ASCII_CAMEL_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def _char_class(c: str) -> int:
    if c == "_":
        return _SEPARATOR
    if c.isdigit():
        return _DIGIT
    if c.isupper() or c.istitle():
        return _UPPER
    if c.isalpha():
        return _LOWER
    return _CONT  # combining marks, joiners, other word characters: stay with the previous char


def _camel_parts(body: str, base: int) -> list[tuple[int, int]]:
    """Spans of the parts of a hashtag/mention body starting at ``text[base]``.

    Boundaries: ``_``; letter <-> digit; lower -> Upper (``triviaTuesday``); and before the last
    capital of a capital run followed by a lower-case letter (``ABCDef`` -> ``ABC``, ``Def``).
    """
    if body.isascii():
        return [(base + m.start(), base + m.end()) for m in _ASCII_CAMEL_RE.finditer(body)]
    return _camel_parts_loop(body, base)


def _camel_parts_loop(body: str, base: int) -> list[tuple[int, int]]:
    """``_camel_parts`` for any script: one pass over the characters' classes."""
    parts: list[tuple[int, int]] = []
    cur: int | None = None
    prev = prev2 = -1
    prev_i = -1
    for i, c in enumerate(body):
        k = _char_class(c)
        if k == _SEPARATOR:
            if cur is not None:
                parts.append((cur, i))
            cur, prev, prev2 = None, -1, -1
            continue
        if cur is None:
            cur = i
        elif k != _CONT:
            if (k == _DIGIT) != (prev == _DIGIT) and prev != -1:
                parts.append((cur, i))
                cur = i
            elif k == _UPPER and prev == _LOWER:
                parts.append((cur, i))
                cur = i
            elif k == _LOWER and prev == _UPPER and prev2 == _UPPER and prev_i > cur:
                parts.append((cur, prev_i))
                cur = prev_i
        if k != _CONT:
            prev2, prev, prev_i = prev, k, i
    if cur is not None:
        parts.append((cur, len(body)))
    return [(base + a, base + b) for a, b in parts]


def normalize_term(term: str) -> tuple[str, ...]:
    """The token norms of an editor's term, by the same tokenizer as posts.

    ``"#TriviaTuesday"`` -> ``("trivia", "tuesday")``; ``"% off"`` -> ``("%", "off")``;
    ``"covid-19"`` -> ``("covid", "19")``; ``"Stoker's"`` -> ``("stoker", "'s")``.
    """
    return tuple(t.norm for t in tokenize(term))
