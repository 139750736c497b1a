from __future__ import annotations

import logging
import time

import pytest

from api_fakes import KEYS
from api_fakes import auth
from riskcheck.api.app import create_app
from riskcheck.api.settings import Settings
from riskcheck.errors import ConfigError
from riskcheck.api.schemas import ReadyOut

BODIES = {"/v1/check": {"text": "hi"}, "/v1/rules/reload": None, "/v1/verdicts/p1/waive": {
    "rule_id": "promo/sale", "reason": "ok", "text": "big sale"}}


@pytest.mark.parametrize(
    ("headers", "detail"),
    [
        ({}, "missing API key: send 'Authorization: Bearer <key>'"),
        ({"Authorization": "Basic abc"}, "Authorization header must be 'Bearer <key>'"),
        ({"Authorization": "Bearer nope"}, "unknown API key"),
    ],
)
def test_401_with_reason(client, headers, detail):
    r = client.post("/v1/check", json={"text": "hi"}, headers=headers)
    assert (r.status_code, r.json()["detail"], r.headers["www-authenticate"]) == (401, detail, "Bearer")
    assert r.headers["content-type"] == "application/problem+json"
    assert (r.json()["status"], r.json()["title"], r.json()["instance"]) == (401, "Unauthorized", "/v1/check")


@pytest.mark.parametrize(
    ("scope", "method", "path", "status"),
    [
        ("check", "POST", "/v1/check", 200),
        ("check", "GET", "/v1/rules", 200),
        ("check", "GET", "/v1/crisis", 200),
        ("check", "POST", "/v1/rules/reload", 403),
        ("check", "POST", "/v1/verdicts/p1/waive", 403),
        ("check", "GET", "/v1/audit", 403),
        ("review", "POST", "/v1/verdicts/p1/waive", 201),
        ("review", "POST", "/v1/rules/reload", 403),
        ("admin", "POST", "/v1/rules/reload", 200),
        ("admin", "POST", "/v1/verdicts/p1/waive", 201),
        ("admin", "GET", "/v1/audit", 200),
    ],
)
def test_scopes(client, scope, method, path, status):
    # a waiver needs a checked post (never-checked is 404)
    client.post("/v1/check", json={"text": "big sale", "id": "p1"}, headers=auth("check"))
    r = client.request(method, path, json=BODIES.get(path), headers=auth(scope))
    assert r.status_code == status


def test_403_names_key_and_needed_scope(client):
    r = client.put("/v1/crisis", json={"active": True}, headers=auth("check"))
    assert (r.status_code, r.json()["detail"]) == (403, "key 'check' has scope 'check'; this endpoint needs 'admin'")
    assert r.json()["type"] == "urn:riskcheck:problem:forbidden-scope"


def test_no_keys_and_no_insecure_flag_refuses_to_build():
    with pytest.raises(ConfigError, match="no API keys configured"):
        create_app(Settings())


def test_insecure_mode_acts_as_anonymous_admin(make_client):
    c = make_client(insecure_no_auth=True, api_keys=())
    assert c.put("/v1/crisis", json={"active": True, "reason": "x"}).json()["by"] == "anonymous"


def test_keys_never_logged(make_client, caplog):
    caplog.set_level(logging.DEBUG)
    c = make_client()
    for scope in KEYS:
        c.post("/v1/check", json={"text": "hi"}, headers=auth(scope))
    c.post("/v1/check", json={"text": "hi"}, headers={"Authorization": "Bearer wrong-secret"})
    assert not [r for r in caplog.records if "secret" in r.getMessage()]


def test_health_and_metrics_need_no_key(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
    assert client.get("/metrics").status_code == 200


def test_readyz_is_503_until_warm_up_finishes(make_client, gate):
    c = make_client(checker_kwargs={"gate": gate}, warm_up=True, ml=True)
    r = c.get("/readyz")
    assert (r.status_code, r.json()["ready"], r.json()["detail"], r.json()["models"]) == (
        503, False, "models still loading", None)
    ReadyOut.model_validate(r.json())  # the 503 body is the documented one
    gate.set()
    for _ in range(200):
        r = c.get("/readyz")
        if r.status_code == 200:
            break
        time.sleep(0.01)
    assert (r.status_code, r.json()["models"]) == (200, {"toxicity": "ran"})
    assert ReadyOut.model_validate(r.json()).rules is not None
    assert c.app.state.service.current.checker.batch_sizes == [4]  # the warm-up posts, en + nl
