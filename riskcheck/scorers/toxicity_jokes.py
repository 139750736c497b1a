"""Jokes about sexual violence, drink spiking and domestic violence: the harm and the joke apart.

The shapes in ``toxicity_patterns`` know a few whole phrasings ("no means yes", "spike her
drink"); a joke that says the same in other words passed. This module reads the two things that
make such a post a brand crisis separately:

- a HARM said of a person: someone hit, slapped or beaten (a partner, "her"), drugged or given
  "a little something" in a drink, consent waved away, rape or groping;
- a JOKE frame anywhere in the sentence or the sentences around it: laughter and wink markers
  ("lol", "haha", 😂, 😉, "just kidding", "grapje"), a riddle ("Why did the ...?", "Hoe noem je
  ...?"), or a sales line built on the harm ("beat our prices").

Only both together set the floor: news and support posts about domestic violence or spiking
have the harm and no joke; most jokes have no harm.

A joke whose butt is a protected group is read the same way (``group_joke_floors``): a group
named in the joke, a punchline word that casts it as vermin, thieves, terrorists, dirty or stupid
("How many Muslims does it take ...? None, they'd blow it up 😂", "Hoe noem je een ... met een
fiets? Een dief 🤣"), and the joke frame. Counter-speech ("rape jokes are not funny")
is discounted afterwards like every other shape (``toxicity_usem3._apply_shapes``).
"""

from __future__ import annotations

import re

from riskcheck.scorers.lazy_regex import LazyPattern
from riskcheck.scorers.toxicity_patterns import IDENTITY, JOKE_HARM, MODERATE
from riskcheck.scorers.toxicity_reference import antecedent

_PARTNER = (r"(?:(?:my|your|his|the|a|ur|je|jouw|mijn|zijn|de|een) )?(?:wife|wives|girlfriend|gf|missus|missis|"
            r"woman|women|bird|girl|vrouw|vrouwen|vriendin|wijf|wijven|meid|meiden|chick)")
# A blow as a noun, with an adjective or two ("a firm slap", "een flinke mep").
_BLOW = (r"black eye|fat lip|(?:a|one) (?:\w+ ){0,2}(?:slap|smack|backhand|beating|punch|kick|hiding)|the back of my hand|"
         r"kn(?:ow|ows|ew) (?:her|their) place")
_KLAP = r"(?:een|n) (?:\w+ ){0,2}(?:klap|mep|tik|dreun|oplawaai|schop)|pak slaag|een blauw oog"
# a partner or women named (not a bare "she": "she has a bruise from skiing, haha" is no joke about abuse)
_FEMALE = r"wife|wives|girlfriend|gf|missus|woman|women|vrouw|vrouwen|vriendin|wijf|wijven"
_MARKS = (r"(?:getting|gets|get|give her) (?:a |another )?lesson|(?:taught|teach|teaching) (?:her|them) (?:a |another )?"
          r"(?:\w+ )?lesson|(?:een |nog een )?(?:lesje|lesje) (?:\w+ )?(?:geleerd|leren)|"
          r"(?:krijgt|krijgen|geef|geven) (?:ze |haar )?(?:een |nog een )?(?:lesje|pak rammel|opvoedkundige tik)")
# Bruises are a harm only with a reason that blames her ("they just don't listen"): a sports or
# health post may name women and bruises.
_BRUISES = LazyPattern(r"\b(?:bruises?|bruised|black and blue|blauwe plek(?:ken)?|blauwe ogen|bont en blauw)\b")
_BLAME = LazyPattern(r"\b(?:listen\w*|talk(?:s|ing)? back|nag\w*|mouthy|deserve\w*|learn\w*|luister\w*|brutaal|zeur\w*|"
                    r"verdien\w*|leren|tegenspreken|spreekt? tegen)\b")
