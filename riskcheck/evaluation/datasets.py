"""Readers for the public labelled sets in ``../shared/data`` and their fixed splits.

Training scripts (``models/train_*.py``) and the evaluation read the data through
this one module, so the split a model was trained on and the held-out split it is
measured on can never drift apart. Splits are a pure function of the text (a
hash), never of file order or a random seed.
"""

from __future__ import annotations

import csv
import hashlib
import html
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TRAIN, CALIBRATION, TEST = "train", "calibration", "test"

_MENTION = re.compile(r"@\w+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_RT = re.compile(r"^\s*(?:!+\s*)?RT\s+@user:?\s*", re.IGNORECASE)

# CrisisLex events that are mainly English (the rest are es/it/pt/fr).
ENGLISH_CRISIS_EVENTS = (
    "2012_Colorado_wildfires", "2012_Philipinnes_floods", "2012_Typhoon_Pablo", "2013_Alberta_floods",
    "2013_Bohol_earthquake", "2013_Colorado_floods", "2013_Manila_floods", "2013_Queensland_floods",
    "2013_Russia_meteor", "2013_Singapore_haze",
)
# Events kept back from topic calibration; the held-out crisis measurement uses only these.
HELD_OUT_CRISIS_EVENTS = ("2013_Queensland_floods", "2013_Russia_meteor", "2013_Bohol_earthquake",
                          "2013_Singapore_haze")


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text. ``labels`` maps attribute/topic -> 0/1; absent means unknown."""

    text: str
    labels: dict[str, int]
    language: str
    source: str
    split: str
    group: str = ""          # identity term, crisis event or stance topic, for per-group rates
    meta: dict[str, str] = field(default_factory=dict)


def data_dir() -> Path:
    """The shared data folder: ``RISKCHECK_DATA_DIR`` or ``../shared/data`` beside the repo."""
    env = os.environ.get("RISKCHECK_DATA_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return Path("../shared/data")


def split_of(text: str, *, calibration: float = 0.1, test: float = 0.2) -> str:
    """Deterministic split from the text's hash: the same tweet always lands in the same split."""
    bucket = int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:4], "big") / 2**32
    if bucket < test:
        return TEST
    if bucket < test + calibration:
        return CALIBRATION
    return TRAIN


def clean_tweet(text: str) -> str:
    """Make a tweet look like a draft post: unescape HTML, drop RT headers, mentions and URLs."""
    text = html.unescape(html.unescape(text))
    text = _URL.sub("", text)
    text = _MENTION.sub("@user", text)
    text = _RT.sub("", text)
    text = re.sub(r"(?:@user\s*)+", "@user ", text)
    return re.sub(r"\s+", " ", text).strip()


def davidson(root: Path | None = None) -> Iterator[Example]:
    """Davidson 2017: class 0 hate, 1 offensive, 2 neither. Hash split 70/10/20."""
    path = (root or data_dir()) / "davidson-2017" / "labeled_data.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = clean_tweet(row["tweet"])
            if not text:
                continue
            cls = int(row["class"])
            labels = {"toxicity": int(cls in (0, 1)), "identity_attack": int(cls == 0),
                      "insult": int(cls in (0, 1))}
            yield Example(text, labels, "en", "davidson", split_of(text))


def _tweeteval_lines(folder: Path, split: str) -> Iterator[tuple[str, str]]:
    texts = (folder / f"{split}_text.txt").read_text(encoding="utf-8").split("\n")
    labels = (folder / f"{split}_labels.txt").read_text(encoding="utf-8").split("\n")
    for text, label in zip(texts, labels):
        if text.strip() and label.strip():
            yield text, label.strip()


