"""Every error answer is RFC 9457 problem details, and the OpenAPI document lists each
status an operation can answer."""

from __future__ import annotations

import pytest

from api_fakes import auth

PROBLEM = "application/problem+json"


def _is_problem(r, status: int) -> dict:
    assert r.status_code == status
    assert r.headers["content-type"] == PROBLEM
    body = r.json()
    assert body["status"] == status
    assert isinstance(body["type"], str) and isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    return body


def test_unknown_path_is_a_404_problem(client):
    body = _is_problem(client.get("/v1/nothing-here", headers=auth("check")), 404)
    assert (body["instance"], body["title"]) == ("/v1/nothing-here", "Not Found")
    assert "/v1/nothing-here" in body["detail"]


def test_wrong_method_is_a_405_problem(client):
    body = _is_problem(client.delete("/v1/check", headers=auth("check")), 405)
    assert "DELETE" in body["detail"]


def test_validation_problem_keeps_a_machine_readable_list(client):
    body = _is_problem(client.post("/v1/check", json={"txt": "typo"}, headers=auth("check")), 422)
    assert body["type"] == "urn:riskcheck:problem:validation"
    assert [(e["loc"], e["type"]) for e in body["errors"]] == [
        (["body", "text"], "missing"), (["body", "txt"], "extra_forbidden")]
    assert all(set(e) == {"loc", "msg", "type"} for e in body["errors"])
    assert "body.text: Field required" in body["detail"]  # a human sentence, not a list


def test_query_validation_is_a_problem_too(client):
    body = _is_problem(client.get("/v1/audit?limit=0", headers=auth("admin")), 422)
    assert body["errors"][0]["loc"] == ["query", "limit"]


def test_401_403_and_500_are_problems(client):
    _is_problem(client.get("/v1/rules"), 401)
    _is_problem(client.get("/v1/audit", headers=auth("check")), 403)
    body = _is_problem(client.post("/v1/check", json={"text": "explode"}, headers=auth("check")), 500)
    assert body["request_id"] in body["detail"]


def _operations(client):
    doc = client.get("/openapi.json").json()
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            yield path, method.upper(), operation, doc


@pytest.mark.parametrize(("path", "method", "statuses"), [
    ("/v1/check", "POST", {"200", "401", "413", "422", "429", "500"}),
    ("/v1/check/batch", "POST", {"200", "401", "413", "422", "429", "500"}),
    ("/v1/rules/reload", "POST", {"200", "401", "403", "422", "429", "500"}),
    ("/v1/crisis", "PUT", {"200", "401", "403", "413", "422", "429", "500"}),
    ("/v1/crisis", "DELETE", {"200", "401", "403", "429", "500"}),
    ("/v1/audit", "GET", {"200", "401", "403", "422", "429", "500"}),
    ("/v1/verdicts/{post_id}/waive", "POST", {"201", "401", "403", "413", "422", "429", "500"}),
    ("/healthz", "GET", {"200", "500"}),
])
def test_openapi_lists_every_status(client, path, method, statuses):
    found = {(p, m): op for p, m, op, _ in _operations(client)}
    assert statuses <= set(found[(path, method)]["responses"])


def test_openapi_error_answers_are_problem_json(client):
    for path, method, operation, doc in _operations(client):
        for status, response in operation["responses"].items():
            if int(status) >= 400 and status != "503":
                assert list(response["content"]) == [PROBLEM], (path, method, status)
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    assert doc["components"]["schemas"]["Problem"]["required"] == ["type", "title", "status", "detail"]
