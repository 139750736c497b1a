"""The app factory: ``create_app(settings) -> FastAPI``. Nothing is built at import time.

The lifespan opens the store, loads the rule set (a broken rule set at start is fatal:
there is no older set to keep serving) and warms the scorers and language tables in the
background, so ``/healthz`` answers at once and ``/readyz`` turns 200 when they are loaded.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from riskcheck.api import console
from riskcheck.api import heap
from riskcheck.api.auth import KeyRing
from riskcheck.api.jsonbody import JsonBodies
from riskcheck.api.limits import BodySizeLimit
from riskcheck.api.limits import RequestMetrics
from riskcheck.api.ratelimit import KeyRateLimiter
from riskcheck.api.ratelimit import RateLimitHeaders
from riskcheck.api.metrics import Metrics
from riskcheck.api import openapi_errors
from riskcheck.api import openapi_links
from riskcheck.api import problems
from riskcheck.api.routes import ROUTERS
from riskcheck.api.rulewatch import watch_rules
from riskcheck.api.service import CheckerFactory
from riskcheck.api.service import RulesetLoader
from riskcheck.api.service import Service
from riskcheck.api.service import default_checker
from riskcheck.api.service import default_loader
from riskcheck.api.settings import Settings
from riskcheck.errors import RuleFileError
from riskcheck.store import Store
from riskcheck.store import open_store

log = logging.getLogger("riskcheck.api")

DESCRIPTION = """Pre-publish risk checks for scheduled social posts.

Send `Authorization: Bearer <key>`. Scopes: `check` (check posts, read rules and the
crisis switch), `review` (also waive findings), `admin` (also reload rules, switch crisis
mode, read the audit log)."""


def create_app(
    settings: Settings,
    *,
    loader: RulesetLoader | None = None,
    make_checker: CheckerFactory | None = None,
    store: Store | None = None,
    freeze_heap: bool = False,
) -> FastAPI:
    """Build the service. ``loader``, ``make_checker`` and ``store`` are seams for tests
    (a fake checker, an in-memory rule set); production uses the defaults. ``freeze_heap``
    (the served worker) exempts the warmed-up heap from garbage collection (``heap``)."""
    settings.require_auth_configured()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        if store is not None:
            the_store = store
        else:
            the_store = await loop.run_in_executor(
                None, lambda: open_store(settings.db_url, crisis_cache_s=settings.crisis_cache_s))
        service = Service(settings, the_store, metrics, loader=loader or default_loader,
                          make_checker=make_checker or default_checker)
        app.state.service = service
        service.batcher.start()
        try:
            try:
                await loop.run_in_executor(service.executor, service.load)
            except RuleFileError as exc:
                log.error("rules did not load; not starting:\n%s", "\n".join(str(p) for p in exc.problems))
                raise
            service.start_sync()

            def freeze() -> None:
                log.info("start-up heap frozen: %d objects", heap.freeze_startup_heap())

            def warm_up() -> None:
                service.warm_up(before_ready=freeze if freeze_heap else None)

            watcher = asyncio.create_task(watch_rules(service)) if settings.watch_rules else None
            warm = None
            if settings.warm_up and not service.inline_checks:
                # ML checks run in threads, so serve /healthz and report 503 on /readyz meanwhile
                warm = loop.run_in_executor(service.executor, warm_up)
            elif settings.warm_up:
                # checks run on the event loop: a cold table load there would stall every
                # connection of this worker, so finish warming before accepting any
                await loop.run_in_executor(service.executor, warm_up)
            else:
                warm_up()
            if settings.insecure_no_auth:
                log.warning("authentication is OFF (--insecure-no-auth): every caller is an admin; local use only")
            log.info("riskcheck service ready to check with rule set %s (store %s)",
                     service.current.version, the_store.url_for_humans)
            yield
            if warm is not None and not warm.done():
                warm.cancel()
            if watcher is not None:
                watcher.cancel()
        finally:
            await service.batcher.stop()
            service.close()

    # /docs is served by the console package from local files (no CDN); ReDoc would need one.
    app = FastAPI(title="riskcheck", version=_version(), description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.keyring = KeyRing(settings.api_keys, insecure_no_auth=settings.insecure_no_auth)
    app.state.rate_limiter = KeyRateLimiter(settings.rate_limit)
    app.state.settings = settings
    for router in ROUTERS:
        app.include_router(router)
    problems.install(app)  # every error answer is RFC 9457 problem details
    # ...and the OpenAPI document lists each one per operation, and how the calls chain (links)
    openapi_errors.install(app, extra=openapi_links.install)
    console.mount(app)
    # Outermost last: metrics see every request, including ones the size limit refuses.
    app.add_middleware(RateLimitHeaders)  # RateLimit-* on every answer to an identified key
    app.add_middleware(JsonBodies)  # after the size limit, before routing
    app.add_middleware(BodySizeLimit, limit=settings.max_body_bytes, metrics=metrics)
    app.add_middleware(RequestMetrics, metrics=metrics)
    return app


def create_app_from_env() -> FastAPI:
    """The uvicorn factory ``riskcheck serve`` points each worker at (settings via env)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return create_app(Settings.from_env(), freeze_heap=True)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version

    try:
        return version("riskcheck")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0"
