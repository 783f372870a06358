"""An order becoming paid, whichever way, is handed to the domains acting on it: one outbox message per
paid order written with the sale itself, and every registered handler run, each in its own transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.db import Database
from api.core.ids import from_global_id
from api.core.outbox import OutboxMessage
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from api.selling import events
from api.selling.models import Order
from tests.selling.pos import Pos
from tests.selling.test_order_pay import pay
from tests.selling.test_payment_code import EXPIRED, code_tender, merchant  # noqa: F401 (fixture)
from workers.registry import ACTORS


async def messages_for(database: Database, order: str) -> int:
    _, pk = from_global_id(order, "Order")
    async with database.session() as session:
        rows = (await session.scalars(select(OutboxMessage).where(
            OutboxMessage.actor_name == events.ORDER_PAID_ACTOR))).all()
    return sum(1 for row in rows if row.kwargs == {"order_id": str(pk)})


@pytest.fixture
def seen() -> Iterator[list[tuple[uuid.UUID, str]]]:
    calls: list[tuple[uuid.UUID, str]] = []

    async def remember(session: AsyncSession, order_id: uuid.UUID) -> None:
        order = await session.get(Order, order_id)
        assert order is not None
        calls.append((order_id, order.status.value))

    async def broken(session: AsyncSession, order_id: uuid.UUID) -> None:
        raise RuntimeError("a handler that fails")

    events.on_order_paid(broken)
    events.on_order_paid(remember)
    yield calls
    events.ORDER_PAID.remove(broken)
    events.ORDER_PAID.remove(remember)


async def test_each_paid_order_writes_one_message_and_every_handler_runs(
        pos: Pos, merchant: FakeWeChatPay, database: Database, seen: list[tuple[uuid.UUID, str]]) -> None:  # noqa: F811
    await pos.open()
    cash_fueling, cash_amount = await pos.fueling(10_000)
    code_fueling, code_amount = await pos.fueling(10_000)
    paid_in_cash = (await pos.checkout([cash_fueling], [{"tender": "CASH", "amountFen": cash_amount}]))["order"]
    waiting = (await pos.checkout([code_fueling], [code_tender(code_amount, EXPIRED)]))["order"]
    assert await messages_for(database, paid_in_cash["id"]) == 1
    assert await messages_for(database, waiting["id"]) == 0  # not paid: nothing to act on
    assert (await pay(pos, waiting["id"], [{"tender": "CASH", "amountFen": code_amount}]))["errors"] == []
    assert await messages_for(database, waiting["id"]) == 1
    assert "handle_order_paid" in ACTORS
    _, pk = from_global_id(paid_in_cash["id"], "Order")
    with pytest.raises(RuntimeError, match="a handler that fails"):  # retried as a whole by the worker
        await events.order_paid(database.transaction, pk)
    assert seen == [(pk, "paid")]  # the failing handler did not keep the other from running
