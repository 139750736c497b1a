"""Read every request body as JSON, whatever Content-Type the client declared.

Every endpoint of this service takes JSON and none takes forms, but ``curl -d`` sends
``application/x-www-form-urlencoded`` unless told otherwise, and FastAPI then hands the
raw bytes to validation ("Input should be a valid dictionary"), which hides the real
mistake. So a body declared as anything other than JSON is relabelled JSON before
routing: valid JSON is accepted, anything else gets the usual 422 ``json_invalid``.
"""

from __future__ import annotations

from starlette.types import ASGIApp
from starlette.types import Receive
from starlette.types import Scope
from starlette.types import Send

_JSON = b"application/json"


def _is_json(value: bytes) -> bool:
    media = value.split(b";", 1)[0].strip().lower()
    return media == _JSON or (media.startswith(b"application/") and media.endswith(b"+json"))


class JsonBodies:
    """Plain ASGI middleware: a missing or non-JSON ``content-type`` becomes ``application/json``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("POST", "PUT", "PATCH", "DELETE"):
            # The scope is changed in place, never copied: the router records the matched route
            # in the scope it is given, and the metrics middleware outside reads it from there
            # (a copy here counted every relabelled body as route="unmatched").
            headers = list(scope["headers"])
            for index, (name, value) in enumerate(headers):
                if name == b"content-type":
                    if not _is_json(value):
                        headers[index] = (b"content-type", _JSON)
                        scope["headers"] = headers
                    break
            else:  # no content-type at all: FastAPI would not parse the body either
                scope["headers"] = [*headers, (b"content-type", _JSON)]
        await self.app(scope, receive, send)
