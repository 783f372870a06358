"""Fleets and vehicles: saving with the tax-number check, change history with the values before and after,
freezing, the whitelist, the list's filters and query count, and access (token, permission, station)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.permissions import Permission as P
from api.fleets.models import Fleet, FleetVehicle
from api.fleets.tax_numbers import normalize_tax_number
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.org import Org
from tests.fleets.conftest import SAVE, VEHICLE_SAVE, Fleets, plate, tax_number
from tests.support.graphql import GraphQLClient
from tests.support.sql_counter import StatementCounter

DETAIL = """query($id: ID!) { fleet(id: $id) { name status contacts { name phone } vehicleCount
  vehicles { plate status gradeCodes dailyCount } history { action before after reason } } }"""
LIST = """query($n: Int!, $filter: FleetFilter) { fleets(first: $n, filter: $filter) { totalCount edges { node {
  number name taxNumber status station { code } vehicleCount contacts { name phone }
  balances { prepaid { fen } granted { fen } creditUsed { fen } creditAvailable { fen } } } } } }"""
FREEZE = """mutation($id: ID!, $reason: String!) { fleetFreeze(input: {id: $id, reason: $reason}) {
  fleet { status } errors { field code message } } }"""
UNFREEZE = """mutation($id: ID!, $reason: String!) { fleetUnfreeze(input: {id: $id, reason: $reason}) {
  fleet { status } errors { field code message } } }"""
REMOVE = """mutation($id: ID!) { fleetVehicleRemove(input: {id: $id}) { fleet { vehicleCount }
  errors { field code message } } }"""


def test_the_tax_number_needs_18_characters_and_its_check_character() -> None:
    assert normalize_tax_number("91350100m000100y43") == "91350100M000100Y43"
    assert normalize_tax_number(" 91110000600037341L ") == "91110000600037341L"
    assert normalize_tax_number("91350100M000100Y44") is None  # wrong check character
    assert normalize_tax_number("91350100M000100Y4") is None  # 17 characters
    assert normalize_tax_number("91350100M0001I0Y43") is None  # I is not in the alphabet
    assert normalize_tax_number(tax_number()) is not None


async def _count(database: Database, model: Any, org: Org) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(model)
                                        .where(model.company_id == org.company.id)) or 0)


async def test_a_fleet_is_saved_checked_and_audited_before_and_after(fleets: Fleets, database: Database,
                                                                     org: Org) -> None:
    refused = (await fleets.manager.execute(SAVE, {"input": {
        "name": "顺", "taxNumber": "91350100M000100Y44", "stationId": fleets.station(),
        "contacts": [{"name": "", "phone": "abc"}]}})).data["fleetSave"]
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [
        ("name", "INVALID"), ("taxNumber", "TAX_NUMBER_INVALID"), ("contacts.0.name", "INVALID"),
        ("contacts.0.phone", "INVALID")]
    assert await _count(database, Fleet, org) == 0
    made = await fleets.create(contacts=[{"name": "王经理", "title": "车队长", "phone": "13912345678"}])
    assert made["number"] == "F00001" and made["status"] == "NORMAL" and made["station"]["code"] == "S001"
    assert made["contacts"] == [{"name": "王经理", "title": "车队长", "phone": "13912345678"}]
    duplicate = (await fleets.manager.execute(SAVE, {"input": {
        "name": "另一家", "taxNumber": made["taxNumber"], "stationId": fleets.station()}})).data["fleetSave"]
    assert [(e["field"], e["code"]) for e in duplicate["errors"]] == [("taxNumber", "DUPLICATE")]
    changed = (await fleets.manager.execute(SAVE, {"input": {
        "id": made["id"], "name": "顺达物流集团", "taxNumber": made["taxNumber"], "stationId": fleets.station(1),
        "contacts": [{"name": "王经理", "phone": "13912345678"}]}})).data["fleetSave"]
    assert changed["errors"] == [] and changed["fleet"]["station"]["code"] == "S002"
    history = (await fleets.manager.execute(DETAIL, {"id": made["id"]})).data["fleet"]["history"]
    assert [h["action"] for h in history] == ["fleet.update", "fleet.create"]
    update = history[0]
    assert update["before"]["name"] == "顺达物流有限公司" and update["after"]["name"] == "顺达物流集团"
    assert update["before"]["contacts"][0]["masked"] == "139****5678"  # phones are audited masked
    assert "13912345678" not in str(history)


async def test_phones_are_masked_without_view_phone_numbers(fleets: Fleets, staff_client: StaffClientFactory) -> None:
    made = await fleets.create(contacts=[{"name": "王经理", "phone": "13912345678"}])
    viewer = await staff_client(permissions=[P.VIEW_FLEETS])
    shown = (await viewer.execute(DETAIL, {"id": made["id"]})).data["fleet"]
    assert shown["contacts"] == [{"name": "王经理", "phone": "139****5678"}]


async def test_freezing_needs_a_reason_and_is_audited(fleets: Fleets) -> None:
    made = await fleets.create()
    missing = (await fleets.manager.execute(FREEZE, {"id": made["id"], "reason": ""})).data["fleetFreeze"]
    assert [(e["field"], e["code"]) for e in missing["errors"]] == [("reason", "INVALID")]
    frozen = (await fleets.manager.execute(FREEZE, {"id": made["id"], "reason": "逾期未还款"})).data["fleetFreeze"]
    assert frozen == {"fleet": {"status": "FROZEN"}, "errors": []}
    again = (await fleets.manager.execute(FREEZE, {"id": made["id"], "reason": "逾期未还款"})).data["fleetFreeze"]
    assert [(e["field"], e["code"]) for e in again["errors"]] == [("id", "ALREADY")]
    thawed = (await fleets.manager.execute(UNFREEZE, {"id": made["id"], "reason": "已还款"})).data["fleetUnfreeze"]
    assert thawed["fleet"]["status"] == "NORMAL"
    history = (await fleets.manager.execute(DETAIL, {"id": made["id"]})).data["fleet"]["history"]
    assert [(h["action"], h["before"], h["after"], h["reason"]) for h in history[:2]] == [
        ("fleet.unfreeze", {"status": "frozen"}, {"status": "normal"}, "已还款"),
        ("fleet.freeze", {"status": "normal"}, {"status": "frozen"}, "逾期未还款")]


async def test_vehicles_are_whitelisted_once_with_their_limits(fleets: Fleets, forecourt: Any) -> None:
    one, two = await fleets.create("甲公司"), await fleets.create("乙公司")
    number = plate()
    vehicle = await fleets.vehicle(one["id"], number[:2] + "·" + number[2:], gradeCodes=["1402"], dailyCount=3,
                                   dailyAmountFen=50_000, dailyVolumeMl=80_000)
    assert vehicle == {"id": vehicle["id"], "plate": number, "status": "ACTIVE", "gradeCodes": ["1402"],
                       "dailyAmount": {"fen": 50_000}, "dailyVolume": {"ml": 80_000}, "dailyCount": 3}
    taken = (await fleets.manager.execute(VEHICLE_SAVE, {"input": {"fleetId": two["id"], "plate": number}})
             ).data["fleetVehicleSave"]
    assert [(e["field"], e["code"], e["message"]) for e in taken["errors"]] == [
        ("plate", "DUPLICATE", "该车牌已属于另一个车队")]
    bad = (await fleets.manager.execute(VEHICLE_SAVE, {"input": {
        "fleetId": two["id"], "plate": "ABC", "gradeCodes": ["99"], "dailyCount": 0}})).data["fleetVehicleSave"]
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [
        ("plate", "INVALID"), ("dailyCount", "INVALID"), ("gradeCodes.0", "NOT_FOUND")]
    frozen = (await fleets.manager.execute(VEHICLE_SAVE, {"input": {
        "fleetId": one["id"], "id": vehicle["id"], "plate": number, "frozen": True}})).data["fleetVehicleSave"]
    assert frozen["vehicle"]["status"] == "FROZEN" and frozen["vehicle"]["gradeCodes"] == []
    removed = (await fleets.manager.execute(REMOVE, {"id": vehicle["id"]})).data["fleetVehicleRemove"]
    assert removed == {"fleet": {"vehicleCount": 0}, "errors": []}
    history = (await fleets.manager.execute(DETAIL, {"id": one["id"]})).data["fleet"]["history"]
    assert [h["action"] for h in history] == ["fleet.vehicle_remove", "fleet.vehicle_update", "fleet.vehicle_add",
                                              "fleet.create"]


async def test_the_list_filters_and_stays_within_the_viewers_stations(
        fleets: Fleets, staff_client: StaffClientFactory, org: Org) -> None:
    a = await fleets.create("顺达物流", station=0)
    await fleets.create("远航客运", station=1)
    number = plate()
    await fleets.vehicle(a["id"], number)

    async def names(client: GraphQLClient, filter: dict[str, Any] | None = None) -> list[str]:
        data = (await client.execute(LIST, {"n": 20, "filter": filter})).data["fleets"]
        return [e["node"]["name"] for e in data["edges"]]

    assert await names(fleets.manager) == ["远航客运", "顺达物流"]
    assert await names(fleets.manager, {"search": "顺达"}) == ["顺达物流"]
    assert await names(fleets.manager, {"search": number}) == ["顺达物流"]
    assert await names(fleets.manager, {"search": a["taxNumber"]}) == ["顺达物流"]
    assert await names(fleets.manager, {"stationIds": [fleets.station(1)]}) == ["远航客运"]
    assert await names(fleets.manager, {"status": "FROZEN"}) == []
    assert await names(fleets.manager, {"search": "%"}) == []  # wildcards are literal
    station_a = await staff_client(permissions=[P.VIEW_FLEETS], stations=[org.stations[0].id])
    assert await names(station_a) == ["顺达物流"]


async def test_the_list_costs_the_same_for_1_and_20_fleets(fleets: Fleets, sql: StatementCounter) -> None:
    for i in range(20):
        made = await fleets.create(f"车队{i:02d}", station=i % 2, contacts=[{"name": "联系人", "phone": "13900000000"}])
        await fleets.vehicle(made["id"], plate())

    async def count(n: int) -> int:
        with sql.counting():
            response = await fleets.manager.execute(LIST, {"n": n})
        assert not response.errors and len(response.data["fleets"]["edges"]) == n
        return sql.count

    assert await count(1) == await count(20)


MUTATIONS = {
    "fleetSave": ('mutation($s: ID!, $t: String!) { fleetSave(input: {name: "新车队", taxNumber: $t, stationId: $s}) '
                  '{ errors { code } } }'),
    "fleetFreeze": 'mutation($id: ID!) { fleetFreeze(input: {id: $id, reason: "测试冻结"}) { errors { code } } }',
    "fleetVehicleSave": ('mutation($id: ID!, $p: String!) { fleetVehicleSave(input: {fleetId: $id, plate: $p}) '
                         '{ errors { code } } }'),
}


async def _footprint(database: Database, org: Org) -> tuple[int, int, int, list[str]]:
    async with database.session() as session:
        audits = await session.scalar(select(func.count()).select_from(AuditLog)
                                      .where(AuditLog.company_id == org.company.id))
        statuses = list((await session.scalars(select(Fleet.status).where(Fleet.company_id == org.company.id)
                                               .order_by(Fleet.number))).all())
    return (int(audits or 0), await _count(database, Fleet, org), await _count(database, FleetVehicle, org),
            [str(s) for s in statuses])


async def test_each_fleet_mutation_needs_a_token_the_permission_and_the_station(
        fleets: Fleets, client: GraphQLClient, staff_client: StaffClientFactory, database: Database,
        org: Org) -> None:
    fleet_b = await fleets.create("乙站车队", station=1)
    a_only = await staff_client(permissions=list(P), stations=[org.stations[0].id])
    no_permission = await staff_client(permissions=[P.VIEW_FLEETS])
    values = {"s": fleets.station(1), "t": tax_number(), "id": fleet_b["id"], "p": plate()}
    for name, doc in MUTATIONS.items():
        before = await _footprint(database, org)
        for who, expected in ((client, "UNAUTHENTICATED"), (no_permission, "FORBIDDEN"), (a_only, "FORBIDDEN")):
            response = await who.execute(doc, values)
            assert response.error_codes == [expected], (name, response.body)
            assert await _footprint(database, org) == before, name
    hidden = (await a_only.execute(DETAIL, {"id": fleet_b["id"]})).data["fleet"]
    assert hidden is None
