"""The console's pages: check a draft, review queue, crisis, rules, audit, sign-in.

Server-rendered with Jinja2 (autoescaping on: post text is always escaped). No page needs
JavaScript: suggestions, approvals and switches are plain forms, each with the session's
CSRF token. Store work runs in the service's worker threads, like the API's.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from collections.abc import Coroutine
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from pathlib import Path
from typing import Any
from typing import TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi import HTTPException
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
from fastapi.responses import RedirectResponse
from fastapi.responses import Response
from jinja2 import Environment
from jinja2 import FileSystemLoader
from jinja2 import select_autoescape

from riskcheck.api import workflow
from riskcheck.api.auth import Principal
from riskcheck.api.console import session as sessions
from riskcheck.api.console.highlight import pieces
from riskcheck.api.routes.crisis import switch_crisis
from riskcheck.api.routes.rules import reload_and_audit
from riskcheck.api.service import Service
from riskcheck.api.settings import Scope
from riskcheck.crisis import CrisisState
from riskcheck.postinput import PostError
from riskcheck.postinput import check_language
from riskcheck.postinput import parse_scheduled
from riskcheck.render import pack_owners
from riskcheck.store.reviews import AuditFilter
from riskcheck.store.reviews import QueueFilter
from riskcheck.types import Post

class ConsoleRoute(APIRoute):
    """Console routes answer a refusal (403, 404, 409, 422...) with an HTML page saying why."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_or_error(request: Request) -> Response:
            try:
                return await handler(request)
            except HTTPException as exc:
                if 300 <= exc.status_code < 400:
                    raise
                return _render("error.html", None, status=exc.status_code, error=str(exc.detail),
                               status_code=exc.status_code)

        return page_or_error


router = APIRouter(prefix="/console", include_in_schema=False, route_class=ConsoleRoute)
TEMPLATES = Path(__file__).parent / "templates"
PAGE_SIZE = 50  # audit rows per page
QUEUE_PAGE = 20  # queued posts per page: each is a full card (text, reasons, forms)
HELD_SHOWN = 50  # held posts listed on the crisis page (release re-checks all of them)
T = TypeVar("T")
_env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                   trim_blocks=True, lstrip_blocks=True, auto_reload=False)  # templates ship in the package
_env.filters["dict_without"] = lambda params, key: urlencode({k: v for k, v in params.items() if k != key})

NAV = (("check", "Check a draft", Scope.CHECK), ("queue", "Review queue", Scope.CHECK),
       ("crisis", "Crisis", Scope.CHECK), ("rules", "Rules", Scope.CHECK), ("audit", "Audit", Scope.ADMIN))


def _service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


async def _run(service: Service, work: Callable[..., T], *args: Any) -> T:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(service.executor, work, *args)


async def _user(request: Request) -> sessions.ConsoleUser:
    service = _service(request)
    return await _run(service, sessions.current_user, request, service)


def _render(name: str, user: sessions.ConsoleUser | None, status: int = 200, **context: Any) -> HTMLResponse:
    template = _env.get_template(name)
    html = template.render(user=user, nav=NAV, Scope=Scope, **context)
    return HTMLResponse(html, status_code=status)


def _need(user: sessions.ConsoleUser, scope: Scope) -> None:
    if not user.may(scope):
        raise HTTPException(403, f"key '{user.principal.name}' has scope '{user.principal.scope.value}'; "
                                 f"this needs '{scope.value}'")


async def _posted(request: Request) -> tuple[sessions.ConsoleUser, dict[str, str]]:
    """The signed-in user and the form, after the CSRF check."""
    user = await _user(request)
    form = await sessions.read_form(request)
    sessions.require_csrf(form, user.csrf)
    return user, form


