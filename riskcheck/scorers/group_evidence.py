"""Does a sentence name a group of people at all? The gate on the learned identity attack.

The learned head scores "identity attack" from the sentence vector alone, and on ordinary copy
that vector can sit near hateful tweets for no reason a reader can see ("Get 20 percent off all
blankets." scored 0.82). A finding that says "hateful about a group" must have a group to point
at, so the head's identity attack counts only when the sentence, or the sentence it refers back to
with "they", "those", "ze"..., holds a word that names a group of people (the group words of
``toxicity_targets``), an identity or a religion. Deliberately broad: it only has to rule out
sentences with no such word at all; deciding *whether* a group is attacked stays with the head and
the shapes. Word-set intersections only, so it costs microseconds per sentence.
"""

from __future__ import annotations

import re

from riskcheck.scorers import dutch_groups, group_names_en
from riskcheck.scorers.toxicity_targets import GROUP_START, ORIGIN, TARGET_START

# Identity words beyond the target lists' group names: religions and belief as a subject, races and
# origins, sexuality and gender, disability; English and Dutch. Nouns and adjectives, lower case.
IDENTITY_WORDS = frozenset("""
    race races racial racist racists racism ethnic ethnicity ethnicities religion religions religious
    islam islamic quran koran jihad jihadi jihadis sharia hijab hijabs burqa burqas niqab halal kosher
    judaism jewry zionist zionists christianity christian hinduism buddhism sikhism atheists atheist
    chinese japanese korean koreans vietnamese filipino filipinos indian latina latinas latinx latino
    native indigenous aboriginal aboriginals mestizo middle eastern persian persians kurds kurdish
    gay gays lesbian lesbians bisexual queer lgbt lgbtq lgbtqia lgbtqi lgbtq+ trans transgender
    transgenders nonbinary non-binary intersex homo homos homosexual homosexuals faggot faggots dyke dykes
    disabled disability disabilities handicapped wheelchair autistic autism deaf blind retarded retards
    mentally ill
    ras rassen raciaal racistisch racisten racisme etnisch etniciteit religie godsdienst islamitisch
    koran jodendom christendom allah hoofddoek hoofddoeken boerka
    chinees chinese japanner japanners indiër indiërs indiaas inheems
    homoseksueel homoseksuele lesbisch lesbische biseksueel biseksuele transgender transpersoon
    gehandicapt gehandicapte gehandicapten beperking rolstoel autistisch doof doven blind blinden
    zwart zwarte blank blanke wit witte donker donkere gekleurd gekleurde allochtoon allochtone
    nationaliteit afkomst migratieachtergrond
""".split())
_EVIDENCE = GROUP_START | IDENTITY_WORDS | group_names_en.PREFILTER_ADJECTIVES_EN | dutch_groups.PREFILTER_ADJECTIVES_NL
# Origin said as a phrase ("people from the Middle East", "lui uit de derde wereld"): its words ("africa", "turkey")
# are no evidence alone, the phrase is.
_ORIGIN_WORDS = TARGET_START - GROUP_START
_ORIGIN_RE = re.compile(rf"\b{ORIGIN}\b")
_WORD = re.compile(r"[^\W\d_]+(?:['+][^\W\d_]*)?")


def names_a_group(text: str, referred_to: str = "") -> bool:
    """True when ``text`` (folded, de-obfuscated), or ``referred_to`` (the sentences before it that
    its pronouns may point at; empty when it has none), holds a group or identity word."""
    words = set(_WORD.findall(text.lower()))
    if not words.isdisjoint(_EVIDENCE) or any(w.startswith(("homo", "trans", "moslim", "muslim", "jood", "jew"))
                                              for w in words):
        return True
    if not words.isdisjoint(_ORIGIN_WORDS) and _ORIGIN_RE.search(text.lower()) is not None:
        return True
    return bool(referred_to) and names_a_group(referred_to)
