"""The review workflow over the API: latest verdicts, approve/reject, waivers list/revoke,
scope of block waivers, audit events with actors, audit paging and filters."""

from __future__ import annotations

import pytest

from api_fakes import auth
from riskcheck.store import text_sha256

SALE = "Big sale today"  # promo/sale: review severity
STORM = "Storm Bram: big sale"  # events/storm: block severity + promo/sale


def _check(client, text, post_id, **extra):
    r = client.post("/v1/check", json={"text": text, "id": post_id, **extra}, headers=auth("check"))
    assert r.status_code == 200, r.text
    return r.json()


def test_verdict_of_unchecked_post_is_404(client):
    r = client.get("/v1/verdicts/nope", headers=auth("check"))
    assert r.status_code == 404
    assert "never checked" in r.text


def test_latest_verdict_and_pending_review(client):
    _check(client, SALE, "p1", brand="acme", channel="x")
    body = client.get("/v1/verdicts/p1", headers=auth("check")).json()
    assert (body["id"], body["decision"], body["text_sha256"], body["review"]["state"]) == (
        "p1", "review", text_sha256(SALE), "pending")
    assert (body["brand"], body["channel"], body["categories"], body["checked_by"]) == (
        "acme", "x", ["promotion"], "check")
    assert body["verdict"]["findings"][0]["rule_id"] == "promo/sale"
    assert body["waivers"] == []


