"""Threats read as a frame, a harm and a target, in English and Dutch (session 8, 13t).

The threat classes of ``toxicity_person`` and ``toxicity_patterns`` list phrasings; a threat said by
someone else in other words ("gonna beat the living daylights out of that ref", "ik draai je nek om",
"die vent ga ik een lesje leren") passed. This layer composes the three parts every direct threat has,
each from a word class rather than a phrase:

- a FRAME that makes the harm the writer's intent or call: a first-person future or wish ("I'll",
  "I'm gonna", "I swear I'll", a clause that opens with "gonna"), a call to others ("someone should",
  "let's", a clause-initial imperative), a condition the writer sets ("if I see you again, ..."); in
  Dutch also the present tense of the first person, which says the future ("ik steek je neer") in
  either word order ("als ik je zie, steek ik je neer"), and the verb-second inversion after a fronted
  object ("die vent ga ik ... leren");
- a HARM: a verb class that hurts a body whatever person is its object (kill, stab, strangle, shoot
  but not "shoot you a message"; vermoorden, wurgen), or a weak verb made harmful by its complement:
  a Dutch separable particle ("steek ... neer", "maak ... af", "rij ... omver", "draai ... nek om",
  "snij ... keel door", "sla ... in elkaar"), a body part ("blow your brains out", "wring his neck"),
  an end of the person ("bury you and your family", "in a body bag");
- a TARGET that is a person: a pronoun, "every one of you", a role or insult noun after a determiner
  ("that ref", "die klootzak"), a group; never a thing ("ik ga deze training slopen", "kill the lights",
  "we'll crush them on Saturday" has no body verb).

Veiled threats have no harm verb; those read here are frames with a person's safety, life or home as
their object ("your family won't be safe once we're done with you", "you won't wake up tomorrow",
"je lacht niet meer als we aanbellen", "wees maar voorzichtig als je vanavond naar huis fietst").

Every pattern runs on one folded sentence with bounded repetitions of a non-space run and a space
(one way to match each), behind a word gate. Negation, quotation and counter-speech are discounted
later like every other shape (``toxicity_usem3._apply_shapes``); a negation inside the frame ("I'd
never hurt you") stops a match here.
"""

from __future__ import annotations

from riskcheck.scorers.lazy_regex import LazyPattern
from riskcheck.scorers.toxicity_patterns import _GROUP

# --- targets -----------------------------------------------------------------------------------------
# Role and insult nouns that stand for a person after a determiner ("that ref", "die klootzak").
_PERSON_NOUN_EN = (r"ref|referee|reviewer|landlord|boss|manager|neighbou?r|cop|driver|guy|bloke|dude|man|woman|girl|"
                   r"kid|bitch|bastard|prick|asshole|arsehole|scumbag|idiot|moron|rat|snitch|traitor|councill?or|"
                   r"mayor|politician|journalist|reporter|teacher|ex|cunt|twat|pig|pigs|people|bastards|idiots|"
                   r"scum|traitors|protesters|cyclists|bikers|clowns|morons|rats|snitches|fuckers?|motherfuckers?|"
                   r"son of a bitch|piece of shit|family|families|kids|children")
_PERSON_NOUN_NL = (r"vent|gast|kerel|wijf|klootzak|rotzak|lul|eikel|hufter|schoft|smeerlap|etter|idioot|sukkel|"
                   r"kankerlijer|tyfuslijer|teringlijer|scheids|scheidsrechter|huisbaas|baas|buurman|buurvrouw|"
                   r"bezorger|agent|wethouder|burgemeester|journalist|verslaggever|juf|leraar|ex|rat|verrader|"
                   r"klootzakken|rotzakken|honden|ratten|verraders|mensen|types|figuren|demonstranten|fietsers|"
                   r"familie|gezin|kinderen|kinders|kind|mannetje|ventje|jochie|joch")
_TARGET_EN = (rf"(?:you|ya|u|him|her|them|y'?all|every (?:last |single )?one of (?:you|them|those \w+)|"
              rf"(?:each|all|every one|everyone) of (?:you|them|those \w+)|you all|"
              rf"(?:that|this|the|your|his|her|their|my|those|these|every|each) (?:\S+ ){{0,2}}?(?:{_PERSON_NOUN_EN}))\b")
# After a harm verb, what makes it business or sport, not a body: "shoot you a message", "beat you to it",
# "kill you with kindness", "shoot you for our campaign".
_NOT_BODY_EN = (r"(?! (?:a|an|the|some|our|us|me|guys|folks|all a|back|up|off|out|down (?:a|the)|to it|with (?:kindness|love|our|these|"
                r"this|savings|deals|prices|flavou?r|style)|for (?:our|the|a|your) \S+|in (?:chess|a game|cards|style|the "
                r"studio)|on (?:camera|film|set))\b)")
_TARGET_NL = (r"(?:jou|jullie|hem|hen|haar|je|ze|(?:die|dat|deze|de|jouw|je|zijn|haar|hun|mijn) (?:\S+ ){0,2}?"
              rf"(?:{_PERSON_NOUN_NL})|(?:elke|iedere|alle|al die|al deze|die|deze) (?:\S+ )?(?:{_GROUP}|{_PERSON_NOUN_NL}|"
              r"\w*(?:persoon|personen|ling|lingen|aan|anen|ier|iers|ist|isten|aar|aars)))\b")
# Words that may stand between a Dutch object and its particle without making "je" a possessive
# ("ik steek je nog wel een keer neer", not "ik steek je huis ...").
_NL_FILL = (r"(?:(?:nog|wel|zo|echt|gewoon|eens|helemaal|straks|morgen|vanavond|vannacht|persoonlijk|eigenhandig|zelf|"
            r"allemaal|een voor een|één voor één|stuk voor stuk|met (?:liefde|plezier|alle plezier)|keihard|ter plekke|"
            r"meteen|direct|gelijk|voor je deur|op straat|ook|dan|toch|een keer|als een hond|na de wedstrijd|"
            r"na het werk|als ik je zie) ){0,3}")
_NOT = r"(?!(?:never|not|no|nooit|niet|geen)\b)"

# --- English -----------------------------------------------------------------------------------------
_FRAME_EN = (r"(?:(?:\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to|'m gonna| am gonna|'re gonna| gonna) "
             r"(?:find|track|hunt|get|catch|wait for|come for|follow) (?:\S+ ){0,4}?(?:and|&)(?: then)?)|\b(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to|'m gonna| am gonna|"
             r"'re gonna| gonna|'d| would| want to| wanna| can'?t wait to| intend to| plan to| promise to| swear to|"
             r"'m about to| am about to|'re about to|'m coming to| am coming to)|\b(?:someone|somebody) (?:is going to|'s going to|"
             r"is gonna|'s gonna|will|'ll)|(?:^|[,;:.!?] )(?:gonna|going to|"
             r"about to|i swear i'?ll)|\b(?:someone|somebody|some1|anyone|people|y'?all|you lot) (?:should|needs? to|"
             rf"ought to|has to|must|gotta|oughta|better)|\blet'?s(?: go)?)(?: {_NOT}\w+){{0,3}}?")
