"""Hostility aimed at a protected group: a group is named AND something hostile is said of it.

Published functional tests for hate speech (and real hateful posts) are mostly short
sentences built from two parts: a protected group ("trans people", "moslims", "a Jew") and a
hostile part — an emotion ("fill me with rage", "ik walg van"), a very negative attribute
("are worthless", "zijn onbetrouwbaar"), a wish of violence ("should burn", "moeten dood"), or
a negated positive ("don't deserve respect", "deugen nergens voor"). The learned head sees what
a sentence is about but scores such sentences unevenly (it learned from tweets), so this layer
composes the two parts explicitly, with word lists instead of whole sentences: each list is
open-ended in the other part, so a new group with a known hostile predicate (or the reverse)
is still found. A match sets floors in the **block** band (``STRONG``): a brand account never
publishes a sentence of these shapes.

Spelling variation is tolerated where it is cheap and safe: group and hostile words of 6+
letters also match with one inner letter dropped, one doubled or two neighbours swapped ("imigrants",
"disgustign", "walgelijkk"), and a first-person pronoun glued to the verb ("ihate",
"ikhaat") is split. Negation, quotes and counter-speech are handled after this layer by
``toxicity_patterns.is_counter_speech`` (it scales every floor down), so "Refugees are not
dangerous" and "calling immigrants 'vermin' is vile" stay low.

Shapes are ours, written from the functionality descriptions of published test suites (not
from their cases) and from the brand-risk brief; the functional suite's held-out block
measures them on sentences written before this module.
"""

from __future__ import annotations

import functools
import re

from riskcheck.scorers import dutch_groups, group_names_en
from riskcheck.scorers.toxicity_patterns import STRONG, Shape, make_shape, match_shapes

# --- protected groups ------------------------------------------------------------------------
_GROUP_WORDS_EN = (
    "women woman girls females wives men males "
    "immigrants immigrant migrants migrant refugees refugee foreigners foreigner asylum illegals "
    "muslims muslim islamists moslems jews jew jewish christians catholics hindus sikhs buddhists "
    "gays lesbians lesbian bisexuals bisexual homosexuals homosexual queers transgenders "
    "transgender transsexuals "
    "blacks asians mexicans africans arabs latinos hispanics "
    "roma gypsies gipsies turks moroccans somalis syrians pakistanis romanians indians natives nigerians "
    "hindu sikh gypsy turk moroccan somali syrian pakistani romanian nigerian cripple "
    "cripples autists afghans afghan iraqis iraqi eritreans eritrean albanians albanian bulgarians bulgarian"
)
_GROUP_WORDS_NL = (
    "vrouwen vrouw meiden meisjes mannen wijven "
    "immigranten immigrant migranten migrant vluchtelingen vluchteling asielzoekers asielzoeker buitenlanders "
    "buitenlander allochtonen allochtoon gelukszoekers gelukzoekers gelukzoeker statushouders nieuwkomers "
    "moslims moslim moslima moslimas islamieten joden jood joodse christenen katholieken hindoes "
    "homo's homos homo homoseksuelen lesbiennes lesbienne lesbo's biseksuelen transgenders transgender "
    "transpersonen transvrouwen transmannen "
    "zwarten blanken aziaten chinezen mexicanen afrikanen arabieren roma zigeuners "
    "polen turken marokkanen surinamers antillianen somaliers syriers roemenen bulgaren afghanen "
    "gehandicapten gehandicapte invaliden autisten "
    "marokkaan surinamer antilliaan zigeuner roemeen afghaan syrier somalier homoseksueel christen hindoe autist "
    "irakezen irakees eritreeers eritreeer albanezen albanees illegalen arabier"
)
# Multi-word groups and "<adjective> <people noun>" ("gay men", "zwarte mensen", "mensen met een beperking").
_PEOPLE = (r"(?:people|persons?|folks?|men|women|guys?|girls?|kids|dudes?|blokes?|mensen|personen|mannen|vrouwen|"
           r"jongens|meiden|jongeren)")
# For the target shapes the person noun may also be a role or a relation ("gay couples", "Asian drivers", "a Jewish landlord", "Polish
# workers", "zwarte vaders"): a member of a group is still aimed at for who they are.
_PEOPLE_BROAD = (r"(?:people|persons?|folks?|men|women|man|woman|guys?|girls?|boys?|kids|child|children|dudes?|blokes?|"
           r"ladies|lady|couples?|famil(?:y|ies)|parents|dads|moms|mums|mothers|fathers|tenants?|neighbou?rs?|"
           r"workers?|employees?|colleagues?|coworkers?|students?|pupils?|teachers?|drivers?|landlords?|doctors?|"
           r"nurses?|engineers?|teens|teenagers|youths?|customers?|clients?|guests?|patients?|"
           r"mensen|personen|mannen|vrouwen|man|vrouw|jongens|jongen|meiden|meid|meisjes|jongeren|kinderen|kind|stellen|"
           r"stel|gezinnen|gezin|ouders|vaders|moeders|huurders?|buren|buurman|buurvrouw|werknemers?|arbeiders?|"
           r"collega'?s|studenten|student|leerlingen|leerling|leraren|leraar|docenten|docent|chauffeurs?|huisbazen|"
           r"huisbaas|artsen|arts|ingenieurs?|klanten|klant|gasten|gast|patienten|patient|"
           r"friends?|boyfriend|girlfriend|vrienden|vriend|vriendin|vriendinnen)")
# Origin said as a phrase ("people from Africa", "mensen uit Marokko") and disability said by its aid.
_ORIGIN = (r"(?:people|ppl|folks|mensen|lui) (?:from|uit) (?:africa|asia|the middle east|eastern europe|the third world|"
           r"morocco|turkey|somalia|syria|poland|romania|pakistan|afghanistan|nigeria|afrika|azie|het midden-oosten|"
           r"oost-europa|de derde wereld|marokko|turkije|somalie|syrie|polen|roemenie|afghanistan)")
_DISABILITY = r"(?:wheelchair users|people in wheelchairs|rolstoelers|rolstoelgebruikers|mensen in een rolstoel)"
# Dutch writes many groups as one word: "homomannen", "moslimjongeren", "transvrouwen".
_COMPOUND_NL = (r"(?:homo|moslim|trans|joodse|jodenn?|marokkanen|turken|vluchtelingen|migranten|allochtonen|zwarte)"
                r"(?:mannen|vrouwen|jongens|meiden|jongeren|gezinnen|families|stellen|kinderen|mensen|man|vrouw|jongen|meid|"
                r"meisje|kind)")
_GROUP_ADJ = (r"gay|lesbian|bi|bisexual|trans|transgender|queer|black|white|asian|jewish|muslim|arab|african|"
              r"mexican|chinese|polish|turkish|moroccan|disabled|handicapped|autistic|deaf|blind|immigrant|foreign|homosexual|"
              r"homo|lgbt|lgbtq|zwarte|donkere|"
              r"witte|blanke|joodse|islamitische|buitenlandse|gehandicapte|dove|blinde|autistische|lesbische|"
              r"biseksuele|homoseksuele|allochtone|trans")
