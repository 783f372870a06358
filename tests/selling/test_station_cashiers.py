"""Whom a shift can be handed over to: the station's active staff who hold OPERATE_POS, listed for the POS
without the company's staff list, and nobody else accepted by the hand-over."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update

from api.core.db import Database
from api.core.ids import to_global_id
from api.identity.models import StaffUser
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.support.graphql import GraphQLClient

CASHIERS = """query($s: ID!) { stationCashiers(stationId: $s) { id name username } }"""
HAND_OVER = """mutation($id: ID!, $counted: Long!, $next: ID!) { shiftHandOver(input: {shiftId: $id,
  countedCashFen: $counted}, nextCashierId: $next) { shift { number status } errors { field code message } } }"""
SHIFT = """query($id: ID!) { node(id: $id) { ... on Shift { status } } }"""


def gid(client: GraphQLClient) -> str:
    return to_global_id("StaffUser", client.user.id)  # type: ignore[attr-defined]


async def listed(client: GraphQLClient, station: str) -> list[str]:
    result = await client.execute(CASHIERS, {"s": station})
    assert result.errors == [], result.body
    return [c["id"] for c in result.data["stationCashiers"]]


async def test_the_list_holds_the_stations_active_till_staff_only(pos: Pos, staff_client: StaffClientFactory,
                                                                 forecourt: Forecourt, database: Database) -> None:
    here, there = (s.id for s in forecourt.org.stations[:2])
    night = await staff_client(role_code="cashier", stations=[here])
    manager = await staff_client(role_code="station_manager", stations=None)
    fueler = await staff_client(role_code="fueler", stations=[here])
    elsewhere = await staff_client(role_code="cashier", stations=[there])
    left = await staff_client(role_code="cashier", stations=[here])
    async with database.transaction() as session:
        await session.execute(update(StaffUser).where(StaffUser.id == left.user.id)  # type: ignore[attr-defined]
                              .values(is_active=False))
    ids = await listed(pos.cashier, pos.station)
    assert set(ids) == {gid(pos.cashier), gid(night), gid(manager)}
    assert gid(fueler) not in ids and gid(elsewhere) not in ids and gid(left) not in ids
    assert set(await listed(elsewhere, to_global_id("Station", there))) == {gid(manager), gid(elsewhere)}


async def test_another_stations_list_is_forbidden_and_a_fueler_may_not_ask(pos: Pos, staff_client: StaffClientFactory,
                                                                          forecourt: Forecourt) -> None:
    there = to_global_id("Station", forecourt.org.stations[1].id)
    assert (await pos.cashier.execute(CASHIERS, {"s": there})).error_codes == ["FORBIDDEN"]
    fueler = await staff_client(role_code="fueler", stations=[forecourt.org.stations[0].id])
    assert (await fueler.execute(CASHIERS, {"s": pos.station})).error_codes == ["FORBIDDEN"]


async def test_a_hand_over_to_someone_off_the_list_is_refused_and_the_shift_stays_open(
        pos: Pos, staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    shift = (await pos.open(cash=10_000))["shift"]
    refused: list[Any] = []
    for who in (await staff_client(role_code="cashier", stations=[forecourt.org.stations[1].id]),
                await staff_client(role_code="fueler", stations=[forecourt.org.stations[0].id])):
        result = await pos.cashier.execute(HAND_OVER, {"id": shift["id"], "counted": 10_000, "next": gid(who)})
        refused.append(result.data["shiftHandOver"])
    assert [r["errors"][0]["field"] for r in refused] == ["nextCashierId", "nextCashierId"]
    assert all(r["errors"][0]["code"] == "NOT_FOUND" and r["shift"] is None for r in refused)
    state = await pos.cashier.execute(SHIFT, {"id": shift["id"]})
    assert state.data["node"]["status"] == "OPEN"