# Verbs that hurt a body whatever person is their object.
_STRONG_EN = (r"kill|murder|stab|knife|shank|strangle|throttle|suffocate|smother|behead|decapitate|lynch|execute|"
              r"slaughter|butcher|gut|maim|cripple|kneecap|torture|poison|hurt|injure|punch|slap|smack|batter|"
              r"pummel|stomp|curb-?stomp|bludgeon|rape|waterboard|torch|firebomb|assassinate|exterminate|shoot|"
              r"gun down|mow down|run over|beat up|beat the (?:living )?(?:daylights|shit|crap|hell|life|snot) out of|"
              r"(?:knock|choke|squeeze|kick) the (?:living )?(?:daylights|shit|crap|hell|teeth|life) out of|set fire to|choke(?! up)|"
              r"end(?= (?:you|him|her|them)\s*(?:[.!]|$))|put (?:a|one|two|\d+) (?:knife|bullet|bullets|blade|round|"
              r"rounds|slug) (?:in|into|through|between)")
# A body part harmed: "blow your brains out", "wring his neck", "cave her skull in", "bash their heads in".
_BODY_VERB_EN = r"blow|wring|slit|cut|bash|cave|stove|kick|knock|rip|snap|break|smash|crack|gouge|split|beat"
_POSS_EN = r"(?:your|ur|his|her|their|yer)"
_BODY_EN = (r"brains|brain|neck|necks|throat|throats|skull|skulls|head|heads|face|faces|teeth|jaw|legs|kneecaps|"
            r"knees|fingers|arms|ribs|spine|eyes")
_BODY_ENDS_EN = r"(?: (?:in|out|off|open|apart|through|for you|for him|for her))?"
# A weak verb ends a person: "bury you and your family", "drown them all", "burn you alive".
_END_EN = (r"bury|burn|drown|hang|gas|hunt|finish|end|destroy|erase|wipe out|take out|put down|string up|beat")
_END_HOW_EN = (r"(?:\s*[.!;]|\s*$| and (?:your|his|her|their) (?:whole |entire )?(?:family|families|kids|children|"
               r"wives|wife|husband|friends)| alive| to death| in (?:a|the) (?:ground|grave|river|canal|sea|ditch|"
               r"woods|desert|backyard|garden|basement|body bag)| six feet under| like (?:a|the) (?:dog|dogs|rat|"
               r"rats|animal|animals|pig|pigs)| one by one| in (?:your|their|his|her) sleep)")
# Past participles of harm, for "he's getting stabbed", "you'll get shot".
_HURT_PP_EN = (r"stabbed|shot|killed|murdered|strangled|beaten|beaten up|lynched|hanged|hung|knifed|shanked|"
               r"run over|burned|burnt|torched|buried|drowned|gutted|maimed|crippled|kneecapped|tortured|battered|"
               r"hurt|bashed|curb-?stomped|executed|slaughtered|butchered|set on fire|skinned|blown up|raped|sexually assaulted")
_HURT_PP_MORE_EN = (r"run down|mown down|gunned down|wiped off the face of the earth|wiped out|exterminated|gassed|"
                    r"put down|strung up|hung from (?:a|the) (?:\w+ )?(?:lamppost|tree|rope)|set on fire|burned alive|"
                    r"burnt alive|buried alive|shot on sight|beaten to death|stabbed to death")
_PHRASAL_EN = (rf"(?:run {_TARGET_EN} (?:all )?(?:over|down(?! (?:a|the|to)\b)|off the road)|(?:mow|gun) {_TARGET_EN} (?:all )?down|"
               rf"cut {_TARGET_EN} (?:open|to pieces|to ribbons)|(?:string|beat) {_TARGET_EN} (?:all )?up\b(?! (?:on|with|for)\b)|"
               rf"put {_TARGET_EN} (?:six feet under|in (?:the|a) (?:ground|grave|coffin|box|body bag|wheelchair|morgue|"
               rf"hospital))|set {_TARGET_EN} (?:\S+ )?(?:on fire|alight|ablaze)|(?:slice|chop|carve|hack|dice) {_TARGET_EN} "
               r"(?:up|into pieces|to pieces|open|into little pieces))")
_WEAPON_EN = (r"knife|knives|gun|guns|bat|bats|baseball bat|crowbar|machete|axe|hammer|shotgun|rifle|pistol|petrol|"
              r"gasoline|lighter|rope|acid")
_WEAPON_NL = r"mes|messen|pistool|knuppel|honkbalknuppel|koevoet|bijl|hamer|machete|geweer|jerrycan|benzine|zuur|touw"
_PLACE_EN = (r"mosque|school|office|church|synagogue|temple|club|bar|mall|rally|concert|clinic|shelter|centre|center|"
             r"parade|pride|march|meeting|party|gym|restaurant|shop|store|station|campus|classroom|hq|headquarters")
_SUBJ_EN = r"(?:he|she|they|you|u|him|her|them|that \w+|the \w+)"

