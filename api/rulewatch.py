"""``--watch-rules``: publish the rules folder whenever a file in it changes.

Uses ``watchfiles`` (it comes with ``uvicorn[standard]``). A change is published like
``POST /v1/rules/reload``: validated first, a broken set is logged and never published, and
every worker and replica then follows the store. With several workers each one watches;
publishing a set that is already the newest adds no generation, so that is harmless.
"""

from __future__ import annotations

import asyncio
import logging

from riskcheck.api.reloadgate import ReloadBusy
from riskcheck.api.reloadgate import ReloadExpired
from riskcheck.api.service import Service
from riskcheck.api.service import resolve_rules_dir
from riskcheck.errors import RuleFileError

log = logging.getLogger("riskcheck.api")


async def watch_rules(service: Service, debounce_ms: int = 300) -> None:
    """Run until cancelled: one publish attempt per burst of file changes."""
    from watchfiles import awatch

    folder = resolve_rules_dir(service.settings)
    log.info("watching %s: a change is validated and published to every worker", folder)
    loop = asyncio.get_running_loop()
    async for _changes in awatch(folder, debounce=debounce_ms, recursive=True):
        try:
            loaded = await asyncio.wait_for(
                asyncio.shield(loop.run_in_executor(
                    service.executor, lambda: service.reload(by="rules folder watch", note="file change"))),
                timeout=service.settings.reload_deadline_s + 1.0)
        except RuleFileError as exc:
            service.metrics.reloads.labels("error").inc()
            log.error("rules folder changed but does not load; nothing published:\n%s",
                      "\n".join(str(p) for p in exc.problems) or str(exc))
        except (ReloadBusy, ReloadExpired, asyncio.TimeoutError) as exc:
            log.warning("rules folder changed; reload not done (%s); the next change tries again", exc or "timeout")
        else:
            service.metrics.reloads.labels("ok").inc()
            log.info("rules folder changed: serving and published %s (generation %s)",
                     loaded.version, loaded.generation)
