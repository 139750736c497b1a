"""Sentence shapes the embedding head cannot be trusted with, in English and Dutch.

A linear head over a sentence embedding learns *what a sentence is about*; it does not learn
that "anyone who leaves a bad review should watch their back" is a threat (the words are
ordinary), that "women belong in the kitchen" is an attack, or that "I don't hate women" and
"saying 'X are vermin' is disgusting" are the opposite of what their words suggest. This layer
names those shapes with bounded regular expressions over the folded, de-obfuscated sentence:

* ``floors``: a matched shape lifts attributes to at least a floor (``STRONG`` is above the
  shipped block thresholds, ``MODERATE`` lands in the review band);
* ``counter``: negation, counter-speech, quoted or reported speech: the sentence talks *about*
  abuse without committing it, and the scorer scales its scores down (see ``toxicity_usem3``).

Every pattern is a plain ``re`` pattern without nested quantifiers over overlapping classes and
runs on one sentence (the checker splits posts), so none can backtrack for long. Shapes are ours,
written from the brand-risk cases in the issue and the crisis guide; the functional suite
(``riskcheck eval functional``) measures them with sentences that are not in this file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from riskcheck.scorers.lazy_regex import LazyPattern

STRONG = 0.92      # above every block threshold in rules/toxicity.yaml
MODERATE = 0.72    # inside the review band
COUNTER_FACTOR = 0.3

# People nouns that make an insult or a violent verb aim at humans.
_GROUPS_EN = (r"wom[ae]n|girls?|females?|wives|men|males?|immigrants?|migrants?|refugees?|foreigners?|muslims?|"
              r"islamists?|jews?|christians?|catholics?|hindus?|gays?|gay (?:people|men|women|couples)|lesbians?|"
              r"trans (?:people|women|men|folks?)|transgenders?|blacks?|black (?:people|men|women)|whites?|"
              r"white (?:people|men|women)|asians?|mexicans?|africans?|arabs?|roma|gypsies|gipsies|poles|turks|"
              r"moroccans?|chinese|indians|disabled (?:people|persons?)|the disabled|cripples?|old (?:people|folks)|"
              r"the elderly|elderly (?:people)?|boomers?|homeless (?:people)?|those people|these people")
_GROUPS_NL = (r"vrouwen|vrouw|meiden|meisjes|mannen|immigranten|migranten|vluchtelingen|asielzoekers|buitenlanders|"
              r"allochtonen|moslims?|moslima'?s|joden|jood|christenen|katholieken|hindoes|homo'?s|homo|lesbiennes|"
              r"transgenders?|transvrouwen|transmannen|zwarten|zwarte (?:mensen|mannen|vrouwen)|blanken|witte mensen|"
              r"aziaten|chinezen|mexicanen|afrikanen|arabieren|roma|zigeuners|polen|turken|marokkanen|surinamers|"
              r"antillianen|gehandicapten|invaliden|ouderen|bejaarden|daklozen|die mensen|dat soort mensen")
_GROUP = rf"(?:{_GROUPS_EN}|{_GROUPS_NL})"
# Every word that can start or end a _GROUP match, for the prefilter.
GROUP_WORDS = ("women woman girl girls female females wives men male males immigrant immigrants migrant migrants "
               "refugee refugees foreigner foreigners muslim muslims islamist islamists jew jews christian christians "
               "catholic catholics hindu hindus gay gays lesbian lesbians trans transgender transgenders black blacks "
               "white whites asian asians mexican mexicans african africans arab arabs roma gypsies gipsies poles "
               "turks moroccan moroccans chinese indians disabled cripple cripples old elderly boomer boomers homeless "
               "vrouwen vrouw meiden meisjes mannen immigranten migranten vluchtelingen "
               "asielzoekers buitenlanders allochtonen moslim moslims moslima moslimas moslima's joden jood christenen "
               "katholieken hindoes homo homo's homos lesbiennes transvrouwen transmannen zwarten zwarte blanken witte "
               "aziaten chinezen mexicanen afrikanen arabieren zigeuners polen turken marokkanen surinamers "
               "antillianen gehandicapten invaliden ouderen bejaarden daklozen boys jongens")

_DEHUMAN_EN = (r"animals|beasts|vermin|rats|cockroaches|roaches|parasites|leeches|apes|monkeys|pigs|dogs|savages|"
               r"sub-?humans?|filth|trash|garbage|scum|insects|maggots|locusts|a plague|a disease|a cancer|a virus|"
               r"a tumou?r|an infestation|not human|not even human|less than human|human (?:garbage|waste|trash)")
_DEHUMAN_NL = (r"beesten|dieren|ongedierte|ratten|kakkerlakken|parasieten|bloedzuigers|apen|varkens|honden|wilden|"
               r"untermenschen|tuig|uitschot|vuilnis|afval|insecten|maden|sprinkhanen|een plaag|een ziekte|"
               r"een kankergezwel|een gezwel|een virus|een pest|geen mensen|menselijk afval|gedrochten")
_COPULA = r"(?:are|is|were|'re|zijn|is|waren|blijven)"
# Up to three words between the copula and the noun ("are all just", "zijn stuk voor"); \s and \S never
# overlap, so each repetition has one way to match (no backtracking blow-up). Prepositions end it:
# "are friendly to animals" is not a claim that someone *is* an animal.
_FILLER = r"(?:\s+(?!for\b|to\b|with\b|of\b|about\b|like\b|voor\b|met\b|van\b|aan\b|over\b|als\b)\S+){0,3}?"

_JOKE = r"(?:😂|🤣|😆|😉|😏|\blol\b|\blmao\b|\bhaha\w*|\bhihi\b|just kidding|\bjk\b|wink wink|grapje|geintje|knipoog)"


@dataclass(frozen=True, slots=True)
class Shape:
    """One named sentence shape: a pattern and the attribute floors it implies."""

    name: str
    pattern: LazyPattern   # compiled on first use: most shapes never run on a given post (``lazy_regex``)
    floors: tuple[tuple[str, float], ...]
    needs: frozenset[str]   # the pattern can only match a sentence holding one of these words


def make_shape(name: str, needs: str, regex: str, **floors: float) -> Shape:
    """``needs``: space-separated words, one of which every match of ``regex`` contains. Checking
    them against the sentence's word set first skips ~95 % of regex runs on ordinary copy."""
    return Shape(name, LazyPattern(regex, re.IGNORECASE), tuple(floors.items()), frozenset(needs.split()))


# Veiled threats AIMED at a named group: idioms everyone reads as a threat when a group (or a
# member of it) is the one addressed or spoken about, but that brand copy also uses ("watch your
# step", "accidents happen", "you have been warned", "er kan zomaar iets gebeuren"). The sentence
# must name a group (_GROUP) and must not go on to sell something ("that's why we offer ...",
# "daarom ...", insurance, cover). Anchored at the start so the group lookahead runs once.
_VEILED_IDIOMS_EN = (
    r"watch (?:your|their|his|her|ur|y'?all'?s) (?:steps?|backs?|mouths?)\b(?! (?:on|in|at|when|while|getting|as|"
    r"near|around|by|during|with|going) (?:the|our|a|an|your|this|these|those|wet|icy|slippery|stairs)\b)|"
    r"(?:(?:your|their|his|her|ur|the)(?: \w+)?|'s?) days (?:\w+ ){0,3}are numbered|"
    r"accidents (?:can |do |will )?happen(?:\s*(?:[,.!;:…]|$))|"
    r"(?:(?:you|they|he|she|y'?all)(?:'re| are| is)?|(?:'ve|have|has) been) (?:been )?(?:fairly |duly )?warned"
    r"(?! (?:by|about|of|against|that|not)\b)|"
    r"consider (?:yourselves|yourself|themselves|this (?:a|your|their) (?:final |last )?warning)|"
    r"(?:shame|pity) if (?:something|anything)|"
    r"(?:something|anything) (?:bad )?(?:could|might|may|will) (?:easily |just )?happen to (?:those|these|that|this|"
    r"them|him|her)\b|"
    r"(?:i|we)(?:'d| would) hate (?:for )?(?:something|anything) (?:bad )?to happen|"
    r"lock (?:their|your|ur|the) (?:front )?doors?|"
    r"(?:won'?t|will not|wouldn'?t) (?:stay|be|remain) (?:standing|open|there|around) (?:for )?(?:long|much longer)|"
    r"(?:their|your|ur) time (?:here |in this \w+ )?is (?:running out|almost up|nearly up|up)|"
    r"while (?:you|they|y'?all) still can\b|"
    r"(?:we|i) know (?:exactly )?where (?:the|that|this|their|your) (?:\w+ )?(?:is|are)\b|"
    r"(?:teach|taught) (?:\w+ ){1,4}a lesson\b|"
    r"sleep with one eye open(?!\s*\?)|(?:we|i|they) know (?:exactly )?where (?:\w+ ){1,3}"
    r"(?:li?ves?|sleeps?|works?|parks?|goes to school|go to school|pray)\b(?! (?:and|so|because|to|in|with)\b)")
