"""Fleet administrators (车队管理员): named and removed by staff (permission and station scope, audited), and
their own operations with a member token: the fleets they administer, statements, and each vehicle change,
audited with the member as actor; refused (FORBIDDEN, nothing changed) to a member who does not administer
the fleet and to staff tokens; limits they set hold at checkout."""

from __future__ import annotations

import re
from typing import Any

import httpx
from sqlalchemy import func, select

from api.core.audit import AuditLog
from api.core.clock import utcnow
from api.core.db import Database
from api.core.ids import from_global_id
from api.core.permissions import Permission as P
from api.driver.trusted_documents import load_manifest
from api.fleets.models import FleetAdministrator, FleetVehicle
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory, new_phone
from tests.fixtures.org import Org
from tests.fixtures.pumps import Forecourt
from tests.fleets.conftest import Fleets, plate
from tests.fleets.test_on_account import fields, on_account
from tests.selling.pos import Pos
from tests.support.graphql import GraphQLClient
from tests.support.live_server import LiveServer
from tests.support.sql_counter import StatementCounter

ADD = """mutation($f: ID!, $phone: String!) { fleetAdministratorAdd(input: {fleetId: $f, phone: $phone}) {
  fleet { administrators { id memberNumber phone } } errors { field code message } } }"""
REMOVE = """mutation($id: ID!) { fleetAdministratorRemove(input: {id: $id}) {
  fleet { administrators { id } } errors { field code } } }"""
FLEETS = """{ viewerFleets { id number name status grades { code name } balances { prepaid { fen } granted { fen } creditLimit { fen }
  creditUsed { fen } creditAvailable { fen } spendable { fen } } vehicleCount
  vehicles { id plate status gradeCodes dailyAmount { fen } dailyVolume { ml } dailyCount
  today { count amount { fen } volume { ml } } } } }"""
STATEMENT = """query($f: ID!, $m: String!) { viewerFleetStatement(fleetId: $f, month: $m) { month
  opening { prepaid { fen } } closing { prepaid { fen } creditUsed { fen } } spent { fen } volume { ml }
  toppedUp { fen } orders { plate amount { fen } } receipts { kind amount { fen } } adjustments { kind } } }"""
LIMITS = """mutation($id: ID!, $g: [String!]!, $a: Long, $v: Long, $c: Int) { viewerFleetVehicleLimitsSet(input: {
  id: $id, gradeCodes: $g, dailyAmountFen: $a, dailyVolumeMl: $v, dailyCount: $c}) {
  vehicle { plate status gradeCodes dailyAmount { fen } dailyVolume { ml } dailyCount } errors { field code } } }"""
FREEZE = """mutation($id: ID!) { viewerFleetVehicleFreeze(input: {id: $id, reason: "司机离职"}) {
  vehicle { status } errors { field code } } }"""
UNFREEZE = """mutation($id: ID!) { viewerFleetVehicleUnfreeze(input: {id: $id}) {
  vehicle { status } errors { field code } } }"""
VEHICLE_ADD = """mutation($f: ID!, $p: String!) { viewerFleetVehicleAdd(input: {fleetId: $f, plate: $p,
  dailyCount: 3}) { vehicle { id plate dailyCount } fleet { vehicleCount } errors { field code } } }"""
VEHICLE_REMOVE = """mutation($id: ID!) { viewerFleetVehicleRemove(input: {id: $id}) {
  vehicle { id } fleet { vehicleCount } errors { field code } } }"""
ONE = """query($id: ID!) { viewerFleet(id: $id) { id name vehicles { plate } } }"""
DETAIL = """query($id: ID!) { fleet(id: $id) { administrators { id memberNumber name phone }
  history { action before after reason } } }"""


async def _named(fleets: Fleets, fleet: str, phone: str) -> list[dict[str, Any]]:
    result = (await fleets.manager.execute(ADD, {"f": fleet, "phone": phone})).data["fleetAdministratorAdd"]
    assert result["errors"] == [], result
    return result["fleet"]["administrators"]  # type: ignore[no-any-return]


async def _administrator(fleets: Fleets, member_client: MemberClientFactory, fleet: str) -> GraphQLClient:
    phone = new_phone()
    client = await member_client(phone=phone)
    await _named(fleets, fleet, phone)
    return client