_DIRECT_EN = LazyPattern(
    # "gonna beat the living daylights out of that ref", "I swear I'll strangle every one of you"
    rf"{_FRAME_EN} (?:happily |gladly |personally |just |go |come and |come |finally |slowly )?(?:{_STRONG_EN}) "
    rf"{_TARGET_EN}{_NOT_BODY_EN}|"
    # a verb and its particle around the person: "run you over", "beat him up", "put you six feet under", "set her on fire"
    rf"{_FRAME_EN} (?:happily |gladly |personally |just |go |come and |come |finally )?(?:{_PHRASAL_EN})|"
    # "I'll blow your brains out", "we're going to bash their heads in", "I'm gonna wring your neck"
    rf"{_FRAME_EN} (?:happily |gladly |personally |just |go |come and |come |finally )?(?:{_BODY_VERB_EN}) "
    rf"(?:\S+ ){{0,2}}?{_POSS_EN} (?:\w+ )?(?:{_BODY_EN}){_BODY_ENDS_EN}\b|"
    # "we're going to bury you and your whole family", "I'll burn you alive"
    rf"{_FRAME_EN} (?:\w+ )?(?:{_END_EN}) (?:you|him|her|them|y'?all|you all|(?:every|each) (?:last |single )?one of "
    rf"(?:you|them|(?:those|these|the) (?:\S+ ){{0,2}}?\w+))(?: all)?{_END_HOW_EN}|"
    # "may you and your kind burn forever"
    r"\bmay (?:you|they|he|she|all of you|every one of you|y'?all)(?: \S+){0,4}? (?:burn|rot|die|suffer|choke|drown|perish)\b"
    r"(?! (?:with|of) laughter)|"
    # "we will make sure no Muslim in this street survives the winter"
    r"\b(?:make sure|ensure|see to it)\b (?:that )?(?:no|not one|not a single|none of (?:the|those|them|you))\b(?: \S+){0,5}? "
    r"(?:survives?|lives? to see|makes? it (?:to|through|out))\b|"
    # "I'm going to run my truck through that pride parade" (ramming)
    rf"{_FRAME_EN} (?:drive|run|ram|plough|plow|steer) (?:my|our|a|the|this) (?:\w+ )?(?:truck|car|van|lorry|bus|suv) "
    rf"(?:straight )?(?:through|into) (?:that|the|this|a|their|those|every) (?:\S+ ){{0,2}}?(?:parade|crowd|march|protest|rally|"
    rf"mosque|market|festival|pride|demonstration|procession|people|{_GROUP})\b|"
    # "remember what happened to the last guy who crossed us?"
    r"\bwhat happened to (?:the last|that|the other) (?:\w+ )?(?:guy|person|one|man|woman|kid|fella|bloke|reporter|journalist|"
    r"reviewer)(?: who| that)? (?:crossed|ratted on|talked about|messed with|snitched on|betrayed|questioned|defied) "
    r"(?:us|me)\b|"
    # "make them bleed", "make him beg for his life"
    rf"{_FRAME_EN} (?:\w+ )?make (?:you|him|her|them|y'?all|every one of (?:you|them)) (?:all )?(?:bleed|beg for (?:mercy|"
    rf"(?:your|his|her|their) li(?:fe|ves))|wish (?:you|he|she|they) (?:were|was|had) never (?:been )?born|scream for "
    rf"mercy|choke on)\b|"
    # "if I run into that delivery guy again, he's getting stabbed", "next time I see you, you're getting hurt"
    rf"\b(?:if|next time|when|once|the moment|as soon as) (?:i|we) (?:ever )?(?:see|catch|meet|find|run into|bump into|get "
    rf"(?:hold of|my hands on)|spot)\b.{{0,50}}\b{_SUBJ_EN}(?:'s| is|'re| are|'ll| will)? (?:\w+ )?(?:getting|get|be|"
    rf"gonna get|going to get) (?:\w+ )?(?:{_HURT_PP_EN})\b|"
    # "Luke Hart is going to wish he was never born when I find him"
    r"\b(?:is|are|'s|'re|will|'ll) (?:going to |gonna )?wish (?:he|she|they|you|u) (?:was|were|had|'d) never (?:been )?born\b"
    r"(?=.{0,30}\b(?:i|we) (?:find|get|catch|see|am done|'m done|are done|'re done)\b)|"
    # "run them all off the road" as a call in mid-sentence: "it's open season on bikers, run them all off the road"
    rf"(?:^|[,;:!] )(?:(?:just|go|so|now|please) )?(?:(?:{_STRONG_EN}) {_TARGET_EN}{_NOT_BODY_EN}|run (?:them|him|her|"
    r"you|y'?all|those \w+|every \w+) (?:all )?(?:off the road|over))|"
    # "someone needs to shut her up permanently", "silence him for good"
    rf"{_FRAME_EN} (?:shut {_TARGET_EN} up|silence {_TARGET_EN}) (?:permanently|for good|forever)\b|"
    # "those cyclists deserve to be run down", "should all be burned alive"
    rf"\b(?:deserves?|should|must|needs? to|ought to|have to|has to) (?:all |each |every one )?(?:to )?(?:be|get) "
    rf"(?:\w+ )?(?:{_HURT_PP_EN}|{_HURT_PP_MORE_EN})\b(?! (?:in|on|at|by|for) (?:the|a|this|our|your) (?:\w+ )?"
    r"(?:game|match|film|movie|shoot|photo|camera|studio|oven|grill|sun)\b)|"
    # "I want to see every one of those protesters hanging from a lamppost"
    rf"\b(?:see|watch|seeing|should (?:all )?be|deserve to be|will be|'ll be) (?:\S+ ){{0,6}}?{_TARGET_EN}(?: \S+){{0,2}}? "
    r"(?:hanging|dangling|swinging|hung|strung up) from (?:a|the) (?:lamppost|lamp post|tree|rope|crane)s?\b|"
    # "keep it up and you'll find yourself at the bottom of the canal"
    r"\b(?:you|he|she|they|u)(?:'ll| will| are going to|'re going to| is going to|'s going to| gonna) (?:end up|find "
    r"(?:yourself|himself|herself|themselves)|wind up|wake up|be found) (?:at the bottom of|in|face down in) (?:a|the) "
    r"(?:canal|river|sea|lake|ditch|harbou?r|morgue|grave|body bag|coffin|shallow grave|dumpster)\b|"
    # "delete that review or your kids pay for it"
    r"\bor (?:else )?(?:your|his|her|their) (?:\w+ )?(?:kids|children|family|wife|husband|daughter|son|mum|mom|parents) "
    r"(?:will |'ll |are going to |gonna |might )?(?:pay|suffer|get hurt|regret it|pay for it)\b|"
    # "pray you never run into me in a dark alley"
    r"(?:^|[,;:] )(?:(?:you'?d |you )?better )?(?:pray|hope) (?:that )?(?:you|he|she|they) (?:never|don'?t ever|won'?t "
    r"ever) (?:\w+ )?(?:run into|meet|see|bump into|cross|find) (?:me|us)\b|"
    # "the ref is getting a beating from us"
    r"\b(?:is getting|gets|will get|'s getting|are getting) (?:\S+ ){0,2}?(?:a beating|a bullet|a kicking|a knife|the "
    r"beating of (?:his|her|their) li(?:fe|ves)|a few punches|a slap) (?:from|off) (?:us|me)\b|"
    # "someone please go shoot up that mosque" (not news: "threatened to shoot up a school")
    rf"(?<!threatened to )(?<!threatens to )(?<!threatening to )(?<!threaten to )(?<!plans to )(?<!planned to )"
    rf"\bshoot up (?:that|the|this|a|their|your|our|every|his|her) (?:\S+ ){{0,2}}?(?:{_PLACE_EN})\b|"
    # "the next person to leave a one-star review is getting their face smashed"
    rf"\b(?:is|are|'s|'re) (?:getting|gonna get|going to get) (?:their|his|her|your|ur) (?:\w+ )?(?:face|head|teeth|skull|"
    r"legs|kneecaps|jaw|nose|fingers) (?:smashed|kicked in|bashed in|caved in|broken|punched in|beaten in|cut off|"
    r"chopped off)\b|"
    # "let's go hunting for foreigners tonight"
    rf"\b(?:go|going|went to go|time to go) hunting (?:for )?(?:some )?(?:{_GROUP})\b|\bhunt (?:down )?(?:some |all |every )?"
    rf"(?:{_GROUP})\b(?! (?:festival|month|week|day|event|market|market'?s)\b)|"
    # "next time I'll bring a knife"
    rf"\bnext time\b.{{0,25}}\b(?:i|we)(?:'ll| will| am| 'm|'m| are|'re)? (?:gonna |going to )?(?:bring|be bringing|carry|"
    rf"have|pack) (?:a|my|our|the) (?:\w+ )?(?:{_WEAPON_EN})\b|"
    # "I'll make sure Peter ends up in a wheelchair"
    r"\b(?:make sure|see to it|ensure|making sure)\b (?:that )?.{0,40}\b(?:ends? up|winds? up|lands?|is|stays) in "
    r"(?:a|the) (?:wheelchair|hospital|coffin|grave|morgue|body bag|icu|intensive care)\b|"
    # "we should get rid of every immigrant, by force if we must"
    rf"^(?=.*\b(?:{_GROUP})\b).*\b(?:by force|with force|with violence|violently)\b(?: if (?:we|you) (?:must|have to|need to)|"
    rf" if necessary| if need be)|^(?=.*\b(?:{_GROUP})\b).*\b(?:if (?:we|you) (?:must|have to)|if necessary),? (?:by force|"
    r"with violence)\b|"
    # "time to take up arms against the Muslims", "open season on bikers"
    rf"\b(?:take|taking|took|pick|picking) up (?:arms|weapons|our guns|the guns|pitchforks) against (?:the |those |these |"
    rf"all |every )?(?:{_GROUP}|them|him|her|you|(?:\w+ )?(?:{_PERSON_NOUN_EN}))\b|"
    rf"\b(?:grab|get|load) (?:your|our|the) (?:guns|rifles|weapons|pitchforks)\b.{{0,40}}\b(?:{_GROUP}|them|those \w+)\b")

