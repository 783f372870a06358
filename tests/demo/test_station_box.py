"""The demo's dispensers resume where the platform last saw them: a restart neither reuses a transaction
counter (the platform would refuse the sale) nor breaks a totalizer chain (it would flag an anomaly)."""

from __future__ import annotations

from api.core.db import Database
from api.demo.seed import DemoStation
from api.demo.station_box import TTC_MARGIN, resume_point
from pump_link.simulator.station import NozzleSpec, simulated_station
from tests.fixtures.pumps import Forecourt
from tests.pumps.test_fuelings import RECORD, sale
from tests.support.graphql import GraphQLClient


async def test_dispensers_resume_their_counters_and_totalizers(client: GraphQLClient, forecourt: Forecourt,
                                                               database: Database) -> None:
    pump = client.with_token(forecourt.device_token)
    for ttc, volume, total, nozzle, minutes in ((500, 10_000, 1_010_000, 1, 0), (501, 5_000, 1_015_000, 1, 5),
                                                (510, 8_000, 2_008_000, 3, 1)):
        result = await pump.execute(RECORD, {"input": sale(ttc, volume, total, nozzle=nozzle, minutes=minutes)})
        assert result.data["fuelingRecord"]["errors"] == []
    station = DemoStation(forecourt.org.company.id, forecourt.org.stations[0].id, [])
    resume = resume_point(database, station)
    assert resume.ttc == {1: 501, 2: 510}
    assert resume.totalizer_ml == {1: 1_015_000, 3: 2_008_000}
    lines, _ = simulated_station([NozzleSpec(1, 1, "1402", 730), NozzleSpec(2, 1, "1405", 781)],
                                 configure=lambda sim: resume.apply(sim, {1: 1, 2: 2}))
    [sim] = lines[0].dispensers
    assert sim.ttc == 501 + TTC_MARGIN and sim.nozzles[1].totalizer_ml == 1_015_000
    lines[0].line.close()