_PARTNER_WORD = LazyPattern(rf"\b(?:{_FEMALE})\b")
# Violence done TO a partner or "her": the person is the object ("beat her", "sla je vrouw").
# "beat her at chess" / "beat her to it" is winning, not hitting.
_VIOLENCE = LazyPattern(
    r"\b(?:hit|hits|hitting|beat|beats|beating|slap|slaps|slapped|slapping|smack|smacks|smacked|punch|punches|"
    r"punched|backhand|backhands|backhanded|kick|kicks|kicked|choke|chokes|choked|strangle|strangled|shove|shoved)"
    rf" (?:{_PARTNER}|her)\b(?=\s*(?:$|[.,!?;:)]|up\b|senseless|black|blue|again|until|till|so\b|for\b|when|if\b|right\b|across|hard|around|silly|"
    r"because|and\b|with|harder|less|more|properly|every|daily|once|twice|now|[^\w\s]))|"
    rf"\b(?:{_BLOW}|in (?:her|their) place|in line)\b.{{0,40}}\b(?:wife|wives|girlfriend|gf|missus|her|she|woman|women)\b|"
    rf"\b(?:wife|wives|girlfriend|gf|missus|woman|women|she)\b.{{0,40}}\b(?:{_BLOW})\b|"
    r"\b(?:sla|slaan|slaat|sloeg|mep|meppen|klap|klappen|schop|schoppen|wurg|wurgen|tik|tikken)\b (?:je |jouw |mijn |zijn |"
    r"de |een )?(?:vrouw|vrouwen|vriendin|wijf|wijven|meid|haar)\b|"
    rf"\b(?:vrouw|vriendin|wijf|meid)\b.{{0,40}}\b(?:{_KLAP}|blauw oog|in het gareel|haar plaats)\b|"
    rf"\b(?:{_KLAP})\b.{{0,40}}\b(?:vrouw|vriendin|wijf|meid|haar)\b|"
    # marks of a beating, or a "lesson", said of a partner or of women
    rf"\b(?:{_FEMALE})\b.{{0,60}}\b(?:{_MARKS})\b|\b(?:{_MARKS})\b.{{0,60}}\b(?:{_FEMALE})\b")
_HER_DRINK = (r"(?:her|the girls'?|girls'|the ladies'?|ladies'|haar|d'r|de meiden hun|de dames hun|de meiden d'r) "
              r"(?:\w+ )?(?:drinks?|glass(?:es)?|cocktails?|wine|beer|drankjes?|glas|glazen|wijn|bier)|"
              r"(?:drinks?|glass|cocktails?|drankjes?|glas) (?:van|for|voor) (?:haar|her|de meiden|de dames|the girls|the ladies)")
_EXTRA = (r"secret ingredient|special ingredient|little extra|something extra|something special|a little bonus|"
          r"iets lekkers|iets extra'?s?|opwaarder\w*|pilletje|extraatje|geheim ingredi[eë]nt|iets speciaals")
# The drink is the reader's or the writer's own ("put a little something extra in your cocktails: cinnamon
# syrup", "doe een extraatje in je cocktail"): a recipe, not a drink someone else is given.
_NOT_OWN_DRINK = "".join(rf"(?<!\b{w} )" for w in ("your", "our", "my", "ur", "je", "jouw", "onze", "ons", "mijn", "m'n"))
_SPIKING = LazyPattern(
    r"\b(?:roofies?|rohypnol|ghb|date rape drugs?|spik(?:e|ed|ing) (?:her|his|their|the|a)\b|drugg?(?:ed|ing)? her\b|"
    r"(?:slip|slips|slipped|put|puts|drop|drops|dropped|sneak|sneaks|snuck|add|adds|added|pour|pours|poured)"
    rf" (?:a little |a |some |an )?(?:something|extra|pill|pills|powder|special)\b.{{0,40}}{_NOT_OWN_DRINK}\b(?:drinks?|glass(?:es)?|"
    r"cocktails?|wines?|beers?)\b|"
    r"(?:doe|doet|deed|stop|stopt|gooi|gooit|verstop|strooi) (?:een |wat |iets )?(?:extraatje|extra|pil|pilletje|poeder|"
    rf"iets|speciaals)\b.{{0,40}}{_NOT_OWN_DRINK}\b(?:drankjes?|glas|glazen|wijn|bier|cocktails?)\b|"
    r"\b(?:pil|pilletje|poeder|extraatje)\b.{0,30}\bin (?:haar|hun|zijn|het|d'r) (?:glas|drankje|wijn|bier|cocktail)\b|"
    r"\b(?:pills?|powder|roofies?|tablets?|pil(?:len|letjes?)?|poeder|tabletjes?) in (?:her|haar|d'r) (?:\w+ )?(?:drinks?|punch|"
    r"glass|cocktail|wine|beer|coffee|shot|soda|drankje|glas|wijn|wijntje|bier|biertje|koffie|shotje|frisje|cola)\b|"
    # "a little extra" / "secret ingredient" IN her drink (the drink must be hers: a bar's "every drink
    # comes with a little extra" is a promotion)
    rf"(?:{_HER_DRINK})\b.{{0,50}}\b(?:{_EXTRA})\b|\b(?:{_EXTRA})\b.{{0,40}}\b(?:{_HER_DRINK}))")
