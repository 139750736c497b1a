from __future__ import annotations

import threading

from api_fakes import RULES_V1
from api_fakes import auth

BROKEN = RULES_V1 + "promo/bogo|bogo|sever|promotion\nnot a rule\n"
FIXED = RULES_V1 + "promo/bogo|bogo|review|promotion\n"


def test_rules_lists_version_packs_and_rules(client, rules_dir):
    body = client.get("/v1/rules", headers=auth("check")).json()
    assert body["packs"] == [{"name": "events"}, {"name": "promo"}]
    assert [(r["id"], r["pack"], r["kind"], r["category"], r["severity"], r["status"], r["expired"], r["source"])
            for r in body["rules"]] == [
        ("promo/sale", "promo", "phrase", "promotion", "review", "active", False,
         {"file": str(rules_dir / "main.rules"), "line": 1}),
        ("events/storm", "events", "phrase", "current-event", "block", "active", False,
         {"file": str(rules_dir / "main.rules"), "line": 2}),
    ]


def test_broken_reload_keeps_old_set_then_fixed_reload_swaps(client, rules_dir):
    before = client.get("/v1/rules", headers=auth("check")).json()["version"]
    path = rules_dir / "main.rules"
    path.write_text(BROKEN)
    r = client.post("/v1/rules/reload", headers=auth("admin"))
    assert r.status_code == 422
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert {k: body[k] for k in ("status", "reloaded", "version", "previous_version", "problems")} == {
        "status": 422, "reloaded": False, "version": before, "previous_version": before,
        "problems": [f"{path}:3:17: rule promo/bogo: severity must be one of block, review, info",
                     f"{path}:4:1: expected pack/id|term|severity|category"],
    }
    assert "2 problem(s)" in body["detail"] and "keeps serving" in body["detail"]
    # still serving the old set
    assert client.get("/v1/rules", headers=auth("check")).json()["version"] == before
    check = client.post("/v1/check", json={"text": "bogo!"}, headers=auth("check")).json()
    assert (check["decision"], check["ruleset_version"]) == ("pass", before)

    path.write_text(FIXED)
    r = client.post("/v1/rules/reload", headers=auth("admin"))
    after = r.json()["version"]
    assert (r.status_code, r.json()) == (200, {"reloaded": True, "version": after, "previous_version": before,
                                                "problems": []})
    assert after != before
    assert client.get("/v1/rules", headers=auth("check")).json()["version"] == after
    check = client.post("/v1/check", json={"text": "bogo!"}, headers=auth("check")).json()
    assert (check["decision"], check["ruleset_version"]) == ("review", after)


def test_concurrent_checks_never_see_half_loaded_sets(make_client, rules_dir):
    """Flip between two rule sets while threads check; every verdict must be consistent
    with exactly the version it reports."""
    c = make_client(checker_kwargs={"pause_s": 0.002}, ml_threads=8, inline_checks=False)
    path = rules_dir / "main.rules"
    set_a = "a/alpha|word|review|x\n"
    set_b = "b/beta|word|block|y\n"
    versions = {}
    for name, text in (("a", set_a), ("b", set_b)):
        path.write_text(text)
        versions[c.post("/v1/rules/reload", headers=auth("admin")).json()["version"]] = name
    expected = {v: ([f"{n}/{'alpha' if n == 'a' else 'beta'}"], "review" if n == "a" else "block")
                for v, n in versions.items()}
    seen: list[tuple[str, list[str], str]] = []
    stop = threading.Event()

    def checker() -> None:
        while not stop.is_set():
            body = c.post("/v1/check", json={"text": "a word"}, headers=auth("check")).json()
            seen.append((body["ruleset_version"], [f["rule_id"] for f in body["findings"]], body["decision"]))

    threads = [threading.Thread(target=checker) for _ in range(6)]
    for t in threads:
        t.start()
    statuses = []
    for i in range(30):
        path.write_text(set_a if i % 2 == 0 else set_b)
        statuses.append(c.post("/v1/rules/reload", headers=auth("admin")).status_code)
    stop.set()
    for t in threads:
        t.join()
    assert set(statuses) == {200}
    assert len({v for v, _, _ in seen}) == 2  # both sets were actually served
    assert [s for s in seen if (s[1], s[2]) != expected[s[0]]] == []


def test_metrics_show_ruleset_version_and_reloads(client):
    version = client.get("/v1/rules", headers=auth("check")).json()["version"]
    client.post("/v1/rules/reload", headers=auth("admin"))
    text = client.get("/metrics").text
    assert f'riskcheck_ruleset_info{{version="{version}"}} 1.0' in text
    assert 'riskcheck_rule_reloads_total{result="ok"} 1.0' in text
    assert "riskcheck_ruleset_age_seconds " in text
