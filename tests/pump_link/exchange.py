"""Dispensers and a PC session talking in memory, tick by tick (no I/O): what each test drives."""

from __future__ import annotations

from datetime import datetime

from pump_link.protocol.events import Event, FuelingCompleted
from pump_link.protocol.kajilian.session import KajilianSession
from pump_link.simulator.dispenser import SimulatedDispenser, SimulatedNozzle

MORNING = datetime(2026, 11, 22, 8, 0, 0)


def dispenser(address: int = 1, **options: object) -> SimulatedDispenser:
    settings: dict[str, object] = {"flow_ml_per_tick": 5_000, "resend_ticks": 2, **options}
    return SimulatedDispenser(address=address, nozzles={  # type: ignore[arg-type]
        1: SimulatedNozzle(1, "1402", 730, 1_000_000), 2: SimulatedNozzle(2, "1405", 781, 2_000_000)}, **settings)


def exchange(session: KajilianSession, sims: list[SimulatedDispenser], ticks: int, *, now: datetime = MORNING,
             confirm: bool = True, start_s: float = 0.0, tick_s: float = 0.5) -> list[Event]:
    """`ticks` rounds: every dispenser ticks, the session answers, the dispensers answer back, until quiet."""
    events: list[Event] = []
    for i in range(ticks):
        moment = start_s + i * tick_s
        wire = b"".join(frame for sim in sims for frame in sim.tick(now))
        while wire:
            new = session.receive(wire, moment)
            events += new
            replies = list(session.outgoing)
            session.outgoing.clear()
            if confirm:
                replies += [session.confirm_bytes(e) for e in new if isinstance(e, FuelingCompleted)]
            back = b"".join(replies)
            wire = b"".join(answer for sim in sims for answer in sim.receive(back, now)) if back else b""
    return events
