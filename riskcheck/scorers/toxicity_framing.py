"""What a framed sentence asserts about a group: a correction, a hedge, an opinion or a loaded question.

The group shapes (``toxicity_targets``, ``toxicity_stance``) read "<group> are <hostile>". Hate is
often said around that order, and then the shapes either miss it or read it as counter-speech:

* **Correction** (a negated positive followed by what the writer holds instead): "Gays aren't
  people, they're a disease", "Vrouwen zijn niet dom, alleen niet gemaakt om na te denken",
  "Refugees don't flee war, they flee work". The negation is not a denial of hostility, it is the
  set-up; the claim is the second clause. ``correction`` returns "<group> <second clause>"
  ("gays are a disease"), and the scorer reads that clause for the shapes, the group head and
  the counter-speech check, so "Gay people aren't a trend, they're part of every family" is
  judged on "gay people are part of every family" (nothing hostile) and not on its negation.
* **Hedge**: "I'm not saying all Africans are criminals, just most of them", "Not all Muslims are
  terrorists, but ...", "I don't hate gay people, I just think they should be cured": the hedge
  denies the whole and asserts the claim; ``correction`` returns the claim.
* **Opinion and question frames** (``framed``): "Unpopular opinion: ...", "Is it just me or ...",
  "Ben ik de enige die vindt dat ...": the frame is dropped and the rest read as a statement; a
  loaded question is read as what it presupposes ("Why are Turks always so aggressive?" ->
  "turks are always so aggressive", "Waarom stelen Roemenen zoveel?" -> "roemenen stelen zoveel",
  "Why should lesbians be allowed to raise kids?" -> "lesbians should not be allowed to raise kids",
  "Are Asians even capable of ...?" -> "asians are not capable of ..."). A question about a group's
  holiday presupposes nothing hostile ("jews celebrate hanukkah for eight days") and stays clean:
  the readings only ever feed the precise group shapes, which need a hostile part of their own.

All functions take the folded, de-obfuscated sentence the shapes read and return None when the
sentence has no such frame. They are cheap: a word gate first, then one anchored pattern.
"""

from __future__ import annotations

import re

from riskcheck.scorers.lazy_regex import LazyPattern
from riskcheck.scorers.toxicity_stance import _ACTIVITIES_EN, _ACTIVITIES_NL, main_clause_order
from riskcheck.scorers.toxicity_targets import TARGET, respell

_GROUP_RE = re.compile(rf"\b{TARGET}\b")
_WORDS = re.compile(r"\w(?:[\w'-]*\w)?")
_NEGATORS = frozenset("not never no niet geen nooit don't doesn't didn't isn't aren't wasn't weren't won't can't".split())

# --- corrections ---------------------------------------------------------------------------------
# "<group> <verb> not <A>, <they / it / just> <B>": the group opens the sentence (after a determiner),
# the first clause holds the negator, the second clause names the group again by a pronoun, or
# carries on its predicate ("just", "alleen", "only"). "Saying women shouldn't vote isn't an opinion, it's
# sexism" does not open with the group and is no correction.
_DET = r"(?:(?:the|all|most|these|those|de|het|alle|die|deze|veel|many) )?"
_CORRECTION = re.compile(
    rf"^{_DET}(?P<group>{TARGET})\s+(?P<verb>[\w']+)(?P<first>[^,;:]*?)\s*"
    r"(?:,|;|\s[-\u2013\u2014]|\s(?=but\b|maar\b))\s*(?:but\s+|maar\s+|rather\s+|eerder\s+)?(?P<second>[^,;]+?)[.!?\s]*$")
# The second clause names the group again: a pronoun subject ("they're", "ze", "het zijn").
_PRONOUN_SUBJECT = re.compile(r"^(?:they|ze|zij|those|die|het|it)\s+(?P<rest>.+)$")
# ... or carries the first clause's predicate on: "alleen niet gemaakt om ...", "just lazy".
_CARRY_ON = re.compile(r"^(?:just|only|simply|merely|alleen|gewoon|enkel|slechts)\s+(?P<rest>.+)$")
_COPULA = {"are", "is", "were", "was", "aren't", "isn't", "weren't", "wasn't", "zijn", "waren", "is"}
_COPULA_POSITIVE = {"aren't": "are", "isn't": "is", "weren't": "were", "wasn't": "was"}
# the negator of the first clause: right after the verb ("aren't", "zijn niet", "don't flee", "zijn geen")
_FIRST_NEGATED = re.compile(r"^(?:n't|\s+(?:not|never|niet|geen|nooit)\b)|^\s+\w+\s+(?:niet|nooit)\b")