# "That chocolate cake was asking for it (we ate it all)": a thing as the one "asking for it" is no victim blamed.
_THING_ASKING = "".join(rf"(?<!\b{w} {v} )" for w in ("cake", "pizza", "pie", "cookie", "cookies", "dessert", "bottle", "fridge",
                                                      "button", "sofa", "car", "weather", "garden", "dog", "cat", "puppy")
                        for v in ("was", "is", "were", "are"))
_CONSENT = LazyPattern(
    r"\b(?:rape|raped|rapes|raping|rapey|rapist|grope|groped|groping|molest\w*|verkracht\w*|aanrand\w*|betast\w*|"
    r"(?:no|nee) (?:means|meant|sounded like|is just|betekent|klonk als|is gewoon) (?:a |een )?(?:yes|maybe|ja|misschien)|"
    r"(?:didn'?t|don'?t|doesn'?t|never) (?:need|ask for|ask|wait for|bother with) (?:her |their )?(?:consent|permission)|"
    r"consent (?:is|was) (?:optional|overrated|boring|a formality|for losers)|"
    r"(?:too|so) (?:drunk|wasted|out of it|asleep) to (?:say no|say anything|remember|object|fight back)|"
    r"(?<!\byou )(?<!\bu )(?<!\bi )(?<!\bwe )(?:won'?t|wouldn'?t|didn'?t|doesn'?t|can'?t) (?:even )?remember (?:saying no|a thing|"
    r"what happened)|"
    r"(?:passed out|unconscious|asleep|bewusteloos|buiten westen|laveloos)\b.{0,30}\b(?:yes|fair game|free|counts|ja|"
    r"toestemming|telt)|"
    r"(?:toestemming|consent)\b.{0,20}\b(?:overbodig|overrated|optioneel|niet nodig|formaliteit|not needed)|"
    r"te (?:dronken|lam|ver heen) om (?:nee te zeggen|iets te zeggen|het te onthouden|te protesteren|te weigeren|zich te verzetten)|"
    # victim blaming and a "no" that does not count
    rf"{_THING_ASKING}asking for it|vroeg (?:er )?(?:zelf )?om|"
    r"(?:(?:she'?s|she is|she was|ze is|zij is|ze was) (?:not|niet|even niet|nog niet)|she (?:isn'?t|wasn'?t)) "
    r"(?:awake|conscious|wakker|bij bewustzijn)\b|"
    r"(?:no|nee) (?:is|means|betekent) (?:\w+ ){0,3}(?:for|voor) (?:yes|maybe|ja|misschien)|"
    r"(?:skirt|dress|outfit|top|rokje|jurk|jurkje|decollet\w*)\b.{0,60}\b(?:what (?:did|do|does) (?:she|they) expect|"
    r"wat verwacht(?:te)? (?:ze|zij) (?:dan|anders))|"
    r"(?:can'?t|cannot|couldn'?t|didn'?t|did not|never) (?:even )?(?:say|said) no|(?:kunnen|kan|konden|kon) geen nee|"
    r"(?:no|nee)'? (?:zegt|says|said|zei)\b.{0,30}\b(?:means|meant|bedoelt|bedoelde)|"
    r"too (?:drunk|wasted) to (?:protest|resist|object|fight)|"
    r"(?:drunk|wasted|passed out|dronken|lamme|bewusteloze) (?:girls|women|chicks|meiden|vrouwen|wijven) (?:can'?t|cannot|kunnen geen))\b")
