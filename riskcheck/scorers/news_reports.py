"""A news report of a case: named or counted people arrested, charged, convicted ("Two women were charged
with fraud after a year-long investigation", "De politie heeft twee mannen opgepakt na een inbraak").

Why: a sentence about specific people in a legal case names who they are ("two women", "a man", "three
teenagers") and what they are accused of; the group shapes and heads read "women ... fraud" as a
stereotype about women and blocked local news and a brand's own incident notice. A case is about the
people in it, counted or singled out, and said in the language of the legal process. This reading is
narrow: the people are counted or indefinite (a number, "a", "een", "several"), the verb is the legal
process, and nothing generalises from them to the group ("again", "typical", "all", "always", "those
people", "weer", "typisch", "allemaal"): "Two Moroccans were arrested again. Typical." stays hostile.
"""

from __future__ import annotations

import re

_COUNT = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+|een|één|twee|drie|vier|vijf|zes|"
          r"zeven|acht|negen|tien|enkele|meerdere|the|de|het)")
_PROCESS_EN = (r"(?:arrested|charged|convicted|sentenced|jailed|fined|detained|acquitted|questioned|indicted|"
               r"prosecuted|found guilty|held|taken into custody|cleared)")
_PROCESS_NL = (r"(?:aangehouden|opgepakt|gearresteerd|aangeklaagd|veroordeeld|beboet|vrijgesproken|verhoord|vastgezet|"
               r"vervolgd|schuldig bevonden|in hechtenis genomen|meegenomen|opgepakt)")
_CASE = re.compile(
    # "Two women were charged with fraud", "A man has been arrested", "Drie tieners zijn aangehouden"
    rf"^\W*(?:(?:after|na|following|yesterday|today|gisteren|vandaag|vannacht|last night)\b[^,]{{0,60}},\s*)?"
    rf"{_COUNT}\s+(?:[\w'-]+\s+){{1,3}}?(?:was|were|has been|have been|had been|is|are|zijn|werd|werden|is|zijn gisteren|"
    rf"zijn vandaag)\s+(?:\w+\s+)?(?:{_PROCESS_EN}|{_PROCESS_NL})\b|"
    # "Police arrested two men", "The court sentenced the fraudster", "De politie heeft twee mannen opgepakt"
    r"\b(?:police|officers|detectives|the court|a court|the judge|a judge|prosecutors|politie|de rechter|een rechter|"
    r"de rechtbank|justitie|het om|agenten)\s+(?:have\s+|has\s+|heeft\s+|hebben\s+)?(?:arrested|charged|convicted|"
    rf"sentenced|fined|detained|acquitted|questioned|{_PROCESS_NL})?\s*{_COUNT}\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:{_PROCESS_EN}|{_PROCESS_NL}|after|for|na|voor|wegens)\b")
_GENERALISES = re.compile(
    r"\b(?:all|always|typical|typically|again|every|of course|as usual|those people|these people|they all|their kind|"
    r"that lot|the lot of them|allemaal|altijd|typisch|weer|alweer|natuurlijk|zoals altijd|zoals gewoonlijk|die lui|"
    r"dat soort|dat volk|hun soort|wat een verrassing|what a surprise|surprise surprise)\b")


def reports_a_case(text: str) -> bool:
    """``text`` (folded) reports counted or singled-out people in a legal case, generalising nothing."""
    return _CASE.search(text) is not None and _GENERALISES.search(text) is None
