"""A built-in stand-in for the dispensers of the demo station: realistic sales on its 8 nozzles.

Each nozzle idles, is lifted, pumps at 0.4-0.7 L/s for a driver's usual amount, hangs up, shows the
completed sale for a while and idles again. States go through the same store and fan-out as a device's
reports. The dispenser link (pump_link with simulated dispensers) replaces this.
"""

from __future__ import annotations

import asyncio
import random
import threading
import uuid
from dataclasses import dataclass, field

import structlog
from redis.asyncio import Redis

from api.core.clock import utcnow
from api.core.money import amount_for_volume
from api.pumps.live import LiveState, NozzleState, apply_states

log = structlog.get_logger(__name__)
TICK_S = 0.5


@dataclass
class SimulatedNozzle:
    number: int
    price_fen: int
    state: NozzleState = NozzleState.IDLE
    volume_ml: int = 0
    target_ml: int = 0
    flow_ml_per_tick: int = 0
    wait_ticks: int = field(default_factory=lambda: random.randint(2, 40))  # noqa: S311  (a demo, not crypto)
    sequence: int = 0

    def step(self) -> bool:
        """Advance one tick; True when the reported state changed."""
        if self.state is NozzleState.FUELING:
            self.volume_ml = min(self.target_ml, self.volume_ml + self.flow_ml_per_tick)
            if self.volume_ml >= self.target_ml:
                self.state, self.wait_ticks = NozzleState.COMPLETED, random.randint(10, 30)  # noqa: S311
            return True
        self.wait_ticks -= 1
        if self.wait_ticks > 0:
            return False
        if self.state is NozzleState.IDLE:
            self.state, self.wait_ticks, self.volume_ml = NozzleState.CALLING, random.randint(2, 6), 0  # noqa: S311
        elif self.state is NozzleState.CALLING:
            self.state = NozzleState.FUELING
            self.target_ml = random.choice([20_000, 27_400, 30_000, 41_100, 45_000, 55_000])  # noqa: S311
            self.flow_ml_per_tick = random.randint(200, 350)  # noqa: S311
        else:
            self.state, self.wait_ticks, self.volume_ml = NozzleState.IDLE, random.randint(10, 60), 0  # noqa: S311
        return True

    def live(self) -> LiveState:
        self.sequence += 1
        return LiveState(self.number, self.state, amount_for_volume(self.volume_ml, self.price_fen), self.volume_ml,
                         self.price_fen, self.sequence, utcnow(), utcnow())


async def run(redis_url: str, station_id: uuid.UUID, prices: dict[int, int], stop: threading.Event) -> None:
    nozzles = [SimulatedNozzle(number, price) for number, price in sorted(prices.items())]
    redis = Redis.from_url(redis_url)
    try:
        await apply_states(redis, station_id, [n.live() for n in nozzles])
        ticks = 0
        while not stop.is_set():
            await asyncio.sleep(TICK_S)
            ticks += 1
            changed = [n for n in nozzles if n.step()]
            if ticks % 20 == 0:
                changed = nozzles  # a heartbeat: every nozzle every 10 s
            if changed:
                await apply_states(redis, station_id, [n.live() for n in changed])
    finally:
        await redis.aclose()


def start(redis_url: str, station_id: uuid.UUID, prices: dict[int, int]) -> threading.Event:
    """Run the source in a thread of its own; set the returned event to stop it."""
    stop = threading.Event()

    def main() -> None:
        try:
            asyncio.run(run(redis_url, station_id, prices, stop))
        except Exception:
            log.exception("demo_forecourt_source_failed")

    threading.Thread(target=main, name="demo-forecourt", daemon=True).start()
    return stop
