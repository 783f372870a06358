"""Payload errors: the `UserError` interface, per-mutation error types, and running a mutation.

`run_mutation` is the one place that turns a `DomainError` into the payload's `errors` list: the
service runs inside one transaction under the actor's row scope; on a domain error the transaction is
rolled back, so bad input leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.context import Context
from api.core.errors import DomainError

P = TypeVar("P")


@strawberry.interface(description="A problem with the input of a mutation; nothing was changed.")
class UserError:
    field: str | None = strawberry.field(
        description="The input field at fault, as a camelCase path (e.g. `grants.0.roleId`); null for the whole input.")
    message: str = strawberry.field(description="What went wrong, in zh-CN, safe to show to the user.")


def error_type(name: str, codes: type[Enum], subject: str) -> Any:
    """The `<name>Error` type (implementing UserError) with its `<name>ErrorCode` enum."""
    code_enum = strawberry.enum(codes, name=f"{name}ErrorCode",
                                description=f"Why {subject} was refused.")
    namespace = {
        "__annotations__": {"code": code_enum},
        "code": strawberry.field(description="A stable machine-readable reason."),
    }
    cls = type(f"{name}Error", (UserError,), namespace)
    return strawberry.type(cls, description=f"A problem with the input of {subject}; nothing was changed.")


def payload_errors(error: DomainError, error_cls: Any, codes: type[Enum]) -> list[Any]:
    return [error_cls(field=p.field, message=p.message, code=codes(p.code)) for p in error.problems]


async def run_mutation(
    context: Context,
    work: Callable[[AsyncSession], Awaitable[dict[str, Any]]],
    payload: Callable[..., P],
    error_cls: Any,
    codes: type[Enum],
) -> P:
    """Run `work` in one transaction; its result fills the payload, a DomainError its `errors`."""
    async def in_transaction() -> dict[str, Any]:
        async with context.transaction() as session:
            return await work(session)

    return await run_check(in_transaction, payload, error_cls, codes)


async def run_check(
    work: Callable[[], Awaitable[dict[str, Any]]],
    payload: Callable[..., P],
    error_cls: Any,
    codes: type[Enum],
) -> P:
    """Run `work` that opens no transaction of its own (it writes elsewhere, or reads only); a DomainError
    fills the payload's `errors`."""
    try:
        values = await work()
    except DomainError as error:
        return payload(errors=payload_errors(error, error_cls, codes))
    return payload(errors=[], **values)
