from __future__ import annotations

from api_fakes import auth
from riskcheck.store import text_sha256

TEXT = "Storm Bram: big sale"


def _check(client, text=TEXT, post_id="p1"):
    return client.post("/v1/check", json={"text": text, "id": post_id}, headers=auth("check")).json()


def test_waiver_marks_finding_and_redecides(client):
    assert _check(client)["decision"] == "block"
    r = client.post("/v1/verdicts/p1/waive", json={"rule_id": "events/storm", "reason": "weather sponsor, approved",
                                                   "text": TEXT}, headers=auth("admin"))  # block: admin
    assert r.status_code == 201
    assert {k: v for k, v in r.json().items() if k != "at"} == {
        "post_id": "p1", "text_sha256": text_sha256(TEXT), "rule_id": "events/storm",
        "reason": "weather sponsor, approved", "by": "admin"}
    body = _check(client)
    assert body["decision"] == "review"  # the unwaived promo/sale finding still counts
    assert [(f["rule_id"], f.get("waived")) for f in body["findings"]] == [
        ("promo/sale", None), ("events/storm", "weather sponsor, approved (waived by admin)")]
    assert body["reasons"][-1] == "waived events/storm: weather sponsor, approved (waived by admin)"


def test_waiver_by_hash_and_lapses_when_text_changes(client):
    digest = _check(client)["text_sha256"]
    for rule in ("events/storm", "promo/sale"):
        client.post("/v1/verdicts/p1/waive", json={"rule_id": rule, "reason": "ok", "text_sha256": digest},
                    headers=auth("admin"))
    assert _check(client)["decision"] == "pass"
    assert _check(client, TEXT + "!")["decision"] == "block"  # edited text: waiver lapsed
    assert _check(client, post_id="p2")["decision"] == "block"  # another post


def test_waive_unknown_rule_is_422(client):
    r = client.post("/v1/verdicts/p1/waive", json={"rule_id": "nope/x", "reason": "r", "text": TEXT},
                    headers=auth("review"))
    assert (r.status_code, r.json()["errors"][0]["loc"], r.json()["errors"][0]["msg"][:20]) == (
        422, ["body", "rule_id"], "unknown rule 'nope/x")


def test_waive_needs_text_or_hash(client):
    r = client.post("/v1/verdicts/p1/waive", json={"rule_id": "promo/sale", "reason": "r"}, headers=auth("review"))
    assert r.status_code == 422
    assert r.json()["errors"][0]["msg"] == "Value error, give exactly one of 'text' or 'text_sha256'"