_WISH_SUBJECT_EN = (rf"you|u|they|he|she|y'?all|you all|them all|every (?:\w+ )?one of (?:them|you|those \w+)|"
                     rf"all of (?:them|you|those \w+)|(?:all |every |those |these |the )?{_GROUP}|"
                     rf"(?:that|the|those|these|your|his|her|their|my) (?:\S+ ){{0,2}}?(?:{_PERSON_NOUN_EN}|plane|"
                     r"flight|car|house|boat)")
# A wish that a person die or be harmed: "I hope every one of them chokes to death", "hope you get cancer".
_WISH_EN = LazyPattern(
    rf"\b(?:i|we) (?:really |just |honestly |sincerely |truly )?(?:hope|wish|pray)(?: that)? (?!(?:you|they|he|she|"
    rf"everyone|all) (?:have|had|enjoy|get well|feel|stay|recover|are|is|will be)\b)(?:{_WISH_SUBJECT_EN}) (?:\S+ ){{0,3}}?"
    r"(?:(?:get|gets|will get|catch|catches|will catch) (?:\w+ )?(?:cancer|aids|ebola|covid|a disease|a tumou?r|"
    r"leuk(?:a)?emia|a stroke|a heart attack|brain damage|the plague|dementia|"
    r"killed|shot|stabbed|murdered|raped|run over|hit by|blown up|lynched|hanged|beaten|tortured|eaten)|"
    r"(?:dies|die|will die|drops? dead|chokes?|will choke|drowns?|will drown|burns?|will burn|rots?|will rot|"
    r"bleeds? out|suffers?|will suffer|crash(?:es)?|will crash|never wakes? up|will never wake up)"
    r"(?! (?:with|of) (?:laughter|laughing|envy|jealousy|embarrassment)|down|off|out)\b)"
    r"(?=.{0,40}$)")

# --- veiled threats (English) ------------------------------------------------------------------------
_VEILED_EN = LazyPattern(
    # "your family won't be safe once we're done with you", "your kids will never be safe again"
    rf"\b(?:you|{_POSS_EN} (?:\w+ )?(?:family|families|kids|children|wife|husband|daughter|son|mum|mom|mother|dad|"
    rf"father|parents|girlfriend|boyfriend|loved ones|friends))(?:'ll never| will never| won'?t| will not| aren'?t| isn'?t| "
    r"are not| is not|'re not|'s not| are no longer| is no longer| will no longer|'ll no longer)(?: be)? (?:safe|safe "
    r"anymore|safe again)\b"
    r"(?=.{0,60}\b(?:we|i|us|me)\b)|"
    # "post that again and you won't wake up tomorrow", "you'll never see another christmas"
    r"\b(?:you|he|she|they|u)(?:'ll| will)? (?:won'?t|will not|will never|'ll never|never) (?:\w+ )?(?:wake up(?= ?(?:"
    r"tomorrow|again|in the morning|ever again)?\s*(?:[.!,;]|$))|see "
    r"(?:tomorrow|another (?:day|christmas|birthday|summer)|the (?:morning|light of day)|your (?:kids|family|"
    r"children) again)|make it (?:home alive|out alive|out of here alive))\b|"
    # "you better sleep with the lights on from now on"
    r"\b(?:better|'d better|should|might want to|had better) (?:\w+ )?sleep with (?:the|your) (?:lights?|doors?) "
    r"(?:on|locked)\b|"
    # "you won't be laughing when we come knocking"
    r"\b(?:you|he|she|they|u)(?:'re| are| is|'s)? (?:won'?t|will not|not gonna|not going to) be (?:laughing|smiling|"
    r"so brave|so tough|so smug|so cocky|talking)\b.{0,20}\b(?:when|once|after) (?:we|i)\b|"
    # "I'm coming to your house tonight with a knife", "we're coming for you with bats"
    r"\b(?:i|we)(?:'m| am|'re| are|'ll| will)? (?:coming|come|going to come|gonna come|be) (?:\w+ )?(?:to|for|round to|"
    r"over to|after) (?:you|your|ur|him|his|her|them|their)\b.{0,30}\bwith (?:a|an|my|our|some|the) (?:\w+ )?"
    r"(?:knife|knives|gun|guns|bat|bats|baseball bat|crowbar|machete|axe|hammer|shotgun|rifle|petrol|gasoline|"
    r"lighter|rope)\b|"
    # "would hate for them to get hurt on the way to school"
    r"\b(?:would|'d) hate (?:for )?(?:you|them|him|her|(?:your|his|her|their) (?:\w+ )?\w+) to (?:get hurt|be hurt|have an "
    r"accident|get injured|disappear|go missing)\b|"
    # "watch yourself when you walk to your car tonight"
    r"\bwatch (?:yourself|yourselves|urself)\b.{0,40}\b(?:tonight|walk(?:ing)? (?:home|to your car|alone)|on your way home|"
    r"after dark|alone|in the dark|when you leave)\b|"
    # "tell your sister to stay home, or she's next"; "you'll be the first one we come for"
    r"\b(?:or|otherwise) (?:else )?(?:she|he|they|you|your \w+)(?:'s|'re| is| are| will be|'ll be) next\b|"
    r"\b(?:first|next)(?: one| ones| person| people)? (?:we|i)(?:'ll| will| are going to|'re going to| gonna)? come "
    r"(?:for|after)\b|"
    # "your little girl walks home alone, doesn't she?"
    r"\b(?:your|ur) (?:\w+ )?(?:daughter|son|girl|boy|kids|children|wife|sister|mum|mom|mother) (?:walks?|goes|cycles?|"
    r"rides?|gets? home) (?:\w+ )?alone\b.{0,30}(?:doesn'?t (?:she|he)|don'?t they|isn'?t (?:she|he|it)|right)\s*\?|"
    # "show up again and you'll be carried out", "one phone call and you'll disappear"
    r"\b(?:you|he|she|they)(?:'ll| will| are going to|'re going to) be (?:carried|wheeled|stretchered) out\b(?! (?:by|with|"
    r"at|in style|of the)\b)|\b(?:you|he|she|they)(?:'ll| will) be (?:eating|on) hospital food\b|"
    r"\band (?:you|he|she|they)(?:'ll| will) (?:disappear|vanish|be gone)\s*(?:[.!]|$)|"
    # "we've got your home address and a few friends who'd love to visit"
    r"\b(?:got|have|know) (?:your|ur|his|her) (?:home )?address\b.{0,40}\b(?:friends|mates|lads|boys|guys)\b.{0,30}"
    r"\b(?:visit|come (?:round|over|by)|pay (?:you|him|her) a visit|drop by)\b|"
    # "we're watching you. every day."
    r"\b(?:we|i)(?:'re| are|'m| am) (?:always |still )?watching (?:you|him|her|them)(?: (?:closely|always|all the time|"
    r"every (?:day|move|step)|24/7))?\s*(?:[.!]|$)|"
    # "we will find you.", "we know where to find you."
    r"\b(?:we|i)(?:'ll| will)? (?:find|track|hunt) (?:you|him|her|them)(?: down)?(?: all)?(?:\s*[.!,;]|\s*$| wherever| no "
    r"matter)|\b(?:we|i) know (?:exactly )?where to find (?:you|him|her|them|your (?:\w+ )?(?:family|kids))\b")

