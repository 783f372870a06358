"""Goods at the POS (alone or with fuel), a manual discount only with a supervisor's permission and a
reason (audited), and cash drops lowering the shift's expected cash."""

from __future__ import annotations

import asyncio
import uuid

from sqlalchemy import select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.permissions import Permission as P
from api.ledger import service as ledger
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import CHECKOUT, CLOSE, Pos

SAVE = """mutation($input: GoodsItemSaveInput!) { goodsItemSave(input: $input) { goodsItem { id name price { fen } }
  errors { field code message } } }"""
FIND = """query($q: String) { goodsItems(search: $q, first: 5) { edges { node { id name barcode } } } }"""
DROP = """mutation($id: ID!, $amount: Long!, $key: String!) { shiftCashDrop(shiftId: $id, amountFen: $amount,
  idempotencyKey: $key, note: "中午投款") { replay shift { id } errors { field code message } } }"""
OIL = {"barcode": "6901234567892", "name": "壳牌机油 4L", "category": "润滑油", "unit": "桶", "priceFen": 29_900}


async def _goods(staff_client: StaffClientFactory) -> str:
    keeper = await staff_client(permissions=[P.MANAGE_INVENTORY])
    saved = (await keeper.execute(SAVE, {"input": OIL})).data["goodsItemSave"]
    assert saved["errors"] == []
    clash = (await keeper.execute(SAVE, {"input": {**OIL, "name": "另一个"}})).data["goodsItemSave"]
    assert clash["errors"] == [{"field": "barcode", "code": "DUPLICATE_BARCODE", "message": "该条码已有商品"}]
    bad = (await keeper.execute(SAVE, {"input": {**OIL, "barcode": "12", "priceFen": 0}})).data["goodsItemSave"]
    assert [e["field"] for e in bad["errors"]] == ["barcode", "priceFen"]
    return saved["goodsItem"]["id"]  # type: ignore[no-any-return]


async def test_goods_with_fuel_and_goods_alone(pos: Pos, staff_client: StaffClientFactory, forecourt: Forecourt,
                                               database: Database) -> None:
    oil = await _goods(staff_client)
    await pos.open()
    found = (await pos.cashier.execute(FIND, {"q": OIL["barcode"]})).data["goodsItems"]["edges"]
    assert [e["node"]["id"] for e in found] == [oil]
    fueling, amount = await pos.fueling(10_000)
    both = (await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [fueling],
        "goods": [{"goodsId": oil, "quantity": 2}],
        "tenders": [{"tender": "CASH", "amountFen": amount + 59_800}]}})).data["checkoutCreate"]
    assert both["errors"] == []
    assert [line["description"] for line in both["order"]["lines"]] == ["1号枪 10.00 L", "壳牌机油 4L x2桶"]
    alone = (await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [],
        "goods": [{"goodsId": oil, "quantity": 1}], "tenders": [{"tender": "CASH", "amountFen": 29_900}]}}))
    assert alone.data["checkoutCreate"]["order"]["status"] == "PAID"
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    async with database.session() as session:
        assert await ledger.balance(session, company, f"revenue:goods:{station}") == -3 * 29_900


async def test_a_manual_discount_needs_a_supervisor_and_a_reason(pos: Pos, staff_client: StaffClientFactory,
                                                                 forecourt: Forecourt, database: Database) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    body = {"stationId": pos.station, "fuelingIds": [fueling], "discountFen": 500,
            "tenders": [{"tender": "CASH", "amountFen": amount - 500}]}
    refused = await pos.cashier.execute(CHECKOUT, {"input": {**body, "idempotencyKey": uuid.uuid4().hex,
                                                             "discountReason": "老客户"}})
    assert refused.error_codes == ["FORBIDDEN"]
    manager = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    no_reason = (await manager.execute(CHECKOUT, {"input": {**body, "idempotencyKey": uuid.uuid4().hex}}))
    assert no_reason.data["checkoutCreate"]["errors"][0]["field"] == "discountReason"
    given = (await manager.execute(CHECKOUT, {"input": {**body, "idempotencyKey": uuid.uuid4().hex,
                                                        "discountReason": "油品质量投诉补偿"}})).data["checkoutCreate"]
    assert given["errors"] == [] and int(given["order"]["payable"]["fen"]) == amount - 500
    company = forecourt.org.company.id
    async with database.session() as session:
        logged = (await session.scalars(select(AuditLog).where(AuditLog.company_id == company,
                                                               AuditLog.action == "order.discount"))).one()
        assert logged.reason == "油品质量投诉补偿" and logged.after["discount_fen"] == 500
        assert await ledger.verify(session) == []


