"""Read the informal register of social posts as plain words, for the word lists and the shapes.

Real abuse is written the way posts are: ``#sendthemback``, ``#MoslimsEruit``, ``ppl like u``,
``kzou ze allemaal terugsturen``, ``kk homo``, ``ga toch dood``, ``those refugees 🐀🐀``. The
lexicon, the group detection and the sentence shapes read words, so this module rewrites such a
sentence into the plain words those layers know, keeping a map from every character of the
rewrite back to the original so a span found in the rewrite points at what the writer wrote:

- **hashtags**: CamelCase is split at its capitals; a lowercase glued tag is split by dynamic
  programming over a word-frequency list (the sentence encoder's whole-word SentencePiece pieces
  and their unigram log-probabilities, 16 languages, plus the English and Dutch word forms of the
  lemma tables and our own group and lexicon words). A tag that is itself a word, or a Dutch curse
  compound the lexicon reads whole (``#kankerlijer``), stays whole; a tag with no full split stays.
- **@handles** read as ``@user`` (a name is no insult or group word) and **URLs** are dropped.
- **chat abbreviations and dropped apostrophes** (``u``, ``ur``, ``ppl``, ``stfu``, ``kys``, ``cant``;
  ``ff``, ``mn``, ``zn``, ``nie``, ``kzou``, ``tis``, ``kk``, ``kkr``) are spelled out.
- **Dutch curse words written apart** from the person they curse (``kanker wijf``, ``tering mongool``,
  ``kk homo``) are joined into the compound the lexicon reads (``kankerwijf``); Dutch modal
  particles inside a curse or dismissal (``ga toch dood``, ``rot lekker op``) are dropped.
- **emoji that dehumanise or threaten** count only beside a target: after a named group they read
  as the predicate they stand for (``those refugees 🐀🐀`` -> ``those refugees are rats``, Dutch
  ``zijn ratten``), a weapon or coffin read as a death wish on a group, and as a threat only in a
  short sentence addressed to someone. On their own they are left alone (a farm's 🐷, a cooking
  class's 🔪).

Elongations (``sooooo``, ``lelijkkkk``) and letters spaced or dotted apart are undone later by
``obfuscation.deobfuscate``, which every reader applies after this view.

Cost: one precompiled search decides whether a sentence holds anything to rewrite at all; most
brand-post sentences do not and come back unchanged. The word list for glued tags is built once,
on the first tag that needs it.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass

from riskcheck.scorers.toxicity_targets import GROUP_ADJ, GROUP_START, GROUP_WORDS_NL_ONLY

# --- chat abbreviations and dropped apostrophes (folded form -> spelled out) -------------------
_EXPAND_EN = {
    "u": "you", "ur": "your", "urself": "yourself", "r": "are", "ppl": "people", "bc": "because", "cuz": "because",
    "ya": "you", "yu": "you", "ppls": "people's", "pls": "please", "plz": "please", "thx": "thanks", "tbh": "to be honest",
    "imo": "in my opinion", "idk": "I don't know", "ngl": "not gonna lie", "stfu": "shut the fuck up", "gtfo": "get the fuck out", "kys": "kill yourself",
    "fkn": "fucking", "fckn": "fucking", "fking": "fucking", "fcking": "fucking", "fukin": "fucking",
    "fuckin": "fucking", "fukkin": "fucking", "effing": "fucking", "b4": "before",
    "im": "I'm", "ive": "I've", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't",
    "couldnt": "couldn't", "shouldnt": "shouldn't", "wouldnt": "wouldn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "youre": "you're",
    "theyre": "they're", "thats": "that's", "whats": "what's", "shouldve": "should have",
    "wouldve": "would have", "couldve": "could have", "yall": "you all",
}
_EXPAND_NL = {
    "ff": "even", "effe": "even", "mn": "mijn", "m'n": "mijn", "zn": "zijn", "z'n": "zijn", "da": "dat",
    "nie": "niet", "kzou": "ik zou", "kben": "ik ben", "kheb": "ik heb", "kga": "ik ga", "kweet": "ik weet",
    "kvind": "ik vind", "kwil": "ik wil", "kan't": "kan het", "tis": "het is", "'t": "het", "da's": "dat is",
    "vd": "van de", "vh": "van het", "ipv": "in plaats van", "ofzo": "of zo",
    "kk": "kanker", "kkr": "kanker", "kanka": "kanker", "kenker": "kanker", "tyfes": "tyfus",
    "moete": "moeten", "mogge": "mogen", "motte": "moeten",
}
# Modals before which a lone "b" is "be" ("should b shipped back").
_MODALS = frozenset("should would could must will gonna wanna shall might may cant can't".split())
# Dutch curse words that join the following person or insult word into a compound (``kanker wijf``).
_CURSE_PREFIX = frozenset("kanker tering tyfus kut klere kolere pleuris".split())
_PERSON_NL = frozenset("""wijf wijven lijder lijders lijer lijers hond honden vent venten gast gasten kind kinderen
    mens mensen volk land kop gezicht hoer hoeren homo homo's homos flikker flikkers mongool mongolen debiel
    debielen neger negers nikker nikkers jood joden turk turken marokkaan marokkanen buitenlander buitenlanders
    allochtoon allochtonen moslim moslims zwerver zwervers klant klanten buurman buurvrouw trut slet teef wijfie
    idioot idioten sukkel sukkels lul klootzak eikel rat ratten aap apen varken varkens""".split())
# Dutch modal particles that may sit inside a curse or dismissal without changing it.
_PARTICLE = re.compile(r"\b(ga|gaan|rot|rotten|hou|houd|flikker|pleur|sodemieter|donder|krijg|tyfus|kanker|tering)"
                       r"((?:\s+(?:toch|maar|lekker|gewoon|nou|eens|even|effe|ff|dan|ook|allemaal|snel|nu))+)(?=\s+\w)",
                       re.IGNORECASE)

# Chat drops the first-person subject of a verb of feeling ("cant stand muslims", "haat ze allemaal"):
# a sentence that opens with one reads with "I" / "ik" put back (group 2 set: Dutch).
# (The leading handles: white space once, then each handle with the separators after it, so a long run of
# "@user @user ..." before a sentence that drops no subject fails in linear time, not exponential.)
_SUBJECT_DROP = re.compile(r"(\s*(?:@user\b[\s,:]*)*)(?:(?:really |honestly |just |seriously )?"
                           r"(?:hate|can't stand|cannot stand|despise|loathe|detest)\b|"
                           r"(haat|walg van|verafschuw|veracht|minacht|kan (?:\S+ ){1,3}niet uitstaan)\b)",
                           re.IGNORECASE)

# Slogans drop the verb ("#refugeesnotwelcome", "Moslims eruit!", "immigrants go home"): a group that
# opens a hashtag or a sentence, followed by a negated predicate or an exclusion word, reads with the
# copula or modal put back ("refugees are not welcome", "moslims moeten eruit"). Out/eruit/weg only at
# the end of the clause ("refugees out of work" is no slogan).
_GROUP_NOUNS = sorted((w for w in GROUP_START if w.isalpha() or "'" in w), key=len, reverse=True)
_SLOGAN_GROUP = (rf"(?:(?:{GROUP_ADJ}) (?:people|folks|mensen)|"
                 rf"{'|'.join(re.escape(w) for w in _GROUP_NOUNS if w not in GROUP_ADJ.split('|'))})")
_SLOGAN = re.compile(
    rf"^(\s*(?:@user\b[\s,:]*)*(?:(?:all|alle|die|those|these|the|de)\s+)?{_SLOGAN_GROUP})\s+"
    r"(?:(?P<not>not|never)\s(?!only\b|just\b)|(?P<niet>niet|nooit)\s(?!alleen\b|enkel\b)|(?P<out>out|go home|go back)(?=\s*(?:$|[.!?,;:]|[^\w\s]))|"
    r"(?P<eruit>eruit|weg|ga naar huis|gaan naar huis|ga terug|terug)(?=\s*(?:$|[.!?,;:]|[^\w\s])))",
    re.IGNORECASE)
_GROUP_READING = re.compile(r"^ ?(?:are|zijn|should be killed|moeten dood)\b")   # an emoji read as said of a group
_SLOGAN_VERB = {"not": "are", "niet": "zijn", "out": "must", "eruit": "moeten"}


def _slogan(text: str) -> str:
    """``text`` with the verb a slogan drops put back ("refugees not welcome" -> "refugees are not welcome")."""
    found = _SLOGAN.match(text)
    if found is None:
        return text
    kind = next(k for k in _SLOGAN_VERB if found.group(k))
    word = found.group(kind)
    if kind == "out":
        word = "get out" if word.lower() == "out" else word
    elif kind == "eruit":
        word = {"ga naar huis": "naar huis", "gaan naar huis": "naar huis", "ga terug": "terug"}.get(word.lower(), word)
    return f"{text[:found.end(1)]} {_SLOGAN_VERB[kind]} {word}{text[found.end(kind):]}"


# --- emoji ---------------------------------------------------------------------------------------
# Emoji that dehumanise a group: the noun they stand for (en, nl).
_DEHUMANISE = {
    "\U0001f400": ("rats", "ratten"), "\U0001f401": ("rats", "ratten"), "\U0001f412": ("apes", "apen"),
    "\U0001f435": ("apes", "apen"), "\U0001f98d": ("apes", "apen"), "\U0001f9a7": ("apes", "apen"),
    "\U0001f437": ("pigs", "varkens"), "\U0001f416": ("pigs", "varkens"), "\U0001f43d": ("pigs", "varkens"),
    "\U0001fab3": ("cockroaches", "kakkerlakken"), "\U0001f41b": ("vermin", "ongedierte"),
    "\U0001f99f": ("vermin", "ongedierte"), "\U0001fab1": ("vermin", "ongedierte"),
    "\U0001f40d": ("snakes", "slangen"), "\U0001f9a0": ("parasites", "parasieten"),
    "\U0001f4a9": ("shit", "stront"), "\U0001f6ae": ("garbage", "vuilnis"), "\U0001f5d1": ("garbage", "vuilnis"),
    "\U0001f921": ("clowns", "clowns"), "\U0001f92e": ("disgusting", "walgelijk"), "\U0001f922": ("disgusting", "walgelijk"),
    # money beside a group is the greed stereotype ("Jews 🤑💰 as always"); one's own customers are excluded below
    "\U0001f911": ("greedy", "gierig"), "\U0001f4b0": ("greedy", "gierig"),
}
# Weapons and death: aimed at a group they wish it dead; aimed at a person in a short sentence, a threat.
_THREAT = frozenset("\U0001f52a\U0001f5e1\U0001f52b\u26b0\U0001faa6\U0001f4a3\U0001fa93\u2620\U0001faa2")
_EMOJI_RUN = re.compile(r"(?: ?= ?)?[\u2600-\u27bf\U0001f000-\U0001faff](?:[\u2600-\u27bf\U0001f000-\U0001faff"
                        r"\ufe0f\u200d\U0001f3fb-\U0001f3ff]|\s(?=[\u2600-\u27bf\U0001f000-\U0001faff]))*")

# --- what to rewrite -----------------------------------------------------------------------------
_ABBREVIATIONS = {**_EXPAND_EN, **_EXPAND_NL}
_WORD_ALTS = "|".join(sorted((re.escape(w) for w in _ABBREVIATIONS), key=len, reverse=True))
_CURSE_SPELLINGS = {**{w: w for w in _CURSE_PREFIX}, "kk": "kanker", "kkr": "kanker", "kanka": "kanker",
                    "kenker": "kanker", "tyfes": "tyfus"}
_CURSE_ALTS = "|".join(sorted(_CURSE_SPELLINGS, key=len, reverse=True))
# One pass finds every candidate: a URL, a handle, a hashtag, an emoji run, an abbreviation, a lone
# "b" after a modal, or a curse word written apart from the next word.
_CANDIDATE = re.compile(
    r"(?P<url>\bhttps?://\S+|\bwww\.\S+)"
    r"|(?P<handle>(?<![\w@])@\w{2,})"
    r"|(?P<tag>(?<![\w#])#(?P<body>[^\W_][\w]*))"
    rf"|(?P<emoji>{_EMOJI_RUN.pattern})"
    r"|(?P<equals>(?<=[^\W\d_]) ?= ?(?=[^\W\d_]))"
    rf"|(?P<curse>(?<![\w-])(?:{_CURSE_ALTS})\s+(?=[^\W\d_]))"
    rf"|(?P<abbr>(?<![\w'])(?:{_WORD_ALTS})(?![\w']))"
    r"|(?P<be>(?<=\s)b(?=\s))",
    re.IGNORECASE)
_TRIGGER = re.compile(rf"[#@\u2600-\u27bf\U0001f000-\U0001faff]|[^\W\d_] ?= ?[^\W\d_]|https?:|www\.|(?<![\w'])(?:{_WORD_ALTS}|b|"
                      rf"{_CURSE_ALTS})(?![\w'])|^\s*(?:really |honestly |just |seriously )?(?:hate|can'?t stand|"
                      r"cannot stand|despise|loathe|detest|haat|walg|verafschuw|veracht|minacht|kan)\b", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z\u00e0-\u00ff])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])|_")
_NEXT_WORD = re.compile(r"[^\W\d_]+(?:'s)?")
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_DUTCH_HINTS = frozenset("de het een die dat zijn is ik je jij niet van en wat ze hun hen zo ook maar er naar "
                         "allemaal gewoon weer nog toch wel hier daar moeten moet wij we".split())
_ENGLISH_HINTS = frozenset("the a an is are you i not of and what they them those these so too but there to "
                           "all just again still here should must we".split())
# four or more lone letters in a row: a word spelled out ("d u m b"), not chat ("u r a")
_SPELLED = re.compile(r"(?<![\w.])(?:[^\W\d_][ .]){3,}[^\W\d_](?![\w])")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
# Words that announce something to the addressee; a weapon beside them says what.
_THREAT_CUES = frozenset("next volgende soon binnenkort wait wacht coming komt kom komen watch careful pas "
                         "tonight vanavond morgen tomorrow dead dood die find vinden weet know".split())
_SECOND_PERSON = frozenset("you you're your u ur ya je jij jou jouw jullie @user".split())

MIN_GLUED = 6        # a lowercase tag shorter than this is a word, not words
MAX_GLUED = 60       # longer is no hashtag anyone reads, and the split would only cost time
_LEMMA_ONLY_MIN = 4  # words known only to the lemma tables (no frequency) must be this long
_LEMMA_ONLY_SCORE = -14.0
_PIECE_COST = -5.0   # every extra word must pay for itself: "haat" beats "ha" + "at"
_OWN_WORD_SCORE = -12.0
_SHORT_OK = frozenset("a i ik je we ze de al".split())
_SHORT_MIN_SCORE = -9.0   # a one- or two-letter piece must be a frequent word ("it", "is", "op")


@dataclass(frozen=True, slots=True)
class InformalView:
    """A sentence rewritten into plain words; ``origin[i]`` is where character ``i`` of ``text``
    came from in the original (``origin[len(text)]`` = the original's length). ``None`` when
    nothing changed."""

    text: str
    origin: tuple[int, ...] | None = None
    # a slogan or an emoji was read as something said of a named group ("refugees are rats"): the
    # group-masked head should read this view, not the sentence as written
    about_group: bool = False

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of ``text[start:end]``: from the first character's source to just past
        the last one's (a rewritten hashtag maps to the whole tag)."""
        if self.origin is None:
            return start, end
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def plain(text: str, *, links: bool = True) -> str:
    """``informal_view(text).text``: what the lexicon, group detection and shapes read."""
    return informal_view(text, links).text


@functools.lru_cache(maxsize=8192)
def informal_view(text: str, links: bool = True) -> InformalView:
    """The plain-word reading of ``text`` (module docstring); cached, as several layers read it.
    ``links=False`` keeps @handles and URLs as written (what the sentence encoder reads)."""
    if not _TRIGGER.search(text) and _SLOGAN.match(text) is None:
        return InformalView(text)
    pieces: list[tuple[int, int, str]] = []   # (start, end, replacement) in the original
    dutch: bool | None = None
    spelled: list[tuple[int, int]] | None = None   # runs of lone letters ("d u m b"), found on first need
    about_group = False
    for match in _CANDIDATE.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        replacement: str | None = None
        if kind == "url":
            replacement = "" if links else None
        elif kind == "handle":
            replacement = "@user" if links else None
        elif kind in ("tag", "body"):
            words = split_hashtag(match.group("body"))
            replacement = _slogan(words)
            about_group = about_group or replacement != words
        elif kind == "emoji":
            if dutch is None:
                dutch = _is_dutch(text)
            replacement = _emoji_reading(text, start, end, dutch)
            about_group = about_group or (replacement is not None and _GROUP_READING.search(replacement) is not None)
        elif kind == "abbr":
            word = match.group(0)
            # a lone capital or a letter before "." / "&" is an initial ("U.S.", "R&D"), not chat
            if len(word) == 1 and spelled is None:
                spelled = [m.span() for m in _SPELLED.finditer(text)]
            if len(word) > 1 or (word.islower() and text[end:end + 1] not in (".", "&", "-", "/")
                                 and not any(a <= start < b for a, b in spelled or ())):
                replacement = _expand(word)
        elif kind == "equals":   # "Marokkanen = tuig", "women = property": the sign is the verb
            if dutch is None:
                dutch = _is_dutch(text)
            replacement = " zijn " if dutch else " are "
        elif kind == "be":
            before = text[:start].split()
            replacement = "be" if before and before[-1].lower() in _MODALS else None
        elif kind == "curse":
            after = _NEXT_WORD.match(text, end)
            if after and _joins(after.group(0)):
                replacement = _CURSE_SPELLINGS[match.group(0).rstrip().lower()]
        if replacement is not None and replacement != match.group(0):
            pieces.append((start, end, replacement))
    view = _apply(text, pieces)
    if _PARTICLE.search(view.text) is not None:
        view = _drop_particles(view)
    slogan = _SLOGAN.match(view.text)
    if slogan is not None:
        spoken = _slogan(view.text)
        grown = len(spoken) - len(view.text)
        view = _insert(view, slogan.end(1), spoken[slogan.end(1):slogan.end(1) + grown])
        about_group = True
    dropped = _SUBJECT_DROP.match(view.text)
    if dropped is not None:
        view = _insert(view, dropped.end(1), "ik " if dropped.group(2) else "I ")
    if about_group and view.origin is not None:
        view = InformalView(view.text, view.origin, about_group=True)
    return view


def _insert(view: InformalView, at: int, words: str) -> InformalView:
    """``words`` inserted before ``view.text[at]``; they map to the original character there."""
    origin = view.origin or tuple(range(len(view.text) + 1))
    return InformalView(view.text[:at] + words + view.text[at:],
                        origin[:at] + (origin[at],) * len(words) + origin[at:])


def _expand(word: str) -> str:
    spelled = _ABBREVIATIONS[word.lower()]
    return spelled.upper() if word.isupper() and len(word) > 1 and spelled.lower() == spelled else spelled


def _joins(word: str) -> bool:
    """Does a curse word written before ``word`` make a Dutch curse compound of it?"""
    folded = word.lower()
    folded = _ABBREVIATIONS.get(folded, folded)
    return folded in _PERSON_NL or folded in GROUP_START or folded in _lexicon_person_words()


def _apply(text: str, pieces: list[tuple[int, int, str]]) -> InformalView:
    if not pieces:
        return InformalView(text)
    out: list[str] = []
    origin: list[int] = []
    at = 0
    for start, end, replacement in pieces:
        out.append(text[at:start])
        origin.extend(range(at, start))
        out.append(replacement)
        origin.extend(_align(text, start, end, replacement))
        at = end
    out.append(text[at:])
    origin.extend(range(at, len(text) + 1))
    rewritten = "".join(out)
    if rewritten == text:
        return InformalView(text)
    return InformalView(rewritten, tuple(origin))


def _align(text: str, start: int, end: int, replacement: str) -> list[int]:
    """Where each character of ``replacement`` comes from in ``text[start:end]``: letter by letter when
    the rewrite keeps the source's letters in order (a split hashtag), else spread evenly over the source."""
    source = [i for i in range(start, end) if text[i].isalnum()]
    letters = [c for c in replacement if not c.isspace()]
    if len(letters) == len(source) and all(a.lower() == text[i].lower() for a, i in zip(letters, source)):
        out: list[int] = []
        at = 0
        for c in replacement:
            out.append(source[min(at, len(source) - 1)])
            at += not c.isspace()
        return out
    width = end - start
    return [start + min(width - 1, (i * width) // max(1, len(replacement))) for i in range(len(replacement))]


def _drop_particles(view: InformalView) -> InformalView:
    keep: list[int] = []
    text = view.text
    at = 0
    out: list[str] = []
    for match in _PARTICLE.finditer(text):
        out.append(text[at:match.start(2)])
        keep.extend(range(at, match.start(2)))
        at = match.end(2)
    out.append(text[at:])
    keep.extend(range(at, len(text) + 1))
    origin = view.origin or tuple(range(len(text) + 1))
    return InformalView("".join(out), tuple(origin[i] for i in keep))


# --- emoji ----------------------------------------------------------------------------------------
def _is_dutch(text: str) -> bool:
    words = [w.lower() for w in _WORDS.findall(text)]
    nl = sum(w in _DUTCH_HINTS for w in words)
    en = sum(w in _ENGLISH_HINTS for w in words)
    if nl != en:
        return nl > en
    return any(w in GROUP_WORDS_NL_ONLY for w in words)


def _emoji_reading(text: str, start: int, end: int, dutch: bool) -> str | None:
    """What an emoji run says about the target just before it, or ``None`` to leave it alone."""
    run = text[start:end]
    dehumanise = next((_DEHUMANISE[c] for c in run if c in _DEHUMANISE), None)
    threat = any(c in _THREAT for c in run)
    if dehumanise is None and not threat:
        return None
    before = [w.lower() for w in _WORDS.findall(text[max(0, start - 80):start])][-8:]
    at = [i for i, w in enumerate(before) if w in GROUP_START or w.startswith(("homo", "moslim", "muslim"))]
    # one's own people ("our Chinese customers", "onze Turkse koks") and a zodiac year ("Year of the Rat") or a
    # kitchen knife ("our Turkish chefs 🔪") are no target and no wish (12b, session 7)
    group = bool(at) and not (set(before[max(0, at[-1] - 2):at[-1]]) & _OWN) and _NOT_A_TARGET.search(text) is None
    if threat and not group and dehumanise is None and _KITCHEN.search(text) is not None:
        return None
    if group and dehumanise is not None:
        noun = dehumanise[1] if dutch else dehumanise[0]
        reading = f"{'zijn' if dutch else 'are'} {noun}"
        named = before[at[-1]]
        if at[-1] < len(before) - 1 and named not in _ADJECTIVES:
            # words between the group and the emoji ("Roma camp by the river again 🤢"): the reading names the
            # group again, so it is said of the group and not of the last word ("again are disgusting")
            reading = f", {named} {reading}"
    elif group and threat:
        reading = "moeten dood" if dutch else "should be killed"
    elif threat and _threatens_addressee(text):
        reading = "ik maak je af" if dutch else "I will kill you"
    else:
        return None
    lead = "" if start == 0 or text[start - 1].isspace() else " "
    tail = "" if end == len(text) or text[end].isspace() else " "
    return f"{lead}{reading}{tail}"


_ADJECTIVES = frozenset(GROUP_ADJ.split("|"))
_OWN = frozenset("our my your ons onze mijn m'n je jouw jullie".split())
_NOT_A_TARGET = re.compile(r"\b(?:year of the|lunar new year|chinese new year|new year|nieuwjaar|jaar van de|zodiac|"
                           r"sterrenbeeld|dierenriem)\b", re.IGNORECASE)
_KITCHEN = re.compile(r"\b(?:chefs?|cook|cooks|cooking|kitchen|recipes?|knives|knife|d[öo]ner|keuken|koks?|koken|recepten?|"
                      r"messen|mes|snijden|slijpen|slagers?|butchers?)\b", re.IGNORECASE)


def _threatens_addressee(text: str) -> bool:
    """A short sentence aimed at someone (a handle or "you") that announces something ("you're next",
    "wacht maar"), with nothing but threat emoji: the weapon says what is announced."""
    handle = bool(_HANDLE.search(text))
    words = [w.lower() for w in _WORDS.findall(_HANDLE.sub(" ", text))]
    emoji = {c for c in text if "\u2600" <= c <= "\u27bf" or "\U0001f000" <= c <= "\U0001faff"}
    if not emoji <= (_THREAT | {"\ufe0f"}) or len(words) > 6 or _THREAT_CUES.isdisjoint(words):
        return False
    return handle or not _SECOND_PERSON.isdisjoint(words)


# --- glued hashtags --------------------------------------------------------------------------------
def split_hashtag(body: str) -> str:
    """A hashtag's body as words: split at capitals (``KickThemOut``), else, when lowercase and
    glued, at the most probable word boundaries (``sendthemallback`` -> ``send them all back``)."""
    parts = [p for p in _CAMEL.split(body) if p]
    if len(parts) > 1:
        return " ".join(split_glued(p) if p.islower() else p for p in parts)
    return split_glued(body)


@functools.lru_cache(maxsize=4096)
def split_glued(word: str) -> str:
    """``word`` split into the most probable sequence of known words, or ``word`` itself when it is a
    known word, a curse compound, shorter than ``MIN_GLUED`` or not fully coverable."""
    folded = word.lower()
    if not MIN_GLUED <= len(folded) <= MAX_GLUED or not folded.isalpha():
        return word
    scores = _vocabulary()
    if folded in scores or folded.startswith(tuple(_CURSE_PREFIX)):
        return word
    n = len(folded)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("-inf"), 0)] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - _LONGEST), end):
            if best[start][0] == float("-inf"):
                continue
            piece = folded[start:end]
            score = scores.get(piece)
            if score is None or (len(piece) < 3 and piece not in _SHORT_OK
                                 and (len(piece) == 1 or score < _SHORT_MIN_SCORE)):
                continue
            total = best[start][0] + score + _PIECE_COST
            if total > best[end][0]:
                best[end] = (total, start)
    if best[n][0] == float("-inf"):
        return word
    cuts: list[int] = []
    at = n
    while at > 0:
        cuts.append(at)
        at = best[at][1]
    bounds = [0, *reversed(cuts)]
    return " ".join(word[a:b] for a, b in zip(bounds, bounds[1:]))