# --- Dutch -------------------------------------------------------------------------------------------
# Separable harm verbs: the finite stems the first person uses, the particles (or complements) that complete
# them into harm after a person object ("steek je neer", "rij ik je omver"), and the body-part phrases that are
# their own object ("snij je keel door", "sla je hersens in", "draai je nek om").
_NL_POSS = r"(?:je|jouw|zijn|haar|hun|z'n|d'r)"
_NL_SEPARABLE = (
    ("steek|steken", r"neer|dood|overhoop|kapot|aan stukken", ""),
    ("schiet|schieten", r"neer|dood|overhoop|kapot|aan flarden|aan gort|een kogel door " + _NL_POSS + r" (?:\w+ )?(?:kop|"
     r"hoofd|hart|knie|knieën|harses|hersens)",
     _NL_POSS + r" (?:hersens|harses|kop) (?:eruit|in|eraf|van (?:je|zijn|haar|z'n) romp)|een kogel door " + _NL_POSS +
     r" (?:\w+ )?(?:kop|hoofd|hart|harses|hersens)"),
    ("maak|maken", r"af|dood|koud|van kant", ""),
    ("sla|slaan", r"dood|neer|in elkaar|verrot|lens|bont en blauw|knock-out|tot moes|halfdood|kreupel",
     _NL_POSS + r" (?:\w+ )?(?:hersens|harses|kop|schedel|smoel|bek|gezicht|tanden) (?:in|uit|eruit|kapot|aan gort|tot moes)"),
    ("trap|trappen|schop|schoppen", r"dood|in elkaar|verrot|lens|halfdood|kreupel",
     _NL_POSS + r" (?:\w+ )?(?:tanden|kop|schedel|ribben|smoel) (?:in|uit|eruit|kapot)"),
    ("breek|breken", "", r"(?:al |alle )?" + _NL_POSS + r" (?:\w+ )?(?:botten|benen|nek|armen|vingers|kaak|neus|ribben|"
     r"knieën|knieschijven|schedel)"),
    ("rij|rijd|rijden", r"dood|omver|van de weg|(?:over )?(?:je|jou|hem|haar) heen", ""),
    ("draai|draaien", "", _NL_POSS + r" (?:\w+ )?nek om"),
    ("snij|snijden", r"in (?:stukken|mootjes|reepjes)|open", _NL_POSS + r" (?:\w+ )?keel (?:door|open)"),
    ("hak|hakken", r"in (?:stukken|mootjes|tweeën)", _NL_POSS + r" (?:\w+ )?(?:kop|hoofd|handen|vingers) (?:eraf|af)"),
    ("zet|zetten", r"in de fik|in brand|tegen de muur|onder de grond", ""),
    ("mep|meppen|ram|rammen|timmer|timmeren|beuk|beuken|knal|knallen", r"in elkaar|dood|verrot|lens|neer|overhoop|tot moes",
     _NL_POSS + r" (?:\w+ )?(?:kop|hersens|schedel|smoel|tanden) (?:in|eraf|eruit|kapot)"),
    ("knijp|knijpen|wurg|wurgen", "", _NL_POSS + r" (?:\w+ )?(?:keel|strot|nek) (?:dicht|door|af)"),

)
_NL_STRONG_FINITE = (r"vermoord|vermoorden|wurg|wurgen|verzuip|verzuipen|vergas|vergassen|martel|martelen|mishandel|"
                     r"mishandelen|begraaf|begraven|verbrand|verbranden|onthoofd|onthoofden|executeer|executeren|lynch|"
                     r"lynchen|slacht|slachten")
_NL_INF = (r"vermoorden|wurgen|verzuipen|vergassen|martelen|mishandelen|onthoofden|executeren|"
           r"lynchen|afslachten|neersteken|doodsteken|neerschieten|doodschieten|doodmaken|"
           r"doodslaan|in elkaar slaan|verrot slaan|lens slaan|halfdood slaan|doodtrappen|"
           r"in elkaar trappen|verrot trappen|doodrijden|overrijden|"
           r"een mes (?:tussen|in|door) (?:\S+ ){0,2}?(?:ribben|rug|buik|hart|keel|lijf|nek|zij) (?:steken|zetten|planten|"
           r"jagen|drukken)|kapotsteken|de keel doorsnijden|de nek omdraaien|uitroeien|uitmoorden|afknallen|neerknallen|kapotschieten|"
           r"(?:voorgoed|voor altijd|permanent) (?:de mond|het zwijgen) (?:snoeren|opleggen)|"
           r"een kogel door (?:de|zijn|haar|hun|z'n) kop (?:jagen|schieten)|"
           r"(?:\w+ )?(?:nek|nekken) (?:om)?draaien|(?:\w+ )?(?:keel|strot) (?:door)?snijden|"
           r"(?:\w+ )?(?:hersens|harses|kop|schedel|tanden) (?:in|uit|eruit)(?:slaan|trappen|schieten|meppen|rammen)")
# Infinitives that hurt only with a person as their object ("we gaan de concurrentie afmaken", "calorieën
# verbranden", "de kerstversiering ophangen" are no threats).
_NL_INF_WEAK = (r"afmaken|koud maken|van kant maken|begraven|verbranden|ophangen|opknopen|neerslaan|omverrijden|"
                r"platrijden|aan stukken snijden|in stukken hakken|in de fik steken|in brand steken|"
                r"onder de grond (?:stoppen|leggen|schoffelen)|(?:een |het |de )?(?:\w+ )?(?:lesje|les) (?:leren|geven)|"
                r"opjagen|opsporen en \w+|pijn doen|(?:\w+ )?zien (?:branden|bloeden|hangen|sterven|creperen|verrekken|"
                r"verzuipen|lijden|bungelen|bengelen)")
_NL_AUX = r"ga|gaan|zal|zullen|wil|willen|zou|zouden|kom|komen|moet|moeten"
_NL_SEP_PATTERNS = "|".join(
    alternative
    for verbs, particles, body in _NL_SEPARABLE
    for alternative in (
        (rf"(?:{verbs}) (?:ik|we|wij) {_TARGET_NL} {_NL_FILL}(?:{particles})\b|"
         rf"\b(?:ik|we|wij) (?:{verbs}) {_TARGET_NL} {_NL_FILL}(?:{particles})\b") if particles else "",
        (rf"(?:{verbs}) (?:ik|we|wij) (?:{body})\b|\b(?:ik|we|wij) (?:{verbs}) (?:{body})\b") if body else "")
    if alternative)
# Hanging and throwing take things too ("we hangen ze op in de etalage"): only a person noun or "jou" is their victim.
_TARGET_NL_PERSON = (r"(?:jou|jullie|hen|(?:die|dat|deze|de|jouw|je|zijn|haar|hun|mijn) (?:\S+ ){0,2}?"
                     rf"(?:{_PERSON_NOUN_NL}))\b")
