"""The review workflow for scheduling tools: latest verdicts, review decisions, waivers, audit.

``GET /v1/verdicts/{id}`` (check) answers "may this post go out?" without re-checking;
approve / reject / waive / revoke need the review scope (block findings need admin);
``GET /v1/audit`` (admin) pages through checks and workflow events.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Annotated
from typing import Any
from typing import TypeVar

from fastapi import APIRouter
from fastapi import HTTPException
from fastapi import Path
from fastapi import Query
from fastapi.exceptions import RequestValidationError

from riskcheck.api.auth import AdminKey
from riskcheck.api.auth import CheckKey
from riskcheck.api.auth import ReviewKey
from riskcheck.api.deps import ServiceDep
from riskcheck.api.schemas import Text
from riskcheck.api import workflow
from riskcheck.api.schemas import AuditPageOut
from riskcheck.api.schemas import DeliveryPageOut
from riskcheck.api.schemas import PostViewOut
from riskcheck.api.schemas import ReviewIn
from riskcheck.api.schemas import RevokedOut
from riskcheck.api.schemas import WaiveIn
from riskcheck.api.schemas import WaiverOut
from riskcheck.api.schemas import WaiverPageOut
from riskcheck.api.service import Service
from riskcheck.store import text_sha256
from riskcheck.store.reviews import AuditFilter

router = APIRouter(prefix="/v1", tags=["review"])
PostId = Annotated[Text, Path(min_length=1, max_length=256)]
T = TypeVar("T")


async def _run(service: Service, work: Callable[..., T], *args: Any) -> T:
    """Run store work in a worker thread; a refused request becomes its HTTP status."""
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(service.executor, work, *args)
    except workflow.WorkflowError as exc:
        raise HTTPException(exc.status, exc.detail) from None


def _dict(value: Any) -> dict[str, Any]:
    data: dict[str, Any] = value.to_dict()
    return data


@router.get("/verdicts/{post_id}", response_model=PostViewOut, summary="A post's latest verdict and review state (check)",
            responses={404: {"description": "The post id was never checked."}})
async def get_verdict(post_id: PostId, _: CheckKey, service: ServiceDep) -> dict[str, Any]:
    """The verdict of the last check of this post id, its text hash, its review (``pending``,
    ``approved`` or ``rejected``, by whom, when, the note) and the waivers bound to that text."""
    found: workflow.PostView = await _run(service, workflow.view, service, post_id)
    return _dict(found)


@router.post("/verdicts/{post_id}/approve", response_model=PostViewOut, summary="Approve a post as checked (review; block findings: admin)",
             responses={403: {"description": "A block-severity finding and no admin scope."},
                        404: {"description": "Never checked."}, 409: {"description": "The text changed."}})
async def approve(post_id: PostId, body: ReviewIn, who: ReviewKey, service: ServiceDep) -> dict[str, Any]:
    """Waives every finding still counted (bound to the text hash, the note as reason), records
    the approval and checks the post again; the answer carries the new verdict."""
    found: workflow.PostView = await _run(service, workflow.approve, service, post_id, body.note, who,
                                          body.text_sha256)
    return _dict(found)


@router.post("/verdicts/{post_id}/reject", response_model=PostViewOut, summary="Reject a post (review)",
             responses={404: {"description": "Never checked."}, 409: {"description": "The text changed."}})
async def reject(post_id: PostId, body: ReviewIn, who: ReviewKey, service: ServiceDep) -> dict[str, Any]:
    found: workflow.PostView = await _run(service, workflow.reject, service, post_id, body.note, who,
                                          body.text_sha256)
    return _dict(found)


@router.post("/verdicts/{post_id}/waive", response_model=WaiverOut, status_code=201,
             summary="Waive one finding for one post's exact text (review; block findings: admin)",
             responses={403: {"description": "A block-severity finding and no admin scope."},
                        404: {"description": "Never checked."},
                        409: {"description": "The text changed, or the rule did not flag the post."}})
async def waive(post_id: PostId, body: WaiveIn, who: ReviewKey, service: ServiceDep) -> dict[str, Any]:
    """The next check of the same post id and the same text marks the finding ``waived``
    with this reason and decides without it. Any change to the text lapses the waiver."""
    known = service.known_rule_ids()
    if known is not None and body.rule_id not in known:
        raise RequestValidationError([{
            "type": "value_error", "loc": ("body", "rule_id"), "input": body.rule_id,
            "msg": f"unknown rule '{body.rule_id}' in rule set {service.current.version}"}])
    digest = body.text_sha256 or text_sha256(body.text or "")
    waiver = await _run(service, workflow.waive, service, post_id, digest, body.rule_id, body.reason, who)
    return _dict(waiver)


@router.delete("/verdicts/{post_id}/waive", response_model=RevokedOut, summary="Revoke a post's waivers of one rule (review)",
               responses={404: {"description": "No such waiver or post."}})
async def revoke(post_id: PostId, who: ReviewKey, service: ServiceDep,
                 rule_id: Annotated[Text, Query(min_length=1, max_length=300)]) -> dict[str, Any]:
    """The post is checked again without the waiver; an approval that rested on it is pending again."""
    removed = await _run(service, workflow.revoke, service, post_id, rule_id, who)
    return {"revoked": [w.to_dict() for w in removed]}


@router.get("/waivers", response_model=WaiverPageOut, summary="Waivers, newest first (review)")
async def list_waivers(_: ReviewKey, service: ServiceDep,
                       post_id: Annotated[Text | None, Query(max_length=256)] = None,
                       limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                       offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0) -> dict[str, Any]:
    waivers = await _run(service, lambda: service.store.list_waivers(post_id, limit=limit, offset=offset))
    return {"waivers": [w.to_dict() for w in waivers],
            "next_offset": offset + len(waivers) if len(waivers) == limit else None}


@router.get("/audit", response_model=AuditPageOut, summary="Checks and workflow events, newest first, paged and filtered (admin)")
async def audit(_: AdminKey, service: ServiceDep,
                limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0,
                kind: Annotated[Text | None, Query(max_length=40, description=(
                    "check, approve, reject, waive, revoke, release, crisis, reload"))] = None,
                actor: Annotated[Text | None, Query(max_length=256, description="The key name")] = None,
                post_id: Annotated[Text | None, Query(max_length=256)] = None,
                since: Annotated[datetime | None, Query(description="ISO 8601 with offset")] = None,
                until: Annotated[datetime | None, Query(description="ISO 8601 with offset")] = None,
                ) -> dict[str, Any]:
    for name, value in (("since", since), ("until", until)):
        if value is not None and value.tzinfo is None:
            raise RequestValidationError([{"type": "timezone_aware", "loc": ("query", name), "input": str(value),
                                           "msg": f"{name} needs a time zone offset, e.g. 2026-05-01T00:00:00Z"}])
    where = AuditFilter(kind=kind, actor=actor, post_id=post_id, since=since, until=until)

    def page() -> list[dict[str, Any]]:
        service.store.flush()
        entries: list[dict[str, Any]] = service.store.audit_page(where, limit=limit, offset=offset)
        return entries

    records = await _run(service, page)
    return {"records": records, "next_offset": offset + len(records) if len(records) == limit else None}


@router.get("/webhooks/deliveries", response_model=DeliveryPageOut, summary="Webhook delivery attempts, newest first (admin)")
async def deliveries(_: AdminKey, service: ServiceDep,
                     limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                     offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0) -> dict[str, Any]:
    """Each attempt: event, post, attempt number, HTTP status (null: no answer) and the error."""
    found = await _run(service, lambda: service.store.deliveries(limit=limit, offset=offset))
    return {"deliveries": [d.to_dict() for d in found],
            "next_offset": offset + len(found) if len(found) == limit else None}