_JOKE_MARKER = LazyPattern(
    r"(?:😂|🤣|😆|😉|😏|😜|😅|🙃|😈|\blol\b|\blmao\b|\blmfao\b|\brofl\b|\bhaha\w*|\bhehe\w*|\bhihi\w*|\bxd\b|"
    r"just (?:kidding|joking)|\bjk\b|\bkidding\b|wink wink|#joke\w*|#humou?r\b|#grap\w*|#mop\b|\bgrapje\w*|\bgeintje\w*|"
    r"\bknipoog\w*|\bgrap(?:pig)?\b|\bjokes?\b|\bgrappen\b|\bmopje\w*|\bhumou?r\b|\bpunchline\b)", re.IGNORECASE)
_RIDDLE = LazyPattern(r"^(?:why (?:did|do|does|was|is) |what do you call |what'?s the difference |how do you |"
                     r"how many \w+(?: \w+)? does it take |hoeveel \w+(?: \w+)? (?:heb je|zijn er) nodig |"
                     r"waarom (?:had|heeft|deed|is|was|zijn|hebben) |hoe noem je |wat is het verschil |wat zegt )",
                     re.IGNORECASE)
# "Beat your wife less, beat our prices more": a sales line built on the harm is the joke.
_SALES_PUN = LazyPattern(r"\b(?:our|onze) (?:prices|deals|prijzen|aanbiedingen|korting)\b", re.IGNORECASE)
_NEGATED_JOKE = LazyPattern(r"\b(?:not|never|no|isn'?t|aren'?t|niet|geen|nooit) (?:a |een |\w+ )?(?:joke|funny|grap|grappig)",
                           re.IGNORECASE)

HARMS = (("domestic violence", _VIOLENCE), ("spiking", _SPIKING), ("consent", _CONSENT))
# Word starts without which no harm can be in a sentence: the cheap gate before the context is
# prepared (at a word start, so "online", "white" and "islam" do not open it for "line", "hit", "lam").
HARM_HINT = LazyPattern(r"\b(?:bruise|blauwe|lesson|lesje|awake|conscious|wakker|bewustzijn|pil|powder|poeder|rammel|asking|expect|verwacht|vroeg|extra|ingredi|lekkers|opwaarder|drunk|wasted|say no|said no|"
                       r"speciaal|special|bonus|slap|smack|backhand|beat|hit|punch|kick|choke|strangl|shove|black eye|fat lip|hiding|place|"
                       r"line|drink|glass|cocktail|wine|beer|roofie|ghb|rohypnol|drug|rape|grop|molest|consent|"
                       r"remember|yes|maybe|klap|mep|tik|dreun|oplawaai|schop|slaag|blauw oog|gareel|drankje|glas|"
                       r"wijn|bier|verkracht|aanrand|betast|toestemming|nee|misschien|dronken|lam|bewusteloos)")


# Not a blow to a partner: a win ("challenged me to Mario Kart and I beat her again 😂") or a kick given to a
# ball or a thing ("my wife gave the ball one almighty kick 😂", "mijn vrouw gaf de bal een flinke schop").
_BEAT_HER = LazyPattern(r"^(?:beat|beats|beating) ")
_CONTEST = LazyPattern(r"\b(?:games?|match|race|chess|cards|darts|tennis|scrabble|monopoly|mario ?kart|fifa|fortnite|"
                       r"challenged|rematch|tournament|quiz|points|score|scored|level|won|wins?|personal best|record|"
                       r"spelletje|potje|wedstrijd|gewonnen)\b")
