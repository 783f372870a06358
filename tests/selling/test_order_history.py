"""An order's history: every change of the order, its payments and refunds, with who made it, written in
the same transaction as the change (a refused request leaves none)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from api.core.db import Database
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from api.selling.history_model import OrderEvent
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.selling.test_payment_code import CONFIRMING, EXPIRED, REFRESH, code_tender, merchant  # noqa: F401 (fixture)
from tests.selling.test_refunds import refund
from tests.selling.test_voids import VOID

HISTORY = """query($id: ID!) { node(id: $id) { ... on Order { status history {
  kind fromValue toValue tender amount { fen } actorKind actorLabel at } } } }"""
TAGS = """mutation($id: ID!, $tags: [String!]!) { orderTagsSet(orderId: $id, tags: $tags) {
  order { tags } errors { field code message } } }"""


def steps(history: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["kind"], e["fromValue"], e["toValue"], e["tender"], (e["amount"] or {}).get("fen"), e["actorLabel"])
            for e in history]


async def username(client: Any) -> str:
    return (await client.execute("{ viewer { username } }")).data["viewer"]["username"]  # type: ignore[no-any-return]


async def history_of(client: Any, order: str) -> list[dict[str, Any]]:
    return (await client.execute(HISTORY, {"id": order})).data["node"]["history"]  # type: ignore[no-any-return]


async def test_the_history_follows_an_order_from_checkout_to_refund(
        pos: Pos, merchant: FakeWeChatPay, staff_client: StaffClientFactory, forecourt: Forecourt,  # noqa: F811
) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(20_000)
    checked_out = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": 5_000},
                                                 code_tender(amount - 5_000, CONFIRMING)])
    order = checked_out["order"]
    wechat = order["payments"][1]["id"]
    for _ in range(3):  # the payer confirms with a password: the POS asks again until the channel says paid
        if (await pos.cashier.execute(REFRESH, {"id": wechat})).data["paymentRefresh"]["status"] == "PAID":
            break
    assert (await pos.cashier.execute(TAGS, {"id": order["id"], "tags": ["滴滴"]})).data["orderTagsSet"]["errors"] == []
    supervisor = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    assert (await refund(supervisor, order["payments"][0]["id"], 1_000))["errors"] == []
    cashier, boss = await username(pos.cashier), await username(supervisor)
    history = await history_of(supervisor, order["id"])
    assert steps(history) == [
        ("ORDER", None, "awaiting_payment", None, None, cashier),
        ("PAYMENT", None, "succeeded", "CASH", 5_000, cashier),
        ("PAYMENT", None, "pending", "WECHAT", amount - 5_000, cashier),
        ("PAYMENT", "pending", "succeeded", "WECHAT", amount - 5_000, cashier),
        ("ORDER", "awaiting_payment", "paid", None, None, cashier),
        ("TAGS", "", "滴滴", None, None, cashier),
        ("REFUND", None, "pending", "CASH", 1_000, boss),
        ("REFUND", "pending", "succeeded", "CASH", 1_000, boss),
        ("ORDER", "paid", "partially_refunded", None, None, boss),
    ]
    assert [e["at"] for e in history] == sorted(e["at"] for e in history)


async def test_a_void_is_recorded_with_the_manager_and_a_refused_checkout_leaves_no_history(
        pos: Pos, merchant: FakeWeChatPay, staff_client: StaffClientFactory, forecourt: Forecourt,  # noqa: F811
        database: Database) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    async with database.session() as session:
        before = await session.scalar(select(func.count()).select_from(OrderEvent))
    refused = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount - 1}])
    assert refused["errors"][0]["code"] == "AMOUNT_MISMATCH"
    replayed_key = uuid.uuid4().hex
    order = (await pos.checkout([fueling], [code_tender(amount, EXPIRED)], key=replayed_key))["order"]
    await pos.checkout([fueling], [code_tender(amount, EXPIRED)], key=replayed_key)  # a replay changes nothing
    manager = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    assert (await manager.execute(VOID, {"id": order["id"], "reason": "付款码过期"})).data["orderVoid"]["errors"] == []
    cashier, boss = await username(pos.cashier), await username(manager)
    assert steps(await history_of(manager, order["id"])) == [
        ("ORDER", None, "awaiting_payment", None, None, cashier),
        ("PAYMENT", None, "pending", "WECHAT", amount, cashier),
        ("PAYMENT", "pending", "failed", "WECHAT", amount, cashier),
        ("ORDER", "awaiting_payment", "voided", None, None, boss),
    ]
    async with database.session() as session:
        assert await session.scalar(select(func.count()).select_from(OrderEvent)) == before + 4