# More Dutch names as one class (demonyms, adjectives of origin, diminutives: ``dutch_groups``). Recognised as
# groups, but kept out of the misspelling variants and glue vocabulary below (a 5-letter name such as "doven"
# would respell "doen").
_GROUP_WORDS_NL_MORE = " ".join(dutch_groups.GROUP_NOUNS_NL)
# The same for English (``group_names_en``: Kurds, Mormons, asexuals, "third worlders", "Filipino workers").
_GROUP_WORDS_EN_MORE = " ".join(group_names_en.GROUP_NOUNS_EN)
_GROUP_ADJ_ALL = "|".join(dict.fromkeys(_GROUP_ADJ.split("|") + list(dutch_groups.GROUP_ADJECTIVES_NL)
                                        + [re.escape(a) for a in group_names_en.GROUP_ADJECTIVES_EN]))
GROUP_ADJ = _GROUP_ADJ_ALL   # "black", "gay", "zwarte": said of a person as well as a people noun
_GROUP_SINGLE = "|".join(sorted({re.escape(w) for w in (_GROUP_WORDS_EN + " " + _GROUP_WORDS_NL + " "
                                                        + _GROUP_WORDS_NL_MORE + " " + _GROUP_WORDS_EN_MORE).split()},
                                key=len, reverse=True))
# Dutch adjectives stay uninflected before a neuter person noun: "een Somalisch gezin", "een lesbisch stel".
_NEUTER_NL = rf"(?:{'|'.join(dutch_groups.GROUP_ADJECTIVES_NEUTER_NL)}) {dutch_groups.NEUTER_PERSON}"
GROUP = (rf"(?:(?:{_GROUP_ADJ_ALL}) {_PEOPLE}|{_NEUTER_NL}|{_COMPOUND_NL}|{group_names_en.MULTI_WORD}|"
         rf"{dutch_groups.MULTI_WORD_NL}|(?:{_GROUP_SINGLE})|people of colou?r|asylum seekers|"
         r"illegal (?:immigrants|aliens)|the disabled|mensen met een (?:beperking|handicap|migratieachtergrond)|"
         r"people with (?:disabilities|a disability))")
# A word that every GROUP match holds: the prefilter of the shapes below (common words such as
# "people" or "the" are left out, so ~70 % of brand sentences skip every regex here).
# Group words only Dutch uses: a sentence holding one is Dutch (``group_mask`` picks "die mensen").
GROUP_WORDS_NL_ONLY = frozenset((set((_GROUP_WORDS_NL + " " + _GROUP_WORDS_NL_MORE).split()) | dutch_groups.PREFILTER_NL)
                                - set(_GROUP_WORDS_EN.split()) - set(_GROUP_ADJ.split("|")) - group_names_en.PREFILTER_EN
                                - set(dutch_groups.GROUP_ADJECTIVES_NEUTER_NL))   # "pools", "blind": English words too
GROUP_START = frozenset(_GROUP_WORDS_EN.split() + _GROUP_WORDS_NL.split() + _GROUP_ADJ.split("|")
                        # the telling word of the multi-word groups ("people of colour", "the disabled", ...)
                        + ["colour", "color", "disabilities", "disability", "disabled", "aliens", "asylum", "beperking",
                           "handicap", "migratieachtergrond", "mosque", "mosques", "synagogue", "synagogues",
                           "temple", "temples", "churches", "moskee", "moskeeen", "synagoge", "synagoges"]
                        + sorted(dutch_groups.PREFILTER_NL) + sorted(group_names_en.PREFILTER_EN))
# What the target shapes read as a group: GROUP, plus a member named by a role or relation ("gay couples",
# "Asian drivers", "a Jewish landlord"), origin as a phrase ("people from Africa", "mensen uit Marokko") and
# disability by its aid ("wheelchair users"). GROUP itself (also read by group_mask and group_evidence) stays
# the narrower set, so the learned layers see what they were measured on.
# Multi-word forms first: ``tag_groups`` takes the first alternative that matches ("asylum seekers", not "asylum").
# Older people by age: read by the target shapes ("old people are useless and a burden", "ouderen zijn een last"),
# not by the mask and the learned head (GROUP), which were never trained or measured on age.
_AGE = (r"(?:old|older|elderly) (?:people|folks|persons|men|women|drivers)|the elderly|pensioners|oaps|"
        r"ouderen|bejaarden|oudjes|gepensioneerden|65-plussers|oude (?:mensen|mannen|vrouwen|lui)")
TARGET = (rf"(?:(?:{_GROUP_ADJ_ALL}) {_PEOPLE_BROAD}|{_ORIGIN}|{_DISABILITY}|{_AGE}|people of colou?r|asylum seekers|"
          r"illegal (?:immigrants|aliens)|the disabled|mensen met een (?:beperking|handicap|migratieachtergrond)|"
          rf"people with (?:disabilities|a disability)|{GROUP})")
PEOPLE_BROAD = _PEOPLE_BROAD
ORIGIN = _ORIGIN
TARGET_START = GROUP_START | group_names_en.PREFILTER_ADJECTIVES_EN | dutch_groups.PREFILTER_ADJECTIVES_NL | frozenset((
    "old older elderly pensioners oaps ouderen bejaarden oudjes gepensioneerden 65-plussers oude "
    "wheelchair wheelchairs rolstoelers rolstoelgebruikers rolstoel africa asia middle oost-europa third derde morocco turkey somalia syria poland romania pakistan afghanistan nigeria afrika azie midden-oosten marokko turkije somalie syrie polen roemenie eastern"
).split())
# The shapes below (and those of toxicity_stance / toxicity_structure) hold a tag where the group goes:
# ``tag_groups`` replaces every group a sentence names by "tgtgrpa", "tgtgrpb", ... first (one regex), so each
# shape compiles a tiny pattern instead of ~400 alternatives (compile time is paid at cold start).
_TAG = "tgtgrp"
GROUP_TAG = rf"{_TAG}[a-z]"
_T = GROUP_TAG
_TARGET_RE = re.compile(rf"\b{TARGET}\b", re.IGNORECASE)
_TAG_RE = re.compile(rf"\b{_TAG}([a-z])\b")


def tag_groups(text: str) -> tuple[str, list[str]]:
    """``text`` with each group it names (``TARGET``) replaced by a tag, and the groups as written."""
    groups: list[str] = []

    def tag(found: re.Match[str]) -> str:
        groups.append(found.group(0))
        return _TAG + "abcdefghijklmnopqrstuvwxyz"[min(len(groups), 26) - 1]

    return _TARGET_RE.sub(tag, text), groups


def tagged_group(tagged: str, groups: list[str]) -> str:
    """The group behind the first tag in ``tagged`` (a part of a text ``tag_groups`` tagged), or ""."""
    found = _TAG_RE.search(tagged)
    return groups[min(ord(found.group(1)) - ord("a"), len(groups) - 1)] if found and groups else ""


_COMPOUND_START = re.compile(r"\b(?:homo|moslim|trans|jode|joodse|marokkanen|turken|vluchtelingen|migranten|allochtonen|"
                             r"zwarte)\w+")

