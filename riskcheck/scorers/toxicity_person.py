"""Abuse aimed at one person or a third party: threats, veiled threats, contempt, harmful jokes.

The idiom classes in ``toxicity_patterns`` know whole phrasings ("watch your back", "what a waste of
oxygen"); a threat or an insult said in other words passed. This layer reads the two parts that make
such a sentence abusive, each from a broad word class, and composes them:

- a PERSON TARGET: a pronoun that points at someone (you, him, her; je, hem, haar), an @handle, or a
  role noun with a determiner ("that cashier", "my landlord", "die bezorger", "mijn ex"), or the
  generic "whoever / anyone who / mensen die";
- a HARM: a violence verb (punch, stab, strangle, drag, burn; slaan, wurgen, afhakken) under a
  modality that makes it the writer's intent or wish (I'll / I'd happily / someone should / deserves /
  ik ga / iemand moet / verdient), an injury consequence in the future or a condition ("leaving in an
  ambulance", "lose their teeth", "met de ambulance naar huis"), or a veiled-threat frame: a shame
  if something of theirs were damaged, "better hope we never meet", a condition followed by "see what
  happens", knowledge of where their people or places are, danger when they are alone or at night,
  "won't be smiling much longer", "what's coming to him", an accident foretold.

Contempt at a person is a predicate that casts them as vermin, dirt or waste ("is a spineless little
rat", "a worthless piece of garbage", "een hoop stront"), a simile of stupidity ("thick as two short
planks"), a superlative of uselessness, or a wish that "people like him" did not breed or exist.

A harmful JOKE is a joke frame (``toxicity_jokes.joked``: riddle, laughter, wink) whose punchline casts
a woman or partner as incapacitated and not refusing (asleep, drunk, drops in her drink; never says no)
or as beaten (fists, black eyes, the back of a hand, "something to cry about").

Brand copy uses many of the same words ("this deal is a killer", "our burger will knock you out", "it
would be a shame to miss this sale", "we know where your parcel is"): each class names what makes it a
threat (a person object, the writer's intent, damage), and the selling shapes of ``toxicity_patterns``
keep sales lines out. Negation, quotation and counter-speech are discounted afterwards, like every other
shape (``toxicity_usem3._apply_shapes``). Every pattern runs on one folded sentence, with bounded
repetitions of ``\\w+ `` (one way to match each), behind a word prefilter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from riskcheck.scorers.lazy_regex import LazyPattern
from riskcheck.scorers.threat_frames import threat_frame
from riskcheck.scorers.toxicity_jokes import joked
from riskcheck.scorers.toxicity_patterns import INSULT, JOKE_HARM, THREAT, names_people

_WORDS = LazyPattern(r"\w(?:[\w'-]*\w)?")

# --- the person target ------------------------------------------------------------------------
_ROLE_EN = (r"customers?|clients?|cashiers?|clerks?|waiters?|waitress(?:es)?|baristas?|bartenders?|servers?|"
            r"drivers?|bus drivers?|couriers?|delivery (?:guy|man|driver|boy|girl)s?|postm[ae]n|mailm[ae]n|"
            r"neighbou?rs?|landlords?|landlad(?:y|ies)|tenants?|boss(?:es)?|managers?|supervisors?|ceos?|directors?|"
            r"interns?|colleagues?|co-?workers?|employees?|teachers?|nurses?|doctors?|dentists?|plumbers?|builders?|"
            r"contractors?|suppliers?|guards?|bouncers?|cops?|officers?|refs?|referees?|umpires?|coach(?:es)?|"
            r"mayors?|ministers?|politicians?|councill?ors?|journalists?|reporters?|reviewers?|critics?|influencers?|"
            r"streamers?|youtubers?|ex|exes|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|wife|husband|girlfriend|"
            r"boyfriend|gf|bf|brother-in-law|sister-in-law|mother-in-law|father-in-law|stepdad|stepmum|stepmom|"
            r"guy|guys|dude|bloke|man|woman|lady|girl|kid|person|caller|callers|agent|agents|staff member|"
            r"receptionist|cleaner|mechanic|technician|salesman|saleswoman|seller|buyer|owner|host|hostess|"
            r"chef|cook|pilot|steward(?:ess)?|conductor|inspector|warden|janitor|tutor|professor|principal|"
            r"snitch(?:es)?|grass|rat|founders?|co-?founders?|chairm[ae]n|presidents?|cfos?|ctos?|headteachers?|"
            r"head teachers?|deans?|vicars?|priests?|pharmacists?|landlady|neighbour|sister|brother|cousin|uncle|aunt|"
            r"mother|father|mum|mom|dad|son|daughter|nephew|niece|roommate|flatmate|housemate|team ?leads?|team ?leaders?|"
            r"line managers?")
_ROLE_NL = (r"klanten|klant|kassamedewerkers?|caissi[eè]res?|kassajuf(?:frouw)?|obers?|serveersters?|barista'?s?|"
            r"barm(?:an|annen)|chauffeurs?|buschauffeurs?|bezorgers?|pakketbezorgers?|postbodes?|buurman|buurvrouw|"
            r"buren|buurjongen|buurmeisje|huisbaas|verhuurders?|huurders?|baas|bazen|managers?|leidinggevende|chef|"
            r"directeur|ceo|stagiaire?s?|collega'?s?|werknemers?|personeelslid|leraar|lerares|juf|meester|"
            r"verpleegsters?|verplegers?|dokter|arts|huisarts|tandarts|loodgieters?|aannemers?|leveranciers?|"
            r"bewakers?|uitsmijters?|agenten?|scheids|scheidsrechters?|grensrechters?|trainers?|burgemeester|"
            r"ministers?|wethouders?|politicus|politici|journalisten?|journaliste|verslaggevers?|recensenten?|"
            r"critici|criticus|influencers?|ex|exen|vrouw|man|vriendin|vriend|vriendje|vriendinnetje|zwager|"
            r"schoonzus|schoonmoeder|schoonvader|stiefvader|vent|gast|kerel|wijf|mens|meid|jongen|joch|persoon|"
            r"beller|bellers|monteur|schoonmaker|conducteur|controleur|eigenaar|verkoper|kok|docent|rector|"
            r"verklikker|klikspaan|oprichter|medeoprichter|voorzitter|president|directrice|schoolhoofd|dominee|pastoor|"
            r"apotheker|zus|zuster|broer|neef|nicht|oom|tante|moeder|vader|zoon|dochter|huisgenoot|kassajoch|joch|"
            r"teamleider|teamleidster|afdelingshoofd")
_DET_EN = r"(?:that|this|the|my|our|your|his|her|their|some|a|an|every|any)"
_DET_NL = r"(?:die|dat|deze|de|het|mijn|onze|ons|je|jouw|zijn|haar|hun|een|elke|iedere)"
# someone pointed at: a pronoun, a handle, or a role noun after a determiner (up to two words between:
# "that smug barista", "die arrogante barista", "the new manager")
_PERSON_EN = rf"(?:him|her|them|you|ya|u|@user|{_DET_EN} (?:\w+ ){{0,2}}?(?:{_ROLE_EN}))"
# as the object of a violence verb: a pronoun not followed by what makes the verb business ("shoot you a
# message", "beat you to it", "kick them off the list")
_OBJECT_EN = (rf"(?:(?:him|her|them|you|ya|u|@user)\b(?! (?:a|an|the|some|our|us|back|up on|off|to it|out|"
              rf"in (?:chess|a game|cards))\b)|{_DET_EN} (?:\w+ ){{0,2}}?(?:{_ROLE_EN})\b)")
_PERSON_NL = rf"(?:hem|haar|je|jou|jullie|@user|{_DET_NL} (?:\w+ ){{0,2}}?(?:{_ROLE_NL}))"
_PERSON = rf"(?:{_PERSON_EN}|{_PERSON_NL})"

# --- harm: violence verbs, by modality --------------------------------------------------------
# Verbs that hurt a body when their object is a person ("beat our prices", "smash it", "kill it", "shoot
# you a message", "knock you out" (a burger) have no person object or are left out).
_HURT_EN = (r"punch|kick|stab|strangle|choke|murder|kill|slap|smack|shoot|hurt|batter|bash|maim|cripple|"
            r"kneecap|stomp|strangle|throttle|drown|poison|lynch|hang|bury|gut|knife|torch|burn|beat|"
            r"beat up|beat the shit out of|beat the crap out of|smash|smash up|drag|throw|run over|deck|"
            r"break|rip|tear|cut|end|destroy|wreck|skin|set fire to|curb-?stomp|waterboard|push")
_HURT_EN_PP = (r"punched|kicked|stabbed|strangled|choked|murdered|killed|slapped|smacked|shot|hurt|battered|bashed|"
               r"maimed|crippled|kneecapped|stomped|throttled|drowned|poisoned|lynched|hanged|hung|buried|gutted|"
               r"knifed|torched|burned|burnt|beaten|beaten up|smashed|dragged|thrown|run over|decked|skinned|"
               r"chopped|chopped up|cut|strung up|tarred and feathered|castrated|set on fire|locked in|pushed|put down")
# a body part broken, cut off or hit: "break every bone in her face", "get her hands chopped off"
_BODY_EN = (r"bones?|face|faces|teeth|legs?|arms?|neck|jaw|nose|skull|head|fingers?|hands?|knees?|kneecaps?|"
            r"ribs?|throat|spine|back|eyes?")
_BODY_NL = (r"botten|bot|gezicht|smoel|bek|kop|tanden|benen|been|armen|arm|nek|kaak|neus|schedel|hoofd|"
            r"vingers?|handen|hand|knie[eë]n|knieschijven|ribben|keel|rug|ogen|oog")
_HURT_NL_INF = (r"afrossen|aframmelen|aframmelen|in elkaar slaan|in elkaar trappen|in elkaar rammen|trappen|schoppen|steken|neersteken|"
                r"doodsteken|schieten|neerschieten|doodschieten|wurgen|vermoorden|afmaken|kapotmaken|kapot maken|"
                r"verdrinken|vergiftigen|ophangen|opknopen|begraven|verbranden|in brand steken|in de fik steken|"
                r"meppen|rammen|timmeren|slopen|duwen|sleuren|gooien|afhakken|afsnijden|breken|overrijden|"
                r"lynchen|martelen|mishandelen|afranselen|aftuigen|verrot slaan|lens slaan|knock-out slaan")
# Infinitives that hurt only a person: with a thing as their object they are work, sport or cooking ("ik ga deze
# training helemaal slopen", "we gaan de concurrentie afmaken", "calorieën verbranden", "de slingers ophangen").
# Under an intent or a "should" they need a person between the modal and the verb (13t).
_HURT_NL_WEAK = frozenset((
    "trappen", "schoppen", "steken", "schieten", "afmaken", "kapotmaken", "kapot maken", "verdrinken", "ophangen",
    "opknopen", "begraven", "verbranden", "meppen", "rammen", "timmeren", "slopen", "duwen", "sleuren", "gooien",
    "afhakken", "afsnijden", "breken"))
_HURT_NL_INF_STRONG = "|".join(v for v in _HURT_NL_INF.split("|") if v not in _HURT_NL_WEAK)
_HURT_NL_INF_WEAK = "|".join(sorted(_HURT_NL_WEAK, key=len, reverse=True))
_HURT_NL_PP = (r"geslagen|in elkaar geslagen|in elkaar getrapt|getrapt|geschopt|gestoken|neergestoken|doodgestoken|"
               r"neergeschoten|doodgeschoten|gewurgd|vermoord|afgemaakt|kapotgemaakt|verdronken|vergiftigd|"
               r"opgehangen|opgeknoopt|begraven|verbrand|in brand gestoken|gemept|geramd|gesloopt|geduwd|gesleurd|"
               r"gegooid|afgehakt|afgesneden|gebroken|overreden|gelyncht|gemarteld|mishandeld|afgeranseld|"
               r"afgetuigd|verrot geslagen|lens geslagen|gecastreerd|gestenigd")
_HURT_NL_FINITE = (r"sla|slaat|trap|trapt|schop|schopt|steek|steekt|schiet|schiet|wurg|wurgt|vermoord|maak|"
                   r"mep|ram|timmer|sloop|duw|sleur|gooi|hak|breek|brek|rij|martel")
# The writer's intent or wish ("I'm going to", "I'd happily", "someone needs to"): up to two words between,
# none of them a negation ("I'd never hurt you").
_NOT = r"(?!(?:never|not|no|nooit|niet|geen)\b)"
_INTENT_EN = (r"(?:i|we)(?:'ll|'m going to|'m gonna|'re going to|'re gonna| will| shall| am going to| are going to|"
              rf" gonna|'d| would| want to| wanna| could| can't wait to| am gonna| are gonna)(?: {_NOT}\w+){{0,2}}?")
_DEONTIC_EN = (r"(?:someone|somebody|some1|sb|anyone|they|people|you|y'?all|we) (?:should|needs? to|ought to|has to|"
               rf"have to|must|gotta|oughta|better)(?: {_NOT}\w+){{0,2}}?")
# Verbs that hurt a body whatever person is their object; the weaker ones ("beat", "drag", "throw", "burn")
# hurt only with a complement that says how ("down the stairs", "out of his house", "black and blue").
_STRONG_EN = (r"punch|kick|stab|strangle|choke|murder|kill|slap|smack|hurt|batter|bash|maim|cripple|kneecap|"
              r"throttle|lynch|knife|torch|waterboard|beat up|beat the (?:shit|crap|hell) out of|smash (?:his|her|"
              r"their|your|ur) (?:\w+ )?(?:face|head|teeth|skull)|shoot")
_WEAK_EN = r"beat|drag|throw|push|shove|burn|hang|bury|run over|run|drive|deck|break|smash|set fire to|string up"
_HOW_EN = (r"down (?:the|a|some) (?:\w+ )?(?:stairs|steps|well|cliff)|out of (?:his|her|their|your|the) (?:\w+ )?"
           r"(?:house|home|car|bed|office|shop)|off (?:a|the) (?:\w+ )?(?:bridge|roof|cliff|balcony)|under (?:a|the) "
           r"(?:\w+ )?(?:bus|train|truck)|in front of (?:a|the|an) (?:\S+ )?(?:bus|train|tram|truck|lorry)|off the road|off a cliff|behind (?:a|the|his|her|their) (?:\w+ )?"
           r"(?:car|bus|truck)|alive|to death|to a pulp|black and blue|senseless|unconscious|into (?:a|the) (?:river|"
           r"canal|sea|lake)|through (?:a|the) window|with (?:his|her|their) own|up|from a (?:tree|lamppost|bridge)")
_VIOLENCE_EN = LazyPattern(
    # "I'm going to punch that smug barista", "someone needs to throw the new manager down the stairs"
    rf"\b(?:{_INTENT_EN}|{_DEONTIC_EN}) (?:happily |gladly |personally |just |go )?(?:(?:{_STRONG_EN}) "
    rf"{_OBJECT_EN}|(?:{_WEAK_EN}) {_PERSON_EN} (?:\w+ ){{0,2}}"
    rf"(?:{_HOW_EN})\b)|"
    # a body part: "break every bone in her face", "punch (him) in the face"
    rf"\b(?:break|smash|snap|crack|cave in|kick in|bash in|punch|knock out) (?:\w+ ){{0,2}}(?:every|all|both|his|her|"
    rf"their|your|ur) (?:\w+ )?(?:{_BODY_EN})\b|"
    rf"\b(?:{_STRONG_EN}|hit|beat) {_PERSON_EN} in the (?:{_BODY_EN}|gut|balls|mouth)\b|"
    # deserved or due: "deserves a good kicking", "should get her hands chopped off"
    r"\b(?:deserves?|deserved|needs?|earned) (?:a |an )?(?:good |proper |real )?(?:kicking|beating|hiding|thrashing|"
    r"slap|punch|smack|bullet|beatdown|smack in the mouth)\b|"
    rf"\b(?:deserves?|deserved|should|must|needs? to|ought to)(?: to)? (?:all )?(?:be|get) (?:\w+ )?(?:{_HURT_EN_PP})\b|"
    r"\b(?:deserves?|should|must|needs? to|ought to|let's|lets)(?: to)? (?:be |get )?(?:fed|thrown|feed \S+|throw \S+) to "
    r"(?:the )?(?:sharks|lions|dogs|wolves|pigs|crocodiles|alligators|piranhas)\b|"
    rf"\b(?:should|must|needs? to|deserves? to|ought to) (?:get|have) (?:his|her|their|your|ur) (?:\w+ )?"
    rf"(?:{_BODY_EN}) (?:{_HURT_EN_PP}|broken|cut off|chopped off|ripped off|smashed in|kicked in|bashed in)\b|"
    # imperative at the start of the sentence: "Drag the mayor out of his house", "punch him"
    rf"^(?:\w+[,:] )?(?:just |someone |somebody |please |go )?(?:(?:{_STRONG_EN}) {_OBJECT_EN}|(?:{_WEAK_EN}) {_PERSON_EN} (?:\w+ ){{0,2}}"
    rf"(?:{_HOW_EN})\b)|"
    # "I will find you and I will hurt you"
    r"\b(?:i|we)(?:'ll| will|'m going to| am going to| gonna) (?:find|hunt|track) (?:you|him|her|them) (?:down )?"
    r"(?:and|&)\b|"
    # "if I see X again I'll ...": a harm the writer promises on a condition
    rf"\bif (?:i|we) (?:ever )?(?:see|catch|meet|find)\b.{{0,40}}\b(?:i|we)(?:'ll| will| am going to|'m going to| gonna) "
    rf"(?:\w+ )?(?:{_STRONG_EN}|{_WEAK_EN})\b")
_INTENT_NL = rf"(?:ik|we|wij) (?:ga|gaan|zal|zullen|zou|zouden|wil|willen)(?: {_NOT}\w+){{0,5}}?"
_VIOLENCE_NL = LazyPattern(
    # "ik zou mijn baas met liefde wurgen", "ik ga die gast in elkaar slaan"
    rf"\b{_INTENT_NL} (?:{_HURT_NL_INF_STRONG})\b|"
    rf"\b(?:ik|we|wij) (?:ga|gaan|zal|zullen|zou|zouden|wil|willen)(?: {_NOT}\w+){{0,3}}? {_PERSON_NL}(?: {_NOT}\w+){{0,4}}? "
    rf"(?:{_HURT_NL_INF_WEAK})\b|"
    # "ik sla die barista op zijn bek", "breek ik alle botten", "dan maak ik je kapot"
    rf"\b(?:ik|we|wij) (?:{_HURT_NL_FINITE}) {_PERSON_NL}\b(?! (?:een hart|graag|even|op de hoogte|een berichtje|"
    r"een mailtje|uit|binnen|mee|de weg|wegwijs|een handje)\b)|"
    rf"\b(?:{_HURT_NL_FINITE}) (?:ik|we|wij) (?:{_PERSON_NL}|alle|elk|zijn|haar|z'n|d'r|je)\b.{{0,40}}?"
    rf"\b(?:kapot|in elkaar|{_BODY_NL}|dood|neer|lens)\b|"
    rf"\b(?:ik|we|wij) (?:maak|maken) {_PERSON_NL} (?:helemaal )?(?:kapot|af|dood)\b|"
    r"\b(?:gooi|smijt|trap|schop|sla|duw|mik|flikker|sodemieter) (?:ik|we) (?:hem|haar|je|jou|ze) (?:\S+ ){0,2}(?:erachteraan|"
    r"eruit|eroverheen|erover|ertegenaan|eraf|naar beneden|door de ruit|van de trap)\b|"
    # someone should: "iemand moet die nieuwe manager van de trap duwen", "moeten ze haar handen afhakken"
    rf"\b(?:iemand|ze|jullie|we|wij|men) (?:moet|moeten|mag|mogen|zou|zouden)(?: {_NOT}\w+){{0,6}}? (?:{_HURT_NL_INF_STRONG})\b|"
    rf"\b(?:iemand|ze|jullie|we|wij|men) (?:moet|moeten|mag|mogen|zou|zouden)(?: {_NOT}\w+){{0,3}}? {_PERSON_NL}"
    rf"(?: {_NOT}\w+){{0,4}}? (?:{_HURT_NL_INF_WEAK})\b|"
    rf"\b(?:moet|moeten|mogen|mag)(?: \w+){{0,4}} (?:{_BODY_NL}) (?:{_HURT_NL_INF}|eraf hakken|eraf halen)\b|"
    rf"\b(?:moet|moeten|mogen|mag|zou|zouden) (?:ze|we|wij|jullie|men|iemand)(?: {_NOT}\w+){{0,6}}? (?:{_HURT_NL_INF_STRONG})\b|"
    rf"\b(?:moet|moeten|mogen|mag|zou|zouden) (?:ze|we|wij|jullie|men|iemand)(?: {_NOT}\w+){{0,3}}? {_PERSON_NL}"
    rf"(?: {_NOT}\w+){{0,4}}? (?:{_HURT_NL_INF_WEAK})\b|"
    r"\b(?:moet|moeten|mag|mogen|zou|zouden|verdient|verdienen)\b(?: \S+){0,5} voor de (?:haaien|leeuwen|honden|wolven|"
    r"varkens|krokodillen) (?:gooien|werpen|gegooid|geworpen)\b|"
    r"\b(?:legt|leggen|stopt|stoppen|zet|zetten|leg|stop)\b(?: \S+){0,5} onder de grond\b|"
    rf"\b(?:verdient|verdienen|verdiende)\b(?: \w+){{0,2}} (?:een |het )?(?:\w+ ){{0,2}}(?:pak slaag|pak rammel|klap|"
    rf"dreun|mep|kogel|schop|trap|afstraffing|oplawaai|knal|klappen|meppen|dreunen|schoppen|trappen|rammen)\b|"
    rf"\b(?:verdient|verdienen) het (?:om )?(?:\w+ ){{0,6}}(?:{_HURT_NL_PP}) te worden\b|"
    r"\b(?:een |het )?(?:\w+ )?(?:pak slaag|pak rammel|klap|dreun|mep|kogel|schop|trap|tik|oplawaai|knal|klappen|"
    r"meppen) (?:\S+ ){0,4}(?:verdient|verdienen|verdiende)\b|"
    rf"\b(?:{_HURT_NL_PP}) (?:moet|moeten|mag|mogen) (?:worden|te worden)\b|"
    rf"\b(?:moet|moeten|mag|mogen) (?:\w+ ){{0,6}}(?:{_HURT_NL_PP}) (?:worden|te worden)\b|"
    # imperative: "Sleur die burgemeester zijn huis uit", "sla hem"
    rf"^(?:\w+[,:] )?(?:sleur|sla|schop|trap|steek|wurg|verbrand|mep) {_PERSON_NL}\b(?! (?:een "
    r"berichtje|een mailtje|op de hoogte|maar|over)\b)|"
    rf"\b(?:breek|brak|breekt) (?:ik |we )?(?:alle|elk|zijn|haar|z'n|d'r|je|jouw|hun) (?:\w+ )?(?:{_BODY_NL})\b|"
    r"\b(?:ik|we|wij) (?:vind|vinden|krijg|krijgen|pak|pakken) (?:je|jou|hem|haar|jullie) (?:wel |nog wel |heus )?"
    r"(?:en|te pakken)\b|\bop (?:zijn|haar|z'n|d'r|je|hun) (?:bek|smoel|muil|kop|donder|sodemieter) "
    r"(?:slaan|geven|meppen|timmeren|rammen|trappen)\b")

# A body part of someone's hurt, in either order, with a word of wish, intent or the future anywhere in the
# sentence: "rip his throat out", "get his head kicked in", "I hope your hands get broken", "trek ik zijn keel
# eruit", "zijn kop ingetrapt". "Back" and "heart" are left out ("break your back" is hard work).
_BODY_HARM_BODY = (r"teeth|throat|neck|jaw|nose|skull|head|face|legs?|arms?|hands|fingers|kneecaps|knees|ribs|spine|"
                   r"eyes|tongue|guts|tanden|keel|nek|kaak|neus|schedel|kop|hoofd|gezicht|smoel|bek|benen|armen|"
                   r"handen|vingers|knieschijven|knie[eë]n|ribben|ruggengraat|ogen|tong|darmen")
_BODY_HARM_POSS = r"(?:his|her|their|your|ur|zijn|z'n|haar|d'r|hun|je|jouw)"
_BODY_HARM = LazyPattern(
    rf"\b(?:rip|rips|ripping|tear|tears|pull|pulls|kick|kicks|kicking|smash|smashes|smashing|bash|bashing|cave|"
    rf"punch|break|breaks|breaking|snap|snapping|cut|chop|slit|gouge|stamp|stomp|crush|twist|trek|ruk|trap|sla|breek|"
    rf"snij|hak|ram|mep|knal)\b(?: \S+){{0,3}} {_BODY_HARM_POSS} (?:\S+ )?(?:{_BODY_HARM_BODY})\b|"
    rf"\b{_BODY_HARM_POSS} (?:\S+ )?(?:{_BODY_HARM_BODY})\b(?: \S+){{0,3}} (?:kicked|smashed|bashed|caved|punched|"
    rf"broken|snapped|cut|chopped|slit|gouged|stamped|stomped|crushed|ripped|torn|pulled|twisted|get broken|"
    rf"ingetrapt|ingeslagen|ingebeukt|gebroken|breken|afgehakt|afgesneden|doorgesneden|eruit getrokken|"
    rf"kapotgeslagen|kapot geslagen|verbrijzeld|geplet)\b")
_BODY_HARM_WORDS = frozenset((
    "rip rips ripping tear tears pull pulls kick kicks kicking smash smashes smashing bash bashing cave punch break "
    "breaks breaking snap snapping cut chop slit gouge stamp stomp crush twist trek ruk trap sla breek snij hak ram "
    "mep knal kicked smashed bashed caved punched broken snapped chopped gouged stamped stomped crushed ripped torn "
    "pulled twisted ingetrapt ingeslagen ingebeukt gebroken breken afgehakt afgesneden doorgesneden getrokken "
    "kapotgeslagen geslagen verbrijzeld geplet").split())
_WISH = frozenset((
    "should must ought hope hoping wish gonna will i'll we'll he'll she'll you'll they'll going deserve deserves "
    "need needs let i'd we'd would want swear days moet moeten zou zouden hoop hopen wens ga gaat gaan zal zullen "
    "krijgt krijg binnenkort straks verdient verdienen zweer wil willen").split())
_NEGATED = LazyPattern(r"\b(?:never|not|no one|nobody|niet|nooit|niemand|geen)\b|n't\b")
# "That influencer should just go hang herself", "die moet zichzelf gewoon ophangen", "kys"
_SELF_HARM = LazyPattern(
    r"\b(?:should|needs? to|ought to|must|can|could|better|go|just|pls|please)(?: \w+){0,2} (?:hang|kill|shoot|drown|"
    r"off|unalive|end) (?:himself|herself|themselves|yourself|urself|yourselves)\b|\bkys\b|"
    r"\b(?:moet|moeten|kan|kunnen|mag|mogen|zou|zouden|ga|gaat)(?: \w+){0,3} (?:zichzelf|jezelf|zich) (?:\w+ )?"
    r"(?:ophangen|opknopen|doodschieten|verdrinken|van kant maken|voor de trein gooien|iets aandoen)\b")
# "I'd love five minutes alone with that cyclist and a cricket bat", "geef mij vijf minuten met hem en een knuppel"
_WEAPON = (r"bat|baseball bat|cricket bat|knife|gun|crowbar|hammer|machete|axe|brick|golf club|tyre iron|tire iron|"
           r"pipe|chainsaw|knuppel|honkbalknuppel|mes|pistool|koevoet|hamer|bijl|machete|baksteen|golfclub|kettingzaag")
_ALONE_WITH = LazyPattern(
    rf"\b(?:alone with|minutes with|(?:a|one) room with|five minutes|ten minutes|alleen met|minuten met|minuutjes met)\b"
    rf".{{0,50}}\b(?:a|an|my|een|mijn) (?:\w+ )?(?:{_WEAPON})\b")
# "Somebody ought to teach that landlord a lesson he won't walk away from"
_LESSON = LazyPattern(
    rf"\b(?:{_DEONTIC_EN}|{_INTENT_EN}) (?:teach|give) (?:him|her|them|{_DET_EN} (?:\w+ ){{0,2}}?(?:{_ROLE_EN})) "
    r"a (?:\w+ )?lesson\b|"
    rf"\b(?:iemand|ze|we|wij|ik) (?:moet|moeten|zal|zullen|ga|gaan|zou|zouden)(?: \w+){{0,4}} (?:een )?(?:lesje|les) "
    r"(?:\w+ )?(?:leren|geven)\b(?= (?:waar|dat|die)\b| \S*$)")
_ESCALATION = LazyPattern(r"\b(?:next time|volgende keer)\b.{0,20}\b(?:it won'?t be|it will not be|blijft het niet bij|"
                         r"is het niet)\b.{0,10}\b(?:words|talk|talking|a warning|woorden|praten|een waarschuwing)\b")

_OTHER_VIOLENCE = (
    (frozenset("himself herself themselves yourself urself yourselves kys zichzelf jezelf zich".split()), _SELF_HARM),
    (frozenset("alone minutes room alleen minuten minuutjes".split()), _ALONE_WITH),
    (frozenset("lesson lesje les".split()), _LESSON),
    (frozenset("next volgende".split()), _ESCALATION),
)
# A harm wished on someone: "I hope the bus driver gets hit by his own bus", "ik hoop dat hij onder een bus komt"
_WISHED = LazyPattern(
    r"\b(?:hope|wish|pray)\b(?! for\b)(?: that)? (?:\S+ ){0,8}?(?:gets?|is|are|will get|"
    r"gonna get)? ?(?:hit by (?:a|an|his|her|their|the) (?:\w+ )?(?:bus|train|car|truck|lorry|tram)|run over|killed|"
    r"stabbed|shot|mugged|beaten|hurt|crippled|paralysed|paralyzed|maimed|cancer|aids|a stroke|a heart attack)\b|"
    r"\b(?:hope|wish|pray)\b(?! for\b)(?: that)? (?:he|she|they|you|u|that \w+|the \w+|"
    r"your \w+|my \w+)(?: \S+){0,6}? (?:dies|die|chokes|choke|burns|burn|rots|rot|drowns|drown|crashes|crash|suffers|"
    r"suffer|breaks (?:his|her|their) neck|falls down the stairs)\b(?! (?:down|off|out|of laughter|with laughter)\b)|"
    r"\b(?:hope|wish)\b(?! for\b)(?: that)? (?:\S+ ){0,4}?(?:kids|children|son|daughter|family) (?:\w+ ){0,2}grow up without "
    r"(?:a |their )?(?:dad|father|mum|mom|mother|parents)\b|"
    r"\b(?:hoop|hopen|wens)\b(?: dat)? (?:\S+ ){0,4}?(?:kinderen|kids|zoon|dochter) (?:\w+ ){0,2}zonder (?:vader|moeder|"
    r"ouders) (?:opgroeien|opgroeit|moeten opgroeien)\b|"
    r"\b(?:hoop|hopen|wens|wensen|bid|bidden)\b(?! voor\b)(?: dat)? (?:\S+ ){0,8}?(?:onder een (?:bus|trein|auto|tram|"
    r"vrachtwagen) (?:komt|belandt|terechtkomt)|doodgaat|doodgaan|sterft|sterven|verrekt|creperen|crepeert|"
    r"kanker krijgt|verongelukt|stikt|stikken|verzuipt|verbrandt|wegrot|van de trap (?:valt|kukelt)|de trap af "
    r"(?:dondert|valt|kukelt|flikkert|lazert|sodemietert|mietert)|in elkaar "
    r"(?:wordt|gaat) geslagen|wordt (?:neergestoken|neergeschoten|overreden|aangereden|mishandeld|vermoord))\b|"
    r"\b(?:rot in hell|burn in hell|may (?:he|she|they|you) (?:rot|burn|die|suffer)|rot maar op in de hel|brand in de hel)\b")
_WISHED_WORDS = frozenset("hope wish pray hoop hopen wens wensen rot burn hel".split())

# A weapon emoji after a person's harm-free future: "Neighbour won't be barking for long 🔪", "blaft binnenkort niet meer 🔪"
_WEAPON_EMOJI = LazyPattern("[\U0001F52A\U0001F52B\U0001F4A3\U0001FA93\u26B0\u2620\U0001F480]")
_NO_FUTURE = LazyPattern(r"\b(?:won'?t|will not|wont) be \w+(?:ing)? (?:for long|much longer|anymore|any more|again)\b|"
                        r"\b(?:binnenkort|straks|snel|morgen) (?:\w+ )?niet meer\b|\bniet lang meer\b|\bnot for long\b")
# Someone's things attacked on a wish or an order: "needs a brick through their window", "somebody key that
# influencer's Tesla", "iemand moet de Tesla van die influencer bekrassen"
_PROPERTY = LazyPattern(
    r"\b(?:needs?|deserves?|should get|could use) (?:a )?(?:brick|rock|stone) through (?:their|his|her|your|the) "
    r"(?:\w+ )?windows?\b|"
    rf"\b(?:{_DEONTIC_EN}|{_INTENT_EN}|(?:somebody|someone|some1|sb)(?: please| pls| just| go)?) (?:key|slash|smash|torch|burn down|egg|brick) (?:that |the |his |her |their |your )"
    r"(?:\S+ ){0,2}?(?:car|tesla|tyres|tires|windows?|house|shop|door|bike|van)\b|"
    r"\b(?:verdient|verdienen|moet|moeten|mag) (?:\S+ ){0,3}(?:een )?(?:baksteen|steen|kei) door (?:de|zijn|haar|hun) ruit\b|"
    r"\b(?:i'?m|i am|i'll|i will|we'll|we will|we'?re|gonna|going to) (?:\w+ )?(?:set|setting|torch|torching|burn|burning) "
    r"(?:down )?(?:his|her|their|your|ur|that|the) (?:\S+ ){0,2}?(?:car|house|shop|van|bike|office|garage|shed)"
    r"(?: on fire| down| to the ground)?\b|"
    r"\b(?:steek|steken|zet|zetten) (?:ik|we|wij) (?:zijn|haar|hun|je|jouw|die|dat|de) (?:\S+ ){0,2}?(?:auto|huis|winkel|"
    r"busje|fiets|kantoor|garage|schuur) in (?:de fik|brand|lichterlaaie)\b|"
    r"\b(?:ik|we|wij) (?:steek|steken|zet|zetten|ga|gaan) (?:zijn|haar|hun|je|jouw|die|dat|de) (?:\S+ ){0,2}?(?:auto|huis|"
    r"winkel|busje|fiets|kantoor|garage|schuur) (?:\w+ )?in (?:de fik|brand|lichterlaaie)\b|"
    r"\b(?:iemand|ze|we|wij|ik) (?:moet|moeten|mag|mogen|zou|zouden|ga|gaan)(?: \S+){0,6} (?:bekrassen|lek steken|lekprikken|"
    r"ingooien|in de fik steken|afbranden|platbranden)\b|"
    # wrecking needs someone's property: "ik ga deze training slopen" is a workout (13t)
    r"\b(?:iemand|ze|we|wij|ik) (?:moet|moeten|mag|mogen|zou|zouden|ga|gaan)(?: \S+){0,3} (?:zijn|haar|hun|je|jouw|die|dat) "
    r"(?:\S+ )?(?:auto|huis|winkel|busje|fiets|kantoor|garage|schuur|ruiten|ramen|deur|tesla|zaak|zaakje|banden)"
    r"(?: \S+){0,2} (?:slopen|vernielen)\b")
_PROPERTY_WORDS = frozenset("set setting torching burning fik brand lichterlaaie brick rock stone key slash smash torch egg burn baksteen steen kei bekrassen lek lekprikken "
                            "ingooien fik afbranden platbranden slopen vernielen".split())

# --- injury or damage foretold -----------------------------------------------------------------
_INJURY_EN = LazyPattern(
    # "she'll be leaving in an ambulance", "he'll end up in hospital", "won't be walking for a while"
    r"\b(?:will|'ll|gonna|going to|is going to|are going to)(?: be)? (?:\w+ ){0,2}(?:in an ambulance|in a body bag|"
    r"in (?:the )?hospital|in a wheelchair|in (?:a|the) (?:coffin|grave|morgue|ground|river|boot|trunk))\b|"
    r"\b(?:end\w* up|wind\w* up|wake\w* up) (?:\w+ ){0,2}(?:in a (?:ditch|canal|river|dumpster|skip|shallow grave)|"
    r"face down)\b|"
    r"\b(?:he|she|you|they|u)(?:'s| is|'re| are) (?:a )?dead (?:man|woman|meat)\b|"
    r"\b(?:leav\w+|go\w* home|end\w* up) (?:\w+ ){0,2}(?:in an ambulance|in a body bag|in pieces|in a wheelchair|"
    r"on a stretcher|without (?:\w+ )?(?:teeth|legs|kneecaps|fingers|face|tyres|tires))\b|"
    r"\b(?:lose|lost|losing|loses) (?:\w+ ){0,4}(?:teeth|kneecaps|fingers|legs|an eye|their face|his face|her face)\b|"
    r"\b(?:he|she|they|you|u|ya|y'?all|ur ass)\s+won'?t be (?:smiling|laughing|walking|talking|breathing|around|so brave|"
    r"so cocky|so smug|so mouthy)"   # a person's, not an offer's ("Hurry, it won't be around for long!")
    r" (?:\w+ )?(?:much longer|for long|for much longer|long|again|after)\b|"
    r"\b(?:what'?s|what is) coming to (?:him|her|them|you|ya)\b|"
    r"\b(?:is|are|'s|'re)(?: \w+)? going to have (?:a |an )?(?:\w+ ){0,3}(?:accident|fall|fire)\b|"
    r"\b(?:he|she|you|they|u)(?:'ll| will| is going to|'s going to| are going to| gonna) (?:\w+ )?need (?:a |an )?(?:new )?"
    r"(?:dentist|surgeon|new face|new teeth|new kneecaps|plastic surgery|wheelchair|ambulance|priest|coffin)\b|"
    r"\b(?:eat|eats|eating|drink|drinking|sip|sipping) (?:\w+ ){0,2}through a straw\b|"
    r"\b(?:pick|picks|picking|pick up|picking up|sweep|sweeping|sweeps|collect|collecting|gather|gathering) (?:up )?"
    r"(?:his|her|your|ur|their) teeth\b|"
    r"\b(?:enjoy|enjoying)\b.{0,40}\bwhile (?:it|he|she|you|they|u) (?:still )?(?:has|have|can|is|are)(?: \w+)? "
    r"(?:\w+ )?(?:tyres|tires|wheels|windows|teeth|legs|kneecaps|face|paint)\b|"
    r"\b(?:reason|why) (?:god|they|someone) (?:invented|made) (?:hammers|baseball bats|bats|knives|crowbars|guns)\b|"
    # "I'll make sure Karen never walks again", "he won't make it to Christmas" (12p)
    r"\b(?:make sure|see to it|making sure)\b (?:that )?(?:\S+ ){1,3}?(?:never|won'?t ever) (?:\S+ )?(?:walks?|talks?|sees?|"
    r"works?|walk|talk|see|breathe|breathes|smiles?)(?: straight| properly| normally)? again\b|"
    r"\b(?:he|she|him|her|they|you|u)(?: will| is)? (?:won'?t|will not|isn'?t going to|is not going to|ain'?t gonna) "
    r"(?:make it|live|last|survive) (?:to|till|until|through|past) (?:christmas|the weekend|the summer|new year|his birthday|"
    r"her birthday|next week|the end of the \w+|friday|monday|the match|the morning)\b|"
    r"\b(?:hit|punch|smack|kick) (?:him|her|them|you) so hard (?:that )?(?:he|she|they|you)\b|"
    r"\b(?:burns?|burning|burnt|burn down|burns down|on fire|torch\w*|set fire)\b.{0,40}\bwith (?:him|her|them|you) "
    r"(?:still )?(?:inside|in it|in there)\b|"
    r"\b(?:wait|waiting) for (?:him|her|them|you) (?:\S+ ){0,4}with (?:a|an|my|some) (?:\w+ )?(?:bat|baseball bat|crowbar|knife|"
    r"hammer|machete|axe|iron bar)\b")
_INJURY_NL = LazyPattern(
    r"\b(?:met de ambulance|in een ambulance|per ambulance|in het ziekenhuis|in een rolstoel|in een lijkzak|"
    r"in een kist|in stukken|zonder (?:\w+ )?(?:tanden|benen|knieschijven|vingers|gezicht|banden))\b"
    r"(?= ?(?:naar huis|terecht|belanden|vertrekken|weg|eruit|weggaan|wegrijden|rijden|liggen|thuis|$|[.,!;]))|"
    r"\b(?:gaat|gaan|rijdt|rijden|komt|komen|vertrekt|vertrekken|belandt|belanden|ligt|liggen)\b(?: \w+){0,3} "
    r"(?:met de ambulance|in het ziekenhuis|in een rolstoel|in een kist|zonder (?:\w+ )?(?:tanden|benen|banden))\b|"
    r"\b(?:raken|raakt|verliezen|verliest|kwijt)\b(?: \w+){0,6} (?:tanden|knieschijven|vingers|ogen)\b|"
    r"\b(?:tanden|knieschijven|vingers)\b(?: \w+){0,2} kwijt\b|"
    r"\b(?:lang|veel langer) (?:zal|zul|zullen) (?:je|jij|hij|ze|zij) niet meer (?:lachen|lopen|praten|grijnzen)\b|"
    r"\b(?:zal|zul|zult|zullen|gaat|gaan) (?:je|jij|hij|ze|zij) niet lang meer (?:lachen|lopen|praten|grijnzen)\b|"
    r"\bkrijgt (?:\w+ ){0,4}(?:wel |nog wel )?wat (?:hij|ze|zij|je) verdient\b|"
    r"\b(?:krijgt|krijgen|gaat|gaan) (?:\w+ ){0,3}(?:een )?(?:heel |zeer |flink )?(?:vervelend |naar |ernstig |lelijk )?"
    r"(?:ongelukje|ongeluk)\b(?! (?:verzekering|dekking))|"
    r"\bde reden dat (?:hamers|honkbalknuppels|knuppels|messen) bestaan\b|"
    r"\b(?:eindigt|eindigen|belandt|belanden|ligt|liggen) (?:\w+ ){0,2}(?:in een|in de|op de bodem van (?:een|de)) "
    r"(?:sloot|gracht|kanaal|rivier|container|greppel|ondiep graf)\b|"
    r"\b(?:hij|ze|zij|je|jij) (?:is|bent) (?:een )?(?:dode man|dode vrouw|dood vlees|er geweest)\b|"
    r"\b(?:een )?dode man is\b|"
    r"\bdoor een rietje (?:eten|eet|drinken|drinkt)\b|\b(?:eet|eten|drinkt|drinken)\b(?: \S+){0,3} door een rietje\b|"
    r"\b(?:raapt|rapen|raap|zoekt|zoeken) (?:hij |ze |zij |je )?(?:zijn|haar|je|jouw|hun) tanden\b|"
    r"\b(?:zijn|haar|je|jouw|hun) tanden (?:bij elkaar|van de (?:grond|vloer|straat|stoep)) (?:\w+ )?(?:vegen|rapen|zoeken|"
    r"schrapen)\b|"
    r"\b(?:geniet|genieten)\b.{0,40}\bzolang (?:hij|het|ze|zij|je|jij) (?:nog )?(?:\w+ )?(?:banden|wielen|ruiten|tanden|"
    r"benen|knieschijven|lak|gezicht)\b|"
    r"\b(?:heeft|hebben|heb) (?:hij|ze|zij|je|jij) (?:\w+ )?(?:straks |binnenkort |zo )?(?:een )?(?:nieuwe )?(?:tandarts|"
    r"chirurg|nieuw gebit|rolstoel|ambulance|nieuwe knieschijven) nodig\b|"
    # "ik ga ervoor zorgen dat Rob nooit meer kan lopen", "Ruud haalt de kerst niet" (12p)
    r"\b(?:zorg|zorgen|ervoor zorgen|ervoor zorg|zorg ervoor|zorgen ervoor|zorg er wel voor) dat (?:\S+ ){1,3}?nooit meer (?:kan |kunt |zal |zult |kunnen |zullen )?(?:lopen|praten|zien|"
    r"werken|ademen|lachen|loopt|praat|ziet|werkt)\b|"
    r"\b(?:hij|ze|zij|hem|haar|jij|je) (?:haalt|haal|zal|gaat) (?:\w+ )?(?:de kerst|het weekend|de zomer|oud en nieuw|zijn "
    r"verjaardag|haar verjaardag|volgende week|vrijdag|maandag|de ochtend|het einde van \w+)(?: niet| halen niet| niet halen)\b|"
    r"\bzo hard (?:raken|slaan|meppen|trappen|schoppen|timmeren) dat (?:hij|ze|zij|je)\b|"
    r"\b(?:fik|brand|vlammen|afbrandt|afbranden)\b.{0,40}\bmet (?:hem|haar|ze|jou|hen) (?:er )?(?:nog )?(?:erin|binnen)\b|"
    r"\b(?:opwachten|opwacht|opwachtten|opgewacht|te grazen nemen)\b.{0,30}\bmet (?:een|zijn|mijn|een paar) (?:\w+ )?"
    r"(?:knuppel|knuppels|mes|messen|honkbalknuppel|bijl|hamer|pistool|ijzeren staaf)\b|"
    r"\bde stekker uit (?:die |dat )?(?:hem|haar)\b")

# --- veiled threats: frames ----------------------------------------------------------------------
_DAMAGE_EN = (r"smashed|broken|burned|burnt|burned down|caught fire|went up in flames|scratched|keyed|slashed|damaged|"
              r"vandali[sz]ed|wrecked|trashed|torched|got hurt|hurt|happened|went missing|disappeared|found out|"
              r"had an accident|fell|broke|burn|burns|got lost|ended up|were to happen|was to happen")
_DAMAGE_NL = (r"bekrast|kapot|gebroken|afbrand\w*|in brand|in de fik|vernield|ingegooid|lek|beschadigd|"
              r"iets (?:overkomt|gebeurt|zou gebeuren|overkwam)|verdwijnt|verdween|kwijtraakt|ontploft|gesloopt|"
              r"opgeblazen|gejat|gestolen|iets aan|iets mee|een ongelukje|een ongeluk")
# Selling lines built on the same frames ("shame if your screen got smashed: get a case").
_SELLING = LazyPattern(r"\b(?:that'?s why|which is why|so (?:get|grab|make sure|protect|book|order)|insurance|insured|"
                      r"cover(?:ed|age)?|warranty|guarantee|case|protector|protect\w*|sale|discount|offer|deals?(?! with\b)|"
                      r"order now|book now|miss (?:out|this|it)|daarom|actie|verzeker\w*|dekking|garantie|"
                      r"bescherm\w*|hoesje|bestel\w*|korting|aanbieding|mist|missen|mis\b|\d+ ?%)")
# Each veiled-threat frame with the words without which it cannot match (checked against the sentence's
# word set first: most sentences run none of these patterns).
_VEILED = tuple((frozenset(needs.split()), LazyPattern(regex)) for needs, regex in (
    # "would be a real shame if the windows got smashed", "zou zonde zijn als de lak ineens bekrast raakt"
    ("shame pity zonde jammer",
     r"\bshame about (?:all )?(?:those|the|these) (?:break-?ins|burglaries|fires|accidents|smashed windows)\b|"
     r"\b(?:zonde|jammer) van (?:al )?(?:die|de|alle|deze) (?:inbraken|brandjes|branden|ongelukken|vernielingen|"
     r"ingegooide ruiten)\b|"
     rf"\b(?:shame|pity)\b(?: \w+){{0,2}} if (?:\w+ ){{1,5}}(?:{_DAMAGE_EN})\b|"
     rf"\b(?:zonde|jammer)\b(?: \w+){{0,3}} als (?:\S+ ){{1,6}}(?:{_DAMAGE_NL})\b"),
    # "better hope we never meet in the car park", "mag hopen dat ik hem niet tegenkom", "hope your brakes work"
    ("hope pray hopen hoop bid bidden",
     r"(?:\b(?:better|'d better|had better|should)|(?:^|\W)(?:u|you)? ?(?:better)) (?:hope|pray) (?:that )?(?:i|we|they|"
     r"nobody|no one|he|she)\b.{0,30}"
     r"\b(?:meet|see|run into|bump into|find|catch|recogni[sz]e|finds?|sees?|catches)\b|"
     r"(?:\b(?:mag|mogen|moet|moeten|kan|kunnen)(?: \w+){0,2} hopen|(?:^|\W)(?:bid|hoop|bidden)(?: maar| jij| je)?) dat "
     r"(?:ik|we|wij|niemand|ze|hij)\b.{0,40}"
     r"\b(?:tegenkom\w*|zie|zien|vind|vinden|te pakken|tegen het lijf|treffen|tref)\b|"
     r"\bhope (?:your|ur|his|her|their) (?:\w+ )?(?:brakes|tyres|tires|locks?|smoke alarms?|fire alarms?|alarm) "
     r"(?:still |actually )?(?:work|are working|hold|holds|are ok|are okay)\b|"
     r"\bhoop (?:dat )?(?:je|jouw|zijn|haar|hun) (?:\w+ )?(?:remmen|banden|sloten?|rookmelders?|alarm) (?:\w+ )?"
     r"(?:werken|het doen|houden|goed zijn)\b"),
    # "keep posting about me and see what happens", "blijf maar posten, dan merk je vanzelf wat er gebeurt"
    ("happens way gebeurt komt afloopt",
     r"\b(?:keep|one more|try that again|do that again|again|say that again|once more)\b.{0,60}\b(?:and|or)\b"
     r"(?: \w+){0,2} (?:see|find out|learn|will see|'ll see|'ll find out|will find out) (?:what happens|the hard way)\b|"
     r"\b(?:blijf|blijft|nog (?:één|een) (?:keer|klacht|woord|review|bericht)|nog een keer|doe dat nog eens)\b.{0,60}"
     r"\b(?:dan|en)\b(?: \w+){0,2} (?:merk|zie|ziet|zul|zult|ga|gaat)\b(?: \w+){0,3} (?:wat er (?:van komt|gebeurt)|"
     r"hoe dat afloopt)\b"),
    # "lucky I didn't catch him alone", "mag blij zijn dat ik hem niet alleen tegenkwam"
    ("lucky luck blij geluk",
     r"\b(?:lucky|luck)\b.{0,20}\b(?:i|we) (?:didn'?t|did not|never|haven'?t) (?:\w+ )?(?:catch|see|meet|find|run into|get)\b|"
     r"\b(?:blij (?:zijn|wezen|mag zijn)|geluk (?:hebben|heeft|gehad))\b.{0,20}\b(?:ik|we|wij) (?:\S+ ){0,4}(?:niet|nooit) "
     r"(?:\S+ ){0,3}(?:tegenkwam|tegenkwamen|zag|zagen|vond|vonden|te pakken kreeg|te pakken kregen)\b"),
    # "you won't like what happens if I see you at the match"
    ("like leuk",
     r"\b(?:won'?t|will not|wont|not going to|aren'?t going to) like what happens\b.{0,20}\bif (?:i|we) (?:ever )?(?:see|catch|"
     r"meet|find)\b|\bniet leuk (?:vinden|vindt) wat er gebeurt\b.{0,20}\bals (?:ik|we) (?:je|jou|hem|haar) (?:\w+ ){0,5}"
     r"(?:zie|zien|tegenkom|tegenkomen|vind|pak)\b"),
    # "I know which gym your boyfriend goes to", "ik weet op welke sportschool je vriendje zit"
    ("which where when welke waar wanneer",
     r"\b(?:i|we)(?:'ll| will)? (?:know|found|have found|found out|have|remember) (?:exactly )?(?:\w+ ){0,4}?"
     r"(?:which|what|where|when) "
     r"(?:\w+ ){0,3}(?:your|ur|his|her|you|he|she|they)\b(?! (?:order|parcel|package|delivery|booking|tickets?|refund|account|payment|"
     r"size|favourite|favorite)\b)(?=.{0,40}\b(?:gym|school|street|house|home|car|work|office|route|bus|train|"
     r"lives?|live|sleeps?|parks?|goes|go|walks?|drives?|kids|children|daughter|son|wife|husband|boyfriend|"
     r"girlfriend|mum|mom|mother|parents|family|dog)\b)|"
     r"\b(?:ik|we|wij) (?:weet|weten|onthoud|onthouden) (?:precies |heus |allang |ook )?(?:\w+ ){0,4}?(?:op |in |bij )?"
     r"(?:welke|waar|"
     r"wanneer|hoe laat) (?:\w+ ){0,3}(?:je|jouw|jullie|zijn|haar|hun|hij|ze|zij)\b(?! (?:bestelling|pakket|pakketje|zending|order|levering|"
     r"tickets?|boeking|betaling|account|maat)\b)(?=.{0,40}\b(?:sportschool|school|straat|huis|woont|wonen|auto|"
     r"werk|werkt|kantoor|route|bus|trein|slaapt|parkeert|loopt|rijdt|kinderen|kids|dochter|zoon|vrouw|man|"
     r"vriendje|vriendin|vriend|moeder|ouders|gezin|hond|zit|zitten|traint)\b)"),
    # "we know your kids walk to school past the park", "we weten dat je kinderen langs het park naar school lopen"
    ("know weet weten",
     r"\b(?:i|we) know (?:that )?(?:your|ur|his|her) (?:\w+ )?(?:kids|children|daughter|son|wife|husband|girlfriend|"
     r"boyfriend|mum|mom|family)\b (?:\w+ ){0,2}(?:walks?|goes|go|leaves?|comes? home|takes? the|gets? off|is alone|"
     r"are alone|sleeps?|plays? outside)\b|"
     r"\b(?:ik|we|wij) (?:weet|weten) (?:dat |precies )?(?:je|jouw|zijn|haar) (?:\w+ )?(?:kinderen|kids|dochter|zoon|"
     r"vrouw|man|vriendin|vriend|moeder|gezin)\b.{0,40}\b(?:naar school|alleen|lopen|loopt|fietsen|fietst|slapen|slaapt|"
     r"thuiskomt|thuiskomen)\b"),
    # "we have your address from the booking"
    ("address adres huisadres",
     r"\b(?:i|we) (?:have|got|know) (?:your|ur|his|her|their) (?:home )?address\b(?=.{0,40}\b(?:from|so|and|"
     r"just saying|remember)\b)(?!.{0,80}\b(?:booking|order|account|deliver\w*|parcel|package|replacement|ship\w*|"
     r"sent|send|post|invoice|refund|card|courier|voucher)\b)|"
     r"\b(?:ik|we|wij) (?:hebben|heb|weten|weet) (?:je|jouw|zijn|haar|hun) (?:huis)?adres\b(?=.{0,40}\b(?:van|dus|"
     r"en|onthoud)\b)(?!.{0,80}\b(?:boeking|bestelling|order|account|levering|pakket\w*|vervanging|verstuurd|"
     r"verzonden|versturen|sturen|gestuurd|opgestuurd|factuur|terugbetaling|pas|bezorg\w*|koerier|tegoedbon)\b)"),
    # "say hi to your daughter for me", "doe de groeten aan je dochter"
    ("hi hello regards groeten",
     r"\b(?:say hi|say hello|give my (?:best |regards|love)|send my (?:regards|love|best)) (?:to )?(?:your|ur) "
     r"(?:daughter|son|kids|children|wife|husband|mum|mom|mother|family|girlfriend|boyfriend)\b(?= for me|.{0,60}"
     r"\b(?:alone|at night|tuesdays?|mondays?|every day|walks?|school)\b)|"
     r"\b(?:doe de groeten|de groeten) aan (?:je|jouw) (?:dochter|zoon|kinderen|vrouw|man|moeder|vriendin|vriend|"
     r"gezin)\b"),
    # "should be careful walking to his car at night", "moet 's avonds maar goed om zich heen kijken"
    ("careful watch shoulder kijken passen uitkijken oppassen opletten",
     r"\b(?:should|better|had better|'d better|needs? to|must) (?:be (?:\w+ )?careful|watch (?:out|(?:his|her|their|"
     r"your|ur) (?:step|back))|look over (?:his|her|their|your) shoulder)\b.{0,40}\b(?:walking|alone|at night|"
     r"in the dark|car park|parking|on (?:his|her|their|your) way home|going home|after (?:dark|work|the match))\b|"
     r"\b(?:moet|moeten|kan|kunnen)(?: \S+){0,4} (?:goed |beter )?(?:om (?:zich|je) heen kijken|over (?:zijn|haar|je) "
     r"schouder kijken|op (?:zijn|haar|je) tellen passen|uitkijken|oppassen|opletten)\b.{0,40}(?:\balleen|"
     r"(?<!\w)'s avonds|(?<!\w)'s nachts|\bin het donker|\bop weg naar huis|\bnaar huis|\bparkeerplaats|"
     r"\bna de wedstrijd|\bna het werk)\b|"
     r"\b(?:uitkijken|oppassen|opletten|goed nadenken)\b.{0,10}\bwaar (?:hij|ze|zij|je) (?:\S+ ){0,4}(?:parkeert|woont|"
     r"loopt|slaapt|fietst)\b|\b(?:careful|watch out|watch)\b.{0,10}\bwhere (?:he|she|you|they) (?:parks|lives|walks|goes|"
     r"sleeps)\b|"
     r"(?:(?<!\w)'s avonds|(?<!\w)'s nachts|\bin het donker|\bop weg naar huis)\b.{0,30}\b(?:om (?:zich|je) heen "
     r"kijken|over (?:zijn|haar|je) schouder kijken|uitkijken|oppassen)\b"),
    # "funny how fires start in old sheds like his", "raar hoe snel zo'n oude schuur kan afbranden"
    ("funny strange weird amazing raar gek grappig bijzonder vreemd",
     r"\b(?:funny|strange|weird|amazing|shame) how (?:\S+ ){0,4}(?:fires?|accidents?|things? (?:break|burn|catch "
     r"fire|go missing|happen)|cars? (?:get|break)|windows? (?:get|break))\b|"
     r"\b(?:raar|gek|grappig|bijzonder|vreemd) hoe (?:\S+ ){0,5}(?:afbrand\w*|in brand|in de fik|ongelukken|"
     r"kapot|verdwijn\w*|vlam vat\w*)\b"),
    # "we know your route home", "we kennen je route naar huis" (12p)
    ("know knew kennen ken weten weet",
     r"\b(?:i|we) (?:know|knew|'ve learned|have learned) (?:\w+ ){0,2}(?:your|ur|his|her|their) (?:\w+ )?(?:route|walk) "
     r"(?:home|to (?:work|school))\b|"
     r"\b(?:ik|we|wij) (?:ken|kennen|weet|weten) (?:\w+ ){0,2}(?:je|jouw|zijn|haar|hun) (?:\w+ )?(?:route|weg|looproute|fietsroute) "
     r"(?:naar huis|naar je werk|naar school)\b"),
    # "delete it or we'll deal with you ourselves", "haal het weg of we regelen het zelf met je" (12p)
    ("deal regelen regel",
     r"\bor (?:else )?(?:we'?ll|we will|i'?ll|i will|my mates will|the lads will) deal with (?:you|him|her|them) "
     r"(?:ourselves|myself|personally|in person|our way|my way)\b|"
     r"\bof (?:we|ik|wij) (?:regelen|regel) het (?:zelf|persoonlijk|op onze manier|op mijn manier) (?:met (?:je|jou|hem|haar))?"),
    # "her silence would be good for her health", "zwijgen is goed voor haar gezondheid" (12p)
    ("health gezondheid",
     r"\b(?:silence|quiet|staying (?:away|quiet|home)|keeping (?:quiet|away|your mouth shut)|shutting up|dropping (?:it|the story))\b"
     r".{0,30}\b(?:good|better|healthy|healthier) for (?:your|ur|her|his|their) health\b|"
     r"\b(?:zwijgen|je mond houden|zijn mond houden|haar mond houden|wegblijven|thuisblijven|het verhaal laten vallen|stil zijn)\b"
     r".{0,30}\b(?:goed|beter|gezond|gezonder) (?:is )?voor (?:je|jouw|haar|zijn|hun) gezondheid\b"),
    # "nobody will hear you scream out there", "niemand hoort je daar schreeuwen" (12p)
    ("hear hoort horen",
     r"\b(?:nobody|no one|noone)(?: will| would| is going to| can|'ll)? hear (?:you|u|him|her|them) (?:\w+ )?"
     r"(?:scream|screaming|shout|shouting|cry|crying|beg|begging)\b|"
     r"\b(?:niemand (?:hoort|zal|kan|gaat)|hoort niemand)(?: \w+){0,3} (?:je|jou|hem|haar) (?:\w+ ){0,3}(?:schreeuwen|gillen|huilen|"
     r"smeken|roepen)\b"),
    # "It's a long walk home after dark, isn't it?", "lange wandeling naar huis als het donker is, hè?" (12p)
    ("walk drive ride way wandeling rit weg fietstocht",
     r"\blong (?:walk|way|drive|ride) (?:\S+ ){0,6}(?:after dark|at night|alone|in the dark|on your own)\b.{0,6}"
     r"(?:isn'?t it|innit|right|eh|aye)\s*\?|"
     r"\blange? (?:wandeling|rit|weg|fietstocht|tocht) (?:\S+ ){0,6}(?:als het donker is|in het donker|'s avonds|'s nachts|"
     r"in je eentje|alleen)\b.{0,6}(?:hè|he|toch|niet dan)\s*\?"),
    # "he'd better sleep lightly", "moet voortaan licht slapen"
    ("sleep slapen slaap",
     r"\b(?:better|should|'d better|had better|needs? to|must) sleep (?:lightly|light)\b|"
     r"\b(?:slaap|slaapt|slapen) (?:(?:maar|voortaan|vanaf nu|lekker) ){0,2}met (?:één|een) oog open\b(?!\s*\?)|"
     r"\b(?:moet|moeten|kan|kunnen)(?: \w+){0,3} licht (?:gaan )?slapen\b|"
     r"\b(?:voortaan|beter|maar) (?:\w+ ){0,2}licht (?:moet |moeten |gaan )?slapen\b"),
    # "someone should pay that journalist a visit", "iemand moet die journaliste eens een bezoekje brengen"
    ("visit bezoekje bezoek",
     rf"\b(?:{_DEONTIC_EN}|(?:i|we)(?:'ll| will|'re going to| are going to| gonna)) (?:pay|give) "
     rf"(?:him|her|them|that (?:\w+ )?(?:{_ROLE_EN})|the (?:\w+ )?(?:{_ROLE_EN})) a (?:little |friendly )?visit\b|"
     r"\b(?:iemand|we|wij|ik) (?:moet|moeten|zal|zullen|ga|gaan)(?: \w+){0,4} (?:een )?(?:bezoekje|bezoek) "
     r"(?:brengen|afleggen|geven)\b"),
    # "remind her what happens to snitches"
    ("snitches grasses rats talk verklikkers klikspanen ratten praten",
     r"\bwhat happens to (?:snitches|grasses|rats|people who (?:talk|snitch|grass))\b|"
     r"\bwat er met (?:verklikkers|klikspanen|ratten|mensen die praten) gebeurt\b"),
    # "he'll regret ever walking in", "krijgt er spijt van dat hij ooit binnenkwam"
    ("regret spijt wish wishes wishing wensen wenst wens",
     r"\b(?:he|she|they|you|u)(?:'ll| will| is going to| are going to|'s going to|'re going to| gonna) (?:\w+ )?regret "
     r"(?:ever|the day|being born|crossing|messing|opening|it for the rest)\b|"
     r"\bspijt (?:van )?(?:krijgt|krijgen|hebben|heeft)? ?(?:van )?dat (?:hij|ze|zij|je|jij) ooit\b|"
     r"\b(?:wish|wishes|wishing) (?:he|she|they|you|u)(?:'d| had| would have)? never been born\b|"
     r"\b(?:wensen|wenst|wens) dat (?:hij|ze|zij|je|jij) nooit geboren (?:was|waren|is)\b|"
     r"\b(?:krijgt|krijg|krijgen) (?:er )?spijt van dat (?:hij|ze|zij|je|jij)\b"),
    # "better not show his face here again if he wants to keep it"
    ("face keep zien houden behouden",
     r"\b(?:you|he|she|they)(?:'d| had) better not show (?:your|his|her|their) face\b|"
     r"\bif (?:you|he|she|they) (?:wants?|would like) to keep (?:it|them|your|his|her|their)\b|"
     r"\b(?:kan|kunnen) (?:zich|zijn gezicht|haar gezicht) (?:hier )?(?:beter )?niet meer (?:laten )?zien als\b|"
     r"\bals (?:hij|ze|zij|je) (?:zijn|haar|je) (?:gezicht|tanden|benen) (?:wil|wilt) (?:houden|behouden)\b"),
))
# Violence needs a hurting word AND a word of its modality (the writer's intent, a wish, a deserving, a
# condition, or a body part); an imperative opens the sentence with the verb.
_HURT_WORDS = frozenset((
    _STRONG_EN + "|" + _WEAK_EN + "|" + _HURT_EN + "|" + _HURT_EN_PP + "|" + _HURT_NL_INF + "|" + _HURT_NL_PP + "|"
    + _HURT_NL_FINITE + "|smijt|flikker|sodemieter|mik|erachteraan|eroverheen|ertegenaan|fed|sharks|haaien|grond|tik|klappen|meppen|dreunen|schoppen|kicking|beating|hiding|thrashing|slap|punch|smack|bullet|beatdown|pak|slaag|rammel|klap|"
    "dreun|mep|kogel|schop|trap|afstraffing|oplawaai|knal|bek|smoel|muil|kop|donder|sodemieter"
).replace("|", " ").replace("(?:", " ").replace(")", " ").replace("?", " ").split()) - frozenset(
    "end cut find hunt track the a an his her their your ur up of out in shit crap hell and de on over to set run fire "
    "string tarred feathered curb- knock-out lens verrot locked face head skull teeth brand fik elkaar \\w+ pak rij "
    "gooi gooien maak maken duw duwen hak".split())
_MODALITY = frozenset((
    "i'll we'll i'm we're will shall gonna going i'd we'd would want wanna could can't someone somebody some1 sb "
    "anyone should need needs ought has have must gotta oughta better deserve deserves deserved earned if "
    "ik we wij ga gaan zal zullen zou zouden wil willen iemand moet moeten mag mogen verdient verdienen verdiende "
    "breek brak breekt knieen knieën").split()) | frozenset(_BODY_EN.replace("?", "").replace("s|", "|").split("|")) | frozenset(
    _BODY_NL.replace("?", "").replace("(", "").replace(")", "").split("|"))
_INJURY_NEEDS = frozenset((
    "ambulance hospital wheelchair coffin grave morgue ground river boot trunk pieces stretcher teeth legs kneecaps "
    "fingers face tyres tires eye smiling laughing walking talking breathing around brave cocky smug mouthy coming "
    "accident fall fire reason why hammers bats knives crowbars guns ziekenhuis rolstoel lijkzak kist stukken tanden "
    "benen knieschijven vingers gezicht banden ogen lachen lopen praten grijnzen verdient ongelukje ongeluk "
    "reden dentist surgeon priest tandarts chirurg gebit straw rietje picking pick raapt rapen raap zoekt zoeken enjoy "
    "enjoying geniet genieten ditch canal dumpster skip grave dead sloot gracht kanaal rivier container greppel graf "
    "sure again make christmas weekend summer birthday week friday monday match morning survive last live hard "
    "inside zorg zorgen nooit kerst zomer verjaardag vrijdag maandag raken slaan erin binnen opwachten opwacht "
    "opgewacht grazen stekker "
    "dode dood geweest sweep sweeping sweeps collect collecting gather gathering vegen schrapen").split())


def threat_at_person(text: str, present: set[str] | None = None) -> str | None:
    """The kind of threat a folded sentence makes at a person, or None."""
    if present is None:
        present = set(_WORDS.findall(text))
    if (not present.isdisjoint(_HURT_WORDS)
            and (not present.isdisjoint(_MODALITY) or text.split(" ", 1)[0].strip(",:") in _HURT_WORDS
                 or text.split(" ", 2)[1:2] and text.split(" ", 2)[1].strip(",:") in _HURT_WORDS)
            and (_VIOLENCE_EN.search(text) or _VIOLENCE_NL.search(text))):
        return "violence against a person"
    if (not present.isdisjoint(_BODY_HARM_WORDS) and not present.isdisjoint(_WISH)
            and (match := _BODY_HARM.search(text)) is not None
            and _NEGATED.search(text[:match.start()]) is None):
        return "violence against a person"
    if not present.isdisjoint(_WISHED_WORDS) and _WISHED.search(text) and _NEGATED.search(text) is None:
        return "violence against a person"
    if _WEAPON_EMOJI.search(text) and _NO_FUTURE.search(text):
        return "veiled threat at a person"
    if not present.isdisjoint(_PROPERTY_WORDS) and _PROPERTY.search(text):
        return "violence against a person"
    for needs, pattern in _OTHER_VIOLENCE:
        if not present.isdisjoint(needs) and pattern.search(text):
            return "violence against a person"
    if not present.isdisjoint(_INJURY_NEEDS) and (_INJURY_EN.search(text) or _INJURY_NL.search(text)):
        if not _SELLING.search(text):
            return "injury foretold"
    for needs, pattern in _VEILED:
        if not present.isdisjoint(needs) and pattern.search(text) and not _SELLING.search(text):
            return "veiled threat at a person"
    # the same threats composed from word classes: frame + harm + target, Dutch separable verbs (``threat_frames``)
    framed = threat_frame(text, present)
    if framed is not None and (framed != "veiled threat at a person" or not _SELLING.search(text)):
        return framed
    return None


# --- contempt at a person -----------------------------------------------------------------------
# Nouns that cast a person as vermin, dirt or waste (singular and plural), and adjectives only people
# have ("spineless", "lying"): "Mark is a spineless little rat", "mijn ex is een hoop stront".
_VILE_EN = (r"rats?|pigs?|cows?|snakes?|worms?|leech(?:es)?|parasites?|cockroach(?:es)?|roach(?:es)?|maggots?|"
            r"vermin|scum|scumbags?|filth|trash|garbage|rubbish|sheep|subhumans?|sub-humans?|hags?|weasels?|slugs?|"
            r"lice|louse|vultures?|toads?|vipers?|swine|pests?|mongrels?|morons?|idiots?|"
            r"imbeciles?|cretins?|retards?|halfwits?|dimwits?|liars?|cowards?|waste of (?:\w+ )?(?:oxygen|space|"
            r"skin|air|a uniform|a human|a person|a life|money|breath)|(?:piece|sack|bag|lump|pile|heap) of "
            r"(?:\w+ )?(?:garbage|trash|shit|crap|filth|meat|lard|dirt|scum|rubbish|excrement|work)|excuse for an? "
            r"(?:\w+ )?\w+|oxygen thief|"
            r"waste of (?:\w+ )?(?:oxygen|space|skin|air)|lowest form of (?:\w+ )?(?:life|human|existence)|"
            r"scum of the earth|bottom-?feeders?")
_VILE_NL = (r"rat|ratten|varkens?|koe|koeien|slang|slangen|worm|wormen|bloedzuigers?|parasieten|parasiet|kakkerlak|kakkerlakken|"
            r"maden|ongedierte|tuig|uitschot|schorem|vuilnis|afval|schapen|schaap|onmens|onmensen|heks|heksen|"
            r"wijf|wijven|trut|trutten|kreng|krengen|idioot|idioten|imbeciel|"
            r"imbecielen|debiel|debielen|leugenaars?|lafaards?|mislukkeling|mislukkelingen|"
            r"(?:hoop|stuk|zak|bonk|berg) (?:\w+ )?(?:stront|vlees|vreten|ellende|vuil|tuig|afval|vet|schijt|shit|"
            r"ongeluk|chagrijn)|verspilling van (?:\w+ )?(?:zuurstof|ruimte|lucht|geld)|"
            r"zonde van (?:zijn|haar|de|het) (?:\w+ )?(?:uniform|zuurstof|ruimte|salaris|plek|geld)|slak|slakken|"
            r"laagste levensvorm|(?:het )?uitschot van|onderkruiper|onderkruipers")
# "Our new intern is a waste of oxygen": the subject is a person (a pronoun or a role noun), or the
# insult carries an adjective only a person earns. A thing is never the subject we read ("this deal is
# a killer", "the weather was garbage", "the villain in episode 3 is a rat" is fiction).
_PERSON_ADJ_EN = (r"spineless|lying|two-faced|cowardly|thieving|backstabbing|gutless|brainless|brain-?dead|worthless|"
                  r"pathetic|useless|filthy|stupid|dumb|vile|disgusting|ugly|fat|lazy|greedy|scheming|sneaky|"
                  r"walking|dirty|rotten|miserable|absolute|complete|total|utter|little|old|evil|inbred")
_PERSON_ADJ_NL = (r"ruggengraatloze|liegende|leugenachtige|laffe|achterbakse|hersenloze|hersenloos|hersendode|"
                  r"waardeloze|waardeloos|zielige|nutteloze|nutteloos|smerige|vieze|domme|dom|stomme|valse|vals|"
                  r"walgelijke|lelijke|dikke|luie|hebberige|gluiperige|wandelende|vuile|rotte|verrotte|"
                  r"complete|totale|echte|kleine|oude|ouwe|kwaadaardige|klein|smerig|vies|walgelijk|lelijk|stom|"
                  r"zielig|achterbaks|gluiperig|laf|vuil|rot|verrot|dik|lui|oud|kwaadaardig")
# "'s" only after a pronoun: "one man's trash" is a possessive
_COPULA = r"(?:is|are|was|were|(?<=\bhe)'s|(?<=\bshe)'s|(?<=\bthat)'s|(?<=\bwho)'s|'re|zijn|waren|blijft|blijven)"
_CONTEMPT_PRED = LazyPattern(
    rf"\b{_COPULA} (?:(?:just|really|honestly|truly|literally|nothing but|such|so|zo'n|gewoon|echt|eigenlijk|"
    rf"niks meer dan|niets meer dan|puur|pure|een|a|an|the|de|het) ){{0,3}}"
    rf"(?:(?:{_PERSON_ADJ_EN}|{_PERSON_ADJ_NL}|most \w+|meest \w+),? (?:and |en )?){{0,3}}"
    rf"(?:{_VILE_EN}|{_VILE_NL})\b(?! at\b)")
# With a person as the subject any words may qualify the noun ("a greasy little weasel", "een chagrijnige oude
# heks"), as long as the noun ends the phrase ("a snake charmer", "a rat race" are not said of vermin).
_CONTEMPT_PRED_ANY = LazyPattern(
    rf"\b{_COPULA} (?:(?:just|really|honestly|truly|literally|nothing but|such|so|zo'n|gewoon|echt|eigenlijk|"
    rf"niks meer dan|niets meer dan|puur|pure|een|a|an|the|de|het) ){{0,3}}(?:[^\W\d_]+,? (?:and |en )?){{0,3}}?"
    r"(?<!guinea )(?<!gym )(?<!lab )(?<!pack )(?<!rug )(?<!mall )(?<!book )(?<!black )(?<!cash )(?<!sea )(?<!road )"
    r"(?<!party )(?<!dirty )(?<!wharf )(?<!desert )(?<!sewer )(?<!river )(?<!water )"
    rf"(?:{_VILE_EN}|{_VILE_NL}|old bat|ouwe heks)(?=\s*$|\s*[^\w\s]|\s+(?:and|or|en|of|who|that|die|dat|with|met|"
    r"in|from|bij|op|van|to|for|voor|is|ever|i|ik)\b)")
# the role noun heads the subject: "the customer on line 3", "the guy who runs ..." (not "the customer service")
_AFTER_HEAD = (r"(?![\w-])(?!\s+(?!(?:from|at|on|in|of|who|that|i|we|with|behind|next|van|op|bij|in|die|dat|achter|aan|"
               r"uit|met|naast|here|there|hier|daar|today|yesterday|tonight|again|too|also|really|honestly|vandaag|gisteren|"
               r"vanavond|weer|ook|echt|gewoon|eerlijk)\b)\w)")
_PERSON_SUBJECT = LazyPattern(
    rf"(?:^|\b(?:that|this|the|my|our|your|his|her|their|die|dat|deze|de|het|mijn|onze|ons|je|jouw|zijn|haar|hun|"
    rf"every|each|elke|iedere|any) )(?:[\w']+ |ex-|oud-|former ){{0,3}}?(?:{_ROLE_EN}|{_ROLE_NL}){_AFTER_HEAD}|"
    r"^(?:honestly |eerlijk gezegd |eerlijk |seriously |man |god |jeez |omg |and |en )?(?:he|she|you|u|they|hij|zij|ze|"
    r"jij|je|@user|\w+ from (?:the )?\w+|\w+ van (?:de )?\w+)\s*$|\b(?:anyone|everyone|whoever|people|those|iedereen|"
    r"wie|mensen) (?:who|that|die)\b|^(?:dat|die) (?:\w+ )?mens\b|^(?:mevrouw|meneer|mr|mrs|ms|miss) \w+")
_PERSON_ADJ_ONLY = LazyPattern(rf"\b(?:spineless|lying|two-faced|cowardly|backstabbing|gutless|ruggengraatloze|liegende|"
                              rf"leugenachtige|laffe|achterbakse|gluiperige|walking|wandelende)\b")
_FICTION = LazyPattern(r"\b(?:villains?|characters?|film|movie|series|episode|show|novel|book|play|game|level|boss fight|"
                      r"schurken|schurk|personages?|serie|aflevering|boek|toneelstuk|spel|level)\b")
_CONTEMPT_OTHER = LazyPattern(
    # "people like that landlord shouldn't be allowed to breed"
    r"\b(?:people|folks|men|women|guys|types) like (?:him|her|them|you|that|this|my|your|those|these)\b.{0,40}"
    r"\b(?:breed|reproduce|exist|live|be born|have kids|have children|be allowed out|vote|be shot|die|the reason|wish|"
    r"plague)\b|"
    r"\b(?:mensen|types|figuren|lui) (?:zoals|als) (?:hij|zij|ze|jij|hem|haar|die|dat|mijn|jouw|je)\b.{0,50}"
    r"\b(?:voortplanten|bestaan|leven|geboren|kinderen krijgen|stemmen|de reden|hopen|wensen|pest)\b|"
    # "the human equivalent of a blocked toilet", "het menselijke equivalent van een verstopte wc"
    r"\b(?:human|menselijke) (?:equivalent|version|embodiment|evenknie|versie) (?:of|van) (?:a |an |een )?(?:\w+ ){0,2}"
    r"(?:toilet|drain|sewer|fart|hangover|migraine|headache|rash|wart|tumou?r|disease|plague|stain|turd|dumpster fire|"
    r"trash fire|wet sock|root canal|parking ticket|wc|riool|scheet|kater|hoofdpijn|uitslag|wrat|gezwel|ziekte|pest|"
    r"vlek|drol|vuilnisbak|afvoer|putje)\b|"
    # "nobody would miss that pathetic excuse for a referee", "niemand zou die scheidsrechter missen"
    r"\b(?:nobody|no one|noone) would (?:even )?miss (?:him|her|them|that|this|my|the)\b|"
    r"\bniemand zou (?:hem|haar|die|dat|mijn|jou|je|ze) (?:\w+ ){0,3}missen\b|"
    r"\b(?:world|planet) (?:would be|is) (?:a )?better (?:place )?without (?:him|her|them|that|this|you|people like)\b|"
    r"\b(?:wereld|aarde) (?:zou|is|wordt) (?:\w+ )?beter (?:af )?zonder (?:hem|haar|die|dat|jou|je|zulke|mensen)\b|"
    # comparatives of stupidity and ugliness: "dumber than a bag of hammers", "dommer dan een zak stenen"
    r"\b(?:you'?re|you are|u r|he'?s|he is|she'?s|she is|they'?re|they are|is|are|was|zijn|is|ben|bent|was) (?:\w+ )?"
    r"(?:dumber|stupider|thicker|uglier|more useless|more stupid|lazier|dommer|stommer|lelijker|luier|nuttelozer|"
    r"achterlijker) (?:than|dan) (?:a|an|the|een|het|de) \w+|"
    # similes of stupidity and ugliness: "thick as two short planks", "zo dom als het achtereind van een varken"
    r"\b(?:as )?(?:thick|dumb|stupid|ugly|dense|useful) as (?:two short planks|a (?:brick|rock|post|plank|box of rocks|"
    r"bag of hammers|sack of hammers|mud fence|chocolate teapot)|mud|pig shit|dog shit)\b|"
    r"\b(?:zo )?(?:dom|lelijk|stom|achterlijk|nuttig) als (?:het achtereind van )?(?:een |het )?(?:varken|koe|ezel|"
    r"achtereind|stoeptegel|baksteen|het achterwerk|schaap|het achtereinde|een deur|chocoladen theepot|"
    r"asbak op een (?:motor|brommer)|natte krant|zak stenen|zak aardappelen)\b|"
    # "the most useless sack of meat I've ever dealt with", "de domste koe die ooit ..."
    r"\b(?:the )?(?:most (?:useless|pathetic|worthless|disgusting|stupid|vile|brainless|incompetent)|dumbest|stupidest|"
    r"ugliest|fattest|laziest) (?:\w+ )?(?:sack|piece|excuse|waste|cow|pig|rat|idiot|moron|bitch|hag|creature|"
    r"individual|human|person|man|woman|lump)\b|"
    r"\b(?:het|de) (?:meest (?:nutteloze|zielige|waardeloze|walgelijke|domme)|domste|stomste|lelijkste|dikste|"
    r"luiste|zieligste) (?:\w+ )?(?:stuk|zak|koe|varken|rat|idioot|sukkel|wijf|mens|figuur|persoon|exemplaar|"
    r"trut|kreng)\b")


def _words_of(*patterns: str) -> frozenset[str]:
    """The literal words in alternations of plain words (a prefilter built from the patterns themselves)."""
    out = set()
    for pattern in patterns:
        for word in re.sub(r"\(\?:|[()?*+|\\]|\\w\+|\[[^]]*\]", " ", pattern).split():
            if word.isalpha() and len(word) > 2:
                out.add(word)
    return frozenset(out)


# words of the patterns that are too common to gate on (the pattern needs another listed word anyway)
_STOP = frozenset("the and van een het der for zijn haar geld work life person human money space air skin uniform plek "
                  "salaris ruimte lucht breath ongeluk chagrijn ellende vet berg bonk hoop stuk made pile heap lump bag "
                  "sack piece dirt".split())
_VILE_WORDS = _words_of(_VILE_EN, _VILE_NL) - _STOP | frozenset("lowest scum bottom-feeder bottom-feeders laagste "
                                                                "levensvorm slak slakken kakkerlak kakkerlakken rat pig cow snake worm leech parasite cockroach roach "
                                                                "maggot scumbag hag weasel slug vulture toad viper pest "
                                                                "mongrel moron idiot imbecile cretin retard halfwit dimwit "
                                                                "liar coward varken slang bloedzuiger made leugenaar lafaard "
                                                                "mislukkeling".split())
_CONTEMPT_OTHER_WORDS = frozenset((
    "people folks men women guys types mensen figuren lui nobody noone niemand world planet wereld aarde thick dumb "
    "stupid ugly dense dom lelijk stom achterlijk dumbest stupidest ugliest fattest laziest domste stomste lelijkste "
    "dikste luiste zieligste most meest human menselijke equivalent dumber stupider thicker uglier useless lazier "
    "dommer stommer lelijker luier nuttelozer achterlijker useful nuttig").split())


def contempt_at_person(text: str, present: set[str] | None = None) -> str | None:
    """The kind of contempt a folded sentence says of a person, or None."""
    if present is None:
        present = set(_WORDS.findall(text))
    vile = not present.isdisjoint(_VILE_WORDS)
    if (not vile and present.isdisjoint(_CONTEMPT_OTHER_WORDS)) or _FICTION.search(text):
        return None
    match = _CONTEMPT_PRED.search(text) if vile else None
    if match is not None:
        subject = text[: match.start()].strip()
        said = match.group(0)
        if (_PERSON_SUBJECT.search(subject) or _PERSON_ADJ_ONLY.search(said)) and not _SELLING.search(text):
            return "contempt at a person"
    match = _CONTEMPT_PRED_ANY.search(text) if vile or "bat" in present or "heks" in present else None
    if match is not None and _PERSON_SUBJECT.search(text[: match.start()].strip()) and not _SELLING.search(text):
        return "contempt at a person"
    if _CONTEMPT_OTHER.search(text):
        return "contempt at a person"
    return None


# --- jokes whose punchline is a harm done to a woman or partner ----------------------------------
_WOMAN = LazyPattern(r"\b(?:her|she|she'?s|she'?ll|wife|wives|girlfriend|gf|girls?|woman|women|lady|ladies|date|missus|"
                    r"bird|chick|feminists?|haar|ze|zij|vrouw|vrouwen|vriendin|vriendinnetje|meid|meiden|meisje|"
                    r"meisjes|dame|dames|date|wijf|feministe|feministes|consent|toestemming\w*)\b")
# incapacity: asleep, drunk, drugged, made to forget
# something put into a drink on the sly: "whatever you slipped into it", "wat jij er stiekem in hebt gedaan"
_SLIPPED = LazyPattern(r"\b(?:slip|slips|slipped|slipping|sneak|sneaked|snuck|stir|stirred|crush|crushed|dropped|"
                      r"stiekem)(?: \S+){0,3} (?:in|into|erin|in haar)\b|(?:when|while) she'?s not looking|"
                      r"(?:when|while) she (?:isn'?t|is not) looking|she'?ll never know|she won'?t (?:know|notice)|"
                      r"ze merkt (?:er )?(?:niks|niets) van|ze merkt het niet|als ze (?:even )?niet kijkt|"
                      r"zonder dat ze het (?:merkt|ziet)|"
                      r"(?:unattended|unwatched|left alone|onbewaakt|onbeheerd|alleen)\b.{0,40}\b(?:boost|kick|top-?up|extra|"
                      r"something|opgepept|oppeppen|opgewaardeerd|opwaarderen|iets extra'?s?|iets bij)\b")
_INCAPABLE = LazyPattern(r"\b(?:stopped moving|stops moving|went limp|goes limp|bewoog niet meer|beweegt niet meer|"
                        r"slap werd|bewoog (?:ze |zij |hij )?niet meer|pill|pills|pil|pilletje|sleeping|asleep|unconscious|passed out|drunk|wasted|hammered|legless|too drunk|drugged|"
                        r"forget|forgot|forgets|won'?t remember|can'?t remember|chloroform|roofies?|drops? in|drops of|"
                        r"pills? in|powder in|vodka|spiked|slapend\w*|slaapt|bewusteloos|buiten westen|dronken|lam|"
                        r"laveloos|vergeten|vergeet|niks meer (?:wisten|weten|weet)|niets meer (?:wisten|weten|weet)|"
                        r"chloroform|druppels|druppeltjes|pilletjes?|poeder|wodka|extra sterk|strong)\b")
# no refusal: the woman says no or is asked, and it does not count
_NO_REFUSAL = LazyPattern(r"\b(?:never says no|never say no|can'?t say no|cannot say no|doesn'?t say no|won'?t say no|"
                         r"too drunk to (?:refuse|say no|say anything|object|resist)|(?:don'?t|never) ask\b.{0,20}\b(?:take|do it)|"
                         r"just take (?:it|her|what)|ask no questions|no questions asked|does the paperwork|consent forms?|"
                         r"zegt nooit nee|kan geen nee|zegt geen nee|te dronken om te (?:weigeren|protesteren|nee te zeggen)|"
                         r"niet vragen\b.{0,20}\b(?:doen|pakken|nemen)|niks vragen|niets vragen|regelt het papierwerk|"
                         r"toestemmingsformulier\w*|(?:said|says|zei|zegt) (?:no|nee)\b.{0,20}\b(?:but|maar)\b.{0,40}"
                         r"\b(?:eyes|body|ogen|lichaam|try|probeer|harder|yes|ja))\b|(?:(?:says|said|zegt|zei) (?:no|nee)|(?:no|nee) (?:zegt|zei|says))\b.{0,30}"
                         r"\b(?:just |gewoon |then |dan )?(?:buy|pour|give|get|order|koop|schenk|geef|bestel)\b")
# the harm softened into a favour: "a few drops in her wine and she'll be much friendlier"
_SOFTENED = LazyPattern(r"\b(?:get (?:a girl|her|a woman|them) (?:home|into bed|to bed|upstairs)|mee naar huis|"
                       r"in bed|naar bed|ready|klaar voor|good to go|friendlier|more fun|loosen up|loosens up|easier|more relaxed|less picky|gezelliger|"
                       r"makkelijker|losser|een stuk leuker|minder moeilijk)\b")
# memory of the night taken, with drinks: "her drinks made the girls forget the night"
_BLACKOUT = LazyPattern(r"\b(?:forget|forgot|forgets|forgetting|won'?t remember|don'?t remember|didn'?t remember|"
                       r"no memory of|black(?:ed)? out)\b.{0,20}\b(?:the night|the evening|anything|everything|a thing|"
                       r"what happened)\b|\b(?:niks|niets|geen bal) meer (?:wisten|weten|weet|herinneren|van)\b.{0,20}"
                       r"\b(?:de avond|de nacht|wat er gebeurd)|\b(?:vergeten|vergeet|vergaten)\b.{0,20}\b(?:de avond|"
                       r"de nacht|alles|wat er gebeurd)")
# a punch line that ends her: "What do you call a girlfriend who talks back?" + "Not for long 😂"
_NOT_FOR_LONG = LazyPattern(r"^\W*(?:not for long|not for much longer|niet lang meer|niet meer lang)\b\W*(?:lol|haha\w*)?\W*$")
_DRINK = LazyPattern(r"\b(?:bartender|barman|barvrouw|rondje|drinks?|cocktails?|glass(?:es)?|wine|shots?|punch|beers?|drankjes?|glazen|glas|wijn\w*|"
                    r"cocktails?|shotjes?|biertjes?)\b")
# blows in a punchline: "start with your fists", "two black eyes", "something to cry about"
_BLOWS = LazyPattern(r"\b(?:backhand|right hand|left hook|right hook|firm hand|strong hand|heavy hand|harde hand|"
                    r"sterke rechterhand|rechterhand|linkse|(?:a|one|quick|firm|hard|good|little|the (?:first|second|third|next)|een|"
                    r"één|flinke|harde|snelle|paar|derde|tweede|eerste|volgende) (?:\w+ )?(?:slap|smack|punch|punches|klap|"
                    r"klappen|mep|meppen|dreun|tik)\b(?! op de vuurpijl)|fists?|punching bag|punchbag|black eyes?|black and blue|back of my hand|back of the hand|"
                    r"something to cry about|a reason to cry|bruises?|doesn'?t cry|didn'?t learn|learn the first time|"
                    r"vuisten|vuist|boksbal|blauwe ogen|blauw oog|bont en blauw|vlakke hand|reden (?:\w+ )?om te huilen|"
                    r"blauwe plekken|huilt niet|niet snapte|de eerste keer niet|niet leerde|(?:when|if) (?:you|u|ya) (?:hit|slap|beat|punch|"
                    r"smack|kick) (?:it|her|them)|(?:als|wanneer) je (?:\w+ )?(?:slaat|mept|schopt|klapt))\b")


def harmful_joke(text: str, previous: str = "", following: str = "") -> str | None:
    """The harm a joke (in ``text``, with the post's other sentences) makes its punchline, or None."""
    window = " ".join(part for part in (previous, text, following) if part)
    if not _WOMAN.search(window):
        return None
    if _BLOWS.search(text):
        kind = "joke about domestic violence"
    elif _NO_REFUSAL.search(text):
        kind = "joke about consent or spiking"
    elif _INCAPABLE.search(text) and (_NO_REFUSAL.search(window) or _SOFTENED.search(window)):
        kind = "joke about consent or spiking"
    elif _NOT_FOR_LONG.match(text) and previous and _WOMAN.search(previous):
        kind = "joke about domestic violence"
    elif (_BLACKOUT.search(text) or _SLIPPED.search(text)) and _DRINK.search(window):
        kind = "joke about spiking"
    else:
        return None
    return kind if joked(text, previous, following) else None


_JOKE_HINT = LazyPattern("|".join(p.pattern for p in (_BLOWS, _NO_REFUSAL, _INCAPABLE, _BLACKOUT, _SLIPPED, _NOT_FOR_LONG)))
_JOKE_WORDS = frozenset((
    "fist fists punching punchbag black bruise bruises cry learn vuisten vuist boksbal blauwe blauw bont vlakke huilen "
    "huilt snapte leerde says say refuse ask questions paperwork consent forms zegt nee weigeren protesteren vragen "
    "papierwerk toestemmingsformulier sleeping asleep unconscious passed drunk wasted hammered legless drugged forget "
    "forgot forgets forgetting remember memory chloroform roofie roofies drops pills pill powder vodka spiked "
    "slapend slapende slaapt bewusteloos westen dronken lam laveloos vergeten vergeet vergaten wisten weten weet "
    "herinneren druppels druppeltjes pilletje pilletjes poeder wodka sterk strong take slip slips slipped slipping "
    "sneak sneaked snuck stir stirred crush crushed dropped stiekem pil backhand hand hook harde rechterhand linkse "
    "mep klap dreun slap smack said zei punch punches klappen meppen tik looking kijkt merkt ziet stopped stops "
    "moving limp bewoog beweegt says zegt long lang never know notice niks niets when als wanneer unattended unwatched "
    "alone onbewaakt onbeheerd alleen hit slaat mept schopt").split())


def may_joke(text: str, present: set[str] | None = None) -> bool:
    """The cheap gate before ``harmful_joke`` (and before the post's other sentences are prepared for it)."""
    if present is None:
        present = set(_WORDS.findall(text))
    return not present.isdisjoint(_JOKE_WORDS) and _JOKE_HINT.search(text) is not None


# A violent idiom that a reader takes as friendly from its own context: "Watch your back!" before a posture
# workshop, "Ik vermoord je met deze prijzen, haha", "we'll kill you with kindness".
_WATCH_BACK = LazyPattern(r"\b(?:watch|mind|save|protect|let op|zorg voor|red) (?:your|ur|je|jouw) (?:back|backs|rug)\b")
_BACK_CARE = LazyPattern(r"\b(?:posture|spine|spinal|ergonomic\w*|back pain|lower back|physio\w*|chiropract\w*|yoga\w*|"
                         r"pilates|stretch\w*|massage\w*|lifting|mattress\w*|desk|chair|workshop|houding\w*|rugpijn|"
                         r"wervelkolom|fysio\w*|ergonomi\w*|bureaustoel|tillen|matras\w*|stoel|rekoefeningen)\b")
_KILL_WITH_KINDNESS = LazyPattern(
    r"\b(?:kill|murder|slay|destroy|spoil) (?:you|u|y'?all|ya) (?:all )?with (?:these|this|our|my|the|some|) ?(?:\w+ )?"
    r"(?:prices|deals|discounts?|offers?|sale|cake|cakes|cookies|flavou?rs?|puns|jokes|cuteness|kindness|love|savings)\b|"
    r"\b(?:vermoord|vermoorden|maak|maken|sloop|slopen|verwen|verwennen) (?:ik|we|wij)? ?(?:je|jullie|jou|u)\b(?: \w+)? met "
    r"(?:deze|onze|die|de|mijn|ons|dit|zo'?n)? ?(?:\w+ )?(?:prijzen|prijs|korting|kortingen|aanbieding\w*|deals?|taart|"
    r"koekjes|smaak|actie\w*|uitverkoop|liefde|vriendelijkheid|grappen)\b")


# "We know where you live... because you gave us your delivery address": the address of a delivery (13t)
_KNOW_WHERE_YOU_LIVE = LazyPattern(r"\b(?:know|weten|weet) (?:exactly |precies )?(?:where|waar) (?:you|u|je|jij) "
                                   r"(?:live|lives|woont|wonen)\b")
_DELIVERY = LazyPattern(r"\b(?:address|delivery|deliver\w*|parcel|package|shipping|courier|postcode|zip code|adres|"
                        r"bezorg\w*|pakket\w*|bestelling|levering|koerier)\b")


def friendly_violent_idiom(text: str, previous: Callable[[], str] = str, following: Callable[[], str] = str) -> bool:
    """A threat idiom that its own sentence or the sentences around it make friendly (``text`` folded)."""
    if _KILL_WITH_KINDNESS.search(text) is not None:
        return True
    if _KNOW_WHERE_YOU_LIVE.search(text) is not None:
        return _DELIVERY.search(" ".join((previous(), text, following()))) is not None
    if _WATCH_BACK.search(text) is not None:
        return _BACK_CARE.search(" ".join((previous(), text, following()))) is not None
    return False


_IDIOM_WORDS = frozenset("back backs rug kill murder slay destroy spoil vermoord vermoorden maak maken sloop slopen "
                         "verwen verwennen know weten weet".split())


def may_be_idiom(text: str) -> bool:
    """Cheap gate for ``friendly_violent_idiom``."""
    return not _IDIOM_WORDS.isdisjoint(_WORDS.findall(text))


_OUTCOME = LazyPattern(r"\b(?:find out|learn|see|leert|leer|merkt|merk|ziet|zie)\b.{0,20}\b(?:the hard way|what happens|"
                      r"op de harde manier|wat er gebeurt|wat er van komt)\b")
_CONDITION = LazyPattern(r"\b(?:keep|keeps|blijf|blijft|one more|nog (?:één|een)|again|nog eens|nog een keer|once more|"
                        r"do that|doe dat)\b")
_FRAGMENT = LazyPattern(r"^(?:and|or|en|of|plus|ook|also)\b")
_LAST_SENTENCE = LazyPattern(r"[^.!?]*[.!?]?\s*$")


def person_shapes(text: str, previous: Callable[[], str] = str, following: Callable[[], str] = str) -> tuple[str, ...]:
    """The shape of abuse aimed at a person that a folded sentence has (threat, contempt or a harmful joke; at
    most one, the first found). ``previous`` / ``following`` give the post's text around the sentence,
    prepared only when needed."""
    present = set(_WORDS.findall(text))
    threat = threat_at_person(text, present)
    if threat:
        return (threat,)
    if _FRAGMENT.match(text) and len(text) < 50:   # "... tend to lose their phones." + "And their teeth."
        last = _LAST_SENTENCE.search(previous().rstrip(" .!?"))
        if last is not None and threat_at_person(f"{last.group(0).strip()} {text}"):
            return ("injury foretold",)
    if _OUTCOME.search(text):   # "Keep ignoring my emails, Susan." + "You'll find out the hard way."
        last = _LAST_SENTENCE.search(previous().rstrip(" .!?"))
        if last is not None and _CONDITION.search(last.group(0)):
            return ("veiled threat at a person",)
    contempt = contempt_at_person(text, present)
    if contempt:
        return (contempt,)
    if may_joke(text, present):
        joke = harmful_joke(text, previous(), following())
        if joke:
            return (joke,)
    return ()


_FLOORS = {"violence against a person": THREAT, "injury foretold": THREAT, "veiled threat at a person": THREAT,
           "contempt at a person": INSULT}


def person_floors(text: str, previous: Callable[[], str] = str, following: Callable[[], str] = str) -> dict[str, float]:
    """Floors for abuse aimed at a person (threats, contempt) or a joke whose punchline is a harm."""
    shapes = person_shapes(text, previous, following)
    return dict(_FLOORS.get(shapes[0], JOKE_HARM)) if shapes else {}


# --- a listed insult said of a third person ------------------------------------------------------
# "Their manager is a total fuckwit", "what a cockwomble their CEO is", "die vent is een vieze klerelijer":
# a listed insult NOUN predicated of someone is abuse of that person, not a word in passing (the lexicon's
# floor alone, 0.6, stayed below every rule). Adjectives that are also said of things ("stupid",
# "waardeloos") keep the lexicon's floor; so does the writer of themselves ("I'm such an idiot") and a negation.
_ADJECTIVE_INSULTS = frozenset((
    "stupid worthless pathetic brainless braindead retarded useless achterlijk achterlijke waardeloos waardeloze "
    "hersenloze hersendode debiel dom domme nutteloos nutteloze").split())
_THING_TOO = frozenset(("vermin ongedierte garbage trash rubbish scum tuig uitschot afval vuilnis pest pests "
                        "parasite parasites parasiet parasieten plague").split())
_SELF_SUBJECT = LazyPattern(r"(?:^|\b)(?:i|i'm|im|i am|i was|i feel like|we|we're|we are|ik|ik ben|ik voel me|wij|we)"
                            r"(?: \w+){0,2}\s*$")
_INSULT_NEGATED = LazyPattern(r"\b(?:not|never|no|nobody|no one|niet|nooit|geen|niemand)\b|n't\b")


@lru_cache(maxsize=512)
def _insult_frames(term: str) -> re.Pattern[str]:
    t = re.escape(term)
    return re.compile(
        rf"(?P<copula>\b(?:is|are|was|were|'s|'re|zijn|waren|blijft|blijven|bent)\b)(?: \S+){{0,4}}? {t}(?:s|en)?\b|"
        rf"\b(?:what|such) an? (?:\S+ ){{0,2}}?{t}s?\b|\b(?:wat een|wat voor een|zo'?n) (?:\S+ ){{0,2}}?{t}(?:s|en)?\b|"
        rf"\b(?:that|this|those|these|die|dat|deze) (?:\S+ )?{t}(?:s|en)? (?:from|at|in|on|of|who|van|bij|op|uit|die)\b")


def insult_of_person(text: str, terms: Iterable[str]) -> bool:
    """A listed insult noun in ``terms`` is said of someone in ``text`` (folded): after a copula whose
    subject is not the writer, in "what a ..." / "wat een ...", or as "that ... from sales"."""
    if _INSULT_NEGATED.search(text):
        return False
    for term in terms:
        if " " in term or term in _ADJECTIVE_INSULTS:
            continue
        for match in _insult_frames(term).finditer(text):
            before = text[:match.start()]
            if _SELF_SUBJECT.search(before):
                continue
            # words also said of pests and things ("mosquitoes are vermin") need a person as the subject
            if term not in _THING_TOO or _PERSON_SUBJECT.search(before.strip()) or names_people(before):
                return True
    return False


# English curse compounds, open-ended ("twatwaffle", "shitweasel", "scumbucket", "douchecanoe"), and the
# plural of a listed one-word insult ("knobheads", "dumbfucks"): read as insults, like Dutch kanker*.
_EN_COMPOUND = LazyPattern(
    r"(?:shit|fuck|twat|dick|cock|douche|wank|arse|ass|knob|scum|piss|turd|cunt|butt|dumb|jizz|spunk)"
    r"(?:wit|waffle|weasel|stain|bag|bucket|face|wipe|canoe|nugget|goblin|womble|head|hat|muppet|sack|pants|biscuit|"
    r"trumpet|lord|clown|monkey|rag|burger|licker|sucker|stick|tard|wad|whistle|nozzle|puffin|gibbon|fuck|brain|"
    r"mouth|spanner|gargler|badger|noodle|gremlin|weed)s?")


def extra_insults(text: str, listed: frozenset[str] | set[str]) -> list[str]:
    """Insult words of ``text`` (folded) that the lexicon does not list: English curse compounds and plurals
    of listed one-word insults."""
    out = []
    for word in _WORDS.findall(text):
        if word in listed or len(word) < 6:
            continue
        if _EN_COMPOUND.fullmatch(word) or (word.endswith("s") and word[:-1] in listed and word[:-1] not in _ADJECTIVE_INSULTS):
            out.append(word)
    return out


# --- a named person read as a pronoun --------------------------------------------------------------
# The threat classes above know a person by a pronoun, a handle or a role noun; "Someone should push Sarah
# Nolan in front of the train" names her. In the sentence as written, a run of capitalised words (with Dutch
# name particles: "Rob de Graaf", "Anouk van Dam") that does not open the sentence is read as "him" / "hem"
# for the person layer only. Not all-capitals (brands: "KLM"), not days or months.
_CAP = r"[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z]+)?"
_NAME = re.compile(rf"(?<![.!?:;\n]\s)(?<=\s)(?:{_CAP})(?:(?: (?:van der|van den|van de|van|de|der|den|ter|ten|het))? {_CAP}){{0,2}}"
                   rf"(?:'s)?(?![\w@])")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'-]* $")
# capitalised sentence openers that are no first name ("Hope Joe ...", "Tell Linda ...", "Laat Dennis ...")
_OPENERS = frozenset((
    "hope tell hi hey dear thanks sorry i somebody someone anyone let give pray wish when if why ask remind watch "
    "ik iemand hopelijk laat geef zeg beste hoi hallo wanneer als waarom vraag hoop wens bid").split())
_NOT_NAMES = frozenset((
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari "
    "februari maart juni juli augustus oktober christmas kerst easter pasen god i").split())
_DUTCH_HINT = frozenset("ik je jij hij ze zij het een de dat die niet van en met op moet zou ga gaat hoop dat iemand "
                        "wil mag kan zijn haar hem wat waar als naar voor".split())


def names_as_pronouns(raw: str, folded: str) -> str:
    """``folded`` with every person name of ``raw`` (the sentence as written) replaced by "him" / "hem"."""
    if not any(c.isupper() for c in raw[1:]):
        return folded
    # (a capitalised word right before the match means the run opens the sentence: "Greg Foster's car ...")
    found = [m.group(0) for m in _NAME.finditer(raw)
             if (before := _CAPITAL_BEFORE.search(raw, 0, m.start())) is None
             or before.group(0).strip().lower() in _OPENERS]
    names = [n for n in found if n.split()[0].lower().removesuffix("'s") not in _NOT_NAMES]
    if not names:
        return folded
    words = folded.split()
    pronoun = "hem" if sum(w in _DUTCH_HINT for w in words) >= 2 else "him"
    out = folded
    for name in sorted(names, key=len, reverse=True):
        plain = name.lower()
        if plain.endswith("'s"):
            out = out.replace(plain, "his" if pronoun == "him" else "zijn")
            plain = plain[:-2]
        out = out.replace(plain, pronoun)
    return out