async def test_cash_drops_lower_the_expected_cash(pos: Pos) -> None:
    shift = (await pos.open(cash=20_000))["shift"]
    fueling, amount = await pos.fueling(10_000)
    await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}])
    too_much = (await pos.cashier.execute(DROP, {"id": shift["id"], "amount": 20_000 + amount + 1,
                                                        "key": uuid.uuid4().hex})).data
    assert too_much["shiftCashDrop"]["errors"][0]["field"] == "amountFen"
    key = uuid.uuid4().hex
    retried = await asyncio.gather(*(pos.cashier.execute(DROP, {"id": shift["id"], "amount": 15_000, "key": key})
                                     for _ in range(5)))  # a POS retrying after lost answers drops once
    assert sorted(r.data["shiftCashDrop"]["replay"] for r in retried) == [False, True, True, True, True]
    assert all(r.data["shiftCashDrop"]["errors"] == [] for r in retried)
    changed = (await pos.cashier.execute(DROP, {"id": shift["id"], "amount": 15_001, "key": key})).data
    assert [(e["field"], e["code"]) for e in changed["shiftCashDrop"]["errors"]] == [("idempotencyKey",
                                                                                      "IDEMPOTENCY_CONFLICT")]
    drawer = "query($s: ID!) { currentShift(stationId: $s) { cashInDrawer { fen } expectedCash { fen } } }"
    now = (await pos.cashier.execute(drawer, {"s": pos.station})).data["currentShift"]
    assert now == {"cashInDrawer": {"fen": 5_000 + amount}, "expectedCash": None}  # before the count, live
    closed = (await pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": 5_000 + amount})).data["shiftClose"]
    assert closed["shift"]["expectedCash"] == {"fen": 5_000 + amount} and closed["shift"]["overShort"] == {"fen": 0}
    closed_drawer = (await pos.cashier.execute(f"{{ node(id: \"{shift['id']}\") {{ ... on Shift {{ cashInDrawer {{ fen }} }} }} }}"))
    assert closed_drawer.data["node"]["cashInDrawer"] == {"fen": 5_000 + amount}


async def test_a_make_up_order_needs_its_permission_and_a_reason(pos: Pos, staff_client: StaffClientFactory,
                                                                forecourt: Forecourt, database: Database) -> None:
    await pos.open()
    body = {"stationId": pos.station, "fuelingIds": [], "manual": [
        {"nozzleNumber": 3, "volumeMl": 20_550, "unitPriceFen": 730}],
        "tenders": [{"tender": "CASH", "amountFen": 15_002}]}
    refused = await pos.cashier.execute(CHECKOUT, {"input": {**body, "idempotencyKey": uuid.uuid4().hex,
                                                             "makeUpReason": "通讯中断漏单"}})
    assert refused.error_codes == ["FORBIDDEN"]
    manager = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    no_reason = await manager.execute(CHECKOUT, {"input": {**body, "idempotencyKey": uuid.uuid4().hex}})
    assert no_reason.data["checkoutCreate"]["errors"][0]["field"] == "makeUpReason"
    unknown = await manager.execute(CHECKOUT, {"input": {
        **body, "manual": [{"nozzleNumber": 42, "volumeMl": 1_000, "unitPriceFen": 730}],
        "tenders": [{"tender": "CASH", "amountFen": 730}], "idempotencyKey": uuid.uuid4().hex,
        "makeUpReason": "通讯中断漏单"}})
    assert unknown.data["checkoutCreate"]["errors"][0]["field"] == "manual.0.nozzleNumber"
    done = (await manager.execute(CHECKOUT, {"input": {**body, "idempotencyKey": uuid.uuid4().hex,
                                                       "makeUpReason": "通讯中断漏单"}})).data["checkoutCreate"]
    assert done["errors"] == [] and done["order"]["lines"][0]["description"] == "补单 3号枪 20.55 L"
    async with database.session() as session:
        logged = (await session.scalars(select(AuditLog).where(AuditLog.company_id == forecourt.org.company.id,
                                                               AuditLog.action == "order.make_up"))).one()
    assert logged.reason == "通讯中断漏单" and logged.after["payable_fen"] == 15_002
