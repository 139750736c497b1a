"""The review console (``/console``) and the self-hosted API docs (``/docs``), offline.

``mount(app)`` adds the pages, the static files that ship in this package (the console's
stylesheet; Swagger UI 5's bundle, vendored in ``static/swagger/`` with its Apache-2.0 license),
the sign-in redirect, and security headers: a Content-Security-Policy without inline
script on every console and docs page, no framing, no sniffing, no caching of pages.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.responses import RedirectResponse
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp
from starlette.types import Message
from starlette.types import Receive
from starlette.types import Scope
from starlette.types import Send

from riskcheck.api.console.session import SignInNeeded

STATIC = Path(__file__).parent / "static"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]
_PREFIXES = ("/console", "/docs")


class SecurityHeaders:
    """Adds the console's headers to console and docs responses (plain ASGI, no body buffering)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(_PREFIXES):
            await self.app(scope, receive, send)
            return
        static = "/static/" in str(scope.get("path", ""))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] not in {k for k, _ in _HEADERS}]
                headers.extend(_HEADERS)
                if not static:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>riskcheck API docs</title>
<link rel="stylesheet" href="/console/static/swagger/swagger-ui.css">
<link rel="icon" href="/console/static/swagger/favicon-32x32.png"></head>
<body><div id="swagger-ui"></div>
<script src="/console/static/swagger/swagger-ui-bundle.js"></script>
<script src="/console/static/docs-init.js"></script>
</body></html>"""


def mount(app: FastAPI) -> None:
    """Add the console and the offline docs to the app (call before the app starts)."""
    from riskcheck.api.console.pages import router

    app.include_router(router)
    app.mount("/console/static", StaticFiles(directory=str(STATIC)), name="console-static")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_HTML)

    async def sign_in(request: Request, exc: Exception) -> Response:
        return RedirectResponse("/console/login", status_code=303)

    app.add_exception_handler(SignInNeeded, sign_in)
    app.add_middleware(SecurityHeaders)