_NL_PP = (r"doodgeschoten|neergeschoten|doodgestoken|neergestoken|doodgeslagen|in elkaar geslagen|opgehangen|opgeknoopt|"
          r"vergast|verzopen|verdronken|geëxecuteerd|geexecuteerd|afgeslacht|uitgeroeid|verkracht|gelyncht|gestenigd|"
          r"onthoofd|gemarteld|afgemaakt|vermoord|van de weg (?:gereden|gemaaid)|doodgereden|overreden|in brand gestoken|"
          r"levend verbrand|verbrand|tegen de muur gezet|de zee in gegooid|in zee gegooid|aan een (?:lantaarnpaal|boom) "
          r"(?:opgeknoopt|opgehangen|gehangen)")
_DIRECT_NL = LazyPattern(
    # "ik steek je neer", "als ik je zie, rij ik je omver", "ik draai je nek om", "ik snij je keel door"
    rf"(?:^|[,;:.!?] |\b(?:dan|en|of|want|anders|toch) |\b)(?:{_NL_SEP_PATTERNS})|"
    # a fronted object: "de volgende die op mijn plek parkeert, maak ik koud", "die vent steek ik neer"
    r"\b(?:maak|maken|steek|steken|schiet|schieten|sla|slaan) (?:ik|we|wij) (?:\w+ )?(?:koud|dood|overhoop)\b|"
    r"\b(?:steek|steken|schiet|schieten|knal|knallen) (?:ik|we|wij) (?:\w+ )?neer\b|"
    # "ik duw die klootzak voor de trein", "gooi ik jou van de brug" (a person, not "hem": a bike goes in the canal too)
    rf"\b(?:(?:ik|we|wij) (?:gooi|gooien|duw|duwen|smijt|smijten)|(?:gooi|gooien|duw|duwen|smijt|smijten) (?:ik|we|wij)) "
    rf"{_TARGET_NL_PERSON} (?:\S+ ){{0,2}}?(?:(?:van|voor|onder|in) (?:de|het|een) (?:\w+ )?(?:trap|trein|tram|bus|dak|brug|"
    r"flat|balkon|gracht|sloot|kanaal|rivier)|de (?:zee|gracht|sloot|rivier) in|door de ruit)\b|"
    # "we slepen ze hun huis uit en hangen ze op"
    rf"\b(?:ik|we|wij)\b.{{0,60}}\ben (?:hang|hangen|knoop|knopen) {_TARGET_NL_PERSON} (?:\S+ ){{0,2}}?op\b|"
    # "ik trek je ingewanden eruit"
    rf"\b(?:ik|we|wij) (?:trek|trekken|ruk|rukken|snij|snijden) {_NL_POSS} (?:\w+ )?(?:ingewanden|darmen|tong|ogen|nagels|"
    r"hart) (?:eruit|uit)\b|"
    # "die scheids krijgt na afloop een paar klappen van ons"
    r"\b(?:krijgt|krijg|krijgen) (?:\S+ ){0,4}?(?:klappen|een pak slaag|een pak rammel|een kogel|een mes|de kogel|een "
    r"dreun|een schop|een mep|slaag|een afstraffing) van (?:ons|mij|me)\b|"
    # "ik wil al die demonstranten aan een lantaarnpaal zien bungelen"
    rf"\b{_TARGET_NL}(?: \S+){{0,3}}? aan (?:een|de) (?:lantaarnpaal|boom|strop|galg|kraan) (?:\S+ )?(?:bungelen|bengelen|"
    r"hangen|opknopen|ophangen|opgeknoopt|opgehangen)\b|"
    # "haal die review weg of je kinderen moeten het bezuren"
    r"\bof (?:anders )?(?:je|jouw|zijn|haar|hun) (?:\w+ )?(?:kinderen|kids|familie|gezin|vrouw|man|dochter|zoon|moeder|"
    r"ouders) (?:\w+ )?(?:het bezuren|ervoor boeten|ervoor betalen|lijden|moeten lijden)\b|"
    # "bid maar dat je mij nooit in een donker steegje tegenkomt"
    r"\b(?:bid|hoop) (?:jij |je )?maar dat (?:je|jij|hij|ze|zij) (?:mij|ons) (?:\S+ ){0,5}?(?:nooit|niet) (?:\S+ ){0,5}?"
    r"(?:tegenkomt|tegenkomen|ziet|zien|treft|tegen het lijf loopt)\b|"
    # normative passive: "die fietsers moeten allemaal van de weg gereden worden", "homo's verdienen het om doodgeslagen te worden"
    rf"\b(?:moet|moeten|mogen|mag|zouden|zou|verdient|verdienen)\b(?: \S+){{0,6}}? (?:{_NL_PP})(?: (?:moeten|gaan))? "
    r"(?:worden|te worden)\b|"
    # "iemand moet die moskee in de fik zetten met iedereen erin"
    r"\b(?:in de fik|in brand|in lichterlaaie) (?:\w+ )?(?:zetten|steken|gestoken|gezet|zet|steek)\b.{0,30}\bmet (?:iedereen|ze|"
    r"hen|hem|haar|jou|jullie|alle \w+|die \w+)(?: \w+)? (?:erin|binnen)\b|"
    # "volgende keer neem ik een mes mee"
    rf"\b(?:volgende keer|de volgende keer)\b.{{0,25}}\b(?:neem|breng) (?:ik|we|wij) (?:een|mijn|ons|onze) (?:\w+ )?"
    rf"(?:{_WEAPON_NL}) mee\b|"
    # "ik zal ervoor zorgen dat Sanne in een rolstoel belandt"
    r"\b(?:zorg|zorgen)\b(?: er)?(?: voor| ervoor)? dat\b.{0,40}\b(?:in een rolstoel|in het ziekenhuis|in een kist|onder de grond|"
    r"in een lijkzak|op de intensive care) (?:belandt|belanden|terechtkomt|terechtkomen|komt|komen|ligt|liggen|eindigt)\b|"
    # "desnoods met geweld" against a group
    rf"^(?=.*\b(?:{_GROUP})\b).*\b(?:desnoods|zo nodig|als het moet|indien nodig),? met geweld\b|"
    # "ik ga uitzoeken waar je woont en dan ben je er geweest"
    r"\b(?:dan|en) (?:ben|is) (?:je|jij|hij|ze|zij) er geweest\b|"
    # "moge jij en je soort eeuwig branden"
    r"\bmoge (?:jij|je|hij|zij|ze|jullie)(?: \S+){0,4}? (?:branden|rotten|wegrotten|sterven|creperen|stikken|verrekken|"
    r"lijden|verzuipen)\b|"
    # "we zorgen dat geen enkele moslim in deze straat de winter overleeft"
    r"\bzorg\w*\b(?: er)?(?: voor| ervoor)? dat (?:geen|niet één|niet een|niemand van)\b(?: \S+){0,8}? (?:overleeft|overleven|"
    r"haalt|halen)\b|"
    # "ik rij met mijn vrachtwagen dwars door die gay pride"
    r"\b(?:ik|we|wij) (?:rij|rijd|rijden|ram|rammen|knal|knallen|ga|gaan)(?: \S+){0,3}? met (?:mijn|onze|ons|een|de) (?:\w+ )?"
    r"(?:vrachtwagen|auto|busje|bus|truck|bestelbus) (?:\w+ )?(?:dwars door|in) (?:die|de|het|dat|deze|een) (?:\S+ ){0,2}?"
    r"(?:optocht|menigte|mars|demonstratie|betoging|pride|moskee|markt|stoet|mensen)\b|"
    # a subordinate clause, verb last, after a vow: "ik zweer dat ik elke laatste van die transfreaks afmaak"
    r"\b(?:zweer|zweren|beloof|beloven|garandeer|garanderen|reken er (?:maar )?op) (?:je |jullie )?dat (?:ik|we|wij) "
    r"(?:\S+ ){0,7}?(?:afmaak|afmaken|neersteek|neersteken|neerschiet|neerschieten|doodschiet|doodschieten|vermoord|"
    r"vermoorden|doodsla|doodslaan|wurg|wurgen|kapotmaak|kapotmaken|uitroei|uitroeien|afslacht|afslachten|ophang|"
    r"ophangen|in elkaar sla|in elkaar slaan|verzuip|verzuipen|vergas|vergassen|koud maak)\b|"
    # "ik vermoord je", "we verzuipen ze allemaal"
    rf"\b(?:ik|we|wij) (?:{_NL_STRONG_FINITE}) {_TARGET_NL}|\b(?:{_NL_STRONG_FINITE}) (?:ik|we|wij) {_TARGET_NL}|"
    # "die vent ga ik een lesje leren", "ik ga die klootzak begraven", "wij gaan jullie afmaken"
    rf"\b(?:(?:ik|we|wij) (?:{_NL_AUX})|(?:{_NL_AUX}) (?:ik|we|wij)) (?:{_NOT}\S+ ){{0,5}}?(?:{_NL_INF})\b|"
    rf"\b(?:(?:ik|we|wij) (?:{_NL_AUX})|(?:{_NL_AUX}) (?:ik|we|wij)) (?:{_NOT}\S+ ){{0,3}}?{_TARGET_NL} "
    rf"(?:{_NOT}\S+ ){{0,4}}?(?:{_NL_INF_WEAK})\b|"
    rf"\b{_TARGET_NL}(?: \S+){{0,3}}? (?:{_NL_AUX}) (?:ik|we|wij) (?:{_NOT}\S+ ){{0,4}}?(?:{_NL_INF}|{_NL_INF_WEAK})\b|"
    # someone should: "iemand moet die wethouder eens een kogel door zijn kop jagen", "moeten ze allemaal vergassen"
    rf"\b(?:iemand|ze|jullie|men|wie) (?:moet|moeten|mag|mogen|zou|zouden) (?:{_NOT}\S+ ){{0,7}}?(?:{_NL_INF})\b|"
    rf"\b(?:moet|moeten|mogen|mag|zou|zouden) (?:iemand|ze|we|wij|jullie|men) (?:{_NOT}\S+ ){{0,7}}?(?:{_NL_INF})\b|"
    rf"\b(?:iemand|ze|jullie|men) (?:moet|moeten|mag|mogen|zou|zouden) (?:{_NOT}\S+ ){{0,3}}?{_TARGET_NL} "
    rf"(?:{_NOT}\S+ ){{0,5}}?(?:{_NL_INF_WEAK})\b|"
    # "tijd om de wapens op te pakken tegen ...", "pak de wapens op tegen ..."
    rf"\b(?:(?:wapens|geweren|hooivorken) (?:op te (?:pakken|nemen)|oppakken|opnemen|ter hand (?:te )?nemen)|(?:pak|pakken|neem|"
    rf"nemen) (?:de|je|jullie|onze) (?:wapens|geweren|hooivorken) (?:op|ter hand))\b.{{0,20}}\btegen (?:die |de |deze |alle )?"
    rf"(?:{_GROUP}|hen|ze|jullie|hem|haar|(?:\w+ )?(?:{_PERSON_NOUN_NL}))\b|"
    # "Maandag schiet ik het kantoor aan flarden": a workplace or school shot up
    r"\b(?:schiet|schieten) (?:ik|we|wij) (?:het|de|dat|die|jullie|hun|je) (?:\w+ )?(?:kantoor|school|winkel|moskee|"
    r"kerk|synagoge|azc|fabriek|kantine|klas) (?:aan flarden|aan gort|overhoop|kapot|vol kogels|neer)\b")

