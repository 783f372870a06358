"""A built-in stand-in for the dispensers of the demo station: realistic sales on its 8 nozzles.

Each nozzle idles, is lifted, pumps at 0.4-0.7 L/s for a driver's usual amount at the price the station's
price book holds when the sale starts (a price change never touches a sale in progress), hangs up, and
the sale is recorded as a fueling with its transaction counter and totalizer, exactly as a device reports
it. The dispensers then confirm the prices they show. The dispenser link (pump_link with simulated
dispensers) replaces this.
"""

from __future__ import annotations

import asyncio
import random
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime

import structlog
from redis.asyncio import Redis
from sqlalchemy import select

from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.db import Database, RowScope
from api.core.money import amount_for_volume
from api.demo.seed import DemoNozzle, DemoStation
from api.fuelings.service import FuelingReport, record_fueling
from api.pricing.models import StationPrice
from api.pricing.service import confirm_prices
from api.pumps.links import LinkReport, report_links
from api.pumps.live import LiveState, NozzleState, apply_states

log = structlog.get_logger(__name__)
TICK_S = 0.5
rng = random.Random()  # noqa: S311  (a demo, not cryptography)


@dataclass
class SimulatedNozzle:
    layout: DemoNozzle
    price_fen: int = 0
    state: NozzleState = NozzleState.IDLE
    volume_ml: int = 0
    target_ml: int = 0
    flow_ml_per_tick: int = 0
    totalizer_ml: int = field(default_factory=lambda: rng.randint(1_000_000, 90_000_000))
    wait_ticks: int = field(default_factory=lambda: rng.randint(2, 40))
    sequence: int = 0
    started_at: datetime | None = None

    def step(self, prices: dict[uuid.UUID, int]) -> tuple[bool, bool]:
        """Advance one tick; returns (state changed, a sale just completed)."""
        if self.state is NozzleState.FUELING:
            self.volume_ml = min(self.target_ml, self.volume_ml + self.flow_ml_per_tick)
            if self.volume_ml >= self.target_ml:
                self.state, self.wait_ticks = NozzleState.COMPLETED, rng.randint(10, 30)
                self.totalizer_ml += self.volume_ml
                return True, True
            return True, False
        self.wait_ticks -= 1
        if self.wait_ticks > 0:
            return False, False
        if self.state is NozzleState.IDLE:
            self.state, self.wait_ticks, self.volume_ml = NozzleState.CALLING, rng.randint(2, 6), 0
            self.price_fen = prices.get(self.layout.grade_id, self.price_fen or 700)
        elif self.state is NozzleState.CALLING:
            self.state, self.started_at = NozzleState.FUELING, utcnow()
            self.target_ml = rng.choice([20_000, 27_400, 30_000, 41_100, 45_000, 55_000])
            self.flow_ml_per_tick = rng.randint(200, 350)
        else:
            self.state, self.wait_ticks, self.volume_ml = NozzleState.IDLE, rng.randint(10, 60), 0
        return True, False

    def live(self) -> LiveState:
        self.sequence += 1
        return LiveState(self.layout.number, self.state, amount_for_volume(self.volume_ml, self.price_fen),
                         self.volume_ml, self.price_fen, self.sequence, utcnow(), utcnow())


class DemoForecourt:
    def __init__(self, station: DemoStation, redis: Redis, database: Database) -> None:
        self.station, self.redis, self.database = station, redis, database
        self.nozzles = [SimulatedNozzle(n) for n in station.nozzles]
        self.device = Actor(kind=ActorKind.DEVICE, id=None, company_id=station.company_id, label="device:demo",
                            visible_stations=frozenset({station.station_id}))
        self.ttc: dict[int, int] = {}
        self.scope = RowScope(company=str(station.company_id), stations=str(station.station_id))

    async def prices(self) -> dict[uuid.UUID, int]:
        async with self.database.session(self.scope) as session:
            rows = await session.execute(select(StationPrice.grade_id, StationPrice.price_fen).where(
                StationPrice.station_id == self.station.station_id))
            return dict(rows.all())

    async def record(self, nozzle: SimulatedNozzle) -> None:
        dispenser = nozzle.layout.dispenser_number
        self.ttc[dispenser] = self.ttc.get(dispenser, rng.randint(30_000, 40_000)) + 1
        report = FuelingReport(dispenser, nozzle.layout.number, self.ttc[dispenser], nozzle.layout.grade_code,
                               nozzle.volume_ml, nozzle.price_fen,
                               amount_for_volume(nozzle.volume_ml, nozzle.price_fen), nozzle.totalizer_ml,
                               nozzle.started_at, utcnow(), None, None)
        async with self.database.transaction(self.scope) as session:
            await record_fueling(session, self.device, report)

    async def confirm(self, prices: dict[uuid.UUID, int]) -> None:
        shown = {n.layout.number: prices.get(n.layout.grade_id, n.price_fen) for n in self.nozzles
                 if n.state in (NozzleState.IDLE, NozzleState.COMPLETED)}
        async with self.database.transaction(self.scope) as session:
            await confirm_prices(session, self.station.station_id, shown)

    async def run(self, stop: threading.Event) -> None:
        prices = await self.prices()
        for nozzle in self.nozzles:
            nozzle.price_fen = prices.get(nozzle.layout.grade_id, 700)
        await apply_states(self.redis, self.station.station_id, [n.live() for n in self.nozzles])
        dispensers = sorted({n.layout.dispenser_number for n in self.nozzles})
        async with self.database.transaction(self.scope) as session:
            await report_links(session, self.redis, self.device, [LinkReport(d, True, 1) for d in dispensers])
        ticks = 0
        while not stop.is_set():
            await asyncio.sleep(TICK_S)
            ticks += 1
            if ticks % 20 == 0:
                prices = await self.prices()
                await self.confirm(prices)
            changed = []
            for nozzle in self.nozzles:
                moved, completed = nozzle.step(prices)
                if completed:
                    await self.record(nozzle)
                if moved or ticks % 20 == 0:  # every nozzle every 10 s as a heartbeat
                    changed.append(nozzle)
            if changed:
                await apply_states(self.redis, self.station.station_id, [n.live() for n in changed])


def start(redis_url: str, database_url: str, station: DemoStation) -> threading.Event:
    """Run the demo dispensers in a thread of their own; set the returned event to stop them."""
    stop = threading.Event()

    async def main() -> None:
        redis, database = Redis.from_url(redis_url), Database(database_url, pool_size=2)
        try:
            await DemoForecourt(station, redis, database).run(stop)
        finally:
            await redis.aclose()
            await database.dispose()

    def thread() -> None:
        try:
            asyncio.run(main())
        except Exception:
            log.exception("demo_forecourt_source_failed")

    threading.Thread(target=thread, name="demo-forecourt", daemon=True).start()
    return stop
