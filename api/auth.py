"""API-key authentication with scopes, as FastAPI dependencies.

Keys arrive as ``Authorization: Bearer <key>``. Only SHA-256 hashes are kept, and every
stored hash is compared with ``hmac.compare_digest`` so timing says nothing about which
key came close. The key itself is never logged or stored; the audit trail records the
key's *name*.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi import HTTPException
from fastapi import Request
from fastapi.security import HTTPAuthorizationCredentials
from fastapi.security import HTTPBearer

from riskcheck.api.settings import ApiKey
from riskcheck.api.settings import Scope
from riskcheck.api.settings import hash_key


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking: the key's name (never the key) and what it may do."""

    name: str
    scope: Scope


ANONYMOUS = Principal("anonymous", Scope.ADMIN)
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


class KeyRing:
    """The accepted keys, looked up by hash in constant time per stored key."""

    def __init__(self, keys: tuple[ApiKey, ...], *, insecure_no_auth: bool = False) -> None:
        self._keys = keys
        self._open = insecure_no_auth

    def identify(self, credentials: HTTPAuthorizationCredentials | None, raw_header: str | None) -> Principal:
        if self._open:
            return ANONYMOUS
        if credentials is None:
            if raw_header:
                raise HTTPException(401, "Authorization header must be 'Bearer <key>'", _CHALLENGE)
            raise HTTPException(401, "missing API key: send 'Authorization: Bearer <key>'", _CHALLENGE)
        digest = hash_key(credentials.credentials)
        found: ApiKey | None = None
        for key in self._keys:  # no early exit: every key is compared
            if hmac.compare_digest(digest, key.sha256):
                found = key
        if found is None:
            raise HTTPException(401, "unknown API key", _CHALLENGE)
        return Principal(found.name, found.scope)


_bearer = HTTPBearer(auto_error=False, description="An API key with scope check, review or admin.")


def _require(needed: Scope):  # type: ignore[no-untyped-def]
    async def dependency(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Principal:
        keyring: KeyRing = request.app.state.keyring
        principal = keyring.identify(credentials, request.headers.get("authorization"))
        if not principal.scope.allows(needed):
            raise HTTPException(
                403, f"key '{principal.name}' has scope '{principal.scope.value}'; "
                     f"this endpoint needs '{needed.value}'")
        return principal

    dependency.__name__ = f"require_{needed.value}"
    return dependency


CheckKey = Annotated[Principal, Depends(_require(Scope.CHECK))]
ReviewKey = Annotated[Principal, Depends(_require(Scope.REVIEW))]
AdminKey = Annotated[Principal, Depends(_require(Scope.ADMIN))]
