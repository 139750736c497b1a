"""Property-based API testing: schemathesis drives every operation in the app's own
OpenAPI with generated requests (valid and invalid) and fails on any 5xx, on any status
the operation does not document, on an error answer that is not problem details, and on
any answer schemathesis' own response checks refuse (content type, headers, body schema).
The stateful run over the document's links is test_api_schemathesis_stateful.py."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck  # noqa: E402
from hypothesis import given  # noqa: E402
from hypothesis import settings  # noqa: E402

from api_fakes import auth  # noqa: E402
from test_api_schemathesis_stateful import CHECKS  # noqa: E402

EXAMPLES = 20  # per operation and per scope; keeps the run bounded (a few seconds)


@pytest.mark.parametrize(("engine", "scope"), [("fake", "admin"), ("fake", "check"), ("real", "admin")])
def test_no_server_errors(make_client, engine, scope):
    client = make_client(real_engine=engine == "real")
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    failures: list[str] = []
    ok: set[str] = set()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10

    for operation in operations:
        documented = set(operation.definition.raw["responses"])

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:
            response = case.call(headers={**(case.headers or {}), **auth(scope)})
            if response.status_code < 300:
                ok.add(f"{case.method} {operation.path}")
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} -> {response.status_code}: "
                                f"{case.body!r:.200} {response.text[:200]}")
            if str(response.status_code) not in documented and "default" not in documented:
                failures.append(f"{case.method} {case.formatted_path} -> undocumented {response.status_code} "
                                f"(documented: {sorted(documented)}): {response.text[:200]}")
            try:
                case.validate_response(response, checks=CHECKS)
            except Exception as exc:  # schemathesis' FailureGroup: each failed check, with a repro
                failures.append(f"{case.method} {case.formatted_path}: {str(exc)[:600]}")
            if response.status_code >= 400 and operation.path != "/readyz":
                media = response.headers.get("content-type") or [""]
                media = media[0] if isinstance(media, list) else media
                if media != "application/problem+json":
                    failures.append(f"{case.method} {case.formatted_path} -> {response.status_code} is not "
                                    f"problem details: {media}")

        run()
    assert failures == []
    # the generated requests got past validation and auth into the handlers
    assert {"POST /v1/check", "POST /v1/check/batch", "GET /v1/rules", "GET /v1/crisis"} <= ok
