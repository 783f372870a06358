"""Simulated dispensers over a real pseudo-terminal, read through pyserial: every sale arrives exactly once."""

from __future__ import annotations

from datetime import datetime

import serial

from pump_link.protocol.events import FuelingCompleted
from pump_link.protocol.kajilian.session import KajilianSession
from pump_link.simulator.dispenser import SimulatedDispenser, SimulatedNozzle
from pump_link.simulator.pty_link import PtyLine


def dispenser(address: int, **faults: bool) -> SimulatedDispenser:
    return SimulatedDispenser(address=address, flow_ml_per_tick=5_000, resend_ticks=2, nozzles={
        1: SimulatedNozzle(1, "1402", 730, 1_000_000), 2: SimulatedNozzle(2, "1405", 781, 2_000_000)}, **faults)


def exchange(line: PtyLine, port: serial.Serial, sims: list[SimulatedDispenser], session: KajilianSession,
             *, confirm: bool, ticks: int) -> list[FuelingCompleted]:
    sales: list[FuelingCompleted] = []
    for _ in range(ticks):
        replies = line.read_available()
        for sim in sims:
            if replies:
                sim.receive(replies)
            for frame in sim.tick(datetime(2026, 11, 22, 8, 0, 0)):
                line.write(frame)
        for event in session.receive(port.read(8192)):
            if isinstance(event, FuelingCompleted):
                sales.append(event)
                if confirm:
                    port.write(session.confirm_bytes(event))
    return sales


def test_sales_arrive_once_confirmed_and_match_the_dispensers_ledgers() -> None:
    line = PtyLine()
    port = serial.Serial(line.path, baudrate=9600, timeout=0.02)
    try:
        sims = [dispenser(1), dispenser(2, duplicate_upload=True)]
        session = KajilianSession()
        for sim in sims:
            sim.start_sale(1, 20_550)
            sim.start_sale(2, 30_000)
        # the station does not confirm at first (e.g. the platform is unreachable): dispensers re-send
        unconfirmed = exchange(line, port, sims, session, confirm=False, ticks=12)
        assert len({(s.dispenser, s.ttc) for s in unconfirmed}) == 4 < len(unconfirmed)
        received = exchange(line, port, sims, session, confirm=True, ticks=12)
        assert not any(sim.unconfirmed for sim in sims)  # every sale confirmed: re-sending stopped
        unique = {(s.dispenser, s.ttc): s for s in unconfirmed + received}
        ledger = {(sim.address, sale.ttc): sale for sim in sims for sale in sim.ledger}
        assert unique.keys() == ledger.keys()
        for key, sale in unique.items():
            assert (sale.volume_ml, sale.amount_fen, sale.totalizer_ml) == (
                ledger[key].volume_ml, ledger[key].amount_fen, ledger[key].totalizer_ml)
    finally:
        port.close()
        line.close()


def test_the_double_billing_fault_breaks_the_totalizer_chain() -> None:
    sim = dispenser(1, double_billing=True)
    for volume in (10_000, 20_000):
        sim.start_sale(1, volume)
        for _ in range(6):
            sim.tick(datetime(2026, 11, 22, 8, 0, 0))
    first, second = sim.ledger
    assert second.totalizer_ml - first.totalizer_ml == second.volume_ml + first.volume_ml  # what the platform flags