def _see_other(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


# -- sign-in -----------------------------------------------------------------------------
@router.get("", response_class=HTMLResponse)
async def home() -> Response:
    return _see_other("/console/check")


@router.get("/login", response_class=HTMLResponse)
async def login_page(request: Request, error: str | None = None) -> Response:
    token = sessions.new_login_token()
    response = _render("login.html", None, csrf=token, error=error)
    sessions.set_cookie(response, request, sessions.LOGIN_COOKIE, token, max_age=900)
    return response


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    form = await sessions.read_form(request)
    expected = request.cookies.get(sessions.LOGIN_COOKIE)
    if not expected:
        raise HTTPException(403, "CSRF token missing or wrong: open the sign-in page again (cookies must be on)")
    sessions.require_csrf(form, expected)
    service = _service(request)
    try:
        principal: Principal = request.app.state.keyring.identify(f"Bearer {form.get('api_key', '').strip()}")
    except HTTPException as exc:
        token = sessions.new_login_token()
        response = _render("login.html", None, status=401, csrf=token, error=str(exc.detail))
        sessions.set_cookie(response, request, sessions.LOGIN_COOKIE, token, max_age=900)
        return response
    token, _ = await _run(service, sessions.start_session, service, principal)
    signed_in: Response = _see_other("/console/check")
    sessions.set_cookie(signed_in, request, sessions.SESSION_COOKIE, token,
                        max_age=sessions.SESSION_HOURS * 3600)
    signed_in.delete_cookie(sessions.LOGIN_COOKIE, path=sessions.COOKIE_PATH)
    return signed_in


@router.post("/logout")
async def logout(request: Request) -> Response:
    await _posted(request)
    service = _service(request)
    await _run(service, sessions.end_session, service, request.cookies.get(sessions.SESSION_COOKIE))
    response = _see_other("/console/login")
    response.delete_cookie(sessions.SESSION_COOKIE, path=sessions.COOKIE_PATH)
    return response


# -- check a draft -----------------------------------------------------------------------
def _parse_at(value: str, what: str = "scheduled time") -> datetime | None:
    """The form's time, by the one date parser (riskcheck.postinput); without an offset (a
    datetime-local field) it is UTC, as the form says."""
    if not value.strip():
        return None
    try:
        moment: datetime = parse_scheduled(value, tz=timezone.utc, what=what)
    except PostError as exc:
        raise HTTPException(422, str(exc)) from None
    return moment


def _draft(form: dict[str, str]) -> Post:
    text = form.get("text", "")
    if not text.strip():
        raise HTTPException(422, "the post text is empty")
    try:
        check_language(form.get("language", "").strip() or None)
    except PostError as exc:
        raise HTTPException(422, str(exc)) from None
    return Post(text, scheduled_at=_parse_at(form.get("at", "")), channel=form.get("channel") or None,
                brand=form.get("brand") or None, language=form.get("language") or None,
                id=form.get("post_id") or None)


def _verdict_context(service: Service, text: str, verdict: dict[str, Any]) -> dict[str, Any]:
    findings = verdict.get("findings", [])
    owners = pack_owners(service.current.ruleset)
    for finding in findings:
        finding["owner"] = owners.get(str(finding.get("rule_id", "")).split("/", 1)[0])
    return {"verdict": verdict, "pieces": pieces(text, findings), "findings": findings}


def _check_draft(service: Service, post: Post, who: Principal) -> dict[str, Any]:
    result = service.check([post], who, "console/check")[0]
    data = result.to_dict()
    return _verdict_context(service, post.text, data)


@router.get("/check", response_class=HTMLResponse)
async def check_page(request: Request) -> Response:
    user = await _user(request)
    return _render("check.html", user, form={}, active="check")


@router.post("/check", response_class=HTMLResponse)
async def check_submit(request: Request) -> Response:
    user, form = await _posted(request)
    service = _service(request)
    post = _draft(form)
    context = await _run(service, _check_draft, service, post, user.principal)
    return _render("check.html", user, form=form, active="check", **context)


@router.post("/check/apply", response_class=HTMLResponse)
async def apply_suggestion(request: Request) -> Response:
    """Replace one span with its suggestion and check again."""
    user, form = await _posted(request)
    text = form.get("text", "")
    try:
        start, end = int(form.get("start", "")), int(form.get("end", ""))
    except ValueError:
        raise HTTPException(422, "start and end must be integers") from None
    if not 0 <= start <= end <= len(text):
        raise HTTPException(422, f"span {start}-{end} is outside the text (length {len(text)})")
    form = {**form, "text": text[:start] + form.get("suggestion", "") + text[end:]}
    service = _service(request)
    context = await _run(service, _check_draft, service, _draft(form), user.principal)
    return _render("check.html", user, form=form, active="check", applied=form.get("suggestion"), **context)


# -- review queue --------------------------------------------------------------------------
def _queue_filter(params: dict[str, str]) -> QueueFilter:
    decision = params.get("decision", "")
    state = params.get("state", "pending")
    # no decision chosen: what waits for a reviewer, or every decision once reviewed
    decisions = ((decision,) if decision in ("review", "hold", "block", "pass")
                 else ("review", "hold") if state == "pending" else ())
    day = params.get("date", "").strip()
    start = None
    if day:
        try:
            start = datetime.fromisoformat(day).replace(tzinfo=timezone.utc)
        except ValueError:
            raise HTTPException(422, f"date '{day}' is not YYYY-MM-DD") from None
    return QueueFilter(decisions=decisions, state=state if state in ("pending", "approved", "rejected") else None,
                       category=params.get("category") or None, brand=params.get("brand") or None,
                       channel=params.get("channel") or None, scheduled_from=start,
                       scheduled_before=start + timedelta(days=1) if start else None)


def _page_number(params: Any) -> int:
    try:
        return min(1_000_000, max(0, int(params.get("page", "0"))))
    except ValueError:
        return 0


@router.get("/queue", response_class=HTMLResponse)
async def queue_page(request: Request) -> Response:
    user = await _user(request)
    service = _service(request)
    params = dict(request.query_params)
    where = _queue_filter(params)
    page = _page_number(params)
    records = await _run(service, lambda: service.store.review_queue(where, limit=QUEUE_PAGE + 1,
                                                                      offset=page * QUEUE_PAGE))
    items = [{"record": r, **_verdict_context(service, r.text, r.verdict)} for r in records[:QUEUE_PAGE]]
    return _render("queue.html", user, items=items, params=params, page=page,
                   more=len(records) > QUEUE_PAGE, active="queue", message=params.get("message"))


@router.post("/queue/{post_id}", response_class=HTMLResponse)
async def queue_decide(post_id: str, request: Request) -> Response:
    """approve (note required), reject, or edit & re-check one queued post."""
    user, form = await _posted(request)
    service = _service(request)
    action = form.get("action", "")
    note = form.get("note", "").strip()
    digest = form.get("text_sha256") or None
    try:
        if action == "approve":
            _need(user, Scope.REVIEW)
            if not note:
                raise HTTPException(422, "approving needs a note (why this post may go out)")
            await _run(service, workflow.approve, service, post_id, note, user.principal, digest)
        elif action == "reject":
            _need(user, Scope.REVIEW)
            await _run(service, workflow.reject, service, post_id, note or "rejected in the console",
                       user.principal, digest)
        elif action == "recheck":
            _need(user, Scope.REVIEW)
            record = await _run(service, workflow.view, service, post_id)
            post = Post(form.get("text", record.record.text), scheduled_at=record.record.scheduled_at,
                        channel=record.record.channel, brand=record.record.brand,
                        language=record.record.language, id=post_id)
            await _run(service, service.check, [post], user.principal, "console/recheck")
        else:
            raise HTTPException(422, f"unknown action '{action}'")
    except workflow.WorkflowError as exc:
        raise HTTPException(exc.status, exc.detail) from None
    done = {"approve": "approved", "reject": "rejected", "recheck": "re-checked"}[action]
    return _see_other("/console/queue?" + urlencode({"message": f"{done} {post_id}"}))


# -- crisis ------------------------------------------------------------------------------
def _crisis_context(service: Service) -> dict[str, Any]:
    state = service.store.read_crisis()
    held = service.store.review_queue(QueueFilter(decisions=("hold",), state=None), limit=HELD_SHOWN + 1)
    return {"crisis": state, "held": held[:HELD_SHOWN], "more_held": len(held) > HELD_SHOWN}


@router.get("/crisis", response_class=HTMLResponse)
async def crisis_page(request: Request) -> Response:
    user = await _user(request)
    service = _service(request)
    context = await _run(service, _crisis_context, service)
    return _render("crisis.html", user, active="crisis", message=request.query_params.get("message"), **context)


@router.post("/crisis", response_class=HTMLResponse)
async def crisis_switch(request: Request) -> Response:
    user, form = await _posted(request)
    _need(user, Scope.ADMIN)
    service = _service(request)
    action = form.get("action", "")
    now = datetime.now(timezone.utc)
    if action == "on":
        reason = form.get("reason", "").strip()
        if not reason:
            raise HTTPException(422, "switching crisis mode on needs a reason")
        until = _parse_at(form.get("until", ""), "until")
        if until is not None and until <= now:
            raise HTTPException(422, f"until {until.isoformat()} is in the past")
        state = CrisisState(True, reason, now, until, user.principal.name)
        await _run(service, switch_crisis, service, state, user.principal)
        message = "crisis mode on"
    elif action == "off":
        await _run(service, switch_crisis, service, CrisisState(False, None, now, None, user.principal.name),
                   user.principal)
        message = "crisis mode off"
    elif action == "release":
        released = await _run(service, workflow.release_held, service, user.principal)
        still = sum(1 for r in released if r.decision == "hold")
        message = f"{len(released)} held post(s) checked again; {still} still held"
    else:
        raise HTTPException(422, f"unknown action '{action}'")
    return _see_other("/console/crisis?" + urlencode({"message": message}))


# -- rules -------------------------------------------------------------------------------
def _rules_context(service: Service) -> dict[str, Any]:
    loaded = service.current
    now = datetime.now(timezone.utc)
    rules = [rule.describe(now) for rule in loaded.ruleset.rules]
    last = service.store.audit_page(AuditFilter(kind="reload"), limit=1)
    return {"loaded": loaded, "packs": [pack.to_dict() for pack in loaded.ruleset.packs], "rules": rules,
            "last_reload": last[0] if last else None}


@router.get("/rules", response_class=HTMLResponse)
async def rules_page(request: Request) -> Response:
    user = await _user(request)
    service = _service(request)
    context = await _run(service, _rules_context, service)
    return _render("rules.html", user, active="rules", outcome=None, **context)


@router.post("/rules/reload", response_class=HTMLResponse)
async def rules_reload(request: Request) -> Response:
    user, _ = await _posted(request)
    _need(user, Scope.ADMIN)
    service = _service(request)
    outcome = await _run(service, reload_and_audit, service, user.principal)
    context = await _run(service, _rules_context, service)
    return _render("rules.html", user, status=200 if outcome["reloaded"] else 422, active="rules",
                   outcome=outcome, **context)


# -- audit -------------------------------------------------------------------------------
@router.get("/audit", response_class=HTMLResponse)
async def audit_page(request: Request) -> Response:
    user = await _user(request)
    _need(user, Scope.ADMIN)
    service = _service(request)
    params = dict(request.query_params)
    page = _page_number(params)
    where = AuditFilter(kind=params.get("kind") or None, actor=params.get("actor") or None,
                        post_id=params.get("post_id") or None)

    def entries() -> list[dict[str, Any]]:
        service.store.flush()
        found: list[dict[str, Any]] = service.store.audit_page(where, limit=PAGE_SIZE + 1, offset=page * PAGE_SIZE)
        return found

    records = await _run(service, entries)
    return _render("audit.html", user, active="audit", records=records[:PAGE_SIZE], params=params, page=page,
                   more=len(records) > PAGE_SIZE)
