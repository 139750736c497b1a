"""Binary classification metrics in plain numpy (the runtime has no scikit-learn)."""

from __future__ import annotations

from typing import Any

import numpy as np


def roc_auc(y: np.ndarray, score: np.ndarray) -> float | None:
    """Area under the ROC curve (Mann-Whitney U, ties count half); ``None`` if one class is absent."""
    y = np.asarray(y).astype(bool)
    score = np.asarray(score, dtype=np.float64)
    pos, neg = int(y.sum()), int((~y).sum())
    if pos == 0 or neg == 0:
        return None
    order = np.argsort(score, kind="mergesort")
    ranks = np.empty(len(score), dtype=np.float64)
    sorted_scores = score[order]
    # Average ranks over ties.
    _, first, counts = np.unique(sorted_scores, return_index=True, return_counts=True)
    avg = first + (counts - 1) / 2.0 + 1.0
    ranks[order] = np.repeat(avg, counts)
    return float((ranks[y].sum() - pos * (pos + 1) / 2.0) / (pos * neg))


def binary_report(y: np.ndarray, score: np.ndarray, threshold: float) -> dict[str, Any]:
    """Counts, precision, recall, F1, false-positive rate at ``threshold`` and ROC-AUC."""
    y = np.asarray(y).astype(bool)
    pred = np.asarray(score) >= threshold
    tp = int((pred & y).sum())
    fp = int((pred & ~y).sum())
    fn = int((~pred & y).sum())
    tn = int((~pred & ~y).sum())
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = (2 * precision * recall / (precision + recall)
          if precision is not None and recall is not None and precision + recall else None)
    auc = roc_auc(y, np.asarray(score))
    return {
        "n": len(y), "positives": int(y.sum()), "threshold": threshold,
        "precision": _r(precision), "recall": _r(recall), "f1": _r(f1),
        "fpr": _r(fp / (fp + tn) if fp + tn else None), "roc_auc": _r(auc),
    }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
