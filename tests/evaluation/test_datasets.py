from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.evaluation import datasets as ds


@pytest.mark.parametrize(("raw", "expected"), [
    ("RT @someone: Floods in &amp;amp; around town http://t.co/x", "Floods in & around town"),
    ("!!! RT @a: hello @b @c world", "hello @user world"),
    ("@x @y thanks   a lot", "@user thanks a lot"),
    ("", ""),
])
def test_clean_tweet(raw: str, expected: str) -> None:
    assert ds.clean_tweet(raw) == expected


def test_split_is_a_pure_function_of_the_text() -> None:
    splits = [ds.split_of(f"tweet {i}") for i in range(2000)]
    assert splits == [ds.split_of(f"tweet {i}") for i in range(2000)]
    shares = {s: splits.count(s) / len(splits) for s in (ds.TRAIN, ds.CALIBRATION, ds.TEST)}
    assert 0.65 < shares[ds.TRAIN] < 0.75 and 0.07 < shares[ds.CALIBRATION] < 0.13 and 0.17 < shares[ds.TEST] < 0.23


def test_davidson_labels(tmp_path: Path) -> None:
    folder = tmp_path / "davidson-2017"
    folder.mkdir()
    (folder / "labeled_data.csv").write_text(
        ",count,hate_speech,offensive_language,neither,class,tweet\n"
        "0,3,3,0,0,0,hateful text\n1,3,0,3,0,1,rude text\n2,3,0,0,3,2,nice text\n", encoding="utf-8")
    got = [(e.text, e.labels) for e in ds.davidson(tmp_path)]
    assert got == [
        ("hateful text", {"toxicity": 1, "identity_attack": 1, "insult": 1}),
        ("rude text", {"toxicity": 1, "identity_attack": 0, "insult": 1}),
        ("nice text", {"toxicity": 0, "identity_attack": 0, "insult": 0}),
    ]


def test_tweeteval_hate_leaves_toxicity_unknown_for_non_hate(tmp_path: Path) -> None:
    folder = tmp_path / "tweeteval" / "hate"
    folder.mkdir(parents=True)
    for split in ("train", "val"):
        (folder / f"{split}_text.txt").write_text(f"{split} hate\n\n{split} fine\n", encoding="utf-8")
        (folder / f"{split}_labels.txt").write_text("1\n0\n0\n", encoding="utf-8")
    got = [(e.text, e.labels, e.split) for e in ds.tweeteval("hate", tmp_path) if e.split == ds.TEST]
    assert got == [("val hate", {"identity_attack": 1, "toxicity": 1}, ds.TEST),
                   ("val fine", {"identity_attack": 0}, ds.TEST)]


def test_crisislex_related_and_held_out_events(tmp_path: Path) -> None:
    event = ds.HELD_OUT_CRISIS_EVENTS[0]
    folder = tmp_path / "crisislex-t26" / event
    folder.mkdir(parents=True)
    (folder / f"{event}-tweets_labeled.csv").write_text(
        'Tweet ID, Tweet Text, Information Source, Information Type, Informativeness\n'
        '"1","Flood warning",Media,Caution,Related and informative\n'
        '"2","Nice day",Media,Other,Not related\n"3","?",Media,Other,Not applicable\n', encoding="utf-8")
    got = [(e.text, e.labels, e.split) for e in ds.crisislex(tmp_path, events=(event,))]
    assert got == [("Flood warning", {"disaster": 1}, ds.TEST), ("Nice day", {"disaster": 0}, ds.TEST)]
