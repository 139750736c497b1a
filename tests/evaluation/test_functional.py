"""riskcheck's functional suite: well-formed, disjoint from the training seeds, and above its floors."""

from __future__ import annotations

import re

import pytest
import yaml

from riskcheck.evaluation.functional import all_sentences, below_floor, default_checker, load_suite, main, run_suite
from riskcheck.models.train_toxicity import HERE as TOXICITY_DIR


def _normal(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def test_suite_shape_is_what_the_card_promises() -> None:
    suite = load_suite()
    assert len(suite) >= 25
    for language in ("en", "nl"):
        assert sum(1 for f in suite if f.cases.get(language)) >= 25, language
    assert {f.expect for f in suite} == {"flag", "pass"}
    sentences = all_sentences(suite)
    assert len({_normal(s) for s in sentences}) == len(sentences), "a case is repeated"


def test_suite_is_disjoint_from_every_training_sentence() -> None:
    """Cases trained on would measure memory, not the model: no suite sentence may be a seed,
    nor match an augmentation template for any of its groups."""
    seeds = yaml.safe_load((TOXICITY_DIR / "seeds.yaml").read_text(encoding="utf-8"))
    trained = {_normal(t) for texts in seeds.values() for t in texts}
    augment = yaml.safe_load((TOXICITY_DIR / "augment.yaml").read_text(encoding="utf-8"))
    for part in augment.values():
        for key in ("hostile", "friendly", "negated"):
            for template in part.get(key, ()):
                trained |= {_normal(template.format(g=g)) for g in part["groups"]}
    own = yaml.safe_load((TOXICITY_DIR / "group_hostility.yaml").read_text(encoding="utf-8"))
    trained |= {_normal(t) for part in own.values() for texts in part.values() for t in texts}
    ordinary = yaml.safe_load((TOXICITY_DIR / "ordinary_copy.yaml").read_text(encoding="utf-8"))
    trained |= {_normal(t) for texts in ordinary.values() for t in texts}
    overlap = [s for s in all_sentences(load_suite()) if _normal(s) in trained]
    assert overlap == []


def test_suite_is_disjoint_from_everything_the_training_grammar_can_produce() -> None:
    """Not only the sampled rows: no suite case may be ANY expansion of a grammar template."""
    from riskcheck.models import grammar

    producible = {grammar.normal(s) for s in grammar.every_sentence(TOXICITY_DIR / "group_grammar.yaml")}
    assert [s for s in all_sentences(load_suite()) if grammar.normal(s) in producible] == []


def test_malformed_suite_names_the_functionality(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "suite.yaml"
    path.write_text("functionalities:\n  - id: x\n    expect: maybe\n    floor: 0.5\n    cases: {en: [a]}\n")
    with pytest.raises(ValueError, match="x: expect"):
        load_suite(path)


@pytest.mark.slow
def test_every_functionality_meets_its_floor() -> None:
    """The full default checker (every shipped pack, rules and ML) on every case."""
    suite = load_suite()
    results = run_suite(default_checker(), suite)
    assert below_floor(suite, results) == []


def test_cli_prints_the_table_and_exit_status(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "suite.yaml"
    path.write_text(yaml.safe_dump({"functionalities": [
        {"id": "threat", "description": "d", "expect": "flag", "floor": 1.0,
         "cases": {"en": ["I will kill you, you worthless idiot."]}},
        {"id": "launch", "description": "d", "expect": "pass", "floor": 1.0,
         "cases": {"nl": ["Onze nieuwe app staat vanaf vandaag in de winkel."]}},
    ]}))
    assert main(["--suite", str(path)]) == 0
    out = capsys.readouterr().out
    assert "| threat | flag | 100% (1/1) |" in out and "| launch | pass |" in out
