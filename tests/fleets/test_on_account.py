"""The on-account tender at checkout: a whitelisted vehicle pays from its fleet's prepaid balance, then the
granted balance, then the credit line; its grades and daily limits are checked; a frozen fleet or vehicle
is refused naming the field, and nothing is written; concurrent spends never pass the credit line."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from sqlalchemy import func, select

from api.core.db import Database
from api.core.ids import from_global_id, to_global_id
from api.fleets.models import FleetSpend
from api.ledger import service as ledger
from api.selling.models import GoodsItem, Order
from tests.fixtures.pumps import Forecourt
from tests.fleets.conftest import Fleets, plate
from tests.selling.pos import CHECKOUT, Pos

FREEZE = 'mutation($id: ID!) { fleetFreeze(input: {id: $id, reason: "逾期未还款"}) { errors { code } } }'
VEHICLE_FREEZE = """mutation($f: ID!, $id: ID!, $p: String!) { fleetVehicleSave(input: {fleetId: $f, id: $id,
  plate: $p, frozen: true}) { errors { code } } }"""


async def on_account(pos: Pos, fuelings: list[str], amount: int, *, plate_number: str | None = None,
                     reference: str | None = None, goods: list[dict[str, Any]] | None = None,
                     cash: int = 0) -> dict[str, Any]:
    tenders = [{"tender": "ON_ACCOUNT", "amountFen": amount, **({"reference": reference} if reference else {})}]
    if cash:
        tenders.insert(0, {"tender": "CASH", "amountFen": cash})
    result = await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": fuelings,
        "goods": goods or [], "tenders": tenders, **({"vehiclePlate": plate_number} if plate_number else {})}})
    return result.data["checkoutCreate"]  # type: ignore[no-any-return]


def fields(result: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["field"], e["code"]) for e in result["errors"]]


async def _spends(database: Database, forecourt: Forecourt) -> tuple[int, int]:
    async with database.session() as session:
        spends = await session.scalar(select(func.count()).select_from(FleetSpend)
                                      .where(FleetSpend.company_id == forecourt.org.company.id))
        orders = await session.scalar(select(func.count()).select_from(Order)
                                      .where(Order.company_id == forecourt.org.company.id))
    return int(spends or 0), int(orders or 0)


async def test_prepaid_then_granted_then_credit(pos: Pos, fleets: Fleets, forecourt: Forecourt,
                                                database: Database) -> None:
    await pos.open()
    fleet = await fleets.create()
    number = plate()
    await fleets.vehicle(fleet["id"], number)
    await fleets.top_up(fleet["id"], 10_000)
    await fleets.adjust(fleet["id"], "GRANTED", 5_000)
    await fleets.adjust(fleet["id"], "CREDIT_LIMIT", 20_000)
    assert await fleets.balances(fleet["id"]) == {"prepaid": 10_000, "granted": 5_000, "creditLimit": 20_000,
                                                  "creditAvailable": 20_000, "creditUsed": 0, "spendable": 35_000}
    fueling, amount = await pos.fueling(10_000)  # 10 L at ¥7.30: ¥73.00
    first = await on_account(pos, [fueling], amount, plate_number=number)
    assert first["errors"] == [] and first["order"]["status"] == "PAID"
    assert [(p["tender"], p["status"]) for p in first["order"]["payments"]] == [("ON_ACCOUNT", "SUCCEEDED")]
    assert await fleets.balances(fleet["id"]) == {"prepaid": 10_000 - amount, "granted": 5_000, "creditLimit": 20_000,
                                                  "creditAvailable": 20_000, "creditUsed": 0,
                                                  "spendable": 35_000 - amount}
    fueling, second_amount = await pos.fueling(15_000)  # ¥109.50: ¥27 prepaid, ¥50 granted, ¥32.50 credit
    second = await on_account(pos, [fueling], second_amount, reference=number)
    assert second["errors"] == []
    left = 10_000 - amount
    assert await fleets.balances(fleet["id"]) == {
        "prepaid": 0, "granted": 0, "creditLimit": 20_000, "creditAvailable": 20_000 - (second_amount - left - 5_000),
        "creditUsed": second_amount - left - 5_000, "spendable": 35_000 - amount - second_amount}
    async with database.session() as session:
        split = (await session.execute(select(FleetSpend.prepaid_fen, FleetSpend.granted_fen, FleetSpend.credit_fen)
                                       .where(FleetSpend.fleet_id == from_global_id(fleet["id"], "Fleet")[1])
                                       .order_by(FleetSpend.created_at))).all()
        assert [tuple(r) for r in split] == [(amount, 0, 0), (left, 5_000, second_amount - left - 5_000)]
        assert await ledger.balance(session, forecourt.org.company.id,
                                    f"receivable:{forecourt.org.stations[0].id}") == 0
        assert await ledger.verify(session) == []


async def test_refusals_name_their_field_and_write_nothing(pos: Pos, fleets: Fleets, forecourt: Forecourt,
                                                           database: Database) -> None:
    await pos.open()
    fleet = await fleets.create()
    number, stranger = plate(), plate()
    vehicle = await fleets.vehicle(fleet["id"], number)
    await fleets.top_up(fleet["id"], 5_000)
    fueling, amount = await pos.fueling(10_000)  # ¥73.00 > ¥50.00 prepaid, no credit
    before = await _spends(database, forecourt)
    assert fields(await on_account(pos, [fueling], amount)) == [("tenders.0.reference", "INVALID")]
    assert fields(await on_account(pos, [fueling], amount, reference="ABC")) == [("tenders.0.reference", "INVALID")]
    assert fields(await on_account(pos, [fueling], amount, plate_number=stranger)) == [("vehiclePlate", "NOT_FOUND")]
    short = await on_account(pos, [fueling], amount, reference=number)
    assert fields(short) == [("tenders.0.amountFen", "INVALID")]
    assert short["errors"][0]["message"] == "车队可用额度不足：可用 50.00 元"
    await fleets.manager.execute(VEHICLE_FREEZE, {"f": fleet["id"], "id": vehicle["id"], "p": number})
    frozen_vehicle = await on_account(pos, [fueling], 4_000, cash=amount - 4_000, reference=number)
    assert fields(frozen_vehicle) == [("tenders.1.reference", "INVALID")]
    assert frozen_vehicle["errors"][0]["message"] == f"车辆 {number} 已冻结，不能挂账"
    await fleets.manager.execute(FREEZE, {"id": fleet["id"]})
    frozen_fleet = await on_account(pos, [fueling], 4_000, cash=amount - 4_000, plate_number=number)
    assert fields(frozen_fleet) == [("vehiclePlate", "INVALID")]
    assert "已冻结" in frozen_fleet["errors"][0]["message"]
    assert await _spends(database, forecourt) == before
    assert (await fleets.balances(fleet["id"]))["prepaid"] == 5_000


async def test_a_vehicles_grades_and_daily_limits(pos: Pos, fleets: Fleets) -> None:
    await pos.open()
    fleet = await fleets.create()
    diesel, litres, amount_limited, counted = plate(), plate(), plate(), plate()
    await fleets.vehicle(fleet["id"], diesel, gradeCodes=["2001"])
    await fleets.vehicle(fleet["id"], litres, dailyVolumeMl=25_000)
    await fleets.vehicle(fleet["id"], amount_limited, dailyAmountFen=10_000)
    await fleets.vehicle(fleet["id"], counted, dailyCount=1)
    await fleets.top_up(fleet["id"], 1_000_000)

    async def pay(vehicle: str, volume_ml: int) -> dict[str, Any]:
        fueling, amount = await pos.fueling(volume_ml)  # 92# (1402) at ¥7.30
        return await on_account(pos, [fueling], amount, reference=vehicle)

    refused = await pay(diesel, 10_000)
    assert fields(refused) == [("tenders.0.reference", "INVALID")]
    assert refused["errors"][0]["message"] == f"车辆 {diesel} 不能挂账加 1402"
    assert (await pay(litres, 10_000))["errors"] == []
    over = await pay(litres, 16_000)  # 26 L in the day > 25 L
    assert fields(over) == [("tenders.0.amountFen", "INVALID")]
    assert over["errors"][0]["message"] == f"车辆 {litres} 今日加油升数超限：还可加 15.00 L"
    assert (await pay(litres, 15_000))["errors"] == []  # exactly 25 L
    assert (await pay(amount_limited, 10_000))["errors"] == []  # ¥73.00
    too_much = await pay(amount_limited, 5_000)  # ¥36.50 more > ¥100.00
    assert too_much["errors"][0]["message"] == f"车辆 {amount_limited} 今日挂账金额超限：还可挂账 27.00 元"
    assert (await pay(counted, 1_000))["errors"] == []
    again = await pay(counted, 1_000)
    assert fields(again) == [("tenders.0.amountFen", "INVALID")]
    assert again["errors"][0]["message"] == f"车辆 {counted} 今日已挂账 1 次，每日最多 1 次"


async def test_one_on_account_tender_per_order(pos: Pos, fleets: Fleets) -> None:
    await pos.open()
    fleet = await fleets.create()
    number = plate()
    await fleets.vehicle(fleet["id"], number)
    await fleets.top_up(fleet["id"], 100_000)
    fueling, amount = await pos.fueling(10_000)
    result = await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [fueling],
        "tenders": [{"tender": "ON_ACCOUNT", "amountFen": 1_000, "reference": number},
                    {"tender": "ON_ACCOUNT", "amountFen": amount - 1_000, "reference": number}]}})
    assert fields(result.data["checkoutCreate"]) == [("tenders.1.tender", "INVALID")]
    assert (await fleets.balances(fleet["id"]))["prepaid"] == 100_000


async def test_concurrent_spends_never_pass_the_credit_line(pos: Pos, fleets: Fleets, forecourt: Forecourt,
                                                            database: Database) -> None:
    await pos.open()
    fleet = await fleets.create()
    number = plate()
    await fleets.vehicle(fleet["id"], number)
    await fleets.adjust(fleet["id"], "CREDIT_LIMIT", 20_000)  # room for 20 spends of ¥10
    async with database.transaction() as session:
        item = GoodsItem(company_id=forecourt.org.company.id, barcode="6900000000017", name="玻璃水",
                         category="汽车用品", unit="瓶", price_fen=1_000)
        session.add(item)
        await session.flush()
        goods = [{"goodsId": to_global_id("GoodsItem", item.id), "quantity": 1}]
    results = await asyncio.gather(*(on_account(pos, [], 1_000, reference=number, goods=goods) for _ in range(50)))
    paid = [r for r in results if not r["errors"]]
    assert len(paid) == 20
    assert all(fields(r) == [("tenders.0.amountFen", "INVALID")] for r in results if r["errors"])
    assert await fleets.balances(fleet["id"]) == {"prepaid": 0, "granted": 0, "creditLimit": 20_000,
                                                  "creditAvailable": 0, "creditUsed": 20_000, "spendable": 0}
    async with database.session() as session:
        assert await ledger.verify(session) == []
