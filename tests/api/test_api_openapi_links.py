"""The OpenAPI document says how calls chain (api/openapi_links.py), and cannot name an
operation the app does not serve."""

from __future__ import annotations

from typing import Any

import pytest

from riskcheck.api import openapi_links


def test_check_links_to_the_verdict_and_the_review_calls(client: Any) -> None:
    doc = client.get("/openapi.json").json()
    ids = {op["operationId"]: (method, path) for path, item in doc["paths"].items() for method, op in item.items()}
    links = doc["paths"]["/v1/check"]["post"]["responses"]["200"]["links"]

    assert ids[links["GetVerdict"]["operationId"]] == ("get", "/v1/verdicts/{post_id}")
    assert links["GetVerdict"]["parameters"] == {"path.post_id": "$response.body#/id"}
    assert links["WaiveFinding"]["requestBody"] == {"rule_id": "$response.body#/findings/0/rule_id",
                                                   "text_sha256": "$response.body#/text_sha256"}
    crisis_on = doc["paths"]["/v1/crisis"]["put"]["responses"]["200"]["links"]
    assert ids[crisis_on["EndCrisis"]["operationId"]] == ("delete", "/v1/crisis")
    # every link of the document points at an operation it has
    for item in doc["paths"].values():
        for op in item.values():
            for response in op["responses"].values():
                for link in response.get("links", {}).values():
                    assert link["operationId"] in ids


def test_a_link_to_an_operation_the_app_does_not_serve_is_refused(client: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    doc = client.get("/openapi.json").json()
    broken = openapi_links.Link("Gone", ("get", "/v1/posts/{id}"), "A route that was renamed.")
    monkeypatch.setitem(openapi_links.LINKS, ("post", "/v1/check", "200"), [broken])
    with pytest.raises(LookupError, match="GET /v1/posts/{id}"):
        openapi_links.install(doc)
