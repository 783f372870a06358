"""The GraphQL context: what one request (or one subscription event) may use.

It holds the process' `Database`, never a session: every resolver and loader opens its own short session,
because sibling fields resolve concurrently. Loaders are created on first use and live for one request;
subscriptions call `fresh()` per event so nothing is cached across events.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.websockets import WebSocket

from api.core.actors import SESSION_ACTOR_KEY, Actor, ActorKind
from api.core.db import Database, RowScope
from api.core.errors import AuthError
from api.core.pubsub import PubSubHub
from api.core.state import AppState
from api.settings import Settings

L = TypeVar("L")
SessionOpener = Callable[[], AbstractAsyncContextManager[AsyncSession]]


@dataclass
class Context:
    state: AppState
    request: Request | WebSocket
    request_id: str
    actor: Actor | None = None
    loaders: dict[Any, Any] = field(default_factory=dict)
    connection_params: dict[str, Any] | None = None
    auth_problem: AuthError | None = None
    live_mode: str = "full"  # see api.core.shared_streams.LiveMode
    selection_plan: Any = None  # a shared stream's plan of its events (api.core.selection_plans)

    @property
    def db(self) -> Database:
        return self.state.db

    @property
    def redis(self) -> Redis:
        return self.state.redis

    @property
    def hub(self) -> PubSubHub:
        return self.state.hub

    @property
    def settings(self) -> Settings:
        return self.state.settings

    @property
    def client_ip(self) -> str | None:
        client = self.request.client
        return client.host if client else None

    def row_scope(self) -> RowScope:
        return row_scope(self.actor)

    def session(self) -> AbstractAsyncContextManager[AsyncSession]:
        """A short read session under the actor's row-level security scope."""
        return self.db.session(self.row_scope())

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A unit of work under the actor's row-level security scope, which knows its actor (histories
        record who made a change)."""
        async with self.db.transaction(self.row_scope()) as session:
            session.info[SESSION_ACTOR_KEY] = self.actor
            yield session

    def loader(self, factory: Callable[[SessionOpener], L]) -> L:
        """The request's instance of a loader (made on first use), reading under the actor's scope."""
        if factory not in self.loaders:
            self.loaders[factory] = factory(self.session)
        return self.loaders[factory]

    def fresh(self) -> Context:
        """A copy with empty loaders, for one subscription event."""
        return replace(self, loaders={})


def row_scope(actor: Actor | None) -> RowScope:
    """The row-level security scope of `actor` (nothing at all for anonymous requests)."""
    if actor is None or actor.company_id is None:
        return RowScope(company="*", stations="*") if actor and actor.kind is ActorKind.SYSTEM else RowScope.nothing()
    stations = actor.visible_stations
    return RowScope(company=str(actor.company_id),
                    stations="*" if stations is None else ",".join(sorted(str(s) for s in stations)))
