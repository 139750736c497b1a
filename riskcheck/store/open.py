"""Pick the store backend from one URL or path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from riskcheck.store.base import Store

DEFAULT_DB = "riskcheck.db"


def open_store(url: str | Path | None = None, **kwargs: Any) -> Store:
    """``postgresql://...`` (or ``postgres://``) opens PostgreSQL; ``sqlite:PATH``, a plain path
    or ``None`` (``riskcheck.db`` in the working directory) opens SQLite.
    Keyword arguments (``crisis_cache_s``, ``audit_batch``) go to the store.
    """
    text = str(url) if url is not None else DEFAULT_DB
    if text.startswith(("postgresql://", "postgres://")):
        from riskcheck.store.postgres import PostgresStore

        return PostgresStore(text, **kwargs)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    elif text.startswith("sqlite:"):
        text = text[len("sqlite:"):]
    from riskcheck.store.sqlite import SqliteStore

    return SqliteStore(text, **kwargs)
