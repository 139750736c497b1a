"""Lexical anchors: the words a sentence must contain before a topic model may call it on topic.

Why: a sentence encoder scores what a sentence *sounds like*. Customer-care copy ("delivery
stays free", "we're focused on the customer experience"), idioms ("off to hit the hay") and
benign identity mentions ("I'm going to hug a disabled person") sit close to "death" or
"discrimination" in that space, and a reviewer who meets such a reason in every fifth post
stops reading reasons. Requiring one word that *names* the subject (died, funeral, overleden;
gun, stabbed, schietpartij; racism, discriminatie; ...) removes those while keeping real
mentions, and gives the reviewer the words that carried the finding as its span.

What an anchor is not: a bare group word ("gay", "Muslim", "disabled", "Black", "homo",
"moslim"): discrimination means discrimination as the subject, religion means religious subject
matter, not a person's identity. Idioms are masked before anchors are looked for ("dying to",
"killer deal", "to die for", "shoot us a DM", "doodmoe", "ik lach me dood").

Shipped topics (matched by rule id, whatever the pack: ``sensitive-topics/death-and-tragedy``
and the contract's ``topics/death-and-tragedy``) use the hand-written English + Dutch lists
below. An editor-defined topic gets anchors derived from its own samples and description:
their content words (no function words, no generic words), matched by stem.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from riskcheck.normalize.stopwords import stop_words

# -- shipped topics --------------------------------------------------------------------------
# Regex fragments, matched case-insensitively between word boundaries. English, then Dutch.
_CONCEPT_ANCHORS: dict[str, tuple[str, ...]] = {
    "death": (
        r"die[sd]?", r"dying", r"deaths?", r"dead", r"deceased", r"pass(?:ed|es|ing)? away", r"kill(?:ed|ing|s)?",
        r"fatal(?:ity|ities)?", r"fatally", r"victims?", r"mourn(?:s|ed|ing)?", r"funerals?", r"condolences?",
        r"traged(?:y|ies)", r"tragic(?:ally)?", r"lost (?:his|her|their|our|my|your) (?:lives|life)", r"loss of life",
        r"perish(?:ed|es|ing)?", r"murder(?:s|ed|er|ers)?", r"drown(?:s|ed|ing)?", r"rest in peace", r"rip",
        r"obituar(?:y|ies)", r"griev(?:e|es|ed|ing)", r"bereave(?:d|ment)", r"casualt(?:y|ies)", r"in memoriam",
        r"sorry for your loss", r"loved ones? (?:lost|who died)", r"lost (?:a|their|our|his|her) loved ones?",
        r"corpses?", r"bod(?:y|ies) (?:was|were) found", r"suicides?",
        # nl
        r"dood", r"doden", r"dode", r"overl(?:eden|ijden|ijdt|eed)", r"sterv(?:en|end|ende)", r"sterft", r"stierf",
        r"stierven", r"gestorven", r"omgekomen", r"omkomen", r"kwam(?:en)? om", r"om het leven", r"dodental(?:len)?",
        r"slachtoffers?", r"rouw(?:en|t|de)?", r"begrafenis(?:sen)?", r"uitvaart(?:en)?", r"condoleances?",
        r"gecondoleerd", r"nabestaanden", r"tragedie", r"tragisch(?:e)?", r"vermoord", r"moord(?:en|enaar)?",
        r"verdronken", r"verongelukt", r"rust zacht", r"omgebracht", r"gedood", r"doodgeschoten",
        r"doodgestoken", r"doodgereden", r"doodgeslagen", r"doodgevroren", r"fatale?", r"dodelijke?",
        # "lijken" is also "to seem" ("dat lijken me goede ideeën"): a corpse only with its article or verb
        r"(?:het|een|de|twee|drie|vier|vijf|tien|tientallen|honderden|meerdere|vele) lijk(?:en)?",
        r"lijk(?:en)? (?:gevonden|aangetroffen|ontdekt|geborgen|geïdentificeerd)", r"stoffelijk(?:e)? overschot(?:ten)?", r"zelfmoord", r"zelfdoding",
    ),
    "weapons": (
        r"guns?", r"gunm[ae]n", r"gunfire", r"gunshots?", r"firearms?", r"rifles?", r"pistols?", r"shotguns?",
        r"handguns?", r"ammunition", r"ammo", r"bullets?", r"shoot(?:ing|ings|er|ers|s)?", r"shot (?:dead|down|at)",
        r"shots (?:were )?fired", r"stab(?:bed|bing|bings|s)?", r"knife attack", r"knifem[ae]n", r"bomb(?:s|ing|ings|ed|er|ers)?",
        r"explosives?", r"terror(?:ist|ists|ism)?", r"attack(?:s|ed|er|ers)?", r"assault(?:s|ed)?",
        r"violen(?:ce|t)", r"beat(?:en)? up", r"massacres?", r"hostages?", r"weapons?", r"armed", r"grenades?",
        r"snipers?", r"murder(?:s|ed|er|ers)?",
        # nl
        r"wapens?", r"vuurwapens?", r"gewapend(?:e)?", r"geweer", r"geweren", r"pistool", r"pistolen", r"kogels?", r"munitie",
        r"schietpartij(?:en)?", r"neergeschoten", r"doodgeschoten", r"beschoten", r"geschoten", r"schutter",
        r"neergestoken", r"doodgestoken", r"steekpartij(?:en)?", r"messteek", r"mes", r"messen", r"bom(?:men)?",
        r"bomaanslag(?:en)?", r"aanslag(?:en)?", r"explosieven", r"terreur", r"terroris(?:t|ten|me)",
        r"geweld", r"gewelddadige?", r"mishandel(?:d|ing)", r"elkaar (?:in )?geslagen", r"gijzel(?:ing|aar|aars)",
        r"dader", r"vermoord", r"moord(?:en|enaar)?",
    ),
    "disasters": (
        r"earthquakes?", r"quakes?", r"floods?", r"flooding", r"flooded", r"wildfires?", r"bushfires?",
        r"forest fires?", r"house fires?", r"blaze", r"(?:in|by|from|after) (?:the|a) (?:fire|blaze)", r"hurricanes?", r"typhoons?", r"tornado(?:e?s)?",
        r"tsunamis?", r"cyclones?", r"storms?", r"disasters?", r"catastroph(?:e|es|ic)", r"evacuat(?:e|ed|ion|ions|ing)",
        r"rubble", r"survivors?", r"(?:plane|train|car|bus|helicopter) crash(?:es)?", r"crashed into",
        r"(?:plane|jet|aircraft|airliner|helicopter|bus|train) (?:has |had )?crashed", r"derail(?:ed|ment)",
        r"explosions?", r"exploded", r"collapsed", r"landslides?", r"avalanches?", r"eruptions?", r"volcan(?:o|oes|ic)",
        r"state of emergency", r"emergenc(?:y|ies)", r"famine", r"drought", r"heatwave",
        # nl
        r"aardbeving(?:en)?", r"beving", r"overstroming(?:en)?", r"overstroomd", r"bosbrand(?:en)?", r"grote brand",
        r"uitslaande brand", r"(?:bij|door|na|in) (?:de|een) brand", r"brandweer", r"orkaan", r"tyfoon", r"tornado", r"storm(?:en)?", r"ramp(?:en)?",
        r"rampgebied", r"evacu(?:atie|eren|eerd)", r"geëvacueerd", r"puin", r"overlevenden", r"neergestort",
        r"ontspoord", r"explosies?", r"ontploffing(?:en)?", r"ontploft", r"ingestort", r"noodtoestand",
        r"watersnood", r"dijk(?:doorbraak| is doorgebroken)", r"(?:staat|stonden|staan|liep|liepen) onder water", r"hongersnood", r"droogte", r"hittegolf",
    ),
    "health": (
        r"pandemics?", r"epidemics?", r"outbreaks?", r"virus(?:es)?", r"coronavirus", r"covid(?:-?19)?",
        r"corona", r"infections?", r"infected", r"lockdowns?", r"quarantin(?:e|ed)", r"vaccin(?:e|es|ated|ation|ations)",
        r"hospitali[sz]ed", r"icu", r"intensive care", r"measles", r"ebola", r"influenza", r"flu", r"diseases?",
        r"sars", r"mpox", r"cholera", r"plague",
        # nl
        r"pandemie", r"epidemie", r"uitbraak", r"besmet(?:ting|tingen)?", r"coronacrisis", r"coronapatiënten",
        r"coronapatienten", r"vaccin(?:s|atie|eren)?", r"gevaccineerd", r"ziekenhuisopnames?", r"intensive cares?",
        r"mazelen", r"griep", r"griepgolf", r"ziekte(?:n)?", r"quarantaine", r"lockdown",
    ),
    "discrimination": (
        r"racis(?:m|t|ts)", r"racial(?:ly)?", r"discriminat(?:e|ed|es|ing|ion|ory)", r"prejudices?", r"bigot(?:s|ry|ed)?",
        r"hate (?:crimes?|speech|groups?)", r"hatred", r"homophob(?:ia|ic)", r"transphob(?:ia|ic)",
        r"xenophob(?:ia|ic)", r"anti-?semit(?:ism|ic)", r"islamophob(?:ia|ic)", r"sexis(?:m|t)", r"misogyn(?:y|ist|istic)",
        r"segregat(?:ion|ed)", r"slurs?", r"white supremac(?:y|ist|ists)", r"nazis?", r"apartheid",
        r"ethnic cleansing", r"bias against", r"inequalit(?:y|ies)", r"equal (?:rights|pay)", r"civil rights",
        r"hate against", r"harass(?:ed|ment)", r"(?:gender|pay) gap", r"blamed for", r"earn less",
        # nl
        r"racis(?:me|t|ten|tisch|tische)", r"discrimin(?:atie|eren|eert|erend|erende)", r"gediscrimineerd",
        r"vooroordel(?:en)?", r"homofob(?:ie|e)", r"homofoob", r"transfob(?:ie|e)", r"xenofob(?:ie|e)",
        r"antisemitis(?:me|tisch|tische)", r"islamofob(?:ie|e)", r"seksis(?:me|tisch|tische)", r"vrouwenhaat",
        r"haatzaai(?:en|ende)", r"segregatie", r"ongelijkheid", r"etnisch profileren", r"gelijke rechten",
        r"uitgescholden", r"lastiggevallen", r"krijgen overal de schuld", r"minder kansen", r"verdienen minder",
        r"minder dan mannen",
    ),
    "politics": (
        r"elections?", r"electoral", r"ballots?", r"president(?:s|ial)?", r"prime minister", r"parliament(?:ary)?",
        r"congress(?:man|woman|ional)?", r"senate", r"senators?", r"government", r"ministers?", r"politicians?",
        r"political", r"politics", r"democrats?", r"republicans?", r"legislat(?:ion|ure)", r"opposition party",
        r"polls", r"candidates?", r"trump", r"biden", r"obama", r"clinton", r"brexit", r"referendum",
        r"vote (?:for|against) (?:him|her|them|the (?:party|candidate|bill|law))",
        # nl
        r"verkiezing(?:en)?", r"premier", r"kabinet", r"minister(?:s)?", r"tweede kamer", r"kamerleden",
        r"kamerlid", r"politiek(?:e)?", r"politic(?:us|i)", r"regering", r"oppositie", r"coalitie",
        r"peiling(?:en)?", r"rutte", r"wilders", r"partijen", r"stem op",
    ),
    "religion": (
        r"religions?", r"religious", r"god", r"faith", r"churche?s?", r"mosques?", r"synagogues?", r"temples?",
        r"pray(?:s|ed|ing|er|ers)?", r"bible", r"quran", r"koran", r"jesus", r"christ", r"christianity",
        r"islam", r"judaism", r"hinduism", r"buddhism", r"atheis(?:m|ts?)", r"ramadan", r"rabbis?", r"imams?",
        r"priests?", r"pastors?", r"pope", r"sermons?", r"worship", r"blasphem(?:y|ous)", r"prophet",
        r"scripture", r"believe in god",
        # nl
        r"religies?", r"religieu(?:s|ze)", r"geloof", r"gelovigen?", r"kerk(?:en)?", r"moskee(?:ën|en)?",
        r"synagoge", r"bidden", r"bidt", r"gebed(?:en)?", r"vrijdaggebed", r"bijbel", r"jezus", r"christendom",
        r"jodendom", r"atheïsme", r"atheisme", r"dominee", r"priester", r"paus", r"pastoor", r"preek",
        r"heilige?",
    ),
    "self_harm": (
        r"suicid(?:e|es|al)", r"self-?harm(?:ing)?", r"kill(?:ed|ing|s)? (?:my|your|him|her|them)sel(?:f|ves)", r"too many pills",
        r"end(?:ing)? (?:my|his|her|their) (?:own )?life", r"took (?:his|her|their) own life",
        r"take my own life", r"cut(?:ting)? (?:my|him|her)self", r"overdos(?:e|ed)", r"want to die",
        r"don'?t want to live", r"hang (?:my|him|her)self",
        # nl
        r"zelfmoord\w*", r"suïcid(?:e|aal|ale)", r"suicid(?:e|aal|ale)", r"zelfdoding", r"zelfbeschadiging",
        r"einde aan (?:mijn|zijn|haar|hun) leven", r"mezelf iets aan(?: te)? doen", r"niet meer (?:leven|willen leven)",
        r"wil (?:\w+ )?dood", r"snijd mezelf", r"overdosis", r"(?:bel|call) 113",
    ),
}

# Anchors that name a place or a date of a faith rather than the faith: a mosque's open day, a church choir's
# concert, a store's Ramadan opening hours, a synagogue's centenary are community notices, not religious subject
# matter. Such an anchor counts only where the sentence does not read as a notice (``_NOTICE``); a belief, a
# prayer, a text or a clash ("god", "pray", "blasphemy", "the church's stance") anchors the topic whatever else
# the sentence says. Measured on our own en + nl dev sentences (models/README.md, session 8, 13p).
_WEAK_ANCHORS: dict[str, tuple[str, ...]] = {
    "religion": (
        r"churche?s?", r"mosques?", r"synagogues?", r"temples?", r"ramadan", r"kerk(?:en)?", r"moskee(?:ën|en)?",
        r"synagoge", r"heilige?",
    ),
}
_NOTICE: dict[str, str] = {
    "religion": (
        r"open (?:day|house|evening|morning|doors?)|open(?:s|ing)? (?:its|their|the|our) doors|opening (?:hours|times)|"
        r"(?:opens|closes|open|close) (?:an hour |half an hour |\w+ minutes )?(?:later|earlier|early|at \d|until|till|after)|"
        r"everyone (?:is )?welcome|all (?:are )?welcome|welcomes? (?:everyone|visitors|you|all)|choirs?|concerts?|"
        r"recital|carol(?:s| service)|bazaar|christmas market|market|festival|celebrat(?:es|ed|ing|ion)|anniversary|birthday|"
        r"centenary|(?:\d+)(?:st|nd|rd|th) (?:birthday|anniversary)|iftar|guided tours?|tours?|visit(?:ors)?|"
        r"restor(?:ed|ation)|renovat(?:ed|ion)|lights?|brunch|dinner|lunch|breakfast|parking|"
        r"open dag|opendag|open huis|deuren open|openingstijden|openingsuren|(?:gaat|gaan|zijn|is) (?:\w+ ){0,3}"
        r"(?:open|dicht)|sluit(?:en)? (?:na|om|eerder|vroeger)|iedereen (?:is )?welkom|koor|kerkkoor|concert(?:en)?|"
        r"bazaar|markt|braderie|festival|viert|vieren|jubileum|verjaardag|eeuwfeest|iftar|rondleiding(?:en)?|bezoekers|"
        r"restaurat(?:ie|ed)|verbouw\w*|verlichting|lichtjes|brunch|diner|lunch|ontbijt|parkeren"),
}

# A shipped topic's word said to be what something is *not* ("Muslims are not terrorists", "moslims zijn geen
# terroristen", "refugees aren't violent") names no violence: a denied attribute is counter-speech.
_DENIED_BEFORE = re.compile(r"\b(?:are|is|were|was|zijn|is|waren|was)\s+(?:not|no|never|geen|niet|nooit)\s+"
                            r"(?:(?:a|an|een|all|allemaal|per se|by definition|automatisch|automatically)\s+)?$|"
                            r"\b(?:aren'?t|isn'?t|weren'?t|wasn'?t)\s+(?:(?:a|an|all)\s+)?$", re.IGNORECASE)
_DENIABLE_CONCEPTS = frozenset(("weapons", "discrimination", "religion"))

#: Rule ids (without the pack) that mean a shipped topic.
CONCEPT_OF_RULE: dict[str, str] = {
    "death-and-tragedy": "death",
    "violence-and-weapons": "weapons",
    "weapons-and-violence": "weapons",
    "disasters": "disasters",
    "health-crises": "health",
    "discrimination-and-race": "discrimination",
    "politics": "politics",
    "religion": "religion",
    "self-harm": "self_harm",
}

# Fixed expressions whose words look like an anchor but do not name the subject. A match of an
# anchor inside one of these does not count. English, then Dutch.
_IDIOMS: tuple[str, ...] = (
    r"dying (?:to|for|of laughter|laughing)", r"die[sd]? laughing", r"to die for", r"die[- ]?hard", r"do or die",
    r"killer (?:deals?|app|prices?|looks?|views?|combo|features?|offers?)", r"kill(?:ed|ing|s)? it", r"killing time",
    r"kill(?:ed|s)? (?:the|some) time", r"(?:that|this|you|it) killed me", r"(?:i'?m|we'?re) dead",
    r"dead (?:serious|simple|easy|tired|set|end|ends|heat|line|lines|battery|pixels?|link|links|zone|of night|wrong|right|on)",
    r"drop[- ]dead", r"rip(?:-| )?offs?", r"rip (?:it|them|you) off", r"over my dead body", r"deadlines?", r"deadpan", r"hit the hay", r"hit the road",
    r"shoot (?:us|me|them|him|her) (?:a|an|your)\b.{0,12}", r"shoot (?:a|an|your|us)?\s*(?:dm|message|email|e-mail|note|line|pm|tweet)",
    r"photo ?shoots?", r"shooting stars?", r"shoot for the (?:moon|stars)", r"(?:give it|worth) a shot", r"bath bombs?",
    r"photobomb(?:ed|s)?", r"the bomb", r"da bomb", r"bombshell", r"bullet (?:points?|journal|proof coffee)",
    r"bite the bullet", r"silver bullet", r"kill(?:s|ing)? two birds(?: with one stone)?", r"stick(?:ing)? to (?:our|my|your) guns", r"jump(?:ed)? the gun",
    r"big guns", r"glue guns?", r"armed with", r"heart attacks?", r"panic attacks?", r"asthma attacks?",
    r"attack (?:the|this) (?:problem|issue|day|week)", r"brainstorm(?:s|ing)?", r"(?:took|take|takes|taking|taken)(?: \w+){0,3} by storm",
    r"storm (?:of|in a) (?:teacup|emotions|compliments)", r"flood of", r"flooded with (?:love|messages|orders|requests)",
    r"oh my god", r"my god", r"thank god", r"god knows", r"god bless", r"omg", r"holy (?:cow|moly|guacamole|grail)",
    r"(?:a )?leap of faith", r"faith in (?:our|the) (?:team|product)", r"killer", r"deadly (?:delicious|good)",
    r"bias(?:ed)? (?:light|cut|tape)", r"fashion victims?",
    r"(?:i'?d|i would|would|could|i could) (?:\w+ )?kill for", r"kill bill",
    # a performance or a shot done brilliantly: "our striker murdered that free kick", "she killed that solo"
    r"(?:murder|kill)(?:ed|s)? (?:that|the|this|a|his|her|their) (?:penalty|penalties|free[- ]kick|shot|song|track|cover|"
    r"beat|solo|set|performance|routine|dance|karaoke|chorus|high note|audition|presentation|exam|interview)",
    r"kill(?:s|ed|ing)? (?:up to )?(?:99(?:[.,]9+)? ?% (?:of )?(?:all )?)?(?:the )?(?:germs|bacteria|viruses|weeds|bugs|odou?rs|mould|mold|lice|fleas)",
    r"(?:victims?|slachtoffers?) (?:of|van) (?:fraud|scams?|phishing|identity theft|online fraud|oplichting|fraude|nepwebshops?|oplichters|hackers|cybercrime|diefstal|inbraak|(?:een )?(?:hack|datalek)|(?:their|its|zijn|hun|haar) (?:own )?success)",
    r"prime minister of (?:flavou?r|taste)", r"dead(?:ly)? (?:tired|bored)", r"deathly (?:quiet|silent)",
    r"virus (?:scan|scanner|protection|software)", r"computer virus", r"go(?:es|ing|ne)? viral",
    r"government (?:guidelines|guidance|advice|measures|rules|regulations|restrictions)",
    r"(?:phone|battery|batteries|laptop|tablet|screen|charger|remote|line)s? (?:is |are |was |went |has )?(?:dead|died)",
    r"(?:ramadan|eid) (?:mubarak|kareem)", r"(?:happy|blessed|fijne|gezegende) (?:ramadan|eid|diwali|hanukkah|passover|suikerfeest)",
    # COVID-era logistics: the measures are the subject, not the disease ("due to COVID-19 our stores close at 8")
    r"(?:because of|due to|during|amid|given|owing to|as a result of|in light of) (?:the )?(?:covid(?:-19)?|corona(?:virus)?|pandemic)(?: (?:measures|crisis|pandemic|outbreak|situation|rules|guidelines|restrictions|lockdown))?",
    r"(?:covid(?:-19)?|corona(?:virus)?) (?:measures|rules|guidelines|restrictions|protocols?|precautions|safety)",
    # nl
    r"(?:die|de|dat|het|zijn|haar) (?:penalty|strafschop|vrije trap|schot|nummer|liedje|solo|refrein|optreden|auditie)"
    r"(?: \w+){0,3} vermoord",
    r"om (?:bij )?dood te (?:gaan|vallen)", r"om te sterven", r"doodmoe", r"doodziek", r"doodsbang", r"doodgewoon", r"doodleuk", r"doodstil", r"doodeng", r"doodnormaal",
    r"doodzonde", r"doodop", r"lach(?:en|te)? (?:me|ons|je|zich) (?:een )?(?:ongeluk|dood|rot)", r"lachen ons dood",
    r"(?:ik )?lig dood", r"dood van het lachen", r"dodelijk (?:saai|vermoeiend|lekker|eng|goed)", r"stem op (?:je|jouw|uw) (?:favoriete|lievelings)\w*", r"doodvermoeiend",
    r"(?:tekort|te kort|te binnen|uit de startblokken|omhoog|in de lift)(?: \w+){0,2} (?:ge)?sch(?:iet(?:en|t)?|oten)",
    r"tekortgeschoten",
    r"(?:foto|plaatje|kiekje)s? (?:ge)?schoten", r"in de roos geschoten", r"(?:belasting)?aanslag (?:van de belastingdienst|ontvangen)",
    r"belastingaanslag",
    r"(?:vanwege|door|tijdens|in verband met|als gevolg van|wegens|i\.?v\.?m\.?|ivm) (?:de |het )?(?:corona(?:virus|crisis|tijd)?|covid(?:-19)?)(?:[- ]?(?:maatregelen|regels|richtlijnen|crisis|tijd|situatie))?",
    r"corona-?(?:maatregelen|regels|richtlijnen|tijd|proof)", r"(?:covid|corona)[- ]?(?:19 )?maatregelen", r"hartaanval(?:len)?", r"mijn god", r"god zij dank", r"godzijdank", r"o god", r"oh god",
    r"godsamme", r"heilige koe", r"(?:ik )?(?:zou )?moord(?:en)? (?:\w+ )?voor (?:een|een paar|wat)\b", r"(?:ik )?(?:zou )?(?:een )?moord doen voor", r"storm (?:aan|van) (?:reacties|bestellingen)",
    r"brandweerman sam", r"bidden en smeken", r"geloof me", r"(?:ik )?geloof (?:het|dat|niet dat|je)",
    r"heilig (?:moeten|huisje)", r"(?:het )?mes snijdt aan twee kanten", r"ziekte(?:n)? ?(?:verlof|verzuim|kosten|wet)", r"ziekteverlof", r"ziek(?:te)?melding",
)

# Words too general to anchor an editor-defined topic (beyond the languages' function words).
_GENERIC = frozenset("""
people person thing things today tomorrow yesterday year years week weeks time times many much more most
every good great new last first still very make made just like also even well back work need want going
know think said says thanks thank please customer customers team order orders store stores service
mensen iemand dingen vandaag morgen gisteren jaar jaren week weken keer veel meer meest elke goed goede
nieuw nieuwe laatste eerste nog heel maken gemaakt echt even terug werk willen gaan weten denken zegt
bedankt klant klanten winkel winkels bestelling dienst onze jullie hebben worden staat blijft
""".split())

_STEM_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "s", "en", "e", "t")


_WORD = re.compile(r"\w+")


def word_keys(text: str) -> frozenset[str]:
    """The first three and four letters of every word of ``text`` (lower case): the prefilter."""
    words = _WORD.findall(text.casefold())
    return frozenset([w[:3] for w in words] + [w[:4] for w in words if len(w) >= 4])


_LEADING_GROUP = re.compile(r"\(\?:([^()]*)\)")


def _expanded(fragment: str) -> list[str]:
    """``(?:a|b) rest`` -> ``a rest``, ``b rest`` (so each starts with known letters)."""
    match = _LEADING_GROUP.match(fragment)
    if match is None:
        return [fragment]
    rest = fragment[match.end():]
    if rest[:1] in ("?", "*", "+", "{"):
        return [fragment]
    return [alt + rest for part in match.group(1).split("|") for alt in _expanded(part)]


def _key(fragment: str) -> str | None:
    """The letters every match of ``fragment`` starts with (its first four, or its whole first
    word when shorter), or None when they vary."""
    letters = re.match(r"[^\W\d_]*", fragment)
    head = letters.group(0).casefold() if letters else ""
    after = fragment[len(head):len(head) + 1]
    if after in ("?", "*", "{"):  # the last letter is optional
        head, after = head[:-1], head[-1:]
    if len(head) >= 4:
        return head[:4]
    if len(head) == 3 or (head and after in ("", " ")):
        return head
    return None


# Anchors that are a different, everyday word in the other language: English "die" is Dutch
# "that/who" ("de man die belde"), Dutch "ramp" (disaster)
# and "premier" (prime minister) are English "ramp up" and "Premier League". Such a word
# counts only in a sentence that does not read as the other language.
_ONLY_IN: dict[str, str] = {"die": "en", "ramp": "nl", "rampen": "nl", "premier": "nl"}


@functools.lru_cache(maxsize=1)
def _markers() -> dict[str, frozenset[str]]:
    """Function words of one of the two languages only (spaCy's stop words, shared ones removed)."""
    english, dutch = stop_words("en"), stop_words("nl")
    return {"en": frozenset(english - dutch), "nl": frozenset(dutch - english)}


def _reads_as(text: str, ignore: str) -> str | None:
    """"en" or "nl" when one language's function words outnumber the other's, else None."""
    words = [w for w in _WORD.findall(text.casefold()) if w != ignore]
    votes = {lang: sum(w in markers for w in words) for lang, markers in _markers().items()}
    if votes["en"] == votes["nl"]:
        return None
    return "en" if votes["en"] > votes["nl"] else "nl"


def _in_its_language(text: str, start: int, end: int) -> bool:
    word = text[start:end].casefold()
    language = _ONLY_IN.get(word)
    if language is None:
        return True
    reads_as = _reads_as(text, word)
    return reads_as is None or reads_as == language


@dataclass(frozen=True, slots=True)
class AnchorSet:
    """The anchor words of one topic. ``find`` gives their spans, idioms left out.

    Speed: a sentence is scored against every topic, and a regex alternation of a hundred
    words costs time at every word. ``keys`` (the first three letters of each anchor) rule
    out most sentences with one set intersection; only the rest run the regexes.
    """

    name: str
    pattern: re.Pattern[str] | None
    keys: frozenset[str] = frozenset()
    unkeyed: re.Pattern[str] | None = None  # anchors whose first letters vary: always searched
    weak: re.Pattern[str] | None = None     # anchors that count only outside a notice (``_WEAK_ANCHORS``)
    notice: re.Pattern[str] | None = None

    def find(self, text: str, keys: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """Character spans of anchor words in ``text`` that are not part of an idiom.
        ``keys``: ``word_keys(text)`` when the caller already has them."""
        if self.pattern is None:
            return []
        if keys is None:
            keys = word_keys(text)
        if keys.isdisjoint(self.keys) and (self.unkeyed is None or self.unkeyed.search(text) is None):
            return []
        found = [m.span() for m in self.pattern.finditer(text)]
        if not found:
            return []
        masked = [m.span() for m in _IDIOM_PATTERN.finditer(text)]
        spans = [(start, end) for start, end in found if not any(lo < end and start < hi for lo, hi in masked)
                 and _in_its_language(text, start, end)]
        if spans and self.name in _DENIABLE_CONCEPTS:
            spans = [(start, end) for start, end in spans if _DENIED_BEFORE.search(text, 0, start) is None]
        if spans and self.weak is not None and self.notice is not None and self.notice.search(text) is not None:
            spans = [(start, end) for start, end in spans if self.weak.fullmatch(text, start, end) is None]
        return spans

    def present(self, text: str, keys: frozenset[str] | None = None) -> bool:
        return bool(self.find(text, keys))

    @classmethod
    def of(cls, name: str, fragments: Sequence[str]) -> AnchorSet:
        fragments = [alt for fragment in fragments for alt in _expanded(fragment)]
        keyed = {f: _key(f) for f in fragments}
        unkeyed = [f for f, key in keyed.items() if key is None]
        return cls(name, _compile(fragments), frozenset(k for k in keyed.values() if k is not None),
                   _compile(unkeyed) if unkeyed else None)


def _compile(fragments: Sequence[str]) -> re.Pattern[str]:
    body = "|".join(sorted(fragments, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


_IDIOM_PATTERN = _compile(_IDIOMS)


@functools.lru_cache(maxsize=None)
def concept_anchors(concept: str) -> AnchorSet:
    anchors = AnchorSet.of(concept, _CONCEPT_ANCHORS[concept])
    if concept not in _WEAK_ANCHORS:
        return anchors
    weak = re.compile("|".join(_WEAK_ANCHORS[concept]), re.IGNORECASE)
    notice = re.compile(rf"(?<!\w)(?:{_NOTICE[concept]})(?!\w)", re.IGNORECASE)
    return dataclasses.replace(anchors, weak=weak, notice=notice)


def concept_of(rule_id: str) -> str | None:
    """The shipped topic a rule id names (``pack/death-and-tragedy`` -> ``death``), else None."""
    return CONCEPT_OF_RULE.get(rule_id.rsplit("/", 1)[-1])


def _stem(word: str) -> str:
    for suffix in _STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def derived_words(texts: Sequence[str]) -> tuple[str, ...]:
    """Content-word stems of an editor's samples and description (sorted, unique)."""
    function_words = stop_words("en") | stop_words("nl")
    stems = set()
    for text in texts:
        for word in re.findall(r"\w+", text.casefold()):
            if len(word) < 4 or word.isdigit() or word in function_words or word in _GENERIC:
                continue
            stems.add(_stem(word))
    return tuple(sorted(stems))


@functools.lru_cache(maxsize=256)
def _derived(words: tuple[str, ...]) -> AnchorSet:
    if not words:
        return AnchorSet("derived", None)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\w*",
        re.IGNORECASE)
    return AnchorSet("derived", pattern, frozenset(w[:3] for w in words))


def anchors_for(rule_id: str, description: str | None, samples: Sequence[str]) -> AnchorSet:
    """The anchors of a topic rule: the shipped list when its id names a shipped topic, else
    the content words of its own samples and description. Built once per rule content (the
    scorer binds them and each topic finding asks again for its evidence)."""
    return _anchors_for(rule_id, description, tuple(samples))


@functools.lru_cache(maxsize=256)
def _anchors_for(rule_id: str, description: str | None, samples: tuple[str, ...]) -> AnchorSet:
    concept = concept_of(rule_id)
    if concept is not None:
        return concept_anchors(concept)
    texts = [*samples, *([description] if description else [])]
    return _derived(derived_words(texts))