async def _footprint(database: Database, org: Org) -> tuple[Any, ...]:
    async with database.session() as session:
        audits = await session.scalar(select(func.count()).select_from(AuditLog)
                                      .where(AuditLog.company_id == org.company.id))
        admins = await session.scalar(select(func.count()).select_from(FleetAdministrator)
                                      .where(FleetAdministrator.company_id == org.company.id))
        vehicles = (await session.execute(
            select(FleetVehicle.plate, FleetVehicle.status, FleetVehicle.grade_codes, FleetVehicle.daily_amount_fen,
                   FleetVehicle.daily_volume_ml, FleetVehicle.daily_count)
            .where(FleetVehicle.company_id == org.company.id).order_by(FleetVehicle.plate))).all()
    return int(audits or 0), int(admins or 0), [tuple(str(x) for x in v) for v in vehicles]


async def test_staff_name_and_remove_administrators_audited(fleets: Fleets, member_client: MemberClientFactory,
                                                            staff_client: StaffClientFactory, database: Database,
                                                            org: Org) -> None:
    fleet = await fleets.create()
    phone = new_phone()
    member = await member_client(phone=phone, name="李队长")
    unknown = (await fleets.manager.execute(ADD, {"f": fleet["id"], "phone": new_phone()})).data
    assert [(e["field"], e["code"]) for e in unknown["fleetAdministratorAdd"]["errors"]] == [("phone", "NOT_FOUND")]
    invalid = (await fleets.manager.execute(ADD, {"f": fleet["id"], "phone": "12345"})).data
    assert [(e["field"], e["code"]) for e in invalid["fleetAdministratorAdd"]["errors"]] == [("phone", "INVALID")]
    named = await _named(fleets, fleet["id"], phone)
    assert [a["memberNumber"] for a in named] == [member.member.number]  # type: ignore[attr-defined]
    assert named[0]["phone"] == phone  # the manager holds VIEW_PHONE_NUMBERS
    again = (await fleets.manager.execute(ADD, {"f": fleet["id"], "phone": phone})).data["fleetAdministratorAdd"]
    assert [(e["field"], e["code"]) for e in again["errors"]] == [("phone", "ALREADY")]
    viewer = await staff_client(permissions=[P.VIEW_FLEETS])
    shown = (await viewer.execute(DETAIL, {"id": fleet["id"]})).data["fleet"]
    assert shown["administrators"][0]["phone"] == phone[:3] + "****" + phone[-4:]
    assert shown["administrators"][0]["name"] == "李队长"
    assert [h["action"] for h in shown["history"]][:1] == ["fleet.administrator_add"]
    assert phone not in str(shown["history"])  # audited masked

    # refusals: no token, no permission, another station; nothing changes
    fleet_b = await fleets.create("乙站车队", station=1)
    a_only = await staff_client(permissions=list(P), stations=[org.stations[0].id])
    other_phone = new_phone()
    await member_client(phone=other_phone)
    [named_b] = await _named(fleets, fleet_b["id"], other_phone)
    before = await _footprint(database, org)
    for who, expected in ((fleets.manager.with_token(None), "UNAUTHENTICATED"), (viewer, "FORBIDDEN"),
                          (a_only, "FORBIDDEN"), (member, "FORBIDDEN")):
        response = await who.execute(ADD, {"f": fleet_b["id"], "phone": phone})
        assert response.error_codes == [expected], response.body
        response = await who.execute(REMOVE, {"id": named_b["id"]})
        assert response.error_codes == [expected], response.body
    assert await _footprint(database, org) == before

    removed = (await fleets.manager.execute(REMOVE, {"id": named[0]["id"]})).data["fleetAdministratorRemove"]
    assert removed == {"fleet": {"administrators": []}, "errors": []}
    history = (await fleets.manager.execute(DETAIL, {"id": fleet["id"]})).data["fleet"]["history"]
    assert history[0]["action"] == "fleet.administrator_remove" and history[0]["after"] is None
    assert (await member.execute(FLEETS)).data["viewerFleets"] == []


