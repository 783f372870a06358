"""Database access: engines, sessions, the declarative base and the unit of work.

Resolvers never share one `AsyncSession`: the GraphQL context holds a `Database`, and each resolver or
loader opens a short session. A mutation runs in one `transaction()`; effects registered on it with
`after_commit` (Redis publishes, Dramatiq messages) run only once the transaction committed.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

import structlog
from sqlalchemy import DateTime, Enum, MetaData, create_engine, func, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.types import TypeDecorator

from api.core.clock import utcnow
from api.core.ids import uuid7

log = structlog.get_logger(__name__)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

AFTER_COMMIT = "forecourt.after_commit"
APP_ROLE = "forecourt_app"


@dataclass(frozen=True)
class RowScope:
    """What PostgreSQL row-level security lets a session see: `*` for all, or ids.

    Sessions opened with a scope switch to the unprivileged `forecourt_app` role for their transaction,
    so the policies on station-scoped tables apply to them (a backstop under the services' checks).
    """

    company: str
    stations: str

    @classmethod
    def nothing(cls) -> RowScope:
        return cls(company="", stations="")


_APPLY_SCOPE = text(
    "SELECT set_config('role', :role, true), set_config('forecourt.company', :company, true), "
    "set_config('forecourt.stations', :stations, true)"
)


class UtcDateTime(TypeDecorator[datetime]):
    """`timestamptz` that refuses naive datetimes and always returns aware UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    @property
    def python_type(self) -> type[datetime]:
        return datetime  # TypeDecorator says `object`, and keyset cursors parse their values by this type

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime bound to a timestamptz column")
        return value


def str_enum(cls: type[StrEnum], name: str) -> Enum:
    """A PostgreSQL enum storing the members' values (lower case), as every persisted StrEnum does."""
    return Enum(cls, name=name, values_callable=lambda e: [m.value for m in e])


class Base(DeclarativeBase):
    """Base of every model: naming conventions, a time-ordered UUID key, aware timestamps."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime()}


class Keyed:
    """Mixin: a UUIDv7 primary key and created/updated timestamps."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, server_default=func.now())


def async_url(url: str) -> URL:
    """`url` with the asyncpg driver."""
    return make_url(url).set(drivername="postgresql+asyncpg")


def sync_url(url: str) -> URL:
    """`url` with the psycopg driver (workers, Alembic, scripts)."""
    return make_url(url).set(drivername="postgresql+psycopg")


AfterCommit = Callable[[], Awaitable[None]]


def after_commit(session: AsyncSession | Session, effect: Callable[[], Any]) -> None:
    """Run `effect` once the session's transaction has committed (never if it rolls back)."""
    session.info.setdefault(AFTER_COMMIT, []).append(effect)


class Database:
    """One async engine and its session factory, plus a lazily made sync engine."""

    def __init__(self, url: str, *, pool_size: int = 10, echo: bool = False) -> None:
        self.url = url
        self.engine: AsyncEngine = create_async_engine(
            async_url(url), pool_size=pool_size, max_overflow=pool_size, pool_recycle=1800, echo=echo
        )  # no pre-ping: a dropped connection raises, is invalidated and the next checkout reconnects
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        self._sync_engine: Engine | None = None

    @property
    def sync_engine(self) -> Engine:
        if self._sync_engine is None:
            self._sync_engine = create_engine(sync_url(self.url), pool_pre_ping=True)
        return self._sync_engine

    @asynccontextmanager
    async def session(self, scope: RowScope | None = None) -> AsyncIterator[AsyncSession]:
        """A short read session (row-level security applied when `scope` is given)."""
        async with self.sessions() as session, session.begin():
            if scope is not None:
                await apply_scope(session, scope)
            yield session

    @asynccontextmanager
    async def transaction(self, scope: RowScope | None = None) -> AsyncIterator[AsyncSession]:
        """One unit of work: commit on success, roll back on error, then run after-commit effects."""
        async with self.sessions() as session:
            async with session.begin():
                if scope is not None:
                    await apply_scope(session, scope)
                yield session
            effects = session.info.pop(AFTER_COMMIT, [])
        await run_effects(effects)

    @contextmanager
    def sync_transaction(self) -> Iterator[Session]:
        with sessionmaker(self.sync_engine, expire_on_commit=False)() as session:
            with session.begin():
                yield session
            effects = session.info.pop(AFTER_COMMIT, [])
        for effect in effects:
            effect()

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self._sync_engine is not None:
            self._sync_engine.dispose()


async def apply_scope(session: AsyncSession, scope: RowScope) -> None:
    await session.execute(_APPLY_SCOPE, {"role": APP_ROLE, "company": scope.company, "stations": scope.stations})


async def run_effects(effects: list[Callable[[], Any]]) -> None:
    """Run after-commit effects; a failing one is logged, never undoes the committed work."""
    for effect in effects:
        try:
            result = effect()
            if isinstance(result, Awaitable):
                await result
        except Exception:
            log.exception("after_commit_effect_failed", effect=repr(effect))
