"""Risk words misspelled on purpose, read as the word they stand for by every ML reader.

Why: evasion and published functional tests misspell exactly the word that carries the hate,
the group name or the insult: a letter dropped ("Muslms", "jws"), two neighbours swapped
("imigrnats"), a space put inside ("Mus lims"), words glued ("ihatewomen"), look-alike letters
of another script ("filthу" with a Cyrillic у) or invisible characters ("ani\\u200bmals").
Each layer used to undo some of these on its own lists (the target shapes for their group and
hostile words, the lexicon for its insults), but the sentence encoder saw the broken word, so
the learned heads (toxicity, group hostility) read noise and the explainable layers that start
from a group name never started. ``obfuscation.deobfuscate`` applies ``plain_spelling`` once, and
every ML reader (encoder, heads, lexicon, shapes, topics) reads its output.

Conservative by construction:
- a token is rewritten only to a word of a closed list: group names (en + nl), the listed
  single-word insults and slurs, and the hostile words of the target shapes (``risk_words``);
- only when that word is the one nearest spelling (a form two risk words share is left alone);
- only when the token itself is not a known word (every form of the English and Dutch lemma
  tables, stop words: ``KNOWN``) — "hokey" never becomes a slur, "zware" never "zwarte";
- never an ALL-CAPS token of four letters or fewer (acronyms: "SCM", "JWS");
- look-alike letters only inside a token that mixes them with Latin letters, or in a text that is
  mostly Latin; invisible characters only between two word characters.
Ordinary text comes back unchanged and cheaply: the vocabulary loads only when a token is a
candidate at all (a form in the variant table, or a split/glue that yields a group name).
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import io
import json
import logging
import os
import re
import threading
from pathlib import Path
from typing import cast

import numpy as np

log = logging.getLogger("riskcheck")

# Zero-width space / non-joiner / joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator.
_INVISIBLE_IN_WORD = re.compile(r"(?<=\w)[\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff]+(?=\w)")

# Cyrillic and Greek letters that look like Latin ones (lower and upper case).
_CONFUSABLE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l",
    "ԛ": "q", "ԝ": "w", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "ο": "o", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "υ": "u", "χ": "x", "ϲ": "c",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})
_CONFUSABLE_CHARS = frozenset(chr(c) for c in _CONFUSABLE)
_NON_LATIN_LETTERS = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u1d00-\u1dbf\u0250-\u02af]")
_TOKEN = re.compile(r"[^\W\d_]+")
_MIN_GLUED = 8         # "ihatejews": shorter glued tokens are ordinary words far more often


@functools.lru_cache(maxsize=1)
def _sources() -> tuple[frozenset[str], frozenset[str]]:
    """(group words, hostile words): the group nouns and adjectives of both languages, the listed
    single-word insults and slurs, and the hostile words of the target shapes."""
    from riskcheck.scorers import dutch_groups
    from riskcheck.scorers import informal
    from riskcheck.scorers import toxicity_targets

    nouns = set((toxicity_targets._GROUP_WORDS_EN + " " + toxicity_targets._GROUP_WORDS_NL + " "
                 + toxicity_targets._GROUP_WORDS_NL_MORE).split()) | set(dutch_groups.GROUP_NOUNS_NL)
    nouns |= {w for w in toxicity_targets.GROUP_ADJ.split("|") if w.isalpha()}   # "blck people", "trns"
    nouns |= {"people", "mensen"}         # the head noun of "gay people", "zwarte mensen"
    hostile = set((toxicity_targets._NEGATIVE_EN + " " + toxicity_targets._NEGATIVE_NL).split())
    hostile |= informal._lexicon_person_words()
    group_words, hostile_words = _plain_words(nouns), _plain_words(hostile)
    return group_words, hostile_words - group_words


def _plain_words(words: set[str]) -> frozenset[str]:
    return frozenset(w for w in words if w.isalpha() and w.islower())


@functools.lru_cache(maxsize=1)
def risk_words() -> frozenset[str]:
    """Every word a misspelling may be read as (group nouns and hostile words)."""
    nouns, hostile = _sources()
    return nouns | hostile


@functools.lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    return _sources()[0]


@functools.lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every single-word term of the shipped lexicon, any category: never rewritten ("fuckit")."""
    from riskcheck.scorers.informal import shipped_lexicon_categories

    return frozenset(t.lower() for terms in shipped_lexicon_categories().values() for t in terms if t.isalpha())


