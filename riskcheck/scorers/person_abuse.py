"""Learned abuse aimed at a person, read from the sentence embedding the toxicity scorer already has.

A sentence speaks of harm or contempt (``may_abuse``: a broad class of words for violence, injury,
death, warnings and payback, watching and knowing where someone is, contempt and worth, and the
objects of harmful jokes) and the head (``models/train_person_abuse.py``) says whether it is abuse
aimed at someone or an idiom, a report, a care reply or news. Without the gate the head alone sent
1-2 % of brand-post sentences over its block threshold (ordinary care replies: "I'll take a look",
"dan kijken we even met je mee"); see models/README.md ("Learned abuse aimed at a person").
"""

from __future__ import annotations

from riskcheck.scorers.lazy_regex import LazyPattern
from riskcheck.scorers.toxicity_patterns import MODERATE, STRONG

REVIEW_FROM = 0.9
BLOCK_FROM = 0.9
REVIEW = {"toxicity": MODERATE, "insult": MODERATE}
BLOCK = {"toxicity": STRONG, "insult": STRONG}

# Words of harm (whole words, with their inflections): violence, weapons, injury, death, accidents, payback
# and warnings; the objects of harmful jokes (a drink with something in it, consent, a black eye).
_HARM_EN = (
    r"kill\w*|murder\w*|stab|stabs|stabbed|stabbing|shoot\w*|shot|bullets?|guns?|knife|knives|bats?|crowbars?|machetes?|blood\w*|bleed\w*|"
    r"scream\w*|strangl\w*|chok\w*|hang(?:ed|ing)?|hung|drown\w*|burn\w*|fires?|torch\w*|bury|buried|graves?|coffins?|"
    r"dead|death|dies|dying|hospital|ambulance|stretcher|wheelchair|injur\w*|broken|break|breaks|smash\w*|jaws?|"
    r"teeth|skulls?|bones?|kneecaps?|punch\w*|kick(?!-?back)|kicks|kicked|kicking|slap|slaps|slapped|slapping|beat|beating|beaten|batter|battered|battering|hurt\w*|harm|suffer\w*|"
    r"tortur\w*|crash\w*|accidents?|brakes|ditch|warned|warning|regret\w*|payback|revenge|roofies?|spike|spiked|spiking|drug|drugged|drugging|"
    r"consent|asleep|bruise|bruises|bruised|black eyes?|shiner|scream|run (?:\w+ )?(?:over|off the road)|in front of (?:a|the) (?:\d\S* )?(?:train|bus)|"
    r"born|gene pool|stain on|waste of|brain of|iq of|morals of|personality of|too (?:thick|dumb|stupid|dim) to|dregs")
_HARM_NL = (
    r"vermoord\w*|moord\w*|dood|doden|sterf\w*|sterven|neergestoken|neersteken|steek|steken|gestoken|schiet\w*|"
    r"geschoten|kogels?|pistool|wapens?|mes|messen|knuppels?|bloed\w*|gil|gilt|gillen|gillend|schreeuw\w*|wurg\w*|stik|stikt|stikken|gestikt|"
    r"opgehangen|ophangen|verdrink\w*|verzuip\w*|fik|in brand|begraaf\w*|begraven|graf|kist|ziekenhuis|ambulance|"
    r"brancard|rolstoel|gewond|gebroken|breken|breek|breekt|brak|braken|slaag|klappen|meppen|kaak|tanden|botten|schedel|knieschijven|"
    r"trappen|schoppen|pijn|martel\w*|(?<!per )ongeluk\w*|remmen|sloot|gracht|gewaarschuwd|waarschuwing|spijt|wraak|"
    r"afrekening|roofie|gespiket|spiken|drogeren|toestemming|sliep|blauw oog|blauwe ogen|blauwtje|blauwe plekken|"
    r"geboren|genenpoel|smet op|verspilling van|verstand van|iq van|geweten van|persoonlijkheid van|te (?:dom|stom|sloom) om|"
    r"bodem van|stekker uit|onder (?:een|de) (?:tram|trein|bus)|van de weg")
