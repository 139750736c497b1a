"""Replace the protected group a sentence names with a neutral placeholder ("they", "ze").

Why: a learned model that reads "Muslims are a burden on the rest of us" sees two things at once,
WHO the sentence is about and WHAT it says of them. Trained on tweets, it learns that the group
words themselves are toxic (so "our new manager is a Muslim woman" scores high) and it only
knows hostility towards the groups its data talked about. Masking the group keeps only what is
said ("they are a burden on the rest of us"), so hostility learned about anyone
transfers to every group, and a benign mention is scored on its benign content. The group
recogniser is ``toxicity_targets.GROUP`` (the same one the target shapes use).
"""

from __future__ import annotations

import re

from riskcheck.scorers.toxicity_targets import (GROUP, GROUP_ADJ, GROUP_WORDS_NL_ONLY, ORIGIN, PEOPLE_BROAD, TARGET_START,
                                               has_group_compound)

PLACEHOLDER_EN = "they"
PLACEHOLDER_NL = "ze"
# A determiner or "all" before the group goes with it ("all the Jews", "een moslimvrouw"). Quantifiers of
# amount stay ("many", "veel", "te veel"): "er zijn veel te veel ze" says more than "er zijn veel te ze".
_DETERMINER = (r"(?:(?:all(?: of)? the|all|the|those|these|a|an|every|our|your|their|"
               r"al die|alle|die|de|het|deze|een|elke|iedere|onze|jullie|hun)\s+)?")
# Multi-word groups first ("asylum seekers", not "asylum" + "seekers"); a person noun after the group
# goes with it ("the disabled kid", "a Muslim family").
_MULTI_WORD = (r"asylum seekers|illegal (?:immigrants|aliens)|people of colou?r|people with (?:disabilities|a disability)|"
               r"mensen met een (?:(?:verstandelijke|lichamelijke|fysieke) )?(?:beperking|handicap)|"
               r"mensen met (?:een migratieachtergrond|autisme|downsyndroom|het syndroom van down)|mensen van kleur")
_PERSON_AFTER = (r"(?: (?:kids?|child|children|boys?|girls?|persons?|family|families|couples?|neighbours?|"
                 r"kind|kinderen|jongens?|meisjes?|persoon|gezin|gezinnen|stel|stellen|buren))?")
# A member named by a role or relation ("Polish workers", "gay couples", "een Nigeriaanse vriend", "Poolse collega's")
# and origin said as a phrase ("those people from the Middle East", "lui uit de derde wereld"): the target shapes
# and the references read these as the group (``toxicity_targets.TARGET``), so the head reads them masked too.
_ROLE = rf"(?:{GROUP_ADJ}) {PEOPLE_BROAD}"
_MASK = re.compile(rf"\b{_DETERMINER}(?:{_MULTI_WORD}|{ORIGIN}|(?:(?:{GROUP_ADJ}) )?{GROUP}{_PERSON_AFTER}|{_ROLE})\b",
                   re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Frequent Dutch function words that English does not share: enough to pick the placeholder.
_DUTCH = frozenset("de het een en van zijn niet ze die dat wat hun ook maar moeten worden er dan naar bij "
                   "voor met als uit zij wij ik je jij hebben heeft wordt geen nooit alle deze onze".split())
# A fragment ("aaien ze") says nothing the head could judge: it needs a few words besides the group.
MIN_WORDS = 3
# Dutch "die" is a determiner ("die moslims") and a relative pronoun ("mensen die moslims haten"): after a
# comma or a noun for people it opens a relative clause, and swallowing it with the group ("mensen ze haten")
# would turn the clause into a statement about "them".
_RELATIVE_AFTER = re.compile(r"(?:,|\b(?:iedereen|degenen|degene|mensen|personen|lui|types|figuren|gasten|mannen|vrouwen|"
                             r"jongens|meiden|ouders|kinderen|leraren|politici|partijen|burgers|kiezers|accounts|"
                             r"collega's|buren|klanten|racisten|haters|zij|wie|iemand|niemand))\s*$")
_CLAUSE_END = re.compile(r"\s*(?:[.!?,;:]|$)")


def mask_groups(text: str) -> str | None:
    """The sentence (folded) with every named protected group replaced by a placeholder, or None
    when it names none or is a fragment (the common case: a word-set check skips the regex on
    ~97 % of brand-post sentences)."""
    present = set(_WORD.findall(text))   # folded already
    if present.isdisjoint(TARGET_START) and not has_group_compound(text):
        return None
    dutch = len(present & _DUTCH) >= 2 or not present.isdisjoint(GROUP_WORDS_NL_ONLY) or has_group_compound(text)
    placeholder = PLACEHOLDER_NL if dutch else PLACEHOLDER_EN

    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        # Dutch "men" is the pronoun "one" ("men denkt"), not a group
        if dutch and found.casefold() == "men":
            return found
        if (dutch and found[:4].casefold() == "die " and _RELATIVE_AFTER.search(text, 0, match.start())
                and not _CLAUSE_END.match(text, match.end())):   # ", die Afrikanen." is the group put last
            return "die " + placeholder
        return placeholder

    masked = _MASK.sub(replace, text)
    if masked == text:
        return None
    # "a Muslim woman" is two group words but one person, "Muslim and Jewish families" ("moslim- en joodse
    # gezinnen") two groups said of together: one placeholder
    masked = re.sub(rf"\b{placeholder}-?(?:\s+(?:(?:and|or|en|of|&)\s+)?{placeholder})+\b", placeholder, masked)
    return masked if len(_WORD.findall(masked)) >= MIN_WORDS else None
