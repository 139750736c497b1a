"""Dependencies as types, so handlers read as plain typed functions."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi import Request

from riskcheck.api.service import Service


async def get_service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


ServiceDep = Annotated[Service, Depends(get_service)]