_WISH_NL = LazyPattern(
    # "ik hoop dat ze allemaal verzuipen", "ik hoop dat je vliegtuig neerstort", "ik hoop dat je huis afbrandt met jou erin"
    r"\b(?:ik|we|wij) (?:hoop|hopen|wens|wensen|bid|bidden) (?:echt |oprecht |gewoon |maar )?(?:dat |je |jullie |ze |hem |"
    r"haar )?(?!(?:je|jij|jullie|ze|hij|zij|iedereen) (?:een|lekker|fijn|mooi|snel beter|beter|gezond|veel)\b)"
    r"(?:\S+ ){0,6}?(?:verzuipen|verzuipt|verdrinken|verdrinkt|stikken|stikt|creperen|crepeert|verrekken|verrekt|"
    r"doodgaan|doodgaat|sterven|sterft|neerstort|neerstorten|verongelukt|verongelukken|afbrandt|afbranden|verbranden|"
    r"(?:krijgt|krijgen) (?:\w+ )?(?:leukemie|tyfus|een hartaanval|een beroerte|een hersenbloeding|aids|ebola)|"
    r"verbrandt|wegrotten|wegrot|kanker krijgt|kanker krijgen|tyfus krijgt|tering krijgt|de tering krijgt|"
    r"(?:wordt|worden) (?:\w+ )?(?:vermoord|neergeschoten|doodgeschoten|neergestoken|overreden|opgehangen|verkracht|"
    r"opgeblazen|afgemaakt|gemarteld|mishandeld|in elkaar geslagen))\b"
    r"(?! (?:van het lachen|van de lach|van jaloezie|van nieuwsgierigheid)\b)")

