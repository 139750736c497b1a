"""A small real rule set (the real loader and Checker, rules-only) for the browser tests."""

from __future__ import annotations

from pathlib import Path

CONFIG = """packs:
  - voice.yaml
  - promo.yaml
  - events.yaml
crisis:
  hold_categories: [promotion]
"""
VOICE = """pack: voice
description: Our voice.
owner: brand@example.com
defaults:
  category: brand-voice
  severity: review
rules:
  - id: avoid-words
    kind: phrase
    message: "Off-voice word ({match})."
    why: "We sell value, not cheapness."
    link: https://example.com/style#cheap
    suggest:
      cheap: affordable
    examples:
      flag: ["Our cheap plans"]
      pass: ["Our affordable plans"]
"""
PROMO = """pack: promo
description: Promotions, for crisis mode.
owner: comms@example.com
defaults:
  category: promotion
  severity: info
rules:
  - id: sale-words
    kind: phrase
    message: "Promotional wording ({match})."
    terms:
      en: [sale, discount]
    examples:
      flag: ["Big sale today"]
      pass: ["Hello there"]
"""
EVENTS = """pack: events
description: Current events.
owner: newsdesk@example.com
defaults:
  category: current-event
  severity: block
rules:
  - id: storm
    kind: phrase
    message: "Storm Bram is in the news ({match})."
    terms:
      en: [storm bram]
    examples:
      flag: ["Storm Bram deals"]
      pass: ["A calm day"]

  - id: lockdown-2020
    kind: phrase
    message: "Lockdown wording ({match})."
    active: {from: 2020-03-01, until: 2022-12-31}
    terms:
      en: [lockdown]
    examples:
      flag: [{text: "Lockdown deals", at: "2020-04-01T10:00:00Z"}]
      pass: [{text: "Spring deals", at: "2020-04-01T10:00:00Z"}]

  - id: election-2099
    kind: phrase
    message: "Election day wording ({match})."
    active: {from: 2099-11-01, until: 2099-11-10}
    terms:
      en: [election day]
    examples:
      flag: [{text: "Election day deals", at: "2099-11-05T10:00:00Z"}]
      pass: [{text: "Spring deals", at: "2099-11-05T10:00:00Z"}]
"""


def write_rules(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("riskcheck.yaml", CONFIG), ("voice.yaml", VOICE), ("promo.yaml", PROMO),
                       ("events.yaml", EVENTS)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder
