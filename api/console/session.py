"""Console sign-in: an API key becomes a server-side session behind an HttpOnly cookie.

The cookie holds a random token; the store keeps only its SHA-256 (with the key's *name*
and scope, never the key), so every worker and replica sharing the store knows the session
and a database reader cannot replay one. Each session has its own CSRF token, which every
form carries in a hidden field; a POST without it (or with another) is refused with 403.
The sign-in form itself is protected the same way with a short-lived pre-session cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from urllib.parse import parse_qs

from fastapi import HTTPException
from fastapi import Request
from fastapi.responses import Response

from riskcheck.api.auth import Principal
from riskcheck.api.service import Service
from riskcheck.api.settings import Scope
from riskcheck.storable import printable
from riskcheck.storable import unstorable_reason
from riskcheck.store.reviews import Session

SESSION_COOKIE = "riskcheck_session"
LOGIN_COOKIE = "riskcheck_login"
COOKIE_PATH = "/console"
SESSION_HOURS = 8
MAX_FORM_BYTES = 256 * 1024


class SignInNeeded(Exception):
    """No valid session: the handler sends the browser to the sign-in page."""


@dataclass(frozen=True, slots=True)
class ConsoleUser:
    principal: Principal
    csrf: str

    def may(self, scope: Scope) -> bool:
        allowed: bool = self.principal.scope.allows(scope)
        return allowed


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, path=COOKIE_PATH, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")


def start_session(service: Service, principal: Principal) -> tuple[str, Session]:
    """A new session for the key's name and scope; returns the cookie token and the session."""
    token = secrets.token_urlsafe(32)
    session = Session(principal.name, principal.scope.value, secrets.token_urlsafe(32),
                      datetime.now(timezone.utc) + timedelta(hours=SESSION_HOURS))
    service.store.add_session(_token_hash(token), session)
    return token, session


def end_session(service: Service, token: str | None) -> None:
    if token:
        service.store.end_session(_token_hash(token))


def current_user(request: Request, service: Service) -> ConsoleUser:
    """The signed-in user, or ``SignInNeeded``. The key must still be configured with that scope."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise SignInNeeded
    session = service.store.get_session(_token_hash(token))
    if session is None:
        raise SignInNeeded
    keyring = request.app.state.keyring
    principal = Principal(session.key_name, Scope(session.scope))
    if not keyring.still_valid(principal):
        raise SignInNeeded
    return ConsoleUser(principal, session.csrf)


async def read_form(request: Request) -> dict[str, str]:
    """A urlencoded form as a flat dict (last value wins); bounded in size."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(413, f"form of {len(body)} bytes; the limit is {MAX_FORM_BYTES}")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "form is not UTF-8") from None
    form = {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()}
    for key, value in form.items():
        reason = unstorable_reason(key) or unstorable_reason(value)
        if reason is not None:
            raise HTTPException(422, f"form field '{printable(key)}' {reason}")
    return form


def require_csrf(form: dict[str, str], expected: str) -> None:
    """Refuse a form whose hidden ``csrf`` field is missing or not this session's token."""
    given = form.get("csrf", "")
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(403, "CSRF token missing or wrong: reload the page and submit the form again")


def new_login_token() -> str:
    return secrets.token_urlsafe(24)
