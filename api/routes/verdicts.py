"""``POST /v1/verdicts/{post_id}/waive`` (review) and ``GET /v1/audit`` (admin)."""

from __future__ import annotations

import asyncio
from typing import Annotated
from typing import Any

from fastapi import APIRouter
from fastapi import Path
from fastapi import Query
from fastapi.exceptions import RequestValidationError

from riskcheck.api.auth import AdminKey
from riskcheck.api.auth import ReviewKey
from riskcheck.api.deps import ServiceDep
from riskcheck.api.schemas import Text
from riskcheck.api.schemas import WaiveIn
from riskcheck.api.schemas import WaiverOut
from riskcheck.store import Waiver
from riskcheck.store import text_sha256

router = APIRouter(prefix="/v1", tags=["review"])


@router.post("/verdicts/{post_id}/waive", response_model=WaiverOut, status_code=201,
             summary="Waive one finding for one post's exact text (review)")
async def waive(post_id: Annotated[Text, Path(max_length=256)], body: WaiveIn, who: ReviewKey,
                service: ServiceDep) -> dict[str, Any]:
    """The next check of the same post id and the same text marks the finding ``waived``
    with this reason and decides without it. Any change to the text lapses the waiver."""
    known = service.known_rule_ids()
    if known is not None and body.rule_id not in known:
        raise RequestValidationError([{
            "type": "value_error", "loc": ("body", "rule_id"), "input": body.rule_id,
            "msg": f"unknown rule '{body.rule_id}' in rule set {service.current.version}"}])
    digest = body.text_sha256 or text_sha256(body.text or "")
    loop = asyncio.get_running_loop()
    waiver: Waiver = await loop.run_in_executor(service.executor, service.waive, post_id, digest,
                                        body.rule_id, body.reason, who)
    return waiver.to_dict()


@router.get("/audit", summary="Recent audit records, newest first (admin)")
async def audit(_: AdminKey, service: ServiceDep,
                limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(service.executor, service.store.flush)
    records = await loop.run_in_executor(service.executor, service.store.recent_audit, limit)
    return {"records": [r.to_dict() for r in records]}