# Hedges: "i'm not saying (that) (all) X are Y, just most of them"; "ik zeg niet dat alle X Y zijn, wel de meeste";
# "not all X are Y, but ...": the hedge takes back "all", the claim stands.
_HEDGE_SAYING = re.compile(
    r"^(?:i'?m|i am|im)?\s*not saying (?:that )?(?:all |every )?(?P<claim>[^,;]+?)\s*[,;]?\s*"
    r"(?:just|only|but|maybe just)\s+(?:most|many|a lot|the majority|nearly all|almost all)\b")
_HEDGE_ZEG = re.compile(
    r"^(?:ik )?zeg (?:niet|ook niet) dat (?:alle |elke )?(?P<claim>[^,;]+?)\s*[,;]?\s*"
    r"(?:alleen|maar|wel|gewoon)\s+(?:de meesten?|veel|een hoop|bijna alle|het merendeel)\b")
_NOT_ALL = re.compile(rf"^(?:not all|niet alle)\s+(?P<claim>(?:{TARGET})\s+[^,;]+?)\s*[,;]\s*(?:but|maar)\s+(?:all|alle|most|de meeste)\b")
# "i don't hate X, i just think they should be cured" / "ik haat X niet, ik vind alleen dat ze ... moeten": the
# denied hostility is the set-up, the opinion after it the claim.
_HEDGE_HATE = re.compile(
    rf"^(?:i\s+(?:don'?t|do not)\s+(?:hate|dislike|have (?:anything|a problem) against)|i have nothing against|"
    rf"ik\s+(?:haat|heb (?:niks|niets) tegen|heb geen hekel aan))\s+(?P<group>{TARGET})\b[^,;]*[,;]\s*(?:but\s+|maar\s+)?"
    r"(?:i\s+(?:just\s+|only\s+)?(?:think|believe|feel)|ik\s+(?:vind|denk)(?:\s+(?:alleen|gewoon|wel))?)\s+"
    r"(?:that\s+|dat\s+)?(?P<claim>[^,;]+?)[.!?\s]*$")


def hedged(text: str) -> bool:
    """``text`` (folded) denies hostility or generality only to assert the claim after it ("I don't hate gay
    people, I just think ...", "I'm not saying all ..., just most"): its negation is the hedge, never a denial."""
    text = respell(text.strip())
    return any(p.search(text) is not None for p in (_HEDGE_HATE, _HEDGE_SAYING, _HEDGE_ZEG, _NOT_ALL))


def correction(text: str) -> str | None:
    """The claim of a correction or hedge about a group in ``text`` (folded), with the group as its
    subject ("gays are a disease"); None when ``text`` is no such sentence."""
    words = set(_WORDS.findall(text))
    if words.isdisjoint(_NEGATORS) and "n't" not in text:
        return None
    text = respell(text.strip())
    for pattern in (_HEDGE_SAYING, _HEDGE_ZEG, _NOT_ALL):
        found = pattern.search(text)
        if found is not None and _GROUP_RE.search(found.group("claim")):
            claim = found.group("claim")
            return _dutch_order(claim) if pattern is _HEDGE_ZEG else claim
    found = _HEDGE_HATE.search(text)
    if found is not None:
        claim = re.sub(r"\b(?:they|them|ze|zij|hen)\b", found.group("group"), found.group("claim"))
        return _dutch_order(claim) if claim.startswith(found.group("group")) and " dat " not in claim else claim
    found = _CORRECTION.search(text)
    if found is None:
        return None
    verb, first = found.group("verb"), found.group("first")
    if _FIRST_NEGATED.search(("n't" if verb.endswith("n't") else "") + first) is None:
        return None
    group, second = found.group("group"), found.group("second").strip()
    if _GROUP_RE.match(second) is not None:
        return None   # "women aren't weak, men are": the second clause is about someone else
    pronoun = _PRONOUN_SUBJECT.search(second)
    if pronoun is not None:
        rest = pronoun.group("rest")
        # "het is een ziekte" / "it's a disease": the group is what is meant
        rest = re.sub(r"^(?:is|'s|zijn)\b", "zijn" if _dutch(verb) else "are", rest) if second.startswith(("het ", "it")) else rest
        return f"{group} {rest}"
    carried = _CARRY_ON.search(second)
    if carried is not None:
        base = _COPULA_POSITIVE.get(verb, verb)
        return f"{group} {base} {carried.group('rest')}" if base in _COPULA else None
    return None


