"""Insinuation: a stereotype never stated, only hinted at with a knowing marker.

"Notice how the crime went up the moment the refugees moved in? Just saying." / "Natuurlijk kreeg de
moslim de baan, diversiteitsquotum weer." / "Sinds de asielzoekers er zitten is het hier niet meer
veilig, toeval zeker?" No word in these is hostile and no sentence shape of ``toxicity_patterns``
says "X are Y"; the reader supplies the stereotype because the writer winks. Three things together
make the wink: a marker of insinuation ("just saying", "what a surprise", "let me guess", "toeval
zeker?", "#notracist"), a group named (in the sentence or the post's text before it), and a charge
that stereotypes hang on (crime, theft, benefits, quotas, danger, dirt). Any two alone are ordinary
copy ("Funny how every time I visit Lisbon ...", "Of course the best candidate got the job").

The floor is the review band, never a block: a wink is read by a person, not by a regular expression.
The "not racist, but" disclaimer counts as marker and group at once.
"""

from __future__ import annotations

import re

from riskcheck.scorers.group_evidence import names_a_group

FLOORS = {"toxicity": 0.72, "identity_attack": 0.72}   # inside the review band (toxicity_patterns.MODERATE)

_MARKER = re.compile(
    r"\b(?:just saying|just sayin|i'?m just saying|funny how|notice how|noticed how|ever notice|what a surprise|"
    r"surprise,? surprise|who would have thought|who'?d have thought|shocking,? i know|let me guess|guess which|"
    r"guess who|i wonder why|no coincidence|coincidence\?|of course (?:it was|they|the)|as usual|"
    r"not (?:being )?racist,? but|i'?m not racist|notracist|"
    r"toeval zeker|toevallig\?|wat een verrassing|verrassing,? verrassing|laat me raden|raad eens|grappig hoe|"
    r"valt (?:het )?(?:je|jullie) (?:ook )?op|ik zeg niks|ik zeg het maar|zeg ik het maar|zoals altijd|"
    r"natuurlijk (?:weer|was het|kreeg|krijgt|is het)|geen racist,? maar|ben geen racist|geenracist)\b",
    re.IGNORECASE)
# A warning to guard one's things because a group has arrived: marker and charge (theft) at once.
_GUARD = re.compile(
    r"\b(?:hide|lock up|lock|watch|hold on to|guard|hang on to) (?:your|my|our) (?:bikes?|wallets?|bags?|handbags?|purses?|"
    r"phones?|stuff|things|valuables)|"
    r"\b(?:fietsen|fiets|tassen|tas|portemonnee|spullen)(?: \w+){0,2} op slot|\bhou (?:je|jullie) (?:tas|tassen|portemonnee|fiets|spullen) "
    r"(?:goed )?vast|\blet (?:goed )?op (?:je|jullie) (?:tas|portemonnee|spullen|fiets)\b", re.IGNORECASE)
_DISCLAIMER = re.compile(r"\b(?:not (?:being )?racist|notracist|geen racist|geenracist)\b", re.IGNORECASE)
# A guess that ends on a group needs no charge: "Let me guess, the driver was Asian?" names none, the
# guess is the charge ("laat me raden, de dader was weer een ...").
_GUESSED_GROUP = re.compile(r"\b(?:let me guess|guess what|laat me raden|raad eens)\b[^.!?]{0,50}\b(?:was|is|were|are|zijn|"
                            r"waren)(?: (?:a|an|een|the|de|het|weer|again|probably|zeker))* (?P<last>[^\W\d_]+) ?\?",
                            re.IGNORECASE)
_CHARGE = re.compile(
    r"\b(?:crimes?|criminals?|crime rate|stabbings?|stabbed|knife|knives|theft|thie(?:f|ves)|stol(?:e|en)|steal\w*|"
    r"robb\w+|pickpocket\w*|benefits|welfare|handouts?|on the dole|quotas?|diversity hire|unsafe|not safe|"
    r"terror\w*|bombs?|rape\w*|grooming|gangs?|riots?|drugs?|scam\w*|fraud|dirty|filthy|smell\w*|lazy|"
    r"bad drivers?|can'?t drive|"
    r"criminaliteit|crimine\w+|steekpartij\w*|gestoken|mes(?:sen)?|diefstal\w*|dieven|gestolen|stelen|steelt|"
    r"beroofd|zakkenroller\w*|bijstand|uitkering\w*|quotum|diversiteitsquotum|onveilig|niet (?:meer )?veilig|"
    r"terreur\w*|bom(?:men)?|verkracht\w*|bendes?|rellen|oplicht\w*|fraude|vies|smerig|stank|stinkt|lui|"
    r"kunnen niet rijden)\b",
    re.IGNORECASE)


# A word of every marker and guard warning: a sentence without one runs no pattern here.
_GATE = frozenset("saying sayin funny notice noticed ever surprise thought shocking guess wonder coincidence course "
                  "usual racist notracist toeval toevallig verrassing raden raad grappig valt zeg altijd natuurlijk "
                  "geenracist hide lock watch hold guard hang slot vast let".split())   # "slot": "op slot"
_WORD = re.compile(r"[^\W\d_]+")


# A guess about who won: "Laat me raden, de winnaar was weer een Marokkaan? Gefeliciteerd Youssef!" cheers (12b).
_SUCCESS = re.compile(r"\b(?:winners?|won|wins|champions?|congrat\w*|well done|bravo|gold|medals?|winnaars?|gewonnen|wint|"
                      r"kampioen\w*|gefeliciteerd|proficiat|goud|medailles?|topper)\b", re.IGNORECASE)
# The group as the victim of the charge, or the charge denied: a warning or a joke, not a wink.
_VICTIM = re.compile(r"\b(?:targeting|targeted at|aimed at|against them|against our|victims?|slachtoffers?|gericht op|"
                     r"tegen hen|tegen onze)\b|\b(?:no|not|geen|zonder|nooit)\s+(?:\w+\s+)?(?:theft|crime|stealing|diefstal|"
                     r"stelen|criminaliteit)\b", re.IGNORECASE)


def might_insinuate(text: str) -> bool:
    """Cheap gate: the sentence (folded) holds a marker or a guard warning; only then are the post's
    neighbouring sentences prepared and read. A wink in the next sentence is read from that sentence."""
    if _GATE.isdisjoint(_WORD.findall(text)):
        return False
    return _MARKER.search(text) is not None or _GUARD.search(text) is not None


def insinuation_floors(text: str, previous: str = "", following: str = "") -> dict[str, float]:
    """Review-band floors when ``text`` (folded) winks at a stereotype about a named group (see the
    module docstring); ``previous`` / ``following``: the post's prepared text around it."""
    around = f"{previous} {text} {following}"
    guess = _GUESSED_GROUP.search(text)
    if guess is not None and names_a_group(guess.group("last")) and _SUCCESS.search(around) is None:
        return dict(FLOORS)
    guarded = _GUARD.search(around) is not None
    if not guarded and (_MARKER.search(around) is None or _CHARGE.search(around) is None):
        return {}
    if _VICTIM.search(around) is not None:   # "scams targeting them are on the rise", "no theft allowed"
        return {}
    if not (names_a_group(text, previous) or _DISCLAIMER.search(around) is not None):
        return {}
    return dict(FLOORS)
