"""Hate aimed at a group through a reference: "Immigrants think they own this town. I can't stand them."

The checker scores a post sentence by sentence, so the second sentence above has a hostile part
("can't stand them") but no group, and the first a group but nothing hostile. People write hate
this way all the time: a group named once, then pronouns ("they", "them", "ze", "hen"), deictic
phrases ("those people", "die mensen", "dat soort") or a bare epithet ("What a disgusting
creature.", "Wat een smerig tuig."). This layer resolves such references *lexically*, without
new encoder work:

* ``antecedent``: the last protected group named in the text before the sentence (the previous
  sentences of the same post) or earlier in the same sentence ("Jews bought the shop, and they ...").
* ``resolve``: the sentence with its referring expressions replaced by that group, which the group
  shapes of ``toxicity_targets`` then read like any sentence that names the group. The encoder
  and the learned head still read the sentence as written.
* ``epithet_for_group``: a hostile epithet with no verb at all ("Disgusting freaks.", "Such a vile
  thing.", "Stelletje ongedierte.") after a sentence that names a group.
* ``refuted_by``: the *next* sentence refutes the current one ("People say immigrants are lazy.
  That is simply false."): the claim is counter-speech and is discounted like a negation.
* ``condemns_what_was_said``: a sentence that *quotes* someone, in a post whose other sentences
  condemn it ("'Women belong in the kitchen' - a man at the bar, 2026. Unbelievable that people still
  say this."; "Onder onze post stond '...'. Die reactie is verwijderd."): reported abuse.

The finding still covers the sentence that carries the hate (the checker reports the sentence it
scored); the group it refers to comes from the context. A reference is resolved only where the
sentence names no group of its own, and every rewrite must still meet a hostile part of the group
shapes, so "Refugees arrived last night. We welcomed them with soup." reads "we welcomed refugees
with soup" and stays clean.
"""

from __future__ import annotations

import functools
import re

from riskcheck.scorers.obfuscation import deobfuscate, fold
from riskcheck.scorers.toxicity_patterns import CONDEMN
from riskcheck.scorers.toxicity_targets import NEGATIVE, TARGET, TARGET_START, respell

_GROUP_RE = re.compile(rf"\b{TARGET}\b")
# One member of a group as an antecedent: "a gay waiter", "a muslim woman", "een joodse buurman". Not the
# adjectives that brand copy uses for things ("black friday", "polish sausage", "turkish coffee").
_MEMBER_ADJ = (r"gay|lesbian|bisexual|trans|transgender|queer|jewish|muslim|arab|african|mexican|moroccan|somali|"
               r"female|vrouwelijke|"
               r"disabled|handicapped|autistic|immigrant|homosexual|homo|joodse|islamitische|gehandicapte|"
               r"autistische|lesbische|biseksuele|homoseksuele|marokkaanse|turkse|somalische|afghaanse|syrische")
_MEMBER_WORDS = frozenset(_MEMBER_ADJ.split("|"))
_ANTECEDENT_RE = re.compile(rf"\b(?:asylum seekers?|(?:{_MEMBER_ADJ}) [^\W\d_]+|{TARGET})\b")
_WORDS = re.compile(r"\w(?:[\w'-]*\w)?")

_PLURAL_VERBS_NL = (r"horen|moeten|zijn|hebben|kunnen|mogen|willen|doen|gaan|komen|stinken|deugen|snappen|begrijpen|"
                    r"verpesten|verzieken|zitten|blijven|worden|profiteren|pikken|jatten|stelen|nemen|leven|denken|"
                    r"weten|maken|krijgen|halen|brengen|passen|integreren")
# Pronouns and deictic phrases that can stand for a group (or one member) named before. Possessives
# ("their", "hun") are left out: "their customers are animals" is about someone else.
_REFERRING = (r"(?:those|these|such|die|deze|zulke) (?:creatures|specimens|types|freaks|wezens|schepsels|figuren|"
              r"exemplaren)|those people|these people|such people|people like (?:that|them|those)|that lot|this lot|their kind|"
              r"that kind|those types|these types|the lot of them|all of them|every one of them|each of them|"
              r"die mensen|deze mensen|zulke mensen|zulk volk|dat soort(?: mensen| volk| lui| types)?|dat volk|die lui|"
              r"die types|zo'n mensen|hun soort|"
              # a bare Dutch demonstrative as the subject of a plural verb: "Walgelijk, die horen hier niet."
              rf"(?:die|deze)(?= (?:{_PLURAL_VERBS_NL})\b)|"
              r"they|them|ze|zij|hen")
