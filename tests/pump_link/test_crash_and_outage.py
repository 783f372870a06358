"""pump_link as the station runs it (its own process, reading pseudo-terminals): killed with SIGKILL in the
middle of sales and restarted, or cut off from the platform for a long stretch of sales: the platform's
fuelings still equal the dispensers' sales exactly."""

from __future__ import annotations

import asyncio
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from api.core.db import Database
from pump_link.service.station import PortConfig
from pump_link.simulator.forecourt import SalesPlan, SimulatedLine
from pump_link.simulator.station import simulated_station
from tests.fixtures.pumps import Forecourt
from tests.pump_link.station import layout, made, recorded, settled, stop_selling, until
from tests.support.live_server import LiveServer, free_port
from tests.support.proxy import Proxy

FORECOURT_CLI = str(Path(sys.executable).parent / "forecourt")


def write_config(path: Path, platform: str, token: str, outbox: Path, ports: list[PortConfig]) -> None:
    lines = [f'platform = "{platform}"', f'device_token = "{token}"', f'outbox = "{outbox}"', ""]
    for port in ports:
        lines += ["[[ports]]", f'url = "{port.url}"', f'parity = "{port.parity}"', ""]
        for address, mapping in port.dispensers.items():
            nozzles = ", ".join(f'"{k}" = {v}' for k, v in mapping.nozzles.items())
            lines += ["  [[ports.dispensers]]", f"  address = {address}", f"  number = {mapping.number}",
                      f"  nozzles = {{ {nozzles} }}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


@dataclass
class Station:
    lines: list[SimulatedLine]
    config: Path
    outbox: Path
    proxy: Proxy
    process: subprocess.Popen[bytes] | None = None

    def start_link(self) -> None:
        self.process = subprocess.Popen([FORECOURT_CLI, "pump-link", "run", "--config", str(self.config)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill_link(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def waiting(self) -> int:
        """Reports in the local outbox, not yet acknowledged by the platform."""
        if not self.outbox.exists():
            return 0
        with sqlite3.connect(self.outbox) as db:
            return int(db.execute("SELECT count(*) FROM outbox").fetchone()[0])


@pytest.fixture
async def station(live_server: LiveServer, forecourt: Forecourt, database: Database,
                  tmp_path: Path) -> AsyncIterator[Station]:
    specs = await layout(database, forecourt.org.stations[0].id)

    def quick(sim: object) -> None:
        sim.flow_ml_per_tick, sim.resend_ticks = 1_500, 4  # type: ignore[attr-defined]

    lines, ports = simulated_station(specs, tick_s=0.05, configure=quick, rng=random.Random(3),
                                     plan=SalesPlan(rate=0.15, card_share=0.25, volumes_ml=(3_000, 9_000),
                                                    rng=random.Random(4)))
    proxy = Proxy(free_port(), live_server.port)
    config, outbox = tmp_path / "station.toml", tmp_path / "outbox.sqlite"
    write_config(config, f"http://127.0.0.1:{proxy.port}", forecourt.device_token, outbox, ports)
    running = Station(lines, config, outbox, proxy)
    for line in lines:
        line.start()
    try:
        yield running
    finally:
        if running.process is not None and running.process.poll() is None:
            running.process.terminate()
            running.process.wait(timeout=10)
        for line in lines:
            line.stop()
        await proxy.stop()


async def finish(station: Station, database: Database, forecourt: Forecourt) -> None:
    stop_selling(station.lines)
    await until(lambda: settled(station.lines) and station.waiting() == 0, 60, "every sale delivered")
    sales = made(station.lines)
    assert await recorded(database, forecourt.org.stations[0].id) == sales  # none lost, none doubled
    assert len(sales) >= 10


async def test_pump_link_killed_mid_sales_and_restarted(station: Station, database: Database,
                                                         forecourt: Forecourt) -> None:
    await station.proxy.start()
    station.start_link()
    await until(lambda: len(made(station.lines)) >= 4, 30, "the first sales")
    await until(lambda: any(n.phase == "fueling" for line in station.lines for sim in line.dispensers
                            for n in sim.nozzles.values()), 10, "a sale in progress")
    station.kill_link()
    count = len(made(station.lines))
    await until(lambda: len(made(station.lines)) >= count + 3, 30, "sales while pump_link is dead")
    assert any(sim.unconfirmed for line in station.lines for sim in line.dispensers)  # waiting to be re-sent
    station.start_link()
    await until(lambda: len(made(station.lines)) >= count + 8, 30, "sales after the restart")
    await finish(station, database, forecourt)


async def test_the_platform_unreachable_for_a_long_stretch_of_sales(station: Station, database: Database,
                                                                    forecourt: Forecourt) -> None:
    station.start_link()  # the proxy is not listening: the platform is unreachable
    await until(lambda: len(made(station.lines)) >= 12, 60, "a dozen sales while offline")
    await asyncio.sleep(0.5)
    assert station.waiting() >= 10  # kept locally, confirmed to the dispensers
    assert await recorded(database, forecourt.org.stations[0].id) == []
    await station.proxy.start()  # the platform is back
    await finish(station, database, forecourt)

