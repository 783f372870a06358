"""Forecourt configuration: validation naming the field, station scope, company-wide grades, audit."""

from __future__ import annotations

from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt

DISPENSER = """mutation($input: DispenserInput!) { dispenserSave(input: $input) {
  dispenser { id number name } errors { field code } } }"""
NOZZLE = """mutation($input: NozzleInput!) { nozzleSave(input: $input) { nozzle { number grade { name } }
  errors { field code } } }"""
TANK = """mutation($input: TankInput!) { tankSave(input: $input) { tank { id number } errors { field code } } }"""
GRADE = """mutation($input: FuelGradeInput!) { fuelGradeSave(input: $input) { grade { id name } errors { field code } } }"""


async def test_a_new_dispenser_with_a_nozzle(staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    a = forecourt.org.stations[0]
    technician = await staff_client(permissions=[P.MANAGE_PUMPS, P.VIEW_FORECOURT], stations=[a.id])
    station = to_global_id("Station", a.id)
    clash = (await technician.execute(DISPENSER, {"input": {"stationId": station, "number": 1, "name": "5号油机",
                                                            "hubPort": 5, "protocol": "KAJILIAN", "baud": 9601}}))
    assert clash.data["dispenserSave"]["errors"] == [{"field": "baud", "code": "INVALID"},
                                                     {"field": "number", "code": "DUPLICATE"}]
    made = (await technician.execute(DISPENSER, {"input": {"stationId": station, "number": 5, "name": "5号油机",
                                                           "hubPort": 5, "protocol": "KAJILIAN"}})).data
    dispenser = made["dispenserSave"]["dispenser"]
    grades = (await technician.execute("{ fuelGrades { id name } }")).data["fuelGrades"]
    diesel = next(g["id"] for g in grades if g["name"] == "0#")
    gasoline = next(g["id"] for g in grades if g["name"] == "92#")
    tank = (await technician.execute(TANK, {"input": {"stationId": station, "number": 9, "gradeId": gasoline,
                                                      "capacityMl": 30_000_000}})).data["tankSave"]["tank"]
    wrong_tank = (await technician.execute(NOZZLE, {"input": {"dispenserId": dispenser["id"], "number": 9,
                                                               "gradeId": diesel, "tankId": tank["id"]}})).data
    assert wrong_tank["nozzleSave"]["errors"] == [{"field": "tankId", "code": "INVALID"}]
    nozzle = (await technician.execute(NOZZLE, {"input": {"dispenserId": dispenser["id"], "number": 9,
                                                          "gradeId": gasoline, "tankId": tank["id"]}})).data
    assert nozzle["nozzleSave"] == {"nozzle": {"number": 9, "grade": {"name": "92#"}}, "errors": []}


async def test_scope_and_company_wide_grades(staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    a, b = forecourt.org.stations
    technician = await staff_client(permissions=[P.MANAGE_PUMPS, P.VIEW_FORECOURT], stations=[a.id])
    other = await technician.execute(DISPENSER, {"input": {"stationId": to_global_id("Station", b.id), "number": 1,
                                                           "name": "x", "hubPort": 1, "protocol": "KAJILIAN"}})
    assert other.error_codes == ["FORBIDDEN"]
    grade = await technician.execute(GRADE, {"input": {"code": "1410", "name": "98#", "kind": "GASOLINE"}})
    assert grade.error_codes == ["FORBIDDEN"]
    admin = await staff_client(permissions=[P.MANAGE_PUMPS, P.VIEW_AUDIT_LOG])
    made = (await admin.execute(GRADE, {"input": {"code": "1410", "name": "98#", "kind": "GASOLINE"}})).data
    assert made["fuelGradeSave"]["errors"] == []
    again = (await admin.execute(GRADE, {"input": {"code": "1410", "name": "98# 新", "kind": "GASOLINE"}})).data
    assert again["fuelGradeSave"]["errors"] == [{"field": "code", "code": "DUPLICATE"}]
    logs = await admin.execute('{ auditLogs(first: 5, filter: {action: "grade.create"}) { edges { node { after } } } }')
    assert logs.data["auditLogs"]["edges"][0]["node"]["after"]["name"] == "98#"


DELETE = "mutation($id: ID!) { forecourtConfigDelete(input: {id: $id}) { errors { field code message } } }"


async def test_delete_only_what_nothing_refers_to(staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    a = forecourt.org.stations[0]
    technician = await staff_client(permissions=[P.MANAGE_PUMPS, P.VIEW_FORECOURT, P.VIEW_AUDIT_LOG])
    station = to_global_id("Station", a.id)
    dispensers = (await technician.execute("query($s: ID!) { dispensers(stationId: $s) { id nozzles { id } } }",
                                           {"s": station})).data["dispensers"]
    busy = (await technician.execute(DELETE, {"id": dispensers[0]["id"]})).data["forecourtConfigDelete"]
    assert busy["errors"] == [{"field": "id", "code": "IN_USE", "message": "该油机仍在使用中，不能删除"}]
    for nozzle in dispensers[0]["nozzles"]:
        assert (await technician.execute(DELETE, {"id": nozzle["id"]})).data["forecourtConfigDelete"]["errors"] == []
    assert (await technician.execute(DELETE, {"id": dispensers[0]["id"]})).data["forecourtConfigDelete"]["errors"] == []
    left = (await technician.execute("query($s: ID!) { dispensers(stationId: $s) { number } }", {"s": station}))
    assert [d["number"] for d in left.data["dispensers"]] == [2, 3, 4]
    grades = (await technician.execute("{ fuelGrades { id } }")).data["fuelGrades"]
    in_use = (await technician.execute(DELETE, {"id": grades[0]["id"]})).data["forecourtConfigDelete"]["errors"]
    assert in_use[0]["code"] == "IN_USE"
    wrong = (await technician.execute(DELETE, {"id": station})).data["forecourtConfigDelete"]["errors"]
    assert wrong == [{"field": "id", "code": "NOT_FOUND", "message": "对象不存在或 ID 无效"}]
    logs = await technician.execute('{ auditLogs(first: 5, filter: {action: "dispenser.delete"}) { totalCount } }')
    assert logs.data["auditLogs"]["totalCount"] == 1


async def test_another_station_s_nozzle_cannot_be_deleted(staff_client: StaffClientFactory,
                                                           forecourt: Forecourt) -> None:
    a = forecourt.org.stations[0]
    admin = await staff_client(permissions=[P.VIEW_FORECOURT])
    dispensers = (await admin.execute("query($s: ID!) { dispensers(stationId: $s) { nozzles { id } } }",
                                      {"s": to_global_id("Station", a.id)})).data["dispensers"]
    outsider = await staff_client(permissions=[P.MANAGE_PUMPS], stations=[forecourt.org.stations[1].id])
    response = await outsider.execute(DELETE, {"id": dispensers[0]["nozzles"][0]["id"]})
    # row-level security hides it: to this actor it does not exist
    assert response.data["forecourtConfigDelete"]["errors"] == [{"field": "id", "code": "NOT_FOUND",
                                                                 "message": "油枪不存在"}]
    again = (await admin.execute("query($s: ID!) { dispensers(stationId: $s) { nozzles { id } } }",
                                 {"s": to_global_id("Station", a.id)})).data["dispensers"]
    assert again == dispensers


async def test_tanks_of_a_station(staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    a, b = forecourt.org.stations
    viewer = await staff_client(permissions=[P.VIEW_FORECOURT], stations=[a.id])
    tanks = (await viewer.execute("query($s: ID!) { tanks(stationId: $s) { number capacityMl grade { name } } }",
                                  {"s": to_global_id("Station", a.id)})).data["tanks"]
    assert [(t["number"], t["grade"]["name"]) for t in tanks] == [(1, "92#"), (2, "95#"), (3, "0#")]
    other = await viewer.execute("query($s: ID!) { tanks(stationId: $s) { number } }", {"s": to_global_id("Station", b.id)})
    assert other.error_codes == ["FORBIDDEN"]