_VEILED_IDIOMS_NL = (
    r"(?:pas|kijk) (?:jij |jullie )?(?:dan |wel )?maar (?:goed )?(?:op|uit)\b(?! (?:voor|naar|met|bij|dat|op|jezelf|"
    r"elkaar)\b)|"
    r"(?:moeten|moet|kunnen|kan|mogen|mag) (?:maar |wel |heel |goed |beter |nu |dan |eens ){0,4}(?:oppassen|uitkijken|"
    r"opletten)\b(?! (?:voor|naar|met|bij|op)\b)|"
    r"(?:je|jouw|jullie|hun|zijn|haar|de) (?:\w+ )?dagen (?:hier )?zijn geteld|"
    r"(?:zonde|jammer) (?:\w+ ){0,2}als er (?:\w+ ){0,2}iets (?:met|aan)\b|"
    r"kan (?:er )?(?:zomaar|makkelijk|gewoon|altijd) iets (?:met (?:die|dat|deze|hen|ze|jullie|je|jou|hun|hem|haar)\b"
    r"(?: \w+){0,3} gebeuren|gebeuren met (?:die|dat|deze|hen|ze|jullie|je|jou|hun|hem|haar)\b)|"
    r"ongelukken (?:kunnen )?gebeuren(?:\s*(?:[,.!;:…]|$))|"
    r"(?:hun|je|jullie|de) (?:voor)?deur(?:en)? (?:\w+ ){0,3}op slot|"
    r"blijf(?:t|en)? (?:hij|die|het|ze|jullie) niet lang (?:meer )?(?:overeind|staan|open)|"
    r"(?:hun|jullie|je) tijd (?:hier )?(?:is )?(?:bijna |zo )?om\b|"
    r"(?:nu|zolang) het nog kan\b|"
    r"(?:we|wij|ik) weten? (?:precies )?waar (?:het|dat|die|de|hun|jullie) (?:\w+ )?(?:is|zijn|staat|staan)\b|"
    r"(?:we|wij|ik) weten? (?:precies )?welke (?:auto|huis|fiets|deur|school) (?:van )?(?:jullie|hun|je|jouw)|"
    r"(?:een lesje|lesje) (?:\w+ ){0,3}(?:leren|moeten leren|geleerd)|"
    r"(?:je bent|jullie zijn|ze zijn|hij is|zij is|zijn ze|ben je) (?:\w+ )?gewaarschuwd\b(?! (?:voor|door|over|dat)\b)|"
    r"met (?:een|één) oog open (?:slapen|slaapt)|weten (?:\w+ )?waar (?:je|jij|jullie|ze|hij|zij|hun \w+|je \w+) "
    r"(?:woont|wonen|slaapt|slapen|werkt|werken|bidden|bidt)")
_SELLING = (r"that'?s why|which is why|so (?:get|grab|make sure|protect|book|order)|insurance|insured|cover(?:ed|age)?\b|"
            r"warranty|guarantee|sale\b|discount|offer\b|collection|deals?\b|grab\b|shop\b|order now|book now|"
            r"daarom|actie\b|deal\b|verzeker\w*|dekking|garantie|bescherm\w*|"
            r"bestel\w*|korting|aanbieding|collectie|\d+ ?%")
VEILED_THREAT_AT_THING_NL = (rf"^(?!.*?\b(?:{_SELLING})).*?\b(?:zonde|jammer)\b(?: \w+){{0,3}} als er (?:\w+ ){{0,2}}"
                             r"iets (?:(?:met|aan) \S+(?: \S+){0,3}|mee|aan) (?:gebeurt|gebeurde|zou gebeuren|overkomt)\b")
# A group's place of worship or shelter stands for the group ("that mosque should be careful").
_GROUP_PLACES = (r"mosques?|synagogues?|moskee(?:ën|s)?|synago(?:ge|gen)|azc'?s?|asielzoekerscentr\w*|(?:gay|homo) ?bars?|"
                 r"refugee (?:centres?|centers?|shelters?|homes?|camps?)|vluchtelingenopvang|opvangcentr\w*")
VEILED_THREAT_AT_GROUP = (rf"^(?=.*?\b(?:{_GROUP}|{_GROUP_PLACES})\b)(?!.*?\b(?:{_SELLING}))"
                          rf".*?\b(?:{_VEILED_IDIOMS_EN}|{_VEILED_IDIOMS_NL})")

THREAT = {"toxicity": STRONG, "threat": STRONG, "severe_toxicity": 0.75}
THREAT_REVIEW = {"toxicity": MODERATE, "threat": MODERATE}
IDENTITY = {"toxicity": STRONG, "identity_attack": STRONG, "insult": MODERATE}
IDENTITY_REVIEW = {"toxicity": MODERATE, "identity_attack": MODERATE}
INSULT = {"toxicity": STRONG, "insult": STRONG}
JOKE_HARM = {"toxicity": STRONG, "severe_toxicity": 0.75}
JOKE_HARM_REVIEW = {"toxicity": MODERATE}

# Contempt nouns said of a person (not of a thing): a predicate "X is a ..." with one of these is an insult
# whoever X is. Singular "clown", "fool", "loser" only with an intensifier ("a complete clown"): "our mascot is
# a clown" is a job description.
_CONTEMPT = (r"worms|snakes|leeches|lowlifes?|low-lifes?|degenerates|creeps|jerks|buffoons|dipshits|"
             r"(?:complete|total|absolute|utter|pathetic|spineless|useless|sad|real) (?:clown|fool|loser|worm|snake|"
             r"creep|jerk)|spineless \w+|waste of (?:oxygen|space|skin|air|a (?:human|person|life))|"
             r"(?:sorry |pathetic )?excuse (?:for|of) an? (?:human(?: being)?|person|man|woman|manager|mother|father)|"
             r"joke of an? (?:human(?: being)?|person|man|woman)|"
             r"human (?:garbage|trash|waste|scum|filth)|"
             r"slappelingen|slappeling|zeikerds?|zeurpieten|zeurpiet|nietsnutten|nietsnut|lapzwanzen|lapzwans|lamzakken|"
             r"lamzak|kneuzen|mafkezen|mafkees|malloten|malloot|zielenpoten|zielenpoot|uitvreters?|tokkies|mislukkelingen|"
             r"mislukkeling|stumperds?|onbenullen|onbenul|randdebielen|ruggengraatloze \w+|"
             r"stuk (?:vreten|ongeluk|onbenul|chagrijn|stront|vuil|tuig|verdriet|schorem)|"
             r"(?:walgelijk|waardeloos|zielig|verachtelijk|achterlijk) (?:mens|figuur|type|persoon|wezen)|"
             r"(?:complete|totale|echte|enorme) (?:clown|loser|sukkel|mislukkeling|lul|zak|eikel)|"
             r"verspilling van (?:zuurstof|ruimte)")
# The head nouns alone: the prefilter of the shapes that use _CONTEMPT.
_CONTEMPT_NEEDS = ("worms snakes leeches lowlife lowlifes low-life low-lifes degenerates creeps jerks buffoons dipshits "
                   "clown fool loser joke worm snake creep jerk disgrace spineless waste excuse piece human "
                   "slappelingen slappeling zeikerd zeikerds zeurpieten zeurpiet nietsnutten nietsnut lapzwanzen lapzwans "
                   "lamzakken lamzak kneuzen mafkezen mafkees malloten malloot zielenpoten zielenpoot uitvreter uitvreters "
                   "tokkies mislukkelingen mislukkeling stumperd stumperds onbenullen onbenul randdebielen ruggengraatloze "
                   "stuk mens figuur type persoon wezen sukkel lul zak eikel verspilling")
_FICTION = (r"villains?|characters?|film|movie|series|episode|show|novel|book|play|game|schurken|schurk|personages?|serie|"
            r"aflevering|boek|toneelstuk|spel")
_CONTEMPT_SINGULAR = r"clown|fool|loser|moron|idiot|sukkel|idioot|eikel|lul|klojo|oen|kneus|mafkees|malloot|prutser|zak"

