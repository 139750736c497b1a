"""The PostgreSQL backend, for several replicas sharing one switch and one audit log.

psycopg 3 is imported here only, so SQLite users never need it installed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from riskcheck.errors import ConfigError
from riskcheck.store.base import Store


class PostgresStore(Store):
    """A small pool of psycopg connections (one per thread that uses the store)."""

    placeholder = "%s"
    _publish_lock_sql = "SELECT pg_advisory_xact_lock(7414002)"  # one publisher at a time, every replica

    def __init__(self, url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ConfigError(
                "a postgresql:// store needs psycopg 3; run `pip install 'riskcheck[postgres]'`"
            ) from exc
        self._psycopg = psycopg
        self._url = url
        self.url_for_humans = _redact(url)
        self._local = threading.local()
        self._all: list[Any] = []
        self._all_lock = threading.Lock()
        try:
            self.create_schema()
        except psycopg.OperationalError as exc:
            raise ConfigError(f"cannot connect to {self.url_for_humans}: {exc}") from exc

    def _connect(self) -> Any:
        db = getattr(self._local, "db", None)
        if db is None or db.closed or db.broken:
            db = self._psycopg.connect(self._url, connect_timeout=10, autocommit=True)
            self._local.db = db
            with self._all_lock:
                self._all.append(db)
        return db

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        db = self._connect()
        with db.transaction():
            yield db

    def create_schema(self) -> None:
        # Several replicas may start at once: serialise DDL with an advisory lock.
        with self._connection() as db:
            db.execute("SELECT pg_advisory_xact_lock(7414001)")
            from riskcheck.store.base import SCHEMA

            for statement in SCHEMA:
                db.execute(statement)

    def _close_connections(self) -> None:
        with self._all_lock:
            for db in self._all:
                db.close()
            self._all.clear()


def _redact(url: str) -> str:
    """The URL without its password, for logs and errors."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in creds else f"{scheme}://{user}@{host}"
