"""Process-wide resources of a worker: the database, opened on first use."""

from __future__ import annotations

from api.core.db import Database
from api.settings import get_settings

_database: Database | None = None


def init(database_url: str) -> Database:
    """Point this process' actors at `database_url` (the demo and tests do this explicitly)."""
    global _database
    _database = Database(database_url, pool_size=4)
    return _database


def database() -> Database:
    if _database is None:
        url = get_settings().database_url
        if url is None:
            raise RuntimeError("FORECOURT_DATABASE_URL is not set for this worker")
        return init(url)
    return _database