# --- hostile parts ---------------------------------------------------------------------------
# A very negative attribute, said of the group after a copula ("are", "zijn") or "ik vind X ...".
_NEGATIVE_EN = (
    "disgusting repulsive revolting vile gross nasty sickening loathsome despicable worthless useless pathetic "
    "stupid dumb idiotic brainless retarded lazy dirty filthy smelly greedy untrustworthy dishonest liars "
    "thieves ugly evil wicked sick mental deranged delusional insane psychos freaks perverts perverted degenerate "
    "degenerates inferior primitive backward backwards barbaric barbarians savages trash garbage scum vermin "
    "criminals terrorists rapists thugs crooks leeches parasites subhuman violent abnormal unnatural cowards "
    "hypocrites manipulative incompetent animals beasts pigs rats dogs apes monkeys cockroaches maggots "
    "abomination disgrace burden drain plague menace curse cancer disease stain nuisance pests annoying "
    "irritating unbearable insufferable obnoxious manipulators cheats frauds hopeless brainwashed uncivilised "
    "uncivilized infestation"
)
_NEGATIVE_NL = (
    "walgelijk walgelijke smerig smerige vies vieze vuil vuile goor gore weerzinwekkend weerzinwekkende verachtelijk "
    "waardeloos waardeloze nutteloos nutteloze zielig zielige dom domme stom stomme achterlijk achterlijke hersenloos "
    "lui luie gierig gierige hebberig onbetrouwbaar onbetrouwbare oneerlijk leugenaars dieven lelijk lelijke "
    "slecht slechte kwaadaardig ziek zieke gestoord gestoorde geestesziek krankzinnig freaks viezeriken pervers "
    "perverse perverselingen gedegenereerd minderwaardig minderwaardige primitief primitieve barbaars barbaren "
    "wilden tuig uitschot afval vuilnis ongedierte criminelen terroristen verkrachters parasieten profiteurs "
    "crimineel terrorist verkrachter parasiet profiteur uitvreter "
    "uitvreters gewelddadig gewelddadige abnormaal tegennatuurlijk lafaards hypocriet manipulatief onbekwaam "
    "beesten dieren varkens ratten honden apen kakkerlakken gruwel schande last plaag bedreiging kankergezwel "
    "gezwel ziekte pest irritant irritante onuitstaanbaar ondraaglijk manipulators manipulatoren bedriegers "
    "oplichters hopeloos gehersenspoeld onbeschaafd onbeschaafde"
)
_NEGATIVE = "|".join(sorted({re.escape(w) for w in (_NEGATIVE_EN + " " + _NEGATIVE_NL).split()}, key=len,
                            reverse=True))
NEGATIVE = rf"(?:{_NEGATIVE}|sick in the head|a joke|een grap|(?:the )?lowest of the low|het laagste van het laagste|ziek in (?:hun|het|z'n|zijn) hoofd|a waste of (?:space|oxygen|money|air)|"\
           r"good for nothing|nergens goed voor|niks waard|niets waard|the worst|het ergste)"
# Words that may sit between the copula and the attribute ("are all just so", "zijn stuk voor stuk");
# never a negation or a preposition ("are not lazy", "are kind to animals").
_FILL = (r"(?:\s+(?!not\b|never\b|no\b|n't\b|niet\b|geen\b|nooit\b|for\b|to\b|with\b|of\b|about\b|like\b|"
         r"than\b|voor\b|met\b|van\b|aan\b|over\b|als\b|dan\b|tegen\b)\S+){0,4}?")
_BE = r"(?:are|is|were|'re|be|zijn|is|waren|blijven)"
_HATE_I = (r"(?:hate|despise|loathe|detest|abhor|resent|can'?t stand|cannot stand|can not stand|can'?t bear|cannot bear|"
           r"am (?:so )?(?:sick|tired) of|am disgusted by|am fed up with|have nothing but (?:hatred|hate|contempt|"
           r"disgust) for|have no respect for|have zero respect for)")
_HATE_IK = (r"(?:haat|haten|veracht|verachten|verfoei|verfoeien|minacht|minachten|verafschuw|verafschuwen|walg van|walgen van|kots van|kotsen van|heb een hekel aan|"
            r"hebben een hekel aan|heb een afkeer van|heb schijt aan|kan niet tegen|kunnen niet tegen|"
            r"ben klaar met|word (?:echt |zo )?(?:kots)?misselijk van|word (?:echt )?ziek van|heb geen respect voor)")
_EMOTION_OBJ = (r"(?:disgusts?|sickens?|repulses?|revolts?|nauseates?|enrages?|infuriates?|annoys?|irritates?|"
                r"make|makes) (?:me|us)(?: (?:sick|ill|angry|furious|nauseous|puke|vomit|want to (?:puke|vomit|scream)|"
                r"mad|crazy))?|fill (?:me|us) with (?:rage|disgust|hatred|hate|contempt|anger)|"
                r"(?:maken|maakt) (?:me|mij|ons) (?:\S+ )?(?:misselijk|kotsmisselijk|ziek|woedend|kwaad|razend|gek|"
                r"kotsen)|(?:irriteren|ergeren|walgen) (?:me|mij|ons)")
_HARM_VERB = (r"(?:kill|murder|shoot|hang|lynch|burn|gas|exterminate|slaughter|stab|beat up|beat|attack|hurt|"
              r"get rid of|wipe out|eradicate|deport|eliminate|destroy|drown|execute|strangle|torture|rape|behead|"
              r"butcher|massacre|run over|punch|kick|smash)")
_HARM_PASSIVE = (r"(?:die|burn|hang|rot|suffer|perish|disappear|be wiped off|be (?:rounded up and |locked up and )?(?:killed|shot|hanged|hung|burned|burnt|gassed|"
                 r"exterminated|wiped out|eradicated|eliminated|executed|beaten|lynched|locked (?:up|away)|slaughtered|butchered|"
                 r"massacred|beheaded|stoned|tortured|murdered|"
                 r"put down|drowned|deported|sterili[sz]ed|castrated)|get (?:killed|shot|hanged|beaten|"
                 r"a beating|what'?s coming))")
_HARM_NL = (r"(?:dood|doodgaan|sterven|creperen|branden|verbranden|rotten|wegrotten|lijden|verdwijnen|verzuipen|"
            r"verdrinken|(?:worden )?(?:verzopen|verdronken)|"
            r"(?:worden )?(?:vergast|opgehangen|doodgeschoten|neergeschoten|afgemaakt|uitgeroeid|vermoord|"
            r"verbrand|opgesloten|afgeschoten|gedeporteerd|in elkaar geslagen|geslagen|gecastreerd|gesteriliseerd|"
            r"geexecuteerd|afgeslacht|gelyncht|gestenigd|onthoofd|gedood|doodgemaakt|gemarteld))")
_HARM_NL_ACTIVE = (r"(?:vermoorden|afmaken|doodmaken|neerschieten|doodschieten|neersteken|ophangen|vergassen|"
                   r"uitroeien|verbranden|in elkaar slaan|pijn doen|aanvallen|slaan|opruimen|laten verdwijnen|wurgen|"
                   r"doden|martelen|verkrachten|afslachten|onthoofden|uitmoorden|overrijden|kapotmaken|in elkaar trappen|"
                   r"afschieten|executeren|lynchen|stenigen|verzuipen|verdrinken)")
_POSITIVE_EN = (r"(?:welcome|human|humans|people|equal|real (?:\w+)|normal|worth (?:\w+)|worthy|good|trustworthy|"
                r"intelligent|smart|capable|valuable|loyal|to be trusted|decent)")
_POSITIVE_NL = (r"(?:welkom|mensen|gelijkwaardig|gelijk|echte \w+|normaal|normale|te vertrouwen|betrouwbaar|slim|"
                r"goed|goede|het waard|iets waard|fatsoenlijk|fatsoenlijke|waardevol)")

