from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from fakes_ml import FakeEmbedder

from riskcheck.errors import ScorerUnavailable
from riskcheck.scorers.lexicon import CATEGORIES
from riskcheck.scorers.toxicity_usem3 import (
    ATTRIBUTES,
    COMPOUND_FLOOR,
    DIRECT_INSULT_FLOOR,
    Usem3ToxicityScorer,
    _derive,
)

NO_HITS = {c: [] for c in CATEGORIES}
LEARNED_LOW = {"toxicity": 0.1, "identity_attack": 0.1, "insult": 0.1, "threat": 0.1}


@pytest.mark.parametrize(("hits", "expected_min"), [
    ({**NO_HITS}, {}),
    ({**NO_HITS, "slur": ["x"]}, {"toxicity": 0.75, "identity_attack": 0.875}),
    ({**NO_HITS, "threat": ["x"]}, {"toxicity": 0.6, "threat": 0.77}),
    ({**NO_HITS, "insult": ["x"]}, {"toxicity": 0.6, "insult": 0.46}),
    ({**NO_HITS, "obscene": ["x"]}, {"toxicity": 0.55, "obscene": 0.55}),
    ({**NO_HITS, "sexual": ["x"]}, {"toxicity": 0.55, "sexual_explicit": 0.66}),
])
def test_lexicon_floors(hits: dict[str, list[str]], expected_min: dict[str, float]) -> None:
    derived = _derive(LEARNED_LOW, hits)
    assert sorted(derived) == sorted(ATTRIBUTES)
    assert all(0.0 <= v <= 1.0 for v in derived.values())
    for attr, floor in expected_min.items():
        assert derived[attr] >= floor, attr
    if not expected_min:
        assert derived["toxicity"] == 0.1 and derived["obscene"] == pytest.approx(0.025)


def test_severe_needs_toxicity_and_an_attack() -> None:
    insult_only = _derive({"toxicity": 0.95, "identity_attack": 0.1, "insult": 0.95, "threat": 0.0}, NO_HITS)
    hateful = _derive({"toxicity": 0.95, "identity_attack": 0.95, "insult": 0.2, "threat": 0.0}, NO_HITS)
    assert insult_only["severe_toxicity"] < 0.1
    assert hateful["severe_toxicity"] > 0.7


def test_missing_head_is_a_reason_with_hint(tmp_path: Path) -> None:
    scorer = Usem3ToxicityScorer(tmp_path, embedder=FakeEmbedder())  # type: ignore[arg-type]
    reason = scorer.unavailable_reason()
    assert reason is not None and reason.startswith(f"toxicity head not loadable from {tmp_path}")
    with pytest.raises(ScorerUnavailable):
        scorer.score(["hi"])


def test_unavailable_encoder_reason_passes_through() -> None:
    scorer = Usem3ToxicityScorer(embedder=FakeEmbedder(reason="no encoder"))  # type: ignore[arg-type]
    assert scorer.unavailable_reason() == "no encoder"


# A small real-model test: the pip-installed encoder loads offline in about a second.
def test_real_model_dutch_insult_high_and_announcements_low() -> None:
    scorer = Usem3ToxicityScorer()
    assert scorer.unavailable_reason() is None
    insult_nl, insult_en, launch_en, launch_nl = scorer.score([
        "Je bent een waardeloze idioot en iedereen haat je.",
        "You are a worthless idiot and everyone hates you.",
        "We are excited to announce our new summer collection, available today in all stores.",
        "Maak kennis met de nieuwe versie van onze app, nu met donkere modus!",
    ])
    assert insult_nl["toxicity"] > 0.8 and insult_nl["insult"] > 0.8
    assert insult_en["toxicity"] > 0.8 and insult_en["insult"] > 0.8
    assert max(launch_en.values()) < 0.2 and max(launch_nl.values()) < 0.2
    assert scorer.score([]) == []


