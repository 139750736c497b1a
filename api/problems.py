"""Every error answer as RFC 9457 problem details (``application/problem+json``).

One shape for all of them — FastAPI's own 404/405/422, the auth 401/403, the edge's 413,
the 429s and the 500 — so a scheduler parses one thing: ``type`` (a stable identifier of
the kind of problem), ``title`` (its fixed short name), ``status``, ``detail`` (a human
sentence about *this* occurrence) and ``instance`` (the request path). Validation
problems keep the machine-readable list under ``errors`` (``loc``, ``msg``, ``type``),
so a client can still point at the field.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI
from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from riskcheck.errors import RiskcheckError
from riskcheck.storable import printable

log = logging.getLogger("riskcheck.api")

MEDIA_TYPE = "application/problem+json"
_BASE = "urn:riskcheck:problem:"

# status -> the problem type URI clients can switch on; anything else is "about:blank"
# (RFC 9457 §4.2.1: the status code's own meaning, title = its reason phrase).
TYPES: dict[int, str] = {
    401: _BASE + "unauthenticated",
    403: _BASE + "forbidden-scope",
    404: _BASE + "not-found",
    405: _BASE + "method-not-allowed",
    413: _BASE + "body-too-large",
    415: _BASE + "unsupported-media-type",
    422: _BASE + "validation",
    429: _BASE + "too-many-requests",
    500: _BASE + "internal",
    503: _BASE + "unavailable",
}


class ProblemResponse(JSONResponse):
    media_type = MEDIA_TYPE


def title_of(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem_body(status: int, detail: str, *, instance: str | None = None, problem_type: str | None = None,
                 **extra: Any) -> dict[str, Any]:
    """The problem object for one occurrence; ``extra`` adds extension members."""
    body: dict[str, Any] = {
        "type": problem_type or TYPES.get(status, "about:blank"),
        "title": title_of(status),
        "status": status,
        "detail": detail,
    }
    if instance is not None:
        body["instance"] = instance
    body.update({k: v for k, v in extra.items() if v is not None})
    return body


def problem(status: int, detail: str, *, instance: str | None = None, headers: Mapping[str, str] | None = None,
            **extra: Any) -> ProblemResponse:
    return ProblemResponse(problem_body(status, detail, instance=instance, **extra), status_code=status,
                           headers=dict(headers) if headers else None)


def problem_bytes(status: int, detail: str, *, instance: str | None = None) -> bytes:
    """For plain ASGI middleware that answers before FastAPI runs (the 413)."""
    return json.dumps(problem_body(status, detail, instance=instance)).encode()


def validation_errors(errors: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """FastAPI/pydantic error dicts reduced to ``{loc, msg, type}`` (no echoed input). Made
    encodable (``printable``): a lone surrogate the client sent, echoed in a message or a key
    of ``loc``, must not turn the refusal itself into a 500."""
    listed = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
              for e in errors]
    cleaned: list[dict[str, Any]] = printable(listed)  # type: ignore[assignment]
    return cleaned


def summarise(errors: Sequence[Mapping[str, Any]]) -> str:
    """One readable sentence for ``detail``: ``body.text: Field required; …``."""
    parts = []
    for e in errors[:5]:
        where = ".".join(str(p) for p in e.get("loc", ()))
        parts.append(f"{where}: {e.get('msg', '')}" if where else str(e.get("msg", "")))
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return "; ".join(parts) + more if parts else "the request is not valid"


def validation_problem(errors: Sequence[Mapping[str, Any]], instance: str | None = None) -> dict[str, Any]:
    listed = validation_errors(errors)
    return problem_body(422, summarise(listed), instance=instance, errors=listed)


async def _http_error(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no such resource: {request.url.path}"
    elif exc.status_code == 405 and detail == "Method Not Allowed":
        detail = f"{request.method} is not allowed on {request.url.path}"
    return problem(exc.status_code, detail, instance=request.url.path, headers=exc.headers)


async def _validation_error(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, RequestValidationError)
    body = validation_problem(list(exc.errors()), instance=request.url.path)
    return ProblemResponse(body, status_code=422)


async def _user_error(request: Request, exc: Exception) -> ProblemResponse:
    return problem(422, str(printable(str(exc))), instance=request.url.path)


async def _internal_error(request: Request, exc: Exception) -> ProblemResponse:
    request_id = uuid.uuid4().hex[:16]
    log.error("internal error %s on %s %s", request_id, request.method, request.url.path, exc_info=exc)
    return problem(500, f"internal error; the server log has the details (request id {request_id})",
                   instance=request.url.path, request_id=request_id)


def install(app: FastAPI) -> None:
    """Route every error the app can raise through the problem-details writers."""
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(RiskcheckError, _user_error)
    app.add_exception_handler(Exception, _internal_error)
