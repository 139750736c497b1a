"""The OpenAPI document lists every status an operation can answer.

FastAPI documents 200 and 422 on its own; the rest (400 for a body that is not even text,
401/403 from the key dependency, 413 from the edge, 429 from the rate and concurrency
limits, 500 from the catch-all) are
added here from what each route actually depends on, so the document cannot drift from
the code: a route with a scoped key gets 401, and 403 only when its scope is above
``check`` (every key may check). All of them are ``application/problem+json``.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from riskcheck.api.problems import MEDIA_TYPE

_REF = "#/components/schemas/"

PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "type": "object",
    "description": "RFC 9457 problem details. `type` identifies the kind of problem "
                   "(`urn:riskcheck:problem:<kind>`), `title` is its fixed short name, `detail` a human "
                   "sentence about this occurrence, `instance` the request path.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "request_id": {"type": "string", "description": "On 500: quote it; the server log has the details."},
        "errors": {
            "type": "array",
            "description": "On 422: each invalid field.",
            "items": {
                "type": "object",
                "required": ["loc", "msg", "type"],
                "properties": {
                    "loc": {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
                    "msg": {"type": "string"},
                    "type": {"type": "string"},
                },
            },
        },
    },
    "additionalProperties": True,
}

_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "integer"}}}

DESCRIPTIONS = {
    "400": "The body could not be read at all (not UTF-8 text); valid UTF-8 that is not JSON is a 422.",
    "401": "Missing, malformed or unknown API key.",
    "403": "The key's scope does not allow this operation.",
    "413": "Body larger than max_body_bytes.",
    "422": "The request does not validate; `errors` names each field.",
    "429": "Rate limit of this key exceeded, or too many checks in flight; retry after `Retry-After` seconds.",
    "500": "Internal error; quote `request_id`.",
}


def _scopes(dependant: Dependant) -> list[str]:
    found = []
    needed = getattr(dependant.call, "needed", None)
    if needed is not None:
        found.append(str(getattr(needed, "value", needed)))
    for sub in dependant.dependencies:
        found.extend(_scopes(sub))
    return found


def _problem_response(status: str, existing: dict[str, Any] | None) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": (existing["description"] if existing and existing.get("description") not in (None, "Validation Error")
                        else DESCRIPTIONS.get(status, "Error")),
        "content": {MEDIA_TYPE: {"schema": {"$ref": _REF + "Problem"}}},
    }
    if status == "429":
        response["headers"] = _RETRY_AFTER
    return response


def _api_routes(routes: Iterable[Any]) -> Iterator[APIRoute]:
    """Every APIRoute, also inside included routers (FastAPI >= 0.160 wraps them)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):
            yield from _api_routes(route.original_router.routes)


def _scopes_by_operation(app: FastAPI) -> dict[tuple[str, str], list[str]]:
    return {(route.path_format, method.lower()): _scopes(route.dependant)
            for route in _api_routes(app.routes) for method in (route.methods or ())}


def _statuses(operation: dict[str, Any], scopes: list[str]) -> list[str]:
    statuses = ["500"]
    if operation.get("security") or scopes:
        statuses += ["401", "429"]
    if any(s != "check" for s in scopes):
        statuses.append("403")
    if "requestBody" in operation:
        statuses += ["400", "413", "422"]
    elif operation.get("parameters"):
        statuses.append("422")
    return statuses


def install(app: FastAPI, extra: Callable[[dict[str, Any]], None] | None = None) -> None:
    """Replace ``app.openapi`` with a builder that adds the error answers (cached)."""

    def build() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description,
                             routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["Problem"] = PROBLEM_SCHEMA
        scopes = _scopes_by_operation(app)
        for path, item in schema.get("paths", {}).items():
            for method, operation in item.items():
                responses = operation.setdefault("responses", {})
                declared = [s for s in responses if s.isdigit() and int(s) >= 400 and s != "503"]
                for status in dict.fromkeys(_statuses(operation, scopes.get((path, method), [])) + declared):
                    existing = responses.get(status)
                    if existing is None or _is_default_error(existing):
                        responses[status] = _problem_response(status, existing)
        for name in ("HTTPValidationError", "ValidationError"):
            if name in components and f'"{_REF}{name}"' not in _dump(schema):
                del components[name]
        if extra is not None:
            extra(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = build  # type: ignore[method-assign]


def _is_default_error(response: dict[str, Any]) -> bool:
    """FastAPI's generated 422 (HTTPValidationError) and routes' old ``{detail}`` models."""
    content = response.get("content", {})
    if MEDIA_TYPE in content:
        return False
    ref = str(content.get("application/json", {}).get("schema", {}).get("$ref", ""))
    return ref.endswith(("HTTPValidationError", "ErrorOut")) or not content


def _dump(schema: dict[str, Any]) -> str:
    import json

    return json.dumps(schema)
