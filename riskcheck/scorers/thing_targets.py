"""An insult word aimed at a thing, not a person: "Mijn fiets is alweer lek, tyfusding." / "My laptop
is a total idiot today." / "Die nieuwe update is echt debiel."

People curse at printers, apps, weather and Mondays all day; a brand's own customers do it in the
replies it quotes. A reviewer who is told that a complaint about a printer is "abuse" stops reading
the toxicity reason. The profanity rules still see the word (a curse compound is profanity wherever
it points); this module only tells the toxicity scorer that no person is its target, so the learned
score may send the sentence to review but not block it as abuse.

Two readings, both narrow on purpose (a missed thing costs a review, a person read as a thing costs a
missed insult):

- a Dutch curse compound whose second half is an everyday thing ("kut|printer", "kanker|weer",
  "tyfus|ding"); "kut|wijf", "kanker|lijer" or "tyfus|marokkanen" name people and stay insults;
- an insult predicated of a thing named as the subject: "(my|this|die|deze|mijn) <thing> is (a/een)
  (...) <insult>".

The things are a closed class of everyday objects, devices, software, vehicles, food, weather and
times of day or week: words that never name a person.

The same holds for violence: a product that "will punch you in the face with flavour" threatens no one,
and neither do the Dutch idioms with a blow in them ("een klap op de schouder", "ik sla hem over");
``violence_by_a_thing`` tells the scorer so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Everyday things, English and Dutch (singular and plural where both occur in complaints).
THING_NOUNS = frozenset((
    # devices, software, connections
    "printer printers laptop laptops computer computers pc phone phones telefoon telefoons mobiel gsm tablet "
    "tablets tv televisie router modem wifi internet app apps update updates software website site webshop "
    "systeem system server servers scherm screen keyboard toetsenbord muis mouse charger oplader batterij "
    "battery accu camera console game games spel spelletje ding dingen thing things machine machines apparaat "
    "apparaten automaat kassa scanner lader kabel cable headset koptelefoon speaker printje "
    # vehicles, travel, roads
    "fiets fietsen bike car auto autos auto's bus bussen trein treinen train trains tram metro vlucht flight "
    "flights file traffic verkeer weg road parkeerplaats parking lift elevator scooter brommer band tyre tire "
    # weather, time
    "weer weather regen rain wind storm sneeuw snow hitte heat dag day week maandag monday mondays maandagen "
    "ochtend morning ochtenden avond evening nacht night jaar year seizoen winter zomer summer herfst lente "
    "wekker alarm deadline rooster schedule "
    # food and drink, household
    "koffie coffee thee tea pizza eten food soep soup brood bread bier beer wijn wine burger friet fries "
    "spruitjes broccoli cauliflower bloemkool drankje drink ijs pasta sandwich tosti "
    "stoel chair tafel table bed matras mattress deur door raam window kast closet wasmachine "
    "vaatwasser dishwasher koelkast fridge oven magnetron microwave stofzuiger vacuum lamp paraplu umbrella "
    "schoen schoenen shoe shoes jas jacket tas bag sleutel key keys pen papier paper formulier form "
    # media, products, paperwork
    "film movie serie series show boek book liedje song album muziek music lettertype font logo menu "
    "product producten pakket package parcel bestelling order levering delivery factuur invoice bon receipt "
    "rekening bill belasting tax taxes wachtrij queue rij line pinautomaat atm"
).split())

_DUTCH_CURSE_PREFIXES = ("kanker", "klere", "kolere", "kut", "pleuris", "tering", "tyfus")
_DETERMINER = r"(?:my|mine|this|that|the|our|his|her|their|these|those|mijn|m'n|mn|deze|die|dat|dit|de|het|ons|onze|zijn|haar|hun)"
_COPULA = r"(?:is|was|are|were|'s|becomes|zijn|waren|wordt|blijft)(?:\s+being)?"   # "my laptop is being a total idiot"
_FILLER = r"(?:\s+(?:a|an|een|such|so|zo|really|truly|totally|total|complete|completely|absolute|absolutely|"  \
          r"utter|just|echt|gewoon|helemaal|totaal|compleet|toch|wel|weer|alweer|nu|vandaag|today|zon|zo'n|"  \
          r"fucking|effing|bloody|kanker|kut|tering|tyfus|stomme|stom|big|huge|grote|groot|little|klein|kleine|"  \
          r"new|nieuwe|old|oude|stupid))*"


def thing_compound(term: str) -> bool:
    """A Dutch curse compound whose second half is an everyday thing ("kutprinter", "kankerweer")."""
    for prefix in _DUTCH_CURSE_PREFIXES:
        if term.startswith(prefix) and len(term) > len(prefix) + 1:
            return term[len(prefix):].lstrip("-") in THING_NOUNS
    return False


def said_of_a_thing(text: str, term: str) -> bool:
    """``term`` (a listed insult) is predicated of an everyday thing named as the subject in ``text``
    (folded): "my laptop is a total idiot", "die nieuwe update is echt debiel"."""
    pattern = _predicate_pattern(term)
    for match in pattern.finditer(text):
        if match.group("thing") in THING_NOUNS:
            return True
    return False


def all_at_things(text: str, terms: Iterable[str]) -> bool:
    """Every listed insult of the sentence is aimed at a thing (see the module's two readings)."""
    listed = list(terms)
    return bool(listed) and all(thing_compound(term) or said_of_a_thing(text, term) for term in listed)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _predicate_pattern(term: str) -> re.Pattern[str]:
    pattern = _PATTERNS.get(term)
    if pattern is None:
        pattern = re.compile(rf"\b{_DETERMINER}(?:\s+[\w'-]+)?\s+(?P<thing>[\w'-]+)\s+{_COPULA}{_FILLER}"
                             rf"\s+{re.escape(term)}\b")
        if len(_PATTERNS) < 4096:
            _PATTERNS[term] = pattern
    return pattern


# --- violence said of a thing, and friendly violence idioms ------------------------------------------
# "Our new burger will punch you in the face with flavour", "This chili will kick you in the mouth":
# the one who hits is a product. A threat needs a person (or a group) to carry it out.
_PRODUCT_NOUNS = THING_NOUNS | frozenset((
    "burger burgers chili chilli espresso sauce saus flavour flavor flavours flavors taste smaak deal deals price "
    "prices prijzen beat beats track tracks song songs ride rollercoaster workout spice spices pepper peppers drink "
    "drinks cocktail cocktails curry wings dessert cake taart gerecht menu collection collectie sale uitverkoop "
    "aanbieding aanbiedingen korting kortingen offer offers bass").split())
_THING_DOES_IT = re.compile(r"^\W*(?:(?:our|this|that|the|my|these|those|onze|ons|deze|dit|die|dat|mijn|de|het) )?"
                            r"(?:(?:new|nieuwe|latest|nieuwste|hot|spicy|pittige?) )*(?P<thing>[\w'-]+) "
                            r"(?:will|'ll|is going to|are going to|gonna|gaat|gaan|zal|zullen)\b")
# Dutch everyday phrases with a blow or a kill in them: "een klap op de schouder", "een schop onder zijn
# kont" (a friendly push), "ik sla hem over" (skip it), "die klus afmaken" (finish the job).
_FRIENDLY_IDIOMS = re.compile(
    r"\b(?:klap|tik|mep)(?:je)? op (?:de|z'n|zijn|haar|je) schouder|\bschouderklopje|\bschop(?:je)? onder (?:z'n|zijn|haar|je|de) "
    r"(?:kont|hol|reet)|\bsla(?:an|at)? (?:hem|haar|het|die|deze|ze|je) (?:\w+ )?over\b|\b(?:hem|het|die|deze|dat) "
    r"(?:\w+ )?afmaken\b(?=.{0,30}\b(?:klus|klusje|werk|project|taak|job|boek|serie|wedstrijd|puzzel|opdracht|seizoen)\b)|"
    r"\bafmaken, (?:die|dat|deze) (?:klus|klusje|werk|project|taak|job|boek|serie|puzzel|opdracht)\b|"
    # the job named before the verb: "ik ga die puzzel vanavond echt afmaken"
    r"\b(?:die|dat|deze|dit|het|de|mijn|m'n|onze|ons) (?:klus|klusje|werk|project|taak|job|boek|serie|wedstrijd|puzzel|"
    r"opdracht|seizoen|studie|opleiding|scriptie|verslag|tekening|trui|sjaal|schilderij|marathon|race|rondje|spel|"
    r"spelletje|potje|game|level)(?: (?:vanavond|vandaag|morgen|straks|nog|echt|even|wel|toch|snel|eerst|gewoon|helemaal|"
    r"nu|maar|eindelijk|dan|ook|dit|weekend|zeker))* afmaken\b")


# Food as the one the blow is done to, in a recipe: "De kip moet eerst plat geslagen worden", "the steak needs
# to be pounded thin" (12b, session 7).
_FOOD_DONE_TO = re.compile(
    r"^\W*(?:(?:the|your|de|het|je|jouw)\s+)?(?:\w+\s+)?(?:kip|kipfilet|kippenborst|chicken|chicken breasts?|vlees|meat|"
    r"biefstuk|steak|schnitzels?|filets?|deeg|dough|eieren|eggs|eiwit|egg whites|room|cream|knoflook|garlic|noten|nuts|"
    r"aardappelen|potatoes|octopus|inktvis)\s+(?:moet|moeten|must|should|needs?\s+to|has\s+to|have\s+to|mag|mogen|"
    r"kan|kunnen|wordt|worden|gets?)\b")


def violence_by_a_thing(text: str) -> bool:
    """The sentence's subject is a product or thing that "will" do the violence ("our burger will punch
    you in the face"), food that a recipe has beaten ("de kip moet eerst plat geslagen worden"), or it is a
    friendly Dutch idiom with a blow in it; ``text`` folded."""
    if _FRIENDLY_IDIOMS.search(text) is not None or _FOOD_DONE_TO.search(text) is not None:
        return True
    found = _THING_DOES_IT.match(text)
    return found is not None and found.group("thing") in _PRODUCT_NOUNS


# --- dehumanising words said of animals, things and affectionately of children ------------------------
# "Muggen zijn echt een plaag", "Those pigeons are vermin", "Wasps are the worst creatures", "The weather
# this week is absolute garbage": the dehumanisation shape reads "X are <vermin word>" and, where a person
# word stands anywhere in the sentence ("pak nu *onze* klamboe"), took X for people. The subject is an
# animal or a thing: nobody is dehumanised. "The kids were little monkeys at the petting zoo": children
# called *little* animals (a diminutive) is affection, not contempt ("those kids are animals" stays).
ANIMAL_NOUNS = frozenset((
    "mosquito mosquitoes mosquitos midges gnats flies fly wasps wasp bees hornets ants ant mice mouse slugs snails "
    "pigeons pigeon seagulls seagull gulls crows magpies geese squirrels foxes moles moths fleas ticks lice bugs "
    "weeds weed aphids caterpillars cockroaches termites bedbugs spiders rabbits deer cats dogs puppies kittens "
    "muggen mug vliegen vlieg wespen wesp bijen hoornaars mieren mier muizen muis slakken naaktslakken duiven duif "
    "meeuwen meeuw kraaien eksters ganzen eekhoorns vossen mollen motten mot vlooien teken luizen beestjes onkruid "
    "bladluizen rupsen kakkerlakken termieten bedwantsen spinnen konijnen herten katten honden puppy's kittens "
    "eikenprocessierupsen processierupsen buxusmot").split()) | THING_NOUNS
_CHILDREN = r"(?:kids|children|toddlers|little ones|boys|girls|kinderen|kids|kleintjes|peuters|kleuters|jongens|meiden)"
_DEHUMAN_SUBJECT = re.compile(
    rf"^\W*(?:(?:the|these|those|this|that|our|my|all|the|de|het|deze|die|dit|dat|onze|ons|mijn|alle)\s+)?"
    rf"(?:(?:damn|stupid|bloody|little|tiny|stomme|kleine|rot)\s+)?(?P<noun>[\w'-]+)(?:\s+(?:this|these|deze|dit)\s+"
    rf"(?:week|weekend|summer|zomer|year|jaar|morning|ochtend|month|maand))?\s+"
    rf"(?:are|is|were|was|zijn|waren|is|blijven|blijft)\b")
_AFFECTION = re.compile(rf"^\W*(?:(?:the|our|my|de|onze|mijn|ons)\s+)?{_CHILDREN}\s+(?:are|were|zijn|waren)\s+"
                        r"(?:(?:such|real|total|echte|echt|net|zulke|just|like)\s+)*(?:little|kleine|cheeky|"
                        r"ondeugende)\s+\w+|"
                        rf"^\W*(?:(?:the|our|my|de|onze|mijn|ons)\s+)?{_CHILDREN}\s+(?:are|were|zijn|waren)\s+"
                        r"(?:(?:such|real|total|echte|echt|net|zulke|just|like)\s+)*\w+jes\b")


def dehumanises_no_one(text: str) -> bool:
    """The subject of ``text`` (folded) is an animal or an everyday thing, or children are called little
    animals: a dehumanising noun in it dehumanises no one."""
    match = _DEHUMAN_SUBJECT.match(text)
    if match is not None and match.group("noun") in ANIMAL_NOUNS:
        return True
    return _AFFECTION.match(text) is not None


# --- "kanker" the disease --------------------------------------------------------------------------
# The Dutch curse word is also the name of the disease: "Huidkanker is de meest voorkomende kanker",
# "Mijn oma is aan kanker overleden", "onderzoek naar kanker". The listed word read as an insult made a
# cancer charity's post, or a customer's grief, a block. The disease reading: a disease compound
# (huid|long|borst|...kanker), or the word after a preposition, article, adjective or verb of having,
# or before a medical noun. The curse readings stay: "kanker op", "krijg de kanker", "kankerlijer",
# "hoop dat je kanker krijgt", "kanker" as an interjection or an intensifier.
_DISEASE_KANKER = re.compile(
    r"\b(?:aan|tegen|met|van|door|naar|over|bij|zonder|na)\s+(?:(?:de|het|een|zijn|haar|hun|mijn|deze|die)\s+)?"
    r"(?:\w+e\s+)?kanker\b(?!\s+(?:op|lijer|lijers|hoer|joden?|mongool))|"
    r"\b(?:heeft|hebben|had|hadden|kreeg|kregen|overleefde|overleefd|overwon|verslaan|bestrijden|genezen|voorkomen|"
    r"herkennen|behandelen|behandeld|opsporen)\s+(?:\w+\s+){0,2}?kanker\b(?!\s+(?:op|lijer))|"
    r"\b(?:voorkomende|agressieve|uitgezaaide|ongeneeslijke|zeldzame|vroege|beginnende|erfelijke)\s+(?:vorm van\s+)?kanker\b|"
    r"\bkanker\s*(?:onderzoek|patiënt\w*|patient\w*|bestrijding|fonds|behandeling|diagnose|cellen|vrij|screening|"
    r"soorten|risico|centrum|afdeling|zorg|preventie|is de\b|is een ziekte|kan\s+\w+\s+(?:ontstaan|genezen))")
_CURSE_KANKER = re.compile(r"\bkanker\s+op\b|\bkrijg\s+(?:de\s+|toch\s+)?kanker\b|\bkanker(?:lijer|hoer|joden?|mongool)|"
                           r"\b(?:hoop|wens|hopen|wensen)\b.{0,30}\bkanker\b|\bkanker\s*[!]|^\W*kanker\b(?!\s*(?:is|kan|"
                           r"ontstaat|komt|treft|blijft))")


def names_the_disease(text: str) -> bool:
    """``text`` (folded) uses "kanker" as the disease and never as a curse (see ``_DISEASE_KANKER``)."""
    if "kanker" not in text:
        return False
    return _CURSE_KANKER.search(text) is None and (
        _DISEASE_KANKER.search(text) is not None
        or all(m.start() > 0 and text[m.start() - 1].isalpha() for m in re.finditer(r"kanker\b", text)))


# Ailments as a subject ("This cough is killing me", "Deze hoest maakt me kapot"): a complaint about one's
# health, said of no one.
_AILMENTS = frozenset(("cough cold flu fever migraine headache hangover toothache backache knee back throat allergy "
                       "allergies hayfever jetlag jet-lag hoest verkoudheid griep koorts migraine hoofdpijn kater "
                       "kiespijn rugpijn knie rug keel allergie hooikoorts").split())


def about_a_thing(text: str) -> bool:
    """The subject of ``text`` (folded) is an animal, an everyday thing or an ailment ("Wasps are the most
    annoying creatures on earth", "This cough is killing me"): whatever the sentence says, it says it of
    no person."""
    match = _DEHUMAN_SUBJECT.match(text)
    return match is not None and (match.group("noun") in ANIMAL_NOUNS or match.group("noun") in _AILMENTS)
