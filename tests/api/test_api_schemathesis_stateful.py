"""Stateful property-based API testing (issue 9): Schemathesis follows the OpenAPI links the app
declares (api/openapi_links.py) from one call to the next (check a post -> read its verdict ->
approve / waive -> revoke; reload -> roll back; crisis on -> status -> off; paging) and runs
every response check it has on each answer: no 5xx, no undocumented status, the documented
content type and headers, and a body that conforms to the documented schema.

A scheduler always sends its post id, so checks without one get one here (a post checked
without an id has no verdict to read, and every linked call would be a 404). The run is
derandomized and bounded, and counts how many linked calls found their resource.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import settings  # noqa: E402
from schemathesis.specs.openapi.checks import content_type_conformance  # noqa: E402
from schemathesis.specs.openapi.checks import response_headers_conformance  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance  # noqa: E402
from schemathesis.specs.openapi.checks import status_code_conformance  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from api_fakes import auth  # noqa: E402

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
CHECK_PATHS = {"/v1/check", "/v1/check/buffer", "/v1/check/hootsuite"}
# 120, not 100: at 100 the derandomized walk followed no check -> verdict link to a 200 on a branch
# whose only changes were elsewhere (toxicity scorer and its tests, ML off in this test): the walk
# shifts with unrelated code, so the budget leaves room (issue 8t; see the comment on the asserts).
SCENARIOS = 120
STEPS = 8
REACHED = {"GET /v1/verdicts/{post_id}", "POST /v1/verdicts/{post_id}/approve", "POST /v1/verdicts/{post_id}/reject",
           "GET /v1/waivers", "GET /v1/audit", "GET /v1/webhooks/deliveries", "POST /v1/rules/versions/{version}/publish",
           "GET /v1/rules/versions", "GET /v1/crisis", "DELETE /v1/crisis"}


def test_linked_calls_conform(make_client: Any) -> None:
    client = make_client(real_engine=True)
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    schema.config.phases.stateful.inference.algorithms = []  # only the links the app declares
    linked: Counter[tuple[str, int]] = Counter()
    posts = iter(range(1_000_000))

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def before_call(self, case: Any) -> None:
            if case.headers:  # the key is the test's (a generated one could only be refused)
                case.headers = {k: v for k, v in case.headers.items() if k.lower() != "authorization"}
            if case.operation.path in CHECK_PATHS and isinstance(case.body, dict) and "id" not in case.body:
                case.body["id"] = f"post-{next(posts)}"
            if case.operation.path == "/v1/check/batch" and isinstance(case.body, dict):
                for post in case.body.get("posts") or ():
                    if isinstance(post, dict) and "id" not in post:
                        post["id"] = f"post-{next(posts)}"

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": {**(case.headers or {}), **auth("admin")}}

        def step(self, input: Any) -> Any:
            output = super().step(input)
            if input.transition is not None:
                linked[(f"{input.case.method} {input.case.operation.path}", output.response.status_code)] += 1
            return output

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs or None, recorder=self.recorder)

    Machine.TestCase.settings = settings(Machine.TestCase.settings, max_examples=SCENARIOS,
                                         stateful_step_count=STEPS, derandomize=True, database=None)
    Machine.TestCase().runTest()

    reached = {op for (op, status), n in linked.items() if status < 300}
    # The chains reach their resources, not only 404s: a verdict read by the id it was checked
    # with and, of the other chains (a review decision, the post's waivers and audit records,
    # pages followed, a version published again, a crisis read and switched off), nearly all.
    # (Derandomized, but which links a scenario follows shifts with the process's earlier
    # tests, so not all of them are required.)
    assert "GET /v1/verdicts/{post_id}" in reached, sorted(linked.items())
    assert len(REACHED & reached) >= len(REACHED) - 2, (sorted(REACHED - reached), sorted(linked.items()))