def _dutch(verb: str) -> bool:
    return verb in {"zijn", "waren", "hebben", "doen", "vluchten", "komen", "willen", "kunnen", "horen"} or verb.endswith("en")


def _dutch_order(claim: str) -> str:
    """A Dutch subordinate claim ("marokkanen criminelen zijn") in main-clause order ("marokkanen zijn criminelen")."""
    reordered = main_clause_order(f"dat {claim}")
    return reordered[4:] if reordered is not None else claim


# --- opinion and question frames -----------------------------------------------------------------
# A frame that announces an opinion or a question; what follows is read as said. (Not "i think": a
# hedge the counter-speech check already reads, nor "why" alone: see _QUESTION.)
_FRAME = re.compile(
    r"^(?:(?:an? )?(?:unpopular|controversial|honest|hot|genuine|serious|real) (?:opinion|take|question)s?"
    r"(?: (?:but|here|time))?\s*[:,.!-]*\s*|hot take\s*[:,-]\s*|(?:just )?my (?:honest )?opinion\s*(?:,?\s*but)?\s*[:,-]?\s*|"
    r"(?:let'?s )?be honest\s*[:,-]\s*|is it just me or\s+|am i the only one who (?:thinks|believes|feels)(?: that)?\s+|"
    r"(?:does )?anyone else (?:think|believe|feel)(?: that)?\s+|who else (?:thinks|believes|feels)(?: that)?\s+|"
    r"can we (?:all )?agree (?:that |on this[:,]?\s*)?|poll\s*[:,-]\s*|question\s*[:,-]\s*|"
    r"(?:impopulaire |eerlijke |controversi[eë]le )?(?:mening|vraag|stelling)\s*[:,-]\s*|mijn (?:eerlijke )?mening\s*[:,-]\s*|"
    r"gewoon een vraag\s*[:,-]\s*|poll\s*[:,-]\s*|ligt het aan mij of\s+|"
    r"ben ik de enige die (?:vindt|denkt|vind)(?: dat)?\s+|wie (?:vindt|denkt) er (?:nog meer|ook|allemaal) (?:dat\s+)?|"
    r"kunnen we het (?:erover |er over )?eens zijn (?:dat|over)\s+|zeg nou eerlijk\s*[:,-]?\s*)")

# Loaded questions: what they take for granted.
_WHY_COPULA = re.compile(rf"^(?:why|waarom) (?P<verb>are|is|zijn|is) (?P<group>{TARGET}) (?P<rest>[^?]+)\??$")
_WHY_DO = re.compile(rf"^(?:why|how come) (?:do|does|did) (?P<group>{TARGET}) (?P<rest>[^?]+)\??$")
_WHY_ALLOWED = re.compile(rf"^(?:why|waarom) (?:should|are|is|do|does|mogen|mag) (?P<group>{TARGET}) "
                          r"(?:(?:even|still|eigenlijk|nog|hier|nog steeds|überhaupt|uberhaupt|ook|allowed to|be allowed to|"
                          r"get to|toegestaan)\s+)*(?P<rest>[^?]+)\??$")
_WHY_VERB_NL = re.compile(rf"^waarom (?P<verb>[a-z]+) (?P<group>{TARGET}) (?P<rest>[^?]+)\??$")
# "are X even capable of ...?", "zijn X eigenlijk wel te vertrouwen?": a doubt marker turns the question into a denial
_DOUBT = re.compile(rf"^(?P<verb>are|is|zijn|is) (?P<group>{TARGET}) (?:even|really|actually|eigenlijk wel|wel|überhaupt|uberhaupt)\s+"
                    r"(?P<rest>[^?]+)\??$")
_YES_NO = re.compile(rf"^(?P<verb>are|zijn) (?P<group>{TARGET}) (?P<rest>[^?]+)\??$")
# a question about a right denied ("waarom mogen vluchtelingen niet werken?") asks for the right: no reading
_DENIED_RIGHT = re.compile(r"\b(?:not|niet|nog steeds niet|geen|never|nooit|n't)\b")
_NOT_ALLOWED_VERBS = {"should": "should not be allowed to", "are": "should not be allowed to", "is": "should not be allowed to",
                      "do": "should not be allowed to", "does": "should not be allowed to",
                      "mogen": "zouden niet mogen", "mag": "zou niet mogen"}
_FRAME_WORDS = frozenset("opinion take question honest just only anyone else agree poll mening vraag stelling eerlijke "
                         "aan enige vindt denkt eens zeg why waarom are zijn how".split())


