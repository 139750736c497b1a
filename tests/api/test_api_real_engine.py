"""The service over the real rule engine and checker (rules-only profile): reload with a
broken YAML pack names file:line and keeps the old set; concurrent checks during reloads
only ever see whole rule sets."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api_fakes import auth
from riskcheck.api.app import create_app

PACK = """pack: events
timezone: UTC
defaults:
  category: current-event
  severity: block
rules:
  - id: storm-bram
    kind: phrase
    message: "Storm Bram has caused deaths ({match})."
    terms: [storm bram, stormbram]
"""
TYPO = PACK.replace("    kind: phrase\n", "    kind: phrase\n    serverity: review\n")
SECOND = PACK.replace("storm-bram", "storm-cleo").replace("[storm bram, stormbram]", "[storm bram, storm cleo]")


@pytest.fixture()
def real(settings, tmp_path: Path):
    rules = tmp_path / "yaml-rules"
    rules.mkdir()
    (rules / "events.yaml").write_text(PACK)
    app = create_app(replace(settings, rules_dir=rules, inline_checks=False))  # checks in threads
    with TestClient(app) as client:
        yield client, rules / "events.yaml"


def test_real_check_finds_span(real):
    client, _ = real
    body = client.post("/v1/check", json={"text": "Ride out #StormBram with blankets", "id": "x",
                                          "scheduled_at": "2026-11-25T10:00:00+01:00"}, headers=auth("check")).json()
    assert body["decision"] == "block"
    assert [(f["rule_id"], f["spans"][0]["text"], f["source"]["line"]) for f in body["findings"]] == [
        ("events/storm-bram", "#StormBram", 7)]


def test_real_broken_pack_keeps_old_set_and_names_file_line(real):
    client, path = real
    before = client.get("/v1/rules", headers=auth("check")).json()["version"]
    path.write_text(TYPO)
    r = client.post("/v1/rules/reload", headers=auth("admin"))
    assert (r.status_code, r.json()["reloaded"], r.json()["version"]) == (422, False, before)
    assert [p.split(" ", 1)[0] for p in r.json()["problems"]] == [f"{path}:9:5:"]
    assert "serverity" in r.json()["problems"][0]
    assert client.post("/v1/check", json={"text": "storm bram"}, headers=auth("check")).json()["ruleset_version"] == before

    path.write_text(SECOND)
    r = client.post("/v1/rules/reload", headers=auth("admin"))
    after = r.json()["version"]
    assert (r.status_code, r.json()["previous_version"]) == (200, before)
    assert after != before
    listed = client.get("/v1/rules", headers=auth("check")).json()
    assert (listed["version"], [x["id"] for x in listed["rules"]]) == (after, ["events/storm-cleo"])


def test_real_concurrent_checks_see_whole_rule_sets(real):
    client, path = real
    versions = {}
    for text, rule in ((PACK, "events/storm-bram"), (SECOND, "events/storm-cleo")):
        path.write_text(text)
        versions[client.post("/v1/rules/reload", headers=auth("admin")).json()["version"]] = rule
    seen: list[tuple[str, list[str]]] = []
    stop = threading.Event()

    def check() -> None:
        while not stop.is_set():
            body = client.post("/v1/check", json={"text": "storm bram"}, headers=auth("check")).json()
            seen.append((body["ruleset_version"], [f["rule_id"] for f in body["findings"]]))

    threads = [threading.Thread(target=check) for _ in range(4)]
    for t in threads:
        t.start()
    for i in range(20):
        path.write_text(PACK if i % 2 else SECOND)
        assert client.post("/v1/rules/reload", headers=auth("admin")).status_code == 200
    stop.set()
    for t in threads:
        t.join()
    assert {v for v, _ in seen} == set(versions)
    assert [s for s in seen if s[1] != [versions[s[0]]]] == []


@pytest.mark.parametrize(("language", "status", "decision"), [
    ("en", 200, "block"), ("en-US", 200, "block"), ("nl_BE", 200, "block"), ("de", 200, "pass"),
    ("english", 422, None), ("e", 422, None)])
def test_language_accepts_a_locale_tag_like_the_cli(real, language, status, decision):
    client, pack = real
    pack.write_text(PACK.replace("defaults:\n", "defaults:\n  languages: [en, nl]\n"))
    assert client.post("/v1/rules/reload", headers=auth("admin")).json()["reloaded"] is True
    r = client.post("/v1/check", json={"text": "Storm Bram sale", "language": language}, headers=auth("check"))
    assert (r.status_code, r.json().get("decision")) == (status, decision)
