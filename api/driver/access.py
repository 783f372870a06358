"""Member-only access for the drivers' operations, and the sessions they read and write with.

Every driver operation needs a member token (a staff, device or partner credential is FORBIDDEN). A
member's sessions see the rows of the member's company, all its stations (row-level security keeps
other companies out); the services then keep a member to their own orders, payments and invoices.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import SESSION_ACTOR_KEY, Actor, ActorKind
from api.core.db import RowScope
from api.core.errors import Forbidden
from api.core.guards import Info, viewer

L = TypeVar("L")
MEMBERS_ONLY = "仅会员可用"


def member(info: Info) -> Actor:
    """The signed-in member; UNAUTHENTICATED without a token, FORBIDDEN for any other actor."""
    actor = viewer(info)
    if actor.kind is not ActorKind.MEMBER or actor.id is None or actor.company_id is None:
        raise Forbidden(MEMBERS_ONLY)
    return actor


def _scope(actor: Actor) -> RowScope:
    return RowScope(company=str(actor.company_id), stations="*")


def read(info: Info, actor: Actor) -> AbstractAsyncContextManager[AsyncSession]:
    """A short read session over the member's company."""
    return info.context.db.session(_scope(actor))


@asynccontextmanager
async def transaction(info: Info, actor: Actor) -> AsyncIterator[AsyncSession]:
    """A unit of work over the member's company, which knows its actor (order histories record it)."""
    async with info.context.db.transaction(_scope(actor)) as session:
        session.info[SESSION_ACTOR_KEY] = actor
        yield session


def loader(info: Info, actor: Actor, factory: Callable[[Callable[[], Any]], L]) -> L:
    """The request's instance of a loader reading over the member's company."""
    key = (factory, "member")
    if key not in info.context.loaders:
        info.context.loaders[key] = factory(lambda: read(info, actor))
    found: L = info.context.loaders[key]
    return found
