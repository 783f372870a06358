"""Checkout at the POS over the real GraphQL stack: shifts, split tenders, change, idempotent retries, the
ledger postings, and every refusal naming its field with nothing written."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from sqlalchemy import select

from api.core.db import Database
from api.core.ids import to_global_id
from api.ledger import service as ledger
from api.selling.models import Payment
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import CHECKOUT, CLOSE, ORDERS, Pos
from tests.support.sql_counter import StatementCounter


async def test_two_fuelings_paid_by_cash_and_bank_card(pos: Pos, database: Database, forecourt: Forecourt) -> None:
    opened = await pos.open(cash=50_000)
    assert opened["errors"] == [] and opened["shift"]["status"] == "OPEN"
    (first, a), (second, b) = await pos.fueling(20_550), await pos.fueling(30_000, nozzle=2)
    paid = await pos.checkout([first, second], [
        {"tender": "CASH", "amountFen": 10_000, "givenFen": 10_050},
        {"tender": "UNIONPAY", "amountFen": a + b - 10_000, "reference": "RRN123456"}])
    assert paid["errors"] == [] and paid["replay"] is False
    order = paid["order"]
    assert order["status"] == "PAID" and int(order["payable"]["fen"]) == a + b
    assert order["number"].startswith("S001-") and order["number"].endswith("-0001")
    assert [line["description"] for line in order["lines"]] == ["1号枪 20.55 L", "2号枪 30.00 L"]
    cash = {k: order["payments"][0][k] for k in ("tender", "status", "amount", "given", "change", "reference")}
    assert cash == {"tender": "CASH", "status": "SUCCEEDED", "amount": {"fen": 10_000}, "given": {"fen": 10_050},
                    "change": {"fen": 50}, "reference": None}
    again = await pos.checkout([first], [{"tender": "CASH", "amountFen": a}])
    assert again["errors"] == [{"field": "fuelingIds.0", "code": "ALREADY_PAID",
                                "message": "交易序号 5001 的加油记录已结账"}]
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    async with database.session() as session:
        shift_id = (await session.scalars(select(Payment.shift_id).where(Payment.company_id == company))).first()
        assert await ledger.balance(session, company, f"cash:{shift_id}") == 10_000
        assert await ledger.balance(session, company, f"clearing:unionpay:{station}") == a + b - 10_000
        assert await ledger.balance(session, company, f"revenue:fuel:1402:{station}") == -(a + b)
        assert await ledger.balance(session, company, f"receivable:{station}") == 0
        assert await ledger.verify(session) == []


async def test_a_retried_checkout_pays_once_and_a_changed_body_is_refused(pos: Pos, database: Database,
                                                                          forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    key = uuid.uuid4().hex
    results = await asyncio.gather(*(pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}], key=key)
                                     for _ in range(5)))
    assert len({r["order"]["id"] for r in results}) == 1
    assert sorted(r["replay"] for r in results) == [False, True, True, True, True]
    changed = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount, "givenFen": 10_000}], key=key)
    assert changed["order"] is None and changed["errors"][0]["code"] == "IDEMPOTENCY_CONFLICT"
    async with database.session() as session:
        assert len((await session.scalars(select(Payment).where(Payment.company_id == company))).all()) == 1


async def test_refusals_name_the_field_and_write_nothing(pos: Pos, forecourt: Forecourt, database: Database) -> None:
    fueling, amount = await pos.fueling(10_000)
    no_shift = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}])
    assert no_shift["errors"] == [{"field": "stationId", "code": "NO_OPEN_SHIFT", "message": "本站没有进行中的班次，请先开班"}]
    await pos.open()
    assert (await pos.open())["errors"][0]["code"] == "ALREADY_OPEN"
    short = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount - 1}])
    assert short["errors"][0]["field"] == "tenders" and short["errors"][0]["code"] == "AMOUNT_MISMATCH"
    bad = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": 1, "givenFen": 0},
                                         {"tender": "UNIONPAY", "amountFen": amount - 1}], key="short")
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [
        ("idempotencyKey", "INVALID"), ("tenders.0.givenFen", "INVALID"), ("tenders.1.reference", "INVALID")]
    unknown = await pos.checkout([to_global_id("Fueling", uuid.uuid4())], [{"tender": "CASH", "amountFen": 1}])
    assert unknown["errors"][0] == {"field": "fuelingIds.0", "code": "NOT_FOUND", "message": "加油记录不存在"}
    other = to_global_id("Station", forecourt.org.stations[1].id)
    forbidden = await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": other, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [fueling],
        "tenders": [{"tender": "CASH", "amountFen": amount}]}})
    assert forbidden.error_codes == ["FORBIDDEN"]
    async with database.session() as session:
        assert (await session.scalars(select(Payment).where(Payment.company_id == forecourt.org.company.id))).all() == []
        assert await ledger.verify(session) == []


async def test_closing_a_shift_counts_the_cash_and_then_nothing_changes_it(pos: Pos, database: Database) -> None:
    shift = (await pos.open(cash=50_000))["shift"]
    fueling, amount = await pos.fueling(10_000)
    await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount, "givenFen": amount + 2_700}])
    short = (await pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": 50_000 + amount - 100}))
    assert short.data["shiftClose"]["errors"] == [{"field": "reason", "code": "REASON_REQUIRED",
                                                   "message": "现金短款 1.00 元，请填写原因"}]
    closed = (await pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": 50_000 + amount - 100,
                                                "reason": "找零失误"})).data["shiftClose"]
    assert closed["errors"] == []
    assert closed["shift"] == {"status": "CLOSED", "expectedCash": {"fen": 50_000 + amount},
                               "countedCash": {"fen": 50_000 + amount - 100}, "overShort": {"fen": -100},
                               "tenderTotals": [{"tender": "CASH", "count": 1, "amount": {"fen": amount}}]}
    again = (await pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": 0, "reason": "x"})).data["shiftClose"]
    assert again["errors"][0]["code"] == "NOT_OPEN"
    late, late_amount = await pos.fueling(5_000)
    assert (await pos.checkout([late], [{"tender": "CASH", "amountFen": late_amount}]))["errors"][0]["code"] == \
        "NO_OPEN_SHIFT"


async def test_a_sale_racing_the_close_lands_in_exactly_one_shift(pos: Pos, database: Database) -> None:
    for _ in range(5):
        shift = (await pos.open(cash=0))["shift"]
        fueling, amount = await pos.fueling(8_000)
        paid, closed = await asyncio.gather(
            pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}]),
            pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": 0, "reason": "对账"}))
        expected = int(closed.data["shiftClose"]["shift"]["expectedCash"]["fen"])
        if paid["errors"]:
            assert paid["errors"][0]["code"] == "NO_OPEN_SHIFT" and expected == 0
        else:
            assert expected == amount  # the sale is in the shift that closed, and counted in its cash


async def test_the_order_list_costs_the_same_for_1_and_20(pos: Pos, staff_client: StaffClientFactory,
                                                          sql: StatementCounter) -> None:
    await pos.open()
    for i in range(20):
        fueling, amount = await pos.fueling(5_000 + i * 10, nozzle=1 + i % 8)
        await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}])
    counts = []
    for n in (1, 20):
        with sql.counting():
            result = await pos.cashier.execute(ORDERS, {"n": n})
        counts.append(sql.count)
        assert len(result.data["orders"]["edges"]) == n
    assert counts[0] == counts[1]


HAND_OVER = """mutation($id: ID!, $counted: Long!, $next: ID!) { shiftHandOver(input: {shiftId: $id,
  countedCashFen: $counted}, nextCashierId: $next) { shift { number status openingCash { fen } cashierName }
  errors { field code message } } }"""


async def test_hand_over_closes_and_opens_the_next_shift_with_the_cash(pos: Pos, staff_client: StaffClientFactory,
                                                                      forecourt: Forecourt) -> None:
    shift = (await pos.open(cash=30_000))["shift"]
    fueling, amount = await pos.fueling(10_000)
    await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}])
    station = forecourt.org.stations[0].id
    night = await staff_client(role_code="cashier", stations=[station])
    night_id = to_global_id("StaffUser", night.user.id)  # type: ignore[attr-defined]
    result = await pos.cashier.execute(HAND_OVER, {"id": shift["id"], "counted": 30_000 + amount, "next": night_id})
    handed = result.data["shiftHandOver"]
    assert handed["errors"] == []
    assert handed["shift"]["number"] == shift["number"] + 1 and handed["shift"]["status"] == "OPEN"
    assert handed["shift"]["openingCash"] == {"fen": 30_000 + amount}
    late, late_amount = await pos.fueling(5_000)
    night_pos = Pos(night, pos.pump, pos.station)
    assert (await night_pos.checkout([late], [{"tender": "CASH", "amountFen": late_amount}]))["errors"] == []


FILTERED = """query($f: OrderFilter) { orders(first: 20, filter: $f) { edges { node { number tags } } } }"""


async def test_orders_filter_by_tender_nozzle_and_tag(pos: Pos) -> None:
    await pos.open()
    one, a = await pos.fueling(10_000, nozzle=1)
    two, b = await pos.fueling(10_000, nozzle=2)
    cash = (await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [one], "tags": ["滴滴"],
        "tenders": [{"tender": "CASH", "amountFen": a}]}})).data["checkoutCreate"]["order"]
    card = (await pos.checkout([two], [{"tender": "UNIONPAY", "amountFen": b, "reference": "RRN9"}]))["order"]

    async def numbers(f: dict[str, Any]) -> list[str]:
        edges = (await pos.cashier.execute(FILTERED, {"f": f})).data["orders"]["edges"]
        return [e["node"]["number"] for e in edges]

    assert await numbers({"tenders": ["UNIONPAY"]}) == [card["number"]]
    assert await numbers({"nozzleNumbers": [1]}) == [cash["number"]]
    assert await numbers({"tag": "滴滴"}) == [cash["number"]]
    tagged = await pos.cashier.execute("""mutation($id: ID!) { orderTagsSet(orderId: $id, tags: ["车队", "车队"]) {
      order { tags } errors { message } } }""", {"id": card["id"]})
    assert tagged.data["orderTagsSet"]["order"]["tags"] == ["车队"]
    assert await numbers({"tag": "车队"}) == [card["number"]]