# The plural ones alone: "he", "she" may stand for one member ("I met a gay guy. He was rude."), and
# what one person did is no claim about the group.
_PLURAL_REFERRING_RE = re.compile(rf"\b(?:{_REFERRING})\b")
_REFERRING_RE = re.compile(rf"\b(?:{_REFERRING}|she|her|he|him|hem|haar)\b")
REFERRING_WORDS = frozenset({"they", "them", "those", "these", "such", "lot", "kind", "types", "she", "her", "he",
                             "him", "ze", "zij", "hen", "hem", "haar", "die", "deze", "zulke", "zulk", "soort",
                             "volk", "lui", "zo'n", "like", "creatures", "specimens", "freaks", "wezens",
                             "schepsels", "figuren", "exemplaren"})

# Nouns that stand for a person in an epithet ("what a disgusting creature", "wat een smerig wezen");
# "people", "things" and "lot" only after an exclamative ("such a vile thing"), never at the start of a
# sentence ("Sick people were treated first.").
_PERSON = (r"creatures?|specimens?|freaks?|individuals?|wezens?|schepsels?|gedrochten|gedrocht|exemplaren|exemplaar|"
           r"figuren|figuur|volk|tuig")
_PERSON_EXCLAIM = (rf"{_PERSON}|thing(?! to\b| that\b| about\b| i\b| we\b| you\b| happened\b)|people|folks?|lot|bunch|"
                   r"types?|mensen|lui|types|pack|breed|ding")
# Hostile nouns that are epithets by themselves ("freaks", "vermin", "tuig", "ongedierte").
_EPITHET_NOUNS = (r"freaks|vermin|scum|trash|garbage|filth|savages|barbarians|parasites|leeches|cockroaches|maggots|"
                  r"rats|degenerates|perverts|animals|beasts|subhumans?|abominations?|gedrochten|gedrocht|tuig|"
                  r"uitschot|ongedierte|parasieten|kakkerlakken|ratten|barbaren|wilden|beesten|viezeriken|"
                  r"perverselingen|untermenschen|schorem|gespuis|"
                  # spongers and thieves: the stereotype as an epithet ("Stelletje profiteurs.", "Zakkenrollers, allemaal.")
                  r"profiteurs|uitvreters|klaplopers|zakkenrollers|spongers|freeloaders|leeches|moochers|bloodsuckers|"
                  r"bloedzuigers|thieves|dieven|criminals|criminelen|pickpockets")
_WHOLE_GROUP = (r"the lot of them|all of them|every (?:last |single )?one of them|each (?:and every )?one of them|each of them|"
                r"to a man|allemaal|stuk voor stuk|allemaal hetzelfde|de hele bende|het hele stel|zonder uitzondering|"
                r"without exception|every single one")
_EXCLAIM = (r"what an?|what|such an?|such|wat een|wat voor|zo'n|zulk|zulke|stelletje|een stel|a bunch of|bunch of|"
            r"a pack of|pack of")
# "Disgusting freaks." / "Useless creature just stared." / "Such a vile thing." / "Wat een smerig tuig." /
# "Stelletje ongedierte zijn het." / "Freaks!"
_EPITHET = re.compile(
    rf"(?:^|[,:;]\s*)(?:(?:{NEGATIVE})\s+){{1,2}}(?:{_EPITHET_NOUNS}|{_PERSON})\b"
    rf"|\b(?:{_EXCLAIM})\s+(?:(?:{NEGATIVE})\s+){{0,2}}(?:{_EPITHET_NOUNS})\b"
    rf"|\b(?:{_EXCLAIM})\s+(?:{NEGATIVE})\s+(?:\S+\s+)?(?:{_PERSON_EXCLAIM})\b"
    rf"|^(?:{_EPITHET_NOUNS})[.!?\s]*$"
    # the epithet or a bare hostile adjective with a quantifier that takes in the whole group ("Filthy, the lot of
    # them.", "Zakkenrollers, allemaal.", "Tuig, stuk voor stuk.")
    rf"|^(?:(?:{NEGATIVE})\s+)?(?:{_EPITHET_NOUNS}|{NEGATIVE})\s*[,!-]*\s*(?:{_WHOLE_GROUP})[.!?\s]*$"
    # an epithet in apposition at the end ("Can't they keep it behind closed doors, the perverts?")
    rf"|,\s*(?:the|those|these|die|deze|dat|dat soort|such)?\s*(?:{_EPITHET_NOUNS})[.!?\s]*$")

