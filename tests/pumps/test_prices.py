"""Price changes: immediate, scheduled (applied once by the worker), big steps approved by a second person,
delivery to nozzles confirmed by the device."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, select

from api.core.audit import AuditLog
from api.core.clock import utcnow
from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.support.graphql import GraphQLClient
from workers.pricing import apply_due_price_changes

CREATE = """mutation($input: PriceChangeCreateInput!) { priceChangeCreate(input: $input) {
  priceChange { id status needsApproval price { fen } deliveries { pending confirmed } } errors { field code message } } }"""
APPROVE = """mutation($id: ID!) { priceChangeApprove(input: {id: $id}) {
  priceChange { status } errors { code message } } }"""
BOOK = "query($s: ID!) { priceBook(stationId: $s) { grade { name } price { fen } } }"
CONFIRM = """mutation($n: [NozzlePriceInput!]!) { pricesConfirm(input: {nozzles: $n}) { confirmed } }"""


async def _grade_id(client: GraphQLClient, name: str) -> str:
    grades = (await client.execute("{ fuelGrades { id name } }")).data["fuelGrades"]
    return next(g["id"] for g in grades if g["name"] == name)


def _input(grade: str, station: str, price: int, **extra: object) -> dict[str, object]:
    return {"input": {"gradeId": grade, "priceFen": price, "scope": "STATIONS", "stationIds": [station],
                      "reason": "国家发改委调价", **extra}}


async def _book(client: GraphQLClient, station: str) -> dict[str, int]:
    rows = (await client.execute(BOOK, {"s": station})).data["priceBook"]
    return {r["grade"]["name"]: r["price"]["fen"] for r in rows}


async def test_a_small_step_applies_at_once_and_reaches_the_nozzles(
        staff_client: StaffClientFactory, forecourt: Forecourt, client: GraphQLClient) -> None:
    station = to_global_id("Station", forecourt.org.stations[0].id)
    manager = await staff_client(permissions=[P.CHANGE_PRICES, P.VIEW_FORECOURT])
    grade = await _grade_id(manager, "92#")
    result = (await manager.execute(CREATE, _input(grade, station, 760))).data["priceChangeCreate"]
    assert result["errors"] == []
    assert result["priceChange"]["status"] == "APPLIED"
    assert result["priceChange"]["deliveries"] == {"pending": 4, "confirmed": 0}  # 92# is on nozzles 1, 3, 5, 7
    assert (await _book(manager, station))["92#"] == 760
    device = client.with_token(forecourt.device_token)
    shown = [{"nozzleNumber": n, "unitPriceFen": 760 if n != 7 else 730} for n in (1, 3, 5, 7)]
    assert (await device.execute(CONFIRM, {"n": shown})).data == {"pricesConfirm": {"confirmed": 3}}


async def test_a_big_step_needs_another_person(staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    station = to_global_id("Station", forecourt.org.stations[0].id)
    requester = await staff_client(permissions=[P.CHANGE_PRICES, P.APPROVE_PRICES, P.VIEW_FORECOURT])
    grade = await _grade_id(requester, "95#")
    change = (await requester.execute(CREATE, _input(grade, station, 881))).data["priceChangeCreate"]["priceChange"]
    assert (change["status"], change["needsApproval"]) == ("PENDING_APPROVAL", True)
    assert (await _book(requester, station))["95#"] == 781
    own = (await requester.execute(APPROVE, {"id": change["id"]})).data["priceChangeApprove"]
    assert own["errors"] == [{"code": "SAME_PERSON", "message": "调价须由发起人以外的人审批"}]
    approver = await staff_client(permissions=[P.APPROVE_PRICES, P.CHANGE_PRICES])
    approved = (await approver.execute(APPROVE, {"id": change["id"]})).data["priceChangeApprove"]
    assert approved == {"priceChange": {"status": "APPLIED"}, "errors": []}
    assert (await _book(requester, station))["95#"] == 881


async def test_a_scheduled_change_is_applied_once_at_its_time(staff_client: StaffClientFactory,
                                                              forecourt: Forecourt, database: Database) -> None:
    station = to_global_id("Station", forecourt.org.stations[0].id)
    manager = await staff_client(permissions=[P.CHANGE_PRICES, P.VIEW_FORECOURT])
    grade = await _grade_id(manager, "0#")
    at = (utcnow() + timedelta(seconds=1.5)).isoformat()
    change = (await manager.execute(CREATE, _input(grade, station, 716, effectiveAt=at))).data
    assert change["priceChangeCreate"]["priceChange"]["status"] == "SCHEDULED"
    await asyncio.to_thread(apply_due_price_changes)
    assert (await _book(manager, station))["0#"] == 706  # not yet
    await asyncio.sleep(1.6)
    await asyncio.gather(asyncio.to_thread(apply_due_price_changes), asyncio.to_thread(apply_due_price_changes))
    assert (await _book(manager, station))["0#"] == 716
    async with database.session() as session:  # two workers ran at once: applied (and audited) once
        applied = await session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.company_id == forecourt.org.company.id, AuditLog.action == "price_change.apply"))
    assert applied == 1


async def test_prices_outside_scope_and_bad_input(staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    a, b = forecourt.org.stations
    manager = await staff_client(permissions=[P.CHANGE_PRICES, P.VIEW_FORECOURT], stations=[a.id])
    grade = await _grade_id(manager, "92#")
    other = await manager.execute(CREATE, _input(grade, to_global_id("Station", b.id), 760))
    assert other.error_codes == ["FORBIDDEN"]
    bad = (await manager.execute(CREATE, _input(grade, to_global_id("Station", a.id), 0))).data["priceChangeCreate"]
    assert bad["errors"] == [{"field": "priceFen", "code": "INVALID", "message": "价格须在 0.01 到 1000 元之间"}]


async def test_the_device_fetches_the_table_then_confirms(staff_client: StaffClientFactory, forecourt: Forecourt,
                                                          client: GraphQLClient) -> None:
    station = to_global_id("Station", forecourt.org.stations[0].id)
    manager = await staff_client(permissions=[P.CHANGE_PRICES, P.VIEW_FORECOURT])
    grade = await _grade_id(manager, "0#")
    await manager.execute(CREATE, _input(grade, station, 716))
    device = client.with_token(forecourt.device_token)
    table = (await device.execute(
        "mutation { priceTableFetch { nozzles { nozzleNumber gradeCode unitPrice { fen } } } }")).data
    prices = {n["nozzleNumber"]: n["unitPrice"]["fen"] for n in table["priceTableFetch"]["nozzles"]}
    assert prices == {1: 730, 2: 781, 3: 730, 4: 781, 5: 730, 6: 716, 7: 730, 8: 716}
    codes = {n["nozzleNumber"]: n["gradeCode"] for n in table["priceTableFetch"]["nozzles"]}
    assert codes[6] == codes[8] != codes[1]
    changes = (await manager.execute("{ priceChanges(first: 1) { edges { node { deliveries { pending sent confirmed } } } } }"))
    assert changes.data["priceChanges"]["edges"][0]["node"]["deliveries"] == {"pending": 0, "sent": 2, "confirmed": 0}
    shown = [{"nozzleNumber": n, "unitPriceFen": p} for n, p in prices.items()]
    assert (await device.execute(CONFIRM, {"n": shown})).data == {"pricesConfirm": {"confirmed": 2}}


async def test_unconfirmed_deliveries_fail_and_a_late_confirmation_still_counts(
        staff_client: StaffClientFactory, forecourt: Forecourt, client: GraphQLClient, database: Database) -> None:
    from sqlalchemy import update

    from api.pricing.models import PriceDelivery
    from workers.pricing import fail_stale_price_deliveries

    station = to_global_id("Station", forecourt.org.stations[0].id)
    manager = await staff_client(permissions=[P.CHANGE_PRICES, P.VIEW_FORECOURT])
    await manager.execute(CREATE, _input(await _grade_id(manager, "92#"), station, 745))
    async with database.transaction() as session:  # eleven minutes pass without the dispensers confirming
        await session.execute(update(PriceDelivery).where(PriceDelivery.price_fen == 745)
                              .values(updated_at=utcnow() - timedelta(minutes=11)))
    await asyncio.to_thread(fail_stale_price_deliveries)
    summary = "{ priceChanges(first: 1) { edges { node { deliveries { pending sent confirmed failed } } } } }"
    node = (await manager.execute(summary)).data["priceChanges"]["edges"][0]["node"]
    assert node["deliveries"] == {"pending": 0, "sent": 0, "confirmed": 0, "failed": 4}
    device = client.with_token(forecourt.device_token)
    await device.execute(CONFIRM, {"n": [{"nozzleNumber": 1, "unitPriceFen": 745}]})
    node = (await manager.execute(summary)).data["priceChanges"]["edges"][0]["node"]
    assert node["deliveries"]["confirmed"] == 1 and node["deliveries"]["failed"] == 3
