"""List queries cost the same number of SQL statements for 1 item as for 20 (no N+1)."""

from __future__ import annotations

from api.core.db import Database
from api.core.permissions import Permission as P
from tests.fixtures.identity import StaffClientFactory, make_user
from tests.fixtures.org import Org, make_org
from tests.support.sql_counter import StatementCounter

STAFF = """query($n: Int!) { staffUsers(first: $n) { edges { node { username mobile permissions
  stations { code region { name } } grants { scope role { name permissions } stations { code } } } } } }"""
STATIONS = "query($n: Int!) { stations(first: $n) { edges { node { code region { code name } } } } }"
AUDIT = "query($n: Int!) { auditLogs(first: $n) { edges { node { action station { code region { name } } } } } }"


async def _count(client: object, sql: StatementCounter, query: str, n: int) -> int:
    with sql.counting():
        response = await client.execute(query, {"n": n})  # type: ignore[attr-defined]
    assert not response.errors, response.errors
    return sql.count


async def test_staff_list(staff_client: StaffClientFactory, database: Database, org: Org,
                          sql: StatementCounter) -> None:
    admin = await staff_client(permissions=list(P))
    for i in range(20):
        await make_user(database, org, role_code="cashier", stations=[org.stations[i % 2].id])
    assert await _count(admin, sql, STAFF, 1) == await _count(admin, sql, STAFF, 20)


async def test_station_list(staff_client: StaffClientFactory, database: Database, sql: StatementCounter) -> None:
    big = await make_org(database, stations=20)
    admin = await staff_client(permissions=[P.VIEW_STATIONS], in_org=big)
    assert await _count(admin, sql, STATIONS, 1) == await _count(admin, sql, STATIONS, 20)


async def test_audit_list(staff_client: StaffClientFactory, org: Org, sql: StatementCounter) -> None:
    from api.core.ids import to_global_id

    admin = await staff_client(permissions=list(P))
    for i in range(20):
        await admin.execute('mutation($s: ID!, $a: String!) { stationUpdate(input: {id: $s, address: $a}) '
                            '{ errors { code } } }', {"s": to_global_id("Station", org.stations[i % 2].id),
                                                      "a": f"地址{i}"})
    assert await _count(admin, sql, AUDIT, 1) == await _count(admin, sql, AUDIT, 20)
