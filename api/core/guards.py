"""Resolver-side access checks and the permission notes written into field descriptions."""

from __future__ import annotations

from typing import Any

import strawberry

from api.core.actors import Actor
from api.core.context import Context
from api.core.errors import Unauthenticated
from api.core.permissions import Permission

Info = strawberry.Info[Context, Any]


def viewer(info: Info) -> Actor:
    """The authenticated actor, or UNAUTHENTICATED."""
    actor = info.context.actor
    if actor is None:
        raise info.context.auth_problem or Unauthenticated()
    return actor


def require(info: Info, *permissions: Permission) -> Actor:
    """The actor, when it holds every one of `permissions`; FORBIDDEN otherwise."""
    actor = viewer(info)
    for permission in permissions:
        actor.require(permission)
    return actor


def needs(description: str, *permissions: Permission) -> str:
    """`description` with its permission requirement spelled out, as the schema shows it."""
    if not permissions:
        return f"{description} Requires a signed-in actor."
    names = ", ".join(p.name for p in permissions)
    return f"{description} Requires {names}."
