"""The GraphQL context: what one request (or one subscription event) may use.

It holds the process' `Database`, never a session: every resolver and loader opens its own short session,
because sibling fields resolve concurrently. Loaders are created on first use and live for one request;
subscriptions call `fresh()` per event so nothing is cached across events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from redis.asyncio import Redis
from starlette.requests import Request
from starlette.websockets import WebSocket

from api.core.actors import Actor
from api.core.db import Database
from api.core.pubsub import PubSubHub
from api.core.state import AppState
from api.settings import Settings

L = TypeVar("L")


@dataclass
class Context:
    state: AppState
    request: Request | WebSocket
    request_id: str
    actor: Actor | None = None
    loaders: dict[Any, Any] = field(default_factory=dict)
    connection_params: dict[str, Any] | None = None

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

    def loader(self, factory: Callable[[Database], L]) -> L:
        """The request's instance of a loader (made on first use)."""
        if factory not in self.loaders:
            self.loaders[factory] = factory(self.db)
        return self.loaders[factory]

    def fresh(self) -> Context:
        """A copy with empty loaders, for one subscription event."""
        return replace(self, loaders={})