SHAPES: tuple[Shape, ...] = (
    # --- veiled and conditional threats ----------------------------------------------------
    make_shape("veiled threat", 'back backs eye numbered next coming accidents happens shame pity lives live regret careful waiting done watch afraid pay home kids children son daughter wife husband family kid hope', r"\bwatch (?:your|their|his|her|ur|y'?all'?s) backs?\b|\bsleep with one eye open\b(?!\s*\?)|"
           r"\byour days are numbered\b|\byou'?re next\b|\b(?:we|i)(?:'re| are|'m| am) coming for (?:you|them)\b|"
           r"\baccidents happen to (?:people|those|anyone|folks)\b|\bwhat happens to (?:you|people like you)\b|"
           r"\b(?:shame|pity) (?:it would be )?if (?:something|anything)\b.{0,30}\bhappen|"
           r"\b(?:shame|pity) if (?:it|your|their|his|her|the) (?:\w+ )?(?:burn|caught fire|went up in flames|got hurt|got damaged|"
           r"was to burn|were to burn)|"
           r"\b(?:we|i|they) know where (?:you|they|he|she|your \w+|their \w+) li?ves?\b|"
           r"\bregret (?:it|this|that) for the rest of (?:your|their|his|her) li(?:fe|ves)\b|"
           r"\b(?:be careful|watch out|better watch out|careful)\b.{0,30}\b(?:walking home|going home|at night|tonight)\b|"
           r"\byou never know who'?s? (?:is )?waiting\b|\bwe(?:'re| are) not done with you\b|"
           r"\byou (?:won'?t|will not|wont) (?:make it|get|be going|walk|go) home (?:in one piece|alive)\b|"
           r"\b(?:better|had better|'d better) hope (?:that )?(?:nobody|no one) (?:\w+ ){0,3}(?:address|lives|where)\b|"
           r"\b(?:shame|pity) if (?:someone|somebody|anyone|people) (?:found|finds|were to find|was to find) out where\b|"
           r"\bpeople like (?:you|u|them) (?:\w+ )?(?:tend to|often|usually|always|might|could|can|sometimes) "
           r"(?:have|get into|meet with|suffer) (?:an? |nasty |little )*accidents?\b|"
           r"\b(?:one more|once more|again|keep (?:\w+ing|it up)|if you (?:\w+ ){1,3})\b.{0,60}\bsee what happens "
           r"(?:to|with) (?:your|you|ur)\b|"
           r"\b(?:we|i|they) know (?:which|what|where) (?:school|street|house|gym|club|route)?\s?(?:\w+ ){0,2}"
           r"(?:your|ur|their|his|her) (?:kids|children|son|daughter|wife|husband|family|kid)\b|"
           r"\b(?:anyone|anybody|whoever|people|those) (?:who|that)\b.{0,60}\b(?:should|better|had better|must|"
           r"need to|will) (?:watch|be careful|be afraid|regret|pay for)", **THREAT),
    make_shape("veiled threat (nl)", 'oppassen uitkijken opletten pas kijk zonde jammer woont wonen gebeurt spijt ongelukken geteld halen klaar verhuizen thuis kinderen kids dochter zoon vrouw man gezin kind hopen', r"\b(?:moet|moeten|kan|kunnen|mag|mogen) (?:maar |wel )?(?:heel )?(?:goed |beter )?"
           r"(?:oppassen|uitkijken|opletten)\b|\bpas (?:maar )?(?:goed )?op\b(?! voor\b).{0,25}\b(?:naar huis|in het donker|vanavond)|"
           r"\bkijk (?:maar )?(?:goed )?uit\b.{0,30}\b(?:naar huis|in het donker|vanavond|'s avonds)|"
           r"\b(?:zonde|jammer)\b.{0,20}\bals\b.{0,40}\b(?:afbrandt|afbrand|in brand vliegt|in de fik|iets overkomt|"
           r"iets gebeurt|iets zou gebeuren)|\b(?:we|wij|ik) weten? (?:waar|wonen)\b.{0,25}\b(?:woont|wonen)\b|"
           r"\bje (?:zult|zal|gaat) (?:wel )?zien wat er (?:met je|met jou|met jullie) gebeurt\b|"
           r"\bspijt\b.{0,40}\b(?:rest van (?:je|zijn|haar|jullie) leven|je hele leven)\b|"
           r"\b(?:rest van (?:je|zijn|haar|jullie) leven|je hele leven)\b.{0,20}\bspijt\b|"
           r"\bongelukken gebeuren\b|\bje dagen zijn geteld\b|\bwe komen (?:je|jullie) halen\b|"
           r"\bwe zijn nog niet klaar met (?:je|jou|jullie)\b|\bkan (?:maar )?beter verhuizen\b|"
           r"\b(?:je|jij|jullie|hij|ze) (?:komt|komen) (?:niet|nooit) (?:meer )?(?:heel|levend|in één stuk) thuis\b|"
           r"\b(?:mag|mogen|moet|moeten) (?:\w+ )?hopen dat (?:niemand|geen mens) (?:\w+ ){0,3}(?:adres|woont|wonen)\b|"
           r"\b(?:we|wij|ik) weten? (?:\w+ ){0,2}(?:waar|welke school|op welke school) (?:je|jouw|jullie|hun|zijn|haar) "
           r"(?:kinderen|kids|dochter|zoon|vrouw|man|gezin|kind)\b", **THREAT),
    make_shape("veiled threat at a group", GROUP_WORDS + " mosque mosques synagogue synagogues moskee moskeeën moskees "
               "synagoge synagogen azc azcs asielzoekerscentrum asielzoekerscentra gaybar homobar bar bars refugee "
               "vluchtelingenopvang opvangcentrum opvangcentra", VEILED_THREAT_AT_GROUP, **THREAT),
    make_shape("veiled threat (nl, shame if)", "zonde jammer", VEILED_THREAT_AT_THING_NL, **THREAT),
    # --- violence against a person, named or addressed -------------------------------------
    make_shape("violence against a person", 'somebody someone some1 anyone sb deserve deserves alone beaten beat beats put break hunt smash kill kills stab stabs hurt punch punches strangle strangles slit torch burn murder murders shoot shoots slap kick hit runs run hangs hang', r"\b(?:somebody|someone|some1|anyone|sb) (?:needs? to|should|ought to|has to|"
           r"must|gotta|oughta|could) (?:just )?(?:go )?(?:shoot|kill|stab|punch|strangle|hang|beat up|beat|bomb|"
           r"run over|murder|smash|slap|hurt|lynch|behead|put)\b(?! (?:a|an|the|some|our|your|us) (?:video|film|photo|"
           r"picture|message|dm|email|line|note|end|stop|question|ad|shot|movie))|"
           r"\bi hope (?:someone|somebody|they|he|she|a \w+) (?:\w+ )?(?:runs? over|shoots?|kills?|stabs?|beats?|"
           r"punch(?:es)?|murders?|hangs?|strangles?)\b|"
           r"\bdeserves? (?:a bullet|to be shot|to be killed|to die|to be beaten|a beating|to get hurt|to be hanged|"
           r"to be run over|to get run over)\b|"
           r"\b(?:punch|slap|kick|smash|stab|shoot|hit) (?:\w+ ){0,2}in the (?:face|head|teeth|throat|knee|gut)\b|"
           r"\bput (?:\w+ ){1,3}in the (?:ground|grave|hospital)\b|"
           r"\balone with\b.{0,30}\band a (?:bat|baseball bat|knife|gun|crowbar|hammer)\b|"
           r"\b(?:beaten|beat) black and blue\b|"
           r"\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| gonna) (?:\w+ ){0,2}"
           r"(?:smash|kill|stab|hurt|punch|strangle|slit|torch|burn down|murder) (?:you|your|ya|him|his|her|them|"
           r"their|every|all)\b|\b(?:i|we)(?:'ll| will|'m going to| gonna) (?:shoot|beat) (?:you|him|her|them)\b"
           r"(?! (?:a|an|the|some|our|back)\b)|"
           r"\bbreak (?:your|his|her|their) (?:legs|neck|arms|jaw|nose|face)\b|"
           # not a favour done for someone: "we'll hunt you down a table", "hunt you down the best seats"
           r"\bhunt (?:you|him|her|them) down\b(?! (?:a|an|some|the|one|one of|your|two|2|our|this)\b)",
           **THREAT),
    make_shape("violence against a person (nl)", 'iemand hoop verdient verdienen bek smoel muil kop vermoorden afmaken neersteken neerschieten doodschieten slaan fik opblazen opsporen brand ram sla steek schiet trap breek ziekenhuis geslagen minuten', r"\biemand (?:moet|zou|mag|moest) (?:die |dat )?(?:\w+ ){0,3}"
           r"(?:eens )?(?:goed )?(?:in elkaar (?:slaan|trappen|rammen)|neerschieten|doodschieten|neersteken|"
           r"wurgen|ophangen|vermoorden|afmaken|overrijden|opblazen|een kogel|op (?:zijn|haar|z'n) (?:bek|smoel|muil) slaan|"
           r"in brand steken|in de fik steken|platbranden|afbranden)|"
           r"\bik hoop dat (?:iemand|ze|hij|zij)\b.{0,30}\b(?:overrijdt|neerschiet|doodschiet|neersteekt|vermoordt|"
           r"in elkaar slaat|ophangt|wurgt)\b|\bverdien(?:t|en) (?:een kogel|de kogel|de dood|het om (?:dood|"
           r"neergeschoten|overreden|in elkaar geslagen|vermoord|opgehangen))|"
           r"\bop (?:zijn|haar|z'n|hun|je) (?:bek|smoel|muil|kop) (?:slaan|meppen|timmeren|rammen)\b|"
           r"\b(?:ik|we|wij) (?:ga|gaan|zal|zullen) (?:\w+ ){0,3}(?:vermoorden|afmaken|neersteken|neerschieten|"
           r"doodschieten|in elkaar slaan|in de fik steken|opblazen|opsporen|in brand steken)\b|"
           r"\bik (?:ram|sla|steek|schiet|trap) (?:je|jou|jullie|hem|haar)\b(?! (?:een hart|graag|even|op de hoogte))|"
           r"\bbreek (?:je|jouw|zijn|haar) (?:benen|nek|armen|kaak|neus)\b|\bje ligt in het ziekenhuis\b|"
           r"\b(?:bont en blauw|helemaal in elkaar) geslagen\b|\bminuten met\b.{0,30}\b(?:honkbalknuppel|knuppel|mes|pistool)\b", **THREAT),
    # "I will personally make sure the new kid suffers", "we gaan ervoor zorgen dat elke ... spijt krijgt":
    # harm promised by the writer, whoever the target.
    make_shape("promised harm", 'sure ensure zorgen zorg suffers suffer regrets regret safe pays pay lijdt lijden spijt '
               'veilig boeten', r"\b(?:i|we|ik|wij)(?:'ll|'m going to|'re going to| will| shall| am going to| are going to|"
               r" gaan| ga| zal| zullen)? (?:\w+ )?(?:make sure|ensure|see to it|er ?voor zorgen|zorgen|zorg) (?:that |dat )?"
               r".{0,60}\b(?:suffers?|(?<!never )(?<!not )(?<!n't )regrets? (?:it|this|being|the day|ever)\b(?! (?:purchase|"
               r"order|booking|choice|decision|visit|trip|stay))|(?:never|no longer|nooit|niet) (?:\w+ )?(?:feels?|"
               r"voelt|voelen) (?:\w+ )?(?:safe|veilig)|no (?:\w+ ){1,3}(?:ever )?(?:feels?|is|are) (?:\w+ )?safe|"
               r"(?:geen|niemand) (?:\w+ ){0,3}(?:zich )?(?:hier |ooit |nog )?veilig (?:voelt|voelen|is)|(?:feels?|voelt|voelen) (?:\w+ )?(?:nowhere|nergens) (?:\w+ )?(?:safe|veilig)|"
               r"pays? for (?:it|this|that)|lijdt|lijden|spijt krijgt|spijt krijgen|ervoor boet|boeten)\b", **THREAT),
    # "Ik zou elke immigrant die de grens over komt met liefde neerschieten": violence the writer would do
    make_shape("wished violence (nl)", 'neerschieten doodschieten vermoorden afmaken neersteken ophangen vergassen '
               'overrijden', r"\b(?:ik|wij|we) (?:zou|zouden|wil|willen) (?:\w+ ){1,10}?(?:met (?:liefde|plezier|alle "
               r"plezier)|graag|zo|meteen|stuk voor stuk) (?:\w+ )?(?:neerschieten|doodschieten|vermoorden|afmaken|"
               r"neersteken|ophangen|vergassen|overrijden)\b", **THREAT),
    # --- violence against a group as what should happen -------------------------------------
    make_shape("normative violence", 'shot killed hanged hung beaten gassed burned burnt lynched executed exterminated drowned castrated stoned wiped put sterilised sterilized run thrown beating bullet bullets lined locked deported bomb', r"\b(?:should|must|ought to|need to|needs to|deserve to|deserves to|have to) (?:all )?"
           r"(?:be|get) (?:\w+ )?(?:and )?(?:shot|killed|hanged|hung|beaten|gassed|burned|burnt|lynched|executed|"
           r"exterminated|drowned|castrated|stoned|wiped out|put down|sterili[sz]ed|run over|thrown (?:into|in|off) "
           r"(?:the sea|a river|a cliff|the ocean))\b|\bdeserve (?:a )?(?:beating|bullet|bullets)\b|"
           r"\bshould (?:all )?be (?:lined up|locked up and forgotten|locked up forever|deported)\b|"
           rf"\b{_GROUP}\b.{{0,30}}\bought to be locked up\b|\bsomeone should bomb\b", **THREAT),
    make_shape("normative violence (nl)", 'doodgeschoten neergeschoten opgehangen vergast afgemaakt uitgeroeid verbrand geslagen muur zee overreden slaag opgeruimd gedeporteerd opgesloten klap klappen mep dreun kogel rammel schop', r"\b(?:moeten|moet|verdienen|verdient)\b.{0,25}\b(?:doodgeschoten|neergeschoten|"
           r"opgehangen|vergast|afgemaakt|uitgeroeid|verbrand|in elkaar geslagen|tegen de muur gezet|de zee in gegooid|"
           r"in zee gegooid|overreden|een pak slaag|opgeruimd|gedeporteerd)\b|"
           rf"\b{_GROUP}\b.{{0,20}}\bmoeten (?:worden )?opgesloten\b|"
           r"\b(?:moeten|moet|verdienen|verdient) (?:gewoon |allemaal |eens |af en toe )?(?:een |de )?(?:flinke |harde |goede )?"
           r"(?:klap|klappen|mep|dreun|kogel|pak rammel|pak slaag|schop) (?:krijgen|hebben|voor (?:hun|haar|zijn) kop)?\b",
           **THREAT),
    # --- dehumanisation and group attacks ----------------------------------------------------
    make_shape("dehumanisation", 'animals beasts vermin rats cockroaches roaches parasites leeches apes monkeys pigs dogs savages subhuman subhumans sub-human sub-humans filth trash garbage scum insects maggots locusts plague disease cancer virus tumor tumour infestation human waste breed breeds breeding beesten dieren ongedierte ratten kakkerlakken parasieten bloedzuigers apen varkens honden wilden untermenschen tuig uitschot vuilnis afval insecten maden sprinkhanen plaag ziekte kankergezwel gezwel pest mensen gedrochten fokken tapeworm tapeworms parasite leech lintworm lintwormen parasiet bloedzuiger', rf"\b{_COPULA}{_FILLER}\s+(?:{_DEHUMAN_EN}|{_DEHUMAN_NL})\b|"
           rf"\b{_COPULA}\s+(?:\S+\s+){{0,2}}?(?:a |an |een )?(?:swarm|plague|horde|pack|herd|nest|infestation|zwerm|plaag|"
           rf"horde|kudde|nest|roedel) (?:of |van )?(?:{_DEHUMAN_EN}|{_DEHUMAN_NL}|locusts|sprinkhanen|rats|ratten)\b|"
           rf"(?<!treated )(?<!handled )(?<!behandeld )\b(?:like|als) (?:a |an |een )?(?:tapeworms?|parasites?|leech(?:es)?|"
           r"cockroach(?:es)?|rats?|vermin|locusts|lintworm(?:en)?|parasieten|parasiet|bloedzuigers?|kakkerlakken|ratten|"
           r"ongedierte|sprinkhanen)\b|"
           r"\bbreed(?:s|ing)? like (?:rabbits|rats|animals|cockroaches)\b|\bfokken als (?:konijnen|ratten|beesten)\b",
           **IDENTITY),
    make_shape("group attack", GROUP_WORDS, rf"\b{_GROUP}\b (?:are|zijn) (?:all |allemaal |just |gewoon |by nature |van nature |"
           r"nu eenmaal |a bunch of |een stel |stuk voor stuk )*(?:\w+ )?(?:lazy|thieves|criminals|terrorists|rapists|"
           r"dirty|filthy|violent|greedy|inferior|predators|perverts|freeloaders|degenerates|mentally ill|"
           r"a waste of money|a burden|dieven|criminelen|terroristen|verkrachters|vies|vieze|smerig|gewelddadig|"
           r"hebberig|minderwaardig|profiteurs|uitkeringstrekkers|viezeriken|geestesziek|ziek|zonde van het geld|"
           r"een last)\b|"
           rf"\b{_GROUP}\b (?:\S+ ){{0,3}}(?:geestesziek|ziek|gestoord|minderwaardig|criminelen|terroristen|parasieten|"
           r"tuig|profiteurs|zonde van het geld|een last|een plaag) (?:zijn|is|waren)\b|"
           # one's own experience made a rule: "every Muslim I've ever met was a liar", "elke moslim die ik ken is een dief"
           rf"\b(?:every|each|all the|all|elke|iedere|alle) {_GROUP}\b (?:(?:that |who )?i(?:'ve| have)? |(?:die|dat) ik )"
           r"(?:\w+ ){0,3}?(?:met|known|know|seen|worked with|hired|ontmoet|gekend|ken|gezien|gesproken|aangenomen)\b"
           r".{0,25}?\b(?:was|were|is|are|has been|waren|zijn|bleek|bleken)\b (?:\w+ )?(?:a |an |een )?(?:liars?|thie(?:f|ves)|"
           r"criminals?|lazy|dirty|rude|violent|crooks?|cheats?|scammers?|useless|stupid|leugenaars?|dieven|dief|"
           r"criminelen|crimineel|lui|vies|onbeschoft|gewelddadig|oplichters?|nutteloos|dom|degenerates?|gedegenereerd|"
           r"perverts?|pervers|sick|ziek|gestoord)\b|"
           rf"\b(?:is|was|zijn|waren) (?:elke|iedere|alle) {_GROUP}\b (?:die|dat) ik (?:\w+ ){{0,3}}?(?:ontmoet|ken|gekend|gezien|"
           r"gesproken|aangenomen)\b(?: \w+)? (?:\w+ )?(?:een )?(?:leugenaars?|dieven|dief|criminelen|crimineel|lui|vies|"
           r"onbeschoft|gewelddadig|oplichters?|nutteloos|dom|gedegenereerd|pervers|ziek|gestoord)\b", **IDENTITY),
    make_shape("group contempt", GROUP_WORDS + '  nothing verafschuw verafschuwen uitstaan luchten hekel', rf"\b(?:i|we) (?:can'?t stand|despise|loathe|detest|hate|can not stand|cannot stand)\b.{{0,20}}"
           rf"\b{_GROUP}\b|\b{_GROUP}\b.{{0,15}}\b(?:make me sick|make my skin crawl|disgust me)\b|"
           rf"\bnothing disgusts me more than\b|\bik (?:walg|kots) van\b.{{0,20}}\b{_GROUP}\b|"
           # people, not soggy fries: the object is a group or a pronoun for people
           rf"\b(?:ik|wij) (?:kan|kunnen) (?:\S+ ){{0,3}}?(?:{_GROUP}|ze|hen|jullie|je|jou|hem|haar)\b(?: \S+){{0,2}}? "
           r"(?:niet|geen van allen|geen van beiden|allemaal niet) (?:uitstaan|luchten)\b|"
           rf"\b(?:ik|wij|we) (?:heb|hebben|voel|voelen|koester|koesteren) (?:\w+ ){{0,2}}(?:haat|hekel|afkeer|walging) "
           rf"(?:tegen|aan|voor|van) (?:\w+ )?{_GROUP}\b|\b(?:i|we) (?:have|feel) (?:\w+ ){{0,2}}(?:hatred|hate|contempt|disgust) "
           rf"(?:for|towards|toward|against) (?:\w+ )?{_GROUP}\b|"
           rf"\bvan {_GROUP} word ik (?:misselijk|ziek|kotsmisselijk)\b|"
           rf"\b(?:ik|wij) verafschuw(?:en)?\b(?=.{{0,40}}\b(?:{_GROUP}|ze|hen)\b)|"
           rf"\b{_GROUP}\b.{{0,30}}\b(?:irriteren|ergeren) me\b|\b{_GROUP}\b.{{0,30}}\bheb(?:ben)? (?:er )?een hekel aan\b.{{0,5}}$",
           **IDENTITY_REVIEW),
    # hatred or disgust owned as a feeling about a whole group ("I have a deep hatred of Muslims", "mijn
    # afkeer van Polen"): as strong as "I hate Muslims", which blocks; the group is the direct object
    # of the feeling, so "I can't stand people who hate Muslims" (group contempt, review) is not read here
    make_shape("group hatred", "hatred hate contempt disgust loathing disgusts sickens repulses haat afkeer walging "
               "minachting walgt", rf"\b(?:i|we) (?:have|feel|harbou?r|hold) (?:(?!(?:no|not|any|never|zero|geen|niet|nooit)\b)\w+ ){{0,2}}(?:hatred|hate|contempt|disgust|"
               rf"loathing) (?:for|towards?|against|of) (?:all |every |those |these |the )?(?:\w+ )?{_GROUP}\b|"
               rf"\bmy (?:\w+ )?(?:hatred|contempt|disgust|loathing) (?:for|of|towards?|against) (?:all |every |those |these |the )?"
               rf"(?:\w+ )?{_GROUP}\b|\bnothing (?:disgusts|sickens|repulses) me more than (?:\w+ )?{_GROUP}\b|"
               rf"\b(?:ik|wij|we) (?:heb|hebben|voel|voelen|koester|koesteren) (?:(?!(?:no|not|any|never|zero|geen|niet|nooit)\b)\w+ ){{0,2}}(?:haat|afkeer|walging|minachting) "
               rf"(?:tegen|voor|van|jegens) (?:alle |die |deze )?(?:\w+ )?{_GROUP}\b|"
               rf"\bmijn (?:\w+ )?(?:haat|afkeer|walging|minachting) (?:tegen|voor|van|jegens) (?:alle |die |deze )?(?:\w+ )?{_GROUP}\b|"
               rf"\bniets (?:walgt|stoort|irriteert) me meer dan (?:\w+ )?{_GROUP}\b", **IDENTITY),
    make_shape("negated positive about a group", GROUP_WORDS + '  respect respecteren waard', rf"\b{_GROUP}\b (?:will never be|are never|are not|aren'?t|zullen nooit|"
           r"zijn geen|zijn nooit) (?:\w+ )?(?:welcome|real (?:women|men)|worth (?:hiring|it|saving)|human|"
           r"welkom|echte (?:vrouwen|mannen)|het waard)\b|\bi (?:will|would) never respect (?:a |an )?\w+|"
           rf"\bik zal (?:een |nooit )?\w+ nooit respecteren\b|\b{_GROUP}\b (?:have|has) no place (?:in|here)\b|"
           rf"\b{_GROUP}\b horen niet (?:in|bij|thuis)\b|\bzijn het niet waard\b", **IDENTITY),
    # --- stereotypes stated as fact ---------------------------------------------------------
    # animals that do what only people do ("ghetto apes rioting again", "die apen uit de Bijlmer zijn weer aan het
    # rellen"): the animal is a name for people; zoo animals breed and eat, they do not riot, vote or pray
    make_shape("people as animals", "ape apes monkey monkeys baboons gorillas rats cockroaches roaches animals beasts "
               "savages vermin parasites apen bavianen gorillas ratten kakkerlakken beesten wilden parasieten",
               r"(?<!\bour )(?<!\bmy )(?<!\bmijn )(?<!\bonze )(?<!\bpet )(?<!\blittle )(?<!\bkleine )(?<!\blike )"
               r"(?<!\bals )"   # pets, mascots, "little monkeys" (children) and similes are no name for people
               r"\b(?:apes?|monkeys?|baboons?|gorillas?|rats|cockroaches|roaches|animals|beasts|savages|vermin|parasites|"
               r"apen|bavianen|gorilla'?s|ratten|kakkerlakken|beesten|wilden|parasieten)\b(?! (?:at|in) (?:the|our|de|het|onze) "
               r"(?:zoo|dierentuin|park|farm|boerderij))[^.!?]{0,40}?\b(?:rioting|riot|looting|loot|voting|vote|marching|"
               r"protesting|praying|pray|demonstrating|rellen|rellend|plunderen|plunderend|stemmen|demonstreren|"
               r"bidden)\b(?!.{0,40}\b(?:zoo|dierentuin|sanctuary|opvang|wildlife|safari|cookie|koekje|treats?|snacks?|bananas?|bananen)\b)",
               **IDENTITY),
    # a woman's success put down to sex ("she only got the promotion because she spread her legs"): a sexist insult
    make_shape("slept her way up", "slept sleeping spread spreading opened legs benen sliep slapen bed",
               r"\bslept (?:her|their) way (?:to the top|up)\b|\b(?:got|gets|earned|landed|won) (?:the|that|her|this|a) "
               r"(?:job|promotion|role|position|part|raise|contract|seat)\b.{0,30}\b(?:because|since|by|coz|cuz|cause)\b "
               r"(?:she )?(?:slept with|sleeping with|spread her legs|spreading her legs|opened her legs|opening her legs)\b|"
               r"\b(?:gekregen|kreeg|krijgt|binnengehaald)\b.{0,30}\b(?:omdat|doordat|door)\b (?:ze |zij )?(?:haar benen "
               r"(?:spreidde|spreidt|wijd deed|opendeed)|met (?:de|haar) (?:baas|chef|directeur) (?:sliep|naar bed ging|in bed lag))",
               **IDENTITY),
    # living off a country as a group's nature ("these foreigners come here and leech off our system"): the
    # benefit-scrounger stereotype, with a group as the subject
    make_shape("scrounger stereotype", GROUP_WORDS, rf"\b{_GROUP}\b[^.!?]{{0,40}}?\b(?:leech(?:ing|es)? off|sponge?(?:ing|s)? "
               r"off|scroung(?:e|es|ing) off|liv(?:e|es|ing) off our|feed(?:ing|s)? off our|profiteren van ons|profiteert van "
               r"ons|teren op ons|leven van onze (?:uitkeringen|belastingcenten|centen))\b", **IDENTITY),
    # the kitchen trope said to or of a woman ("get back in the kitchen, sweetheart", "she should just stay in
    # the kitchen, barefoot and pregnant", "terug naar het aanrecht, schat"): a role put on her because she is one
    make_shape("kitchen trope", "kitchen keuken aanrecht barefoot sandwich",
               r"\bbarefoot and pregnant\b|"
               r"\b(?:she|women|woman|girls?|wives|wife|females?|ladies)\b(?!.*\b(?:chef|chefs|cook|cooks|cooking|class|"
               r"workshop|recipe|with us|with me|kok|chef-kok|kookles|kookcursus|recept|met ons|met mij)\b).{0,30}\b(?:should|belongs?|needs? to|must|ought to)"
               r"\b(?: \w+)? (?:be|stay|go back|get back|stick) (?:in|to|into|at) the (?:kitchen|sink|stove)\b|"
               r"\b(?:get|go) back (?:in|to|into) (?:the|your|ur) kitchen\b(?=.{0,40}\b(?:sandwich|where (?:you|she) belongs?|"
               r"woman|women|girls?|sweetheart|sweetie|honey|babe|bitch|sis)\b)|"
               r"\b(?:woman|women|girls?|sweetheart|sweetie|honey|babe|bitch)\b.{0,40}\b(?:get|go) back (?:in|to|into) (?:the|your|ur)"
               r" kitchen\b|\b(?:woman|bitch|babe|honey|sweetheart),? (?:now )?(?:go )?make me a sandwich\b|"
               r"\b(?:ze|zij|vrouwen|vrouw|meiden|meisjes?|wijf|wijven|dames)\b(?!.*\b(?:chef|chef-kok|kok|koks|kookles|"
               r"kookcursus|kookworkshop|recept|met ons|met mij|cook|cooking|class)\b).{0,30}\b(?:hoort|horen|hoor|blijf|blijven|moet|"
               r"moeten|terug)\b.{0,20}\b(?:naar|achter|in) (?:het|de) (?:aanrecht|keuken)\b|"
               r"^\W*(?:(?:ga|gauw|snel|hup) )*(?:terug )?(?:naar|achter) het aanrecht\b|"
               r"\b(?:terug naar|achter) het aanrecht\b.{0,20}\b(?:schat|schatje|wijf|meid|vrouw|dame)\b", **IDENTITY),
    make_shape("stereotype as fact", GROUP_WORDS, r"\b(?:a )?(?:woman|women|girls?|wives|females?)(?:'s)? (?:place )?(?:is |are |belongs? |"
           r"should stay |should be |needs? to stay )?(?:in|at|behind) the (?:kitchen|sink|stove|home)\b|"
           r"\b(?:woman|women|girls|wives|females)\b.{0,12}\b(?:belong|should stay)\b.{0,15}\b(?:kitchen|home|sink|stove|in bed)\b|"
           rf"\b{_GROUP}\b (?:(?:can'?t|cannot|can not|are unable to|shouldn'?t be allowed to|should not be allowed to) "
           r"(?:drive|think|lead|vote|do maths?|do math|code|park|be trusted)\b|"
           r"(?:are|is) (?:just |simply )?(?:bad|terrible|useless|hopeless) at\b|(?:are|is) (?:too )?(?:stupid|dumb|emotional) to\b|"
           r"(?:kunnen|kan) (?:nu eenmaal |gewoon |echt )?(?:niet|geen) (?:autorijden|rijden|rekenen|denken|leiding geven|"
           r"stemmen|inparkeren)\b|(?:zouden|mogen) (?:niet|nooit) (?:mogen )?(?:autorijden|stemmen|werken|leiding geven)\b|"
           r"(?:zijn|is) (?:te )?(?:dom|emotioneel) om\b|zijn nutteloos\b|te (?:dom|stom|emotioneel|zwak|lui) om\b)|"
           r"\b(?:men|boys) who (?:cry|cook)\b.{0,20}\b(?:weak|pathetic|girls|gay)\b|"
           r"\b(?:vrouw|vrouwen|een vrouw|meisjes|meiden)\b.{0,12}\b(?:hoort|horen|moeten blijven)\b.{0,20}"
           r"\b(?:achter het aanrecht|in de keuken|thuis|bij de kinderen)\b|"
           rf"\b{_GROUP}\b (?:kunnen|kan) (?:nu eenmaal |gewoon |echt )?(?:niet|geen) (?:autorijden|rijden|rekenen|"
           r"denken|leiding geven|stemmen|inparkeren)\b|"
           rf"\b{_GROUP}\b (?:zouden|mogen) (?:niet|nooit) (?:mogen )?(?:autorijden|stemmen|werken|leiding geven)\b|"
           rf"\b{_GROUP}\b (?:zijn|is) (?:te )?(?:dom|emotioneel) om\b|\b{_GROUP}\b zijn nutteloos\b|"
           r"\b(?:mannen|jongens) die huilen\b.{0,20}\b(?:slappelingen|watjes|mietjes)\b", **IDENTITY),
    # --- jokes about consent, spiking and domestic violence ---------------------------------
    make_shape("spiking", 'roofie roofies rohypnol ghb date spike spiked spiking drink drinks glass cocktail wine beer punch pill drankje drankjes glas wijn bier pilletje extraatje', r"\b(?:roofies?|rohypnol|ghb|date rape drugs?)\b|\bspik(?:e|ed|ing) (?:her|his|their|someone'?s|"
           r"somebody'?s|a girl'?s|the girls'?|ladies'?) (?:\w+ )?(?:drinks?|glass|cocktail|wine|beer|punch)\b|"
           r"\b(?:slip|put|drop|add|hide|sneak|adds?)\b.{0,30}\b(?:in|into|to)\b (?:her|his|their|a girl'?s|the "
           r"ladies'?|the girls'?) (?:\w+ )?(?:drinks?|glass|cocktail|wine|beer|punch)\b|"
           r"\bpill\b.{0,20}\b(?:in|into) (?:her|his|their) (?:drink|glass|cocktail|wine)\b|"
           r"\b(?:doe|doen|stop|stoppen|gooi|gooien|verstop)\b.{0,30}\bin (?:haar|zijn|hun) (?:\w+ )?(?:drankje|glas|"
           r"cocktail|wijn|bier)\b|\bpilletje\b.{0,20}\bin (?:haar|zijn|hun|het) (?:glas|drankje|wijn|cocktail)\b|"
           r"\bin de drankjes van de (?:dames|meiden|vrouwen)\b|\bextraatje in de drankjes\b", **JOKE_HARM),
    make_shape("joke about consent", 'means meant sounded consent unconscious asleep sleeping passed rape assault remember eyes stops betekent klonk toestemming slapende bewusteloze dronken bewusteloos aanranding weet ogen zegt', r"\bno means yes\b|\b(?:her|a) no (?:sounded|meant|means|was)\b.{0,20}\b(?:maybe|yes)\b|"
           r"\bconsent is (?:just |only )?(?:a formality|optional|overrated)\b|"
           r"\b(?:unconscious|asleep|sleeping (?:girls|women)|passed out)\b.{0,15}\b(?:means yes|can'?t say no)\b|"
           r"\bwasn'?t (?:really )?(?:rape|assault)\b|\bwon'?t remember saying no\b|\beyes said yes\b|"
           r"\buntil she stops saying no\b|\bnee betekent ja\b|\bnee klonk\b.{0,30}\b(?:misschien|ja)\b|"
           r"\btoestemming is (?:maar |slechts |gewoon )?een formaliteit\b|"
           r"\b(?:slapende|bewusteloze|dronken) (?:meiden|vrouwen|meisjes) kunnen geen nee\b|\bbewusteloos betekent ja\b|"
           r"\b(?:toch |was het )?geen aanranding\b.{0,15}" + _JOKE + r"|\bniet meer weet dat ze nee zei\b|"
           r"\bogen zeiden ja\b|\btot ze geen nee meer zegt\b", **JOKE_HARM),
    make_shape("domestic violence", 'wife wives girlfriend missus women vrouw vriendin wijf vrouwen', r"\b(?:slap|smack|backhand|beat|hit|punch|beating|black eye)\b.{0,40}\b(?:wife|wives|"
           r"girlfriend|missus)\b|\b(?:wife|wives|girlfriend|missus|women)\b.{0,40}\b(?:slap|smack|backhand|beating|"
           r"black eye|in line|beat them)\b|\b(?:klap|mep|tik|pak slaag|slaan|blauw oog|in het gareel)\b.{0,40}"
           r"\b(?:vrouw|vriendin|wijf)\b|\b(?:vrouw|vriendin|wijf|vrouwen)\b.{0,40}\b(?:klap|mep|tik|pak slaag|"
           r"blauw oog|in het gareel|kloppen|slaan)\b", **JOKE_HARM_REVIEW),
    # --- insults aimed at people who are not the reader --------------------------------------
    make_shape("predicative insult", "idiot idiots moron morons imbecile imbeciles imbecil imbecils cretin cretins dumbass dumbasses losers scumbag scumbags clowns fools sheep brainless brain-dead braindead brain dead retard retards halfwit halfwits dimwit dimwits numpties muppets idioten idioot sukkel sukkels debielen debiel randdebielen randdebiel mongolen mongool prutsers hersenloze hersendode achterlijken imbecielen oenen klojo klojos klojo's eikels klootzakken lafaard lafaards schapen", rf"\b{_COPULA}{_FILLER}\s+(?:a |an |een )?(?:\w+ ){{0,2}}"
           r"(?:idiots?|morons?|imbeciles?|imbecils?|cretins?|dumbass(?:es)?|losers|scumbags?|clowns|fools|sheep|"
           r"brainless|brain-?dead|braindead|retards?|halfwits?|dimwits?|numpties|muppets|"
           r"idioten|idioot|sukkels?|debielen|debiel|randdebielen|randdebiel|mongolen|mongool|prutsers|"
           r"hersenloze|hersendode|achterlijken|imbecielen|oenen|klojo'?s|eikels|klootzakken|lafaards?|schapen)\b",
           **INSULT),
    # the same with the contempt nouns, not said of a character in a film or series
    make_shape("predicative contempt", _CONTEMPT_NEEDS,
               rf"^(?!.*?\b(?:{_FICTION})\b).*?\b{_COPULA}{_FILLER}\s+(?:a |an |een )?(?:\w+ ){{0,2}}(?:{_CONTEMPT})\b",
               **INSULT),
    # "What a clown that minister is.", "Wat een sukkel is die nieuwe manager", "Absolute joke of a human being."
    make_shape("exclamative insult", "what such wat zo'n joke waste excuse disgrace " + _CONTEMPT_NEEDS,
               rf"^(?:what an?|such an?|wat een|wat voor een|zo'n)\s+(?:(?:complete|total|absolute|utter|pathetic|spineless|"
               rf"gigantic|enorme|complete|totale|ongelofelijke|echte)\s+)?(?:{_CONTEMPT_SINGULAR}|{_CONTEMPT})\b(?!\s+(?:show|"
               rf"car|costume|fish|nose|act|school|shoes?|make-?up|pak|neus|vis)\b)|"
               r"^(?:an? )?(?:absolute |complete |total |utter )?(?:joke|waste|excuse|disgrace) (?:of|for) an? "
               r"(?:human(?: being)?|person|man|woman)\b", **INSULT),
    # "Our customers are the dumbest people on the planet", "zijn de domste mensen die er bestaan"
    make_shape("superlative insult (third person)", "dumbest stupidest most domste stomste zieligste waardeloosste",
               rf"\b{_COPULA}\s+(?:\S+\s+){{0,2}}?(?:the |de )?(?:dumbest|stupidest|most (?:pathetic|useless|worthless|"
               r"brainless|spineless)|domste|stomste|zieligste|waardeloosste|achterlijkste) (?:\w+ )?(?:people|persons?|humans?|"
               r"customers|clients|idiots|creatures|mensen|klanten|figuren|types|wezens)\b", **INSULT),
    make_shape("superlative insult", 'dumbest stupidest ugliest most domste stomste lelijkste zieligste stupid dumb dom stom achterlijk', r"\b(?:you|you'?re|you are|u r|ur|jij bent|je bent|ben je|ben jij|bent u)\b.{0,25}"
           r"\b(?:dumbest|stupidest|ugliest|most pathetic|most useless|domste|stomste|lelijkste|zieligste|"
           r"so stupid|so dumb|this stupid|this dumb|zo dom|zo stom|zo achterlijk)\b", **INSULT),
)

