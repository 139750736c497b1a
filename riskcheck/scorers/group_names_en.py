"""English names for protected groups that the core group lists miss: word classes, not cases.

The English twin of ``dutch_groups``. The group-masked head (``group_hostility``) only reads a
sentence whose group ``group_mask`` recognises, and the English list held the groups of the first
functional tests: "Kurds are troublemakers wherever they go", "Mormons are brainwashed cultists",
"Third worlders can't be taught basic hygiene" named no group the layers knew, so none of them read
it. Each list below is a class a reader recognises as a group of people:

- **demonyms and origin**: nationalities and peoples that English hate names (Filipinos, Kurds,
  Ukrainians, Ethiopians, Palestinians, Aboriginals ...) and "third worlders";
- **religion and belief**: Mormons, atheists, Protestants, evangelicals, Jehovah's Witnesses;
- **sexuality and gender**: asexuals, pansexuals, intersex and non-binary people;
- **adjectives** said of a person noun ("Filipino workers", "a Kurdish family", "non-binary people").

Adjectives that double as product or place words ("Lebanese", "Sudanese", "Vietnamese", "Chinese",
"Indian") are adjectives only: they name a group only before a people noun ("Vietnamese people"),
so "Vietnamese restaurants" and "Indian summer" stay plain text. Lower case, folded. Kept out of the
misspelling variants of ``toxicity_targets`` (a variant of a new name could be an everyday word).
"""

from __future__ import annotations

# Plural nouns (and the few singulars that are never adjectives: a Kurd, an Aborigine).
NOUNS = (
    # origin and nationality
    "filipinos ukrainians ethiopians iranians kurds palestinians israelis bangladeshis indonesians koreans "
    "chechens kosovars bosnians serbs ghanaians sudanis yemenis somalians aboriginals aborigines "
    "latinas chicanos kurd aborigine "
    "algerians tunisians egyptians libyans cameroonians brazilians colombians venezuelans russians armenians "
    "lithuanians hungarians jamaicans haitians cubans inuit maori "
    # religion and belief
    "mormons atheists protestants evangelicals pagans "
    # sexuality and gender
    "asexuals pansexuals intersexuals transwomen transmen"
)
# Multi-word names, matched whole by the group recogniser.
MULTI_WORD = (r"third[- ]?worlders?|north africans|native americans|puerto ricans|jehovah'?s witness(?:es)?|jehovah witnesses|the mentally ill|"
              r"(?:orthodox|hasidic|ultra-orthodox) jews")
# Adjectives said of a person noun ("Filipino workers", "a Kurdish family", "non-binary people").
# (Not the singulars the core list already names as a group, "a Somali", "a Romanian family": they stay as they were.)
ADJECTIVES = (
    "filipino vietnamese kurdish ukrainian ethiopian iranian palestinian latino latina hispanic indian native "
    "aboriginal lebanese sudanese bangladeshi indonesian korean ghanaian congolese "
    "algerian tunisian egyptian libyan senegalese cameroonian brazilian colombian venezuelan russian armenian "
    "lithuanian hungarian jamaican haitian cuban thai japanese "
    "non-binary nonbinary intersex asexual pansexual "
    "catholic mormon buddhist christian atheist evangelical"
)
GROUP_NOUNS_EN = tuple(NOUNS.split())
GROUP_ADJECTIVES_EN = tuple(ADJECTIVES.split())
# The telling words of the multi-word names and every part of a hyphenated adjective, for the word-set
# prefilters (which split "non-binary" into "non" and "binary").
# The adjectives are kept apart (``PREFILTER_ADJECTIVES_EN``): "Japanese knives", "Thai food", "Cuban cigars" name no
# group, and other layers read a GROUP_START word as "a group is named".
PREFILTER_ADJECTIVES_EN = frozenset(GROUP_ADJECTIVES_EN + tuple(part for w in GROUP_ADJECTIVES_EN if "-" in w
                                                                 for part in w.split("-")))
PREFILTER_EN = frozenset(GROUP_NOUNS_EN
                         + ("worlders", "worlder", "thirdworlders", "witnesses", "witness", "jehovah", "jehovah's",
                            "mentally", "orthodox", "hasidic", "africans", "americans", "ricans"))
