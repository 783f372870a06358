"""A user of station A never sees or changes station B: reads give null or nothing, writes FORBIDDEN."""

from __future__ import annotations

from sqlalchemy import func, select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.stations.models import Station
from tests.fixtures.identity import StaffClientFactory, make_user
from tests.fixtures.org import Org, make_org

STATION = "query($id: ID!) { station(id: $id) { code } }"
NODE = "query($id: ID!) { node(id: $id) { id ... on Station { code } } }"
STATIONS = "{ stations(first: 50) { totalCount edges { node { code } } } }"
UPDATE = """mutation($id: ID!) { stationUpdate(input: {id: $id, name: "改名"}) {
  station { name } errors { field code } } }"""


async def _audit_count(database: Database, org: Org) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(AuditLog)
                                        .where(AuditLog.company_id == org.company.id)) or 0)


async def test_reads_of_another_station_give_null(staff_client: StaffClientFactory, org: Org) -> None:
    a, b = org.stations
    client = await staff_client(permissions=[P.VIEW_STATIONS], stations=[a.id])
    b_id = to_global_id("Station", b.id)
    assert (await client.execute(STATION, {"id": b_id})).data == {"station": None}
    assert (await client.execute(NODE, {"id": b_id})).data == {"node": None}
    assert (await client.execute(STATION, {"id": to_global_id("Station", a.id)})).data == {
        "station": {"code": "S001"}}
    listed = (await client.execute(STATIONS)).data["stations"]
    assert listed == {"totalCount": 1, "edges": [{"node": {"code": "S001"}}]}


async def test_another_company_is_invisible_even_company_wide(staff_client: StaffClientFactory,
                                                              database: Database, org: Org) -> None:
    other = await make_org(database)
    client = await staff_client(permissions=[P.VIEW_STATIONS, P.MANAGE_STATIONS])
    other_id = to_global_id("Station", other.stations[0].id)
    assert (await client.execute(STATION, {"id": other_id})).data == {"station": None}
    update = (await client.execute(UPDATE, {"id": other_id})).data["stationUpdate"]
    assert update["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    codes = [e["node"]["code"] for e in (await client.execute(STATIONS)).data["stations"]["edges"]]
    assert codes == ["S001", "S002"]


async def test_writes_to_another_station_are_forbidden_and_change_nothing(
        staff_client: StaffClientFactory, database: Database, org: Org) -> None:
    a, b = org.stations
    client = await staff_client(permissions=[P.VIEW_STATIONS, P.MANAGE_STATIONS], stations=[a.id])
    before = await _audit_count(database, org)
    response = await client.execute(UPDATE, {"id": to_global_id("Station", b.id)})
    assert response.error_codes == ["FORBIDDEN"]
    async with database.session() as session:
        assert (await session.get(Station, b.id)).name == b.name  # type: ignore[union-attr]
    assert await _audit_count(database, org) == before
    allowed = (await client.execute(UPDATE, {"id": to_global_id("Station", a.id)})).data["stationUpdate"]
    assert allowed == {"station": {"name": "改名"}, "errors": []}
    assert await _audit_count(database, org) == before + 1


async def test_a_station_manager_cannot_grant_beyond_their_station(staff_client: StaffClientFactory,
                                                                  database: Database, org: Org) -> None:
    a, b = org.stations
    manager = await staff_client(role_code="station_manager", stations=[a.id])
    roles = (await manager.execute("{ roles { id code } }")).data["roles"]
    cashier = next(r["id"] for r in roles if r["code"] == "cashier")
    create = """mutation($role: ID!, $station: ID!) { staffUserCreate(input: {username: "newcashier1",
      name: "新收银员", password: "abc12345", grants: [{roleId: $role, scope: STATIONS, stationIds: [$station]}]}) {
      staffUser { username stations { code } } errors { field code } } }"""
    forbidden = await manager.execute(create, {"role": cashier, "station": to_global_id("Station", b.id)})
    assert forbidden.error_codes == ["FORBIDDEN"]
    ok = (await manager.execute(create, {"role": cashier, "station": to_global_id("Station", a.id)})).data
    assert ok["staffUserCreate"] == {"staffUser": {"username": "newcashier1", "stations": [{"code": "S001"}]},
                                     "errors": []}
    # a company admin is outside the manager's scope: invisible and unmanageable
    admin = await make_user(database, org, role_code="company_admin")
    users = (await manager.execute("{ staffUsers(first: 50) { edges { node { username } } } }")).data
    names = {e["node"]["username"] for e in users["staffUsers"]["edges"]}
    assert "newcashier1" in names and admin.username not in names
    reset = """mutation($id: ID!) { staffUserPasswordReset(input: {id: $id, newPassword: "hijack123"}) {
      errors { code } } }"""
    assert (await manager.execute(reset, {"id": to_global_id("StaffUser", admin.id)})).error_codes == ["FORBIDDEN"]


async def test_devices_of_another_station(staff_client: StaffClientFactory, org: Org) -> None:
    a, b = org.stations
    client = await staff_client(permissions=[P.MANAGE_DEVICES], stations=[a.id])
    create = """mutation($s: ID!) { deviceCreate(input: {stationId: $s, name: "油机集线器"}) {
      device { name station { code } } token errors { code } } }"""
    assert (await client.execute(create, {"s": to_global_id("Station", b.id)})).error_codes == ["FORBIDDEN"]
    made = (await client.execute(create, {"s": to_global_id("Station", a.id)})).data["deviceCreate"]
    assert made["device"] == {"name": "油机集线器", "station": {"code": "S001"}}
    assert made["token"].startswith("fcd_")
    listed = await client.execute("query($s: ID!) { devices(stationId: $s) { name } }",
                                  {"s": to_global_id("Station", b.id)})
    assert listed.error_codes == ["FORBIDDEN"]
