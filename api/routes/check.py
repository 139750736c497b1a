"""``POST /v1/check`` and ``POST /v1/check/batch``: the scheduler's hot path."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated
from typing import Any

from fastapi import APIRouter
from fastapi import HTTPException
from fastapi import Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from riskcheck.api.adapters import BufferPostIn
from riskcheck.api.adapters import HootsuitePostIn
from riskcheck.api.adapters import native_post
from riskcheck.api.auth import CheckKey
from riskcheck.api.auth import Principal
from riskcheck.api.deps import ServiceDep
from riskcheck.api.schemas import BatchIn
from riskcheck.api.schemas import BatchOut
from riskcheck.api.schemas import PostIn
from riskcheck.api.schemas import VerdictOut
from riskcheck.api.problems import problem_body
from riskcheck.api.problems import validation_problem
from riskcheck.api.service import CheckResult
from riskcheck.api.service import Service
from riskcheck.storable import unstorable_reason
from riskcheck.types import Post

router = APIRouter(prefix="/v1", tags=["check"])

# What a scheduler's own post object cannot say, for the adapters.
_Brand = Annotated[str | None, Query(max_length=256, description="Brand the post is published for.")]
_Language = Annotated[str | None, Query(max_length=35, description="ISO 639-1 code or locale tag; detected if absent.")]
_Zone = Annotated[str | None, Query(max_length=64, description="IANA zone for a scheduled time without offset.")]

def _too_long(text: str, limit: int, loc: tuple[str | int, ...]) -> dict[str, Any] | None:
    if len(text) <= limit:
        return None
    return {"type": "string_too_long", "loc": loc,
            "msg": f"text is {len(text)} characters; the limit is {limit} (max_text_chars)",
            "input": None, "ctx": {"max_length": limit}}


# Longer posts are checked in a worker thread even in the rules-only profile: a hostile
# 20,000-character post costs up to ~0.5 s of rule matching, which on the event loop would
# silence /healthz and every other connection of the worker for that long (issue 9). Up to
# this size the worst measured shape costs ~25 ms, less than a thread hand-off is worth.
INLINE_MAX_CHARS = 1_000


def _unknown_profile(profile: str | None, service: Service, loc: tuple[str | int, ...]) -> dict[str, Any] | None:
    """A profile the loaded riskcheck.yaml does not define is the caller's mistake (422)."""
    if profile is None:
        return None
    try:
        service.current.ruleset.config.profile(profile)
    except (KeyError, AttributeError) as exc:
        return {"type": "value_error", "loc": loc, "msg": str(exc), "input": profile, "ctx": {}}
    return None


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


@router.post("/check", response_model=VerdictOut, summary="Check one post before it is published")
async def check_one(body: PostIn, who: CheckKey, service: ServiceDep) -> JSONResponse:
    """Returns the verdict: decision, risk, findings with spans, which checks ran. With
    ``channels``, the post is checked once per channel and the worst verdict answers,
    with each channel's under ``channels``."""
    return JSONResponse(await _verdict(body, who, service, "/v1/check"))


@router.post("/check/buffer", response_model=VerdictOut,
             summary="Check a Buffer post object as Buffer sends it (channelId, dueAt, assets)")
async def check_buffer(body: BufferPostIn, who: CheckKey, service: ServiceDep, brand: _Brand = None,
                       language: _Language = None, timezone: _Zone = None) -> JSONResponse:
    """Reads ``text``, ``channelId``/``channelService``, ``dueAt``, image alt texts, the link
    and video/link titles; ignores Buffer's other fields. Channel ids map through the
    service's ``channel_names``."""
    post = _adapted(body, service, brand, language, timezone)
    return JSONResponse(await _verdict(post, who, service, "/v1/check/buffer"))


@router.post("/check/hootsuite", response_model=VerdictOut,
             summary="Check a Hootsuite message as Hootsuite sends it (socialProfileIds, scheduledSendTime)")
