"""Optional toxicity backend: a Detoxify release checkpoint, loaded fully offline.

``pip install riskcheck[detoxify]`` (torch + transformers). The user prepares one
directory (models/README.md, "Detoxify backend") holding the release checkpoint
(``toxic_original-c1212f89.ckpt`` etc.) and the base model's ``config.json`` and
tokenizer files. Nothing is downloaded: the Detoxify package itself is not used,
because even with a local checkpoint it asks the Hugging Face Hub for the config.

Safety: the checkpoint is read with ``torch.load(weights_only=True)`` (no pickle
code runs), its sha256 must match (the 8-hex suffix Detoxify puts in release file
names, or ``sha256`` in ``riskcheck-detoxify.json``), and only known model and
tokenizer classes may be named by the checkpoint.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from riskcheck.errors import ScorerUnavailable
from riskcheck.scorers.embedding import sha256_of
from riskcheck.scorers.toxicity_usem3 import ATTRIBUTES

ENV_DIR = "RISKCHECK_TOXICITY_DIR"
MANIFEST = "riskcheck-detoxify.json"
ALLOWED_MODELS = frozenset({"BertForSequenceClassification", "RobertaForSequenceClassification",
                            "XLMRobertaForSequenceClassification", "AlbertForSequenceClassification"})
ALLOWED_TOKENIZERS = frozenset({"BertTokenizer", "BertTokenizerFast", "RobertaTokenizer", "RobertaTokenizerFast",
                                "XLMRobertaTokenizer", "XLMRobertaTokenizerFast", "AlbertTokenizer",
                                "AlbertTokenizerFast"})
# Detoxify's own renaming of the Jigsaw class names.
RENAME = {"toxic": "toxicity", "identity_hate": "identity_attack", "severe_toxic": "severe_toxicity"}
_HINT = "see models/README.md, 'Detoxify backend'"
# Any one of these means the base model's tokenizer was saved into the directory.
TOKENIZER_FILES = ("tokenizer.json", "vocab.txt", "sentencepiece.bpe.model", "spiece.model", "vocab.json")


@dataclass(frozen=True, slots=True)
class CheckpointSpec:
    """What a Detoxify checkpoint says about itself (``config.arch.args`` and the classes)."""

    model_name: str
    tokenizer_name: str
    num_classes: int
    classes: tuple[str, ...]

    @classmethod
    def from_config(cls, config: Any) -> CheckpointSpec:
        try:
            args = config["arch"]["args"]
            classes = tuple(RENAME.get(c, c) for c in config["dataset"]["args"]["classes"])
            spec = cls(str(args["model_name"]), str(args["tokenizer_name"]), int(args["num_classes"]), classes)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a Detoxify checkpoint config (missing {exc})") from exc
        if spec.model_name not in ALLOWED_MODELS:
            raise ValueError(f"model class {spec.model_name!r} is not allowed (allowed: {', '.join(sorted(ALLOWED_MODELS))})")
        if spec.tokenizer_name not in ALLOWED_TOKENIZERS:
            raise ValueError(f"tokenizer class {spec.tokenizer_name!r} is not allowed")
        if spec.num_classes != len(spec.classes):
            raise ValueError(f"num_classes {spec.num_classes} != {len(spec.classes)} class names")
        return spec


def find_checkpoint(directory: Path) -> tuple[Path, str]:
    """The checkpoint file and the sha256 (or its prefix) it must have. Raises ``ValueError``."""
    manifest = directory / MANIFEST
    if manifest.is_file():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        path = directory / str(data["checkpoint"])
        expected = str(data.get("sha256", ""))
    else:
        found = sorted(directory.glob("*.ckpt"))
        if len(found) != 1:
            raise ValueError(f"expected exactly one *.ckpt in {directory} (found {len(found)}), or a {MANIFEST}")
        path = found[0]
        expected = path.stem.rsplit("-", 1)[-1] if "-" in path.stem else ""
    if not path.is_file():
        raise ValueError(f"checkpoint {path} does not exist")
    if len(expected) < 8 or any(c not in "0123456789abcdef" for c in expected.lower()):
        raise ValueError(f"no sha256 to verify {path.name} against: keep the release file name "
                         f"(name-<sha256 prefix>.ckpt) or write {MANIFEST} with \"sha256\"")
    return path, expected.lower()


class DetoxifyToxicityScorer:
    """``name = "toxicity"`` from a local Detoxify checkpoint directory; lazy and thread-safe."""

    name = "toxicity"
    backend = "detoxify"

    def __init__(self, directory: Path | str | None = None, *, max_length: int = 256, threads: int | None = None) -> None:
        chosen = directory if directory is not None else os.environ.get(ENV_DIR)
        self._dir = Path(chosen) if chosen else None
        self._max_length = max_length
        self._threads = threads
        self._lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None
        self._classes: tuple[str, ...] = ()
        self._error: str | None = None

    def unavailable_reason(self) -> str | None:
        if self._model is None and self._error is None:
            with self._lock:
                if self._model is None and self._error is None:
                    try:
                        self._load()
                    except ValueError as exc:
                        self._error = f"Detoxify backend: {exc}; {_HINT}"
                    except Exception as exc:  # noqa: BLE001 - a corrupt tokenizer file, weights of another
                        # shape, a manifest without "checkpoint": unavailable with the reason, decided once,
                        # not an exception (and a reload attempt) on every check
                        self._error = f"Detoxify backend: {self._dir} did not load ({type(exc).__name__}: {exc}); {_HINT}"
        return self._error

    def _load(self) -> None:
        if self._dir is None:
            raise ValueError(f"no checkpoint directory: pass --toxicity-dir DIR or set {ENV_DIR}")
        if not self._dir.is_dir():
            raise ValueError(f"checkpoint directory {self._dir} does not exist")
        try:
            import torch
            import transformers
        except ImportError as exc:
            raise ValueError(f"{exc.name} is not installed: `pip install riskcheck[detoxify]`") from exc
        path, expected = find_checkpoint(self._dir)
        actual = sha256_of(path)
        if not actual.startswith(expected):
            raise ValueError(f"{path} has sha256 {actual}, expected {expected} (corrupted or not the release file)")
        try:
            loaded = torch.load(path, map_location="cpu", weights_only=True)
        except Exception as exc:  # an unpicklable object means the file carries code: refuse it
            raise ValueError(f"{path} is not a plain-weights checkpoint ({type(exc).__name__}: {exc})") from exc
        if not isinstance(loaded, dict) or "config" not in loaded or "state_dict" not in loaded:
            raise ValueError(f"{path} lacks 'config' and 'state_dict' (not a Detoxify release checkpoint)")
        spec = CheckpointSpec.from_config(loaded["config"])
        model_class = getattr(transformers, spec.model_name)
        if not (self._dir / "config.json").is_file() or not any((self._dir / f).is_file() for f in TOKENIZER_FILES):
            raise ValueError(f"base model config/tokenizer not found in {self._dir} (need config.json and one of "
                             f"{', '.join(TOKENIZER_FILES)})")
        try:
            config = model_class.config_class.from_pretrained(str(self._dir), num_labels=spec.num_classes,
                                                              local_files_only=True)
            tokenizer = getattr(transformers, spec.tokenizer_name).from_pretrained(str(self._dir), local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ValueError(f"base model config/tokenizer not found in {self._dir} ({exc})") from exc
        model = model_class(config)
        state = {k.removeprefix("model."): v for k, v in loaded["state_dict"].items()}
        missing, unexpected = model.load_state_dict(state, strict=False)
        missing = [k for k in missing if not k.endswith("position_ids")]
        if missing or unexpected:
            raise ValueError(f"checkpoint does not fit {spec.model_name} with this config "
                             f"(missing {missing[:3]}, unexpected {list(unexpected)[:3]})")
        model.eval()
        if self._threads:
            torch.set_num_threads(self._threads)
        self._tokenizer, self._classes, self._model = tokenizer, spec.classes, model

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Sigmoid scores for the 7 attributes the checkpoint has (``original`` lacks ``sexual_explicit``)."""
        reason = self.unavailable_reason()
        if reason is not None:
            raise ScorerUnavailable(reason)
        if not texts:
            return []
        import torch

        inputs = self._tokenizer(list(texts), return_tensors="pt", truncation=True, padding=True,
                                 max_length=self._max_length)
        with torch.inference_mode():
            logits = self._model(**inputs)[0]
        probs = torch.sigmoid(logits).cpu().numpy()
        keep = [(i, c) for i, c in enumerate(self._classes) if c in ATTRIBUTES]
        return [{c: round(float(row[i]), 6) for i, c in keep} for row in probs]
