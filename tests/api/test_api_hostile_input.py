"""Every field is decoded strictly at the edge (issue 9): a lone surrogate or a NUL is a 422
naming the field, a per-post error inside a batch, never a 500. Assertions use the status and
substrings only: the error body format is being changed to RFC 9457 problem details."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api_fakes import auth

FIELDS = ["text", "id", "channel", "brand", "author", "alt_text"]


def _post(client: TestClient, path: str, body: object, scope: str = "admin", method: str = "POST") -> object:
    # json.dumps writes "\ud800" as the escape a hostile client sends; httpx's json= would refuse.
    headers = {**auth(scope), "content-type": "application/json"}
    return client.request(method, path, content=json.dumps(body), headers=headers)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("bad", ["a \ud800", "a \x00 b", "\udfff"])
def test_unstorable_post_field_is_a_422_naming_it(client: TestClient, field: str, bad: str) -> None:
    body = {"text": "hello", field: bad}
    r = _post(client, "/v1/check", body)
    assert r.status_code == 422, r.text  # type: ignore[attr-defined]
    assert field in r.text and "cannot be stored" in r.text  # type: ignore[attr-defined]


def test_link_url_with_a_lone_surrogate_is_a_422(client: TestClient) -> None:
    r = _post(client, "/v1/check", {"text": "hi", "link_urls": ["https://x.example/\ud800"]})
    assert r.status_code == 422 and "link_urls" in r.text  # type: ignore[attr-defined]


@pytest.mark.parametrize("field", FIELDS)
def test_one_bad_post_is_its_own_error_in_a_batch(client: TestClient, field: str) -> None:
    bad = {"text": "storm bram", field: "x\ud800"}
    r = _post(client, "/v1/check/batch", {"posts": [{"text": "a sale", "id": "good"}, bad, {"text": "ok"}]})
    assert r.status_code == 200, r.text  # type: ignore[attr-defined]
    results = r.json()["results"]  # type: ignore[attr-defined]
    assert results[0]["verdict"]["decision"] == "review" and results[0]["id"] == "good"
    assert results[1]["error"]["status"] == 422 and "verdict" not in results[1]
    assert field in json.dumps(results[1]["error"]) and "cannot be stored" in json.dumps(results[1]["error"])
    assert results[1]["id"] is None  # an id that cannot be encoded is not echoed
    assert results[2]["verdict"]["decision"] == "pass"
    assert r.json()["counts"] == {"review": 1, "error": 1, "pass": 1}  # type: ignore[attr-defined]


def test_surrogate_in_a_key_name_is_a_422(client: TestClient) -> None:
    r = _post(client, "/v1/check", {"text": "a", "\ud800": 1})
    assert r.status_code == 422, r.text  # type: ignore[attr-defined]


@pytest.mark.parametrize("reason", ["storm\x00", "storm \ud800"])
def test_crisis_reason_the_store_cannot_hold_is_a_422(client: TestClient, reason: str) -> None:
    r = _post(client, "/v1/crisis", {"active": True, "reason": reason}, method="PUT")
    assert r.status_code == 422 and "reason" in r.text  # type: ignore[attr-defined]
    assert client.get("/v1/crisis", headers=auth("admin")).json()["active"] is False


@pytest.mark.parametrize("body", [{"rule_id": "promo/sale", "reason": "fine\x00", "text": "a sale"},
                                  {"rule_id": "promo/sale", "reason": "fine", "text": "a sale \ud800"},
                                  {"rule_id": "promo/sale\x00", "reason": "fine", "text": "a sale"}])
def test_waiver_the_store_cannot_hold_is_a_422(client: TestClient, body: dict[str, str]) -> None:
    r = _post(client, "/v1/verdicts/p1/waive", body)
    assert r.status_code == 422, r.text  # type: ignore[attr-defined]
    assert "cannot be stored" in r.text  # type: ignore[attr-defined]


def test_nul_in_the_waived_post_id_path_is_a_422(client: TestClient) -> None:
    r = client.post("/v1/verdicts/p%001/waive", headers=auth("admin"),
                    json={"rule_id": "promo/sale", "reason": "fine", "text": "a sale"})
    assert r.status_code == 422 and "post_id" in r.text


@pytest.mark.parametrize("value", [1_700_000_000, 1_700_000_000_000, 1.5e9])
def test_integer_scheduled_at_is_refused(client: TestClient, value: float) -> None:
    # Documented rule: times are ISO 8601 strings with an offset; numbers are never guessed at.
    r = _post(client, "/v1/check", {"text": "a", "scheduled_at": value})
    assert r.status_code == 422 and "scheduled_at" in r.text and "ISO 8601" in r.text  # type: ignore[attr-defined]
    r = _post(client, "/v1/check/batch", {"posts": [{"text": "a", "scheduled_at": value}]})
    assert r.json()["results"][0]["error"]["status"] == 422  # type: ignore[attr-defined]


def test_integer_crisis_until_is_refused(client: TestClient) -> None:
    r = _post(client, "/v1/crisis", {"active": True, "until": 4_000_000_000}, method="PUT")
    assert r.status_code == 422 and "until" in r.text  # type: ignore[attr-defined]


def test_iso_scheduled_at_still_accepted(client: TestClient) -> None:
    r = _post(client, "/v1/check", {"text": "a", "scheduled_at": "2026-11-24T10:00:00+01:00"})
    assert r.status_code == 200  # type: ignore[attr-defined]


def test_unnamed_key_identity_shown_to_others_says_nothing_about_the_secret(make_client: object) -> None:
    # Issue 9: an unnamed admin key showed the first 8 hex digits of its SHA-256 as the crisis
    # switch's `by` to every check-scope caller, enough to test guesses of a weak key offline.
    import hashlib

    from riskcheck.api.settings import parse_env_keys

    keys = parse_env_keys("adm-secret:admin,chk-secret:check")
    client = make_client(api_keys=keys)  # type: ignore[operator]
    admin = {"Authorization": "Bearer adm-secret"}
    assert client.put("/v1/crisis", json={"active": True, "reason": "storm"}, headers=admin).status_code == 200
    shown = client.get("/v1/crisis", headers={"Authorization": "Bearer chk-secret"}).json()["by"]
    assert shown == "env-1-admin"
    digest = hashlib.sha256(b"adm-secret").hexdigest()
    assert not any(digest[i:i + 6] in shown for i in range(0, 58))
    client.post("/v1/check", json={"text": "hi"}, headers=admin)
    audit = client.get("/v1/audit", headers=admin).json()["records"]
    assert {r["actor"] for r in audit} == {"env-1-admin"}