# Negation, counter-speech, quoted and reported speech: the sentence is *about* abuse.
CONDEMN = (r"wrong|disgusting|hateful|hate speech|racist|racism|sexist|sexism|homophobic|unacceptable|(?:not|never) ok(?:ay)?|"
            r"not a joke|no joke|hurts?|hurtful|no place|ashamed|shame on|misguided|ignorant|bigoted|shameful|appalling|spreading hate|spread hate|says (?:more|a lot|everything|so much) about|cruel|vile|"
            r"fout|walgelijk|haatzaaien|racistisch|seksistisch|seksisme|homofoob|onacceptabel|niet oké|niet ok|nooit oké|nooit ok|"
            r"geen grap|pijn|hoort hier niet|horen hier niet|(?:horen|hoort) niet (?:thuis )?(?:op|in|bij) (?:onze|ons|deze|dit)|schamen|verspreidt haat|haat verspreid|zegt (?:meer|veel|alles|vooral iets) over|wreed|"
            r"kwetsend|racisme|discriminatie|homofobie|transfobie|seksisme|antisemitisme|moslimhaat|haatzaaierij|"
            r"verspreid\w* (?:\w+ ){0,2}haat|spread\w* (?:\w+ ){0,2}hate|bigotry|homophobia|transphobia|antisemitism|"
            r"islamophobia|misogyny|xenophobia|xenophobic|vreemdelingenhaat|dehumani[sz]ing|degrading|demeaning|"
            r"ontmenselijkend|vernederend|denigrerend")
