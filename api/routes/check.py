"""``POST /v1/check`` and ``POST /v1/check/batch``: the scheduler's hot path."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter
from fastapi import HTTPException
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from riskcheck.api.auth import CheckKey
from riskcheck.api.deps import ServiceDep
from riskcheck.api.schemas import BatchIn
from riskcheck.api.schemas import BatchOut
from riskcheck.api.schemas import PostIn
from riskcheck.api.schemas import VerdictOut
from riskcheck.api.problems import problem_body
from riskcheck.api.problems import validation_problem
from riskcheck.api.service import Service
from riskcheck.storable import unstorable_reason
from riskcheck.types import Post

router = APIRouter(prefix="/v1", tags=["check"])

def _too_long(text: str, limit: int, loc: tuple[str | int, ...]) -> dict[str, Any] | None:
    if len(text) <= limit:
        return None
    return {"type": "string_too_long", "loc": loc,
            "msg": f"text is {len(text)} characters; the limit is {limit} (max_text_chars)",
            "input": None, "ctx": {"max_length": limit}}


@asynccontextmanager
async def _slot(service: Service, posts: int) -> AsyncIterator[None]:
    """Concurrency limit per process; runs on the event loop, so a plain counter is safe."""
    if service.in_flight >= service.settings.max_concurrency:
        service.metrics.rejected.labels("concurrency").inc()
        raise HTTPException(429, f"{service.in_flight} checks in flight; the limit is "
                                 f"{service.settings.max_concurrency} (max_concurrency). Retry shortly.",
                            headers={"Retry-After": "1"})
    service.in_flight += 1
    try:
        yield
    finally:
        service.in_flight -= 1


@router.post("/check", response_model=VerdictOut,
             summary="Check one post before it is published")
async def check_one(body: PostIn, who: CheckKey, service: ServiceDep) -> JSONResponse:
    """Returns the verdict: decision, risk, findings with spans, which checks ran."""
    error = _too_long(body.text, service.settings.max_text_chars, ("body", "text"))
    if error:
        raise RequestValidationError([error])
    post = body.to_post()
    async with _slot(service, 1):
        if service.inline_checks:
            result = service.check([post], who, "/v1/check")[0]
        else:
            result = await service.batcher.submit((post, who))
    return JSONResponse(result.to_dict())


@router.post("/check/batch", response_model=BatchOut,
             summary="Check many posts in one call (ML scored in batches)")
async def check_batch(body: BatchIn, who: CheckKey, service: ServiceDep) -> JSONResponse:
    """One entry per post, in order. A post that does not validate gets an ``error`` entry
    (422 with the field) and the rest are still checked."""
    limit = service.settings.max_batch
    if len(body.posts) > limit:
        raise RequestValidationError([{
            "type": "too_long", "loc": ("body", "posts"), "input": None, "ctx": {"max_length": limit},
            "msg": f"{len(body.posts)} posts in one batch; the limit is {limit} (max_batch)"}])
    entries: list[dict[str, Any]] = []
    good: list[tuple[int, Post]] = []
    for index, raw in enumerate(body.posts):
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        echo_id = isinstance(raw_id, str) and unstorable_reason(raw_id) is None
        entry: dict[str, Any] = {"index": index, "id": raw_id if echo_id else None}
        if not isinstance(raw, dict):
            entry["error"] = validation_problem([{
                "type": "dict_type", "loc": ["body", "posts", index],
                "msg": f"each post must be a JSON object like the /v1/check body, not {type(raw).__name__}"}])
            entries.append(entry)
            continue
        try:
            post_in = PostIn.model_validate(raw)
        except ValidationError as exc:
            entry["error"] = validation_problem(_item_errors(exc, index))
        else:
            error = _too_long(post_in.text, service.settings.max_text_chars, ("body", "posts", index, "text"))
            if error:
                entry["error"] = validation_problem([error])
            else:
                good.append((index, post_in.to_post()))
        entries.append(entry)
    if good:
        async with _slot(service, len(good)):
            loop = asyncio.get_running_loop()
            results = await loop.run_in_executor(service.executor, service.check_isolated,
                                                 [p for _, p in good], who, "/v1/check/batch")
        for (index, _), result in zip(good, results):
            if isinstance(result, str):
                entries[index]["error"] = problem_body(
                    500, f"internal error checking this post; the server log has the details (request id {result})",
                    request_id=result)
            else:
                entries[index]["verdict"] = result.to_dict()
    counts = Counter(e["verdict"]["decision"] if "verdict" in e else "error" for e in entries)
    return JSONResponse({"ruleset_version": service.current.version, "results": entries, "counts": dict(counts)})


def _item_errors(exc: ValidationError, index: int) -> list[dict[str, Any]]:
    return [{"type": e["type"], "loc": ["body", "posts", index, *e["loc"]], "msg": e["msg"]}
            for e in exc.errors(include_url=False, include_input=False)]