# The next sentence refutes this one: "That is simply false." / "Dat klopt gewoon niet." / "They are not."
_REFUTE = re.compile(
    r"^(?:but |maar |and |en )?(?:that|this|which|it|dat|dit|het|none of (?:that|it)|niets daarvan)"
    r"(?:'s| is| was| are| were)?\s+(?:(?:simply|just|absolutely|completely|totally|plainly|obviously|of course|"
    r"gewoon|echt|helemaal|absoluut|natuurlijk|pertinent|compleet|volstrekt)\s+)?"
    r"(?:not true|untrue|false|a lie|a myth|nonsense|wrong|bullshit|rubbish|a stereotype|a prejudice|racist|sexist|"
    r"bigoted|hateful|niet waar|onwaar|onzin|een leugen|een fabeltje|een mythe|fout|een vooroordeel|racistisch|"
    r"seksistisch|discriminerend|klopt (?:gewoon |echt |helemaal |absoluut )?niet|is (?:gewoon |echt )?niet waar)\b"
    r"|^(?:they|we|ze|zij)\s+(?:are|aren'?t|zijn)\s+(?:not|niet|het niet)\b[.! ]*$"
    # the evidence answers the claim: "The data says otherwise." / "De cijfers laten iets anders zien."
    r"|^(?:but |maar |and |en )?(?:the |de |het )?(?:data|facts|figures|numbers|statistics|stats|evidence|research|"
    r"studies|science|cijfers|feiten|statistieken|onderzoek|wetenschap)\s+(?:\S+\s+)?(?:says?|shows?|tells?|prove|proves|"
    r"suggests?|zeggen|zegt|tonen|toont|laten|laat|bewijzen|bewijst|wijzen|wijst)\s+(?:\S+\s+)?(?:otherwise|the opposite|"
    r"something else|a different story|iets anders|het tegendeel|het omgekeerde|anders)\b"
    r"|^(?:not true|untrue|false|nonsense|wrong|niet waar|onzin|klopt niet|fout)\b")


# A group named by a predicate adjective ("Die nieuwe buren zijn joods.", "My neighbours are Muslim."): the
# pronouns after it stand for the group, so it is read as the plural noun.
_PREDICATE_GROUP = {
    "jewish": "jews", "muslim": "muslims", "gay": "gay people", "lesbian": "lesbians", "trans": "trans people",
    "transgender": "trans people", "black": "black people", "arab": "arabs", "polish": "poles", "turkish": "turks",
    "moroccan": "moroccans", "mexican": "mexicans", "disabled": "disabled people", "autistic": "autistic people",
    "joods": "joden", "islamitisch": "moslims", "moslim": "moslims", "homo": "homo's", "lesbisch": "lesbiennes",
    "zwart": "zwarte mensen", "marokkaans": "marokkanen", "turks": "turken",
    "pools": "polen", "gehandicapt": "gehandicapten", "autistisch": "autisten", "surinaams": "surinamers",
    "antilliaans": "antillianen", "roemeens": "roemenen", "syrisch": "syriërs",
}
_PREDICATE_RE = re.compile(r"\b(?:are|were|zijn|waren) (?:(?:all|both|allebei|allemaal|ook|alle twee) )?"
                           rf"({'|'.join(_PREDICATE_GROUP)})"
                           r"(?=\s*(?:[.,!?;:]|$)|\s+(?:and|en|too|ook|now|nu)\b)")


@functools.lru_cache(maxsize=4096)
def antecedent(text: str) -> str | None:
    """The last protected group named in a folded, de-obfuscated text, as written there (a predicate
    adjective, "zijn joods", as its plural noun)."""
    text = respell(text)
    words = set(_WORDS.findall(text))
    if words.isdisjoint(TARGET_START) and words.isdisjoint(_MEMBER_WORDS) and "homo" not in text and "trans" not in text:
        if words.isdisjoint(_PREDICATE_GROUP):
            return None
    last = None
    for last in _ANTECEDENT_RE.finditer(text):
        pass
    predicate = None
    for predicate in _PREDICATE_RE.finditer(text):
        pass
    if predicate is not None and (last is None or predicate.start() > last.start()):
        return _PREDICATE_GROUP[predicate.group(1)]
    return last.group(0) if last else None


