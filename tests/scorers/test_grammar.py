"""The training grammar expands as documented and its patterns recognise what it produces."""

from __future__ import annotations

import random
from pathlib import Path

from riskcheck.models import grammar
from riskcheck.models.train_toxicity import HERE as TOXICITY_DIR


def test_alternations_expand_and_optional_parts_leave_clean_text() -> None:
    out = grammar.expand("<g> {are|seem} {nice|kind}{.|, honestly.}", ["Cats"], 100, random.Random(0))
    assert sorted(out) == sorted(["Cats are nice.", "Cats are kind.", "Cats seem nice.", "Cats seem kind.",
                                  "Cats are nice, honestly.", "Cats are kind, honestly.",
                                  "Cats seem nice, honestly.", "Cats seem kind, honestly."])
    assert grammar.expand("{We|} love <g>.", ["dogs"], 100, random.Random(0)) in (
        ["We love dogs.", "Love dogs."], ["Love dogs.", "We love dogs."])


def test_limit_and_seed_make_the_rows_reproducible() -> None:
    first = list(grammar.sentences(TOXICITY_DIR / "group_grammar.yaml", per_template=5))
    again = list(grammar.sentences(TOXICITY_DIR / "group_grammar.yaml", per_template=5))
    assert first == again
    assert {s.language for s in first} == {"en", "nl"} and {s.hostile for s in first} == {True, False}
    assert all(s.family.count(":") == 2 for s in first)


def test_every_sentence_lists_all_expansions_with_every_group(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text("en:\n  groups: [cats, dogs]\n  hostile:\n    f: ['<g> {bite|scratch}.']\n  benign: {}\n")
    assert sorted(grammar.every_sentence(path)) == ["cats bite.", "cats scratch.", "dogs bite.", "dogs scratch."]
    sampled = {s.text.casefold() for s in grammar.sentences(path)}
    assert sampled <= set(grammar.every_sentence(path)) | {t.casefold() for t in grammar.every_sentence(path)}


def test_every_template_has_a_group_slot(tmp_path: Path) -> None:
    """A template without <g> would teach the head about sentences it never sees (only sentences
    that name a group reach it)."""
    assert all(grammar.GROUP_SLOT in t for t, _ in grammar.templates(TOXICITY_DIR / "group_grammar.yaml"))