def test_approve_waives_rechecks_and_is_audited(client):
    _check(client, SALE, "p1")
    r = client.post("/v1/verdicts/p1/approve", json={"note": "seasonal campaign, fine"}, headers=auth("review"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["decision"], body["review"]["state"], body["review"]["by"], body["review"]["note"]) == (
        "pass", "approved", "review", "seasonal campaign, fine")
    assert [w["rule_id"] for w in body["waivers"]] == ["promo/sale"]
    # the scheduler's next check of the same text passes; an edit goes back to review
    assert _check(client, SALE, "p1")["decision"] == "pass"
    assert client.get("/v1/verdicts/p1", headers=auth("check")).json()["review"]["state"] == "approved"
    _check(client, SALE + "!", "p1")
    after = client.get("/v1/verdicts/p1", headers=auth("check")).json()
    assert (after["decision"], after["review"]["state"]) == ("review", "pending")
    events = client.get("/v1/audit?kind=approve", headers=auth("admin")).json()["records"]
    assert [(e["kind"], e["actor"], e["post_id"]) for e in events] == [("approve", "review", "p1")]
    assert "rev-secret" not in str(events)


def test_approve_needs_a_note(client):
    _check(client, SALE, "p1")
    r = client.post("/v1/verdicts/p1/approve", json={"note": ""}, headers=auth("review"))
    assert r.status_code == 422


def test_review_key_cannot_waive_or_approve_a_block_finding(client):
    _check(client, STORM, "p2")
    r = client.post("/v1/verdicts/p2/approve", json={"note": "fine"}, headers=auth("review"))
    assert r.status_code == 403
    assert "admin" in r.text and "events/storm" in r.text
    r = client.post("/v1/verdicts/p2/waive", json={"rule_id": "events/storm", "reason": "x", "text": STORM},
                    headers=auth("review"))
    assert r.status_code == 403
    assert _check(client, STORM, "p2")["decision"] == "block"
    r = client.post("/v1/verdicts/p2/approve", json={"note": "sponsor"}, headers=auth("admin"))
    assert (r.status_code, r.json()["decision"]) == (200, "pass")


def test_waiving_a_never_checked_post_is_refused(client):
    r = client.post("/v1/verdicts/ghost/waive", json={"rule_id": "promo/sale", "reason": "x", "text": SALE},
                    headers=auth("review"))
    assert r.status_code == 404
    assert "never checked" in r.text


def test_waiving_another_text_or_an_unflagged_rule_is_409(client):
    _check(client, SALE, "p1")
    r = client.post("/v1/verdicts/p1/waive", json={"rule_id": "promo/sale", "reason": "x", "text": "other"},
                    headers=auth("review"))
    assert r.status_code == 409 and "another text" in r.text
    r = client.post("/v1/verdicts/p1/waive", json={"rule_id": "events/storm", "reason": "x", "text": SALE},
                    headers=auth("admin"))
    assert r.status_code == 409 and "did not flag" in r.text


def test_reject_is_recorded(client):
    _check(client, SALE, "p1")
    r = client.post("/v1/verdicts/p1/reject", json={"note": "off brand", "text_sha256": text_sha256(SALE)},
                    headers=auth("review"))
    assert (r.status_code, r.json()["review"]["state"], r.json()["decision"]) == (200, "rejected", "review")
    stale = client.post("/v1/verdicts/p1/reject", json={"note": "x", "text_sha256": text_sha256("old")},
                        headers=auth("review"))
    assert stale.status_code == 409


def test_list_and_revoke_waivers(client):
    _check(client, SALE, "p1")
    client.post("/v1/verdicts/p1/waive", json={"rule_id": "promo/sale", "reason": "ok", "text": SALE},
                headers=auth("review"))
    listed = client.get("/v1/waivers?post_id=p1", headers=auth("review")).json()["waivers"]
    assert [(w["post_id"], w["rule_id"], w["by"]) for w in listed] == [("p1", "promo/sale", "review")]
    assert _check(client, SALE, "p1")["decision"] == "pass"
    r = client.delete("/v1/verdicts/p1/waive?rule_id=promo/sale", headers=auth("review"))
    assert r.status_code == 200 and r.json()["revoked"][0]["rule_id"] == "promo/sale"
    assert client.get("/v1/verdicts/p1", headers=auth("check")).json()["decision"] == "review"
    assert client.get("/v1/waivers", headers=auth("review")).json()["waivers"] == []
    again = client.delete("/v1/verdicts/p1/waive?rule_id=promo/sale", headers=auth("review"))
    assert again.status_code == 404
    assert client.get("/v1/waivers", headers=auth("check")).status_code == 403


def test_crisis_switch_and_reload_are_audited_with_actor(client, rules_dir):
    client.put("/v1/crisis", json={"active": True, "reason": "storm"}, headers=auth("admin"))
    client.delete("/v1/crisis", headers=auth("admin"))
    client.post("/v1/rules/reload", headers=auth("admin"))
    (rules_dir / "bad.rules").write_text("x/y|term|nope|cat\n")
    client.post("/v1/rules/reload", headers=auth("admin"))
    records = client.get("/v1/audit", headers=auth("admin")).json()["records"]
    got = [(r["kind"], r["actor"], r["decision"]) for r in records]
    assert got == [("reload", "admin", "failed"), ("reload", "admin", "reloaded"),
                   ("crisis", "admin", "off"), ("crisis", "admin", "on")]
    assert "bad.rules:1" in records[0]["detail"]


def test_audit_pages_and_filters(client):
    for i in range(5):
        _check(client, f"hello {i}", f"p{i}")
    client.put("/v1/crisis", json={"active": True, "reason": "x"}, headers=auth("admin"))
    first = client.get("/v1/audit?limit=2", headers=auth("admin")).json()
    second = client.get(f"/v1/audit?limit=2&offset={first['next_offset']}", headers=auth("admin")).json()
    assert [r["kind"] for r in first["records"]] == ["crisis", "check"]
    assert len(second["records"]) == 2 and first["next_offset"] == 2
    checks = client.get("/v1/audit?kind=check&limit=100", headers=auth("admin")).json()
    assert len(checks["records"]) == 5 and checks["next_offset"] is None
    by_post = client.get("/v1/audit?post_id=p3", headers=auth("admin")).json()["records"]
    assert [r["post_id"] for r in by_post] == ["p3"]
    by_actor = client.get("/v1/audit?actor=admin", headers=auth("admin")).json()["records"]
    assert [r["kind"] for r in by_actor] == ["crisis"]
    future = client.get("/v1/audit?since=2999-01-01T00:00:00Z", headers=auth("admin")).json()["records"]
    assert future == []
    naive = client.get("/v1/audit?since=2020-01-01T00:00:00", headers=auth("admin"))
    assert naive.status_code == 422


def test_release_rechecks_held_posts(client):
    from riskcheck.api import workflow
    from riskcheck.api.auth import Principal
    from riskcheck.api.settings import Scope

    client.put("/v1/crisis", json={"active": True, "reason": "storm"}, headers=auth("admin"))
    assert _check(client, SALE, "p1")["decision"] == "hold"
    client.delete("/v1/crisis", headers=auth("admin"))
    service = client.app.state.service
    after = workflow.release_held(service, Principal("admin", Scope.ADMIN))
    assert [(r.post_id, r.decision) for r in after] == [("p1", "review")]


@pytest.mark.postgres
def test_review_workflow_on_postgres(make_client, pg_url):
    a = make_client(db_url=pg_url)
    b = make_client(db_url=pg_url)
    _check(a, SALE, "p1")
    r = b.post("/v1/verdicts/p1/approve", json={"note": "ok"}, headers=auth("review"))
    assert (r.status_code, r.json()["decision"]) == (200, "pass")
    assert a.get("/v1/verdicts/p1", headers=auth("check")).json()["review"]["state"] == "approved"
    assert b.delete("/v1/verdicts/p1/waive?rule_id=promo/sale", headers=auth("review")).status_code == 200
    assert a.get("/v1/verdicts/p1", headers=auth("check")).json()["review"]["state"] == "pending"
    kinds = [r["kind"] for r in a.get("/v1/audit?limit=3", headers=auth("admin")).json()["records"]]
    assert kinds[:2] == ["check", "revoke"] or kinds[:2] == ["revoke", "check"]
