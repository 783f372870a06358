"""Totalizers end to end over pseudo-terminals: the simulated dispensers' 38H answers reach the platform
through pump_link (on link up, when a shift opening asks, on demand), and the shift report's meters
equal the dispensers' sales exactly, except on the nozzle that pumped fuel no record reported."""

from __future__ import annotations

import asyncio
import random
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from api.core.db import Database
from api.core.ids import to_global_id
from api.pumps.models import Nozzle, NozzleTotalizerReading
from pump_link.service.outbox import Outbox
from pump_link.service.station import StationService
from pump_link.service.uplink import Uplink
from pump_link.simulator.dispenser import SimulatedDispenser
from pump_link.simulator.forecourt import SalesPlan, SimulatedLine
from pump_link.simulator.station import simulated_station
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.pump_link.station import layout, made, settled, stop_selling, until
from tests.selling.pos import CLOSE, OPEN
from tests.support.live_server import LiveServer

REPORT = """query($id: ID!) { shiftReport(shiftId: $id) { meters { nozzleNumber opening { totalizer { ml } source }
  closing { totalizer { ml } source } metered { ml } fuelingCount fuelingVolume { ml } difference { ml } flagged } } }"""
ZONE = ZoneInfo("Asia/Shanghai")


def station_clock() -> datetime:
    return datetime.now(ZONE).replace(tzinfo=None)


def totalizers(lines: list[SimulatedLine], service: StationService) -> dict[int, int]:
    """The station nozzle number -> the simulated dispenser's totalizer."""
    out = {}
    for line, port in zip(lines, service.ports, strict=True):
        for sim in line.dispensers:
            for nzn, nozzle in sim.nozzles.items():
                out[port.dispensers[sim.address].nozzles[nzn]] = nozzle.totalizer_ml
    return out


async def latest(database: Database, station_id: object) -> dict[int, int]:
    async with database.session() as session:
        rows = (await session.execute(
            select(Nozzle.number, NozzleTotalizerReading.totalizer_ml)
            .join(Nozzle, Nozzle.id == NozzleTotalizerReading.nozzle_id)
            .where(NozzleTotalizerReading.station_id == station_id)
            .order_by(NozzleTotalizerReading.read_at))).all()
    return {int(number): int(ml) for number, ml in rows}  # the newest wins


async def test_readings_reach_the_platform_and_the_shift_meters_match_the_sales(
        live_server: LiveServer, forecourt: Forecourt, database: Database, staff_client: StaffClientFactory,
        tmp_path: Path) -> None:
    station_id = forecourt.org.stations[0].id
    lines, ports = simulated_station(await layout(database, station_id), tick_s=0.05, rng=random.Random(7),
                                     clock=station_clock)
    outbox, uplink = Outbox(tmp_path / "outbox.sqlite"), Uplink(live_server.url, forecourt.device_token)
    service = StationService(ports, uplink, outbox, retry_s=0.2, price_poll_s=0.2, link_timeout_s=0.5,
                             totalizer_poll_s=3600)
    stop = asyncio.Event()
    task = asyncio.create_task(service.run(stop))
    for line in lines:
        line.start()
    try:
        start = totalizers(lines, service)
        readings: dict[int, int] = {}

        async def wait_readings(wanted: dict[int, int], what: str) -> None:
            for _ in range(150):
                readings.update(await latest(database, station_id))
                if readings == wanted:
                    return
                await asyncio.sleep(0.1)
            raise AssertionError(f"{what}: {readings} != {wanted}")

        await wait_readings(start, "the readings taken on link up")
        cashier = await staff_client(role_code="cashier", stations=[station_id])
        pump = cashier.with_token(forecourt.device_token)
        opened = await cashier.execute(OPEN, {"s": to_global_id("Station", station_id), "cash": 0})
        shift = opened.data["shiftOpen"]["shift"]["id"]
        assert (await pump.execute("{ totalizersWanted }")).data["totalizersWanted"] is not None
        for _ in range(100):  # pump_link sees the request with the price table, reads, and answers it
            if (await pump.execute("{ totalizersWanted }")).data["totalizersWanted"] is None:
                break
            await asyncio.sleep(0.1)
        else:
            raise AssertionError("the shift's request for readings was never answered")

        plan = SalesPlan(rate=0.1, card_share=0.3, volumes_ml=(2_000, 6_000), rng=random.Random(8))
        for line in lines:
            line.plan = plan
        await until(lambda: len(made(lines)) >= 10, 60, "ten sales")
        stop_selling(lines)
        await until(lambda: settled(lines) and len(outbox) == 0, 30, "the last sales delivered")
        sim: SimulatedDispenser = lines[0].dispensers[0]
        lines[0].call(lambda: sim.unrecorded_sale(1, 3_000))  # its first nozzle pumps 3 L that no record reports
        missed = ports[0].dispensers[sim.address].nozzles[1]
        await until(lambda: totalizers(lines, service)[missed] == (start[missed] + sum(
            s.volume_ml for s in sim.ledger if s.nozzle == 1) + 3_000), 5, "the unrecorded sale")
        service.read_totalizers()
        await wait_readings(totalizers(lines, service), "the readings taken on demand")

        closed = await cashier.execute(CLOSE, {"id": shift, "counted": 0})
        assert closed.data["shiftClose"]["errors"] == []
        meters = (await cashier.execute(REPORT, {"id": shift})).data["shiftReport"]["meters"]
    finally:
        stop.set()
        await task
        for line in lines:
            line.stop()
        outbox.close()
        await uplink.close()

    sold: dict[int, list[int]] = defaultdict(list)
    for line, port in zip(lines, ports, strict=True):
        for dispenser in line.dispensers:
            for sale in dispenser.ledger:
                sold[port.dispensers[dispenser.address].nozzles[sale.nozzle]].append(sale.volume_ml)
    assert [m["nozzleNumber"] for m in meters] == list(range(1, 9))
    for meter in meters:
        number, volume = meter["nozzleNumber"], sum(sold[meter["nozzleNumber"]])
        extra = 3_000 if number == missed else 0
        assert int(meter["opening"]["totalizer"]["ml"]) == start[number]
        assert int(meter["closing"]["totalizer"]["ml"]) == readings[number]
        assert meter["closing"]["source"] == "TOTALIZER"
        assert (meter["fuelingCount"], int(meter["fuelingVolume"]["ml"])) == (len(sold[number]), volume)
        assert int(meter["metered"]["ml"]) == volume + extra
        assert (int(meter["difference"]["ml"]), meter["flagged"]) == (extra, number == missed)
