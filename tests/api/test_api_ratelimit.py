"""Per-key rate limits: RateLimit-* headers on every answer to a key, 429 + Retry-After over it."""

from __future__ import annotations

import pytest

from api_fakes import auth
from riskcheck.api.settings import Settings
from riskcheck.api.settings import ApiKey
from riskcheck.api.settings import Scope
from riskcheck.api.settings import hash_key
from riskcheck.errors import ConfigError


def test_headers_count_down_per_key(make_client):
    c = make_client(rate_limit="3/minute")
    first = c.post("/v1/check", json={"text": "hi"}, headers=auth("check"))
    assert (first.headers["ratelimit-limit"], first.headers["ratelimit-remaining"]) == ("3", "2")
    assert first.headers["ratelimit-policy"] == "3;w=60"
    assert 0 <= int(first.headers["ratelimit-reset"]) <= 60
    c.get("/v1/rules", headers=auth("check"))
    third = c.get("/v1/crisis", headers=auth("check"))
    assert third.headers["ratelimit-remaining"] == "0"
    over = c.post("/v1/check", json={"text": "hi"}, headers=auth("check"))
    assert over.status_code == 429
    assert over.headers["content-type"] == "application/problem+json"
    assert 1 <= int(over.headers["retry-after"]) <= 60
    assert over.headers["ratelimit-remaining"] == "0"
    assert "rate limit of 3 requests per 60 s for key 'check'" in over.json()["detail"]
    # another key has its own window
    other = c.get("/v1/rules", headers=auth("admin"))
    assert (other.status_code, other.headers["ratelimit-remaining"]) == (200, "2")


def test_errors_after_authentication_carry_the_headers_too(make_client):
    c = make_client(rate_limit="5/minute")
    r = c.post("/v1/check", json={}, headers=auth("check"))
    assert (r.status_code, r.headers["ratelimit-remaining"]) == (422, "4")


def test_unauthenticated_and_unlimited_answers_have_no_headers(make_client):
    c = make_client(rate_limit=None)
    assert "ratelimit-limit" not in c.get("/v1/rules", headers=auth("check")).headers
    assert "ratelimit-limit" not in make_client(rate_limit="5/minute").get("/v1/rules").headers


def test_a_key_can_carry_its_own_limit(make_client, settings):
    keys = settings.api_keys + (ApiKey("slow", Scope.CHECK, hash_key("slow-secret"), rate_limit="1/minute"),)
    c = make_client(api_keys=keys)
    headers = {"Authorization": "Bearer slow-secret"}
    assert c.get("/v1/rules", headers=headers).headers["ratelimit-limit"] == "1"
    assert c.get("/v1/rules", headers=headers).status_code == 429
    assert c.get("/v1/rules", headers=auth("check")).status_code == 200


def test_bad_limit_is_a_config_error():
    with pytest.raises(ConfigError, match="rate limit 'lots' is not like"):
        Settings(rate_limit="lots")


def test_config_file_key_limit_and_off(tmp_path):
    path = tmp_path / "service.yaml"
    path.write_text("service:\n  rate_limit: 'off'\n  api_keys:\n"
                    "    - {name: sched, scope: check, key: abc, rate_limit: 100/minute}\n")
    settings = Settings.from_file(path)
    assert (settings.rate_limit, settings.api_keys[0].rate_limit) == (None, "100/minute")
