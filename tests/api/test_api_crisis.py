from __future__ import annotations

import pytest

from api_fakes import auth


def test_crisis_starts_off(client):
    assert client.get("/v1/crisis", headers=auth("check")).json() == {
        "active": False, "reason": None, "since": None, "until": None, "by": None}


def test_crisis_on_holds_matching_posts_and_records_who(client):
    r = client.put("/v1/crisis", json={"active": True, "reason": "storm Bram", "until": "2099-01-01T00:00:00Z"},
                   headers=auth("admin"))
    body = r.json()
    assert (r.status_code, body["active"], body["reason"], body["until"], body["by"]) == (
        200, True, "storm Bram", "2099-01-01T00:00:00+00:00", "admin")
    promo = client.post("/v1/check", json={"text": "big sale"}, headers=auth("check")).json()
    assert (promo["decision"], promo["reasons"][0]) == (
        "hold", "crisis mode: storm Bram (post is in held categories: promotion)")
    plain = client.post("/v1/check", json={"text": "hello"}, headers=auth("check")).json()
    assert plain["decision"] == "pass"


def test_crisis_delete_ends_it(client):
    client.put("/v1/crisis", json={"active": True, "reason": "x"}, headers=auth("admin"))
    r = client.delete("/v1/crisis", headers=auth("admin"))
    assert (r.json()["active"], r.json()["by"]) == (False, "admin")
    assert client.post("/v1/check", json={"text": "big sale"}, headers=auth("check")).json()["decision"] == "review"


def test_crisis_survives_restart_on_the_same_sqlite_file(make_client):
    first = make_client()
    first.put("/v1/crisis", json={"active": True, "reason": "flood"}, headers=auth("admin"))
    first.__exit__(None, None, None)  # shut the first app down
    second = make_client()
    state = second.get("/v1/crisis", headers=auth("check")).json()
    assert (state["active"], state["reason"], state["by"]) == (True, "flood", "admin")
    assert second.post("/v1/check", json={"text": "sale"}, headers=auth("check")).json()["decision"] == "hold"


def test_two_live_instances_share_the_switch(make_client):
    a = make_client()
    b = make_client()
    a.put("/v1/crisis", json={"active": True, "reason": "r"}, headers=auth("admin"))
    assert b.get("/v1/crisis", headers=auth("check")).json()["active"] is True
    b.delete("/v1/crisis", headers=auth("admin"))
    assert a.get("/v1/crisis", headers=auth("check")).json()["active"] is False


def test_crisis_bad_until_is_422(client):
    r = client.put("/v1/crisis", json={"active": True, "until": "next week"}, headers=auth("admin"))
    assert (r.status_code, r.json()["errors"][0]["loc"]) == (422, ["body", "until"])


@pytest.mark.postgres
def test_replicas_share_crisis_and_waivers_through_postgres(make_client, pg_url):
    a = make_client(db_url=pg_url)
    b = make_client(db_url=pg_url)
    a.put("/v1/crisis", json={"active": True, "reason": "pg"}, headers=auth("admin"))
    assert b.post("/v1/check", json={"text": "sale"}, headers=auth("check")).json()["decision"] == "hold"
    a.delete("/v1/crisis", headers=auth("admin"))
    a.post("/v1/check", json={"text": "sale", "id": "p1"}, headers=auth("check"))
    b.post("/v1/verdicts/p1/waive", json={"rule_id": "promo/sale", "reason": "fine", "text": "sale"},
           headers=auth("review"))
    body = a.post("/v1/check", json={"text": "sale", "id": "p1"}, headers=auth("check")).json()
    assert (body["decision"], body["findings"][0]["waived"]) == ("pass", "fine (waived by review)")
    a.get("/v1/audit", headers=auth("admin"))  # flushes replica a's queued audit records
    records = b.get("/v1/audit?kind=check", headers=auth("admin")).json()["records"]
    assert [(r["route"], r["decision"]) for r in records] == [
        ("/v1/check", "pass"), ("/v1/check", "review"), ("/v1/check", "hold")]


def test_crisis_until_in_the_past_is_422_not_a_silent_off(client):
    r = client.put("/v1/crisis", json={"active": True, "reason": "x", "until": "2020-01-01T00:00:00Z"},
                   headers=auth("admin"))
    assert (r.status_code, r.json()["errors"][0]["loc"], r.json()["errors"][0]["type"]) == (
        422, ["body", "until"], "datetime_future")
    assert client.get("/v1/crisis", headers=auth("check")).json()["active"] is False


def test_crisis_put_without_json_content_type_works_like_the_readme_curl(client):
    # curl -d '...' sends application/x-www-form-urlencoded; the README's PUT omits -H Content-Type
    r = client.put("/v1/crisis", content=b'{"active": true, "reason": "Storm Bram"}',
                   headers={**auth("admin"), "content-type": "application/x-www-form-urlencoded"})
    assert (r.status_code, r.json()["active"], r.json()["reason"]) == (200, True, "Storm Bram")
