"""The toxicity scorer's lexical layers on hostile post shapes: each completes (issue 9's corpus).

A reply to forty accounts ("@user @user ... 'Stop name calling'") once stalled the informal reading
in exponential backtracking; these layers run regular expressions over every sentence of every
post, so every corpus shape goes through each of them. Speed is measured in ``benchmarks/``; a
regression here shows as a test that does not finish.
"""

from __future__ import annotations

import pytest

from hostile_shapes import SHAPES
from riskcheck.scorers.informal import informal_view
from riskcheck.scorers.obfuscation import deobfuscate, fold
from riskcheck.scorers.thing_targets import all_at_things
from riskcheck.scorers.toxicity_insinuation import insinuation_floors
from riskcheck.scorers.toxicity_jokes import group_joke_floors, joke_floors
from riskcheck.scorers.toxicity_patterns import assess, is_counter_speech, without_quotations
from riskcheck.scorers.person_abuse import may_abuse
from riskcheck.scorers.toxicity_person import (extra_insults, friendly_violent_idiom, insult_of_person, person_floors,
                                              person_shapes)
from riskcheck.scorers.toxicity_reference import about_the_group, condemns_what_was_said, resolve
from riskcheck.scorers.toxicity_stance import assess_stance
from riskcheck.scorers.toxicity_structure import assess_structure
from riskcheck.scorers.toxicity_targets import assess_targets

SIZE = 5_000


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_every_lexical_layer_completes_on_a_hostile_shape(name: str) -> None:
    raw = SHAPES[name](SIZE)
    view = informal_view(raw)
    text = fold(deobfuscate(view.text))
    context = "muslims moved in. " + text
    assert isinstance(assess(text).floors, dict)
    assert isinstance(is_counter_speech(text), bool)
    assert isinstance(assess_targets(text)[0], dict)
    assert isinstance(assess_stance(text), dict)
    assert isinstance(assess_structure(text), dict)
    assert isinstance(joke_floors(text, context, text), dict)
    assert isinstance(group_joke_floors(text, context, text), dict)
    assert isinstance(person_floors(text, lambda: context, lambda: text), dict)
    assert isinstance(person_shapes(text, lambda: context, lambda: text), tuple)
    assert isinstance(may_abuse(text), bool)
    assert isinstance(insult_of_person(text, ["idiot", "klerelijer", "vermin"]), bool)
    assert isinstance(extra_insults(text, frozenset({"knobhead"})), list)
    assert isinstance(friendly_violent_idiom(text, lambda: context, lambda: text), bool)
    assert isinstance(insinuation_floors(text, context, text), dict)
    assert isinstance(all_at_things(text, ["idiot", "kutprinter"]), bool)
    assert resolve(text, context)[0]
    about_the_group(text, context)
    condemns_what_was_said(text)
    without_quotations(text)


@pytest.mark.parametrize("separator", [" ", ", ", ": ", "  "])
def test_a_reply_to_many_accounts_completes(separator: str) -> None:
    # the repro: 42 handles, then a sentence that drops no subject; ten times as many here
    text = f"@user{separator}" * 420 + '"Stop Name Calling" grow a pair'
    assert informal_view(text).text.startswith("@user")
    assert informal_view("@user @user cant stand them").text.endswith("I can't stand them")
