"""Refunds over the real GraphQL stack: cash from the open drawer (and the shift's expected cash follows),
WeChat through the channel with its out_refund_no reused, limits, permission, retries, audit."""

from __future__ import annotations

import asyncio
import uuid

from sqlalchemy import select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.permissions import Permission as P
from api.ledger import service as ledger
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import CLOSE, Pos
from tests.selling.test_payment_code import PAID, code_tender, fee_fen, merchant  # noqa: F401 (fixture)

REFUND = """mutation($input: RefundCreateInput!) { refundCreate(input: $input) { replay
  refund { id status amount { fen } reason } order { status refunds { status amount { fen } } }
  errors { field code message } } }"""


async def refund(client: object, payment: str, amount: int, reason: str = "顾客加错油品", key: str | None = None,
                 ) -> dict[str, object]:
    result = await client.execute(REFUND, {"input": {  # type: ignore[attr-defined]
        "paymentId": payment, "amountFen": amount, "reason": reason, "idempotencyKey": key or uuid.uuid4().hex}})
    return result.data["refundCreate"]  # type: ignore[no-any-return]


async def test_a_cash_refund_leaves_the_drawer_and_a_second_one_cannot_exceed_the_payment(
        pos: Pos, staff_client: StaffClientFactory, forecourt: Forecourt, database: Database) -> None:
    shift = (await pos.open(cash=10_000))["shift"]
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}]))["order"]
    payment = order["payments"][0]["id"]
    supervisor = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    forbidden = await pos.cashier.execute(REFUND, {"input": {"paymentId": payment, "amountFen": 100, "reason": "多收",
                                                              "idempotencyKey": uuid.uuid4().hex}})
    assert forbidden.error_codes == ["FORBIDDEN"]  # a cashier refunds only with a supervisor
    key = uuid.uuid4().hex
    first = await asyncio.gather(*(refund(supervisor, payment, 1_000, key=key) for _ in range(3)))
    assert sorted(r["replay"] for r in first) == [False, True, True]
    assert first[0]["refund"]["status"] == "SUCCEEDED" and first[0]["order"]["status"] == "PARTIALLY_REFUNDED"
    too_much = await refund(supervisor, payment, amount)
    assert too_much["errors"][0]["code"] == "TOO_MUCH" and too_much["errors"][0]["field"] == "amountFen"
    rest = await refund(supervisor, payment, amount - 1_000, reason="整单退款")
    assert rest["order"]["status"] == "REFUNDED"
    closed = (await pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": 10_000})).data["shiftClose"]
    assert closed["shift"]["expectedCash"] == {"fen": 10_000}  # taken, then all given back
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    async with database.session() as session:
        assert await ledger.balance(session, company, f"revenue:refunds:{station}") == amount
        assert await ledger.verify(session) == []
        audits = (await session.scalars(select(AuditLog).where(AuditLog.company_id == company,
                                                               AuditLog.action == "refund.create")
                                  .order_by(AuditLog.seq))).all()
    assert len(audits) == 2 and audits[0].reason == "顾客加错油品"
    assert audits[1].after["order_status"] == "refunded"


async def test_a_wechat_refund_goes_back_through_the_channel_once(
        pos: Pos, merchant: FakeWeChatPay, staff_client: StaffClientFactory, forecourt: Forecourt,  # noqa: F811
        database: Database) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [code_tender(amount, PAID)]))["order"]
    payment = order["payments"][0]["id"]
    supervisor = await staff_client(permissions=[P.REFUND_PAYMENTS, P.VIEW_ORDERS],
                                    stations=[forecourt.org.stations[0].id])
    key = uuid.uuid4().hex
    done = await refund(supervisor, payment, 500, key=key)
    assert done["errors"] == [] and done["refund"]["status"] == "SUCCEEDED"
    again = await refund(supervisor, payment, 500, key=key)
    assert again["replay"] is True
    assert [n for k, n in merchant.calls.items() if k.startswith("refund:")] == [1]  # one refund at the channel
    assert next(iter(merchant.refunds.values())).refund_fee == 500
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    async with database.session() as session:
        assert await ledger.balance(session, company, f"clearing:wechat:{station}") == amount - fee_fen(amount) - 500
        assert await ledger.verify(session) == []


async def test_refusals_name_the_field(pos: Pos, staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    shift = (await pos.open())["shift"]
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}]))["order"]
    supervisor = await staff_client(permissions=[P.REFUND_PAYMENTS, P.MANAGE_SHIFTS],
                                    stations=[forecourt.org.stations[0].id])
    bad = await refund(supervisor, order["payments"][0]["id"], 0, reason="x", key="short")
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [
        ("idempotencyKey", "INVALID"), ("amountFen", "INVALID"), ("reason", "INVALID")]
    await supervisor.execute(CLOSE, {"id": shift["id"], "counted": 50_000 + amount})
    no_drawer = await refund(supervisor, order["payments"][0]["id"], 100)
    assert no_drawer["errors"][0]["code"] == "NO_OPEN_SHIFT"
