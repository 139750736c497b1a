"""``/healthz``, ``/readyz`` and ``/metrics``: for the orchestrator and Prometheus, no auth."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from fastapi.responses import Response

from riskcheck.api.deps import ServiceDep
from riskcheck.api.schemas import HealthOut
from riskcheck.api.schemas import ReadyOut

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=HealthOut, summary="The process is up")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", response_model=ReadyOut,
            summary="Rules loaded and current, no reload stuck, models loaded (or explicitly skipped)",
            responses={503: {"model": ReadyOut, "description": "Not ready yet (or a reload is stuck): `detail` says why."}})
async def readyz(service: ServiceDep) -> JSONResponse:
    body: dict[str, Any] = {"ready": service.ready}
    loaded = service.loaded
    problem = service.not_ready_because()
    body["rules"] = None if loaded is None else {"version": loaded.version, "generation": loaded.generation,
                                                 "loaded_at": loaded.loaded_at.isoformat(), "problem": problem}
    body["models"] = (None if service.models is None
                      else {name: status.to_str() for name, status in service.models.items()})
    if not service.ready:
        body["detail"] = ("rules not loaded yet" if loaded is None else problem if problem is not None
                          else "models still loading")
    return JSONResponse(body, status_code=200 if service.ready else 503)


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
async def metrics(service: ServiceDep) -> Response:
    return Response(service.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")