_VEILED_NL = LazyPattern(
    # "je familie is niet meer veilig als wij klaar zijn met je", "je kinderen zijn nergens meer veilig"
    r"\b(?:je|jij|jullie|jouw|hij|zij|ze|(?:je|jouw|zijn|haar|hun) (?:\w+ )?(?:familie|gezin|kinderen|kids|vrouw|man|"
    r"dochter|zoon|moeder|vader|ouders|vriendin|vriend|dierbaren)) (?:is|bent|zijn|zal|zult|zullen|blijft|blijven) "
    r"(?:\w+ )?(?:niet meer|nergens meer|nooit meer|nergens|niet lang meer) (?:\w+ )?veilig\b"
    r"(?=.{0,60}\b(?:we|wij|ik|ons|mij)\b)|"
    # "je wordt morgen niet meer wakker", "dan haal je de ochtend niet"
    r"\b(?:je|jij|hij|zij|ze) (?:wordt|word|worden) (?:\w+ )?(?:nooit|niet) (?:meer )?wakker\b|"
    # "slaap maar met het licht aan vanaf nu"
    r"\b(?:slaap|slaapt|slapen) (?:\w+ ){0,2}met (?:het licht|de lichten|de deur op slot) (?:aan|op slot)\b"
    r"(?!.{0,40}\b(?:spook|film|horror|griezel|eng|enge)\w*\b)|"
    # "je lacht niet meer als we aanbellen"
    r"\b(?:je|jij|jullie|hij|ze|zij) (?:lacht|lachen|lach|praat|praten|grijnst) (?:\w+ )?niet meer (?:als|wanneer|zodra) "
    r"(?:we|wij|ik)\b|"
    # "wees maar voorzichtig als je vanavond naar huis fietst", "let maar goed op als je naar je auto loopt",
    # "kijk maar uit je doppen, wij zijn er altijd" (the menacing "maar"; not "let op dat ..." or "pas op voor ...")
    r"\b(?:(?:wees|ben) (?:jij |jullie )?maar (?:\w+ )?(?:voorzichtig|op je hoede)|(?:let|pas|kijk) (?:jij |jullie )?maar "
    r"(?:\w+ )?(?:op|uit)(?: je doppen)?)\b(?! (?:voor|dat|met|bij|naar|op)\b)"
    r"(?=.{0,40}(?:\balleen\b|(?<!\w)'s avonds|(?<!\w)'s nachts|\bvanavond\b|\bvannacht\b|\bin het donker\b|\bnaar huis\b|"
    r"\bnaar je (?:auto|fiets|huis|werk)\b|\bonderweg\b|\b(?:wij|we|ik) (?:zijn|ben|weten|weet|komen|kom|zien|zie)\b)|"
    r"\s*[.!]?\s*$)|"
    # "hier ga je spijt van krijgen", "daar krijg je spijt van"
    rf"\b(?:hier|daar|dit|dat) (?:ga|gaat|gaan|zal|zult|zullen) (?:je|jij|jullie|hij|ze|zij) (?:{_NOT}\w+ )?spijt van "
    rf"krijgen\b|\b(?:hier|daar) (?:krijg|krijgt|krijgen) (?:je|jij|jullie|hij|ze|zij) (?:{_NOT}\w+ )?spijt van\b|"
    # "we weten je te vinden", "we vinden je wel", "ik weet jullie te vinden"
    r"\b(?:we|wij|ik) (?:weten|weet) (?:je|jou|jullie|hem|haar|hen|ze) (?:\w+ )?te vinden\b|"
    r"\b(?:we|wij|ik) (?:vinden|vind) (?:je|jou|jullie|hem|haar|hen) (?:wel|heus|echt|toch|altijd)\b(?: \w+)?\s*[.!]?\s*$|"
    # "anders is zij de volgende", "als dit voorbij is, ben jij de eerste die we komen halen"
    r"\banders (?:is|ben|bent|zijn) (?:zij|hij|jij|je|jullie|ze) de volgende\b|\b(?:zij|hij|jij) (?:is|bent) de volgende\b(?=.{0,20}"
    r"(?:[.!]|$))|\bde (?:eerste|volgende) die (?:we|wij|ik) (?:komen|kom|gaan|ga) halen\b|"
    # "je dochtertje loopt toch alleen naar huis?"
    r"\b(?:je|jouw) (?:\w+ )?(?:dochter\w*|zoon\w*|kind\w*|kids|vrouw|zus\w*|moeder|meisje) (?:loopt|fietst|gaat|komt) "
    r"(?:toch |altijd |elke dag )*alleen (?:naar huis|naar school|thuis)\b.{0,20}\?|"
    # "kom nog een keer en je wordt naar buiten gedragen", "één telefoontje en jij verdwijnt"
    r"\b(?:je|jij|hij|zij|ze) (?:wordt|word) (?:\w+ )?(?:naar buiten|eruit) gedragen\b|"
    r"\ben (?:je|jij|hij|zij) (?:verdwijnt|verdwijn|bent verdwenen|bent weg|is verdwenen)\s*(?:[.!]|$)|"
    r"\b(?:hebben|heb|weten|weet) (?:je|jouw|zijn|haar) (?:huis)?adres\b.{0,40}\b(?:vrienden|maten|jongens|gasten)\b.{0,30}"
    r"\b(?:langskomen|langs komen|op bezoek|een bezoekje)\b|"
    r"\bwat er (?:gebeurde |is gebeurd )?met (?:die|de|dat) (?:vorige|laatste|andere) (?:\w+ )?(?:gast|vent|kerel|man|vrouw|"
    r"journalist|jongen|persoon)\b.{0,30}\b(?:ons|mij) (?:dwarszat|dwarszaten|verraadde|verlinkte|tegenwerkte)\b|"
    # "we houden je in de gaten. elke dag."
    r"\b(?:we|wij|ik) (?:houden|hou|houd) (?:je|jou|jullie|hem|haar) (?:\w+ )?in de gaten\s*(?:[.!]|$)")

_GATE_EN = frozenset((
    "i'll we'll i'm we're will shall gonna going i'd we'd would want wanna can't intend plan promise swear about "
    "coming someone somebody some1 anyone people y'all should need needs ought must gotta oughta better let's lets "
    "if next when once moment soon take taking took pick picking grab get load open hunting hope wish pray safe "
    "wake see make sleep laughing smiling brave tough smug cocky talking find track hunt know born deserve deserves "
    "deserved or watch watching seeing gets getting shoot hunting hunt next ensure making force violence violently "
    "hate yourself yourselves urself otherwise first your ur may ensure drive run ram plough plow steer happened and "
    "address got have").split())
_GATE_NL = frozenset((
    "ik we wij iemand ze jullie men wie moet moeten mag mogen zou zouden wapens geweren hooivorken pak pakken neem "
    "nemen schiet schieten hoop hopen wens wensen bid bidden veilig wakker slaap slaapt slapen lacht lachen lach praat "
    "praten grijnst wees ben let pas kijk spijt weten weet vinden vind krijgt krijg krijgen of houden hou houd "
    "steek steken maak maken sla slaan knal knallen aan volgende zorg zorgen desnoods nodig moet dan en anders "
    "eerste loopt fietst gaat komt fik brand lichterlaaie wordt word moge zorg zorgen rij rijd rijden ram rammen hebben "
    "heb gebeurde gebeurd zweer zweren beloof beloven garandeer garanderen reken").split())
_NEGATION = LazyPattern(r"\b(?:never|not|no one|nobody|niet|nooit|niemand|geen)\b|n't\b")


def threat_frame(text: str, present: set[str]) -> str | None:
    """The threat a folded sentence makes as frame + harm + target ("violence against a person") or as a
    veiled frame about a person's safety or life ("veiled threat at a person"); None otherwise.
    ``present``: the sentence's words (the gate: most sentences run none of the patterns)."""
    english = not present.isdisjoint(_GATE_EN)
    dutch = not present.isdisjoint(_GATE_NL)
    if english and (_DIRECT_EN.search(text) or (_WISH_EN.search(text) and not _NEGATION.search(text))):
        return "violence against a person"
    if dutch and (_DIRECT_NL.search(text) or (_WISH_NL.search(text) and _NEGATION.search(text) is None)):
        return "violence against a person"
    if (english and _VEILED_EN.search(text)) or (dutch and _VEILED_NL.search(text)):
        return "veiled threat at a person"
    return None
