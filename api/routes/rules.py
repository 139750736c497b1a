"""``GET /v1/rules``, ``POST /v1/rules/reload`` and the published versions (list, re-publish)."""

from __future__ import annotations

import asyncio
from datetime import datetime
from datetime import timezone
from collections.abc import Callable
from typing import Annotated
from typing import Any

from fastapi import APIRouter
from fastapi import HTTPException
from fastapi import Query
from fastapi.responses import JSONResponse

from riskcheck.api.auth import AdminKey
from riskcheck.api.auth import CheckKey
from riskcheck.api.auth import Principal
from riskcheck.api.workflow import event
from riskcheck.api.deps import ServiceDep
from riskcheck.api.problems import problem
from riskcheck.api.reloadgate import ReloadBusy
from riskcheck.api.reloadgate import ReloadExpired
from riskcheck.api.schemas import ReloadOut
from riskcheck.api.schemas import RulesOut
from riskcheck.api.schemas import VersionsOut
from riskcheck.api.service import Loaded
from riskcheck.api.service import Service
from riskcheck.errors import RuleFileError

router = APIRouter(prefix="/v1/rules", tags=["rules"])


@router.get("", response_model=RulesOut, summary="The loaded rule set: version, packs, rules, windows")
async def list_rules(_: CheckKey, service: ServiceDep) -> dict[str, Any]:
    loaded = service.current
    now = datetime.now(timezone.utc)
    return {
        "version": loaded.version,
        "loaded_at": loaded.loaded_at.isoformat(),
        "packs": [pack.to_dict() for pack in loaded.ruleset.packs],
        "rules": [rule.describe(now) for rule in loaded.ruleset.rules],
    }


@router.post("/reload", response_model=ReloadOut, summary="Validate the rules folder and publish it to every worker (admin)",
             responses={422: {"description": "The new rules did not load; the old set keeps serving. The problem "
                                             "lists each under `problems` and keeps `version`/`previous_version`."},
                        503: {"description": "Another reload is running, or this one passed its deadline; nothing changed."}})
async def reload_rules(who: AdminKey, service: ServiceDep) -> JSONResponse:
    """Validates every file first and publishes the set to the store as a new generation
    (every worker and replica loads it within about two seconds); on any error the old set
    keeps serving and the response lists each problem as ``file:line:col: rule X: message``."""
    return await _within_deadline(service, reload_and_audit, who, "/v1/rules/reload")


def reload_and_audit(service: Service, who: Principal) -> dict[str, Any]:
    """Publish the rules folder, count and audit the outcome (the console's reload button calls
    this too). ``reloaded`` is False with ``problems`` when nothing changed."""
    return _publish_and_audit(service, who, lambda: service.reload(by=who.name), "reload")


@router.get("/versions", response_model=VersionsOut, summary="Published rule-set generations, newest first")
async def list_versions(_: CheckKey, service: ServiceDep, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                        ) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    generations = await loop.run_in_executor(service.executor, service.store.ruleset_generations, limit)
    loaded = service.current
    return {"current": {"version": loaded.version, "generation": loaded.generation},
            "generations": [g.to_dict() for g in generations]}


@router.post("/versions/{version}/publish", response_model=ReloadOut,
             summary="Re-publish an earlier version: roll back (admin)",
             responses={404: {"description": "No such published version."},
                        422: {"description": "That version no longer loads; nothing changed (problems listed)."},
                        503: {"description": "Another reload is running, or this one passed its deadline."}})
async def publish_version(version: str, who: AdminKey, service: ServiceDep) -> JSONResponse:
    """The store's copy of ``version`` is loaded again (it must still load with this code) and
    published as the newest generation; every worker and replica follows."""
    def republish(service: Service, who: Principal) -> dict[str, Any]:
        return _publish_and_audit(service, who, lambda: service.publish_version(version, by=who.name),
                                  f"re-publish of {version}")

    try:
        return await _within_deadline(service, republish, who, f"/v1/rules/versions/{version}/publish")
    except KeyError:
        raise HTTPException(404, f"no published rule set has version '{version}'") from None


def _publish_and_audit(service: Service, who: Principal, work: Callable[[], Loaded], what: str) -> dict[str, Any]:
    """Run one publish (``work``), count it, audit it, and say what happened; only ``KeyError``
    (an unknown version) passes through."""
    previous = service.current.version
    try:
        loaded = work()
    except RuleFileError as exc:
        result, problems = "error", [str(p) for p in exc.problems] or [str(exc)]
    except (ReloadBusy, ReloadExpired) as exc:
        result, problems = ("busy" if isinstance(exc, ReloadBusy) else "timeout"), [f"{exc}; nothing was published"]
    else:
        service.metrics.reloads.labels("ok").inc()
        event(service, "reload", who, decision="reloaded",
              detail=f"{what}: {previous} -> {loaded.version} (generation {loaded.generation})")
        return {"reloaded": True, "version": loaded.version, "previous_version": previous, "problems": []}
    service.metrics.reloads.labels(result).inc()
    event(service, "reload", who, decision="failed", detail=f"{what}: " + "\n".join(problems))
    return {"reloaded": False, "version": previous, "previous_version": previous, "problems": problems,
            "result": result}


async def _within_deadline(service: Service, publish: Callable[[Service, Principal], dict[str, Any]],
                           who: Principal, instance: str) -> JSONResponse:
    """Answer by the reload deadline even if the publishing thread hangs (the gate then refuses
    its late result, and /readyz reports it stuck until it ends): 200, 422 listing every
    problem, or 503 when another reload runs or this one is late. Nothing changes unless 200."""
    future = asyncio.get_running_loop().run_in_executor(service.executor, publish, service, who)
    deadline = service.settings.reload_deadline_s
    try:
        outcome = await asyncio.wait_for(asyncio.shield(future), timeout=deadline + 1.0)
    except asyncio.TimeoutError:
        service.metrics.reloads.labels("timeout").inc()
        previous = service.current.version
        why = f"the reload did not finish within its {deadline:g} s deadline"
        outcome = {"reloaded": False, "version": previous, "previous_version": previous,
                   "problems": [f"{why}; nothing was published"], "result": "timeout"}
    result = outcome.pop("result", None)
    if outcome["reloaded"]:
        return JSONResponse(outcome)
    found = outcome["problems"]
    if result == "error":
        refused: JSONResponse = problem(
            422, f"the new rules did not load ({len(found)} problem(s)); rule set {outcome['version']} keeps serving: "
                 f"{found[0]}", instance=instance, **outcome)
        return refused
    busy: JSONResponse = problem(503, found[0], instance=instance, headers={"Retry-After": "5"}, **outcome)
    return busy
