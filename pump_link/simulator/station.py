"""A whole station of simulated dispensers, laid out like the platform's configuration: each dispenser
(address = its number) carries its nozzles as NZN 1, 2... mapped to the station's nozzle numbers, and the
dispensers are spread over lines (hub ports) `per_line` at a time. Gives the running lines and the port
configuration a station service needs to read them. `clock` is the dispensers' wall clock (set to the
station's local time, as the PC's 30H answers set a real dispenser's)."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pump_link.service.station import DispenserMap, PortConfig
from pump_link.simulator.dispenser import SimulatedDispenser, SimulatedNozzle
from pump_link.simulator.forecourt import Clock, SimulatedLine
from pump_link.simulator.line import Line, PtyLine


@dataclass(frozen=True)
class NozzleSpec:
    number: int  # on the station
    dispenser: int  # the dispenser's number on the station, also its address on the line
    grade_code: str
    price_fen: int


def simulated_station(nozzles: list[NozzleSpec], *, per_line: int = 2, tick_s: float = 0.5,
                      plan: Callable[[SimulatedDispenser, datetime], None] | None = None,
                      line: Callable[[], Line] = PtyLine, rng: random.Random | None = None,
                      configure: Callable[[SimulatedDispenser], None] | None = None,
                      clock: Clock = datetime.now) -> tuple[list[SimulatedLine], list[PortConfig]]:
    rng = rng or random.Random()
    by_dispenser: dict[int, list[NozzleSpec]] = defaultdict(list)
    for spec in sorted(nozzles, key=lambda s: s.number):
        by_dispenser[spec.dispenser].append(spec)
    numbers = sorted(by_dispenser)
    lines, ports = [], []
    for start in range(0, len(numbers), per_line):
        sims, mapping = [], {}
        for number in numbers[start:start + per_line]:
            sim = SimulatedDispenser(address=number, nozzles={
                nzn: SimulatedNozzle(nzn, spec.grade_code, spec.price_fen, rng.randrange(10**8, 10**10, 10))
                for nzn, spec in enumerate(by_dispenser[number], start=1)})
            if configure is not None:
                configure(sim)
            sims.append(sim)
            mapping[number] = DispenserMap(number, {nzn: spec.number
                                                    for nzn, spec in enumerate(by_dispenser[number], start=1)})
        simulated = SimulatedLine(line(), sims, tick_s=tick_s, plan=plan, clock=clock)
        lines.append(simulated)
        ports.append(PortConfig(url=simulated.path, dispensers=mapping, parity="N"))  # a pty has no parity
    return lines, ports