IDENTITY_BLOCK = {"toxicity": STRONG, "identity_attack": STRONG}
THREAT_GROUP = {"toxicity": STRONG, "identity_attack": STRONG, "threat": STRONG, "severe_toxicity": 0.75}

_HATE_WORDS = ("veracht verachten verfoei verfoeien minacht minachten resent uitstaan luchten verdragen "
               "hate despise loathe detest abhor stand bear sick tired disgusted fed nothing respect find "
               "haat haten verafschuw verafschuwen walg walgen kots kotsen hekel afkeer schijt tegen klaar "
               "misselijk kotsmisselijk ziek vind vinden")
_EMOTION_WORDS = ("disgust disgusts sicken sickens repulse repulses revolt revolts nauseate nauseates enrage enrages "
                  "infuriate infuriates annoy annoys irritate irritates make makes fill maken maakt irriteren "
                  "ergeren walgen")
_NEG_WORDS = (" ".join(sorted(set(_NEGATIVE_EN.split() + _NEGATIVE_NL.split())))
              + " waste good goed goeds worst ergste niks niets joke grap lowest laagste like als net zoals better beter "
              "more meer but anders")
_HARM_WORDS = ("strangle torture rape butcher massacre run punch kick smash wurgen doden martelen verkrachten "
               "afslachten onthoofden uitmoorden overrijden kapotmaken trappen afschieten executeren lynchen stenigen "
               "slaughtered butchered massacred beheaded stoned tortured murdered geexecuteerd afgeslacht gelyncht "
               "gestenigd onthoofd gedood doodgemaakt gemarteld behead zouden zou "
               "kill murder shoot hang lynch burn gas exterminate slaughter stab beat attack hurt rid wipe eradicate "
               "deport eliminate destroy drown execute die rot suffer perish disappear killed shot hanged hung "
               "burned burnt gassed exterminated eradicated eliminated executed beaten lynched locked put drowned "
               "deported sterilised sterilized castrated get death dead dood doodgaan sterven creperen branden "
               "verbranden rotten wegrotten lijden verdwijnen vergast opgehangen doodgeschoten neergeschoten "
               "afgemaakt uitgeroeid vermoord verbrand opgesloten afgeschoten gedeporteerd geslagen gecastreerd "
               "gesteriliseerd vermoorden afmaken doodmaken neerschieten doodschieten neersteken ophangen "
               "vergassen uitroeien slaan pijn aanvallen opruimen weg sla steek steken schiet schieten mep meppen "
               "vermoord trap trappen torch bomb blow platbranden brand fik opblazen verzuipen verdrinken verzopen "
               "verdronken rounded wiped")
# "Go back to your country" and "rot op" next to a group; not "get out and support women in business".
_GO_BACK = (r"(?:go|get|ga|gaan|keer|keren) (?:back|terug) (?:to |naar )?(?:your|their|where|jullie|je|hun|waar)\b.{0,25}"
            r"\b(?:country|countries|land|landen|came from|vandaan)|rot op|rotten op|flikker op|flikkeren op|oprotten|"
            r"get out of (?:my|our|this) country|send them (?:all )?back|stuur ze (?:allemaal )?terug")
_DISMISS_WORDS = ("fuck fucking screw damn hell neuk fok krijg kanker tering tyfus klere pest go get lost piss rot "
                  "doodvallen oprotten opzouten opflikkeren ophoepelen rotten wegrotten back out send terug op "
                  "flikker flikkeren stuur belong kept live horen moeten hoort")
_NARRATIVE_WORDS = ("invading ruining destroying taking stealing flooding infesting polluting poisoning overrunning "
                    "invade ruin destroy steal flood infest pollute poison overrun nemen neemt pikken stelen "
                    "verpesten verzieken vernielen vernietigen verwoesten overspoelen vergiftigen verkrachten maken maakt "
                    "kapotmaken kapot treated handled hunted caged behandeld behandelen gejaagd opgejaagd kept locked "
                    "put hidden zicht breed breeding fokken voortplanten")
_NEGATION_WORDS = ("not never no don't doesn't aren't isn't won't can't cannot niet nooit geen deugen nergens "
                   "niks niets")


# Weariness, exasperation and disgust said of a group in everyday words ("I've had it with ...", "I'm so done
# with ...", "... get on my nerves", "ik word zo moe van die ...", "ik trek die ... niet meer", "ik ben die ...
# spuugzat"): as hostile as "I hate ...", and what a writer who avoids the word "hate" says. The group must be
# the direct object (a determiner and one word at most before it) and not the object of something done to it:
# "I'm tired of people being rude to refugees", "I'm done with refugees being treated like criminals", "ik word
# moe van al die haat tegen moslims" name what the writer is tired of, and it is not the group.
_OBJECT_GROUP = (rf"(?:(?:all|the|those|these|them|all these|all those|al die|al de|die|de|alle|deze|zulke|"
                 rf"that kind of|dat soort|die hele|the whole lot of)\s+)?(?:\S+\s+)?{_T}\b"
                 r"(?!\s+(?:being|getting|who are being|who get|waiting|having to|dying|suffering|struggling|losing|"
                 r"die (?:worden|gepest|uitgescholden|wachten|lijden))\b)")
_WEARY_EN = (r"had it with|had enough of|had it up to here with|done with|so over|totally over|sick of|sick and tired of|tired of|"
             r"fed up with|fed up of|fucking done with|sick to death of|weary of|can'?t take any more of|"
             r"can'?t deal with|cannot deal with|can'?t tolerate|cannot tolerate|"
             r"never been able to (?:stand|tolerate|bear)|(?:could|can) do without")
# (not "can't take": "we can't take more refugees" is said of capacity, by councils and charities)
_WEARY_NL_BEFORE = (r"(?:word|worden)\s+(?:zo |echt |toch |gewoon |helemaal |steeds |zo ontzettend )?"
                    r"(?:moe|doodmoe|gek|gestoord|knettergek|horendol|chagrijnig|kwaad|pissig|agressief|boos) (?:van|op)|"
                    r"(?:heb|hebben)\s+(?:het\s+)?(?:echt\s+|helemaal\s+|zo\s+|wel\s+|nu\s+)?(?:gehad met|genoeg van|"
                    r"mijn buik vol van|onze buik vol van|schoon genoeg van|spuugzat aan)|"
                    r"(?:erger|ergeren)\s+(?:me|mij|ons)\s+(?:\S+\s+){0,2}?aan|"
                    r"(?:krijg|krijgen)\s+(?:echt\s+|gewoon\s+|zo\s+)?(?:de kriebels|jeuk|uitslag|de rillingen|"
                    r"de kolere|een rotgevoel) (?:van|bij)|"
                    r"(?:ben|zijn)\s+(?:\S+\s+)?(?:klaar met|het zat met|spuugzat van|doodziek van|strontziek van)")
