"""Every money mutation of selling, sent five times at once with one key (a POS retrying after lost
answers): one effect (one set of ledger transfers), the same answer to every call but the `replay` flag;
then the same key with a changed body is refused and changes nothing."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from sqlalchemy import func, select

from api.core.db import Database
from api.ledger.models import LedgerTransfer
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import CHECKOUT, Pos
from tests.selling.test_order_pay import PAY
from tests.selling.test_payment_code import EXPIRED, code_tender, merchant  # noqa: F401 (fixture)
from tests.selling.test_refunds import REFUND


async def transfers(database: Database, forecourt: Forecourt) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.company_id == forecourt.org.company.id)) or 0)


async def five_at_once(client: Any, document: str, variables: dict[str, Any], root: str) -> list[dict[str, Any]]:
    results = await asyncio.gather(*(client.execute(document, variables) for _ in range(5)))
    payloads = [r.data[root] for r in results]
    assert sorted(p["replay"] for p in payloads) == [False, True, True, True, True]
    first = {k: v for k, v in payloads[0].items() if k != "replay"}
    assert all({k: v for k, v in p.items() if k != "replay"} == first for p in payloads)
    assert first["errors"] == []
    return payloads


async def test_checkout_order_pay_and_refund_take_effect_once(
        pos: Pos, merchant: FakeWeChatPay, staff_client: StaffClientFactory, forecourt: Forecourt,  # noqa: F811
        database: Database) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(20_000)
    before = await transfers(database, forecourt)
    key = uuid.uuid4().hex
    checkout = {"input": {"stationId": pos.station, "idempotencyKey": key, "fuelingIds": [fueling],
                          "tenders": [{"tender": "CASH", "amountFen": 5_000}, code_tender(amount - 5_000, EXPIRED)]}}
    order = (await five_at_once(pos.cashier, CHECKOUT, checkout, "checkoutCreate"))[0]["order"]
    assert await transfers(database, forecourt) == before + 1  # the sale with its cash, once
    changed = {"input": {**checkout["input"], "remark": "改了"}}
    assert (await pos.cashier.execute(CHECKOUT, changed)).data["checkoutCreate"]["errors"][0]["code"] == \
        "IDEMPOTENCY_CONFLICT"

    pay = {"input": {"orderId": order["id"], "idempotencyKey": uuid.uuid4().hex,
                     "tenders": [{"tender": "UNIONPAY", "amountFen": amount - 5_000, "reference": "880012"}]}}
    paid = (await five_at_once(pos.cashier, PAY, pay, "orderPay"))[0]["order"]
    assert paid["status"] == "PAID" and await transfers(database, forecourt) == before + 2
    changed_pay = {"input": {**pay["input"], "tenders": [{"tender": "CASH", "amountFen": amount - 5_000}]}}
    assert (await pos.cashier.execute(PAY, changed_pay)).data["orderPay"]["errors"][0]["code"] == "IDEMPOTENCY_CONFLICT"

    supervisor = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    cash = next(p for p in order["payments"] if p["tender"] == "CASH")
    refund = {"input": {"paymentId": cash["id"], "amountFen": 1_000, "reason": "多收", "idempotencyKey": uuid.uuid4().hex}}
    refunded = (await five_at_once(supervisor, REFUND, refund, "refundCreate"))[0]
    assert refunded["order"]["status"] == "PARTIALLY_REFUNDED" and await transfers(database, forecourt) == before + 3
    changed_refund = {"input": {**refund["input"], "amountFen": 999}}
    assert (await supervisor.execute(REFUND, changed_refund)).data["refundCreate"]["errors"][0]["code"] == \
        "IDEMPOTENCY_CONFLICT"
    assert await transfers(database, forecourt) == before + 3