_BLOW_TO_A_THING = LazyPattern(
    r"\b(?:gave|gives|give|giving|gaf|geeft|geven|gegeven)\s+(?:the|that|this|de|het|die|dat|deze)\s+"
    r"(?!(?:wife|missus|girlfriend|woman|girl|bird|vrouw|vriendin|meid|wijf)\b)[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:a|one|een|n)\s+"
    r"(?:\w+\s+){0,2}(?:slap|smack|punch|kick|whack|klap|mep|tik|dreun|schop|oplawaai|trap)\b")


# "Hit her up if you need a plumber": to contact her. "She didn't say no to a second slice of cake": an offer taken.
# "Too drunk to remember the karaoke?" with no woman in the sentence: the reader's own night.
_HIT_UP = LazyPattern(r"^(?:hit|hits|hitting) ")
_UP = LazyPattern(r"\s+up\b(?!\s+(?:the|against|good|bad|side|properly|again)\b)")
_NO_TO_A_THING = LazyPattern(r"\b(?:say|said) no to (?:a|an|the|another|some|more|seconds|second|dessert|cake|pizza|wine|"
                             r"extra|free|our|that|this)\b")
_HER = LazyPattern(r"\b(?:she|her|hers|girls?|women|woman|wife|girlfriend|gf|chick|ze|zij|haar|d'r|meid|meiden|meisjes?|"
                   r"vrouw|vrouwen|vriendin)\b")


def _excused(name: str, text: str, found: re.Match[str]) -> bool:
    """A domestic-violence match that is a win in a game, a blow given to a thing or "hit her up"; a consent
    match that is an offer taken or one's own forgotten night (see above)."""
    if name == "consent":
        said = found.group(0)
        if "say no" in said or "said no" in said:
            return _NO_TO_A_THING.search(text, found.start()) is not None
        return "remember" in said and _HER.search(text) is None
    if name != "domestic violence":
        return False
    if _HIT_UP.search(found.group(0)) and _UP.match(text, found.end()):
        return True
    if _BEAT_HER.search(found.group(0)) and _CONTEST.search(text):
        return True
    return any(t.start() < found.end() and found.start() < t.end() for t in _BLOW_TO_A_THING.finditer(text))


def harm_in(text: str, previous: str = "", following: str = "") -> str | None:
    """The harm a (folded) sentence describes, or None; with ``previous``, also a harm said across
    the sentence boundary ("Told the missus dinner was late." + "Nothing a firm slap won't fix."),
    as long as part of it is in ``text``."""
    for name, pattern in HARMS:
        if any(not _excused(name, text, m) for m in pattern.finditer(text)):
            return name
    if previous:
        joined = f"{previous} {text}"
        for name, pattern in HARMS:
            if any(m.end() > len(previous) + 1 and not _excused(name, joined, m) for m in pattern.finditer(joined)):
                return name
    window = f"{previous} {text} {following}"
    if _BRUISES.search(text) and _BLAME.search(window) and _PARTNER_WORD.search(window):
        return "domestic violence"
    return None


def joked(text: str, previous: str = "", following: str = "") -> bool:
    """``text`` (or the post around it) is framed as a joke, and not as "this is no joke"."""
    around = " ".join(part for part in (previous, text, following) if part)
    if _NEGATED_JOKE.search(around):
        return False
    return bool(_JOKE_MARKER.search(around) or _RIDDLE.search(previous or text) or _SALES_PUN.search(around))


def joke_floors(text: str, previous: str = "", following: str = "") -> dict[str, float]:
    """Floors for a joke about sexual violence, spiking or domestic violence (empty otherwise)."""
    if harm_in(text, previous, following) is None or not joked(text, previous, following):
        return {}
    return dict(JOKE_HARM)


