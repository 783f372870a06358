"""The simulator: sales, card sales, staff records, faults, and its lines (pseudo-terminal, TCP) read through
pyserial like a real port."""

from __future__ import annotations

import random
import time

import serial

from pump_link.protocol.events import FuelingCompleted, NozzleState, NozzleStateChanged
from pump_link.protocol.kajilian.session import KajilianSession
from pump_link.simulator.dispenser import Card, Faults
from pump_link.simulator.forecourt import SalesPlan, SimulatedLine, dispensers_for
from pump_link.simulator.line import Line, PtyLine, TcpLine
from tests.pump_link.exchange import MORNING, dispenser, exchange


def test_a_card_sale_shows_the_card_then_uploads_it_with_the_new_balance() -> None:
    session, sim = KajilianSession(), dispenser(1)
    sim.start_sale(1, 10_000, Card("10000111300005413189", 50_000))
    events = exchange(session, [sim], 8)
    states = [e.state for e in events if isinstance(e, NozzleStateChanged)]
    assert states[:3] == [NozzleState.CARD_INSERTED, NozzleState.CALLING, NozzleState.FUELING]
    [sale] = [e for e in events if isinstance(e, FuelingCompleted)]
    assert (sale.card_no, sale.amount_fen) == ("10000111300005413189", 7_300)
    assert sim.ledger[0].card_no == "10000111300005413189"


def test_staff_records_are_confirmed_at_once_and_are_not_sales() -> None:
    session, sim = KajilianSession(), dispenser(1)
    sim.staff_record(MORNING, logon=True)
    sim.staff_record(MORNING, logon=False)
    assert not [e for e in exchange(session, [sim], 2) if isinstance(e, FuelingCompleted)]
    assert not sim.unconfirmed and sim.ttc == 40_002 and not sim.ledger


def test_with_every_fault_on_the_line_each_sale_still_arrives() -> None:
    faults = Faults(bad_crc=0.15, truncate=0.1, noise=0.2, duplicate_upload=True)
    sims = [dispenser(a, faults=faults, rng=random.Random(a)) for a in (1, 2)]
    session = KajilianSession()
    plan = SalesPlan(rate=0.3, rng=random.Random(7))
    events = []
    for _ in range(60):
        for sim in sims:
            plan(sim, MORNING)
        events += exchange(session, sims, 1)
    for sim in sims:
        for nozzle in sim.nozzles.values():
            nozzle.phase = "idle"  # nobody starts a new sale; the last uploads go through
    events += exchange(session, sims, 40)
    received = {(e.dispenser, e.ttc): e for e in events if isinstance(e, FuelingCompleted)}
    made = {(sim.address, sale.ttc): sale for sim in sims for sale in sim.ledger}
    assert received.keys() == made.keys() and len(made) > 10
    assert all(received[k].volume_ml == made[k].volume_ml for k in made)
    assert session.decoder.errors > 0  # the damage was real


def test_power_loss_mid_sale_keeps_the_partial_sale_and_uploads_it_when_power_returns() -> None:
    session, sim = KajilianSession(), dispenser(1)
    sim.start_sale(1, 50_000)
    exchange(session, [sim], 4)  # card-less: 2 ticks lifted, then 2 ticks of flow
    sim.power_loss(3, MORNING)
    assert exchange(session, [sim], 3) == []  # nothing on the line
    [sale] = [e for e in exchange(session, [sim], 2) if isinstance(e, FuelingCompleted)]
    assert sale.volume_ml == 10_000 == sim.ledger[0].volume_ml


def test_the_totalizer_rolls_over_and_the_double_billing_fault_breaks_the_chain() -> None:
    sim = dispenser(1, totalizer_modulus_ml=1_005_000)
    sim.start_sale(1, 10_000)
    for _ in range(6):
        sim.tick(MORNING)
    assert sim.ledger[0].totalizer_ml == 5_000  # 1,000,000 + 10,000 wrapped at 1,005,000
    billing = dispenser(1, faults=Faults(double_billing=True))
    for volume in (10_000, 20_000):
        billing.start_sale(1, volume)
        for _ in range(8):
            billing.tick(MORNING)
    first, second = billing.ledger
    assert second.totalizer_ml - first.totalizer_ml == second.volume_ml + first.volume_ml  # what the platform flags


def _read_sales(line: Line, url: str, ticks: float) -> tuple[list[FuelingCompleted], SimulatedLine]:
    sims = dispensers_for(2, 2, flow_ml_per_tick=5_000, resend_ticks=2)
    running = SimulatedLine(line, sims, tick_s=0.02).start()
    port = serial.serial_for_url(url, baudrate=9600, timeout=0.02)
    session = KajilianSession()
    sales: list[FuelingCompleted] = []
    try:
        running.call(lambda: [sim.start_sale(n, 12_000) for sim in sims for n in (1, 2)] and None)
        deadline = time.monotonic() + ticks
        while time.monotonic() < deadline and not (len(sales) == 4 and not any(s.unconfirmed for s in sims)):
            for event in session.receive(port.read(8192)):
                if isinstance(event, FuelingCompleted):
                    sales.append(event)
                    port.write(session.confirm_bytes(event))
            port.write(b"".join(session.outgoing))
            session.outgoing.clear()
    finally:
        port.close()
        running.stop()
    assert sorted((s.dispenser, s.ttc) for s in sales) == sorted(
        (sim.address, sale.ttc) for sim in sims for sale in sim.ledger)
    return sales, running


def test_a_pseudo_terminal_line_read_with_pyserial() -> None:
    line = PtyLine()
    sales, running = _read_sales(line, line.path, 10)
    assert len(sales) == 4 and not any(sim.unconfirmed for sim in running.dispensers)


def test_a_tcp_line_read_with_pyserial_socket_url() -> None:
    line = TcpLine()
    sales, running = _read_sales(line, line.path, 10)
    assert line.path.startswith("socket://127.0.0.1:") and len(sales) == 4
    assert not any(sim.unconfirmed for sim in running.dispensers)


def test_a_paced_line_takes_the_time_of_its_baud_rate() -> None:
    line = PtyLine(baud=9600)
    started = time.monotonic()
    line.write(b"\x00" * 96)  # 96 bytes x 11 bits at 9600 baud = 110 ms
    assert time.monotonic() - started >= 0.1
    line.close()
