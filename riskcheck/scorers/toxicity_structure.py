"""Hostility towards a protected group read from sentence structure, with no insult word.

Much group hate names nothing hostile at all: "immigrants shouldn't be allowed to buy houses here",
"keep the Roma out of our town", "no more visas for Nigerians", "wherever they go, crime follows",
"hired one once. Never again.". Every word is ordinary; what carries the hate is the *shape*: a
group in subject position with a modal of prohibition and an ordinary right or activity, an
exclusion verb with the group as its object, a coercive passive ("should be dealt with"), a
stereotype frame ("are naturally worse at", "it's in their genes"), a sarcastic blame frame ("of
course the X again, what a surprise"). This layer names those shapes with *word classes* (modals,
exclusion verbs, rights and place nouns, coercion participles, competence verbs, trouble nouns)
rather than lists of sentences, in English and Dutch, so a new group or a new right fills the slot.

Every shape needs a protected group (``toxicity_targets.TARGET``) where the structure puts its
target, so brand copy of the same shapes ("Keep pets out of the sun", "no more waiting", "we don't
belong to anyone", "wherever our volunteers go, smiles follow") has nothing to match. The group must
not be the object of a preposition ("discrimination *against* Muslims must be stopped") and protective
complements are excluded ("should never be allowed to go hungry", "keep refugees out of harm's way",
"zouden geen angst moeten hebben"). Negation, counter-speech and quotes are decided afterwards on the
whole sentence by ``toxicity_patterns.is_counter_speech`` and friends, as for every other shape.

Called from ``toxicity_stance.assess_stance`` (one sentence) and, for the two-sentence "did it once.
Never again." shape, from ``toxicity_usem3._apply_shapes`` with the next sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from riskcheck.scorers.lazy_regex import LazyPattern
from riskcheck.scorers.obfuscation import deobfuscate, fold
from riskcheck.scorers.toxicity_patterns import denied
from riskcheck.scorers.toxicity_reference import antecedent, resolve
from riskcheck.scorers.toxicity_targets import respell
from riskcheck.scorers.toxicity_targets import GROUP_TAG, IDENTITY_BLOCK, THREAT_GROUP, tag_groups, tagged_group

# --- the group where the structure puts its target ------------------------------------------
# The shapes hold ``toxicity_targets.GROUP_TAG`` where the group goes (``matches`` tags the sentence first).
_T = GROUP_TAG
_DET_WORDS = ("all of the|all the|all those|all|the|those|these|any|some|many|most|our|more|every|each|"
              "al die|al de|alle|die|de|het|deze|onze|sommige|veel|zulke|elke|iedere|meer")
_DET = rf"(?:(?:{_DET_WORDS})\s+)?"
# Not the object of a preposition ("discrimination against Muslims"), nor a qualified subset of a
# group that policy talks about ("criminal immigrants should be deported", "uitgeprocedeerde
# asielzoekers"); a lookbehind per word, also on the determiners, so a match cannot start halfway.
_NOT_AFTER = ("of van against tegen for voor about over on op with met to naar by door from uit among onder "
              "towards toward at aan bij "
              "criminal illegal rejected failed convicted criminele illegale uitgeprocedeerde veroordeelde "
              + _DET_WORDS.replace("|", " "))
_GUARD = "".join(rf"(?<!\b{re.escape(w)} )" for w in sorted(set(_NOT_AFTER.split())))
SUBJECT = rf"{_GUARD}\b{_DET}{_T}\b"
# As the object of an exclusion verb ("keep the Roma out"): a determiner, never a preposition before.
OBJECT = rf"\b{_DET}{_T}\b"
_GAP = r"(?:\s+\S+){0,3}?"
# "the children of refugees", "kinderen van vluchtelingen": a right denied to the next generation of a group
_KIN_EN = r"(?:(?:the )?(?:children|kids|families|sons|daughters|relatives) of\s+)?"
_KIN_NL = r"(?:(?:de )?(?:kinderen|gezinnen|families|familie|zonen|dochters) van\s+)?"     # "Muslims in this town should ..." / "immigrants honestly shouldn't ..."

# --- word classes ----------------------------------------------------------------------------
# What a law or a rule could deny someone: an ordinary activity or role (open-ended: any verb
# except the protective ones below is read as an activity after "allowed to").
_PROTECTIVE_EN = (r"suffer|starve|die|drown|go hungry|go without|sleep rough|live in fear|fear|feel|be (?:harmed|hurt|"
                  r"abused|mistreated|attacked|discriminated|bullied|harassed|treated|left|forgotten|sent|deported|"
                  r"excluded|denied|refused|turned away|afraid|scared|ashamed|alone|silenced|paid less|forced|made to|"
                  r"punished|ignored|targeted|killed|beaten|arrested|detained|separated)|have to|worry|struggle|wait|"
                  r"pay more|lose")
_ROLE_EN = (r"vote|work|teach|coach|lead|run|hold|own|buy|rent|marry|adopt|raise|serve|enter|live|stay|settle|study|"
            r"join|sit|preach|build|open|become|govern|represent|compete|play|speak|decide|date|drive|worship|pray|"
            r"immigrate|come|move|get|have|receive|use|touch|be (?:a|an|our|in charge|elected|hired|trusted|given|"
            r"employed|near|around|here|part|on|president|teachers?|doctors?|nurses?|leaders?|citizens?|parents?|"
            r"teaching|coaching|leading|running|voting|serving|preaching|adopting|raising|working with|in charge of)")
_RIGHT_NOUN_EN = (r"visas?|citizenship|passports?|asylum|benefits|welfare|handouts|housing|homes|houses|jobs|"
                  r"mosques|synagogues|temples|churches|rights|green cards|permits|residency|residence permits|money|"
                  r"aid|funding|subsidies|entry|immigration|places|seats|council houses|council flats|flats|apartments|"
                  r"social housing|loans|mortgages|grants|scholarships|hijabs|burqas")
_PROTECTIVE_NL = (r"angst|zorgen|last|pijn|honger|schrik|nadeel|hinder|problemen|wachttijd|wachttijden|jaren|maanden|"
                  r"risico|gevaar|kou|schaamte|boete|straf|slachtoffer|slachtoffers|dupe|doelwit")
_RIGHT_VERB_NL = (r"krijgen|hebben|ontvangen|kopen|huren|bouwen|openen|stichten|opvoeden|adopteren|bezitten|dragen|"
                  r"bezoeken|houden|stemmen|trouwen|werken|wonen|studeren|leiden|besturen|geven|kiezen|beginnen|worden")
_RIGHT_NOUN_NL = (r"visa|visum|paspoorten|paspoort|asiel|uitkeringen|uitkering|huizen|woningen|huurhuizen|"
                  r"moskeeen|moskeeën|synagoges|kerken|subsidie|subsidies|geld|steun|verblijfsvergunningen|"
                  r"verblijfsvergunning|vergunningen|banen|plekken|plek|opvang|rechten|stemrecht|toegang|"
                  r"hoofddoeken|boerka's|boerkas|nederlanderschap|staatsburgerschap|sociale huurwoningen|huurwoningen|"
                  r"leningen|hypotheken|toeslagen|beurzen")
# Coercion done TO a group: the participles of "should be ...".
_COERCE_EN = (r"dealt with|removed|rounded up|thrown out|kicked out|driven out|forced out|expelled|shipped (?:off|out|"
              r"back|home)|sent (?:back|home|packing|away)|purged|cleansed|put in (?:their|its) place|taught a lesson|"
              r"put away|locked away|locked up|crushed|punished|silenced|wiped out|gotten rid of|got rid of|"
              r"eradicated|sterili[sz]ed|segregated|banned|kept out|kept away|chased out|hunted down|gotten out|"
              r"thrown back|put back|sent back where they came from")
_COERCE_NL = (r"opgepakt|aangepakt|opgeruimd|verwijderd|uitgezet|het land uit ?gezet|weggestuurd|teruggestuurd|"
              r"afgevoerd|weggejaagd|verjaagd|opgesloten|gestraft|gezuiverd|verbannen|geweerd|weggewerkt|"
              r"uitgeschakeld|onschadelijk gemaakt|op (?:hun|z'n|zijn) (?:plek|plaats) gezet|een lesje geleerd|"
              r"buitengezet|buiten de deur gehouden|eruit gegooid|eruit geschopt|de mond gesnoerd|gecastreerd|"
              r"gesteriliseerd|teruggezet|op de boot gezet|in kampen gestopt")
_DO_TO_EN = (r"deal with|get rid of|sort out|clean up|clear out|round up|go after|crack down on|do something about|"
             r"take out|finish off|chase out|drive out|kick out|throw out|purge|cleanse|teach")
_NL_GROUP_STEM = (r"(?:moslim|islam|marokkanen|marokkaan|turken|vluchtelingen|migranten|allochtonen|asielzoekers|asiel|"
                  r"zigeuner|zigeuners|joden|polen|roma|buitenlanders|homo|transgender|immigranten|gelukszoekers)")
# Abilities whose denial to a whole group is a stereotype ("can't handle money", "kunnen niet met geld omgaan").
_COMPETENCE_EN = (r"handle|manage|cope|control|lead|think|reason|learn|understand|do (?:maths?|math|science|business|"
                  r"anything|the job|sums)|be trusted|behave|integrate|adapt|assimilate|raise (?:kids|children|a family)|"
                  r"keep (?:a job|promises|their word)|tell the truth|be honest|hold (?:down )?a job|count|govern|"
                  r"run (?:a |their |anything)|make (?:good )?decisions|focus|take responsibility|function|"
                  r"speak (?:properly|proper)|be civili[sz]ed|be leaders|fit in|follow rules|obey|judge|concentrate|plan|"
                  r"park|be on time|save|budget")
_COMPETENCE_NL = (r"omgaan|leiden|leidinggeven|leiding geven|denken|nadenken|gedragen|integreren|aanpassen|opvoeden|"
                  r"beheersen|plannen|organiseren|rekenen|inburgeren|beslissen|functioneren|leren|begrijpen|"
                  r"besturen|vertrouwd worden|eerlijk zijn|de waarheid spreken|zich houden aan|normaal doen|"
                  r"tegen (?:druk|stress|kritiek|verantwoordelijkheid)")
_TROUBLE_EN = (r"crime|crimes|trouble|violence|chaos|problems|disease|diseases|terror|terrorism|rapes?|theft|drugs|"
               r"poverty|dirt|filth|misery|destruction|riots|stabbings|shootings|burglar(?:y|ies)|break-ins|robber(?:y|ies)|"
               r"muggings|assaults|fights|attacks|gangs|danger|decay|noise|nuisance|stealing|thefts|vandalism|scams|fraud|"
               r"the crime(?: rate)?|crime rates?")
_TROUBLE_NL = (r"criminaliteit|misdaad|overlast|ellende|geweld|problemen|chaos|terreur|ziektes|ziekten|diefstal|"
               r"drugs|armoede|rotzooi|viezigheid|verloedering|onrust|gevaar|troep|herrie|narigheid|inbraken|"
               r"steekpartijen|schietpartijen|overvallen|vechtpartijen|rellen|aanslagen|verkrachtingen|vandalisme|"
               r"straatroven|zakkenrollers|de criminaliteit|misdaadcijfers|oplichterij|oplichterijen|fraude")
_ESSENCE = (r"genes|blood|dna|nature|culture|religion|bones|breeding|upbringing|genen|bloed|aard|cultuur|geloof|"
            r"natuur|botten|opvoeding")
_SARCASM = (r"what a surprise|surprise,? surprise|who would have (?:thought|guessed)|who could have guessed|"
            r"shocker|color me (?:shocked|surprised)|colour me (?:shocked|surprised)|quelle surprise|big surprise|"
            r"wat een verrassing|wie had dat (?:nou )?(?:gedacht|verwacht|kunnen denken)|hoe verrassend|"
            r"verbaast (?:niemand|me niks|me niets)|grote verrassing|\U0001F644")
_SUCCESS = (r"\b(?:won|win|wins|winning|champions?|gold|medals?|record|proud|congrat\w*|bravo|well done|brilliant|"
            r"amazing|awesome|great job|trots|gewonnen|wint|winnen|kampioen\w*|goud|gefeliciteerd|geweldig|knap|"
            r"topprestatie|helden|heroes)\b")
_PRAISE = (r"\b(?:smart|intelligent|clever|talented|gifted|kind|generous|friendly|welcoming|hospitable|"
           r"hospitality|warm|honest|hard[- ]?working|creative|musical|music|art|resilient|brave|strong|"
           r"slim|slimme|getalenteerd|aardig|gul|gastvrij|gastvrijheid|vriendelijk|eerlijk|hardwerkend|creatief|"
           r"muzikaal|muziek|dapper|sterk|veerkrachtig|warm|warme)\b")
# "Another week, another new colleague from Poland hired!": a brand's cheer, not a charge.
_WELCOMED = (_SUCCESS[:-3] + r"|hired|hires|joins|joined|welcomes?|welcomed|graduat\w*|happy|smiles?|birthday|"
             r"aangenomen|welkom|geslaagd|blij|verjaardag|jarig)\b")
# Misdeeds and mess that "it is always them" insinuates ("why is it always the X selling drugs", "het zijn altijd
# de X die het park vies achterlaten").
_MISDEED = (r"sell\w* drugs|deal\w*|steal\w*|rob\w*|stab\w*|mug\w*|cheat\w*|scam\w*|shoplift\w*|litter\w*|"
            r"leave (?:\S+ ){0,3}(?:a mess|rubbish|litter)|caus\w* trouble|fight\w*|beg\w*|break\w* in|break\w* into|"
            r"drugs verkopen|drugs verkopen|dealen|dealt|stelen|steelt|beroven|beroofd|steken|oplichten|oplichters|"
            r"rotzooi|troep|vies|vechten|bedelen|overlast|inbreken|inbrekers|dieven|achterlaten|verkopen drugs|"
            r"die drugs|drugs")
# What "the more of them" leads to in the correlative insinuation ("the more X we let in, the less safe ...").
_WORSE = (r"less safe|more dangerous|worse|poorer|dirtier|higher the crime|more crime|more violence|more trouble|"
          r"more problems|unsafer|onveiliger|minder veilig|slechter|armer|viezer|gevaarlijker|meer criminaliteit|"
          r"meer overlast|meer problemen|meer geweld|hoger de criminaliteit")
# Where the writer would not want a member of a group: as the one close to them ("as my neighbour", "teaching my kids").
_NEAR_ME = (r"as (?:a |my |our )?(?:neighbou?rs?|teachers?|doctors?|nurses?|boss|manager|colleagues?|tenants?|"
            r"son-in-law|daughter-in-law|babysitters?|carers?|landlords?|friends?)|for (?:my|our) (?:kids|children|son|"
            r"daughter|family)|near (?:my|our) (?:kids|children|family|house|home)|next (?:door|to (?:me|us))|"
            r"teaching (?:my|our)|living (?:next|near|on)|in (?:my|our) (?:street|road|building|family|house|class)|"
            r"als (?:buurman|buurvrouw|buren|leraar|lerares|juf|meester|dokter|arts|baas|collega|huurder|schoonzoon|"
            r"schoondochter|oppas|vriend|vriendin)|naast (?:me|mij|ons)|in (?:mijn|m'n|onze) (?:straat|buurt|flat|"
            r"familie|klas|huis)|bij (?:mijn|m'n|onze) (?:kinderen|kids)")
_REMEMBRANCE = (r"\b(?:holocaust|shoah|remember|remembrance|never forget|genocide|persecution|persecuted|auschwitz|"
                r"slavery|herdenk\w*|herinner\w*|oorlog|vervolging|vervolgd|slavernij|genocide|wwii|ww2)\b")


# --- benign look-alikes (12b, session 7: the functional suite's "lookalike" group) ----------------
# A health condition, a life stage or a care visit: "women in menopause often can't concentrate", "men are worse
# at going to the doctor than women, so book your check-up" describe a health fact, not a stereotype.
_HEALTH = (r"\b(?:menopause|menopausal|perimenopause|overgang|pregnan\w*|zwanger\w*|postpartum|postnatal|migraines?|adhd|"
           r"autism|dementia|diabetes|long covid|stroke|beroerte|doctors?|gp|check-?ups?|screenings?|dentists?|huisarts|"
           r"dokter|tandarts|controle|physio|fysio)\b")
# A passion or a sport "in their blood": "Football is in their blood: meet the girls of our under-12 team".
_PASSION = (r"\b(?:football|soccer|hockey|tennis|cycling|running|dance|dancing|ballet|cooking|baking|sports?|voetbal|"
            r"wielrennen|fietsen|schaatsen|dansen|koken|bakken|muziek|music|singing|zingen|passion|passie|talent)\b")
# Soft "trouble" (chaos, noise) in a sentence that enjoys it: "since the girls arrived, the house has been pure
# chaos and we love it" (no hard trouble word, no eye-roll).
_ENJOYED_CHAOS = (r"^(?!.*\b(?:crime|crimes|violence|terror|terrorism|rapes?|theft|drugs|riots|stabbings|shootings|"
                  r"criminaliteit|misdaad|geweld|terreur|diefstal|rellen|steekpartijen|overvallen|inbraken)\b)(?!.*\U0001F644)"
                  r"(?=.*\b(?:chaos|noise|mess|herrie|rotzooi|troep|drukte)\b)"
                  r".*\b(?:love it|loving it|we love|i love|enjoy\w*|fun|happy|birthday|party|geniet\w*|gezellig|heerlijk|"
                  r"feest|jarig|gefeliciteerd|dol op|blij|trots|proud)\b")
# Household things and treats one keeps someone away from at a party: "keep the men away from the barbecue".
_TREATS = (r"barbecue|bbq|grill|cake|cakes|dessert|desserts|snacks|sweets|candy|chocolate|cookies|buffet|remote|sofa|couch|"
           r"tv|fridge|pizza|wine|beer|cocktails|presents|gifts")
# "My twin girls will be the death of our new sofa": the end of a thing at home is no end of "us".
_HOUSEHOLD = (r"sofa|couch|bank|carpet|rug|tapijt|garden|tuin|lawn|gazon|walls?|muren|furniture|meubels|budget|wallet|"
              r"portemonnee|patience|geduld|sanity|nerves|zenuwen|diet|dieet|car|auto|kitchen|keuken|fridge|koelkast|"
              r"curtains|gordijnen|plants|planten|shoes|schoenen|sleep|nachtrust")
# Gender nouns: with a possessive before them they name one's own people ("our men" = our team, "my twin girls"),
# and "with the girls" names one's companions, not a group of strangers.
_GENDER_NOUN = frozenset("women woman girls men males females wives vrouwen vrouw meiden meisjes mannen".split())
_OWNED = re.compile(r"\b(?:our|my|your|onze|mijn|m'n|je|jouw|jullie)(?:\s+[^\W\d_]+)?\s+$")
_COMPANIONS = re.compile(r"\b(?:with|met)\s+(?:the|my|our|de|mijn|m'n|onze)\s+$")


@dataclass(frozen=True, slots=True)
class StructureShape:
    """One named structure: a pattern (whose match names the group it targets), the words one of which
    every match holds (the prefilter) and the floors it sets."""

    name: str
    pattern: LazyPattern   # compiled on first use (``lazy_regex``)
    needs: frozenset[str]
    floors: dict[str, float]
    unless: LazyPattern | None = None   # a sentence that also matches this is not the shape


def _shape(name: str, needs: str, regex: str, floors: dict[str, float], unless: str | None = None) -> StructureShape:
    return StructureShape(name, LazyPattern(regex, re.IGNORECASE), frozenset(needs.split()), floors,
                          LazyPattern(unless, re.IGNORECASE) if unless else None)


# "don't bring crime" / "bring no crime" / "brengen geen criminaliteit": the charge denied, not made.
_NOT_NEGATED = "".join(rf"(?<!\b{w} )" for w in ("don't", "dont", "do not", "doesn't", "does not", "never", "didn't",
                                                  "did not", "won't", "will not"))
_NO_DENIAL = r"(?:(?!no\b|not\b|never\b|less\b|geen\b|niet\b|nooit\b|minder\b)\S+\s+)?"
# "Typical Muslim hospitality: we were fed three times": a virtue after "typical <group>".
_VIRTUE = (r"hospitality|generosity|kindness|warmth|humou?r|cooking|food|cuisine|baking|music|style|charm|gastvrijheid|"
           r"vrijgevigheid|vriendelijkheid|warmte|humor|keuken|eten|muziek|gezelligheid|stijl|charme")
# "zo zijn ze" / "ze zijn allemaal zo." but not the intensifier "ze zijn allemaal zo trots"
_ZO = r"zo(?!\s+(?!zijn\b|ze\b|nu\b|eenmaal\b)[^\W\d_])"
_PROHIBIT_EN = (r"(?:should|must|ought to|may|can|could)(?:n'?t| not| never| no longer)(?: ever| even| really)? be (?:allowed|"
                r"permitted|let|trusted) |(?:should|must) (?:not|never) get |(?:shouldn'?t|mustn'?t) get ")

SHAPES: tuple[StructureShape, ...] = (
    # --- exclusion and denied rights ----------------------------------------------------------
    _shape("exclusion: denied an ordinary right",
           "shouldn't should mustn't must ought may can can't cannot couldn't could get",
           rf"{SUBJECT}{_GAP}\s+(?:{_PROHIBIT_EN})(?!(?:to )?(?:{_PROTECTIVE_EN})\b)(?:to )?\w+|"
           rf"{SUBJECT}{_GAP}\s+(?:don'?t|do not|shouldn'?t|should not|should never|never) get to (?!{_PROTECTIVE_EN}\b)\w+",
           IDENTITY_BLOCK),
    _shape("exclusion: no member should be allowed", "no not",
           rf"\b(?:no|not a single|not one)\s+{_T}\s+(?:should|must|may|can|ought to|will|would|could|deserves to)\s+"
           rf"(?:(?:ever|evermore|again|be allowed to|be permitted to|be let|get to|even)\s+){{0,2}}(?!(?:{_PROTECTIVE_EN})\b)"
           rf"(?:{_ROLE_EN})\b",   # "no woman should ever have to choose between work and kids" protects
           IDENTITY_BLOCK),
    _shape("exclusion: no member should be allowed (nl)", "geen",
           rf"^(?!.*\b(?:wachten|hoeven|bang|angst|slachtoffer)\b).*?\bgeen (?:enkele |enkel )?{_T}\s+"
           r"(?=(?:\S+\s+){0,3}?(?:zou|zal|mag|mocht|moet|kreeg|krijgt|krijgen)\b)(?:\S+\s+){0,5}?(?:"
           rf"{_RIGHT_NOUN_NL}|mogen|stemmen|werken|wonen|trouwen|lesgeven|binnenkomen|burgemeester|minister|leraar|"
           r"agent|rechter|voorzitter|raadslid)\b|"
           rf"\b(?:zou|zouden|kreeg|krijgt|mag|mocht|moet)\s+geen (?:enkele |enkel )?{_T}\s+(?:\S+\s+){{0,4}}?"
           rf"(?:{_RIGHT_NOUN_NL}|mogen|stemmen|werken|wonen|trouwen|lesgeven|binnenkomen)\b",
           IDENTITY_BLOCK),
    _shape("exclusion: no place or say", "no",
           rf"{SUBJECT}{_GAP}\s+(?:have|has|should have|deserve|deserves)\s+no\s+(?:business|right to (?:be|live|stay|"
           r"vote|work|exist|an opinion)|place (?:in|here|among|at|on)|say\b|seat at|future (?:in|here)|claim to)",
           IDENTITY_BLOCK),
    _shape("exclusion: keep out", "keep kept keeping ban banning banned bar barring block stop stoppen stopt get kick throw drive force chase boot "
           "push uit",
           rf"\b(?:keep|kept|keeping|ban|banning|banned|bar|barring|block|blocking)\s+{OBJECT}\s+"
           r"(?:out|away|off|from)\b(?!\s+(?:of\s+|from\s+)?(?:harm|danger|poverty|the cold|trouble|the streets|detention|"
           rf"hunger|the rain|the sun|abuse|violence|exploitation|risk|debt|prison|jail|the news|harm's way|(?:the |our |my )?(?:{_TREATS})\b))|"
           rf"\bban\s+(?:all\s+)?{_T}\s*(?:[.!]|$|now|today|already|completely|entirely|outright)|"
           rf"\bstop (?:letting|allowing)\s+{OBJECT}\s+(?:in|into|come|enter|settle|move|stay|live)\b|"
           rf"\b(?:get|kick|throw|drive|force|chase|boot|push|keep)\s+{OBJECT}\s+out\b(?!\s+of\s+(?:the\s+)?(?:poverty|danger|"
           r"harm|trouble|debt|the cold|cold|camps?|detention|limbo|the rain|the water|the rubble)\b)|"
           rf"{OBJECT}\s+(?:\S+\s+)?(?:uit|weg uit)\s+(?:deze|onze|ons|dit|de|het|mijn)\s+(?!(?:opvang|azc|kou|armoede|"
           r"problemen|schulden|nood|gevaar|isolement)\b)\S+\s+(?:\S+\s+)?(?:krijgen|werken|zetten|gooien|jagen|pesten|"
           r"trappen|schoppen)\b|"
           rf"\b(?:stop|stoppen|stopt)\s+met\s+{OBJECT}\s+(?:\S+\s+)?(?:binnenlaten|toelaten|opnemen|binnen te laten|"
           r"toe te laten)\b",
           IDENTITY_BLOCK),
    _shape("exclusion: no more rights or entry for the group", "no more",
           rf"\bno more\s+(?:(?:{_RIGHT_NOUN_EN})\s+(?:\S+\s+)?(?:for|to)\s+{_KIN_EN}{OBJECT}|{_T}\s*(?:[.!,;:]|$|"
           r"in\b|here\b|please|allowed|coming|entering|welcome|period|full stop))",
           IDENTITY_BLOCK),
    _shape("exclusion: send back", "send ship deport kick throw put",
           rf"\b(?:send|ship|deport|kick|throw|put)\s+{OBJECT}\s+(?:all\s+|every one of them\s+)?(?:back|packing|"
           r"out of (?:the|this|our) country|on (?:a|the) (?:boat|plane))\b(?!\s+(?:with|safely|to (?:their|the) famil))",
           IDENTITY_BLOCK),
    _shape("exclusion: does not belong", "belong belongs",
           rf"{SUBJECT}{_GAP}\s+(?:don'?t|do not|does not|doesn'?t|will never|never|shouldn'?t|should not|can never)"
           r"\s+belong\s+(?!to\b)(?:in|here|among|with|at|anywhere|near|on)\b",
           IDENTITY_BLOCK),
    _shape("exclusion: asking why they should have a right", "why",
           rf"\bwhy\s+(?:should|do|does|would|must|are|is|can)\s+{OBJECT}\s+(?:(?:even|ever|still|actually|be allowed to|"
           r"get to|even be allowed to)\s+){0,2}(?:get|have|be given|be allowed|receive|keep|deserve|be here|stay|vote|"
           r"live here|come here|own|marry|enjoy)\b(?!\s+(?:to|fewer|less|lower|paid|treated|blamed|harassed|attacked|"
           r"ignored|denied|stopped|arrested|targeted|bullied|the blame)\b)"
           # a health question or a statistical comparison: "why do women get migraines more often than men?"
           r"(?!\s+(?:\S+\s+)?(?:migraines?|headaches?|colds?|flu|sick|ill|cancer|diabetes|dementia|heart attacks?|strokes?|"
           r"cramps|acne|wrinkles|grey|gray|bald|burn-?out|depressed|depression|tired|lonely|injured|injuries)\b)"
           r"(?!.*\b(?:more|less) (?:often|likely)\b)",
           IDENTITY_BLOCK),
    _shape("exclusion: asking why they are let in or let live", "why waarom",
           rf"\bwhy\s+(?:do|should|would|are|did)\s+(?:we|they|you|people)\s+(?:even\s+|still\s+|ever\s+)?(?:let|allow|"
           rf"letting|allowing|tolerate|tolerating)\s+{OBJECT}\s+(?:\S+\s+)?(?:live|in|into|vote|stay|exist|breed|come|enter|"
           r"work|marry|adopt|near|around|teach|here)\b|"
           rf"\bwaarom\s+(?:laten|laat|zouden|moeten|tolereren|accepteren)\s+(?:we|wij|ze|jullie|ze)\s+{OBJECT}\s+"
           r"(?:\S+\s+){0,3}?(?:leven|bestaan|binnen|toe|stemmen|blijven|wonen|trouwen|werken|komen|lesgeven)\b",
           IDENTITY_BLOCK),
    _shape("exclusion: a licence to turn them away", "free allowed able permitted right mogen moeten zouden zou mag",
           r"\b(?:should|must|ought to)\s+be\s+(?:free|allowed|able|permitted)\s+to\s+(?:refuse|turn away|turn down|reject|"
           r"fire|evict|deny|ban|not hire|not serve|discriminate against|kick out|throw out|exclude|bar)\s+"
           rf"{OBJECT}|\b(?:mogen|moeten|zouden|zou|mag)\b(?:\s+\S+){{0,3}}?\s+{OBJECT}(?:\s+\S+){{0,2}}?\s+(?:mogen\s+)?"
           r"(?:weigeren|weren|ontslaan|uitzetten|buitenzetten|wegsturen|buiten de deur zetten)\b",
           IDENTITY_BLOCK),
    _shape("exclusion: stay away from us", "stay keep keeping kept blijven wegblijven buurt",
           rf"{SUBJECT}{_GAP}\s+(?:should|must|need to|needs to|have to|ought to|moeten|moet|horen|zouden)\s+(?:\S+\s+)?"
           r"(?:stay away from|be kept away from|keep away from|keep their distance from|uit de buurt (?:van (?:\S+\s+){1,2})?"
           r"(?:blijven|gehouden worden)|wegblijven (?:bij|van)|ver weg blijven)",
           IDENTITY_BLOCK),
    _shape("exclusion: never hire or trust one", "never don't dont do nooit",
           rf"\b(?:never|don'?t ever|don'?t|dont|do not)\s+(?:hire|trust|rent to|rent out to|employ|date|marry|vote for|"
           rf"let|serve|sell to|buy from)\s+(?:a|an|any)\s+{_T}\b|\blaat nooit (?:een|zo'n) {_T}\b|"
           rf"\b(?:neem|huur|vertrouw|stem)\s+nooit\s+(?:een|zo'n)\s+{_T}\b",
           IDENTITY_BLOCK),
    _shape("exclusion: better off without", "without zonder",
           rf"\b(?:better off|a better place|better|safer|cleaner|nicer|beter af|beter|veiliger|schoner|mooier)\s+"
           rf"(?:zijn\s+|worden\s+)?(?:without|zonder)\s+{OBJECT}|"
           rf"\b(?:better off|a better place|better|safer|beter af|beter|veiliger)\s+(?:with|met)\s+(?:every|all|each|the|"
           rf"those|no|no more|alle|elke|die|de|geen)\s+{_T}\s+(?:gone|out|removed|deported|dead|weg|eruit|"
           r"verdwenen|dood)\b",
           IDENTITY_BLOCK),
    _shape("exclusion: does not belong (nl)", "horen hoort thuishoren",
           rf"{SUBJECT}{_GAP}\s+(?:horen|hoort)\s+(?:\S+\s+){{0,2}}?(?:niet|nooit|absoluut niet|echt niet)"
           r"(?:\s+(?:thuis|bij|in|hier)\b|\s*(?:[.!,]|$))|"
           rf"{SUBJECT}(?:\s+\S+){{0,3}}?\s+(?:niet|nooit)\s+(?:thuis)?horen\b|{SUBJECT}(?:\s+\S+){{0,3}}?\s+(?:niet|nooit)"
           r"\s+thuishoren\b",
           IDENTITY_BLOCK),
    _shape("exclusion: denied an ordinary right (nl)", "geen niet nooit",
           rf"{SUBJECT}{_GAP}\s+(?:zouden|zou|moeten|moet)\s+(?:\S+\s+){{0,3}}?geen\s+(?!(?:{_PROTECTIVE_NL})\b)"
           rf"(?:\S+\s+){{1,3}}?(?:(?:mogen|moeten|meer)\s+)?(?:{_RIGHT_VERB_NL})\b|"
           rf"{SUBJECT}{_GAP}\s+(?:zouden|zou|mogen|mag)\s+(?:\S+\s+)?(?:niet|nooit|niet meer)\s+(?:eens\s+)?"
           r"(?:\S+\s+){0,4}?mogen\s+(?!(?:lijden|wachten|sterven|verhongeren|vrezen|verdrinken|creperen)\b)\w+",
           IDENTITY_BLOCK),
    _shape("exclusion: keep out (nl)", "hou houd houdt houden weren weer",
           rf"\b(?:hou|houd|houdt|houden)\s+(?:je\s+|jullie\s+)?{OBJECT}\s+(?:\S+\s+)?(?:weg|buiten|ver weg|uit de buurt|"
           r"uit (?!(?:de |het )?(?:kou|zon|wind|regen|brand|problemen|handen|gevaar|armoede|schulden|cel|gevangenis|"
           r"criminaliteit|zorgen|nood|greep)\b)(?:onze|ons|mijn|dit|deze|de|het)\b)\b|"
           rf"\b(?:weer|weren)\s+{OBJECT}\s+(?:uit|van|bij)\b|{SUBJECT}{_GAP}\s+(?:moeten|moet)\s+(?:\S+\s+)?geweerd\b",
           IDENTITY_BLOCK),
    _shape("exclusion: no more rights or entry for the group (nl)", "geen",
           rf"\bgeen\s+(?:(?:{_RIGHT_NOUN_NL})\s+)?meer\s+(?:voor|naar)\s+{_KIN_NL}{OBJECT}|\bgeen\s+(?:{_RIGHT_NOUN_NL})\s+voor\s+"
           rf"{OBJECT}\s+meer\b|\bgeen\s+{_T}\s+meer\b(?!\s+(?:dood|slachtoffer|vermoord|gediscrimineerd))",
           IDENTITY_BLOCK),
    _shape("exclusion: asking why they should have a right (nl)", "waarom",
           rf"\bwaarom\s+(?:zouden|zou|mogen|mag|krijgen|krijgt|hebben|heeft)\s+{OBJECT}\s+(?:(?!moeten\b|hoeven\b|minder\b|"
           rf"lager\b|slechter\b|niet\b|geen\b|nooit\b)\S+\s+){{0,7}}?(?:(?:eigenlijk|uberhaupt|überhaupt|zomaar)\b|(?:mogen|blijven)\b)"
           # "waarom mogen vluchtelingen eigenlijk (nog steeds) niet werken?" asks why a right is denied
           r"(?!\s+(?:\S+\s+){0,3}?(?:niet|geen|nooit)\b)",
           IDENTITY_BLOCK),
    _shape("exclusion: out of the country (nl)", "land eruit weg zet gooi schop trap stuur",
           rf"{SUBJECT}{_GAP}\s+(?:moeten|moet|mogen|kunnen)\s+(?:\S+\s+)?(?:het land uit|eruit|weg|terug)\s*(?:[.!,;]|$|"
           r"naar\b|nu\b|allemaal\b)|"
           rf"\b(?:zet|gooi|schop|trap|stuur|zetten|gooien|schoppen|sturen)\s+{OBJECT}\s+(?:\S+\s+)?(?:het land uit|eruit|"
           r"terug|de grens over|op de boot)\b",
           IDENTITY_BLOCK),
    # --- coercion and calls for harm ----------------------------------------------------------
    _shape("call for coercion", "should must need needs ought have has deserve deserves gotta will going "
           "moeten moet moesten zouden zou mogen mag horen hoort",
           rf"{SUBJECT}{_GAP}\s+(?:should|must|need to|needs to|ought to|have to|has to|deserve to|deserves to|gotta|"
           rf"are going to)\s+(?:all\s+|just\s+|finally\s+|simply\s+)?(?:be|get)\s+(?:\w+\s+)?(?:{_COERCE_EN})\b"
           # "kept out of harm's way", "sent home with a warm meal": protection and care, not coercion
           r"(?!\s+(?:of\s+)?(?:harm|harm's way|danger|the cold|poverty|trouble)\b|\s+(?:with|safely|early|to rest|"
           r"to (?:their|the) famil\w*)\b)|"
           rf"{SUBJECT}{_GAP}\s+(?:moeten|moet|moesten|zouden|zou|mogen|mag|horen|hoort)\s+(?:\S+\s+){{0,4}}?(?:{_COERCE_NL})\b",
           THREAT_GROUP),
    _shape("coercion done to a group", "round rounding deport deporting expel kick throw lock rid ship pak pakken zet "
           "zetten gooi gooien stuur sturen schop schoppen te",
           rf"\b(?:round up|rounding up|deport|deporting|expel|expelling|kick out|throw out|lock up|locking up|get rid of|"
           rf"ship off|ship out)\s+(?:(?:all(?: of)? the|all|every|each|the|those|these)\s+)?(?:single\s+|last\s+)?"
           rf"(?:one of the\s+)?{_T}\b|"
           rf"\b(?:pak|pakken|zet|zetten|gooi|gooien|stuur|sturen|schop|schoppen|sluit|sluiten)\s+(?:alle|die|elke|de|al die)?\s*"
           rf"{_T}\s+(?:\S+\s+)?(?:op\b|het land uit|eruit|terug|weg\b|op het vliegtuig|op de boot|uit)|"
           rf"\b(?:alle|die|elke|de|al die)\s+{_T}\s+(?:\S+\s+)?(?:op te pakken|uit te zetten|het land uit te zetten|"
           r"terug te sturen|weg te sturen|op te sluiten|uit te wijzen|te deporteren|op het vliegtuig te zetten)\b",
           THREAT_GROUP),
    _shape("call on someone to act against a group", "someone somebody some1 we government police iemand overheid "
           "politie tijd time korte afrekenen lesje iets wat",
           rf"\b(?:someone|somebody|some1|we|the government|the police)\s+(?:should|needs? to|has to|have to|must|ought to|"
           rf"gotta|has got to)\s+(?:finally\s+|just\s+|really\s+)?(?:{_DO_TO_EN})\s+(?:\S+\s+)?{OBJECT}"
           r"(?!\s+(?:dying|drowning|suffering|sleeping|starving|being|who are|living|facing|in need|feel|get)\b)|"
           rf"\b(?:time|about time|high time)\s+(?:someone|somebody|we|the government)\s+(?:\S+\s+)?(?:{_DO_TO_EN}|"
           rf"dealt with|got rid of|sorted out|cleaned up|did something about)\s+{OBJECT}|"
           rf"\b(?:korte metten maken|afrekenen|afgerekend)\s+met\s+{OBJECT}|"
           rf"\b(?:iemand|we|wij|de overheid|de politie)\s+(?:moet|moeten|zou|zouden|moest)\s+(?:eens\s+|nou\s+|eindelijk\s+)*"
           rf"(?:iets|wat)\s+(?:(?:gaan|moeten)\s+)?doen\s+aan\s+(?:al\s+)?{OBJECT}(?!\s+(?:die|in nood|zonder))|"
           rf"\btijd (?:dat|om) (?:iemand|we|wij|de overheid|de politie)?\s*(?:\S+\s+){{0,2}}?{OBJECT}\s+(?:\S+\s+){{0,2}}?"
           r"(?:aanpakt|aanpakken|aan te pakken|opruimt|opruimen|op te ruimen|wegjaagt|wegjagen|weg te jagen|eruit gooit|"
           r"eruit te gooien|een lesje leert|op (?:hun|z'n) plek zet)\b|"
           rf"\b(?:iemand|we|wij|de overheid|de politie)\s+(?:moet|moeten|zou|zouden|moest)\s+(?:\S+\s+){{0,2}}?{OBJECT}\s+"
           r"(?:\S+\s+){0,3}?(?:een lesje (?:\S+\s+)?leren|aanpakken|opruimen|wegjagen|eruit (?:gooien|schoppen|trappen)|"
           r"op (?:hun|z'n) (?:plek|plaats) zetten|onschadelijk maken)\b",
           THREAT_GROUP),
    _shape("a group as a problem to solve", "problem question issue solution probleem vraagstuk kwestie problematiek "
           "eindoplossing",
           rf"\b(?:solve|solved|solving|solution to|fix|fixed|fixing|deal with|dealing with|end|ending|tackle|sort out|"
           rf"final solution (?:to|for))\s+(?:the|our|this|that|their)\s+(?:{_T}|jewish|gypsy|muslim|immigrant|"
           r"refugee|migrant)\s+(?:problem|question|issue|plague)\b|"
           rf"\b{_NL_GROUP_STEM}(?:probleem|problematiek|vraagstuk|kwestie|plaag)\b.{{0,40}}\b(?:oplossen|op te lossen|"
           r"oplost|aanpakken|aan te pakken|aanpakt|definitief|voorgoed|eens en voor altijd)\b|"
           rf"\b(?:oplossen|op te lossen|oplost|aanpakken|aan te pakken|eindoplossing voor)\b.{{0,30}}\b{_NL_GROUP_STEM}"
           r"(?:probleem|problematiek|vraagstuk|kwestie|plaag)\b|"
           rf"\bhet probleem met\s+{OBJECT}\s+(?:\S+\s+){{0,2}}?(?:op te lossen|oplossen|aan te pakken|aanpakken)\b",
           THREAT_GROUP),
    # --- implicit derogation -------------------------------------------------------------------
    _shape("stereotype: worse at", "worse inferior bad terrible hopeless slechter slecht incapable capable unable "
           "staat",
           rf"{SUBJECT}{_GAP}\s+(?:are|is|were|zijn|waren)\s+(?:(?:just|simply|naturally|genetically|biologically|"
           r"inherently|by nature|always|gewoon|nu eenmaal|van nature|genetisch|biologisch|altijd|echt)\s+){0,2}"
           r"(?:worse|inferior|slechter|minder goed)\s+(?:(?!off\b)\w+\s+)?(?:at|in|when it comes to|than|dan|als het gaat om)\b|"
           rf"{SUBJECT}{_GAP}\s+(?:are|is|zijn)\s+(?:(?:just|simply|naturally|genetically|biologically|inherently|"
           r"fundamentally|gewoon|nu eenmaal|van nature|genetisch|biologisch)\s+){1,2}(?:incapable of|not capable of|"
           r"unable to|niet in staat|niet capabel|ongeschikt)|"
           rf"{SUBJECT}{_GAP}\s+(?:are|is|zijn)\s+(?:\S+\s+)?(?:incapable of|not capable of)\s+(?!\w+ing\s+(?:in|from)\b)",
           IDENTITY_BLOCK, unless=_HEALTH),
    _shape("stereotype: cannot by nature", "can't cannot can could never kunnen kan nooit don't dont do lack hebben heeft",
           rf"{SUBJECT}{_GAP}\s+(?:(?:just|simply|naturally|genetically|never|still)\s+)?(?:can'?t|cannot|can not|could "
           rf"never|will never be able to|are never able to)\s+(?:(?:just|simply|ever|even|really)\s+)?"
           rf"(?:{_COMPETENCE_EN})\b(?!\s+(?:it|this)\s+(?:alone|without))|"
           rf"{SUBJECT}{_GAP}\s+(?:just\s+|simply\s+)?(?:don'?t|do not|dont|lack)\s+(?:have\s+)?the\s+(?:brains?|"
           r"intelligence|iq|mental capacity|capacity|discipline|character|morals)\s+(?:for|to)\b|"
           rf"{SUBJECT}{_GAP}\s+(?:hebben|heeft)\s+(?:\S+\s+){{0,2}}?(?:de hersens|de hersenen|het verstand|het iq|"
           r"de capaciteit|de discipline|het karakter)\s+(?:\S+\s+)?niet\s+(?:voor|om)\b|"
           rf"{SUBJECT}{_GAP}\s+(?:kunnen|kan)\s+(?:(?:gewoon|nu eenmaal|echt|eenmaal|toch|ook)\s+){{0,2}}(?:niet|nooit)\s+"
           rf"(?!altijd\b|zomaar\b|meer\b|zonder\b)(?:\S+\s+){{0,3}}?(?:{_COMPETENCE_NL})\b",
           IDENTITY_BLOCK, unless=_HEALTH),
    _shape("stereotype: made for one thing", "built bred made wired programmed gebouwd gemaakt gefokt",
           rf"{SUBJECT}{_GAP}\s+(?:are|is|zijn)\s+(?:just\s+|only\s+|simply\s+|gewoon\s+|alleen\s+)?(?:built|bred|made|"
           r"wired|programmed|gebouwd|gemaakt|gefokt)\s+(?:for|to|voor|om)\b.{0,30}\b(?:not|niet|nooit|never|only|alleen)\b",
           IDENTITY_BLOCK),
    _shape("incompatible with us", "incompatible compatible fit passen past",
           rf"{SUBJECT}{_GAP}\s+(?:are|is|will always be|zijn|is)\s+(?:\S+\s+)?(?:incompatible with|not compatible with)\s+"
           rf"(?:our|the|western|this)\b|{SUBJECT}{_GAP}\s+(?:don'?t|do not|will never|can never|never)\s+fit\s+(?:in\s+)?"
           rf"(?:with|into|in)\s+(?:our|this|the west|western|here)\b|{SUBJECT}{_GAP}\s+(?:passen|past)\s+(?:\S+\s+)?"
           r"(?:niet|nooit)\s+(?:bij|in)\s+(?:onze|ons|het westen|nederland|deze|dit)\b",
           IDENTITY_BLOCK),
    _shape("the end of us", "end death downfall einde ondergang dood",
           rf"{SUBJECT}.{{0,30}}\b(?:is|are|will be|would be|means|spells|zijn|is|wordt|worden|betekent|betekenen)\s+"
           r"(?:the end of|the death of|the downfall of|het einde van|de ondergang van|de dood van)\s+(?:this|our|the|deze|dit|"
           rf"onze|ons|de|het)\b(?!\s+(?:new\s+|old\s+|nieuwe\s+|oude\s+)?(?:{_HOUSEHOLD})\b)",
           IDENTITY_BLOCK),
    _shape("stereotype: in their nature", "genes blood dna nature culture religion bones breeding upbringing genen "
           "bloed aard cultuur geloof natuur botten opvoeding genetic genetics genetisch biology biologie biologisch",
           rf"^(?=.*?\b{_T}\b).*?(?:\b(?:in|part of|zit in|zit het in)\s+(?:their|hun|them|z'n|zijn|the|de)\s+"
           rf"(?:{_ESSENCE})\b|\b(?:it'?s|its|it is|that'?s|is|zijn|het is)\s+(?:just\s+|simply\s+|gewoon\s+)?"
           r"(?:genetics?|genetisch|biology|biologie|biologisch)\b)",
           IDENTITY_BLOCK, unless=rf"{_PRAISE}|{_PASSION}"),
    _shape("stereotype: all the same", "same alike hetzelfde zo like",
           rf"{SUBJECT}\s+(?:are|zijn)\s+(?:all|allemaal|toch|gewoon)\s+(?:the same|alike|like that|hetzelfde|{_ZO})\b|"
           rf"^(?=.*?\b{_T}\b).*?\b(?:they'?re all|they are all|zo zijn ze (?:nu eenmaal|gewoon|allemaal)|"
           rf"ze zijn (?:allemaal|toch) (?:hetzelfde|{_ZO}))\b(?:\s+(?:the same|alike|like that))?",
           IDENTITY_BLOCK, unless=_PRAISE),
    _shape("stereotype: trouble follows them", "follows follow comes come brings bring bringing volgt komt brengen "
           "brengt meer more",
           rf"\bwherever\s+{OBJECT}\s+(?:go|goes|went|settle|move|live|are|turn up|show up)\b.{{0,25}}\b(?:{_TROUBLE_EN})\b|"
           rf"\bwhere(?:ver)? there are\s+{OBJECT}.{{0,20}}\b(?:{_TROUBLE_EN})\b|"
           rf"{SUBJECT}{_GAP}\s+{_NOT_NEGATED}(?:bring|brings|bringing|brought)\s+(?:nothing but|only|just|always)?\s*{_NO_DENIAL}"
           rf"(?:{_TROUBLE_EN})\b|\bwith\s+{OBJECT}\s+(?:comes?|came)\s+(?:\S+\s+)?(?:{_TROUBLE_EN})\b|"
           rf"\bmore\s+{_T}\s*(?:=|means|is|equals|brings)\s*more\s+(?:{_TROUBLE_EN})\b|"
           rf"\bwaar\s+{OBJECT}\s+(?:komen|wonen|zijn|gaan|opduiken|neerstrijken|verschijnen)\b.{{0,30}}\b(?:{_TROUBLE_NL})\b|"
           rf"{SUBJECT}{_GAP}\s+(?:brengen|brengt|brachten)\s+(?:niks dan|niets dan|alleen|enkel|altijd)?\s*{_NO_DENIAL}"
           rf"(?:{_TROUBLE_NL})\b|\bmet\s+{OBJECT}\s+(?:komt|kwam|komen)\s+(?:\S+\s+)?(?:{_TROUBLE_NL})\b|"
           rf"\bmeer\s+{_T}\s*(?:=|betekent|is|brengt)\s*meer\s+(?:{_TROUBLE_NL})\b",
           IDENTITY_BLOCK, unless=_ENJOYED_CHAOS),
    _shape("stereotype: trouble since they came", "since sinds after nadat funny strange grappig vreemd opvallend "
           "toevallig toeval coincidence until till tot totdat",
           rf"^(?!.*?\b(?:fell|fallen|dropped|decreased|declined|went down|down|lower|victims?|gedaald|daalde|gezakt|"
           rf"afgenomen|lager|slachtoffers?|minder)\b)(?=.*?\b{_T}\b).*?(?:"
           rf"\b(?:since|ever since|right after|soon after|after|sinds|vlak nadat|kort nadat|nadat|sinds er)\b.{{0,30}}\b"
           rf"{_T}\b.{{0,60}}\b(?:{_TROUBLE_EN}|{_TROUBLE_NL}|ingebroken|broken into|robbed|stolen|beroofd|"
           r"gestolen)\b|"
           rf"\b(?:funny|strange|interesting|odd|curious|grappig|vreemd|opvallend|toevallig|raar)\s+(?:how|that|hoe|dat)\b"
           rf".{{0,80}}\b(?:{_TROUBLE_EN}|{_TROUBLE_NL})\b|"
           rf"\b(?:{_TROUBLE_EN}|{_TROUBLE_NL})\b.{{0,60}}\b(?:since|right after|soon after|after|sinds|vlak nadat|"
           r"kort nadat|nadat)\b|"
           r"\b(?:was|were|used to be|waren)\s+(?:\S+\s+)?(?:fine|great|safe|nice|quiet|clean|peaceful|lovely|prima|goed|"
           rf"veilig|fijn|rustig|schoon|leuk|mooi)\b.{{0,20}}\b(?:until|till|tot|totdat)\s+(?:\S+\s+)?{_T}\b)",
           IDENTITY_BLOCK, unless=_ENJOYED_CHAOS),
    _shape("endorsing past persecution of a group", "right correct gelijk begrepen idea",
           rf"^(?=.*?\b{_T}\b).*?\b(?:had|got|have|hadden|had)\s+(?:it|the right idea|het)\s+(?:\S+\s+){{0,2}}?"
           r"(?:right|correct|gelijk|goed begrepen|begrepen)\b.{0,40}\b(?:19[34]0s|'?[34]0s|hitler|the nazis|jaren '?[34]0|"
           r"jaren (?:dertig|veertig)|de nazi'?s|the war|de oorlog)\b|"
           rf"^(?=.*?\b{_T}\b).*?\b(?:19[34]0s|'?40s|hitler|the nazis|jaren '?40|jaren veertig|de nazi'?s)\b.{{0,40}}"
           r"\b(?:had it right|got it right|had the right idea|was right|were right|hadden gelijk|had gelijk|"
           r"goed begrepen)\b",
           IDENTITY_BLOCK),
    _shape("never again a member of a group", "never nooit",
           rf"\b(?:never again|nooit (?:meer|weer))\s+(?:a|an|any|one|een|zo'n|die)?\s*{_T}\b|"
           rf"^(?=.*?\b{_T}\b).*?\b(?:once|one time|één keer|een keer|ooit|1x)\b.{{0,60}}\b(?:never again|"
           r"nooit (?:meer|weer))\b",
           IDENTITY_BLOCK, unless=_REMEMBRANCE),
    _shape("blame with sarcasm", "again weer alweer opnieuw course natuurlijk uiteraard typical typisch",
           rf"^(?=.*?\b(?:again|weer|alweer|once more|opnieuw)\b)(?=.*?(?:{_SARCASM})).*?\b{_T}\b|"
           rf"\bof course (?:it was|it's|it is|they were|it had to be) (?:a |an |the |those |some )?{_T}\b|"
           rf"\bnatuurlijk (?:was|waren) het (?:weer |alweer )?(?:een |de |die )?{_T}\b|"
           rf"\b(?:typical|typisch)\s+{_T}\b(?!\s+(?:{_VIRTUE})\b)",
           IDENTITY_BLOCK, unless=_SUCCESS),
    # --- insinuation: a stereotype said by the frame alone (session 8, 13s) -------------------------
    _shape("insinuation: the more of them, the worse", "more meer",
           rf"\b(?:the more|hoe meer)\s+{_T}\b(?:\s+\S+){{0,5}}?,?\s+(?:the|hoe)\s+(?:{_WORSE})\b",
           IDENTITY_BLOCK),
    _shape("insinuation: another day, another one of them", "another weer alweer nog",
           rf"\banother (?:day|week|month|weekend|night|year|headline),?\s+another\s+(?:\S+\s+)?{_T}\b|"
           rf"\b(?:weer|alweer|nog) een (?:dag|week|maand|weekend|nacht|jaar),?\s+(?:weer|alweer|nog) een\s+(?:\S+\s+)?{_T}\b",
           IDENTITY_BLOCK, unless=_WELCOMED),
    _shape("insinuation: what else to expect of them", "expect verwacht verwachtte",
           rf"\bwhat (?:else )?(?:do|did|would|can|could|should) (?:you|we|anyone|one|people) (?:\S+ )?expect "
           rf"(?:from|of|with)\s+{OBJECT}\s*(?:[?!.,]|$|anyway|really|honestly|tbh|lol)|"
           rf"\bwat (?:verwacht|verwachtte|verwachten) (?:je|jij|u|men|we|jullie) (?:\S+ ){{0,2}}?(?:van|met)\s+{OBJECT}"
           r"\s*(?:[?!.,]|$|nou|dan|toch|eigenlijk)",
           IDENTITY_BLOCK),
    _shape("entitlement: they should be grateful we let them", "grateful thankful glad dankbaar blij",
           rf"{SUBJECT}{_GAP}\s+(?:should|must|ought to|need to|had better|moeten|mogen|zouden|horen)\s+(?:\S+\s+){{0,2}}?"
           r"(?:be\s+)?(?:grateful|thankful|glad|happy|dankbaar|blij)\s+(?:\S+\s+){0,2}?"
           r"(?:(?:that|dat)\s+)?(?:we|wij|they|ze|zij)\s+(?:\S+\s+){0,2}?(?:let|allow|tolerate|even|here|hier|"
           r"mogen|zijn|put up)\b",
           IDENTITY_BLOCK),
    _shape("insinuation: it is always them", "always altijd steeds telkens",
           rf"\b(?:why is it|how come it'?s|how come it is|it'?s|it is|it was|funny how it'?s|waarom zijn het|het zijn|"
           rf"het waren|waarom is het|hoe komt het dat het)\s+(?:always|altijd|steeds|telkens|weer|altijd weer)\s+{OBJECT}"
           rf"\s+(?:who|that|die\s+)?(?:\S+\s+){{0,2}}?(?:{_MISDEED})\b",
           IDENTITY_BLOCK),
    _shape("blame: they are the reason things went wrong", "reason cause why reden oorzaak waarom",
           rf"{SUBJECT}{_GAP}\s+(?:are|is|were|zijn|waren)\s+(?:(?:the|de)\s+(?:(?:only|real|main|enige|echte)\s+)?"
           r"(?:reason|cause|reden|oorzaak)\s*(?:that|why|dat|waarom)?|why|waarom)\s+"
           r"(?:(?:nobody|no one|niemand|we|you|je|this|the|our|het|de|dit|onze|ons)\s+)?(?:\S+\s+){0,6}?"
           rf"(?:downhill|bergafwaarts|achteruit|verloedert|verloederd|verloedering|unsafe|onveilig|worse|slechter|"
           rf"anymore|no longer|niet meer|{_TROUBLE_EN}|{_TROUBLE_NL})\b|"
           rf"\b(?:zijn|waren)\s+{OBJECT}\s+(?:de\s+)?(?:(?:enige|echte)\s+)?(?:reden|oorzaak)\s+(?:dat|waarom)\s+"
           rf"(?:\S+\s+){{0,6}}?(?:bergafwaarts|achteruit|verloedert|verloederd|onveilig|slechter|niet meer|{_TROUBLE_NL})\b",
           IDENTITY_BLOCK),
    _shape("exclusion: I would not want one near me", "want wil willen",
           rf"\b(?:i|we)(?:'d)?\s+(?:don'?t|do not|would never|never|wouldn'?t|will never)\s+(?:ever\s+)?want\s+"
           rf"(?:a|an|any|one of those|those|these|them)\s+(?:\S+\s+)?{_T}\s+(?:{_NEAR_ME})|"
           rf"\b(?:ik|wij|we)\s+(?:wil|willen)\s+(?:voor geen goud|echt geen|absoluut geen|nooit een|geen)\s+"
           rf"(?:een\s+|zo'n\s+)?(?:\S+\s+)?{_T}\s+(?:{_NEAR_ME})",
           IDENTITY_BLOCK),
)
_NEEDS = frozenset(w for shape in SHAPES for w in shape.needs)
_WORDS = re.compile(r"\w(?:[\w'-]*\w)?")
# The second sentence of "Hired a Pakistani once. Never again." / "Ooit een Pool aangenomen. Nooit weer."
_NEVER_AGAIN = re.compile(r"^\W*(?:and |en )?(?:never again|nooit (?:meer|weer)|no more|nooit)\W*$", re.IGNORECASE)
_ONCE = re.compile(r"\b(?:once|one time|één keer|een keer|ooit|1x|last time|vorige keer)\b", re.IGNORECASE)
_REMEMBRANCE_RE = re.compile(_REMEMBRANCE, re.IGNORECASE)


_PROBLEM_COMPOUND = re.compile(rf"\b{_NL_GROUP_STEM}(?:probleem|problematiek|vraagstuk|kwestie|plaag)\b")


def group_problem_compound(text: str) -> bool:
    """A Dutch one-word "group problem" ("moslimprobleem"), which names the group without a group word."""
    return ("probleem" in text or "vraagstuk" in text or "kwestie" in text or "plaag" in text) and (
        _PROBLEM_COMPOUND.search(text) is not None)


def matches(text: str, present: set[str] | frozenset[str] | None = None) -> list[tuple[str, str]]:
    """(shape name, group as written) for each structure shape in one folded sentence."""
    if present is None:
        present = frozenset(_WORDS.findall(text))
    if group_problem_compound(text):
        present = frozenset(present) | {"probleem"}
    if present.isdisjoint(_NEEDS):
        return []
    out = []
    tagged, groups = tag_groups(text)
    if not groups and not group_problem_compound(text):
        return []
    for shape in SHAPES:
        if present.isdisjoint(shape.needs):
            continue
        match = shape.pattern.search(tagged)
        if match is None or (shape.unless is not None and shape.unless.search(tagged)) or denied(tagged, match):
            continue
        if _own_people(tagged, match, groups, companions=shape.name == "never again a member of a group"):
            continue
        out.append((shape.name, tagged_group(match.group(0), groups) or tagged_group(tagged, groups)))
    return out


def _own_people(tagged: str, match: re.Match[str], groups: list[str], *, companions: bool = False) -> bool:
    """The group of ``match`` is a gender noun that names the writer's own people: after a possessive ("our men
    can't handle that pressing", "my twin girls"), or, with ``companions``, after "with the" ("tried bungee jumping
    with the girls once. Never again!")."""
    tags = list(_TAG_AT.finditer(tagged))
    inside = [t for t in tags if match.start() <= t.start() < match.end()] or tags
    if not inside:
        return False
    tag = inside[0]
    group = groups[min(ord(tag.group(1)) - ord("a"), len(groups) - 1)] if groups else ""
    if group not in _GENDER_NOUN:
        return False
    before = tagged[:tag.start()]
    return _OWNED.search(before) is not None or (companions and _COMPANIONS.search(before) is not None)


