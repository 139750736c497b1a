"""The Detoxify backend's real loading and scoring code, on a tiny random checkpoint built here."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch", reason="torch not installed (pip install riskcheck[detoxify])")
transformers = pytest.importorskip("transformers", reason="transformers not installed (pip install riskcheck[detoxify])")

from riskcheck.errors import ScorerUnavailable
from riskcheck.scorers.toxicity_detoxify import DetoxifyToxicityScorer

ORIGINAL_CLASSES = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "you", "are", "a", "nice", "idiot", "je", "bent", "."]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_checkpoint(directory: Path, *, model_name: str = "BertForSequenceClassification",
                     classes: list[str] = ORIGINAL_CLASSES, extra: object = None, name_with_hash: bool = True) -> Path:
    """A random 1-layer BERT in Detoxify's release format, plus the config/tokenizer folder."""
    directory.mkdir(parents=True, exist_ok=True)
    config = transformers.BertConfig(vocab_size=len(VOCAB), hidden_size=16, num_hidden_layers=1,
                                     num_attention_heads=2, intermediate_size=32, max_position_embeddings=64,
                                     num_labels=len(classes))
    config.save_pretrained(directory)
    (directory / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(config)
    payload = {
        "config": {"arch": {"args": {"model_type": "bert-base-uncased", "model_name": model_name,
                                     "tokenizer_name": "BertTokenizer", "num_classes": len(classes)}},
                   "dataset": {"args": {"classes": classes}}},
        "state_dict": model.state_dict(),
    }
    if extra is not None:
        payload["extra"] = extra
    raw = directory / "tmp.ckpt"
    torch.save(payload, raw)
    final = directory / (f"toxic_tiny-{_sha256(raw)[:8]}.ckpt" if name_with_hash else "toxic_tiny.ckpt")
    raw.rename(final)
    return final


def test_scores_the_six_original_attributes(tmp_path: Path) -> None:
    build_checkpoint(tmp_path)
    scorer = DetoxifyToxicityScorer(tmp_path)
    assert scorer.unavailable_reason() is None
    scores = scorer.score(["you are a nice idiot .", "je bent"])
    assert [sorted(s) for s in scores] == [sorted(["toxicity", "severe_toxicity", "obscene", "threat", "insult",
                                                   "identity_attack"])] * 2
    assert all(0.0 <= v <= 1.0 for s in scores for v in s.values())
    assert scorer.score([]) == []


def test_directory_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_checkpoint(tmp_path)
    monkeypatch.setenv("RISKCHECK_TOXICITY_DIR", str(tmp_path))
    assert DetoxifyToxicityScorer().unavailable_reason() is None


def test_manifest_names_checkpoint_and_full_sha256(tmp_path: Path) -> None:
    path = build_checkpoint(tmp_path, name_with_hash=False)
    (tmp_path / "riskcheck-detoxify.json").write_text(json.dumps({"checkpoint": path.name, "sha256": _sha256(path)}))
    assert DetoxifyToxicityScorer(tmp_path).unavailable_reason() is None


def test_wrong_sha256_is_refused(tmp_path: Path) -> None:
    path = build_checkpoint(tmp_path, name_with_hash=False)
    path.rename(tmp_path / "toxic_tiny-deadbeef.ckpt")
    reason = DetoxifyToxicityScorer(tmp_path).unavailable_reason()
    assert reason is not None and "expected deadbeef" in reason


def test_unverifiable_name_is_refused(tmp_path: Path) -> None:
    build_checkpoint(tmp_path, name_with_hash=False)
    reason = DetoxifyToxicityScorer(tmp_path).unavailable_reason()
    assert reason is not None and "no sha256 to verify toxic_tiny.ckpt" in reason


def test_model_class_outside_allow_list_is_refused(tmp_path: Path) -> None:
    build_checkpoint(tmp_path, model_name="AutoModelForCausalLM")
    reason = DetoxifyToxicityScorer(tmp_path).unavailable_reason()
    assert reason is not None and "model class 'AutoModelForCausalLM' is not allowed" in reason


class Sneaky:
    """Any custom class: ``weights_only=True`` must refuse to unpickle it."""


def test_pickled_code_is_refused(tmp_path: Path) -> None:
    build_checkpoint(tmp_path, extra=Sneaky())
    reason = DetoxifyToxicityScorer(tmp_path).unavailable_reason()
    assert reason is not None and "is not a plain-weights checkpoint" in reason


def test_missing_tokenizer_is_a_reason_and_score_raises(tmp_path: Path) -> None:
    build_checkpoint(tmp_path)
    (tmp_path / "vocab.txt").unlink()
    scorer = DetoxifyToxicityScorer(tmp_path)
    assert "base model config/tokenizer not found" in (scorer.unavailable_reason() or "")
    with pytest.raises(ScorerUnavailable):
        scorer.score(["hello"])


def test_no_directory_gives_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RISKCHECK_TOXICITY_DIR", raising=False)
    assert DetoxifyToxicityScorer().unavailable_reason() == (
        "Detoxify backend: no checkpoint directory: pass --toxicity-dir DIR or set RISKCHECK_TOXICITY_DIR; "
        "see models/README.md, 'Detoxify backend'")


def _corrupt_tokenizer(directory: Path) -> None:
    (directory / "vocab.txt").write_bytes(b"\x00\xff not utf-8")


def _manifest_without_checkpoint(directory: Path) -> None:
    (directory / "riskcheck-detoxify.json").write_text(json.dumps({"sha256": "0" * 64}), encoding="utf-8")


def _config_of_another_size(directory: Path) -> None:
    config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
    config["hidden_size"] = 32  # e.g. a multilingual checkpoint next to bert-base's config
    (directory / "config.json").write_text(json.dumps(config), encoding="utf-8")


@pytest.mark.parametrize(("damage", "expected"), [
    (_corrupt_tokenizer, "Exception"),
    (_manifest_without_checkpoint, "KeyError"),
    (_config_of_another_size, "RuntimeError"),
])
def test_any_load_failure_is_a_reason_not_an_exception(tmp_path: Path, damage, expected: str) -> None:
    build_checkpoint(tmp_path)
    damage(tmp_path)
    scorer = DetoxifyToxicityScorer(tmp_path)
    reason = scorer.unavailable_reason()
    assert reason is not None and reason.startswith(f"Detoxify backend: {tmp_path} did not load ({expected}: ")
    assert scorer.unavailable_reason() is reason  # decided once
    with pytest.raises(ScorerUnavailable):
        scorer.score(["hello"])