def _forms(word: str, *, group_word: bool) -> set[str]:
    """Two inner neighbours swapped or one letter doubled (5+ letters); one inner letter dropped
    (6+ letters, or a 5-letter group word: "blck", "trns"), never the first or the last letter
    ("blacks" -> "black" is a word; "thots" -> "thos" and "jews" -> "jes" are too). Whether a form is a real word is checked where it is read (``KNOWN``)."""
    forms: set[str] = set()
    if len(word) >= 5:
        forms |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
        forms |= {word[:i] + word[i] + word[i:] for i in range(1, len(word))}
    if len(word) >= 6 or (len(word) == 5 and group_word):
        forms |= {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)}
    return forms


@functools.lru_cache(maxsize=1)
def variant_table() -> dict[str, str]:
    """Misspelled form -> risk word, for forms exactly one risk word explains and that are no word
    themselves ("back" is one letter from "black"). Cached on disk by the word lists' content, so a
    cold process reads it in milliseconds instead of building it and loading the word tables."""
    nouns, hostile = _sources()
    listed = nouns | hostile | _lexicon_words()
    signature = hashlib.sha1("\n".join([*sorted(nouns), "|", *sorted(listed), "|", _tables_version()])
                             .encode("utf-8")).hexdigest()[:16]
    cached = _read_cache(f"variants-{signature}.json")
    if cached is not None:
        return cast(dict[str, str], json.loads(cached))
    owners: dict[str, set[str]] = {}
    for word in sorted(listed):
        for form in _forms(word, group_word=word in nouns):
            if form != word and form not in listed and len(form) >= 4:
                owners.setdefault(form, set()).add(word)
    table = {form: next(iter(words)) for form, words in sorted(owners.items())
             if len(words) == 1 and form not in KNOWN}
    _write_cache(f"variants-{signature}.json", json.dumps(table, sort_keys=True).encode("utf-8"))
    return table


def _cache_folder() -> Path:
    root = os.environ.get("RISKCHECK_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "riskcheck")
    return Path(root) / "spelling"


def _read_cache(name: str) -> bytes | None:
    try:
        return (_cache_folder() / name).read_bytes()
    except OSError:
        return None


def _write_cache(name: str, data: bytes) -> None:
    """Best effort: an unwritable cache folder only costs the next process the build again."""
    folder = _cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{name}.{os.getpid()}.tmp"
        temporary.write_bytes(data)
        temporary.replace(folder / name)
    except OSError as error:
        log.debug("spelling cache not written (%s)", error)


@functools.lru_cache(maxsize=1)
def _tables_version() -> str:
    try:
        from importlib.metadata import version

        return version("spacy-lookups-data")
    except Exception:   # not installed: the tables are empty anyway
        return "none"


def stable_hash(word: str) -> int:
    """A 64-bit hash that is the same in every process (Python's ``hash`` is salted per process)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


class _KnownWords:
    """Is a token a word people write on purpose? Every form of spaCy's English and Dutch lemma
    tables (``spacy-lookups-data``: lookup, index and exceptions; ~530,000 forms) and both
    languages' stop words. Loaded only when a token is a candidate for rewriting at all (~0.5 s
    once; ``warm`` at service start), kept as a sorted array of 64-bit hashes (~4 MB instead of
    ~50 MB of strings)."""

    def __init__(self) -> None:
        self._hashes: np.ndarray | None = None
        self._lock = threading.Lock()

    def _load(self) -> np.ndarray:
        import gzip

        import spacy_lookups_data

        folder = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data")
        words: set[str] = set()

        def read(name: str) -> object:
            with gzip.open(os.path.join(folder, name), "rt", encoding="utf-8") as handle:
                return json.load(handle)

        try:
            for language in ("en", "nl"):
                lookup = read(f"{language}_lemma_lookup.json.gz")
                assert isinstance(lookup, dict)
                words.update(lookup)
                words.update(lookup.values())
                for name in (f"{language}_lemma_index.json.gz", f"{language}_lemma_exc.json.gz"):
                    table = read(name)
                    assert isinstance(table, dict)
                    for entries in table.values():
                        if isinstance(entries, dict):
                            words.update(entries)
                            words.update(w for forms in entries.values() for w in forms)
                        else:
                            words.update(entries)
        except (OSError, ValueError, AssertionError, ImportError) as error:
            log.warning("no word tables for the spelling reader (%s): misspelled risk words stay as written", error)
            return np.zeros(0, dtype=np.int64)
        from riskcheck.normalize.stopwords import stop_words

        words.update(stop_words("en") | stop_words("nl"))
        return np.unique(np.fromiter((stable_hash(w.lower()) for w in words if isinstance(w, str)),
                                     dtype=np.int64, count=-1))

    def hashes(self) -> np.ndarray:
        if self._hashes is None:
            with self._lock:
                if self._hashes is None:
                    self._hashes = self._cached_or_loaded()
        return self._hashes

    def _cached_or_loaded(self) -> np.ndarray:
        """The hash array from the disk cache (a few ms), else built (~1 s) and cached."""
        name = f"known-{_tables_version()}.npy"
        cached = _read_cache(name)
        if cached is not None:
            try:
                return cast(np.ndarray, np.load(io.BytesIO(cached), allow_pickle=False))
            except (OSError, ValueError):
                pass
        table = self._load()
        if len(table):
            buffer = io.BytesIO()
            np.save(buffer, table, allow_pickle=False)
            _write_cache(name, buffer.getvalue())
        return table

    def __contains__(self, word: str) -> bool:
        table = self.hashes()
        if not len(table):
            return True   # no tables: treat every token as a word (never rewrite)
        key = stable_hash(word)
        at = int(np.searchsorted(table, key))
        return at < len(table) and int(table[at]) == key


KNOWN = _KnownWords()


def warm() -> None:
    """Load the word tables and lists now (service start), not in the first request with a misspelling."""
    variant_table()
    KNOWN.hashes()


def fold_confusables(text: str) -> str:
    """Cyrillic/Greek look-alike letters as Latin, in tokens that mix them with Latin letters (or
    anywhere, when the text's letters are mostly Latin); Russian or Greek text stays as it is."""
    if text.isascii() or not _NON_LATIN_LETTERS.search(text):
        return text
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if _NON_LATIN_LETTERS.match(c))
    mostly_latin = foreign * 5 <= len(letters)

    def fix(match: re.Match[str]) -> str:
        token = match.group(0)
        if not any(c in _CONFUSABLE_CHARS for c in token):
            return token
        mixed = any("a" <= c.lower() <= "z" for c in token)
        if not (mixed or mostly_latin):
            return token
        swapped = token.translate(_CONFUSABLE)
        return swapped if not _NON_LATIN_LETTERS.search(swapped) else token

    return _TOKEN.sub(fix, text)


