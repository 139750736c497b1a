"""The SQLite backend: a file next to the service, shared by every process that opens it."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from riskcheck.store.base import Store


class SqliteStore(Store):
    """One connection per thread (sqlite3 connections are not shareable), WAL journal so
    readers in other processes are not blocked by the audit writer."""

    def __init__(self, path: str | Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.path = str(path)
        self.url_for_humans = f"sqlite:{self.path}"
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        with self._connection() as db:
            if self.path != ":memory:":
                db.execute("PRAGMA journal_mode=WAL")
        self.create_schema()

    def _connect(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
            with self._all_lock:
                self._all.append(db)
        return db

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        db = self._connect()
        with db:  # commits on success, rolls back on error
            yield db

    def _close_connections(self) -> None:
        with self._all_lock:
            for db in self._all:
                db.close()
            self._all.clear()
