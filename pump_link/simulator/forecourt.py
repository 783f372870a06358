"""Simulated dispensers at work: each line runs in its own thread, ticking its dispensers and answering the
PC at once (a poll answered by the PC is followed by the live records without waiting for the next tick).
`SalesPlan` starts realistic sales on idle nozzles: a share of them card sales, now and then a staff
logon or logoff record. Anything that changes a dispenser from another thread goes through `call()` so
that it runs between ticks."""

from __future__ import annotations

import queue
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from pump_link.simulator.dispenser import Card, SimulatedDispenser, SimulatedNozzle
from pump_link.simulator.line import Line

Clock = Callable[[], datetime]


@dataclass
class SalesPlan:
    """Random sales: per tick, an idle nozzle starts one with probability `rate`."""

    rate: float = 0.02
    card_share: float = 0.2
    staff_record_rate: float = 0.001
    volumes_ml: tuple[int, int] = (5_000, 60_000)
    rng: random.Random = field(default_factory=random.Random)

    def __call__(self, dispenser: SimulatedDispenser, now: datetime) -> None:
        for nozzle in dispenser.nozzles.values():
            if nozzle.phase == "idle" and self.rng.random() < self.rate:
                card = None
                if self.rng.random() < self.card_share:
                    card = Card(f"1000011130{self.rng.randrange(10**10):010d}", self.rng.randrange(50_000, 500_000))
                dispenser.start_sale(nozzle.number, self.rng.randint(*self.volumes_ml) // 10 * 10, card)
        if self.rng.random() < self.staff_record_rate:
            dispenser.staff_record(now, logon=self.rng.random() < 0.5)


class SimulatedLine:
    """One line with its dispensers, run by a thread until `stop()`."""

    def __init__(self, line: Line, dispensers: list[SimulatedDispenser], *, tick_s: float = 0.5,
                 plan: Callable[[SimulatedDispenser, datetime], None] | None = None,
                 clock: Clock = datetime.now) -> None:
        self.line, self.dispensers, self.tick_s, self.plan, self.clock = line, dispensers, tick_s, plan, clock
        self._calls: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._running = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"line {line.path}", daemon=True)
        self.on_write: Callable[[bytes, float], None] | None = None  # (frame, monotonic time after writing)

    @property
    def path(self) -> str:
        return self.line.path

    def start(self) -> SimulatedLine:
        self._running.set()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._running.clear()
        self._thread.join(timeout=5)
        self.line.close()

    def call(self, fn: Callable[[], None]) -> None:
        """Run `fn` in the line's thread before its next tick."""
        self._calls.put(fn)

    def _write(self, frames: list[bytes]) -> None:
        for frame in frames:
            self.line.write(frame)
            if self.on_write is not None:
                self.on_write(frame, time.monotonic())

    def _run(self) -> None:
        deadline = time.monotonic()
        while self._running.is_set():
            while not self._calls.empty():
                self._calls.get()()
            now = self.clock()
            for dispenser in self.dispensers:
                if self.plan is not None and dispenser.off_ticks == 0:
                    self.plan(dispenser, now)
                self._write(dispenser.tick(now))
            deadline += self.tick_s
            while (left := deadline - time.monotonic()) > 0 and self._running.is_set():
                replies = self.line.read_available(timeout_s=min(left, 0.05))
                if replies:
                    now = self.clock()
                    for dispenser in self.dispensers:
                        self._write(dispenser.receive(replies, now))
            if deadline < time.monotonic() - 10 * self.tick_s:
                deadline = time.monotonic()  # fell far behind (a paused process): do not burst


def dispensers_for(count: int, nozzles: int, *, first_address: int = 1, grades: tuple[tuple[str, int], ...] = (
        ("1402", 730), ("1405", 781)), rng: random.Random | None = None, **options: object) -> list[SimulatedDispenser]:
    """`count` dispensers with `nozzles` nozzles each (dispenser nozzle numbers 1..nozzles), grades in turn."""
    rng = rng or random.Random()
    out = []
    for i in range(count):
        address = first_address + i
        out.append(SimulatedDispenser(address=address, nozzles={
            n: SimulatedNozzle(n, *grades[(n - 1) % len(grades)], totalizer_ml=rng.randrange(10**8, 10**10, 10))
            for n in range(1, nozzles + 1)}, **options))  # type: ignore[arg-type]
    return out
