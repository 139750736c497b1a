"""Expand the compositional training grammar (``toxicity/group_grammar.yaml``).

A template is a sentence with ``{a|b|c}`` alternations (an empty alternative makes a part
optional) and a ``<g>`` slot for a group. Why a grammar and not more single sentences: a head
learns a *shape* ("<g> should not be allowed to <do something ordinary>") from many fillers of
it, and one sentence per shape teaches the fillers instead. The expansion is seeded, so a
retrain gives the same rows; ``every_sentence`` lists all it could ever produce, so a test can
prove that no functional-suite case is among them.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

_ALTERNATION = re.compile(r"\{([^{}]*)\}")
GROUP_SLOT = "<g>"


@dataclass(frozen=True, slots=True)
class GrammarSentence:
    text: str
    language: str
    hostile: bool
    family: str


def _parts(template: str) -> list[list[str]]:
    """Literal text and alternation choices, in order: "a {b|c}" -> [["a "], ["b", "c"]]."""
    parts: list[list[str]] = []
    position = 0
    for match in _ALTERNATION.finditer(template):
        parts.append([template[position:match.start()]])
        parts.append(match.group(1).split("|"))
        position = match.end()
    parts.append([template[position:]])
    return parts


def _tidy(text: str) -> str:
    """Join what the alternations left: one space between words, none before punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r" ([.,!?:])", r"\1", text)


def expand(template: str, groups: Sequence[str], limit: int, rng: random.Random) -> list[str]:
    """At most ``limit`` distinct sentences of ``template``, each with a group drawn from ``groups``."""
    combos = list(itertools.product(*_parts(template)))
    rng.shuffle(combos)
    out: list[str] = []
    seen: set[str] = set()
    for combo in combos:
        sentence = _tidy("".join(combo))
        if sentence in seen:
            continue
        seen.add(sentence)
        group = rng.choice(groups)
        filled = sentence.replace(GROUP_SLOT, group)
        out.append(filled[:1].upper() + filled[1:])
        if len(out) >= limit:
            break
    return out


def sentences(path: Path, per_template: int = 24, seed: int = 13) -> Iterator[GrammarSentence]:
    """Every training sentence of the grammar file at ``path``."""
    grammar: Mapping[str, Mapping[str, object]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    for language, part in grammar.items():
        groups = list(part["groups"])  # type: ignore[call-overload]
        for label in ("hostile", "benign"):
            families: Mapping[str, Sequence[str]] = part[label]  # type: ignore[assignment]
            for family, templates in families.items():
                for template in templates:
                    for text in expand(template, groups, per_template, rng):
                        yield GrammarSentence(text, language, label == "hostile", f"{language}:{label}:{family}")


def every_sentence(path: Path) -> Iterator[str]:
    """Every sentence the grammar at ``path`` can produce, with every group of its language (a
    few tens of thousands: small enough to compare against the functional suite in full)."""
    for template, groups in templates(path):
        for combo in itertools.product(*_parts(template)):
            sentence = _tidy("".join(combo))
            for group in groups:
                yield sentence.replace(GROUP_SLOT, group)


def normal(text: str) -> str:
    """Casefolded, every run of non-word characters one space (how suite and training text are compared)."""
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def templates(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(template, groups of its language) for every template in the grammar file."""
    grammar = yaml.safe_load(path.read_text(encoding="utf-8"))
    for part in grammar.values():
        for label in ("hostile", "benign"):
            for family_templates in part[label].values():
                for template in family_templates:
                    yield template, list(part["groups"])