async def test_the_administrator_sees_balances_vehicles_and_the_statement(
        fleets: Fleets, member_client: MemberClientFactory, forecourt: Forecourt) -> None:
    fleet = await fleets.create()
    other = await fleets.create("别家车队")
    number = plate()
    await fleets.vehicle(fleet["id"], number, dailyAmountFen=50_000, gradeCodes=["1402"])
    await fleets.vehicle(other["id"], plate())
    await fleets.top_up(fleet["id"], 30_000)
    await fleets.adjust(fleet["id"], "CREDIT_LIMIT", 100_000)
    admin = await _administrator(fleets, member_client, fleet["id"])
    [seen] = (await admin.execute(FLEETS)).data["viewerFleets"]
    assert seen["id"] == fleet["id"] and seen["status"] == "NORMAL" and seen["vehicleCount"] == 1
    assert [(g["code"], g["name"]) for g in seen["grades"]] == [("1402", "92#"), ("1405", "95#"), ("2001", "0#")]
    assert {k: int(v["fen"]) for k, v in seen["balances"].items()} == {
        "prepaid": 30_000, "granted": 0, "creditLimit": 100_000, "creditUsed": 0, "creditAvailable": 100_000,
        "spendable": 130_000}
    assert seen["vehicles"] == [{"id": seen["vehicles"][0]["id"], "plate": number, "status": "ACTIVE",
                                 "gradeCodes": ["1402"], "dailyAmount": {"fen": 50_000}, "dailyVolume": None,
                                 "dailyCount": None, "today": {"count": 0, "amount": {"fen": 0}, "volume": {"ml": 0}}}]
    one = (await admin.execute(ONE, {"id": fleet["id"]})).data["viewerFleet"]
    assert one == {"id": fleet["id"], "name": fleet["name"], "vehicles": [{"plate": number}]}
    month = utcnow().strftime("%Y-%m")
    statement = (await admin.execute(STATEMENT, {"f": fleet["id"], "m": month})).data["viewerFleetStatement"]
    assert statement["month"] == month and statement["toppedUp"] == {"fen": 30_000}
    assert [r["kind"] for r in statement["receipts"]] == ["TOP_UP"]
    assert [a["kind"] for a in statement["adjustments"]] == ["CREDIT_LIMIT"]
    refused = await admin.execute(STATEMENT, {"f": other["id"], "m": month})
    assert refused.error_codes == ["FORBIDDEN"]
    bad = await admin.execute(STATEMENT, {"f": fleet["id"], "m": "2026-13"})
    assert bad.error_codes == ["BAD_USER_INPUT"]


async def test_each_change_by_the_administrator_is_audited_with_the_member_as_actor(
        fleets: Fleets, member_client: MemberClientFactory, database: Database, forecourt: Forecourt) -> None:
    fleet = await fleets.create()
    vehicle = await fleets.vehicle(fleet["id"], plate())
    admin = await _administrator(fleets, member_client, fleet["id"])
    member_id = admin.member.id  # type: ignore[attr-defined]
    # a frozen fleet still lets its administrator change limits
    frozen = await fleets.manager.execute('mutation($id: ID!) { fleetFreeze(input: {id: $id, reason: "逾期"}) '
                                          '{ errors { code } } }', {"id": fleet["id"]})
    assert frozen.data["fleetFreeze"]["errors"] == []
    limited = (await admin.execute(LIMITS, {"id": vehicle["id"], "g": ["1402"], "a": 20_000, "v": 50_000,
                                            "c": 2})).data["viewerFleetVehicleLimitsSet"]
    assert limited == {"vehicle": {"plate": vehicle["plate"], "status": "ACTIVE", "gradeCodes": ["1402"],
                                   "dailyAmount": {"fen": 20_000}, "dailyVolume": {"ml": 50_000}, "dailyCount": 2},
                       "errors": []}
    wrong = (await admin.execute(LIMITS, {"id": vehicle["id"], "g": ["9999"], "a": 0})).data
    assert [(e["field"], e["code"]) for e in wrong["viewerFleetVehicleLimitsSet"]["errors"]] == [
        ("dailyAmountFen", "INVALID"), ("gradeCodes.0", "NOT_FOUND")]
    assert (await admin.execute(FREEZE, {"id": vehicle["id"]})).data["viewerFleetVehicleFreeze"] == {
        "vehicle": {"status": "FROZEN"}, "errors": []}
    twice = (await admin.execute(FREEZE, {"id": vehicle["id"]})).data["viewerFleetVehicleFreeze"]
    assert [(e["field"], e["code"]) for e in twice["errors"]] == [("id", "ALREADY")]
    assert (await admin.execute(UNFREEZE, {"id": vehicle["id"]})).data["viewerFleetVehicleUnfreeze"]["vehicle"] == {
        "status": "ACTIVE"}
    added = (await admin.execute(VEHICLE_ADD, {"f": fleet["id"], "p": "京b 12345"})).data["viewerFleetVehicleAdd"]
    assert added["errors"] == [] and added["vehicle"]["plate"] == "京B12345" and added["fleet"]["vehicleCount"] == 2
    duplicate = (await admin.execute(VEHICLE_ADD, {"f": fleet["id"], "p": "京B12345"})).data["viewerFleetVehicleAdd"]
    assert [(e["field"], e["code"]) for e in duplicate["errors"]] == [("plate", "DUPLICATE")]
    bad_plate = (await admin.execute(VEHICLE_ADD, {"f": fleet["id"], "p": "ABC"})).data["viewerFleetVehicleAdd"]
    assert [(e["field"], e["code"]) for e in bad_plate["errors"]] == [("plate", "INVALID")]
    gone = (await admin.execute(VEHICLE_REMOVE, {"id": added["vehicle"]["id"]})).data["viewerFleetVehicleRemove"]
    assert gone == {"vehicle": None, "fleet": {"vehicleCount": 1}, "errors": []}
    async with database.session() as session:
        rows = (await session.scalars(select(AuditLog).where(
            AuditLog.object_id == str(from_global_id(fleet["id"], "Fleet")[1]), AuditLog.actor_type == "member")
            .order_by(AuditLog.seq))).all()
    assert [r.action for r in rows] == ["fleet.vehicle_update", "fleet.vehicle_freeze", "fleet.vehicle_unfreeze",
                                        "fleet.vehicle_add", "fleet.vehicle_remove"]
    assert {r.actor_id for r in rows} == {member_id}
    assert rows[0].before["daily_count"] is None and rows[0].after["daily_count"] == 2  # type: ignore[index]
    assert rows[1].before["status"] == "active" and rows[1].after["status"] == "frozen"  # type: ignore[index]
    assert rows[1].reason == "司机离职"
    assert rows[4].after is None and rows[4].before["plate"] == "京B12345"  # type: ignore[index]


