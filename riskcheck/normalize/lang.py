"""Offline language detection for short posts: ``detect(text) -> (code, confidence)``.

Why lingua: it is the most accurate offline detector on short texts, and restricting it to the
languages we serve keeps it small. We use its *low-accuracy* (trigram-only) mode: ~30 MB and
~30 ms to build instead of ~230 MB and ~1 s with all n-gram models, and for texts of 120+
characters lingua uses only trigrams in either mode anyway (accuracy numbers in the lead's
report / ``benchmarks/bench_text.py``).

Why a stopword pre-check: lingua costs ~0.6 us per character (~150 us for 280 chars), half the
rules-only budget. Most posts are English or Dutch and carry several unambiguous function words
("the", "and", "het", "niet"); when one language clearly wins on those we answer without lingua
(~5 us). Anything close goes to lingua, which sees at most ``_MAX_CHARS`` characters, and the
stopword votes are added to lingua's scores: on short posts ("Oh you skank") lingua's
trigrams alone often pick German or Dutch, one "you" settles it.

URLs, e-mail addresses, @mentions and the ``#`` of hashtags are removed first: they are names,
not language. Below ``CONFIDENCE_FLOOR`` the answer is ``"und"`` (undetermined), which rules
limited to ``languages:`` treat as "not this language".
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from collections.abc import Sequence
from typing import Any

from riskcheck.normalize.doc import Token
from riskcheck.normalize.doc import TokenKind
from riskcheck.normalize.text import fold

__all__ = ["CONFIDENCE_FLOOR", "LANGUAGES", "UNDETERMINED", "clean", "detect", "detect_tokens", "warm"]

LANGUAGES = ("en", "nl", "de", "fr", "es", "it", "pt")
UNDETERMINED = "und"
CONFIDENCE_FLOOR = 0.5
_MAX_CHARS = 200  # lingua cost grows linearly; 200 chars decide as well as 280
_MIN_LETTERS = 3

_STRIP_RE = re.compile(
    r"(?i:https?://\S+|www\.\S+|\S+@\S+\.\w+|(?<!\w)@\w+|(?<![\w/])[\w.-]+\.(?:com|net|org|nl|be|de|io|co)\b\S*)"
    r"|#"
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")

# Function words that (nearly) only one of our languages uses; each hit is one vote.
_STOPWORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "the", "and", "with", "you", "your", "this", "that", "for", "are", "our", "from", "have",
        "will", "not", "what", "just", "all", "were", "they", "been", "which", "would", "about",
        "there", "their", "it's", "don't", "can't", "i'm", "to", "my", "be", "at", "on", "now",
        "get", "out", "today", "more", "when", "how", "who", "it", "has", "can", "into", "he",
        "she", "his", "him", "her", "do", "does", "did", "if", "but", "by", "up", "that's",
        "you're", "i'll", "i've", "we're", "them", "these", "those", "than", "should", "could",
    ),
    "nl": (
        "het", "een", "niet", "zijn", "wij", "jij", "jouw", "onze", "ons", "voor", "naar", "ook",
        "maar", "nog", "wel", "dat", "deze", "van", "wordt", "worden", "bij", "uit", "heeft",
        "hebben", "kunnen", "zal", "geen", "meer", "vandaag", "wat", "waar", "omdat", "tot",
        "jullie", "ik", "mijn", "om", "op", "dan", "weer", "toch", "zo", "nu", "hier", "je",
        "bent", "ben", "heb", "hij", "zij", "u", "uw", "dit", "wordt", "moet", "mag", "graag",
    ),
    "de": (
        "der", "und", "nicht", "ist", "ich", "wir", "sie", "mit", "für", "auf", "ein", "eine",
        "einen", "dem", "auch", "sich", "noch", "nur", "wird", "sind", "haben", "unsere", "jetzt",
        "heute", "bei", "zum", "zur", "oder", "aber", "das",
    ),
    "fr": (
        "le", "les", "et", "est", "une", "du", "pour", "avec", "dans", "sur", "pas", "nous",
        "vous", "qui", "sont", "ce", "cette", "mais", "au", "aux", "notre", "votre", "c'est",
        "aujourd'hui", "elle", "tout", "suis",
    ),
    "es": (
        "el", "los", "las", "y", "por", "su", "sus", "nuestro", "nuestra", "pero", "más", "hoy",
        "muy", "hay", "ahora", "también", "está",
    ),
    "it": (
        "gli", "della", "delle", "degli", "che", "sono", "nel", "nella", "anche", "più",
        "questo", "questa", "oggi", "nostro", "nostra", "è", "di", "ci", "siamo", "tutti",
    ),
    "pt": (
        "os", "uma", "não", "dos", "em", "hoje", "nosso", "nossa", "você", "muito", "são",
        "também", "está",
    ),
}


def _unique_votes() -> dict[str, str]:
    """Stopword -> language, for words only one language claims, raw and accent-folded."""
    owners: dict[str, set[str]] = {}
    for code, words in _STOPWORDS.items():
        for w in words:
            for form in {w, fold(w)}:
                owners.setdefault(form, set()).add(code)
    return {w: next(iter(codes)) for w, codes in owners.items() if len(codes) == 1}


_VOTES = _unique_votes()
_FAST_MIN_VOTES = 3  # at least this many stopwords of the winner...
_FAST_MARGIN = 3  # ...and this many times the runner-up's count
_VOTE_WEIGHT = 1.0  # otherwise each stopword adds this to lingua's confidence for its language

_WORD = TokenKind.WORD
_HASHTAG = TokenKind.HASHTAG

_detector: Any = None
_detector_lock = threading.Lock()


def _get_detector() -> Any:
    """Build the lingua detector once (lazily, thread-safe): import and build cost ~30 ms."""
    global _detector
    if _detector is None:
        with _detector_lock:
            if _detector is None:
                from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

                langs = [
                    Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                    for code in LANGUAGES
                ]
                _detector = (
                    LanguageDetectorBuilder.from_languages(*langs)
                    .with_low_accuracy_mode()
                    .with_preloaded_language_models()
                    .build()
                )
    return _detector


def clean(text: str) -> str:
    """The text language detection sees: no URLs, e-mails, @mentions or ``#`` marks."""
    return _STRIP_RE.sub(" ", text)


