"""The test session's PostgreSQL and Redis: embedded by default, or the configured servers."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import redis
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from api.core.db import sync_url
from api.core.embedded import EmbeddedPostgres, EmbeddedRedis


@dataclass
class TestServices:
    __test__ = False  # not a test class

    database_url: str
    redis_url: str
    redis_db: int
    _pg: EmbeddedPostgres | None
    _redis: EmbeddedRedis | None
    _admin_url: str | None
    _root: Path

    def stop(self) -> None:
        if self._admin_url is not None:
            _drop_database(self._admin_url, make_url(self.database_url).database or "")
        if self._redis is not None:
            self._redis.stop()
        else:
            with redis.Redis.from_url(self.redis_url) as client:
                client.flushdb()
        if self._pg is not None:
            self._pg.stop()
        shutil.rmtree(self._root, ignore_errors=True)


def start() -> TestServices:
    """A fresh, empty database and Redis for one test session."""
    name = f"forecourt_test_{uuid.uuid4().hex[:8]}"
    configured_db = os.environ.get("FORECOURT_TEST_DATABASE_URL") or os.environ.get("FORECOURT_DATABASE_URL")
    configured_redis = os.environ.get("FORECOURT_TEST_REDIS_URL") or os.environ.get("FORECOURT_REDIS_URL")
    root = Path(tempfile.mkdtemp(prefix="forecourt-test-"))
    pg: EmbeddedPostgres | None = None
    if configured_db:
        admin_url: str | None = configured_db
        _create_database(configured_db, name)
        database_url = make_url(configured_db).set(database=name).render_as_string(hide_password=False)
    else:
        pg = EmbeddedPostgres(root / "pg", cleanup_mode="delete")
        pg.start()
        database_url = pg.create_database(name)
        admin_url = None
    rd: EmbeddedRedis | None = None
    if configured_redis:
        redis_url = configured_redis
    else:
        rd = EmbeddedRedis(root / "redis")
        redis_url = rd.start()
    return TestServices(database_url, redis_url, 0, pg, rd, admin_url, root)


def _create_database(admin_url: str, name: str) -> None:
    engine = create_engine(sync_url(admin_url), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()


def _drop_database(admin_url: str, name: str) -> None:
    engine = create_engine(sync_url(admin_url), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()
