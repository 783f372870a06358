"""The shift list over the real GraphQL stack: scope, filters, over/short, and no N+1."""

from __future__ import annotations

from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import CLOSE, Pos
from tests.support.graphql import GraphQLClient
from tests.support.sql_counter import StatementCounter

SHIFTS = """query($n: Int!, $filter: ShiftFilter) { shifts(first: $n, filter: $filter) { totalCount
  edges { node { id number status cashierName station { code name } openedAt closedAt openingCash { fen }
    expectedCash { fen } countedCash { fen } overShort { fen } overShortReason } } } }"""


async def _shifts(pos: Pos, count: int) -> None:
    for i in range(count):
        shift = (await pos.open(cash=1_000))["shift"]
        await pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": 1_000 - i, "reason": "短款" if i else None})


async def test_closed_shifts_show_their_cash_and_over_short(pos: Pos, staff_client: StaffClientFactory,
                                                            forecourt: Forecourt) -> None:
    await _shifts(pos, 2)
    await pos.open(cash=500)
    manager = await staff_client(permissions=[P.VIEW_ORDERS], stations=[forecourt.org.stations[0].id])
    page = (await manager.execute(SHIFTS, {"n": 10})).data["shifts"]
    assert page["totalCount"] == 3
    nodes = [e["node"] for e in page["edges"]]
    assert [n["number"] for n in nodes] == [3, 2, 1] and nodes[0]["status"] == "OPEN"
    assert {k: nodes[1][k] for k in ("status", "cashierName", "openingCash", "expectedCash", "countedCash",
                                     "overShort", "overShortReason")} == {
        "status": "CLOSED", "cashierName": "测试员工", "openingCash": {"fen": 1_000}, "expectedCash": {"fen": 1_000},
        "countedCash": {"fen": 999}, "overShort": {"fen": -1}, "overShortReason": "短款"}
    assert nodes[0]["station"]["code"] == forecourt.org.stations[0].code
    closed = (await manager.execute(SHIFTS, {"n": 10, "filter": {"status": "CLOSED"}})).data["shifts"]
    assert [e["node"]["number"] for e in closed["edges"]] == [2, 1]
    cashier = to_global_id("StaffUser", pos.cashier.user.id)  # type: ignore[attr-defined]
    mine = (await manager.execute(SHIFTS, {"n": 10, "filter": {"cashierIds": [cashier]}})).data["shifts"]
    assert mine["totalCount"] == 3
    nobody = to_global_id("StaffUser", manager.user.id)  # type: ignore[attr-defined]
    assert (await manager.execute(SHIFTS, {"n": 10, "filter": {"cashierIds": [nobody]}})).data["shifts"][
        "totalCount"] == 0
    opened = nodes[1]["openedAt"]
    window = (await manager.execute(SHIFTS, {"n": 10, "filter": {"from": opened, "to": nodes[0]["openedAt"]}})
              ).data["shifts"]
    assert [e["node"]["number"] for e in window["edges"]] == [2]


async def test_the_shift_list_costs_the_same_for_1_and_20(pos: Pos, sql: StatementCounter) -> None:
    await _shifts(pos, 20)
    counts = []
    for n in (1, 20):
        with sql.counting():
            result = await pos.cashier.execute(SHIFTS, {"n": n})
        counts.append(sql.count)
        assert len(result.data["shifts"]["edges"]) == n
    assert counts[0] == counts[1]


async def test_access(client: GraphQLClient, staff_client: StaffClientFactory, forecourt: Forecourt,
                      pos: Pos) -> None:
    await _shifts(pos, 1)
    a, b = forecourt.org.stations
    assert (await client.execute(SHIFTS, {"n": 5})).error_codes == ["UNAUTHENTICATED"]
    nobody = await staff_client(permissions=[P.VIEW_REPORTS])
    assert (await nobody.execute(SHIFTS, {"n": 5})).error_codes == ["FORBIDDEN"]
    elsewhere = await staff_client(permissions=[P.VIEW_ORDERS], stations=[b.id])
    assert (await elsewhere.execute(SHIFTS, {"n": 5})).data["shifts"] == {"totalCount": 0, "edges": []}
    named = await elsewhere.execute(SHIFTS, {"n": 5, "filter": {"stationIds": [to_global_id("Station", a.id)]}})
    assert named.error_codes == ["FORBIDDEN"]
