"""Counter-speech the older readings miss: a claim named and judged, a hypothetical believer told off,
abuse received and reported, a hostile attribute denied.

A sentence *about* hate holds the hateful words: "Calling Nigerians scammers is lazy prejudice",
"Claims that Jews control the banks are an old antisemitic lie", "If you think women belong in the
kitchen, you're stuck in 1950", "He called me a f*ggot on the train and I reported him", "Gay men are
not predators". The group shapes and the heads read the hateful part and block; a reviewer who sees
such a post blocked as hate stops trusting the reason. ``toxicity_patterns.COUNTER`` holds the older
counter-speech shapes; this module adds four readings, each narrow on purpose (a missed counter-speech
costs a review, hate read as counter-speech costs a missed block):

* **a claim judged** (``judges_a_claim``): the claim is the subject, named by a verb of saying or
  labelling or a noun of claiming ("calling X Y", "labelling ...", "claims that ...", "the stereotype
  that ...", "X Y noemen", "de bewering dat ..."), and the verdict follows the copula ("is lazy
  prejudice", "are an old antisemitic lie", "is gewoon vooroordeel"); English and Dutch (Dutch puts
  the verb of saying last: "Nigerianen oplichters noemen is ...").
* **a believer told off** (``judges_a_believer``): "if you think X, you're stuck in 1950 / wrong /
  not welcome here", "wie denkt dat X, leeft nog in 1950 / heeft het mis".
* **abuse received and reported** (``reports_abuse``): someone other than the writer called the writer
  (or a person of theirs) a name, and the post reports or answers it ("... and I reported him",
  "we banned him", "ik heb aangifte gedaan", "omstanders kwamen voor hem op").
* **a hostile attribute denied** (``denies_the_attack``): a negated copula ("are not", "aren't",
  "zijn geen") whose removal leaves a sentence the hostile shapes still read as hostile: the writer
  denies that very attack ("Gay men are not predators" -> "Gay men are predators"). A negated positive
  ("are not human") is hostile and stays: without the negator it reads as benign. A contrast after
  it ("not criminals, but parasites") keeps the sentence as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from riskcheck.scorers.toxicity_patterns import CONDEMN, RHETORICAL_NEGATION

# What a verdict on a claim says: the condemnations, plus prejudice, falsehood and lazy thinking.
_VERDICT = (rf"(?:{CONDEMN}|prejudice|prejudiced|bigotry|bigoted|stereotyp\w*|generali[sz]\w*|discrimination|"
            r"discriminatory|lazy|ignorant|dumb|false|untrue|not true|nonsense|rubbish|a lie|lies?|a myth|myths?|a trope|"
            r"falsehoods?|leugens?|fabels?|mythes?|"
            r"tropes|a slur|slurs|ugly|harmful|offensive|insulting|dehumani[sz]ing|xenophobic|antisemitic|islamophobic|"
            r"misogynist\w*|outdated|old-fashioned|absurd|ridiculous|baseless|unfounded|"
            r"vooroordee?l\w*|bevooroordeeld|stereotype\w*|discriminerend|discriminatie|onzin|onwaar|niet waar|een leugen|"
            r"leugens|een fabel|een fabeltje|een mythe|kwetsend|beledigend|lelijk|achterhaald|ouderwets|dom|lui|"
            r"ongefundeerd|belachelijk|absurd|antisemitisch|xenofoob|vrouwonvriendelijk|"
            # what the claim shows of the one who makes it: "is showing their own ignorance", "laat zijn onwetendheid zien"
            r"(?:\w+\s+){0,2}(?:ignorance|stupidity|bigotry|prejudices|hatred|racism|sexism)|"
            r"(?:\w+\s+){0,2}(?:onwetendheid|domheid|vooroordelen|haat|racisme|seksisme|onverdraagzaamheid)|"
            r"onverdraagzaam|onverdraagzaamheid|intolerant|intolerance)")
# The verdict ends its clause ("is lazy prejudice.", "is outdated and insulting"): in "saying that women are dumb
# is right" the verdict-like word belongs to the claim.
_VERDICT_ENDS = r"\b(?:\s+(?:zien|blijken|merken))?(?=\s*(?:[,;.!?)]|$|and\b|en\b|full stop|period|punt|too\b|ook\b|to\b|om\b))"
# Words that may stand between the copula and the verdict ("is simply lazy", "are an old antisemitic").
_FILL = r"(?:[\w'-]+\s+){0,3}?"
_CLAIM_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but|en|maar|so|dus)\s+)?(?:(?:just|simply|gewoon)\s+)?"
    r"(?:calling|labell?ing|branding|painting|dismissing|describing|treating|saying|claiming|suggesting|implying|"
    r"assuming|pretending|stereotyping|generali[sz]ing about|to call|to say|to claim|to label|"
    r"(?:the|these|those|such|all (?:the|these|those))?\s*(?:claims?|idea|notion|myth|stereotypes?|tropes?|lie|lies|"
    r"assumption|belief|suggestion|narrative|story|rumou?rs?|jokes?|comments?|remarks?|posts?|statements?) "
    r"(?:that|about)|zeggen dat|beweren dat|roepen dat|suggereren dat|doen alsof|"
    r"(?:de|het|die|deze|dat)?\s*(?:bewering(?:en)?|idee|vooroordeel|stereotype|mythe|fabel|fabeltje|verhaal|grap(?:pen)?|"
    r"opmerking(?:en)?|uitspraak|uitspraken|gedachte|aanname) (?:dat|over))\b"
    rf".{{0,120}}?\b(?:is|are|was|were|remains?|zijn|is|blijft|blijven)\s+{_FILL}{_VERDICT}{_VERDICT_ENDS}")
# Dutch: the verb of saying or labelling at the end of the clause, before the copula:
# "Nigerianen oplichters noemen is gewoon lui vooroordeel", "alle moslims over één kam scheren is discriminatie".
# The one who makes the claim judged: "anyone who says Black people are lazy is showing their own ignorance",
# "wie zegt dat zwarte mensen lui zijn, laat vooral zijn eigen onwetendheid zien".
_CLAIMANT = re.compile(
    r"^\W*(?:anyone|anybody|whoever|people|those|everyone|someone|wie|iedereen die|mensen die|degenen die|iemand die)\s+"
    r"(?:who\s+|that\s+)?(?:still\s+|nog\s+)?(?:says?|claims?|thinks?|believes?|tells? you|zegt|zeggen|beweert|beweren|"
    r"denkt|denken|gelooft|geloven|roept|roepen)\b.{3,100}?\b(?:is|are|zijn|is|shows?|showing|reveals?|revealing|proves?|"
    r"proving|laat|laten|toont|tonen|bewijst|bewijzen|heeft|hebben|has|have)\b(?:\s+[\w'-]+){0,4}?\s+"
    rf"{_VERDICT}{_VERDICT_ENDS}")
_CLAIM_VERB_LAST = re.compile(
    r"\b(?:noemen|uitmaken voor|wegzetten als|afschilderen als|bestempelen als|neerzetten als|over één kam scheren|"
    r"over een kam scheren|zeggen|beweren|roepen|generaliseren|wegzetten|afschilderen|bestempelen|neerzetten|uitmaken|"
    r"noemen)\s+(?:is|was)\s+"
    rf"{_FILL}{_VERDICT}{_VERDICT_ENDS}")
# "If you think women belong in the kitchen, you're stuck in 1950": the belief is put in a hypothetical and
# the believer told off. The verdict must be one (a believer "is right" would not be counter-speech).
_BELIEVER = re.compile(
    r"^\W*(?:if|when|als|wie|wanneer)\s+(?:you|u|je|jij)?\s*(?:still |really |honestly |seriously |nog steeds |echt |"
    r"serieus )?(?:think|believe|say|reckon|feel|claim|denkt|vindt|gelooft|zegt|beweert)\b.{3,120}?,\s*"
    r"(?:then\s+|dan\s+)?(?:you(?:'re| are)?|u|je|jij|ben je|heb je|leef je|zit je|hoor je|mag je|kun je|leeft|heeft|"
    r"zit|hoort|is|mag|kan|moet je|moet jij|moet u|please|unfollow|volg)\b.{0,40}?\b(?:wrong|mistaken|stuck|living in|out of touch|behind the "
    r"times|part of the problem|the problem|not welcome|unwelcome|in the wrong place|need to|should (?:leave|unfollow|"
    r"read|learn|educate|grow)|unfollow|ignorant|clueless|dinosaur|het mis|ongelijk|fout|leeft nog in|leef je nog|"
    r"achterhaald|niet welkom|hier niet|ontvolgen|ontvolg|dinosaurus|in (?:de|het) (?:verkeerde|vorige)|in 19\d\d|"
    r"in the (?:past|stone age|dark ages|\d0s)|in de (?:middeleeuwen|steentijd|jaren)|"
    # sent to meet the people it is about, or to read up: "..., you should meet my neighbours", "moet je ... eens"
    r"(?:should|need to|have to|must) (?:\w+ )?(?:meet|read|talk|visit|look|listen|get out|travel|learn)|"
    r"(?:moet|moeten) (?:je|jij|u) (?:\w+ ){0,3}(?:eens|maar eens|echt eens)|eens)\b")
# Abuse received: someone other than the writer called the writer, or someone of theirs, a name
# ("he called me a ...", "a customer called our cashier ...", "hij noemde mij een ...", "ik werd uitgescholden
# voor ...", "iemand schold mijn zoon uit voor ...").
_RECEIVED = re.compile(
    r"(?<!\bi )(?<!\bwe )(?<!\bik )(?<!\bwij )\b(?:called|call|calls|calling|shouted|yelled|screamed|noemde|noemden|"
    r"noemt|schold|scholden|riep|riepen)\s+(?:me|us|him|her|them|my|our|mij|me|ons|hem|haar|mijn|onze|m'n)\b|"
    r"\b(?:i was|we were|he was|she was|they were|i got|i've been|i have been|ik werd|wij werden|we werden|hij werd|"
    r"zij werd|ze werd|ik ben|wij zijn|we zijn)\s+(?:\w+\s+){0,2}(?:called|uitgescholden|uitgemaakt|genoemd)\b|"
    r"\b(?:werd|werden|is|zijn|was|were|got|gets)\s+(?:\w+\s+){0,3}(?:uitgescholden|uitgemaakt|called names)\b|"
    r"\b(?:schold|scholden)\s+(?:\w+\s+){1,3}uit\b|\buitgemaakt voor\b")
# The post answers it: a report, a ban, bystanders or staff standing up, support offered.
_ANSWERED = re.compile(
    r"\b(?:reported|report(?:ed)? (?:it|him|her|them)|police|complaint|filed|banned|ban(?:ned)? (?:him|her|them)|"
    r"kicked (?:him|her|them) out|threw (?:him|her|them) out|stood up for|stepped in|intervened|support(?:ed)?|"
    r"not okay|never okay|unacceptable|aangifte|melding|gemeld|politie|klacht|verbannen|weggestuurd|eruit gezet|"
    r"mag niet meer|mogen niet meer|kwamen? voor (?:\w+\s+)?op|gre(?:ep|pen) (?:\w+\s+)?in|ingegrepen|steun|niet oké|onacceptabel|"
    r"pijn|hurt|cried|huilde)\b")
# A negated copula that a denial may take back; a contrast after it keeps the hostility.
_NEGATED_COPULA = re.compile(r"\b(are|is|were|was|zijn|is|waren|was)\s+(?:not|never|no|geen|niet|nooit)\b\s*|"
                             r"\b(are|is|were|was)n'?t\b\s*")
_CONTRAST_AFTER = re.compile(r"\b(?:but|maar|just|only|alleen|wel|though|they(?:'re| are)|ze zijn|zij zijn|het zijn|"
                             r"rather|eerder|instead|juist)\b")


def judges_a_claim(text: str) -> bool:
    """``text`` (folded) names a claim or label as its subject and judges it ("calling X Y is prejudice")."""
    return (_CLAIM_SUBJECT.search(text) is not None or _CLAIM_VERB_LAST.search(text) is not None
            or _CLAIMANT.search(text) is not None)


def judges_a_believer(text: str) -> bool:
    """``text`` (folded) puts a belief in a hypothetical and tells the believer off."""
    return _BELIEVER.search(text) is not None


def reports_abuse(text: str, context: str = "") -> bool:
    """``text`` (folded) reports a name someone else called the writer or theirs, and the sentence or
    ``context`` (the rest of the post) answers it: a report, a ban, someone standing up."""
    return (_RECEIVED.search(text) is not None
            and (_ANSWERED.search(text) is not None or (bool(context) and _ANSWERED.search(context) is not None)))


def denies_the_attack(text: str, hostile: Callable[[str], bool]) -> bool:
    """``text`` (folded) negates a copula, nothing contrasts after it, and ``hostile`` still reads the
    sentence with that negator taken out as hostile: the writer denies the attack itself. Only the
    negated clause is read (up to a comma, a semicolon or "and"), so a hostile list after a negated
    positive ("are no good, lazy scum") is not taken for a denial."""
    match = _NEGATED_COPULA.search(text)
    if (match is None or _NOT_A_DENIAL.match(text, match.end()) is not None
            or _INVERTED.match(text, match.end()) is not None or RHETORICAL_NEGATION.search(text) is not None):
        return False
    clause = _CLAUSE_END.split(text[match.end():], maxsplit=1)[0]
    if _CONTRAST_AFTER.search(text, match.end()) is not None or len(clause.split()) > 6:
        return False
    copula = match.group(1) or match.group(2)
    before = _INTERJECTION.sub("", text[:match.start()]).strip()
    # the denial is the sentence's first clause, its subject a few words: a negation after a clause of its own
    # ("X is vermin, they are no people") denies nothing, and neither does one whose start is hostile already
    if (_CLAUSE_BREAK.search(before) is not None or len(before.split()) > 6
            or (before and hostile(before + "."))):
        return False
    return hostile(f"{before} {copula} {clause}".strip() + ".")


# "isn't it obvious that ...", "aren't they all ...", "is het niet zo dat ...": a question, not a denial.
_INVERTED = re.compile(r"(?:it|they|we|you|he|she|that|this|there|het|dat|dit|ze|zij|jij|je|er)\b")
# "are no better than animals", "zijn niet meer dan beesten": the negation compares, it does not deny.
_NOT_A_DENIAL = re.compile(r"(?:any |much |even |echt )?(?:better|more|less|different|beter|meer|minder|anders|"
                           r"anything|iets)\b")
# "No, ...", "Nee, ...", "Again: ...": an answer before the denial, no clause of its own.
_INTERJECTION = re.compile(r"^\W*(?:no|nope|nee|neen|again|nogmaals|look|kijk|seriously|serieus|once more|for the record)"
                           r"\s*[,:!.]+\s*")
_CLAUSE_BREAK = re.compile(r"[,;:!?]|\.\s|\s(?:and|en|but|maar|because|omdat|want)\s")
_CLAUSE_END = re.compile(r"\s*(?:[,;:.!?]|\band\b|\ben\b|\bmaar\b|\bbut\b)")