_TAG = re.compile(r"[#@\uff03\uff20]\S+")


def _tag_spans(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the hashtags and mentions in ``text`` (the informal reader splits those), found
    once per text: a per-token scan back to the last space made 21,000 characters without one take 4 s."""
    spans = [m.span() for m in _TAG.finditer(text)] if ("#" in text or "@" in text or "\uff03" in text
                                                        or "\uff20" in text) else []
    return [a for a, _ in spans], [b for _, b in spans]


def _in_tag(tags: tuple[list[int], list[int]], at: int) -> bool:
    starts, ends = tags
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < ends[i]


def _respell_token(match: re.Match[str], tags: tuple[list[int], list[int]]) -> str:
    token = match.group(0)
    lower = token.lower()
    if len(lower) <= 4 and token.isupper():
        return token   # an acronym
    capitalised = token[:1].isupper()
    word = variant_table().get(lower)
    if word is not None and (not capitalised or word in _group_words()):
        return word.capitalize() if capitalised else word
    in_tag = _in_tag(tags, match.start())
    if len(lower) >= _MIN_GLUED and lower not in risk_words() and not in_tag:
        from riskcheck.scorers.toxicity_targets import segment

        split = segment(lower)
        if split != lower and (not capitalised or split.count(" ") >= 2) and lower not in KNOWN:
            return split
    if len(lower) >= _MIN_PAIR and not in_tag:
        pair = _split_pair(token)
        if pair is not None:
            return pair
    return token


_MIN_PAIR = 6
_FUNCTION_PIECES = frozenset("a an i of to the these those all my our your their we they are be can cant "
                             "should shouldnt would wouldnt must hate despise van de het een die deze al alle "
                             "zijn moeten kunnen mogen ik we wij jij je ze zij haat haten".split())


def _split_pair(token: str) -> str | None:
    """"vanmoslims" -> "van moslims", "Blackpeople" -> "Black people", "standMuslims" -> "stand
    Muslims": a token that is no word, cut once into a risk word and a risk word or a little word
    (the shapes of hate glued: "ihate" + "women", "women" + "are", "these" + "faggots"); at an
    inner capital, into a risk word and any word. Compounds of a group word and a noun
    ("whiteboard", "transformative", "stickerwoman") are never cut: the lemma tables miss many of
    them, so only little words and risk words may stand beside the risk word."""
    lower = token.lower()
    risky = risk_words()
    inner_capital = next((i for i in range(1, len(token)) if token[i].isupper() and token[i - 1].islower()), None)
    cuts = [inner_capital] if inner_capital is not None else range(1, len(lower))
    candidates = [i for i in cuts if (lower[:i] in risky and len(lower[:i]) >= 3)
                  or (lower[i:] in risky and len(lower[i:]) >= 3)]
    if not candidates or lower in risky:
        return None
    best: tuple[int, int] | None = None
    for i in candidates:
        left, right = lower[:i], lower[i:]
        for risk, other in ((left, right), (right, left)):
            if risk not in risky or len(risk) < 3:
                continue
            fits = other in risky or other in _FUNCTION_PIECES or (inner_capital is not None and other in KNOWN)
            if fits and (best is None or len(risk) > best[0]):
                best = (len(risk), i)
    # the word tables load only here, for a token that really splits ("fatality" never gets this far)
    if best is None or lower in KNOWN:
        return None
    return token[:best[1]] + " " + token[best[1]:]


_STARRED = re.compile(r"(?<![\w*])[^\W\d_]+(?:\*+[^\W\d_]+)+(?![\w*])")
_STAR_FIRST = ("fuck", "fucking", "fucked", "fucker", "fuckers", "fuckin", "shit", "shitty", "bullshit", "bitch",
               "bitches", "cunt", "cunts", "dick", "dickhead", "asshole", "assholes", "asshat", "idiot", "idiots",
               "kut", "kanker", "hoer", "hoeren", "lul")


def _vocabulary() -> dict[str, float]:
    """The encoder's whole words with their log-probabilities (the starred-word path only)."""
    from riskcheck.scorers import informal

    return informal._vocabulary()


@functools.lru_cache(maxsize=1)
def _starred_index() -> dict[tuple[int, str, str], list[tuple[float, str]]]:
    """The vocabulary by (length, first letter, last letter), most probable first: a starred
    token is matched against one small bucket per length a star may stand for."""
    index: dict[tuple[int, str, str], list[tuple[float, str]]] = {}
    for word, score in _vocabulary().items():
        if len(word) >= 3 and word.isalpha():
            index.setdefault((len(word), word[0], word[-1]), []).append((-score, word))
    for bucket in index.values():
        bucket.sort()
    return index


@functools.lru_cache(maxsize=2048)
def unstar(token: str) -> str:
    """"m*slims" -> "muslims", "f*lthy" -> "filthy": each run of stars stands for 1-3 letters; a
    listed curse or a risk word wins, else the encoder vocabulary's most probable word."""
    lower = token.lower()
    pattern = re.compile("^" + re.escape(lower).replace(r"\*", "[^\\W\\d_]{1,3}") + "$")
    for word in _STAR_FIRST:
        if pattern.match(word):
            return word
    stars = lower.count("*")
    shortest, longest = len(lower) - stars + stars, len(lower) - stars + 3 * stars
    risky = sorted(w for w in risk_words() if shortest <= len(w) <= longest and pattern.match(w))
    if len(risky) == 1:
        return risky[0]
    index = _starred_index()
    best: tuple[float, str] | None = None
    for length in range(shortest, longest + 1):
        for cost, word in index.get((length, lower[0], lower[-1]), ()):
            if pattern.match(word):
                if best is None or cost < best[0]:
                    best = (cost, word)
                break
    return best[1] if best else token


def _unstar_match(match: re.Match[str]) -> str:
    token = match.group(0)
    word = unstar(token)
    return word.capitalize() if word != token and token[:1].isupper() else word


def _rejoin(text: str) -> str:
    """"Mus lims" -> "Muslims": two neighbouring pieces that make a group name, not both ordinary words."""
    tokens = list(_TOKEN.finditer(text))
    joins = []
    for left, right in zip(tokens, tokens[1:]):
        if text[left.end():right.start()] != " ":
            continue
        joined = (left.group(0) + right.group(0)).lower()
        if len(joined) < 5 or joined not in _group_words():
            continue
        if left.group(0).lower() in KNOWN and right.group(0).lower() in KNOWN:
            continue
        joins.append(left.end())
    for at in reversed(joins):
        text = text[:at] + text[at + 1:]
    return text


@functools.lru_cache(maxsize=8192)
def plain_spelling(text: str) -> str:
    """``text`` with invisible characters inside words dropped, look-alike letters folded to Latin,
    and misspelled, split or glued risk words written as the risk words; else ``text`` itself."""
    if "\u00ad" in text or "\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text \
            or "\ufeff" in text or "\u180e" in text:
        text = _INVISIBLE_IN_WORD.sub("", text)
    text = fold_confusables(text)
    if "*" in text:
        text = _STARRED.sub(_unstar_match, text)
    tags = _tag_spans(text)
    text = _TOKEN.sub(lambda m: _respell_token(m, tags), text)
    return _rejoin(text)
