"""End to end over a pseudo-terminal: simulated dispensers -> pump_link -> the platform's API.

The uplink is down for the first sales (they wait in the local outbox, already confirmed to the
dispensers), then comes back: the platform's fuelings equal the dispensers' ledgers exactly."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from sqlalchemy import select

from api.core.db import Database
from api.fuelings.models import Fueling
from pump_link.service.outbox import Outbox
from pump_link.service.station import DispenserMap, PortConfig, StationService
from pump_link.service.uplink import Uplink
from pump_link.simulator.dispenser import SimulatedDispenser, SimulatedNozzle
from pump_link.simulator.pty_link import PtyLine, run
from tests.fixtures.pumps import Forecourt
from tests.support.live_server import LiveServer


def sims() -> list[SimulatedDispenser]:
    return [SimulatedDispenser(address=address, flow_ml_per_tick=4_000, resend_ticks=3, duplicate_upload=address == 2,
                               nozzles={1: SimulatedNozzle(1, "1402", 730, 1_000_000 * address),
                                        2: SimulatedNozzle(2, "1405", 781, 2_000_000 * address)})
            for address in (1, 2)]


async def test_every_sale_reaches_the_platform_exactly_once(live_server: LiveServer, forecourt: Forecourt,
                                                            database: Database, tmp_path: Path) -> None:
    line = PtyLine()
    dispensers = sims()
    running = threading.Event()
    running.set()
    thread = threading.Thread(target=run, args=(line, dispensers),
                              kwargs={"tick_s": 0.02, "keep_going": running.is_set}, daemon=True)
    thread.start()
    port = PortConfig(url=line.path, parity="N", dispensers={  # a pseudo-terminal has no parity
        1: DispenserMap(1, {1: 1, 2: 2}), 2: DispenserMap(2, {1: 3, 2: 4})})
    outbox = Outbox(tmp_path / "outbox.sqlite")
    unreachable = Uplink("http://127.0.0.1:9", forecourt.device_token, timeout_s=0.5)
    platform = Uplink(live_server.url, forecourt.device_token)
    service = StationService([port], unreachable, outbox, retry_s=0.2)
    stop = asyncio.Event()
    task = asyncio.create_task(service.run(stop))
    try:
        for sim in dispensers:  # two sales each while the platform is unreachable
            sim.start_sale(1, 20_000)
            sim.start_sale(2, 12_000)
        for _ in range(100):
            await asyncio.sleep(0.05)
            if len(outbox) >= 4 and not any(sim.unconfirmed for sim in dispensers):
                break
        assert len(outbox) >= 4  # kept locally (duplicates included)...
        assert not any(sim.unconfirmed for sim in dispensers)  # ...and confirmed to the dispensers
        service.uplink = platform  # the platform is back
        for sim in dispensers:
            sim.start_sale(1, 8_000)
        for _ in range(200):
            await asyncio.sleep(0.05)
            if len(outbox) == 0 and len(dispensers[0].ledger) == 3 and not any(s.unconfirmed for s in dispensers):
                break
        async with database.session() as session:
            rows = (await session.scalars(select(Fueling).where(
                Fueling.station_id == forecourt.org.stations[0].id))).all()
        recorded = sorted((f.ttc, f.volume_ml, f.amount_fen, f.totalizer_ml) for f in rows)
        made = sorted((s.ttc, s.volume_ml, s.amount_fen, s.totalizer_ml) for d in dispensers for s in d.ledger)
        assert recorded == made and len(made) == 6
    finally:
        stop.set()
        await task
        running.clear()
        thread.join(timeout=5)
        line.close()
        outbox.close()
        await unreachable.close()
        await platform.close()
