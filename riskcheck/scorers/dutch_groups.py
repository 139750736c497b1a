"""Dutch names for protected groups that the core group lists miss: a principled word class, not cases.

Why: the group-masked head (``group_hostility``) only reads a sentence whose group ``group_mask``
recognises, and the Dutch list held the groups of the first functional tests only. Dutch names a
group in more ways than English does, and each way is a CLASS the recogniser must know as a whole:

- **demonyms and origin words**: every nationality or region whose people are a target in Dutch
  hate (Oekraïners, Oost-Europeanen, Indiërs, Hindoestanen, Ghanezen ...), with their adjective
  before a person noun ("een Surinaamse vrouw", "Poolse mannen");
- **disability, sexuality and gender** names beyond the first list (doven, slechthorenden,
  LHBTI'ers, non-binaire personen, gekleurde mensen);
- **slang demonyms** that are names, not slurs ("mocro's"; slurs stay in the lexicon, where they
  count as slurs whoever reads them);
- **diminutives**: Dutch belittles a group with the diminutive ("homootjes", "moslimpjes",
  "Turkjes", "Marokkaantjes"), formed by rule from the singular (-tje, -je, -pje, -etje, with the
  vowel doubled after a final o/a/u); generated here from the singulars, so every group of the list
  gets its diminutive, not only the ones someone happened to write.

Everything is folded (lower case, no accents), as the scorers read text. ``toxicity_targets`` adds
these to its group lists, so the mask, the group-evidence gate and the target shapes see one class.
"""

from __future__ import annotations

# Plural (and a few singular) nouns for groups, beyond toxicity_targets' first Dutch list.
NOUNS = (
    # origin and nationality (people that Dutch hate names; Western neighbours left out: "Duitsers"
    # and "Belgen" appear in ordinary copy far more than in hate)
    "oekrainers oekrainer oost-europeanen oost-europeaan indiers indier hindoestanen hindoestaan molukkers molukker "
    "kaapverdianen ghanezen nigerianen nigeriaan congolezen koerden iraniers iranier libanezen pakistanen pakistaan "
    "indonesiers vietnamezen japanners koreanen berbers amazigh latino's latinos sinti woonwagenbewoners "
    "arbeidsmigranten vreemdelingen "
    # more peoples and origins; "derdewereldlanders" (people of the "third world") and the singular "Aziaat"
    "derdewereldlanders derdewereldlander aziaat filipino's filipinos ethiopiers ethiopier palestijnen israeliers "
    "tsjetsjenen bosniers kosovaren soedanezen jemenieten bengalezen latina's latinas aboriginals nigeriaan "
    "pakistaan koerd "
    "algerijnen tunesiers egyptenaren libiers kameroeners senegalezen brazilianen colombianen venezolanen russen "
    "armeniers litouwers hongaren jamaicanen haitianen cubanen noord-afrikanen javanen inuit "
    # slang demonyms (names, not slurs)
    "mocro's mocros mocro "
    # religion and belief
    "protestanten sikhs boeddhisten mormonen atheisten evangelischen "
    # disability
    "doven slechthorenden blinden slechtzienden rolstoelers "
    # sexuality and gender
    "lhbt'ers lhbti'ers lhbtq'ers lhbtiq'ers lhbtqia'ers homoseksuelen "
    "panseksuelen aseksuelen interseksuelen travestieten transseksuelen transgenders transmensen non-binairen "
    "nonbinairen"
)
# Adjectives said of a person noun ("een Surinaamse vrouw", "Poolse mannen", "non-binaire personen").
ADJECTIVES = (
    "marokkaanse turkse surinaamse antilliaanse poolse roemeense bulgaarse syrische afghaanse somalische eritrese "
    "irakese iraanse arabische afrikaanse aziatische oekraiense koerdische hindoestaanse molukse kaapverdiaanse "
    "ghanese nigeriaanse indiase pakistaanse albanese chinese oost-europese "
    "gekleurde bruine non-binaire nonbinaire interseksuele transseksuele slechthorende slechtziende "
    "zwarte joodse islamitische lhbt lhbti lhbtq lhbtiq"
)
# More adjectives of origin (session 7). Also product and cuisine words ("Thaise curry", "Russische salade"): they are
# left out of the word-set prefilter that other layers read as "a group is named" (``PREFILTER_ADJECTIVES_NL``).
ADJECTIVES_MORE = (
    "filipijnse vietnamese ethiopische palestijnse koerdische tsjetsjeense aseksuele panseksuele "
    "algerijnse tunesische egyptische libische senegalese kameroense braziliaanse colombiaanse venezolaanse "
    "russische armeense litouwse hongaarse jamaicaanse haitiaanse cubaanse thaise noord-afrikaanse"
)
# The same adjectives uninflected, as Dutch writes them before a neuter person noun ("een Somalisch gezin",
# "een Marokkaans meisje", "een lesbisch stel"): a group only with such a noun (``NEUTER_PERSON``).
ADJECTIVES_NEUTER = (
    "marokkaans turks surinaams antilliaans pools roemeens bulgaars syrisch afghaans somalisch eritrees irakees "
    "iraans arabisch afrikaans aziatisch oekraiens koerdisch hindoestaans moluks kaapverdiaans ghanees nigeriaans "
    "indiaas pakistaans albanees joods islamitisch zwart gekleurd lesbisch homoseksueel biseksueel gehandicapt "
    "autistisch doof blind filipijns vietnamees ethiopisch palestijns"
)
NEUTER_PERSON = r"(?:gezin|kind|kindje|meisje|jongetje|stel|stelletje|echtpaar|koppel)"
# Singulars that take a diminutive (their plurals are in toxicity_targets' list or in NOUNS).
_SINGULARS = (
    "homo lesbo moslim jood turk marokkaan surinamer antilliaan zigeuner allochtoon buitenlander vluchteling "
    "asielzoeker migrant immigrant vrouw zwart chinees roemeen afrikaan arabier mocro somalier syrier afghaan "
    "indier oekrainer pool hindoestaan nieuwkomer gelukszoeker nigeriaan aziaat pakistaan koerd ethiopier "
    "eritreeer ghanees"
)
_LONG_OR_SCHWA = ("aa", "ee", "oo", "uu", "ie", "ij", "ei", "ui", "ou", "au", "eu", "oe", "e")