def tweeteval(task: str, root: Path | None = None) -> Iterator[Example]:
    """TweetEval hate/offensive. Official ``val`` is the held-out test; ``train`` is hash-split."""
    folder = (root or data_dir()) / "tweeteval" / task
    attribute = {"hate": "identity_attack", "offensive": "insult"}[task]
    for official in ("train", "val"):
        for raw, label in _tweeteval_lines(folder, official):
            text = clean_tweet(raw)
            if not text:
                continue
            split = TEST if official == "val" else split_of(text, calibration=0.12, test=0.0)
            y = int(label == "1")
            # A not-hateful tweet in the hate task may still be offensive: toxicity unknown there.
            labels = {attribute: y}
            if y or task == "offensive":
                labels["toxicity"] = y
            yield Example(text, labels, "en", f"tweeteval-{task}", split)


STANCE_TOPICS = ("abortion", "atheism", "climate", "feminist", "hillary")


def tweeteval_stance(root: Path | None = None) -> Iterator[Example]:
    """Stance tweets, grouped by their divisive topic (a sensitive-topic recall probe)."""
    base = (root or data_dir()) / "tweeteval" / "stance"
    for topic in STANCE_TOPICS:
        for official in ("train", "val"):
            for raw, _label in _tweeteval_lines(base / topic, official):
                text = clean_tweet(raw.replace("#SemST", ""))
                split = TEST if official == "val" else TRAIN
                yield Example(text, {}, "en", "tweeteval-stance", split, group=topic)


def jigsaw_templates(language: str, root: Path | None = None, *, limit_per_template: int | None = None
                     ) -> Iterator[Example]:
    """Jigsaw identity templates (evaluation only; never trained on). Group = identity term."""
    path = (root or data_dir()) / "jigsaw-sentence-templates" / f"{language}_sentence_templates.csv"
    seen: dict[tuple[str, str], int] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["template"], row["toxicity"])
            if limit_per_template is not None:
                # Deterministic thinning for the huge English name_adj template.
                if split_of(row["phrase"], calibration=0.0, test=1.0) != TEST:
                    continue
                seen[key] = seen.get(key, 0) + 1
                if seen[key] > limit_per_template:
                    continue
            text = row["phrase"]
            yield Example(text, {"toxicity": int(row["toxicity"] == "toxic")}, language,
                          f"jigsaw-{language}", TEST, group=_identity_of(row["template"], text),
                          meta={"template": row["template"]})


_IDENTITY_PATTERNS = (
    re.compile(r"^(?:being )?(?P<g>.+?) (?:zijn is|is) \S+$"),      # "pools zijn is gezellig", "Being X is great"
    re.compile(r"^als je (?P<g>.+?) bent\b"),                       # "Als je blind bent ben je ..."
    re.compile(r"^(?:ik haat )(?P<g>.+?) mensen$"),                  # "Ik haat X mensen"
    re.compile(r"\b(?P<g>\S+) persoon$"),                           # "U bent een briljante joods persoon"
)


def _identity_of(template: str, text: str) -> str:
    """The identity term a template sentence mentions (for per-identity false-positive rates)."""
    lowered = text.lower().rstrip(".!")
    for pattern in _IDENTITY_PATTERNS:
        match = pattern.search(lowered)
        if match:
            return match.group("g")
    words = lowered.split()
    return words[-1] if words else ""


def crisislex(root: Path | None = None, *, events: tuple[str, ...] = ENGLISH_CRISIS_EVENTS
              ) -> Iterator[Example]:
    """CrisisLex T26: ``disaster`` = 1 for "Related ..." tweets, 0 for "Not related" (hard negatives)."""
    base = (root or data_dir()) / "crisislex-t26"
    for event in events:
        path = base / event / f"{event}-tweets_labeled.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            for row in reader:
                if len(row) < 5:
                    continue
                text = clean_tweet(row[1])
                label = row[4].strip()
                if not text or label.startswith("Not applicable"):
                    continue
                split = TEST if event in HELD_OUT_CRISIS_EVENTS else TRAIN
                yield Example(text, {"disaster": int(label.startswith("Related"))}, "en",
                              "crisislex", split, group=event)
