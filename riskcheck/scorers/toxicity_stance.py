"""Hate framed as an opinion, a question or a denied positive, which the group shapes miss.

``toxicity_targets`` reads a protected group followed by a hostile part in main-clause order. Three
common framings fall outside it:

* **Dutch subordinate clauses** put the verb last: "Vind jij ook niet dat moslims tuig zijn?",
  "Ik denk dat gehandicapten geen rechten verdienen." ``main_clause_order`` moves that verb behind
  the group ("moslims zijn tuig") so the group shapes read it, unless the clause is introduced as
  false ("het is niet waar dat ...", "niemand mag zeggen dat ..."); the rhetorical frames ("vind je
  ook niet dat", "is het niet duidelijk dat") are opinions, not negations.
* **Denied rights and worth**: "no X deserves respect", "geen enkele X verdient een kans", "X should
  not be allowed to vote", "X zouden niet mogen stemmen", "X should have no rights", "<group> lives
  don't matter", "zwarte levens doen er niet toe".
* **Comparative inferiority**: "X are less intelligent (than ...)", "X zijn minder slim".

Counter-speech is still decided afterwards on the sentence as written ("No immigrant deserves to be
treated like that" names a harm, not a right, and is not matched here).
"""

from __future__ import annotations

import re

from riskcheck.scorers.toxicity_patterns import RHETORICAL_NEGATION, Shape, make_shape, match_shapes
from riskcheck.scorers.toxicity_structure import assess_structure, group_problem_compound
from riskcheck.scorers.toxicity_targets import IDENTITY_BLOCK, TARGET, TARGET_START, respell

_GROUP_ADJ_LIVES = (r"(?:gay|lesbian|trans|queer|black|asian|jewish|muslim|arab|african|mexican|disabled|immigrant|"
                    r"refugee|migrant|homo|zwarte|joodse|islamitische|gehandicapte|lesbische|moslim|migranten|"
                    r"vluchtelingen|transgender)")
# What everyone deserves: denying it to a whole group is the attack.
_RIGHTS_EN = (r"(?:respect|rights?|a chance|(?:a |any )?second chance|kindness|dignity|help|love|compassion|a job|a home|"
              r"a voice|a place (?:here|in \w+)|to live|to exist|to be (?:here|happy|loved|free|safe|respected|heard)|"
              r"to vote|equal rights|the vote|citizenship|freedom|protection|sympathy|mercy|a future|basic rights)")
_DETERMINER = r"(?:(?:our|your|any|the|my|onze|jouw|je|mijn|enige|de|het) )?"
_RIGHTS_NL = (r"(?:respect|rechten|recht|een kans|(?:een )?tweede kans|vriendelijkheid|waardigheid|hulp|liefde|"
              r"medeleven|een baan|een huis|een thuis|een stem|een plek|het (?:om|te) leven|te leven|te bestaan|"
              r"stemrecht|vrijheid|bescherming|medelijden|genade|een toekomst)")
# Ordinary things that a law or rule would have to deny a group: denying them is exclusion.
_ACTIVITIES_EN = (r"(?:vote|work|drive|marry|study|teach|adopt|live here|live in \w+|own (?:property|a house|land|a "
                  r"business)|enter|immigrate|speak|lead|exist|have children|have kids|hold office|run for office|"
                  r"be (?:citizens|in charge|here|teachers|doctors|leaders|in public|around children|near (?:kids|children))|"
                  r"serve|go to school|get married|join the army|use (?:our|the) (?:toilets|bathrooms))")
_ACTIVITIES_NL = (r"(?:stemmen|werken|autorijden|rijden|trouwen|studeren|lesgeven|les geven|adopteren|hier wonen|"
                  r"wonen|binnenkomen|bestaan|kinderen krijgen|leiding geven|naar school|in het leger|hier zijn|"
                  r"bij kinderen)")
_INFERIOR_ADJ = (r"(?:intelligent|smart|capable|human|civili[sz]ed|worthy|valuable|evolved|deserving|important|"
                 r"slim|slimme|intelligente|capabel|capabele|beschaafd|beschaafde|menselijk|waardevol|waard|"
                 r"ontwikkeld|belangrijk)")

