from __future__ import annotations

import numpy as np
import pytest

from riskcheck.evaluation.metrics import binary_report, roc_auc


@pytest.mark.parametrize(("y", "score", "expected"), [
    ([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9], 1.0),
    ([0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1], 0.0),
    ([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5], 0.5),
    ([0, 1, 1], [0.1, 0.1, 0.9], 0.75),
    ([1, 1], [0.3, 0.4], None),
])
def test_roc_auc(y: list[int], score: list[float], expected: float | None) -> None:
    assert roc_auc(np.array(y), np.array(score)) == expected


def test_binary_report_whole_value() -> None:
    y = np.array([1, 1, 1, 0, 0, 0, 0])
    s = np.array([0.9, 0.7, 0.2, 0.6, 0.1, 0.1, 0.3])
    assert binary_report(y, s, 0.5) == {
        "n": 7, "positives": 3, "threshold": 0.5, "precision": 0.6667, "recall": 0.6667, "f1": 0.6667,
        "fpr": 0.25, "roc_auc": 0.8333,
    }


def test_binary_report_without_positive_predictions() -> None:
    report = binary_report(np.array([0, 0]), np.array([0.1, 0.2]), 0.5)
    assert (report["precision"], report["recall"], report["f1"], report["fpr"], report["roc_auc"]) == (
        None, None, None, 0.0, None)