_WEARY_NL_AFTER = r"spuugzat|kotsbeu|strontziek|doodziek|meer dan zat|zat|beu|moe|kotsmisselijk|spuug- en spuugzat"
_EFFECT_EN = (r"(?:get|gets|got|are getting|really get|always get) on my (?:\S+ )?nerves|"
              r"(?:drive|drives) me (?:mad|crazy|nuts|insane|up the wall|round the bend)|"
              r"(?:ruin|ruins) my (?:day|mood|week)|"
              r"(?:make|makes) my (?:skin crawl|blood boil|stomach turn|stomach churn)|"
              r"(?:make|makes) me (?:want to )?(?:throw up|be sick|gag|barf|retch|heave|sick to my stomach)|"
              r"(?:turn|turns) my stomach|(?:give|gives) me the creeps")
_EFFECT_NL = (r"(?:werken|werkt|gaan|gaat)\s+(?:me|mij|ons)\s+(?:\S+\s+)?op de zenuwen|"
              r"(?:irriteren|irriteert|ergeren|ergert)\s+(?:me|mij|ons)\s+(?:mateloos|kapot|dood|rot|groen en geel|"
              r"wezenloos|mateloos|enorm|zo|echt|ontzettend)|"
              r"(?:maken|maakt)\s+(?:me|mij|ons)\s+(?:\S+\s+)?(?:gek|horendol|knettergek|kotsmisselijk|misselijk|"
              r"pissig|agressief|woest)|"
              r"(?:verpesten|verpest)\s+(?:mijn|m'n|onze)\s+(?:dag|humeur|week)")
# "Nothing annoys me more than ...", "Niets irriteert me meer dan ...": the group is what annoys most.
_EFFECT_BEFORE = (r"nothing (?:annoys|irritates|disgusts|angers|bothers|pisses) (?:me|us) (?:off )?more than|"
                  r"(?:niets|niks) (?:irriteert|ergert|stoort) (?:me|mij|ons) (?:meer|zo erg) (?:dan|als)")
# "Van die ... krijg ik de kriebels", "van transgenders word ik misselijk": the Dutch group fronted.
_FRONTED_NL = (r"(?:krijg|krijgen|word|worden) (?:ik|wij|we) (?:\S+ ){0,2}?(?:de kriebels|jeuk|uitslag|de rillingen|"
               r"misselijk|kotsmisselijk|gek|ziek|doodziek|moe|doodmoe|agressief|horendol)")
# "My blood boils when I see ...", "mijn bloed kookt als ik ... zie": anger at the sight of a group.
_BLOOD = r"(?:my|mijn|m'n) (?:blood boils|bloed kookt|bloed begint te koken)|kookt (?:mijn|m'n) bloed"
_SEE = r"(?:see|hear|meet|spot|pass|zie|zien|hoor|horen|tegenkom|tegenkomen|ontmoet|spreek)"
_WEARY_WORDS = ("had done over sick tired fed weary deal take tolerate stand bear without moe doodmoe gek gestoord "
                "knettergek horendol chagrijnig kwaad pissig agressief boos gehad genoeg buik erger ergeren kriebels "
                "jeuk uitslag rillingen kolere pest rotgevoel klaar zat spuugzat kotsbeu strontziek doodziek beu "
                "trek trekken pruim pruimen lust lusten verdraag verdragen slik slikken nerves mad crazy nuts insane "
                "wall bend ruin ruins skin blood stomach throw gag barf retch heave creeps zenuwen irriteren irriteert "
                "ergert maken maakt kotsmisselijk misselijk woest verpesten verpest nothing niets niks bloed")


