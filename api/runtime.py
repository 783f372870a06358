"""Resolving where PostgreSQL and Redis are: configured servers, or the embedded ones under `data_dir`."""

from __future__ import annotations

from dataclasses import dataclass, field

import redis
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from api.core.db import sync_url
from api.core.embedded import EmbeddedError, EmbeddedPostgres, EmbeddedRedis
from api.settings import Settings


class ConfigurationError(RuntimeError):
    """A setting points at something unusable; the message says which and how to fix it."""


@dataclass
class Services:
    settings: Settings
    embedded: list[EmbeddedPostgres | EmbeddedRedis] = field(default_factory=list)

    def stop(self) -> None:
        for service in reversed(self.embedded):
            service.stop()
        self.embedded.clear()


def resolve(settings: Settings) -> Services:
    """Settings with both URLs set, starting embedded services for any that is unset, and checked."""
    started: list[EmbeddedPostgres | EmbeddedRedis] = []
    database_url, redis_url = settings.database_url, settings.redis_url
    try:
        if database_url is None:
            pg = EmbeddedPostgres(settings.data_dir.resolve() / "pg")
            database_url = pg.start()
            started.append(pg)
        if redis_url is None:
            rd = EmbeddedRedis(settings.data_dir.resolve() / "redis")
            redis_url = rd.start()
            started.append(rd)
    except EmbeddedError as exc:
        for service in started:
            service.stop()
        raise ConfigurationError(str(exc)) from exc
    resolved = settings.model_copy(update={"database_url": database_url, "redis_url": redis_url})
    services = Services(resolved, started)
    try:
        check_database(database_url)
        check_redis(redis_url)
    except ConfigurationError:
        services.stop()
        raise
    return services


def check_database(url: str) -> None:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigurationError(f"FORECOURT_DATABASE_URL is not a database URL: {url!r}") from exc
    if not parsed.drivername.startswith("postgresql"):
        raise ConfigurationError(f"FORECOURT_DATABASE_URL must be a PostgreSQL URL, got {parsed.drivername!r}")
    engine = create_engine(sync_url(url), connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise ConfigurationError(
            f"cannot reach PostgreSQL at {parsed.render_as_string(hide_password=True)}: {reason}"
        ) from exc
    finally:
        engine.dispose()


def check_redis(url: str) -> None:
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=5)
    except ValueError as exc:
        raise ConfigurationError(f"FORECOURT_REDIS_URL is not a Redis URL: {url!r}") from exc
    try:
        client.ping()
    except (OSError, redis.RedisError) as exc:
        raise ConfigurationError(f"cannot reach Redis at {url}: {exc}") from exc
    finally:
        client.close()
