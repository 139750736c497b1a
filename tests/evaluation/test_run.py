from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from riskcheck.evaluation import format_report, run_eval


class KeywordToxicity:
    """A fake scorer: 'bad' in the text means toxic."""

    name = "toxicity"
    backend = "fake"

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [{a: (0.9 if "bad" in t else 0.1) for a in ("toxicity", "identity_attack", "insult")} for t in texts]


def _jigsaw(tmp_path: Path) -> Path:
    folder = tmp_path / "jigsaw-sentence-templates"
    folder.mkdir()
    rows = ["template,toxicity,phrase"]
    for i in range(25):
        rows += [f"verb_adj,toxic,bad thing {i} moslim", f"verb_adj,nontoxic,help {i} moslim",
                 f"verb_adj,nontoxic,bad help {i} homo"]
    (folder / "nl_sentence_templates.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_jigsaw_rows_and_identity_false_positive_rates(tmp_path: Path) -> None:
    report = run_eval("jigsaw-nl", data_dir=_jigsaw(tmp_path), toxicity=KeywordToxicity())
    assert [(r.target, r.subset) for r in report.rows] == [
        ("toxicity", "nl"),
        ("toxicity rule (any attribute over its threshold)", "nl"),
        ("toxicity rule (shipped thresholds)", "non-toxic identity mentions"),
        ("toxicity", "non-toxic identity mentions"),
    ]
    scored, rule, rule_identity, per_identity = report.rows
    assert (rule.metrics["recall"], rule.metrics["fpr"]) == (1.0, 0.5)
    assert rule_identity.metrics == {"identity_terms": 2, "fpr_mean": 0.5, "fpr_max": 1.0,
                                     "worst": {"homo": 1.0, "moslim": 0.0}}
    assert (scored.dataset, scored.target, scored.subset) == ("jigsaw-nl", "toxicity", "nl")
    assert scored.metrics == {"n": 75, "positives": 25, "threshold": 0.5, "precision": 0.5, "recall": 1.0,
                              "f1": 0.6667, "fpr": 0.5, "roc_auc": 0.75}
    assert per_identity.metrics == {"threshold": 0.5, "identity_terms": 2, "fpr_mean": 0.5, "fpr_max": 1.0,
                                    "worst": {"homo": 1.0, "moslim": 0.0}}
    text = format_report(report)
    assert "| jigsaw-nl | toxicity | nl | 75 | 25 | 0.5 | 0.5 | 1.0 | 0.6667 | 0.5 | 0.75 |" in text


def test_unknown_dataset_names_the_choices() -> None:
    with pytest.raises(ValueError, match="unknown dataset 'imdb'; choose one of davidson, "):
        run_eval("imdb")


def test_cli_missing_data_is_a_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from riskcheck.evaluation import main

    assert main(["davidson", "--data-dir", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("riskcheck eval: data file not found: ") and "RISKCHECK_DATA_DIR" in err


def test_per_sentence_scores_like_the_checker_max_over_sentences() -> None:
    from riskcheck.evaluation.run import per_sentence

    seen: list[list[str]] = []

    def fake(texts):
        seen.append(list(texts))
        return [{"t": float(len(t))} for t in texts]

    assert per_sentence(fake)(["Short. A longer sentence here!", "One."]) == [{"t": 23.0}, {"t": 4.0}]
    assert seen == [["Short.", "A longer sentence here!", "One."]]