TARGET_SHAPES: tuple[Shape, ...] = (
    make_shape("hostile emotion about a group", _HATE_WORDS + " " + _EMOTION_WORDS,
               rf"\b(?:i|we|ik|wij|we)\b(?:\s+\S+){{0,2}}?\s+{_HATE_I}\b.{{0,25}}\b{_T}\b|"
               rf"\b(?:ik|wij|we)\b(?:\s+\S+){{0,2}}?\s+{_HATE_IK}\b.{{0,25}}\b{_T}\b|"
               rf"\b(?:ik|wij|we) (?:kan|kunnen) (?:\S+ ){{0,2}}?{_T}\b(?: \S+){{0,2}}? (?:niet|nooit) "
               r"(?:uitstaan|luchten|verdragen|zien staan)\b|"
               rf"\b{_T}\b.{{0,30}}\b(?:{_EMOTION_OBJ})\b|"
               rf"\b(?:hatred|hate|contempt|disgust) (?:of|for|towards?) (?:all |the |those )?{_T}\b|"
               rf"\b{_T}\b.{{0,40}}\b(?:i|we) (?:\S+ )?(?:hate|despise|loathe|detest|can'?t stand|cannot stand|"
               r"can'?t bear) (?:them|all of them|any of them|every (?:single )?one of them|each of them|those people)\b|"
               rf"\b{_T}\b.{{0,50}}\b(?:they|ze|zij) (?:{_EMOTION_OBJ})\b|"
               rf"\b{_T}\b.{{0,50}}\b(?:walg|walgen|kots|kotsen) (?:ik|wij|we) (?:\S+ )?van (?:ze|hen)\b|"
               rf"\b{_T}\b.{{0,50}}\b(?:ik|wij|we) (?:kan|kunnen) (?:ze|hen)\b(?: \S+){{0,4}}? "
               r"(?:uitstaan|luchten|verdragen)\b|"
               rf"\b{_T}\b.{{0,40}}\b(?:ik|wij|we) (?:haat|haten|verafschuw|verafschuwen) (?:ze|hen|ze allemaal)\b|"
               rf"\b{_T}\b.{{0,40}}\b(?:word|worden) (?:ik|wij|we) (?:\S+ )?(?:kots)?(?:misselijk|ziek|woedend)\b|"
               rf"\b{_T}\b.{{0,40}}\b(?:ik|wij|we) (?:word|worden) (?:\S+ )?(?:kots)?(?:misselijk|ziek|woedend) "
               r"van (?:ze|hen)\b|"
               rf"\b{_T}\b (?:vind|vinden) (?:ik|wij|we) (?:\S+ )?(?:{NEGATIVE})\b",
               **IDENTITY_BLOCK),
    make_shape("weariness or disgust aimed at a group", _WEARY_WORDS,
               rf"\b(?:i|we)(?:'ve|'m|'d|'re| have| am| are)?(?:\s+(?:so|just|really|honestly|totally|completely|"
               rf"absolutely|officially|seriously|literally|all|truly|frankly))*\s+(?:{_WEARY_EN})\s+{_OBJECT_GROUP}|"
               rf"\b(?:ik|wij|we)\s+(?:{_WEARY_NL_BEFORE})\s+{_OBJECT_GROUP}|"
               rf"\b(?:ik|wij|we)\s+(?:ben|zijn)\s+{_OBJECT_GROUP}(?:\s+(?:zo|echt|helemaal|gewoon|nu|meer dan|"
               rf"inmiddels|al|ook|zwaar))*\s+(?:{_WEARY_NL_AFTER})\b|"
               rf"\b(?:ik|wij|we)\s+(?:trek|trekken|pruim|pruimen|lust|lusten|verdraag|verdragen|slik|slikken)\s+"
               rf"{_OBJECT_GROUP}(?:\s+(?:echt|gewoon|dus|zo|toch|nu|al))*\s+(?:niet|nooit|niet meer|nooit meer)\b|"
               rf"\b{_T}\b(?:\s+\S+){{0,4}}?\s+(?:{_EFFECT_EN})|"
               rf"\b{_T}\b(?:\s+\S+){{0,4}}?\s+(?:{_EFFECT_NL})|"
               rf"\b(?:{_EFFECT_BEFORE})\s+{_OBJECT_GROUP}|"
               rf"\bvan\s+{_OBJECT_GROUP}\s+(?:{_FRONTED_NL})\b|"
               rf"\b(?:{_BLOOD})\s+(?:when|whenever|every time|als|wanneer|zodra)\s+(?:i|we|ik|wij)\s+"
               rf"(?:{_SEE}\s+)?(?:\S+\s+){{0,2}}?{_OBJECT_GROUP}|"
               rf"\b(?:when|whenever|every time|als|wanneer|zodra|elke keer als)\s+(?:i|we|ik|wij)\s+(?:{_SEE}\s+)?"
               rf"(?:\S+\s+){{0,2}}?{_OBJECT_GROUP}(?:\s+\S+){{0,3}}?,?\s+(?:{_BLOOD})\b",
               **IDENTITY_BLOCK),
    make_shape("profanity or dismissal aimed at a group", _DISMISS_WORDS,
               rf"\b(?:fuck|fucking|screw|damn|to hell with|neuk|fok|krijg de (?:kanker|tering|tyfus|klere|pest)|"
               rf"kanker|tering|tyfus) (?:op )?(?:all |the |those |these |every |alle |die |de |al die )?{_T}\b|"
               rf"\b{_T}\b(?:\s+\S+){{0,2}}?\s+(?:can|should|may|must|kunnen|mogen|moeten)\s+(?:all\s+|allemaal\s+)?"
               r"(?:go fuck themselves|fuck off|go to hell|rot in hell|get lost|piss off|de (?:kanker|tering|tyfus|klere|"
               r"pest) krijgen|doodvallen|oprotten|opzouten|opflikkeren|ophoepelen|rotten|wegrotten)\b|"
               rf"\b(?:{_GO_BACK})\b.{{0,40}}\b{_T}\b|\b{_T}\b.{{0,40}}\b(?:{_GO_BACK})\b|"
               rf"\b{_T}\b(?:\s+\S+){{0,2}}?\s+(?:belong|should be kept|should live|horen|moeten|hoort)\s+(?:\S+\s+)?"
               r"(?:in|behind|achter) (?:a |the |een |de )?(?:zoo|cages?|gutter|sewer|jail|prison|camps?|bars|"
               r"dierentuin|kooien|kooi|goot|riool|gevangenis|kampen|kamp|tralies)\b",
               **IDENTITY_BLOCK),
    make_shape("hostile attribute of a group", _NEG_WORDS,
               rf"\b{_T}\b(?:\s+\S+){{0,3}}?\s+{_BE}(?:\s+stuk voor stuk|\s+one and all)?{_FILL}\s+(?:a |an |een |such |zulke |zo'?n )?(?:{NEGATIVE})\b|"
               rf"\b(?:are|were|zijn|waren)\s+(?:all\s+|alle\s+|die\s+|those\s+|these\s+)?{_T}\b{_FILL}\s+"
               rf"(?:so |such |zo |zulke )?(?:{NEGATIVE})\b|"
               rf"\b{_T}\b.{{0,40}}\b(?:they|ze|zij|het)(?:'re| are| zijn)(?:\s+\S+){{0,3}}?\s+(?:a |an |een )?"
               rf"(?:{NEGATIVE})\b|"
               rf"\b{_T}\b(?:\s+\S+){{0,2}}?\s+{_BE}\s+(?:all\s+|allemaal\s+|just\s+|gewoon\s+)?(?:like|als|net als|net|"
               r"zoals|no better than|not better than|niet beter dan|nothing more than|niets meer dan|niks meer dan|"
               rf"nothing but|niets anders dan|niks anders dan)\s+(?:\S+\s+)?(?:{NEGATIVE})\b|"
               rf"\b(?:aren'?t|are|zijn)\s+(?:all\s+|alle\s+|die\s+)?{_T}\s+(?:not\s+|niet\s+)?(?:just\s+|gewoon\s+|"
               rf"allemaal\s+|echt\s+)?(?:so\s+|zo\s+)?(?:a |an |een )?(?:{NEGATIVE})\b|"
               rf"\b(?:find|vind|vinden)\s+(?:ik\s+|wij\s+|we\s+|jij\s+|je\s+)?(?:ook\s+)?(?:all\s+|alle\s+|die\s+)?"
               rf"{_T}\b(?:\s+\S+){{0,2}}?\s+(?:a |an |een )?(?:{NEGATIVE})\b|"
               rf"\bnothing good (?:has )?(?:ever )?(?:comes?|came|come) (?:from|out of) (?:the )?{_T}\b|"
               rf"\bnooit iets goeds (?:van|uit) (?:de )?{_T}\b|\b{_T}\b.{{0,20}}\bnooit iets goeds\b|"
               rf"\b{_T}\b (?:are |is |zijn )?(?:only|just|alleen|enkel|maar) (?:good|goed) (?:for|voor|om)\b|"
               rf"\b(?:dirty|filthy|stupid|disgusting|smelly|worthless|useless|vile|lazy|vuile|vieze|smerige|stomme|"
               rf"domme|achterlijke|walgelijke|stinkende|gore|waardeloze|luie|kut) "
               rf"{_T}\b",
               **IDENTITY_BLOCK),
    make_shape("violence against a group", _HARM_WORDS,
               rf"\b{_HARM_VERB} (?:all|every|each|the|those|these|any|some) (?:\S+ )?{_T}\b|"
               rf"\b(?:kill|murder|lynch|gas|exterminate|slaughter|get rid of|wipe out|eradicate|execute|behead) {_T}\b|"
               rf"\b(?:death|dood) (?:to|aan) (?:all |the |alle |de )?{_T}\b|"
               rf"\b{_T}\b(?:\s+\S+){{0,3}}?\s+(?:should|must|need to|needs to|ought to|have to|deserve to|"
               rf"deserves to|can|will|are going to|gotta)\s+(?:all\s+|just\s+)?{_HARM_PASSIVE}\b|"
               rf"\b(?:i|we) (?:want|wish|would love|hope) (?:to see )?(?:all |every |the |those )?(?:\S+ )?{_T}"
               r"\b(?: \S+){0,2}? (?:dead|gone|to die|die|to suffer|suffer|burn|to burn|hanged|killed)\b|"
               rf"\b(?:i|we)(?:'m| am|'re| are|'ll| will| gonna|'d| would| want to| wanna| would love to|'d love to|"
               rf"'d like to| would like to| plan to| intend to)(?: going to| gonna| happily| gladly| personally)? "
               rf"{_HARM_VERB} (?:\S+ )?"
               rf"(?:every|all|any|some|those|the) (?:\S+ )?{_T}\b|"
               rf"\b{_T}\b(?:\s+\S+){{0,3}}?\s+(?:moeten|moet|mogen|zouden|zou|verdienen het om te|verdienen het te|"
               rf"verdient het om te)\s+(?:allemaal\s+|gewoon\s+|echt\s+)?(?:moeten\s+|moet\s+)?(?:\S+\s+){{0,3}}?"
               rf"{_HARM_NL}\b|"
               rf"\b(?:ik|wij|we) (?:sla|slaan|steek|steken|schiet|schieten|mep|meppen|vermoord|vermoorden|trap|trappen) "
               rf"(?:de|elke|alle|die|iedere|een) (?:volgende )?(?:\S+ )?{_T}\b|"
               r"\b(?:burn|bomb|torch|blow up|attack) (?:down )?(?:every|all|the|that|those|their) "
               r"(?:mosques?|synagogues?|churches|temples?)\b|\b(?:moskee|moskeeen|synagoge|synagoges)\b.{0,40}"
               r"\b(?:platbranden|in brand steken|in de fik steken|opblazen|aanvallen)\b|"
               rf"\b(?:ik|wij|we) (?:wil|willen|hoop|hopen) (?:dat )?(?:alle |die |elke |de )?(?:\S+ )?{_T}\b"
               r"(?: \S+){0,2}? (?:dood|weg|doodgaan|sterven|lijden|creperen|branden)\b|"
               rf"\b(?:ik|wij|we) (?:ga|gaan|zal|zullen|wil|willen|zou|zouden) (?:\S+ )?(?:elke |alle |al die |die |"
               rf"iedere |de )?(?:\S+ )?{_T}\b.{{0,30}}"
               rf"\b{_HARM_NL_ACTIVE}\b|"
               rf"\b(?:weg met|dood aan) (?:de |alle |die )?{_T}\b",
               **THREAT_GROUP),
    make_shape("harm narrative or dehumanising treatment", _NARRATIVE_WORDS,
               rf"\b{_T}\b(?:\s+\S+){{0,2}}?\s+(?:are\s+|is\s+)?(?:invading|ruining|destroying|taking over|stealing|"
               r"flooding|infesting|polluting|poisoning|overrunning|invade|ruin|destroy|steal|flood|infest|pollute|"
               r"poison|overrun)\s+(?:our|this|the|everything|everyone|all)\b|"
               rf"\b{_T}\b(?:\s+\S+){{0,2}}?\s+(?:nemen|neemt)\s+(?:onze|ons|het|de|dit|alles)\b.{{0,20}}\bover\b|"
               rf"\b{_T}\b(?:\s+\S+){{0,2}}?\s+(?:pikken|stelen|verpesten|verzieken|vernielen|vernietigen|verwoesten|"
               r"overspoelen|vergiftigen|verkrachten)\s+(?:onze|ons|het|dit|alles|al)\b|"
               rf"\b{_T}\b.{{0,30}}\b(?:maken|maakt)\s+(?:alles|ons land|onze \w+|dit land)\s+kapot\b|"
               rf"\b{_T}\b.{{0,30}}\b(?:kapotmaken|kapot maken)\b|"
               rf"\b{_T}\b.{{0,40}}\b(?:treated|handled|hunted|caged|behandeld|behandelen|gejaagd|opgejaagd)\s+"
               r"(?:like|als)\s+(?:the\s+|de\s+)?(?:animals|dogs|vermin|cattle|rats|beasts|pigs|beesten|dieren|honden|"
               r"ongedierte|vee|ratten|varkens)\b|"
               rf"\b{_T}\b.{{0,30}}\b(?:kept|locked|put|hidden) (?:out of sight|away|apart|in cages)\b|"
               rf"\b{_T}\b.{{0,30}}\buit het zicht (?:houden|gehouden)\b|"
               rf"\b{_T}\b.{{0,30}}\b(?:allowed to breed|breed|breeding|fokken|zich (?:\S+ )?voortplanten)\b",
               **IDENTITY_BLOCK),
    make_shape("negated positive about a group", _NEGATION_WORDS,
               rf"\b{_T}\b(?:\s+lives)?\s+(?:are|is|were)\s+(?:not|never|no)\s+(?:\S+\s+){{0,2}}?{_POSITIVE_EN}\b|"
               rf"\b{_T}\b(?:\s+lives)?\s+(?:aren'?t|isn'?t|weren'?t)\s+(?:\S+\s+){{0,2}}?{_POSITIVE_EN}\b|"
               rf"\b{_T}\b(?:\s+lives)?\s+(?:don'?t|do not|does not|doesn'?t|never|will never|won'?t ever)\s+"
               r"(?:\S+\s+)?(?:matter|deserve|belong(?! to\b)|count)\b|"
               rf"\b{_T}\b\s+(?:can never|will never|can'?t ever|could never|can not ever)\s+be\s+(?:\S+\s+){{0,2}}?"
               rf"(?:{_POSITIVE_EN}|parents|leaders|trusted)\b|"
               rf"\b{_T}\b\s+(?:are|is)\s+no good\b|"
               rf"\b(?:i|we)(?:'d| would| will| shall)? (?:never|not ever) (?:let|hire|trust|respect|allow|serve|rent to|"
               rf"date|vote for|employ|accept|welcome) (?:a |an |any |those |these )?{_T}\b|"
               rf"\b{_T}\b\s+(?:zijn|is|waren)\s+(?:\S+\s+)?(?:geen|niet|nooit)\s+(?:\S+\s+){{0,2}}?{_POSITIVE_NL}\b|"
               rf"\b{_T}\b\s+(?:zijn|is)\s+(?:niets|niks|nergens)\s+(?:waard|goed voor)\b|"
               rf"\b{_T}\b\s+(?:deugen|deugt)\s+(?:nergens|niet|voor geen meter)\b|"
               rf"\b{_T}\b(?:\s+(?:levens|leven))?\s+(?:doen|doet|tellen|telt)\s+(?:er\s+)?(?:niet|nooit)\s+(?:toe|mee)\b|"
               rf"\b{_T}\b\s+(?:verdienen|verdient)\s+(?:geen|niets|niks)\b|"
               rf"\b{_T}\b\s+(?:can'?t|cannot|can not|should never|must never|can never)\s+be\s+"
               r"(?:trusted|believed|relied on)\b|"
               rf"\b{_T}\b\s+(?:kun|kan|kunt)\s+(?:je|jij|u)\s+(?:\S+\s+)?(?:niet|nooit|nergens)\b|"
               rf"\b{_T}\b\s+(?:verdienen|verdient)\s+het\s+(?:niet|nooit)\b|"
               rf"\b{_T}\b\s+(?:have|has)\s+no\s+(?:business|right)\b|"
               rf"\b{_T}\b\s+(?:hebben|heeft)\s+(?:niks|niets|geen recht)\s+(?:te zoeken|om)\b|"
               rf"\b{_T}\b\s+(?:zullen|zal|kunnen|kan)\s+(?:nooit|niet)\s+(?:\S+\s+){{0,2}}?(?:{_POSITIVE_NL}|ouders|"
               r"leiders|vertrouwd)\b|"
               rf"\b(?:ik|wij|we) (?:zou|zal|zouden|zullen) (?:\S+ )?(?:nooit|geen) (?:een |die )?{_T}\b",
               **IDENTITY_BLOCK),
)