STANCE_SHAPES: tuple[Shape, ...] = (
    make_shape("denied rights or worth", "no not geen niet deserves deserve verdient verdienen worth waard "
               "allowed mogen mag rights rechten matter toe",
               rf"\b(?:no|not a single|not one|geen(?: enkele)?|niet een|niet één)\s+{TARGET}\s+(?:deserves?|"
               rf"is worth|verdient|verdienen|is)\s+{_DETERMINER}(?:{_RIGHTS_EN}|{_RIGHTS_NL}|het waard)\b|"
               rf"\b{TARGET}\b(?:\s+\S+){{0,2}}?\s+(?:should|must|ought to|need to)\s+(?:not|never|no longer)\s+be\s+"
               rf"(?:allowed|permitted|able) to\s+{_ACTIVITIES_EN}\b|"
               rf"\b{TARGET}\b(?:\s+\S+){{0,2}}?\s+(?:shouldn'?t|mustn'?t)\s+be\s+(?:allowed|permitted) to\s+"
               rf"{_ACTIVITIES_EN}\b|"
               rf"\b{TARGET}\b(?:\s+\S+){{0,2}}?\s+(?:should|must|deserve to|ought to)\s+have\s+no\s+(?:rights|"
               r"right to \w+|say|voice|vote|place here)\b|"
               rf"\b{TARGET}\b(?:\s+\S+){{0,2}}?\s+(?:zouden|zou|mogen|mag|moeten|moet)\s+(?:\S+\s+)?(?:niet|nooit|"
               rf"niet meer|geen)\s+(?:mogen\s+|meer\s+)?{_ACTIVITIES_NL}\b|"
               rf"\b{TARGET}\b(?:\s+\S+){{0,2}}?\s+(?:zouden|zou|moeten|moet|horen|hoort)\s+(?:\S+\s+)?geen\s+"
               r"(?:rechten|stemrecht|recht|plek|stem)\b|"
               rf"\b{_GROUP_ADJ_LIVES}\s+(?:lives|levens)\s+(?:don'?t|do not|doen er niet toe|tellen niet|do not ever)"
               r"(?:\s+matter)?\b|"
               rf"\b{_GROUP_ADJ_LIVES}\s+(?:lives|levens)\s+(?:are|zijn)\s+(?:worthless|not worth|niks waard|"
               r"niets waard|waardeloos)\b|"
               rf"\b(?:het leven|de levens|the li(?:fe|ves)) (?:van|of) (?:een |a |an )?{TARGET}\s+(?:is|are|zijn)\s+"
               r"(?:worthless|not worth|worth nothing|niks waard|niets waard|waardeloos|nothing)\b",
               **IDENTITY_BLOCK),
    make_shape("comparative inferiority", "less minder inferior dommer luier",
               rf"\b{TARGET}\b(?:\s+\S+){{0,2}}?\s+(?:are|is|were|zijn|waren)\s+(?:(?:just|simply|naturally|"
               r"genetically|biologically|gewoon|nu eenmaal|van nature|genetisch|echt|allemaal|all)\s+)?"
               rf"(?:less|minder)\s+{_INFERIOR_ADJ}\b",
               **IDENTITY_BLOCK),
)
_STANCE_WORDS = frozenset(w for shape in STANCE_SHAPES for w in shape.needs)

# --- Dutch subordinate clauses ---------------------------------------------------------------
_FINITE = (r"zijn|is|waren|was|verdienen|verdient|horen|hoort|moeten|moet|mogen|mag|zouden|zou|kunnen|kan|"
           r"blijven|blijft|worden|wordt|stinken|stinkt|deugen|deugt|tellen|telt|doen|doet|hebben|heeft")
_SUBCLAUSE = re.compile(rf"\b(dat|of|omdat|waarom|hoe) ({TARGET}) ((?:(?!(?:{_FINITE})\b)[^\s,.;:!?]+ ){{1,4}}?)"
                        rf"({_FINITE})\b")
# "het is niet waar dat", "niemand mag zeggen dat": the clause is put forward as false or forbidden.
_DENIED_BEFORE = re.compile(r"\b(?:niet|geen|nooit|niemand|nergens|onzin|mythe|fabel|fabeltje|leugen|vooroordeel|"
                            r"onwaar|klopt)\b")
# Rhetorical negation that states the opinion: "vind je ook niet dat", "is het niet duidelijk dat".
_RHETORICAL = re.compile(r"\b(?:vind|vinden|denk|denken|geloof|geloven|vindt|denkt) (?:jij|je|jullie|u|ze|zij) "
                         r"(?:\S+ )?niet\b|\bis het (?:toch )?niet (?:\S+ )?(?:duidelijk|logisch|zo|waar|overduidelijk|"
                         r"normaal|raar|vreemd)\b|\bwaarom (?:\S+ ){0,2}niet\b")