def resolve(text: str, previous: str) -> tuple[str, str | None]:
    """``text`` (folded, de-obfuscated) with its referring expressions replaced by the group they
    stand for, and that group; ``(text, None)`` when nothing was resolved.

    A group named in the sentence itself is the antecedent of the references after it; otherwise the
    last group of ``previous`` (the sentences before it in the same post)."""
    if set(_WORDS.findall(text)).isdisjoint(REFERRING_WORDS):
        return text, None
    text = respell(text)
    own = _GROUP_RE.search(text)
    if own is not None:
        tail = text[own.end():]
        resolved = _REFERRING_RE.sub(own.group(0), tail)
        return (text[:own.end()] + resolved, own.group(0)) if resolved != tail else (text, None)
    group = antecedent(previous) if previous else None
    if group is None:
        return text, None
    resolved = _REFERRING_RE.sub(group, text)
    return (resolved, group) if resolved != text else (text, None)


def about_the_group(text: str, previous: str) -> str | None:
    """``text`` (folded, naming no group of its own) with its *plural* references replaced by the
    group named in ``previous`` ("die moeten terug." after "Er wonen nu Polen in de straat." reads
    "polen moeten terug."), for the learned group head; None when nothing refers back to a group."""
    if not previous or set(_WORDS.findall(text)).isdisjoint(REFERRING_WORDS):
        return None
    group = antecedent(previous)
    # as written, not respelled: a misspelling variant can be an everyday word ("melden" -> "meiden")
    if group is None or group not in previous:
        return None
    text = respell(text)
    resolved = _PLURAL_REFERRING_RE.sub(group, text)
    return resolved if resolved != text else None


def epithet_for_group(text: str, previous: str) -> str | None:
    """The group that a bare hostile epithet in ``text`` refers to, named in ``previous``; else None."""
    if not previous or set(_WORDS.findall(text)).isdisjoint(_epithet_triggers()):
        return None
    if _GROUP_RE.search(respell(text)) is not None or _EPITHET.search(text.strip()) is None:
        return None
    return antecedent(previous)


def may_refer(text: str) -> bool:
    """Cheap prefilter: ``text`` holds a word that a reference or an epithet needs."""
    return not _context_triggers().isdisjoint(_WORDS.findall(text))


def referent(text: str, previous: str) -> str | None:
    """The group that a sentence naming none of its own refers back to ("I can't stand them." after
    "Immigrants moved in."), for the reason a reviewer reads; None when it names a group itself or
    refers to none. ``text`` and ``previous`` as the post has them (folded and de-obfuscated here)."""
    text, previous = fold(deobfuscate(text)), fold(deobfuscate(previous))
    if not previous or not may_refer(text) or _GROUP_RE.search(respell(text)) is not None:
        return None
    return resolve(text, previous)[1] or epithet_for_group(text, previous)


def refuted_by(following: str) -> bool:
    """The sentence after a claim says the claim is false ("That is simply false.", "Dat klopt niet.")."""
    return bool(following) and _REFUTE.search(following.strip()) is not None


# What a writer says about words they quoted: the condemnations of ``toxicity_patterns`` plus the
# reactions of a moderator or a bystander ("we removed it", "that's not who we are", "onzin").
_CONDEMNS = re.compile(
    rf"\b(?:{CONDEMN}|unbelievable|shocking|appalled|sad|saddens|sickening|outrageous|disgraceful|removed|deleted|"
    r"reported|not who we are|not what we stand for|we stand (?:with|behind)|still say|nonsense|rubbish|"
    r"ongelofelijk|onvoorstelbaar|schokkend|schandalig|triest|treurig|verdrietig|bizar|onzin|verwijderd|gemeld|"
    r"staan (?:achter|naast)|niet wie we zijn|nog steeds (?:zeggen|roepen|denken))\b")


def condemns_what_was_said(context: str) -> bool:
    """Another sentence of the post condemns or removes what a quoting sentence reports."""
    return bool(context) and _CONDEMNS.search(context) is not None


