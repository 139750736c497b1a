"""The API's verdict carries the ``scores`` map (issue 8): every model score, crossed or not."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from fastapi.testclient import TestClient

from api_fakes import auth
from riskcheck.api.app import create_app

TOPIC_PACK = ("pack: t\nrules:\n  - id: storms\n    kind: topic\n    category: current-event\n"
              "    severity: review\n    message: Storms.\n    threshold: 0.6\n"
              "    description: Storms and hurricanes.\n"
              "    samples: [\"The hurricane hit the coast.\", \"A storm destroyed the town.\"]\n")


def test_api_verdict_carries_scores(settings, tmp_path: Path) -> None:
    rules = tmp_path / "ml-rules"
    rules.mkdir()
    (rules / "t.yaml").write_text(TOPIC_PACK, encoding="utf-8")
    # no ML budget: the first check loads the encoder, which may take seconds on a busy machine
    app = create_app(replace(settings, rules_dir=rules, ml=True, ml_timeout_s=None))
    with TestClient(app) as client:
        r = client.post("/v1/check", json={"text": "A storm flooded the harbour."}, headers=auth("check"))
    assert r.status_code == 200, r.text
    assert r.json()["checks"]["topics"] == "ran"
    assert set(r.json()["scores"]) == {"t/storms"}
    assert r.json()["scores"]["t/storms"] == r.json()["findings"][0]["score"]
