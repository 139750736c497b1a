"""Fixtures for the hook tests: every local check goes to a FakeChecker."""

from __future__ import annotations

import pytest
from hook_fakes import FakeChecker


@pytest.fixture
def fake_checker(monkeypatch: pytest.MonkeyPatch) -> FakeChecker:
    """Every local check in the hook/recheck commands goes to one FakeChecker."""
    checker = FakeChecker()
    monkeypatch.setattr("riskcheck.cli.hook_cmd.local_checker", lambda rules_dir, rules_only: checker)
    monkeypatch.setattr("riskcheck.cli.recheck_cmd.local_checker", lambda rules_dir, rules_only: checker)
    return checker