@functools.lru_cache(maxsize=1)
def _epithet_triggers() -> frozenset[str]:
    """Every epithet ends in one of these nouns ("freaks", "creature", "tuig", "thing")."""
    nouns = re.sub(r"\(\?![^)]*\)|\?|\\b", "", f"{_EPITHET_NOUNS}|{_PERSON}|{_PERSON_EXCLAIM}")
    return frozenset(w for w in nouns.replace("|", " ").split() if w.isalpha()) | frozenset(
        ("lot", "them", "allemaal", "stuk", "bende", "stel", "uitzondering", "exception", "single", "man") + (
        "creature", "specimen", "freak", "individual", "type", "folk", "wezen", "schepsel", "subhuman",
         "abomination"))


@functools.lru_cache(maxsize=1)
def _context_triggers() -> frozenset[str]:
    return REFERRING_WORDS | _epithet_triggers()


# A bare reaction of disgust to a group's presence: "Ik zie steeds meer hoofddoekjes in de tram. Walgelijk.",
# "More and more Muslims in my neighbourhood. It's disgusting." (13r). The sentence before names a group (or a
# garment or house of worship that stands for one) with a marker of "more of them" and no harm done to them:
# "Alweer een moskee beklad. Walgelijk." condemns the vandals, "Steeds meer vrouwen worden lastiggevallen.
# Walgelijk." the harassers. Disgust only, not sympathy ("Triest.", "Schokkend." after "more and more ... leave").
# The review band: a reader sees both sentences.
_PRESENCE = re.compile(r"\b(?:more and more|ever more|so many|another|yet another|again|everywhere|all over|full of|"
                       r"nothing but|only|steeds meer|alsmaar meer|nog meer|zoveel|weer een|alweer|weer|overal|vol met|"
                       r"vol|alleen maar|niets dan|niks dan)\b")
_DISGUST = re.compile(
    r"^(?:(?:it'?s|it is|that'?s|that is|this is|so|just|simply|absolutely|truly|really|fucking|dat is|het is|wat|echt|"
    r"gewoon|zo|ronduit|werkelijk|te)\s+)*(?:disgusting|gross|vile|sickening|revolting|repulsive|nauseating|filthy|"
    r"makes me sick|i'?m sick of it|sick of it|i hate it|i can'?t stand it|can'?t stand it|"
    r"walgelijk|smerig|goor|ranzig|misselijkmakend|weerzinwekkend|kotsen|kots|bah|getver|gadver\w*|"
    r"ik word er (?:ziek|misselijk) van|ik ben het (?:spuug)?zat|ik ben het beu|ik walg(?: ervan)?)[.!?\s]*$")
_HARMED = re.compile(
    r"\b(?:attack\w*|vandali[sz]\w*|graffiti|beat(?:en)?|assault\w*|harass\w*|discriminat\w*|insult\w*|abuse\w*|"
    r"threat\w*|killed|murdered|died|dead|victims?|fired|evicted|bullied|excluded|refused|denied|targeted|spat|"
    r"aangevallen|beklad|mishandeld|gediscrimineerd|uitgescholden|bedreigd|vermoord|gedood|slachtoffers?|ontslagen|"
    r"geweigerd|gepest|lastiggevallen|bespuugd|uitgesloten|racis\w*|hate|haat|homofob\w*|antisemit\w*|"
    r"sleep on the street|slapen op straat|dakloos|homeless|poverty|armoede)\b")
_PROXY = re.compile(r"\b(?:headscarves|hijabs?|burqas?|burkas?|niqabs?|kippahs?|yarmulkes?|mosques?|synagogues?|"
                    r"hoofddoekjes?|hoofddoeken|boerka'?s|boerka|nikabs?|keppeltjes?|keppels?|moskee(?:en|ën|s)?|"
                    r"synagoges?|pride flags?|regenboogvlaggen|regenboogvlag)\b")


def reacts_to_presence(text: str, previous: str) -> bool:
    """``text`` (folded) is a bare reaction of disgust to the presence of a group named in ``previous`` (the post's
    prepared text before it) with a marker of "more of them" (see above)."""
    if not previous or _DISGUST.search(text.strip()) is None:
        return False
    last = re.split(r"(?<=[.!?])\s+", previous.strip())[-1]
    if _PRESENCE.search(last) is None or _HARMED.search(last) is not None:
        return False
    return antecedent(last) is not None or _PROXY.search(last) is not None