_WORDS = re.compile(r"\w(?:[\w'-]*\w)?")
# "It's a myth that ...", "het is een fabeltje dat ...": the claim that follows is put forward as false.
_FALSE_FRAME = re.compile(r"\b(?:it'?s|it is|it was|that'?s|that is) (?:just |simply |an? )?(?:old )?(?:myth|lie|"
                          r"stereotype|prejudice|falsehood|false|not true|untrue|nonsense|wrong) (?:that|to say)\b|"
                          r"\b(?:het|dat) is (?:gewoon |echt )?(?:een )?(?:mythe|fabel|fabeltje|leugen|vooroordeel|"
                          r"stereotype|onzin|niet waar|onwaar) (?:dat|om te zeggen)\b|\bhet klopt niet dat\b|"
                          # ... or called false after it: "No, Gypsies don't steal children, that's an old myth."
                          r"[,;-]\s*(?:that'?s|that is|which is|dat is|wat)\s+(?:(?:just|simply|an?|een|pure|total|"
                          r"complete|gewoon|echt) ){0,2}(?:old |oude |racist |racistische |dangerous |gevaarlijke )?(?:myth|lie|"
                          r"stereotype|prejudice|nonsense|bullshit|racism|mythe|fabel|fabeltje|leugen|onzin|vooroordeel|"
                          r"racisme|kletskoek)\W*$")


# A claim about a group held by unnamed others ("people who say women can't lead have never worked for my
# mum", "anyone who thinks Mexicans are criminals should meet my in-laws", "wie zegt dat vrouwen niet kunnen
# leiden, ...", "iedereen die denkt dat ... is dom"): the writer reports the claim in order to answer it, and
# the shapes read the rest of the sentence. The claim runs from its opener to the next clause mark or to the
# main clause's verb: the second finite verb after the opener ("... thinks Mexicans ARE criminals SHOULD meet"),
# so "people who say refugees are welcome should be shot" keeps its threat ("people should be shot"). Not when
# the writer sides with the holders ("people who say X are Y are right", "... heeft gelijk").
_HELD_BY_OTHERS = re.compile(
    r"\b(?:(?:people|those|anyone|anybody|everyone|everybody|someone|somebody|folks|the ones|idiots|guys)"
    r" (?:who|that)|whoever)\s+(?:still |really |honestly |actually |genuinely |seriously |truly |ever )?"
    r"(?:say|says|said|think|thinks|thought|believe|believes|believed|claim|claims|claimed|insist|insists|"
    r"assume|assumes|pretend|pretends|keep saying|keeps saying|reckon|reckons|tell you|tells you)\b|"
    r"\b(?:wie|iedereen die|mensen die|degenen die|degene die|diegenen die|lui die|types die|figuren die|zij die|"
    r"wie er)\s+(?:nog |echt |serieus |oprecht |nog steeds |ooit )?(?:zegt|zeggen|denkt|denken|beweert|beweren|"
    r"gelooft|geloven|roept|roepen|vindt|vinden|meent|menen|doet alsof|doen alsof)\b")
_CLAIM_WORD = re.compile(r"[^\s,;:!?]+|[,;:!?]")
_FINITE_VERBS = frozenset(
    "are is was were am 're can can't cannot could couldn't should shouldn't must need needs have has had haven't "
    "hasn't will won't would wouldn't do does did don't doesn't didn't deserve deserves zijn waren kan kunnen kunt "
    "moet moeten mag mogen zal zullen zou zouden heeft hebben had hadden doet doen wordt worden verdienen verdient "
    "horen hoort".split())
_SIDES_WITH = re.compile(
    r"\b(?:(?:is|are|was|were)(?: \S+)? (?:right|correct|spot on|not wrong|onto something|telling the truth|honest)|"
    r"(?:has|have) a point|says? what (?:everyone|we all|most people) (?:thinks?|knows?)|gets? it|"
    r"(?:heeft|hebben) (?:\S+ )?(?:gelijk|een punt|het door)|(?:is|zijn) (?:gewoon )?(?:eerlijk|niet gek)|"
    r"(?:spreekt|spreken) de waarheid|(?:snapt|snappen) het|(?:zegt|zeggen) (?:gewoon )?wat (?:iedereen|we allemaal))\b")


def outside_claims_of_others(text: str) -> str | None:
    """``text`` (folded) without the claims it reports of unnamed others (``_HELD_BY_OTHERS``), or None when
    it reports none or the writer sides with them."""
    opener = _HELD_BY_OTHERS.search(text)
    if opener is None or _SIDES_WITH.search(text) is not None:
        return None
    end, verbs = len(text), 0
    for word in _CLAIM_WORD.finditer(text, opener.end()):
        if word.group(0) in ",;:!?":
            end = word.start()
            break
        verbs += word.group(0) in _FINITE_VERBS
        if verbs == 2:
            end = word.start()
            break
    rest = text[:opener.start()] + text[opener.start():opener.end()].split()[0] + " " + text[end:]
    return outside_claims_of_others(rest) or rest


