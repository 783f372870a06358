"""Relay connections over keyset cursors.

A page is fetched with `WHERE (order key) after (cursor key) ORDER BY ... LIMIT first + 1`, never with
OFFSET, so the cost of a page does not grow with its position. The cursor is the opaque encoding of the
last row's order key; the row's id always ends the key so that it is unique. `totalCount` runs only when
asked for.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

import strawberry
from graphql import GraphQLError
from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

MAX_PAGE = 100
DEFAULT_PAGE = 20

NodeT = TypeVar("NodeT")
RowT = TypeVar("RowT")


@strawberry.type(description="Where a page sits in its list.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="True when more items follow this page.")
    has_previous_page: bool = strawberry.field(description="True when this page was asked for after a cursor.")
    start_cursor: str | None = strawberry.field(description="Cursor of the first item of the page.")
    end_cursor: str | None = strawberry.field(description="Cursor of the last item; pass it as `after`.")


@strawberry.type(description="One item of a page with its cursor.")
class Edge(Generic[NodeT]):
    cursor: str = strawberry.field(description="Opaque position of this item.")
    node: NodeT = strawberry.field(description="The item.")


@strawberry.type(description="A page of a list (keyset pagination; `first` at most 100).")
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]] = strawberry.field(description="The items of this page.")
    page_info: PageInfo = strawberry.field(description="Where this page sits.")
    count_items: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="The number of items in the whole list (one extra query; ask only when shown).")
    async def total_count(self) -> int:
        return await self.count_items()


class BadInput(GraphQLError):
    """An argument that cannot be used (a bad ID, page size or cursor): a top-level BAD_USER_INPUT error."""

    def __init__(self, message: str, argument: str) -> None:
        super().__init__(message, extensions={"code": "BAD_USER_INPUT", "field": argument})


class BadPageRequest(BadInput):
    """A page size or cursor that cannot be used."""


@dataclass(frozen=True)
class OrderKey:
    """The columns a list is ordered by; the last one must be unique (the primary key)."""

    columns: Sequence[InstrumentedAttribute[Any]]
    descending: bool = True


def check_first(first: int) -> int:
    if not 1 <= first <= MAX_PAGE:
        raise BadPageRequest(f"first 必须在 1 到 {MAX_PAGE} 之间", "first")
    return first


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps([v.isoformat() if isinstance(v, datetime) else str(v) if isinstance(v, uuid.UUID) else v
                      for v in values], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, order: OrderKey) -> list[Any]:
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(raw, list) or len(raw) != len(order.columns):
            raise ValueError("length")
        return [_parse(column, value) for column, value in zip(order.columns, raw, strict=True)]
    except (ValueError, TypeError) as exc:
        raise BadPageRequest("after 不是有效的分页游标", "after") from exc


def _parse(column: InstrumentedAttribute[Any], value: Any) -> Any:
    python_type = column.type.python_type
    if value is None:
        return None
    if python_type is uuid.UUID:
        return uuid.UUID(value)
    if python_type is datetime:
        return datetime.fromisoformat(value)
    return python_type(value)


def _after(order: OrderKey, values: Sequence[Any]) -> ColumnElement[bool]:
    clauses = []
    for i, column in enumerate(order.columns):
        equal = [order.columns[j] == values[j] for j in range(i)]
        beyond = column < values[i] if order.descending else column > values[i]
        clauses.append(and_(*equal, beyond))
    return or_(*clauses)


async def paginate(
    open_session: Callable[[], AbstractAsyncContextManager[AsyncSession]],
    stmt: Select[Any],
    *,
    order: OrderKey,
    first: int,
    after: str | None,
    to_node: Callable[[RowT], NodeT],
) -> Connection[NodeT]:
    """One page of `stmt` (a select of one entity) as a connection of `to_node(row)`.

    `open_session` is the caller's (usually `Context.session`), so row-level security applies.
    """
    check_first(first)
    page = stmt
    if after:
        page = page.where(_after(order, decode_cursor(after, order)))
    direction = [c.desc() if order.descending else c.asc() for c in order.columns]
    page = page.order_by(*direction).limit(first + 1)
    async with open_session() as session:
        rows = list((await session.scalars(page)).all())
    has_next = len(rows) > first
    rows = rows[:first]
    edges = [Edge(cursor=encode_cursor([getattr(r, c.key) for c in order.columns]), node=to_node(r))
             for r in rows]

    async def count() -> int:
        async with open_session() as session:
            total = await session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
        return int(total or 0)

    return Connection(
        edges=edges,
        page_info=PageInfo(has_next_page=has_next, has_previous_page=after is not None,
                           start_cursor=edges[0].cursor if edges else None,
                           end_cursor=edges[-1].cursor if edges else None),
        count_items=count,
    )