# Weapons, fatal disease, survival and vanishing, a place of the body's end (13t): threats in fresh words carry one of
# these where they carry no verb of violence ("every gay bar needs a pipe bomb", "I hope your children get leukemia",
# "one phone call and you'll disappear", "ik sta je op te wachten met
# een hamer"); the head still decides, and only in the review band.
_HARM_MORE = (
    r"bombs?|pipe bombs?|grenades?|explosives?|hammer|axe|acid|cliff|leuk(?:a)?emia|cancer|tumou?rs?|aids|"
    r"disappear\w*|vanish\w*|carried out|hospital food|slice (?:you|him|her|them) up|crossed us|"
    r"crosses us|crossing us|waiting (?:outside|for) (?:you|your|him|her)|"
    r"bom|bommen|handgranaat|handgranaten|explosie\w*|hamer|bijl|zuur|klif|leukemie|kanker krijg\w*|tumor|"
    r"verdwijn\w*|naar buiten gedragen|ziekenhuiseten|in plakjes|dwarszat|dwarszit|dwarszitten|"
    r"op (?:je|jou|hem|haar) (?:\w+ )?(?:wachten|te wachten)|opwachten|sta (?:je|jou|hem|haar) op te wachten")
# Menace without a harm word: where and when someone is alone, what is "dealt with", a health or a future
# spoken of as the writer's to take ("good for her health", "won't make it to", "never walks again").
_MENACE = (
    r"after dark|at night|in the dark|on your own|alone|way home|route home|walk home|doorstep|your health|her health|"
    r"his health|one eye open(?!\s*\?)|over your shoulder|deal with (?:you|him|her|them)|sort (?:you|him|her|them) out|"
    r"the hard way|won'?t make it|never (?:walks?|talks?|sees?|works?) again|won'?t recogni[sz]e|what'?s coming|"
    r"als het donker is|in het donker|'s avonds laat|'s nachts|in je eentje|route naar huis|weg naar huis|voor je deur|"
    r"(?:je|haar|zijn) gezondheid|(?:één|een) oog open(?! slapen\s*\?)|over je schouder|regelen het zelf|op de harde manier|"
    r"haalt (?:de|het) \w+ niet|nooit meer (?:kan )?(?:lopen|praten|zien|werken)|herkent (?:\w+ ){0,3}niet meer")
# Contempt without an insult word: a person as a mistake, a nothing, a sore, a failure of breeding.
_CONTEMPT = (
    r"(?:is|are|'s|zijn) (?:a |an |een )?(?:[\w-]+ ){0,3}(?:mistake|vergissing)|nobody|nothing of a|festering|boil|curdle|inbred|yokels?|knuckle-?dragg\w*|smug|pointless|halfbrains?|"
    r"nul|niemendal\w*|puist|etterend\w*|ingeteeld\w*|onbenullig\w*|smoelwerk|zelfingenomen")
# A joke told about a wife or girlfriend: the frame of the harmful jokes (the head reads what the joke does).
_JOKE_MARK = r"(?:lol|haha\w*|lmao|😂|🤣|😉|😏)"
_PARTNER = r"(?:wife|girlfriend|missus|gf|the wife|her|she|vrouw|vriendin|vriendinnetje|haar|ze)"
_GATE = LazyPattern(rf"\b(?:{_HARM_EN}|{_HARM_NL}|{_HARM_MORE}|{_MENACE}|{_CONTEMPT})\b")
_PARTNER_WORD = LazyPattern(rf"\b{_PARTNER}\b")
_JOKE_WORD = LazyPattern(_JOKE_MARK)


def may_abuse(text: str) -> bool:
    """The cheap gate: a folded sentence holds a word of harm, threat, contempt or a harmful joke's subject."""
    return _GATE.search(text) is not None or (_PARTNER_WORD.search(text) is not None
                                              and _JOKE_WORD.search(text) is not None)


def floors(probability: float, text: str) -> dict[str, float]:
    """Attribute floors for a (folded) sentence the head scores ``probability``: the review band only.
    The head alone never blocks (like every learned score without a listed word: ``LEARNED_ONLY_CEILING``);
    a reader sees the harm word that let it speak, not why it is aimed at someone."""
    if probability < REVIEW_FROM or not may_abuse(text):
        return {}
    return dict(REVIEW)