# --- spelling variation ----------------------------------------------------------------------
_GLUED = re.compile(r"\b(i|ik)(hate|despise|loathe|detest|haat|walg|verafschuw)\b")
_GLUED_COPULA = re.compile(r"\b([^\W\d_]{4,}?)(are|zijn)\b")
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_H8 = re.compile(r"\bh8(?:e|t)?\b")


@functools.lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset((_GROUP_WORDS_EN + " " + _GROUP_WORDS_NL + " " + _NEGATIVE_EN + " " + _NEGATIVE_NL + " "
                      + " ".join(_GROUP_ADJ.split("|"))).split())


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Misspellings of listed group and hostile words: two inner neighbours swapped (5+ letters), one
    inner letter dropped (not the first or last, which would turn "blacks" into "black" and "greedy"
    into "greed"; 6+ letters, and 5-letter group names) or one letter doubled (6+ letters); for group
    names of 6+ letters also one inner letter replaced or one letter added ("muzlims", "refuguees").
    Never a variant that is itself a listed word; where two words share a variant, the closer kind
    of misspelling (then the alphabetically first word) wins, the same in every process."""
    listed = _listed()
    groups = frozenset((_GROUP_WORDS_EN + " " + _GROUP_WORDS_NL).split())
    out: dict[str, str] = {}
    words = sorted(w for w in listed if len(w) >= 5 and w.isalpha())
    for word in words:
        forms = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
        if len(word) == 5 and word in groups:   # "wmen", "vrwen": group names are checked with a hostile part
            forms |= {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)}
        if len(word) >= 6:
            forms |= {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)}  # never the last: "blacks" -> "black"
            forms |= {word[:i] + word[i] + word[i:] for i in range(1, len(word))}
        for form in sorted(forms - listed - {word}):
            out.setdefault(form, word)
    letters = "abcdefghijklmnopqrstuvwxyz"
    for word in words:   # group names: any one inner letter replaced or added (never the first or last)
        if len(word) >= 6 and word in groups:
            forms = {word[:i] + c + word[i + 1:] for i in range(1, len(word) - 1) for c in letters}
            forms |= {word[:i] + c + word[i:] for i in range(1, len(word)) for c in letters}
            for form in sorted(forms - listed - {word}):
                out.setdefault(form, word)
    return out


# Words that glued text is cut into ("ihatemuslims", "#ikhaatjoden", "blackpeople", "jewsarevermin"):
# group names and adjectives, people nouns, hostile words and the few little words that hold them together.
_GLUE_WORDS = ("i ik we wij hate haat haten despise loathe detest walg veracht verafschuw are zijn is all alle the de "
               "die those these kill dood death to aan go back fuck no more weg met people mensen men women folks "
               "mannen vrouwen")


@functools.lru_cache(maxsize=1)
def _glue_vocabulary() -> tuple[frozenset[str], frozenset[str], int]:
    groups = frozenset((_GROUP_WORDS_EN + " " + _GROUP_WORDS_NL).split()) | frozenset(
        w for w in _GROUP_ADJ.split("|") if w.isalpha())
    vocabulary = _listed() | groups | frozenset(_GLUE_WORDS.split())
    return vocabulary, groups, max(len(w) for w in vocabulary)


@functools.lru_cache(maxsize=16384)
def segment(token: str) -> str:
    """A glued token cut into listed words when that is possible and one of them is a group
    ("ihatemuslims" -> "i hate muslims"); any other token comes back as it is. Fewest pieces win,
    so "#WomenInTech" (no "in", "tech" in the vocabulary) and "menswear" stay whole."""
    vocabulary, groups, longest = _glue_vocabulary()
    if len(token) < 7 or token in vocabulary:
        return token
    best: list[list[str] | None] = [[]] + [None] * len(token)   # best[i]: fewest pieces for token[:i]
    for start in range(len(token)):
        head = best[start]
        if head is None:
            continue
        for end in range(start + 1, min(len(token), start + longest) + 1):
            current = best[end]
            if token[start:end] in vocabulary and (current is None or len(head) + 1 < len(current)):
                best[end] = head + [token[start:end]]
    pieces = best[-1]
    if pieces is None or len(pieces) < 2 or len(pieces) > 5 or groups.isdisjoint(pieces):
        return token
    return " ".join(pieces)


@functools.lru_cache(maxsize=8192)
def respell(text: str) -> str:
    """Undo the spelling variations above in a folded sentence (others are left as they are).
    Cached: the group shapes, the stance framings, the references and the people test each read a
    sentence respelled."""
    text = _H8.sub("hate", _GLUED.sub(r"\1 \2", text))
    variants = _variants()
    text = _TOKEN.sub(lambda m: variants.get(m.group(0)) or segment(m.group(0)), text)
    return _GLUED_COPULA.sub(_split_copula, text)


def _split_copula(match: re.Match[str]) -> str:
    """"refugeesare" -> "refugees are", only when the front is a listed group (or its misspelling)."""
    front = _variants().get(match.group(1), match.group(1))
    return f"{front} {match.group(2)}" if front in _listed() else match.group(0)


_WORDS = re.compile(r"\w(?:[\w'-]*\w)?")
# "Refugees aren't dangerous", "homo's zijn geen ziekte": a hostile attribute negated is myth-busting.
_NEGATED_ATTRIBUTE = re.compile(rf"\b(?:(?:are|is|were|zijn|waren)\s+(?:not|never|no|geen|niet|nooit)|aren'?t|isn'?t|"
                                rf"weren'?t)\s+(?:\S+\s+){{0,2}}?(?:{NEGATIVE})\b")


def has_group_compound(text: str) -> bool:
    """A Dutch one-word group compound ("homomannen", "moslimjongeren") that the word set misses."""
    return _COMPOUND_START.search(text) is not None


def negates_an_attribute(text: str) -> bool:
    """A very negative attribute denied ("are not criminals", "zijn geen ongedierte"); the scorer
    treats it like counter-speech."""
    return _NEGATED_ATTRIBUTE.search(text) is not None


_WORSHIP = frozenset("mosque mosques synagogue synagogues temple temples churches moskee moskeeen synagoge "
                     "synagoges".split())


def assess_targets(text: str) -> tuple[dict[str, float], tuple[str, ...]]:
    """Floors and shape names for one folded, de-obfuscated sentence."""
    text = respell(text)
    present = set(_WORDS.findall(text))
    if present.isdisjoint(TARGET_START) and not has_group_compound(text):
        return {}, ()
    tagged, groups = tag_groups(text)
    if not groups and present.isdisjoint(_WORSHIP):   # "burn down every mosque" names a place, not a group
        return {}, ()
    floors, names = match_shapes(TARGET_SHAPES, tagged, present, unless_denied=True)
    if names == ["hostile attribute of a group"] and not_their_copula(tagged, groups):
        return {}, ()
    return floors, tuple(names)


_PLURAL_COPULA = re.compile(r"\b(?:are|were|zijn|waren)\b|'re\b")
_SINGULAR_COPULA = re.compile(r"\b(?:is|was)\b")
_SINGULAR_DETERMINER = re.compile(r"^(?:a|an|een|every|each|elke|iedere|this|that|dit|deze|die|de|the)\s")
_PLURAL_NOUN = re.compile(r"(?:s|en|'s|people|folk|lui|men|mannen|children)$")


def not_their_copula(tagged: str, groups: list[str]) -> bool:
    """Every group named is plural and every copula is singular: the attribute is said of something else
    ("the housing plan for refugees is a disaster", "blaming Muslims for every attack is lazy", "het woonplan
    voor statushouders is slecht doordacht"), never of the group ("refugees are a disaster")."""
    if not groups or _SINGULAR_COPULA.search(tagged) is None or _PLURAL_COPULA.search(tagged) is not None:
        return False
    return all(_PLURAL_NOUN.search(g) is not None and _SINGULAR_DETERMINER.match(g) is None
               or g.endswith(("people", "mensen")) for g in groups)