# The butt of a joke about a group: vermin, crime, terror, the Holocaust, dirt, stupidity, sponging and
# the money stereotype. Not "dog" or "pig" (puns on pets and farm animals are everyday brand jokes).
GROUP_JOKE_BUTT = LazyPattern(
    r"\b(?:rats?|cockroach(?:es)?|roaches|apes?|monkeys?|parasites?|vermin|leeches|thie(?:f|ves)|steal(?:s|ing)?|stole|"
    r"stolen|rob(?:s|bed|bing)?|criminals?|bombs?|bombing|blow(?:s|ing)? (?:\w+ )?up|blew (?:\w+ )?up|explod\w*|"
    r"terroris\w*|ovens?|gas chambers?|gaskamers?|stinks?|smelly|dirty|filthy|never shower|stupid|dumb|brainless|welfare|"
    r"benefits|money|gold|"
    r"ratten?|kakkerlak\w*|apen|aap|parasiet\w*|ongedierte|dief|dieven|stelen|steelt|jatten|jat|gejat|gestolen|"
    r"crimine\w*|bom(?:men)?|opblaz\w*|opgeblazen|blaz\w* (?:\w+ )?op|ontplof\w*|stinken|stinkt|vies|"
    r"smerig\w*|douchen|dom|dommer|achterlijk\w*|uitkering\w*|geld|gierig\w*)\b")


def group_joke_floors(text: str, previous: str = "", following: str = "") -> dict[str, float]:
    """Floors for a joke whose butt is a protected group: the butt in ``text``, the group in
    ``text`` or the sentences before it, and the joke frame around it (empty otherwise)."""
    butts = [m for m in GROUP_JOKE_BUTT.finditer(text) if _STOLE_THE_SHOW.match(text, m.start()) is None]
    if not butts or not joked(text, previous, following):
        return {}
    window = f"{previous} {text}"
    group = antecedent(window)
    # as written, not respelled: "melden" is one letter from "meiden" (a brand's "je mag die ... melden")
    if group is None or group not in window:
        return {}
    if _GENDER.search(group) and all(_MONEY.fullmatch(m.group(0)) for m in butts):
        return {}   # "Men and money: why we always buy the gadget 😅": money is the butt of a joke about a people, not a sex
    return dict(IDENTITY)


# "The girls stole the show 😂" is praise; "men and money", "mannen en geld" no stereotype of a people.
_STOLE_THE_SHOW = LazyPattern(r"(?:stole|steal|steals|stealing|stolen|stelen|steelt|stalen|stal) (?:the|de) show\b")
_MONEY = LazyPattern(r"money|gold|geld|gierig\w*")
_GENDER = LazyPattern(r"^(?:(?:the|de|die|those|these|our|onze|mijn|my) )?(?:women|woman|girls?|females|wives|men|males|"
                      r"vrouwen|vrouw|meiden|meisjes|mannen|wijven)$")


# A riddle whose subject is a member of a protected group, told with a laugh: "What do you call a disabled kid in
# a pool? ... haha", "Wat is het verschil tussen een homo en een koelkast? ... 😂", "Waarom spelen Turken geen
# verstoppertje? ... 🤣". The group is the butt whatever words the punchline uses (13r); without a butt word from
# the list above the reading is the review band: a person reads the punchline. The riddle frame alone is no joke
# here ("Why do Jews celebrate Hanukkah for eight days?" asks), a laugh or a joke word must be in the post.
GROUP_RIDDLE = LazyPattern(
    r"^(?:what do you call|what'?s the difference between|what is the difference between|how do you (?:call|get|stop|make|fit)|"
    r"how many|why (?:did|do|does|don'?t|doesn'?t|can'?t|are|is|did)|what did|hoe noem je|wat is het verschil tussen|"
    r"hoe krijg je|hoe (?:pas|stop|maak) je|hoeveel|waarom (?:spelen|hebben|zijn|kunnen|doen|gaan|eten|dragen|lopen|"
    r"staan|zitten|is|heeft|had|deed|gingen|konden))\b")
RIDDLE = {"toxicity": MODERATE, "identity_attack": MODERATE}


def riddle_floors(text: str, previous: str = "", following: str = "") -> dict[str, float]:
    """Review-band floors for a riddle about a member of a protected group named in ``text`` (folded), told
    with a laugh or a joke word in the post around it (empty otherwise)."""
    if GROUP_RIDDLE.search(text) is None:
        return {}
    group = antecedent(text)
    if group is None or group not in text:
        return {}
    around = " ".join(part for part in (previous, text, following) if part)
    if _NEGATED_JOKE.search(around) or not _JOKE_MARKER.search(around):
        return {}
    return dict(RIDDLE)