async def test_a_member_who_is_not_an_administrator_and_staff_tokens_are_refused(
        fleets: Fleets, member_client: MemberClientFactory, client: GraphQLClient, database: Database,
        org: Org) -> None:
    fleet = await fleets.create()
    other_fleet = await fleets.create("别家车队")
    vehicle = await fleets.vehicle(fleet["id"], plate())
    await _administrator(fleets, member_client, other_fleet["id"])  # administers another fleet only
    stranger = await member_client(phone=new_phone())
    other_admin = await _administrator(fleets, member_client, other_fleet["id"])
    assert (await stranger.execute(FLEETS)).data["viewerFleets"] == []
    assert [f["name"] for f in (await other_admin.execute(FLEETS)).data["viewerFleets"]] == ["别家车队"]
    cases = [(LIMITS, {"id": vehicle["id"], "g": [], "c": 1}), (FREEZE, {"id": vehicle["id"]}),
             (UNFREEZE, {"id": vehicle["id"]}), (VEHICLE_ADD, {"f": fleet["id"], "p": plate()}),
             (VEHICLE_REMOVE, {"id": vehicle["id"]})]
    before = await _footprint(database, org)
    for doc, values in cases:
        for who, expected in ((client, "UNAUTHENTICATED"), (stranger, "FORBIDDEN"), (other_admin, "FORBIDDEN"),
                              (fleets.manager, "FORBIDDEN")):  # staff use fleetVehicleSave, not the member path
            response = await who.execute(doc, values)
            assert response.error_codes == [expected], (doc, response.body)
    for who in (client, fleets.manager):
        response = await who.execute(FLEETS)
        assert response.error_codes == ["UNAUTHENTICATED" if who is client else "FORBIDDEN"]
    for who, expected in ((client, "UNAUTHENTICATED"), (stranger, "FORBIDDEN"), (other_admin, "FORBIDDEN"),
                          (fleets.manager, "FORBIDDEN")):
        response = await who.execute(ONE, {"id": fleet["id"]})
        assert response.error_codes == [expected], response.body
    assert await _footprint(database, org) == before


