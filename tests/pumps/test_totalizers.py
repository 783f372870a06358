"""Totalizer readings from the station device: stored as history, a bad batch refused whole, device only;
the platform's request for fresh readings seen by the device and answered by its next report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.pumps.models import Nozzle, NozzleTotalizerReading
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import CLOSE, OPEN
from tests.support.graphql import GraphQLClient

REPORT = """mutation($readings: [TotalizerReadingInput!]!) { totalizersReport(input: {readings: $readings}) {
  stored errors { field code message } } }"""
WANTED = "{ totalizersWanted }"
AT = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def reading(nozzle: int, ml: int, minutes: int = 0) -> dict[str, Any]:
    return {"nozzleNumber": nozzle, "totalizerMl": ml, "readAt": (AT + timedelta(minutes=minutes)).isoformat()}


async def stored(database: Database, forecourt: Forecourt) -> list[tuple[int, int, datetime]]:
    async with database.session() as session:
        rows = (await session.execute(
            select(Nozzle.number, NozzleTotalizerReading.totalizer_ml, NozzleTotalizerReading.read_at)
            .join(Nozzle, Nozzle.id == NozzleTotalizerReading.nozzle_id)
            .where(NozzleTotalizerReading.station_id == forecourt.org.stations[0].id)
            .order_by(Nozzle.number, NozzleTotalizerReading.read_at))).all()
    return [(int(n), int(ml), at) for n, ml, at in rows]


async def test_readings_are_kept_as_history_and_a_replay_is_stored_once(
        client: GraphQLClient, forecourt: Forecourt, database: Database) -> None:
    pump = client.with_token(forecourt.device_token)
    first = await pump.execute(REPORT, {"readings": [reading(1, 1_000_000), reading(2, 2_000_000)]})
    assert first.data["totalizersReport"] == {"stored": 2, "errors": []}
    later = await pump.execute(REPORT, {"readings": [reading(1, 1_020_550, minutes=5)]})
    assert later.data["totalizersReport"] == {"stored": 1, "errors": []}
    replay = await pump.execute(REPORT, {"readings": [reading(1, 1_020_550, minutes=5)]})
    assert replay.data["totalizersReport"] == {"stored": 0, "errors": []}
    assert await stored(database, forecourt) == [(1, 1_000_000, AT), (1, 1_020_550, AT + timedelta(minutes=5)),
                                      (2, 2_000_000, AT)]


async def test_a_bad_batch_names_the_field_and_stores_nothing(
        client: GraphQLClient, forecourt: Forecourt, database: Database) -> None:
    pump = client.with_token(forecourt.device_token)
    naive = {"nozzleNumber": 3, "totalizerMl": 5, "readAt": "2026-11-30T08:00:00"}
    result = await pump.execute(REPORT, {"readings": [reading(1, 10), reading(99, 10), reading(2, -1), naive]})
    assert result.data["totalizersReport"] == {"stored": 0, "errors": [
        {"field": "readings.1.nozzleNumber", "code": "UNKNOWN_NOZZLE", "message": "本站没有 99 号油枪"},
        {"field": "readings.2.totalizerMl", "code": "INVALID", "message": "泵码须为非负数"},
        {"field": "readings.3.readAt", "code": "INVALID", "message": "读数时间须带时区"},
    ]}
    assert await stored(database, forecourt) == []  # the good first reading was not kept either


async def test_only_a_station_device_reports_or_polls(client: GraphQLClient, staff_client: StaffClientFactory,
                                                      forecourt: Forecourt, database: Database) -> None:
    admin = await staff_client(permissions=list(P))
    assert (await admin.execute(REPORT, {"readings": [reading(1, 10)]})).error_codes == ["FORBIDDEN"]
    assert (await admin.execute(WANTED)).error_codes == ["FORBIDDEN"]
    assert (await client.execute(REPORT, {"readings": [reading(1, 10)]})).error_codes == ["UNAUTHENTICATED"]
    assert await stored(database, forecourt) == []


async def test_opening_and_closing_a_shift_ask_for_fresh_readings(
        client: GraphQLClient, staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    pump = client.with_token(forecourt.device_token)
    station = forecourt.org.stations[0]
    assert (await pump.execute(WANTED)).data == {"totalizersWanted": None}
    cashier = await staff_client(role_code="cashier", stations=[station.id])
    shift = (await cashier.execute(OPEN, {"s": to_global_id("Station", station.id), "cash": 0})).data["shiftOpen"]
    assert (await pump.execute(WANTED)).data["totalizersWanted"] is not None
    now = datetime.now(UTC)
    await pump.execute(REPORT, {"readings": [{"nozzleNumber": 1, "totalizerMl": 10, "readAt": now.isoformat()}]})
    assert (await pump.execute(WANTED)).data == {"totalizersWanted": None}  # answered
    await cashier.execute(CLOSE, {"id": shift["shift"]["id"], "counted": 0})
    assert (await pump.execute(WANTED)).data["totalizersWanted"] is not None