_TAG_AT = re.compile(rf"\b{GROUP_TAG[:-5]}([a-z])\b")


def assess_structure(text: str, present: set[str] | frozenset[str] | None = None) -> dict[str, float]:
    """Floors for one folded, respelled sentence that names a group (empty when no shape matches)."""
    floors: dict[str, float] = {}
    for name, _ in matches(text, present):
        for attribute, floor in next(s for s in SHAPES if s.name == name).floors.items():
            floors[attribute] = max(floors.get(attribute, 0.0), floor)
    return floors


@functools.lru_cache(maxsize=1024)
def describe(sentence: str, previous: str = "") -> tuple[str, str] | None:
    """The first structure shape of a sentence as the post has it, and the group it is aimed at, for the
    reason a reviewer reads ("exclusion: keep out", "roma"); a pronoun is read as the group named in
    ``previous`` (the post before it) as the scorer reads it. None when no shape matches."""
    text = _folded(sentence)
    found = matches(respell(text))
    if not found and previous:
        resolved, group = resolve(text, _folded(previous))
        found = matches(resolved) if group is not None else []
    return found[0] if found else None


def _folded(text: str) -> str:
    return fold(deobfuscate(text)).replace("\u2019", "'")


def said_once(text: str) -> bool:
    """Cheap prefilter of ``once_then_never_again``: the sentence says something happened once."""
    return _ONCE.search(text) is not None


def once_then_never_again(text: str, following: str) -> str | None:
    """The group of "Hired a Pakistani once." when the next sentence is only "Never again." (both folded)."""
    if not following or _NEVER_AGAIN.match(following.strip()) is None or _ONCE.search(text) is None:
        return None
    if _REMEMBRANCE_RE.search(text):
        return None
    group = antecedent(text)
    if group in _GENDER_NOUN and _COMPANIONS.search(text[:text.rfind(group)]) is not None:
        return None   # "Tried bungee jumping with the girls once." + "Never again!": done with one's companions
    return group
