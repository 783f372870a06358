"""Relay `Node`: opaque global IDs and `node(id)`, which goes through each type's own access checks."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import strawberry

from api.core.guards import Info, viewer
from api.core.ids import InvalidGlobalId, from_global_id, to_global_id
from api.core.pagination import BadInput

NodeResolver = Callable[[Info, uuid.UUID], Awaitable[Any]]
RESOLVERS: dict[str, NodeResolver] = {}


@strawberry.interface(description="An object with a global ID, fetchable with `node(id)`.")
class Node:
    @strawberry.field(description="The object's global ID (opaque).")
    def id(self) -> strawberry.ID:
        name = self.__strawberry_definition__.name  # type: ignore[attr-defined]  # the GraphQL type name
        return strawberry.ID(to_global_id(name, self.pk))  # type: ignore[attr-defined]


def node_resolver(type_name: str) -> Callable[[NodeResolver], NodeResolver]:
    """Register how `node(id)` fetches a `type_name` (the function applies the type's access rules)."""

    def register(fn: NodeResolver) -> NodeResolver:
        RESOLVERS[type_name] = fn
        return fn

    return register


def decode_id(global_id: str, type_name: str | tuple[str, ...], field: str = "id") -> uuid.UUID:
    """The key of `global_id`, which must name a `type_name`; BAD_USER_INPUT otherwise."""
    try:
        return from_global_id(global_id, type_name)[1]
    except InvalidGlobalId as exc:
        raise BadInput(f"{field} 不是有效的 ID", field) from exc


@strawberry.type
class NodeQuery:
    @strawberry.field(description="Any object by its global ID; null when it does not exist or is out of "
                                  "your scope. Requires a signed-in actor and the object's own permission.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        viewer(info)
        try:
            type_name, pk = from_global_id(str(id))
        except InvalidGlobalId:
            return None
        resolver = RESOLVERS.get(type_name)
        if resolver is None:
            return None
        return await resolver(info, pk)


def decode_input_id(global_id: str, type_name: str, field: str) -> uuid.UUID:
    """The key of an ID given in a mutation input; a payload error naming `field` when it is not one."""
    from api.core.errors import DomainError

    try:
        return from_global_id(global_id, type_name)[1]
    except InvalidGlobalId as exc:
        raise DomainError("not_found", "对象不存在或 ID 无效", field=field) from exc