def framed(text: str, *, questions: bool = True) -> str | None:
    """``text`` (folded) read without its opinion frame and as the statement a loaded question takes
    for granted; None when it has neither. ``questions=False``: only a sentence with an opinion frame
    has a reading (what the learned group head reads: it scores some plain statements about a group, "ze
    leven korter", as hostile, and a question about a group's health or habits is not an opinion)."""
    if _FRAME_WORDS.isdisjoint(_WORDS.findall(text)):
        return None
    text = respell(text.strip())
    stripped = _FRAME.sub("", text, count=1)
    if stripped == text and not questions:
        return None
    question = _presupposed(stripped)
    if question is not None:
        return question
    if stripped == text:
        return None
    if stripped.startswith(("dat ", "that ")):
        stripped = stripped.split(" ", 1)[1]
    if _GROUP_RE.search(stripped) is None:
        return None
    return _dutch_order(stripped)


def _presupposed(text: str) -> str | None:
    if not text.endswith("?"):
        return None
    found = _WHY_ALLOWED.search(text)
    if found is not None and re.search(r"\b(?:allowed|toegestaan|mogen|mag|get to)\b", text) and not _DENIED_RIGHT.search(text):
        verb = "mogen" if text.startswith("waarom mogen") else "mag" if text.startswith("waarom mag") else "should"
        return f"{found.group('group')} {_NOT_ALLOWED_VERBS[verb]} {found.group('rest')}"
    found = _DOUBT.search(text)
    if found is not None:
        return f"{found.group('group')} {found.group('verb')} {'niet' if found.group('verb') == 'zijn' else 'not'} {found.group('rest')}"
    for pattern in (_WHY_COPULA, _WHY_DO, _WHY_VERB_NL, _YES_NO):
        asked = pattern.search(text)
        if asked is None:
            continue
        said = asked.groupdict().get("verb") or ""
        if pattern is _WHY_DO:
            return f"{asked.group('group')} {asked.group('rest')}"
        if pattern is _WHY_VERB_NL and said in ("mogen", "mag", "zijn", "is"):
            continue
        return f"{asked.group('group')} {said} {asked.group('rest')}"
    return None


# --- questions that ask for fairness ---------------------------------------------------------------
# "Why can't gay couples marry?", "Waarom mogen vluchtelingen nog steeds niet werken?", "Why should disabled people
# have to fight for a ramp?": the question asks why a right is denied or a burden imposed, on the group's side.
# The learned group head reads the exclusion or the hardship in it as hostility (it blocked all three); these
# questions get no floor from it. The rights are the ordinary activities of ``toxicity_stance`` ("go back" is none:
# "Why can't immigrants just go back?" keeps every reading).
_HARDSHIP = (r"fight|struggle|wait|beg|pay|explain|justify|hide|choose|suffer|apologi[sz]e|prove|queue|"
             r"vechten|strijden|wachten|smeken|betalen|uitleggen|verantwoorden|verstoppen|kiezen|lijden|bewijzen|"
             r"excuses aanbieden|opboksen")


def asks_for_fairness(text: str) -> bool:
    """``text`` (folded) asks why a group is denied an ordinary right or must bear a burden (see above)."""
    if not text.rstrip().endswith("?") or _FAIRNESS_GATE.isdisjoint(_WORDS.findall(text)):
        return False
    text = respell(text.strip())
    return _FAIRNESS.search(text) is not None


_FAIRNESS_GATE = frozenset("why waarom".split())
_ASKED_GROUP = rf"(?:\w+ )?(?:{TARGET})"
_FAIRNESS = LazyPattern(
    rf"^(?:but |maar |so |dus )?(?:why|waarom) (?:(?:can'?t|cannot|aren'?t|isn'?t|don'?t|doesn'?t|shouldn'?t) {_ASKED_GROUP} "
    rf"(?:\S+ ){{0,3}}?(?:be allowed to |get to )?{_ACTIVITIES_EN}\b|"
    rf"(?:are|is) {_ASKED_GROUP} (?:still )?(?:not|never) (?:allowed|able|permitted) to {_ACTIVITIES_EN}\b|"
    rf"(?:mogen|mag|kunnen|kan) {_ASKED_GROUP} (?:\S+ ){{0,3}}?(?:niet|nooit|geen) (?:\S+ ){{0,2}}?{_ACTIVITIES_NL}\b|"
    rf"(?:should|do|does|must) {_ASKED_GROUP} (?:still |always |even |first )?(?:have|need) to (?:{_HARDSHIP})\b|"
    rf"(?:moeten|moet|zouden|zou) {_ASKED_GROUP} (?:\S+ ){{0,3}}?(?:{_HARDSHIP})\b)")
