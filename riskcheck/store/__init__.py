"""Persistence for the service: the crisis switch, waivers, the audit log and rule-set generations.

One URL picks the backend: a SQLite file path (default, zero set-up) or a
``postgresql://`` URL when several replicas must share state. Both backends keep the
same tables and the same semantics, so tests run one suite against both.
"""

from __future__ import annotations

from riskcheck.store.base import AuditRecord
from riskcheck.store.base import Store
from riskcheck.waivers import Waiver
from riskcheck.waivers import text_sha256
from riskcheck.store.open import open_crisis_store
from riskcheck.store.open import open_store
from riskcheck.store.rulesets import RulesetGeneration

__all__ = ["AuditRecord", "RulesetGeneration", "Store", "Waiver", "open_crisis_store", "open_store", "text_sha256"]