def diminutive(singular: str) -> str:
    """The Dutch diminutive of a folded singular noun, by the regular rules: a final o/a/u is
    doubled before -tje (homo -> homootje); -m takes -pje (moslim -> moslimpje); -ng takes -etje
    (vluchteling -> vluchtelingetje); l/n/r/w after a long vowel, diphthong or schwa take -tje
    (marokkaan -> marokkaantje, zigeuner -> zigeunertje, vrouw -> vrouwtje), after a short vowel the
    consonant doubles before -etje (pool is long: pooltje; man -> mannetje); anything else takes -je
    (jood -> joodje, turk -> turkje)."""
    if singular[-1] in "aou":
        return singular + singular[-1] + "tje"
    if singular[-1] in "eiy":
        return singular + "tje"
    if singular.endswith("ng"):
        return singular + "etje"
    if singular[-1] == "m":
        return singular + "pje"
    if singular[-1] in "lnrw":
        stem = singular[:-1]
        if singular[-1] == "w" or stem.endswith(_LONG_OR_SCHWA):
            return singular + "tje"
        return singular + singular[-1] + "etje"
    return singular + "je"


DIMINUTIVES = tuple(sorted({form for s in _SINGULARS.split() for form in (diminutive(s), diminutive(s) + "s")}))
GROUP_NOUNS_NL = tuple(NOUNS.split()) + DIMINUTIVES
GROUP_ADJECTIVES_NL = tuple(ADJECTIVES.split()) + tuple(ADJECTIVES_MORE.split())
GROUP_ADJECTIVES_NEUTER_NL = tuple(ADJECTIVES_NEUTER.split())
# Adjectives that name a group only before a person noun and double as product words: read by the mask's and the
# target shapes' prefilters, not by GROUP_START (which others read as "a group is named": an emoji beside it, ...).
PREFILTER_ADJECTIVES_NL = frozenset(ADJECTIVES_MORE.split() + ADJECTIVES_NEUTER.split()
                                    + [part for w in ADJECTIVES_MORE.split() if "-" in w for part in w.split("-")])
# The word-set prefilters split words differently ("oost-europeanen" is one word to one tokenizer and
# "oost" + "europeanen" to another): every part of a hyphenated name is a telling word too.
# The telling word of the multi-word groups that ``group_mask`` masks whole ("mensen van kleur", "mensen met autisme").
MULTI_WORD_TELLING = ("kleur", "autisme", "downsyndroom", "syndroom")
# Multi-word names matched whole: "Jehova's getuigen", "mensen uit de derde wereld" (the origin phrases are
# ``toxicity_targets``' own).
MULTI_WORD_NL = r"jehova'?s getuigen"
PREFILTER_NL = frozenset(GROUP_NOUNS_NL + tuple(ADJECTIVES.split()) + MULTI_WORD_TELLING
                         + ("getuigen",)
                         + tuple(part for w in GROUP_NOUNS_NL + GROUP_ADJECTIVES_NL if "-" in w
                                 for part in w.split("-")[1:]))