def _votes(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        code = _VOTES.get(w)
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    return counts


def _clear_winner(counts: dict[str, int]) -> tuple[str, float] | None:
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if n >= _FAST_MIN_VOTES and n >= _FAST_MARGIN * runner_up:
        return best, n / (n + runner_up)
    return None


def detect(text: str, *, use_stopwords: bool = True) -> tuple[str, float]:
    """``(ISO 639-1 code, confidence 0..1)``, or ``("und", confidence)`` below the floor.

    Offline and deterministic. Languages outside ``LANGUAGES`` come back as the closest of
    them with a low confidence, usually ``und``. ``use_stopwords=False`` always asks lingua
    (used to evaluate the pre-check).
    """
    cleaned = clean(text)
    words = [w.lower() for w in _WORD_RE.findall(cleaned)]
    return _decide(words, lambda: cleaned, use_stopwords)


def detect_tokens(tokens: Sequence[Token]) -> tuple[str, float]:
    """``detect`` for text the tokenizer already split: reuses its words (saves ~30 us).

    Word and hashtag-part norms vote; lingua, when needed, reads their original text. URLs
    and mentions are separate token kinds, so they are left out for free.
    """
    words = [t.norm for t in tokens if t.kind is _WORD or t.kind is _HASHTAG]
    return _decide(
        words,
        lambda: " ".join(t.text.lstrip("#\uff03") for t in tokens if t.kind is _WORD or t.kind is _HASHTAG),
        True,
    )


def _decide(words: list[str], text_for_lingua: Callable[[], str], use_stopwords: bool) -> tuple[str, float]:
    if sum(len(w) for w in words if w.isalpha()) < _MIN_LETTERS:
        return UNDETERMINED, 0.0
    counts = _votes(words) if use_stopwords else {}
    fast = _clear_winner(counts)
    if fast is not None:
        return fast
    values = _get_detector().compute_language_confidence_values(text_for_lingua()[:_MAX_CHARS])
    scores = {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}
    for code, n in counts.items():  # a few function words tip short, ambiguous posts
        scores[code] = scores.get(code, 0.0) + _VOTE_WEIGHT * n
    total = sum(scores.values())
    if not scores or total <= 0.0:
        return UNDETERMINED, 0.0
    code, score = max(scores.items(), key=lambda kv: kv[1])
    confidence = score / total
    if confidence < CONFIDENCE_FLOOR:
        return UNDETERMINED, confidence
    return code, confidence


def warm() -> None:
    """Build the detector now (service start-up) rather than in the first check (~30-50 ms)."""
    _get_detector()
