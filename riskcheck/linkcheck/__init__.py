"""Live link checks before publishing (opt-in: ``links: {check: true}`` or ``--check-links``).

``guard`` (the SSRF guard, reusable for any outbound call), ``fetch`` (one link, hop by
hop), ``checker`` (many links in a budget, cached), ``findings`` (results as findings).
No web framework here: the CLI, the hook and the service all use it the same way.
"""

from __future__ import annotations

from riskcheck.linkcheck.checker import LinkChecker
from riskcheck.linkcheck.checker import LinkCheckSettings
from riskcheck.linkcheck.checker import Pending
from riskcheck.linkcheck.fetch import LinkResult
from riskcheck.linkcheck.fetch import Outcome
from riskcheck.linkcheck.guard import Guard
from riskcheck.linkcheck.guard import Refused

__all__ = ["Guard", "LinkCheckSettings", "LinkChecker", "LinkResult", "Outcome", "Pending", "Refused", "forced"]


def forced(ruleset: object) -> LinkChecker:
    """A link checker for ``--check-links``: riskcheck.yaml's ``links:`` settings, switched on."""
    import dataclasses

    config = getattr(ruleset, "config", None)
    settings = getattr(config, "links", None) or LinkCheckSettings()
    return LinkChecker(dataclasses.replace(settings, check=True))
