"""Paying the rest of an order whose payment code failed: the cash already taken stays, the rest is taken
by other tenders, once; the order is paid when every fen has succeeded."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from api.core.db import Database
from api.ledger import service as ledger
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import CLOSE, Pos
from tests.selling.test_payment_code import CONFIRMING, EXPIRED, PAID, code_tender, merchant  # noqa: F401 (fixture)

PAY = """mutation($input: OrderPayInput!) { orderPay(input: $input) { replay
  order { id status payable { fen } payments { tender status amount { fen } } }
  errors { field code message } } }"""


async def pay(pos: Pos, order: str, tenders: list[dict[str, Any]], key: str | None = None) -> dict[str, Any]:
    result = await pos.cashier.execute(PAY, {"input": {"orderId": order, "idempotencyKey": key or uuid.uuid4().hex,
                                                       "tenders": tenders}})
    return result.data["orderPay"]  # type: ignore[no-any-return]


async def test_the_rest_of_a_split_payment_is_taken_in_cash_once(pos: Pos, merchant: FakeWeChatPay,  # noqa: F811
                                                                 forecourt: Forecourt, database: Database) -> None:
    shift = (await pos.open(cash=10_000))["shift"]
    fueling, amount = await pos.fueling(20_000)
    order = (await pos.checkout([fueling], [{"tender": "CASH", "amountFen": 5_000},
                                            code_tender(amount - 5_000, EXPIRED)]))["order"]
    assert order["status"] == "AWAITING_PAYMENT"
    wrong = await pay(pos, order["id"], [{"tender": "CASH", "amountFen": amount}])
    assert [(e["field"], e["code"]) for e in wrong["errors"]] == [("tenders", "AMOUNT_MISMATCH")]  # 5,000 is paid
    key = uuid.uuid4().hex
    tenders = [{"tender": "CASH", "amountFen": amount - 5_000, "givenFen": amount}]
    results = await asyncio.gather(*(pay(pos, order["id"], tenders, key) for _ in range(3)))
    assert sorted(r["replay"] for r in results) == [False, True, True]
    paid = results[0]["order"]
    assert paid["status"] == "PAID"
    assert [(p["tender"], p["status"], p["amount"]["fen"]) for p in paid["payments"]] == [
        ("CASH", "SUCCEEDED", 5_000), ("WECHAT", "FAILED", amount - 5_000), ("CASH", "SUCCEEDED", amount - 5_000)]
    other = await pay(pos, order["id"], [{"tender": "CASH", "amountFen": 1}], key)
    assert other["errors"][0]["code"] == "IDEMPOTENCY_CONFLICT"
    again = await pay(pos, order["id"], [{"tender": "CASH", "amountFen": 1}])
    assert [(e["field"], e["code"]) for e in again["errors"]] == [("orderId", "NOT_PAYABLE")]
    closed = (await pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": 10_000 + amount})).data["shiftClose"]
    assert closed["shift"]["expectedCash"] == {"fen": 10_000 + amount}
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    async with database.session() as session:
        assert await ledger.balance(session, company, f"receivable:{station}") == 0
        assert await ledger.verify(session) == []


async def test_a_second_code_is_refused_while_one_waits_and_pays_once_it_is_done(
        pos: Pos, merchant: FakeWeChatPay, staff_client: StaffClientFactory, forecourt: Forecourt) -> None:  # noqa: F811
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    failed = (await pos.checkout([fueling], [code_tender(amount, EXPIRED)]))["order"]
    waiting = await pay(pos, failed["id"], [code_tender(amount, CONFIRMING)])
    assert waiting["errors"] == [] and waiting["order"]["status"] == "AWAITING_PAYMENT"
    busy = await pay(pos, failed["id"], [{"tender": "CASH", "amountFen": amount}])
    assert [(e["field"], e["code"]) for e in busy["errors"]] == [("orderId", "PAYMENT_PENDING")]
    elsewhere = await staff_client(role_code="cashier", stations=[forecourt.org.stations[1].id])
    outsider = await elsewhere.execute(PAY, {"input": {"orderId": failed["id"], "idempotencyKey": uuid.uuid4().hex,
                                                       "tenders": [{"tender": "CASH", "amountFen": amount}]}})
    assert [(e["field"], e["code"]) for e in outsider.data["orderPay"]["errors"]] == [("orderId", "NOT_FOUND")]
    # another station's order is not even visible (row-level security) and nothing was taken
    second_fueling, second_amount = await pos.fueling(5_000)
    paid_by_code = (await pos.checkout([second_fueling], [code_tender(second_amount, EXPIRED)]))["order"]
    done = await pay(pos, paid_by_code["id"], [code_tender(second_amount, PAID)])
    assert done["order"]["status"] == "PAID"
