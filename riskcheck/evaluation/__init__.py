"""Measure the ML scorers on the held-out parts of the public data: ``riskcheck eval DATASET``.

``run_eval(dataset)`` returns an ``EvalReport`` (rows of precision, recall, F1,
false-positive rate and ROC-AUC per attribute/topic, language and group);
``format_report`` prints it as a Markdown table (the model card pastes it).
Only held-out rows are scored: Davidson's hash ``test`` split, TweetEval's
official ``val``, CrisisLex's four held-out events, the Jigsaw templates (never
trained on) and the held-out ordinary brand posts.
"""

from __future__ import annotations

from riskcheck.evaluation.run import (
    DATASETS,
    EvalReport,
    EvalRow,
    format_report,
    main,
    run_eval,
)

__all__ = ["DATASETS", "EvalReport", "EvalRow", "format_report", "main", "run_eval"]
