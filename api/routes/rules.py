"""``GET /v1/rules`` and ``POST /v1/rules/reload``."""

from __future__ import annotations

import asyncio
from datetime import date
from datetime import datetime
from datetime import timezone
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from riskcheck.api.auth import AdminKey
from riskcheck.api.auth import CheckKey
from riskcheck.api.auth import Principal
from riskcheck.api.service import Service
from riskcheck.api.workflow import event
from riskcheck.api.deps import ServiceDep
from riskcheck.api.problems import problem
from riskcheck.api.schemas import ReloadOut
from riskcheck.api.schemas import RulesOut
from riskcheck.api.service import rule_id_of
from riskcheck.errors import RuleFileError

router = APIRouter(prefix="/v1/rules", tags=["rules"])


@router.get("", response_model=RulesOut, summary="The loaded rule set: version, packs, rules, windows")
async def list_rules(_: CheckKey, service: ServiceDep) -> dict[str, Any]:
    loaded = service.current
    now = datetime.now(timezone.utc)
    return {
        "version": loaded.version,
        "loaded_at": loaded.loaded_at.isoformat(),
        "packs": [_describe_pack(p) for p in _packs(loaded.ruleset)],
        "rules": [describe_rule(r, now) for r in getattr(loaded.ruleset, "rules", ())],
    }


@router.post("/reload", response_model=ReloadOut, summary="Re-read the rules directory (admin)",
             responses={422: {"description": "The new rules did not load; the old set keeps serving. The problem "
                                              "lists each under `problems` and keeps `version`/`previous_version`."}})
async def reload_rules(who: AdminKey, service: ServiceDep) -> JSONResponse:
    """Validates every file first and swaps atomically; on any error the old set keeps
    serving and the 422 problem lists each under ``problems`` as ``file:line:col: rule X: message``."""
    loop = asyncio.get_running_loop()
    outcome = await loop.run_in_executor(service.executor, reload_and_audit, service, who)
    if outcome["reloaded"]:
        return JSONResponse(outcome)
    found = outcome["problems"]
    refused: JSONResponse = problem(
        422, f"the new rules did not load ({len(found)} problem(s)); rule set {outcome['version']} keeps serving: "
             f"{found[0]}", instance="/v1/rules/reload", **outcome)
    return refused


def reload_and_audit(service: Service, who: Principal) -> dict[str, Any]:
    """Reload the rules, count and audit the outcome (the console's reload button calls this too)."""
    previous = service.current.version
    try:
        loaded = service.load()
    except RuleFileError as exc:
        service.metrics.reloads.labels("error").inc()
        problems = [str(p) for p in exc.problems] or [str(exc)]
        event(service, "reload", who, decision="failed", detail="\n".join(problems))
        return {"reloaded": False, "version": previous, "previous_version": previous, "problems": problems}
    service.metrics.reloads.labels("ok").inc()
    event(service, "reload", who, decision="reloaded", detail=f"{previous} -> {loaded.version}")
    return {"reloaded": True, "version": loaded.version, "previous_version": previous, "problems": []}


def _packs(ruleset: Any) -> list[Any]:
    packs = getattr(ruleset, "packs", ()) or ()
    return list(packs.values()) if isinstance(packs, dict) else list(packs)


def _describe_pack(pack: Any) -> dict[str, Any]:
    if isinstance(pack, str):
        return {"name": pack}
    data: dict[str, Any] = {"name": str(getattr(pack, "name", getattr(pack, "pack", pack)))}
    for key in ("description", "owner", "path", "timezone", "version"):
        value = getattr(pack, key, None)
        if value is not None:
            data[key] = str(value)
    rule_ids = getattr(pack, "rule_ids", None)
    if rule_ids is not None:
        data["rules"] = [f"{data['name']}/{rule_id}" for rule_id in rule_ids]
    return data


def _when(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def describe_rule(rule: Any, now: datetime) -> dict[str, Any]:
    """What a reviewer needs to know about one rule; tolerant of the rule's exact class."""
    rule_id = rule_id_of(rule)
    severity = getattr(rule, "severity", None)
    data: dict[str, Any] = {
        "id": rule_id,
        "pack": getattr(rule, "pack", None) or (rule_id.split("/", 1)[0] if "/" in rule_id else None),
        "kind": getattr(rule, "kind", None),
        "category": getattr(rule, "category", None),
        "severity": getattr(severity, "value", severity),
    }
    languages = getattr(rule, "languages", None)
    data["languages"] = sorted(languages) if languages else None
    window = getattr(rule, "active", None)
    start = getattr(window, "start", None)
    end = getattr(window, "end", None)
    data["active"] = None if start is None and end is None else {"from": _when(start), "until": _when(end)}
    status_at = getattr(rule, "status_at", None)
    status = str(getattr(status_at(now), "value", status_at(now))) if callable(status_at) else "active"
    data["status"] = status
    data["expired"] = status == "expired"
    source = getattr(rule, "source", None)
    if source is not None:
        data["source"] = {"file": str(getattr(source, "path", source)), "line": int(getattr(source, "line", 0))}
    return data