_STATEMENTS = (r"posts|comments|jokes|statements|remarks|messages|tweets|slurs|language|words|berichten|opmerkingen|"
               r"grappen|uitspraken|teksten|tweets|scheldwoorden|taal")
# A quotation: an apostrophe between letters is a contraction ("shouldn't", "it's"), not a quote mark.
_QUOTED = (r"(?:(?<!\w)['\u2018\u2019]|[\"\u201c\u201d\u201e])(?:[^'\"\u2018\u2019\u201c\u201d\u201e]|(?<=\w)['\u2019](?=\w)){3,80}"
           r"(?:['\u2018\u2019](?!\w)|[\"\u201c\u201d\u201e])")
QUOTATION = re.compile(_QUOTED)
# Cheap test before the quotation regex: every quotation starts with one of these marks.
QUOTE_MARKS = frozenset("'\"\u2018\u2019\u201c\u201d\u201e")
COUNTER = re.compile(
    rf"{_QUOTED}.{{0,60}}\b(?:{CONDEMN})\b|\b(?:{CONDEMN})\b.{{0,40}}{_QUOTED}|"
    rf"\b(?:saying|to say|calling|to call|telling|zeggen dat|noemen|roepen dat)\b.{{0,80}}\b(?:is|was|are|zijn)\b"
    rf".{{0,15}}\b(?:{CONDEMN})\b|"
    r"\b(?:stop|quit|stop met|stoppen met)\b.{0,10}\b(?:calling|saying|telling|insulting|het uitschelden|uitschelden|"
    r"zeggen|noemen)\b|"
    # telling the reader never to say it to someone: "Please don't tell anyone they deserve to be hurt",
    # "Zeg nooit tegen iemand dat ze pijn verdienen" (12p)
    r"\b(?:don'?t|do not|never) (?:ever )?(?:tell|say to) (?:anyone|anybody|someone|somebody|people|others|a \w+)"
    r" (?:that )?(?:they|he|she|you)\b|"
    r"\b(?:zeg|vertel) (?:nooit|niet|nooit meer) (?:\w+ )?tegen (?:iemand|anderen|mensen|een \w+) dat\b|"
    r"\b(?:i|we)\b.{0,10}\b(?:don'?t|do not|never|didn'?t|did not|would never|will never|have never|won'?t)\b"
    r" (?:\w+ ){0,2}(?:hate|hated|despise|call|think|say|wish)\b|"
    # a hostile feeling disowned: "I have no hatred for Muslims", "ik voel geen haat tegen moslims"
    r"\b(?:i|we|ik|wij)\b (?:have|feel|harbou?r|hold|heb|hebben|voel|voelen|koester|koesteren) (?:absolutely |totally |"
    r"helemaal |echt |totaal )?(?:no|zero|not any|geen|geen enkele|geen greintje) (?:\w+ )?(?:hatred|hate|contempt|"
    r"disgust|loathing|ill will|haat|hekel|afkeer|walging|minachting|wrok)\b|"
    r"\bik haat\b.{0,30}\bniet\b|\b(?:ik|wij|we)\b.{0,10}\b(?:zou|zal|heb|hebben|zouden)?\b.{0,5}\b(?:nooit|niet)\b"
    r".{0,30}\b(?:haten|noemen|een hekel|gehaat)\b|"
    rf"\b(?:are|is|zijn)\b (?:not|never|no|geen|niet|nooit)\b (?:\w+ ){{0,2}}(?:criminals|vermin|animals|a threat|"
    r"threats|a problem|inferior|a burden|terrorists|dangerous|criminelen|ongedierte|beesten|een bedreiging|"
    r"bedreiging|een probleem|minderwaardig|een last|terroristen|gevaarlijk)\b|"
    # (not "niemand zou die scheidsrechter missen": contempt, not a right affirmed)
    r"\b(?:no one|nobody|niemand)\b (?:\w+ ){0,2}(?:deserves?|should|verdient|mag|zou)\b(?! (?:\S+ ){0,4}missen\b)|"
    # "No Muslim deserves to die", "geen enkele moslim verdient het om te sterven" (not "no X deserves respect")
    r"\b(?:no|not a single|not one|geen|geen enkele|niet een)\b (?:\w+ ){1,2}(?:deserves?|verdient|verdienen)\b "
    r"(?:to (?:die|suffer|be (?:\w+ )?(?:hurt|attacked|killed|beaten|abused|harassed|insulted|threatened|treated|"
    r"bullied|discriminated))|het (?:om )?(?:te )?(?:sterven|dood|lijden|pijn|aangevallen|bedreigd|gepest|mishandeld|"
    r"gediscrimineerd|uitgescholden|geslagen|vermoord))|"
    r"\b(?:called|calls|noemde|noemen|noemt|shouted|yelled|riep|riepen|wrote|schreef|quotes?|citeert|lists?|"
    r"heard|hoorde|received|kreeg|kregen)\b (?:\w+ ){0,3}(?:a |an |een )?(?:\w+ )?(?:idiot|names|slurs|insults|"
    r"messages|abuse|idioot|scheldwoorden|berichten)\b|\bwerd\b.{0,40}\bgenoemd\b|\buitgescholden\b|"
    rf"\b(?:called|calls|calling|noemde|noemden|noemt|uitgemaakt voor)\b (?:\w+ ){{0,3}}(?:a |an |een )?{_QUOTED}|"
    # reported speech: someone else's words in quotes after a speech verb ("a man shouted '...' at ...")
    rf"(?<!\bi )(?<!\bwe )(?<!\bik )(?<!\bwij )\b(?:shouted|yelled|screamed|wrote|scrawled|sprayed|said|"
    rf"riep|riepen|schreeuwde|schreeuwden|schreef|schreven|kalkte|zei|zeiden|told|posted|commented|tweeted|"
    rf"stond|stonden|plaatste|twitterde|reageerde) (?:\w+ ){{0,3}}?{_QUOTED}|"
    # Dutch inversion after the quote: "'X zijn Y' las ik vandaag", "'...', hoorde ik in de trein"
    rf"{_QUOTED}\W{{0,3}}(?:las|lees|hoorde|hoor|zag|zie|kreeg|kregen) (?:ik|we|wij)\b|"
    # Dutch verb after the quote: "dat een man 'we weten waar je woont' riep bij de moskee" (not "... zei ik")
    rf"{_QUOTED}\W{{0,3}}(?:riep|riepen|schreeuwde|schreeuwden|zei|zeiden|schreef|schreven|kalkte|spoot|roept|"
    r"schreeuwt|zegt|schrijft)\b(?! (?:ik|wij|we)\b)|"
    # the people who say or do it are called out for hate: "mensen die joden de schuld geven, verspreiden haat"
    r"^(?:people|those|anyone|whoever|everyone|mensen|wie|iedereen|degenen)\b(?: (?:who|that|die))?\b.{0,80}"
    r"\b(?:(?:is|are|zijn|is) (?:just |simply |gewoon |pure |puur )?(?:racist|sexist|bigoted|homophobic|transphobic|"
    r"racistisch|seksistisch|homofoob|transfoob|discriminerend)|spread\w* (?:\w+ ){0,2}hate|verspreid\w* (?:\w+ ){0,2}"
    r"haat|(?:zaaien|zaait) (?:\w+ )?haat)\b|"
    r"\b(?:had|has|have|heeft|hadden|had) (?:threatened|gedreigd)\b|\bwe (?:reject|condemn|stand with|stand against)\b|"
    r"\bwij (?:wijzen|veroordelen)\b|\bstaan naast iedereen\b|\bif you\b.{0,80}\bnot welcome\b|"
    r"\bwie\b.{0,80}\bniet welkom\b|"
    r"^(?!.*\b(?:ik|i|wij|we)\s+(?:heb|hebben|have|feel|voel|voelen|koester)\b).*?\b(?:hate|haat) (?:against|tegen)\b|"
    # "people who say X are simply wrong", "mensen die zeggen dat X ..., hebben het mis"
    rf"\b(?:who|that) (?:say|says|said|claim|claims|think|thinks)\b.{{0,80}}\b(?:wrong|mistaken|lying|ignorant|{CONDEMN})\b|"
    rf"\b(?:die|wie) (?:zeggen|zegt|beweren|beweert|denken|denkt|roept|roepen|schreeuwt|schreeuwen)\b.{{0,80}}\b(?:het (?:gewoon )?mis|ongelijk|liegen|"
    rf"liegt|{CONDEMN})\b|"
    # "it is never okay to call X ...", "het is nooit oké om X ... te noemen"
    r"\b(?:never|not|nooit|niet) (?:ok(?:ay)?|oke|acceptable|acceptabel)\b.{0,15}\b(?:to|om)\b|"
    r"\b(?:ik|wij|we) (?:vind|vinden|denk|denken|geloof|geloven) (?:echt |absoluut |helemaal )?niet dat\b|"
    # a claim put forward to be rejected: "saying that X shouldn't be allowed to drive is absurd",
    # "he said ..., and I told him he was wrong", "zeggen dat X ... is onzin"
    rf"^(?:saying|claiming|suggesting|to say|to claim|the idea that|the claim that|the notion that|zeggen|beweren|"
    rf"roepen|het idee dat)\b.{{0,100}}\b(?:is|are|was|zijn|blijft)\s+(?:\S+\s+)?(?:absurd|ridiculous|nonsense|"
    rf"{CONDEMN}|false|untrue|not true|a myth|a lie|onzin|belachelijk|verwerpelijk|onwaar|niet waar|een fabel|"
    r"een leugen)\b|"
    r"\b(?:i|we|ik|wij) (?:told|reminded|corrected|zei|zeiden|vertelde|vertelden) (?:him|her|them|hem|haar|hen)\b.{0,30}"
    r"\b(?:wrong|mistaken|out of line|unacceptable|fout|ongelijk|het mis|onzin)\b|"
    # inclusion affirmed: "iedereen hoort erbij, ook moslims", "net zo thuis als ieder ander"
    r"\b(?:iedereen hoort|everyone belongs|horen erbij|hoort erbij|horen er (?:gewoon |ook |net zo goed )bij)\b|"
    # remembrance and protection: "never again should X be treated like that", "nooit meer mogen X zo behandeld worden"
    r"\b(?:never again|nooit meer|nooit weer)\b.{0,50}\b(?:treated|behandeld|persecuted|vervolgd|discriminated|"
    r"gediscrimineerd|hunted|opgejaagd|excluded|uitgesloten|deported|gedeporteerd|murdered|vermoord|killed|gedood)\b|"
    # a right affirmed: "have every right to", "hebben net zo goed recht op"
    r"\bshould (?:all )?be (?:able|free) to (?!(?:refuse|turn|reject|fire|evict|deny|ban|kick|throw|deport|exclude|bar|"
    r"discriminate|not)\b)|\b(?:moeten|zouden) (?:\S+ ){0,6}?moeten kunnen (?!(?:weigeren|weren|ontslaan|uitzetten)\b)|"
    r"\b(?:have|has|deserve|deserves) (?:every|the same|equal|full) rights?\b|\b(?:hebben|heeft) (?:net zo goed|evenveel|"
    r"alle|volledig|gewoon) recht\b|"
    r"\bnet zo (?:goed |veel )?(?:thuis|welkom|nederlands|bij \w+)\b.{0,30}\bals (?:ieder(?:een| ander)|jij en ik|wij|"
    r"de rest)\b|\bjust as (?:much|welcome|at home)\b.{0,30}\bas (?:anyone|everyone|you and me|the rest of us)\b|"
    # inferiority denied: "women are not worse at maths", "zijn niet slechter in techniek", "nergens slechter in"
    r"\b(?:are|is|zijn)\s+(?:\S+\s+){0,2}?(?:not|no|niet|never|nooit|nergens|in no way|geenszins)\s+(?:worse|less "
    r"(?:capable|intelligent|smart)|slechter|minder (?:slim|goed|capabel)|dommer)\b|"
    # the writer denies holding or saying the claim: "nobody here believes ...", "I never said ...", "ik heb nooit
    # gezegd dat ..." (not the hedge "I'm not saying X, but ...")
    r"^(?!.*\b(?:but|maar|though|alleen)\b)(?:.*\b(?:i|we)\s+(?:do not|don'?t|did not|didn'?t|would never|will never|"
    r"never|am not|'m not|are not|'re not)\s+(?:\S+\s+)?(?:think|believe|say|said|saying|claim|claiming|agree|suggest|"
    r"suggesting|tell|told)\b|.*\b(?:nobody|no one|none of us)\s+(?:\S+\s+)?(?:thinks|believes|says|said|is saying|"
    r"claims|agrees)\b|.*\bno way (?:do|would|will|did) (?:i|we)\b|.*\b(?:ik|wij|we)\s+(?:\S+\s+)?(?:heb|hebben|zal|"
    r"zullen|zou|zouden)\s+(?:\S+\s+)?(?:nooit|niet)\s+(?:\S+\s+)?(?:gezegd|beweerd|zeggen|beweren|vertellen|gedacht)\b|"
    r".*\bniemand\s+(?:\S+\s+)?(?:denkt|zegt|vindt|gelooft|beweert)\b)|"
    # refusing hateful *statements* (not people): "we will never tolerate posts saying ...", "uitspraken als ..."
    rf"\b(?:never|won'?t|will not|do not|don'?t|refuse to|not)\b (?:\w+ ){{0,2}}(?:tolerate|accept|stand for|allow)\b "
    rf"(?:\w+ ){{0,2}}(?:{_STATEMENTS})\b|"
    rf"\b(?:{_STATEMENTS})\b.{{0,80}}\b(?:tolereren|accepteren|dulden|pikken|tolerate|accept) (?:we|wij|ik) "
    r"(?:niet|nooit|never|not)\b|"
    rf"\b(?:{_STATEMENTS}) (?:like|such as|als|zoals)\b|"
    r"\b(?:anyone|whoever|those|people|wie|iedereen die|mensen die)\b.{0,40}\b(?:calling|calls|call|saying|says|noemt|"
    r"noemen|zegt|zeggen)\b.{0,80}\b(?:should|must|moet|moeten)\b.{0,20}\b(?:ashamed|schamen|apologi[sz]e|"
    r"excuses)",
    re.IGNORECASE)