async def test_limits_set_by_the_administrator_hold_at_checkout(pos: Pos, fleets: Fleets, forecourt: Forecourt,
                                                                member_client: MemberClientFactory) -> None:
    await pos.open()
    fleet = await fleets.create()
    number = plate()
    vehicle = await fleets.vehicle(fleet["id"], number)
    await fleets.top_up(fleet["id"], 100_000)
    admin = await _administrator(fleets, member_client, fleet["id"])
    set_limits = (await admin.execute(LIMITS, {"id": vehicle["id"], "g": [], "a": 10_000, "c": 2})).data
    assert set_limits["viewerFleetVehicleLimitsSet"]["errors"] == []
    fueling, amount = await pos.fueling(10_000)  # ¥73.00
    assert (await on_account(pos, [fueling], amount, plate_number=number))["errors"] == []
    [seen] = (await admin.execute(FLEETS)).data["viewerFleets"]
    assert seen["vehicles"][0]["today"] == {"count": 1, "amount": {"fen": amount}, "volume": {"ml": 10_000}}
    fueling, second = await pos.fueling(10_000)
    refused = await on_account(pos, [fueling], second, plate_number=number)
    assert fields(refused) == [("tenders.0.amountFen", "INVALID")]  # ¥146 > ¥100 a day
    grade = (await admin.execute(LIMITS, {"id": vehicle["id"], "g": ["2001"]})).data
    assert grade["viewerFleetVehicleLimitsSet"]["errors"] == []
    refused = await on_account(pos, [fueling], second, plate_number=number)
    assert fields(refused) == [("vehiclePlate", "INVALID")]  # this grade is not among the vehicle's
    assert (await admin.execute(FREEZE, {"id": vehicle["id"]})).data["viewerFleetVehicleFreeze"]["errors"] == []
    await admin.execute(LIMITS, {"id": vehicle["id"], "g": []})
    refused = await on_account(pos, [fueling], second, plate_number=number)
    assert fields(refused) == [("vehiclePlate", "INVALID")]  # frozen by its administrator
    await admin.execute(UNFREEZE, {"id": vehicle["id"]})
    assert (await on_account(pos, [fueling], second, plate_number=number))["errors"] == []


async def test_the_vehicle_list_costs_the_same_for_1_and_20_vehicles(
        fleets: Fleets, member_client: MemberClientFactory, sql: StatementCounter) -> None:
    one = await fleets.create("一辆车")
    many = await fleets.create("二十辆车")
    await fleets.vehicle(one["id"], plate())
    for _ in range(20):
        await fleets.vehicle(many["id"], plate())
    phone = new_phone()
    admin = await member_client(phone=phone)

    async def count(fleet: dict[str, Any], vehicles: int) -> int:
        await _named(fleets, fleet["id"], phone)
        with sql.counting():
            response = await admin.execute(FLEETS)
        assert not response.errors and [f["vehicleCount"] for f in response.data["viewerFleets"]] == [vehicles]
        assert len(response.data["viewerFleets"][0]["vehicles"]) == vehicles
        administrators = (await fleets.manager.execute(DETAIL, {"id": fleet["id"]})).data["fleet"]["administrators"]
        await fleets.manager.execute(REMOVE, {"id": administrators[0]["id"]})
        return sql.count

    assert await count(one, 1) == await count(many, 20)


def _document(name: str) -> str:
    manifest = load_manifest()
    return next(h for h, d in manifest.items() if re.search(rf"\b(query|mutation) {name}\b", d))


async def test_the_mini_programs_documents_run_on_mp_graphql_within_its_limits(
        fleets: Fleets, member_client: MemberClientFactory, live_server: LiveServer) -> None:
    fleet = await fleets.create()
    for _ in range(20):
        vehicle = await fleets.vehicle(fleet["id"], plate())
    admin = await _administrator(fleets, member_client, fleet["id"])

    async def run(name: str, variables: dict[str, Any]) -> dict[str, Any]:
        async with httpx.AsyncClient(base_url=live_server.url) as http:
            response = await http.post("/mp/graphql", json={"id": _document(name), "variables": variables},
                                       headers={"authorization": f"Bearer {admin.token}"})
        body = response.json()
        assert response.status_code == 200 and not body.get("errors"), body
        return body["data"]  # type: ignore[no-any-return]

    assert len((await run("ViewerFleet", {"id": fleet["id"]}))["viewerFleet"]["vehicles"]) == 20
    assert (await run("ViewerFleetNames", {}))["viewerFleets"] == [{"id": fleet["id"], "name": fleet["name"]}]
    month = utcnow().strftime("%Y-%m")
    assert (await run("ViewerFleetStatement", {"fleetId": fleet["id"], "month": month}))["viewerFleetStatement"]
    limited = await run("ViewerFleetVehicleLimitsSet", {"input": {"id": vehicle["id"], "gradeCodes": [],
                                                                  "dailyCount": 4}})
    assert limited["viewerFleetVehicleLimitsSet"]["vehicle"]["dailyCount"] == 4