_LONGEST = 20
_VOCAB_LOCK = threading.Lock()
_VOCAB: dict[str, float] | None = None


def _vocabulary() -> dict[str, float]:
    """Word -> log-probability: the encoder's whole words, then the lemma tables' en/nl forms and our
    own group and lexicon words at a fixed rare-word score. Built once (~0.5 s), on first need."""
    global _VOCAB
    if _VOCAB is None:
        with _VOCAB_LOCK:
            if _VOCAB is None:
                from riskcheck.normalize.lemmas import known_forms
                from riskcheck.scorers.embedding import shared_embedder

                vocabulary = dict(shared_embedder().whole_words())
                for language in ("en", "nl"):
                    for form in known_forms(language):
                        if len(form) >= _LEMMA_ONLY_MIN and form.isalpha():
                            vocabulary.setdefault(form, _LEMMA_ONLY_SCORE)
                from riskcheck.normalize.stopwords import stop_words

                for word in stop_words("en") | stop_words("nl"):
                    if word.isalpha():
                        vocabulary[word] = max(vocabulary.get(word, -10.0), -10.0)
                for word in GROUP_START | _lexicon_person_words() | _PERSON_NL:
                    if word.isalpha():
                        vocabulary[word] = max(vocabulary.get(word, _OWN_WORD_SCORE), _OWN_WORD_SCORE)
                _VOCAB = vocabulary
    return _VOCAB


def warm() -> None:
    """Build the hashtag vocabulary now (service start), not in the first request with a glued tag."""
    _vocabulary()


@functools.lru_cache(maxsize=1)
def shipped_lexicon_categories() -> dict[str, list[str]]:
    """The shipped lexicon's terms per category, read once ({} when the file is missing or broken)."""
    import json

    from riskcheck.scorers.toxicity_usem3 import default_model_dir

    try:
        data = json.loads((default_model_dir() / "lexicon.json").read_text(encoding="utf-8"))["categories"]
    except (OSError, ValueError, KeyError):
        return {}
    return {str(c): [str(t) for t in terms] for c, terms in data.items()}


@functools.lru_cache(maxsize=1)
def _lexicon_person_words() -> frozenset[str]:
    """Single-word insults and slurs of the shipped lexicon (what a curse word may be glued to)."""
    data = shipped_lexicon_categories()
    return frozenset(t.lower() for c in ("insult", "slur") for t in data.get(c, [])
                     if " " not in t and "*" not in t)
