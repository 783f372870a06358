"""The demo station's box: simulated 卡机联动 dispensers on pseudo-terminals, read by a pump_link station
service through the real serial code path, reporting to this platform with a device token of its own.

The device row ("演示站控制器") is created once; its secret is renewed at every start, since only this
process needs it. Sales are realistic: a nozzle sits idle for about a minute on average, pumps 10-50 L at
about 40 L/min, a quarter of sales are card sales; the first dispenser of each line starts with a sale.
pump_link keeps its outbox under the data directory, like a station box's disk. On a restart the
dispensers resume their transaction counters and totalizers from the fuelings already recorded."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import distinct_on

from api.core.db import Database
from api.demo.seed import DemoStation
from api.fuelings.models import Fueling
from api.identity.models import Device
from api.identity.tokens import DEVICE_PREFIX, OpaqueToken, secret_hash
from api.pumps.models import Dispenser, Nozzle
from pump_link.service.outbox import Outbox
from pump_link.service.station import StationService
from pump_link.service.uplink import Uplink
from pump_link.simulator.dispenser import SimulatedDispenser
from pump_link.simulator.forecourt import SalesPlan
from pump_link.simulator.station import NozzleSpec, simulated_station

log = logging.getLogger(__name__)
DEVICE_NAME = "演示站控制器"
TICK_S = 0.5
STATION_TIME_ZONE = ZoneInfo("Asia/Shanghai")  # the demo station's: its dispensers keep its local time
TTC_MARGIN = 10  # beyond sales a stopped box may still hold in its outbox


def device_token(database: Database, station: DemoStation) -> str:
    token = OpaqueToken.new(DEVICE_PREFIX)
    with database.sync_transaction() as session:
        device = session.scalar(select(Device).where(Device.station_id == station.station_id,
                                                     Device.name == DEVICE_NAME))
        if device is None:
            device = Device(company_id=station.company_id, station_id=station.station_id, name=DEVICE_NAME)
            session.add(device)
        device.prefix, device.secret_hash, device.revoked_at = token.public_id, secret_hash(token.secret), None
    return str(token)


@dataclass
class Resume:
    """Where the dispensers stood at the last fuelings the platform recorded: a dispenser's transaction
    counter and totalizers survive a restart, so the demo's do too."""

    ttc: dict[int, int]  # dispenser number -> highest TTC recorded
    totalizer_ml: dict[int, int]  # station nozzle number -> totalizer after its last sale

    def apply(self, sim: SimulatedDispenser, numbers: dict[int, int]) -> None:
        sim.flow_ml_per_tick = int(40_000 / 60 * TICK_S)  # about 40 L/min
        if sim.address in self.ttc:
            sim.ttc = self.ttc[sim.address] + TTC_MARGIN
        for nzn, nozzle in sim.nozzles.items():
            nozzle.totalizer_ml = self.totalizer_ml.get(numbers[nzn], nozzle.totalizer_ml)


def resume_point(database: Database, station: DemoStation) -> Resume:
    with database.sync_transaction() as session:
        ttcs = session.execute(select(Dispenser.number, func.max(Fueling.ttc)).join(
            Fueling, Fueling.dispenser_id == Dispenser.id).where(Dispenser.station_id == station.station_id)
            .group_by(Dispenser.number)).all()
        latest = select(Fueling.nozzle_id, Fueling.totalizer_ml).ext(distinct_on(Fueling.nozzle_id)).where(
            Fueling.station_id == station.station_id).order_by(Fueling.nozzle_id, Fueling.ended_at.desc(),
                                                               Fueling.ttc.desc()).subquery()
        totals = session.execute(select(Nozzle.number, latest.c.totalizer_ml).join(
            latest, latest.c.nozzle_id == Nozzle.id)).all()
    return Resume(dict(ttcs), dict(totals))


def start(database: Database, station: DemoStation, platform_url: str, data_dir: Path) -> Callable[[], None]:
    """Start the dispensers and the station service; returns the function that stops them."""
    token = device_token(database, station)
    specs = [NozzleSpec(n.number, n.dispenser_number, n.grade_code, n.price_fen) for n in station.nozzles]
    plan = SalesPlan(rate=TICK_S / 60, card_share=0.25, volumes_ml=(10_000, 50_000))
    resume = resume_point(database, station)
    numbers = {n.dispenser_number: sorted(m.number for m in station.nozzles if m.dispenser_number == n.dispenser_number)
               for n in station.nozzles}

    def configure(sim: SimulatedDispenser) -> None:
        resume.apply(sim, dict(enumerate(numbers[sim.address], start=1)))

    lines, ports = simulated_station(specs, tick_s=TICK_S, configure=configure, plan=plan,
                                     clock=lambda: datetime.now(STATION_TIME_ZONE).replace(tzinfo=None))
    for line in lines:
        first = line.dispensers[0]  # the station is busy when the console opens
        line.call(functools.partial(first.start_sale, min(first.nozzles), plan.rng.randrange(10_000, 50_000, 10)))
        line.start()
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()

    async def main() -> None:
        uplink, outbox = Uplink(platform_url, token), Outbox(data_dir / "pump-link-outbox.sqlite")
        try:
            await StationService(ports, uplink, outbox).run(stop)
        finally:
            await uplink.close()
            outbox.close()

    def thread() -> None:
        try:
            loop.run_until_complete(main())
        except Exception:
            log.exception("demo station service failed")

    runner = threading.Thread(target=thread, name="demo-pump-link", daemon=True)
    runner.start()
    paths = ", ".join(line.path for line in lines)
    log.info("demo dispensers on %s", paths)

    def stop_all() -> None:
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(stop.set)
        runner.join(timeout=5)
        for line in lines:
            line.stop()

    return stop_all
