from __future__ import annotations

import threading
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from riskcheck.api.app import create_app
from riskcheck.api.settings import Settings
from riskcheck.api.settings import parse_env_keys
from api_fakes import KEYS
from api_fakes import RULES_V1
from api_fakes import FakeChecker
from api_fakes import load_fake_rules



@pytest.fixture()
def rules_dir(tmp_path: Path) -> Path:
    d = tmp_path / "rules"
    d.mkdir()
    (d / "main.rules").write_text(RULES_V1)
    return d


@pytest.fixture()
def settings(rules_dir: Path, tmp_path: Path) -> Settings:
    keys = parse_env_keys(",".join(f"{scope}={key}:{scope}" for scope, key in KEYS.items()))
    return Settings(rules_dir=rules_dir, db_url=str(tmp_path / "state.db"), api_keys=keys, ml=False,
                    warm_up=False, crisis_cache_s=0.0)


MakeClient = Callable[..., TestClient]
REAL_RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture()
def make_client(settings: Settings) -> Iterator[MakeClient]:
    """Build a started TestClient; keyword arguments change the settings, ``checker_kwargs``
    go to the FakeChecker."""
    clients: list[TestClient] = []

    def make(checker_kwargs: dict[str, Any] | None = None, real_engine: bool = False, **changes: Any) -> TestClient:
        the_settings = replace(settings, **changes)
        kwargs = checker_kwargs or {}

        def make_checker(ruleset: Any, crisis: Any, s: Settings) -> FakeChecker:
            return FakeChecker(ruleset, crisis, ml_timeout_s=s.ml_timeout_s, **kwargs)

        if real_engine:  # the real rulebook and Checker (rules-only unless ml=True is passed)
            app = create_app(replace(the_settings, rules_dir=changes.get("rules_dir", REAL_RULES)))
        else:
            app = create_app(the_settings, loader=load_fake_rules, make_checker=make_checker)
        client = TestClient(app, raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture()
def client(make_client: MakeClient) -> TestClient:
    return make_client()


@pytest.fixture()
def gate() -> threading.Event:
    return threading.Event()


@pytest.fixture()
def pg_url() -> str:
    """A fresh database on the PostgreSQL server named by RISKCHECK_TEST_PG_URL."""
    import os
    import uuid

    base = os.environ.get("RISKCHECK_TEST_PG_URL")
    if not base:
        pytest.skip("RISKCHECK_TEST_PG_URL is not set: no PostgreSQL server for this test "
                    "(start one with `export RISKCHECK_TEST_PG_URL=$(.ci/postgres.sh)`)")
    psycopg = pytest.importorskip("psycopg")
    name = f"rc_api_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(base, autocommit=True, connect_timeout=5) as db:
            db.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL at RISKCHECK_TEST_PG_URL is not reachable: {exc}")
    return base.rsplit("/", 1)[0] + "/" + name
