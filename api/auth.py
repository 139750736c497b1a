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
from fastapi.security import HTTPBearer

from riskcheck.api.ratelimit import KeyRateLimiter
from riskcheck.api.settings import ApiKey
from riskcheck.api.settings import Scope
from riskcheck.api.settings import hash_key


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking: the key's name (never the key) and what it may do."""

    name: str
    scope: Scope
    rate_limit: str | None = None  # the key's own limit; None: the service's rate_limit


ANONYMOUS = Principal("anonymous", Scope.ADMIN)
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


class KeyRing:
    """The accepted keys, looked up by hash in constant time per stored key."""

    def __init__(self, keys: tuple[ApiKey, ...], *, insecure_no_auth: bool = False) -> None:
        self._keys = keys
        self._open = insecure_no_auth

    def identify(self, authorization: str | None) -> Principal:
        """The caller behind an ``Authorization`` header value, or a 401 saying why not."""
        if self._open:
            return ANONYMOUS
        if not authorization:
            raise HTTPException(401, "missing API key: send 'Authorization: Bearer <key>'", _CHALLENGE)
        scheme, _, token = authorization.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, "Authorization header must be 'Bearer <key>'", _CHALLENGE)
        digest = hash_key(token)
        found: ApiKey | None = None
        for key in self._keys:  # no early exit: every key is compared
            if hmac.compare_digest(digest, key.sha256):
                found = key
        if found is None:
            raise HTTPException(401, "unknown API key", _CHALLENGE)
        return Principal(found.name, found.scope, found.rate_limit)

    def still_valid(self, principal: Principal) -> bool:
        """Whether a key of this name and scope is still configured (a console session ends
        when its key is removed or its scope changes)."""
        if self._open:
            return principal == ANONYMOUS
        return any(k.name == principal.name and k.scope is principal.scope for k in self._keys)


class _ScopedBearer(HTTPBearer):
    """One dependency that authenticates and checks the scope.

    A subclass of ``HTTPBearer`` so OpenAPI documents the bearer scheme, while the
    request pays for one dependency instead of two (this sits on the hot path).
    """

    def __init__(self, needed: Scope) -> None:
        super().__init__(auto_error=False, scheme_name="apiKey",
                         description="An API key with scope check, review or admin (admin ⊃ review ⊃ check).")
        self.needed = needed

    async def __call__(self, request: Request) -> Principal:  # type: ignore[override]
        keyring: KeyRing = request.app.state.keyring
        principal = keyring.identify(request.headers.get("authorization"))
        limiter: KeyRateLimiter = request.app.state.rate_limiter
        request.state.ratelimit_headers = limiter.hit(principal.name, principal.rate_limit)  # 429 when over
        if not principal.scope.allows(self.needed):
            raise HTTPException(
                403, f"key '{principal.name}' has scope '{principal.scope.value}'; "
                     f"this endpoint needs '{self.needed.value}'")
        return principal


CheckKey = Annotated[Principal, Depends(_ScopedBearer(Scope.CHECK))]
ReviewKey = Annotated[Principal, Depends(_ScopedBearer(Scope.REVIEW))]
AdminKey = Annotated[Principal, Depends(_ScopedBearer(Scope.ADMIN))]
