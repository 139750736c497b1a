"""Pick the store backend from one URL or path."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from riskcheck.store.base import Store

DB_ENV = "RISKCHECK_DB"
DEFAULT_DB = "riskcheck.db"


def open_store(url: str | Path | None = None, **kwargs: Any) -> Store:
    """``postgresql://...`` (or ``postgres://``) opens PostgreSQL; ``sqlite:PATH``, a plain path
    or ``None`` ($RISKCHECK_DB, else ``riskcheck.db`` in the working directory, the
    same file the CLI's ``riskcheck crisis`` uses) opens SQLite.
    Keyword arguments (``crisis_cache_s``, ``audit_batch``) go to the store.
    """
    text = str(url) if url else (os.environ.get(DB_ENV) or DEFAULT_DB)
    path = sqlite_path(text)
    if path is None:
        from riskcheck.store.postgres import PostgresStore

        return PostgresStore(text, **kwargs)
    from riskcheck.store.sqlite import SqliteStore

    return SqliteStore(path, **kwargs)


def sqlite_path(url: str | Path | None = None) -> str | None:
    """The SQLite file ``open_store(url)`` would open, or None for a PostgreSQL URL."""
    text = str(url) if url else (os.environ.get(DB_ENV) or DEFAULT_DB)
    if text.startswith(("postgresql://", "postgres://")):
        return None
    if text.startswith("sqlite:///"):
        return text[len("sqlite:///"):]
    if text.startswith("sqlite:"):
        return text[len("sqlite:"):]
    return text


def open_crisis_store(url: str | Path | None = None) -> Store:
    """The crisis switch alone (the CLI's ``riskcheck crisis``): a Store is a CrisisStore.

    No cache, since a one-shot command must see the latest switch.
    """
    return open_store(url, crisis_cache_s=0.0)