def test_real_model_ranks_obfuscated_abuse_above_plain_text() -> None:
    scores = Usem3ToxicityScorer().score(["You are a 1d10t.", "You are a student.", "Je bent een k.u.t.w.i.j.f"])
    assert scores[0]["toxicity"] > 0.5 > scores[1]["toxicity"]
    assert scores[2]["toxicity"] > 0.5


def test_head_file_shape_matches_features() -> None:
    from riskcheck.scorers.toxicity_usem3 import ToxicityHead, default_model_dir

    head = ToxicityHead.load(default_model_dir() / "head.npz")
    assert head.attributes == ("toxicity", "identity_attack", "insult", "threat")
    assert head.W.shape == (4, 512 + len(CATEGORIES)) and head.W.dtype == np.float32


def test_direct_insult_floor_needs_second_person() -> None:
    hits = {**NO_HITS, "insult": ["idiot"]}
    direct = _derive(LEARNED_LOW, hits, addressed=True)
    about = _derive(LEARNED_LOW, hits, addressed=False)
    assert (direct["toxicity"], about["toxicity"]) == (DIRECT_INSULT_FLOOR, 0.6)
    assert direct["insult"] >= 0.88 > about["insult"]   # rules/toxicity.yaml: a direct insult is blocked
    assert direct["insult"] > about["insult"]


def test_compound_curse_reaches_the_block_band_whoever_it_is_aimed_at() -> None:
    hits = {**NO_HITS, "insult": ["kutklanten"]}
    assert _derive(LEARNED_LOW, hits, compound=True)["insult"] == COMPOUND_FLOOR >= 0.88


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
@pytest.mark.parametrize("name", ["head.npz", "lexicon.json", "group_head.npz", "person_head.npz"])
def test_corrupt_model_file_is_a_reason_not_an_exception(tmp_path: Path, name: str, damage: str) -> None:
    import shutil

    from riskcheck.scorers.toxicity_usem3 import default_model_dir

    model_dir = tmp_path / "toxicity"
    shutil.copytree(default_model_dir(), model_dir)
    data = (model_dir / name).read_bytes()
    (model_dir / name).write_bytes(data[: len(data) // 2] if damage == "truncate" else b"\0garbage" * 10)
    scorer = Usem3ToxicityScorer(model_dir, embedder=FakeEmbedder())  # type: ignore[arg-type]
    reason = scorer.unavailable_reason()
    assert reason is not None and reason.startswith(f"toxicity head not loadable from {model_dir}")


def test_a_bare_curse_prefix_is_not_a_compound() -> None:
    """"Samen tegen kanker" (a charity ride) must not get the compound curse's block-band floor."""
    scores = Usem3ToxicityScorer().score(["Samen tegen kanker: doe mee aan de fietstocht.", "Wat een kutklanten."])
    assert scores[0]["insult"] < COMPOUND_FLOOR <= scores[1]["insult"]


def test_second_person_inside_a_quotation_is_not_a_direct_insult() -> None:
    from riskcheck.scorers.toxicity_patterns import quotes_someone, without_quotations
    reported = "iemand riep 'rot op, jij idioot' tegen mijn buurvrouw."
    assert quotes_someone(reported) and "jij" not in without_quotations(reported)
    assert "you" in without_quotations("you're an idiot, and i said 'so what'.")
    assert not quotes_someone("don't you dare, it's our shop's birthday")   # contractions are no quotes


def test_a_thing_insult_said_of_no_one_stays_below_the_block_band() -> None:
    hits = {**NO_HITS, "insult": ["vermin"]}
    high = {a: 0.97 for a in LEARNED_LOW}
    at_a_thing = _derive(high, hits, aimed_at_group=False, about_people=False)
    about_people = _derive(high, hits, aimed_at_group=False, about_people=True)
    assert at_a_thing["toxicity"] < 0.9 <= about_people["toxicity"]
    # "idiots" always means people: no ceiling even when no person word is in the sentence
    assert _derive(high, {**NO_HITS, "insult": ["idiots"]}, aimed_at_group=False, about_people=False)["toxicity"] >= 0.9