_WORDS = re.compile(r"\w(?:[\w'-]*\w)?")


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the shapes say about one sentence."""

    floors: dict[str, float]
    shapes: tuple[str, ...]


# The writer denies or distances themselves from the shape: a negator or a verb of denial earlier in the
# same clause ("I don't think X should be kept out", "nobody believes X don't belong", "ik heb nooit gezegd
# dat ..."), or the claim called false after it ("dat X niet met geld kunnen omgaan, is niet waar"). A "No,"
# interjection is no negator of what follows, nor are "no wonder", "not only", "geen wonder"; and a hedge
# ("I'm not saying X, but ...") denies nothing.
_DENIAL_BEFORE = re.compile(
    r"\b(?:not(?! (?:only|just|surprising|surprisingly|even)\b)|never|no one|nobody|no way|none of us|refuse|refuses|deny|"
    r"denies|doubt|disagree|niet(?! (?:alleen|voor niets|gek|vreemd|verwonderlijk)\b)|nooit|niemand|geen mens|weiger|"
    r"weigeren|ontken|ontkennen|betwijfel|oneens)\b|n't\b|"
    r"\bno\b(?!\s*[,!.]| (?:wonder|doubt|surprise|question|matter|joke|kidding)\b)")
# Rhetorical negation states the opinion ("isn't it obvious that ...", "is het niet logisch dat ...", "it's not
# racist to say ...").
RHETORICAL_NEGATION = re.compile(
    r"\b(?:is het (?:toch )?niet (?:\S+ )?(?:duidelijk|logisch|zo|waar|overduidelijk|normaal|raar|vreemd)|(?:vind|denk|"
    r"geloof|vindt|denkt) (?:jij|je|jullie|u) (?:\S+ )?niet|waarom (?:\S+ ){0,2}niet|isn'?t it (?:\S+ )?(?:obvious|clear|"
    r"true|funny|strange|time)|don'?t you (?:\S+ )?(?:think|agree|find|see)|wouldn'?t you (?:say|agree)|can'?t we (?:all )?"
    r"agree|why (?:not|can'?t|don'?t|shouldn'?t|won'?t)|(?:it'?s|it is|that'?s|that is) not (?:racist|sexist|wrong|hateful|"
    r"offensive|bigoted|homophobic|transphobic|discrimination|hate) to (?:say|point out|admit|notice|state)|het is (?:toch )?"
    r"niet (?:racistisch|discriminerend|fout|verkeerd|haatdragend) om te (?:zeggen|stellen|constateren))\b")
_HEDGE_AFTER = re.compile(r"\b(?:but|maar|though|however|echter|alleen)\b")
_CLAUSE_BREAK = re.compile(r"[,;:!?]|\b(?:but|maar|and|en)\b")
_FALSE_AFTER = re.compile(r"^\W*(?:\S+\s+){0,3}?(?:is|that'?s|dat is|was)\s+(?:\S+\s+)?(?:not true|untrue|false|a lie|"
                          r"a myth|nonsense|bullshit|niet waar|onwaar|onzin|een fabel|een fabeltje|een leugen|een mythe)\b")


def denied(text: str, match: re.Match[str]) -> bool:
    """The writer denies the shape that ``match`` found in ``text`` (see ``_DENIAL_BEFORE``); group shapes only."""
    after = text[match.end():]
    if _FALSE_AFTER.search(after) is not None:
        return True
    clause = RHETORICAL_NEGATION.sub(" ", _CLAUSE_BREAK.split(text[:match.start()])[-1])
    return _DENIAL_BEFORE.search(clause) is not None and _HEDGE_AFTER.search(after) is None


def match_shapes(shapes: tuple[Shape, ...], text: str, present: set[str], *,
                 unless_denied: bool = False) -> tuple[dict[str, float], list[str]]:
    """The highest floor per attribute over the ``shapes`` that match ``text`` (whose words are
    ``present``: a shape none of whose words is there is skipped without running its regex).
    ``unless_denied``: a match the writer denies (``denied``) does not count."""
    floors: dict[str, float] = {}
    names = []
    for shape in shapes:
        if present.isdisjoint(shape.needs):
            continue
        match = shape.pattern.search(text)
        if match is None or (unless_denied and denied(text, match)):
            continue
        names.append(shape.name)
        for attribute, floor in shape.floors:
            floors[attribute] = max(floors.get(attribute, 0.0), floor)
    return floors, names


# Claims about a whole group are void when the writer denies them ("it's not that women can't lead");
# threats, insults and jokes are not (a negation rarely takes back "I'll smash your face").
_DENIABLE = frozenset({"dehumanisation", "group attack", "group contempt", "negated positive about a group",
                       "stereotype as fact"})
_GROUP_SHAPES = tuple(shape for shape in SHAPES if shape.name in _DENIABLE)
_OTHER_SHAPES = tuple(shape for shape in SHAPES if shape.name not in _DENIABLE)


# "X are vermin / garbage" is dehumanising only when X is people: "Those mosquitoes are vermin. Get our new
# net" and "This old charger is useless garbage" name no one. A person is a group (``names_a_group``), a
# person noun or a pronoun that stands for people (a determiner like "those" or "die" does not count).
_PERSON_WORDS = frozenset((
    "people persons person humans human men women folks guys kids children neighbours neighbors customers staff "
    "workers immigrants foreigners everyone anyone somebody someone they them their you your u ur ya he she him "
    "her we us mensen mens lui types figuren kinderen klanten buren mannen vrouwen iedereen iemand ze zij hen hun "
    "jij je jou jouw jullie hij hem haar wij we ons onze").split())
# "Het zijn parasieten, allemaal." / "Those are animals.": a pronoun subject of a plural copula.
_PEOPLE_PRONOUN = re.compile(r"\b(?:het|dat|dit) zijn\b|\b(?:those|these) are\b")
_NON_PERSON_SHAPES = tuple(shape for shape in _GROUP_SHAPES if shape.name != "dehumanisation")
_DEHUMANISATION_NEEDS = frozenset(w for shape in _GROUP_SHAPES if shape.name == "dehumanisation" for w in shape.needs)


def names_people(text: str, present: set[str] | None = None) -> bool:
    """``text`` (folded) names a group, a person or people (see ``_PERSON_WORDS``)."""
    from riskcheck.scorers.group_evidence import names_a_group   # both import this module
    from riskcheck.scorers.toxicity_targets import respell

    if present is None:
        present = set(_WORDS.findall(text.casefold()))
    return not present.isdisjoint(_PERSON_WORDS) or _PEOPLE_PRONOUN.search(text) is not None or names_a_group(respell(text))


def assess(text: str) -> Assessment:
    """Shapes found in one (folded, de-obfuscated) sentence and the floors they set."""
    present = set(_WORDS.findall(text.casefold()))
    present |= {w[:-2] for w in present if w.endswith("'s")}   # "a woman's place" holds "woman"
    floors, names = match_shapes(_OTHER_SHAPES, text, present)
    # (the people test only where the dehumanisation shape could match at all: it respells the sentence)
    group_shapes = (_NON_PERSON_SHAPES if present.isdisjoint(_DEHUMANISATION_NEEDS) or not names_people(text, present)
                    else _GROUP_SHAPES)
    group_floors, group_names = match_shapes(group_shapes, text, present, unless_denied=True)
    for attribute, floor in group_floors.items():
        floors[attribute] = max(floors.get(attribute, 0.0), floor)
    names += group_names
    if "domestic violence" in names and re.search(_JOKE, text, re.IGNORECASE):
        floors["toxicity"] = max(floors.get("toxicity", 0.0), STRONG)
    return Assessment(floors, tuple(names))


def is_counter_speech(text: str) -> bool:
    """Negation, counter-speech, quoted or reported abuse: the sentence is *about* abuse."""
    return COUNTER.search(text) is not None


def without_quotations(text: str) -> str:
    """``text`` with quoted passages blanked: words inside a quotation are someone else's
    ("Iemand riep 'rot op naar je eigen land'"), so they do not make the writer address anyone."""
    if QUOTE_MARKS.isdisjoint(text):
        return text
    return QUOTATION.sub(" ", text)


def quotes_someone(text: str) -> bool:
    """``text`` holds a quotation of three characters or more."""
    return not QUOTE_MARKS.isdisjoint(text) and QUOTATION.search(text) is not None