async def check_hootsuite(body: HootsuitePostIn, who: CheckKey, service: ServiceDep, brand: _Brand = None,
                          language: _Language = None, timezone: _Zone = None) -> JSONResponse:
    """Reads ``text``, ``socialProfileIds`` (one check per profile: the worst answers, each
    under ``channels``), ``scheduledSendTime`` and media alt texts/titles; ignores
    Hootsuite's other fields."""
    post = _adapted(body, service, brand, language, timezone)
    return JSONResponse(await _verdict(post, who, service, "/v1/check/hootsuite"))


def _adapted(body: BufferPostIn | HootsuitePostIn, service: Service, brand: str | None, language: str | None,
             timezone: str | None) -> PostIn:
    try:
        return native_post(body, dict(service.settings.channel_names), brand=brand, language=language,
                           timezone=timezone)
    except ValidationError as exc:
        raise RequestValidationError([
            {**e, "loc": ("query" if e["loc"][:1] in (("brand",), ("language",), ("timezone",)) else "body",
                          *e["loc"])} for e in exc.errors(include_url=False)]) from None


async def _verdict(body: PostIn, who: Principal, service: Service, route: str) -> dict[str, Any]:
    error = (_too_long(body.text, service.settings.max_text_chars, ("body", "text"))
             or _unknown_profile(body.profile, service, ("body", "profile")))
    if error:
        raise RequestValidationError([error])
    posts = body.to_posts()
    async with _slot(service, len(posts)):
        if service.inline_checks and len(body.text) <= INLINE_MAX_CHARS:
            results = service.check(posts, who, route)
        else:
            results = list(await asyncio.gather(*(service.batcher.submit((post, who)) for post in posts)))
    if body.channels:
        return per_channel(posts, results)
    verdict: dict[str, Any] = results[0].to_dict()
    return verdict


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
    good: list[tuple[int, PostIn, list[Post]]] = []
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
            error = (_too_long(post_in.text, service.settings.max_text_chars, ("body", "posts", index, "text"))
                     or _unknown_profile(post_in.profile, service, ("body", "posts", index, "profile")))
            if error:
                entry["error"] = validation_problem([error])
            else:
                good.append((index, post_in, post_in.to_posts()))
        entries.append(entry)
    flat = [post for _, _, posts in good for post in posts]
    if flat:
        async with _slot(service, len(flat)):
            loop = asyncio.get_running_loop()
            results = await loop.run_in_executor(service.executor, service.check_isolated,
                                                 flat, who, "/v1/check/batch")
        position = 0
        for index, post_in, posts in good:
            mine = results[position:position + len(posts)]
            position += len(posts)
            failed = next((r for r in mine if isinstance(r, str)), None)
            if failed is not None:
                entries[index]["error"] = problem_body(
                    500, f"internal error checking this post; the server log has the details (request id {failed})",
                    request_id=failed)
            else:
                checked = [r for r in mine if not isinstance(r, str)]
                entries[index]["verdict"] = (per_channel(posts, checked) if post_in.channels
                                             else checked[0].to_dict())
    counts = Counter(e["verdict"]["decision"] if "verdict" in e else "error" for e in entries)
    return JSONResponse({"ruleset_version": service.current.version, "results": entries, "counts": dict(counts)})


def per_channel(posts: list[Post], results: list[CheckResult]) -> dict[str, Any]:
    """The worst channel's verdict, with every channel's decision and findings under ``channels``."""
    ranked = sorted(range(len(results)), key=lambda i: (results[i].verdict.decision.exit_code,
                                                        results[i].verdict.risk), reverse=True)
    top: dict[str, Any] = results[ranked[0]].to_dict()
    top["channel"] = posts[ranked[0]].channel
    top["channels"] = [{"channel": post.channel, **{k: data[k] for k in ("decision", "risk", "reasons", "findings")}}
                       for post, data in ((p, r.to_dict()) for p, r in zip(posts, results))]
    return top


def _item_errors(exc: ValidationError, index: int) -> list[dict[str, Any]]:
    return [{"type": e["type"], "loc": ["body", "posts", index, *e["loc"]], "msg": e["msg"]}
            for e in exc.errors(include_url=False, include_input=False)]
