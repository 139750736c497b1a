"""One APIRouter per resource; ``ROUTERS`` is the list the app factory includes."""

from __future__ import annotations

from riskcheck.api.routes import check
from riskcheck.api.routes import crisis
from riskcheck.api.routes import health
from riskcheck.api.routes import rules
from riskcheck.api.routes import verdicts

ROUTERS = [check.router, rules.router, crisis.router, verdicts.router, health.router]
