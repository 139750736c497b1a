"""Rule-set generations through the API: publish, follow, refuse, roll back, stuck reloads.

Several apps on one store stand for several workers; ``sync_once`` is the poll each worker's
background thread runs every ``rules_poll_s`` (0 here, so the tests decide when it runs).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from api_fakes import RULES_V1
from api_fakes import FakeChecker
from api_fakes import auth
from api_fakes import load_fake_rules
from riskcheck.api.app import create_app

V2 = RULES_V1 + "promo/bogo|bogo|review|promotion\n"


def _version(client: TestClient) -> str:
    body = client.post("/v1/check", json={"text": "bogo storm bram"}, headers=auth("check")).json()
    assert body["rules_version"] == body["ruleset_version"]
    return str(body["rules_version"])


def _service(client: TestClient) -> Any:
    return client.app.state.service  # type: ignore[attr-defined]


def test_a_reload_on_one_worker_reaches_the_others(make_client, rules_dir: Path) -> None:
    a, b = make_client(rules_poll_s=0), make_client(rules_poll_s=0)
    v1 = _version(a)
    assert _version(b) == v1
    (rules_dir / "main.rules").write_text(V2)
    r = a.post("/v1/rules/reload", headers=auth("admin"))
    assert r.status_code == 200, r.text
    v2 = r.json()["version"]
    assert v2 != v1 and _version(a) == v2
    assert _version(b) == v1  # not yet polled
    _service(b).sync_once()
    assert _version(b) == v2
    assert b.get("/readyz").json()["rules"]["generation"] == 2


def test_a_broken_publish_changes_nothing_anywhere(make_client, rules_dir: Path) -> None:
    a, b = make_client(rules_poll_s=0), make_client(rules_poll_s=0)
    v1 = _version(a)
    (rules_dir / "main.rules").write_text(RULES_V1 + "not a rule\n")
    assert a.post("/v1/rules/reload", headers=auth("admin")).status_code == 422
    assert _service(a).store.ruleset_head() == (1, v1)
    _service(b).sync_once()
    assert (_version(a), _version(b)) == (v1, v1)


def test_a_worker_started_later_serves_the_store_set_without_the_files(make_client, rules_dir: Path,
                                                                        tmp_path: Path) -> None:
    a = make_client(rules_poll_s=0)
    (rules_dir / "main.rules").write_text(V2)
    v2 = a.post("/v1/rules/reload", headers=auth("admin")).json()["version"]
    elsewhere = tmp_path / "other-rules"
    elsewhere.mkdir()
    (elsewhere / "main.rules").write_text("x/other|other|block|x\n")  # a stale copy on another machine
    late = make_client(rules_poll_s=0, rules_dir=elsewhere)
    assert _version(late) == v2
    rules = late.get("/v1/rules", headers=auth("check")).json()
    assert {r["id"] for r in rules["rules"]} == {"promo/sale", "events/storm", "promo/bogo"}
    assert rules["rules"][0]["source"]["file"].endswith(f"{v2}/main.rules")


def test_publish_on_start_publishes_the_folder_over_the_store_set(make_client, rules_dir: Path,
                                                                   tmp_path: Path) -> None:
    a = make_client(rules_poll_s=0)
    v1 = _version(a)
    other = tmp_path / "other-rules"
    other.mkdir()
    (other / "main.rules").write_text("x/other|other|block|x\n")
    b = make_client(rules_poll_s=0, rules_dir=other, publish_on_start=True)
    assert _version(b) != v1
    _service(a).sync_once()
    assert _version(a) == _version(b)


def test_versions_are_listed_and_an_older_one_is_republished(make_client, rules_dir: Path) -> None:
    a, b = make_client(rules_poll_s=0), make_client(rules_poll_s=0)
    v1 = _version(a)
    (rules_dir / "main.rules").write_text(V2)
    v2 = a.post("/v1/rules/reload", headers=auth("admin")).json()["version"]
    listed = a.get("/v1/rules/versions", headers=auth("check")).json()
    assert [(g["generation"], g["version"]) for g in listed["generations"]] == [(2, v2), (1, v1)]
    assert listed["current"] == {"version": v2, "generation": 2}
    assert a.post(f"/v1/rules/versions/{v1}/publish", headers=auth("check")).status_code == 403
    assert a.post("/v1/rules/versions/nope/publish", headers=auth("admin")).status_code == 404
    r = a.post(f"/v1/rules/versions/{v1}/publish", headers=auth("admin"))
    assert (r.status_code, r.json()["version"], r.json()["previous_version"]) == (200, v1, v2)
    assert _version(a) == v1
    _service(b).sync_once()
    assert _version(b) == v1
    top = a.get("/v1/rules/versions", headers=auth("admin")).json()["generations"][0]
    assert (top["generation"], top["version"], top["note"]) == (3, v1, "re-published from generation 1")


def test_a_published_set_that_does_not_load_here_keeps_the_old_one_and_says_so(make_client) -> None:
    a = make_client(rules_poll_s=0)
    v1 = _version(a)
    service = _service(a)
    service.store.publish_ruleset("bogus", {"main.rules": "not a rule\n"}, "someone", "bypassing validation")
    service.sync_once()
    assert _version(a) == v1
    ready = a.get("/readyz")
    assert ready.status_code == 503
    assert "generation 2" in ready.json()["detail"] and f"still serving {v1}" in ready.json()["detail"]
    metrics = a.get("/metrics").text
    assert "riskcheck_rules_behind 1.0" in metrics
    assert 'riskcheck_rule_reloads_total{result="sync_error"} 1.0' in metrics
    service.store.publish_ruleset(v1, service.store.ruleset_generation(1).files, "someone", "fixed")
    service.sync_once()
    assert a.get("/readyz").status_code == 200
    assert "riskcheck_rules_behind 0.0" in a.get("/metrics").text


def test_the_background_poll_follows_a_publish(make_client, rules_dir: Path) -> None:
    a, b = make_client(rules_poll_s=0), make_client(rules_poll_s=0.05)
    (rules_dir / "main.rules").write_text(V2)
    v2 = a.post("/v1/rules/reload", headers=auth("admin")).json()["version"]
    seen = _service(b).loaded
    for _ in range(400):  # bounded: the poller runs every 0.05 s
        seen = _service(b).loaded
        if seen.version == v2:
            break
        threading.Event().wait(0.05)
    assert seen.version == v2


def test_a_stuck_reload_answers_by_its_deadline_turns_readyz_not_ready_and_never_swaps(settings, rules_dir: Path) -> None:
    release = threading.Event()
    entered = threading.Event()
    calls = {"n": 0}

    def slow_loader(folder: Path) -> Any:
        calls["n"] += 1
        if calls["n"] > 1:  # the first load (at start) is quick; the reload hangs
            entered.set()
            release.wait(30)
        return load_fake_rules(folder)

    app = create_app(replace(settings, rules_poll_s=0, reload_deadline_s=0.5), loader=slow_loader,
                     make_checker=lambda ruleset, crisis, s: FakeChecker(ruleset, crisis))
    with TestClient(app, raise_server_exceptions=False) as client:
        v1 = _version(client)
        (rules_dir / "main.rules").write_text(V2)
        r = client.post("/v1/rules/reload", headers=auth("admin"))
        assert r.status_code == 503 and "deadline" in r.text
        assert entered.is_set()
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "past its 0.5 s deadline" in ready.json()["detail"]
        release.set()
        service = client.app.state.service  # type: ignore[attr-defined]
        for _ in range(200):  # bounded: the late reload thread ends right after release
            if service.gate.stuck() is None:
                break
            threading.Event().wait(0.05)
        assert client.get("/readyz").status_code == 200
        assert _version(client) == v1  # the late result was dropped...
        assert service.store.ruleset_head() == (1, v1)  # ...and never published
        r = client.post("/v1/rules/reload", headers=auth("admin"))  # the lease was not kept
        assert r.status_code == 200 and r.json()["version"] != v1
