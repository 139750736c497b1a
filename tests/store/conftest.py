from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from riskcheck.store import Store
from riskcheck.store import open_store

PG_SKIP_REASON = (
    "RISKCHECK_TEST_PG_URL is not set: no PostgreSQL server for the store tests "
    "(start one with `export RISKCHECK_TEST_PG_URL=$(.ci/postgres.sh)`)"
)


def _pg_url() -> str:
    url = os.environ.get("RISKCHECK_TEST_PG_URL")
    if not url:
        pytest.skip(PG_SKIP_REASON)
    return url


def _fresh_pg_url(base: str) -> str:
    """A new empty database per test, so tests never see each other's rows."""
    psycopg = pytest.importorskip("psycopg")
    name = f"rc_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(base, autocommit=True, connect_timeout=5) as db:
            db.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL at RISKCHECK_TEST_PG_URL is not reachable: {exc}")
    return base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: object) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "riskcheck.db")  # type: ignore[operator]
    return _fresh_pg_url(_pg_url())


@pytest.fixture()
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url, crisis_cache_s=0.0)
    yield s
    s.close()
