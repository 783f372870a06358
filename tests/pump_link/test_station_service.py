"""End to end over pseudo-terminals: simulated dispensers -> pump_link (real serial code path) -> the API ->
a GraphQL subscriber. Faults on the line, duplicates, double billing, price changes, links."""

from __future__ import annotations

import asyncio
import functools
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.pricing.models import DeliveryStatus, PriceDelivery
from pump_link.service.outbox import Outbox
from pump_link.service.station import StationService
from pump_link.service.uplink import Uplink
from pump_link.simulator.dispenser import Faults, SimulatedDispenser
from pump_link.simulator.forecourt import SalesPlan, SimulatedLine
from pump_link.simulator.station import simulated_station
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.pump_link.station import anomalies, layout, made, recorded, settled, stop_selling, until
from tests.support.graphql import websocket_session
from tests.support.live_server import LiveServer

SUBSCRIBE = """subscription($s: ID!) { nozzleStatusChanged(stationId: $s) { nozzle { number } state
  amount { fen } volume { ml } unitPrice { fen } } }"""


@dataclass
class Running:
    lines: list[SimulatedLine]
    service: StationService
    outbox: Outbox


def faulty(sim: SimulatedDispenser) -> None:
    sim.flow_ml_per_tick, sim.resend_ticks, sim.download_after = 1_000, 3, 2
    sim.rng = random.Random(sim.address)
    sim.faults = Faults(bad_crc=0.03, truncate=0.03, noise=0.05, duplicate_upload=sim.address == 2,
                        double_billing=sim.address == 3, power_loss=0.01 if sim.address == 1 else 0.0,
                        link_drop=0.01 if sim.address == 4 else 0.0)


def calm(station: Running) -> None:
    """No more sales and no more faults."""
    stop_selling(station.lines)
    for line in station.lines:
        for sim in line.dispensers:
            line.call(functools.partial(setattr, sim, "faults", Faults()))


@pytest.fixture
async def station(live_server: LiveServer, forecourt: Forecourt, database: Database,
                  tmp_path: Path) -> AsyncIterator[Running]:
    specs = await layout(database, forecourt.org.stations[0].id)
    lines, ports = simulated_station(specs, tick_s=0.05, configure=faulty, rng=random.Random(1),
                                     plan=SalesPlan(rate=0.1, card_share=0.3, volumes_ml=(2_000, 6_000),
                                                    rng=random.Random(2)))
    outbox = Outbox(tmp_path / "outbox.sqlite")
    uplink = Uplink(live_server.url, forecourt.device_token)
    service = StationService(ports, uplink, outbox, retry_s=0.2, price_poll_s=0.2, link_timeout_s=0.5)
    stop = asyncio.Event()
    task = asyncio.create_task(service.run(stop))
    for line in lines:
        line.start()
    try:
        yield Running(lines, service, outbox)
    finally:
        stop.set()
        await task
        for line in lines:
            line.stop()
        outbox.close()
        await uplink.close()


async def test_with_faults_on_the_lines_the_platform_records_each_sale_once(
        station: Running, forecourt: Forecourt, database: Database, live_server: LiveServer,
        staff_client: StaffClientFactory) -> None:
    station_id = forecourt.org.stations[0].id
    cashier = await staff_client(permissions=[P.VIEW_FORECOURT], stations=[station_id])
    async with websocket_session(live_server.ws_url, token=cashier.token) as ws:
        await ws.subscribe(SUBSCRIBE, {"s": to_global_id("Station", station_id)})

        async def fueling_seen() -> dict[str, object]:
            while True:
                message = await ws.receive()
                status = message["payload"]["data"]["nozzleStatusChanged"]
                if status["state"] == "FUELING" and status["amount"]["fen"] > 0:
                    return status  # type: ignore[no-any-return]

        live = await asyncio.wait_for(fueling_seen(), 10)
        assert live["unitPrice"]["fen"] in (730, 781, 706)
    billing = station.lines[1].dispensers[0]
    assert billing.address == 3 and billing.faults.double_billing

    def repeat_on_a_nozzle() -> bool:  # the break shows on a nozzle's second sale
        nozzles = [sale.nozzle for sale in billing.ledger]
        return len(nozzles) > len(set(nozzles))

    await until(lambda: len(made(station.lines)) >= 12 and repeat_on_a_nozzle(), 60, "a dozen sales")
    stop_selling(station.lines)
    await until(lambda: settled(station.lines) and len(station.outbox) == 0, 30, "the last sales delivered")
    assert await recorded(database, station_id) == made(station.lines)  # none lost, none doubled
    flagged = await anomalies(database, station_id)
    assert flagged and set(flagged) == {("TOTALIZER_BREAK", 3)}  # the double-billing dispenser, and only it


async def test_a_price_change_reaches_the_dispensers_and_comes_back_confirmed(
        station: Running, forecourt: Forecourt, database: Database, staff_client: StaffClientFactory) -> None:
    calm(station)
    manager = await staff_client(permissions=[P.CHANGE_PRICES, P.VIEW_FORECOURT])
    grades = (await manager.execute("{ fuelGrades { id name } }")).data["fuelGrades"]
    grade = next(g["id"] for g in grades if g["name"] == "92#")
    created = await manager.execute(
        """mutation($input: PriceChangeCreateInput!) { priceChangeCreate(input: $input) { priceChange { id }
        errors { message } } }""", {"input": {
            "gradeId": grade, "priceFen": 745, "scope": "STATIONS", "reason": "调价",
            "stationIds": [to_global_id("Station", forecourt.org.stations[0].id)]}})
    assert created.data["priceChangeCreate"]["errors"] == []

    async def statuses() -> list[DeliveryStatus]:
        async with database.session() as session:
            return list((await session.scalars(select(PriceDelivery.status))).all())

    for _ in range(200):
        if (current := await statuses()) and all(s is DeliveryStatus.CONFIRMED for s in current):
            break
        await asyncio.sleep(0.1)
    assert len(current) == 4 and set(current) == {DeliveryStatus.CONFIRMED}  # the four 92# nozzles
    prices = {n.grade_code: n.price_fen for line in station.lines for sim in line.dispensers
              for n in sim.nozzles.values()}
    assert prices["1402"] == 745 and prices["1405"] == 781


async def test_a_silent_dispenser_is_reported_down_then_up(station: Running, forecourt: Forecourt,
                                                           staff_client: StaffClientFactory) -> None:
    calm(station)
    viewer = await staff_client(role_code="cashier", stations=[forecourt.org.stations[0].id])
    query = """query($s: ID!) { station(id: $s) { dispensers { number link { up } } } }"""
    variables = {"s": to_global_id("Station", forecourt.org.stations[0].id)}

    async def links() -> dict[int, bool]:
        rows = (await viewer.execute(query, variables)).data["station"]["dispensers"]
        return {d["number"]: d["link"]["up"] for d in rows}

    async def wait_links(wanted: dict[int, bool]) -> None:
        for _ in range(100):
            if await links() == wanted:
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"links {await links()} never became {wanted}")

    await wait_links({1: True, 2: True, 3: True, 4: True})
    third = station.lines[1].dispensers[0]
    station.lines[1].call(lambda: third.drop_link(60))  # 3 s of silence at 50 ms a tick
    await wait_links({1: True, 2: True, 3: False, 4: True})
    await wait_links({1: True, 2: True, 3: True, 4: True})
