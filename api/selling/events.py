"""Events of selling other domains act on: an order paid (points to award, a tier to review, a fleet's
statement to update).

When an order becomes paid, whichever service made it so, the same flush that records its history
(`api.selling.history`) writes an outbox message for `handle_order_paid`; the relay delivers it at least
once, so every handler is idempotent (a ledger posting keyed by the order, a unique row). Handlers run
after the sale has committed, each in its own transaction: one failing is retried without undoing the
sale or the others.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

log = structlog.get_logger(__name__)

ORDER_PAID_ACTOR = "handle_order_paid"
OrderPaidHandler = Callable[[AsyncSession, uuid.UUID], Awaitable[None]]
Transaction = Callable[[], AbstractAsyncContextManager[AsyncSession]]

ORDER_PAID: list[OrderPaidHandler] = []


def on_order_paid(handler: OrderPaidHandler) -> OrderPaidHandler:
    """Register `handler(session, order_id)`, called once an order is paid (at least once: idempotent)."""
    if handler not in ORDER_PAID:
        ORDER_PAID.append(handler)
    return handler


async def order_paid(transaction: Transaction, order_id: uuid.UUID) -> None:
    """Run every handler of a paid order, each in its own transaction; the first failure is raised after
    the others ran (so the message is retried)."""
    failure: Exception | None = None
    for handler in list(ORDER_PAID):
        try:
            async with transaction() as session:
                await handler(session, order_id)
        except Exception as error:  # retried as a whole; the others must not wait for it
            log.exception("order_paid_handler_failed", handler=handler.__qualname__, order=str(order_id))
            failure = failure or error
    if failure is not None:
        raise failure
