"""``GET|PUT|DELETE /v1/crisis``: the persisted crisis switch."""

from __future__ import annotations

import asyncio
from datetime import datetime
from datetime import timezone
from typing import Any

from fastapi import APIRouter
from fastapi.exceptions import RequestValidationError

from riskcheck.api.auth import AdminKey
from riskcheck.api.auth import CheckKey
from riskcheck.api.auth import Principal
from riskcheck.api.workflow import event
from riskcheck.api.deps import ServiceDep
from riskcheck.api.schemas import CrisisIn
from riskcheck.api.schemas import CrisisOut
from riskcheck.api.service import Service
from riskcheck.crisis import CrisisState

router = APIRouter(prefix="/v1/crisis", tags=["crisis"])


@router.get("", response_model=CrisisOut, summary="Is crisis mode on?")
async def get_crisis(_: CheckKey, service: ServiceDep) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    state: CrisisState = await loop.run_in_executor(service.executor, service.store.read_crisis)
    return state.to_dict()


@router.put("", response_model=CrisisOut, summary="Switch crisis mode on or off (admin)")
async def put_crisis(body: CrisisIn, who: AdminKey, service: ServiceDep) -> dict[str, Any]:
    """While on, posts the crisis profile covers get ``hold`` with the reason. Recorded
    with the key's name; seen by every replica sharing the store."""
    now = datetime.now(timezone.utc)
    if body.active and body.until is not None and body.until <= now:
        # Accepting it would answer 200 with "active": false: the caller asked for a
        # crisis and silently got none. Say which field is wrong instead.
        raise RequestValidationError([{
            "type": "datetime_future", "loc": ("body", "until"), "input": body.until.isoformat(),
            "msg": f"until {body.until.isoformat()} is in the past; crisis mode would end before it starts"}])
    state = CrisisState(active=body.active, reason=body.reason, since=now, until=body.until, by=who.name)
    return await _set(service, state, who)


@router.delete("", response_model=CrisisOut, summary="End crisis mode (admin)")
async def end_crisis(who: AdminKey, service: ServiceDep) -> dict[str, Any]:
    return await _set(service, CrisisState(False, None, datetime.now(timezone.utc), None, who.name), who)


async def _set(service: Service, state: CrisisState, who: Principal) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(service.executor, switch_crisis, service, state, who)
    return state.to_dict()


def switch_crisis(service: Service, state: CrisisState, who: Principal) -> None:
    """Set the switch and audit it (the console's crisis page calls this too)."""
    service.store.set(state)
    until = f" until {state.until.isoformat()}" if state.until else ""
    event(service, "crisis", who, decision="on" if state.active else "off",
          detail=f"{state.reason or ''}{until}".strip() or None)