# ... or the claim is the subject and falsehood the predicate: "claims that Arabs can't be trusted are pure
# prejudice", "beweren dat ... is puur vooroordeel", "people who think X are Y are spreading a lie".
_CLAIM_SUBJECT = re.compile(r"^(?:the |het |de )?(?:claims?|ideas?|notion|suggestion|stereotypes?|belief|assumption|"
                            r"saying|beweren|zeggen|roepen|denken|idee|gedachte|bewering|beweringen|suggestie)"
                            r"(?: (?:that|dat)\b|$)")
_CALLED_FALSE = re.compile(r"\b(?:is|are|was|were|zijn|blijft|blijven|spread\w*|verspreid\w*|tell\w*|vertel\w*)\s+"
                           r"(?:(?:just|simply|pure|puur|gewoon|complete|total|utter|absolute|plain|een|a|an|old|oude)\s+){0,3}"
                           r"(?:prejudice|nonsense|a lie|lies|lie|false|wrong|racist|bigoted|a myth|myth|rubbish|bullshit|"
                           r"vooroordeel|onzin|leugen|leugens|onwaar|racistisch|kletskoek|fabel|fabeltje|fout|"
                           r"discriminerend|discrimination|discriminatie)\b")


def framed_as_false(text: str) -> bool:
    """The sentence introduces its claim as false ("it's a myth that X are lazy"), calls it false after
    it ("..., that's an old myth"), or says of the claim or of those who hold it that it is false
    ("claims that X ... are pure prejudice", "people who think X ... are spreading a lie"): counter-speech."""
    if _FALSE_FRAME.search(text) is not None:
        return True
    if ("that" in text or "dat" in text) and _CLAIM_SUBJECT.search(text) is not None:
        return _CALLED_FALSE.search(text) is not None
    rest = outside_claims_of_others(text)
    return rest is not None and _CALLED_FALSE.search(rest) is not None


def main_clause_order(text: str) -> str | None:
    """``text`` with the last verb of a Dutch "dat/of/omdat + group ..." clause moved behind the group
    ("dat vrouwen te dom zijn om" -> "dat vrouwen zijn te dom om"); None when there is no such clause
    or it is introduced as false."""
    match = _SUBCLAUSE.search(text)
    if match is None:
        return None
    before = text[:match.start()]
    if _DENIED_BEFORE.search(RHETORICAL_NEGATION.sub(" ", _RHETORICAL.sub(" ", before))):
        return None
    return (text[:match.start()] + f"{match.group(1)} {match.group(2)} {match.group(4)} {match.group(3).rstrip()}"
            + text[match.end():])


# Denying trans people their gender ("trans women are just men in dresses", "transvrouwen zijn gewoon mannen",
# "trans men are confused girls"): read on the words, because the group tagger reads "men" / "women" as a
# group of its own and the masked head then sees "they are just they". "Trans women are women" says the opposite.
_DENIED_GENDER = re.compile(
    r"\btrans(?:gender)?[ -]?(?:women|woman|vrouwen|vrouw)\s+(?:are|is|zijn|blijven|blijft)\s+(?:(?:just|really|simply|"
    r"still|always|only|nothing but|basically|actually|gewoon|eigenlijk|nog steeds|altijd|gewoon nog|stiekem)\s+)*"
    r"(?:(?:a|een)\s+)?(?:\S+\s+)?(?:men|man|males?|blokes?|guys|dudes|mannen|kerels|vent|venten)\b|"
    r"\btrans(?:gender)?[ -]?(?:men|man|mannen)\s+(?:are|is|zijn|blijven|blijft)\s+(?:(?:just|really|simply|still|always|"
    r"only|nothing but|basically|actually|gewoon|eigenlijk|nog steeds|altijd|stiekem)\s+)*(?:(?:a|een)\s+)?(?:\S+\s+)?"
    r"(?:women|woman|girls?|females?|ladies|vrouwen|vrouw|meisjes|meiden|meisje)\b")


def assess_stance(text: str) -> dict[str, float]:
    """Floors for one folded, de-obfuscated sentence (empty when no stance shape matches)."""
    text = respell(text)
    present = set(_WORDS.findall(text))
    if (present.isdisjoint(TARGET_START) and "levens" not in present and "lives" not in present
            and not group_problem_compound(text)):
        return {}
    floors: dict[str, float] = {}
    if "trans" in text and _DENIED_GENDER.search(text) is not None:
        return dict(IDENTITY_BLOCK)
    if not present.isdisjoint(_STANCE_WORDS):
        floors, _ = match_shapes(STANCE_SHAPES, text, present, unless_denied=True)
    return floors or assess_structure(text, present)
