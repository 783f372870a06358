"""Dispenser to POS latency: 16 simulated dispensers × 2 nozzles on 8 pseudo-terminals paced at 9600 baud
(2 dispensers per line, as on a hub port), read by `forecourt pump-link run` in its own process, reporting
to one API process (`forecourt serve`); a POS client subscribed to `nozzleStatusChanged` over
graphql-transport-ws.

Measured: the time from the last byte of a 31H frame leaving the simulated dispenser to the client
receiving the event carrying that amount (p50/p99), and the frame's own wire time beside it (the share of
the end-to-end time, first byte to screen, that the serial line takes). Then the decode throughput of the
protocol package. Everything runs on this machine on loopback; the simulator and the client share this
process, so the figures include their own scheduling.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import websockets

from api.core.clock import utcnow
from api.core.db import Database
from api.core.embedded import EmbeddedPostgres, EmbeddedRedis
from api.core.ids import to_global_id
from api.core.migrate import upgrade
from api.identity.models import Device
from api.identity.provisioning import UserSpec, create_company, create_user, token_for
from api.identity.tokens import DEVICE_PREFIX, OpaqueToken, secret_hash
from api.pricing.models import StationPrice
from api.pumps.models import Dispenser, DispenserProtocol, FuelGrade, GradeKind, Nozzle
from api.stations.models import Station
from bench import pump_link_decode
from bench.support import free_port, machine
from pump_link.protocol.kajilian.framing import FrameDecoder
from pump_link.protocol.kajilian.messages import LIVE, NozzleActive, parse_live
from pump_link.service.station import PortConfig
from pump_link.simulator.dispenser import SimulatedDispenser
from pump_link.simulator.forecourt import SalesPlan
from pump_link.simulator.line import BITS_PER_BYTE, PtyLine
from pump_link.simulator.station import NozzleSpec, simulated_station

DISPENSERS, NOZZLES, PER_LINE, BAUD = 16, 2, 2, 9600
SECONDS = 30.0
SUBSCRIBE = """subscription($s: ID!) { nozzleStatusChanged(stationId: $s) { nozzle { number } state
  amount { fen } } }"""
SECRET = "bench-secret-0123456789-0123456789-abcdef"
BIN = Path(sys.executable).parent


def seed(url: str) -> tuple[str, str, str, list[NozzleSpec]]:
    database = Database(url, pool_size=1)
    specs = []
    with database.sync_transaction() as session:
        company = create_company(session, "BENCH", "压测石油")
        grade = FuelGrade(company_id=company.id, code="1402", name="92#", kind=GradeKind.GASOLINE)
        station = Station(company_id=company.id, code="L001", name="时延站")
        session.add_all([grade, station])
        session.flush()
        session.add(StationPrice(company_id=company.id, station_id=station.id, grade_id=grade.id, price_fen=730,
                                 effective_at=utcnow()))
        for d in range(1, DISPENSERS + 1):
            dispenser = Dispenser(company_id=company.id, station_id=station.id, number=d, name=f"{d}号",
                                  hub_port=(d + 1) // 2, protocol=DispenserProtocol.KAJILIAN, address=d)
            session.add(dispenser)
            session.flush()
            for n in range(1, NOZZLES + 1):
                number = (d - 1) * NOZZLES + n
                session.add(Nozzle(company_id=company.id, station_id=station.id, dispenser_id=dispenser.id,
                                   number=number, grade_id=grade.id))
                specs.append(NozzleSpec(number, d, "1402", 730))
        token = OpaqueToken.new(DEVICE_PREFIX)
        session.add(Device(company_id=company.id, station_id=station.id, name="box", prefix=token.public_id,
                           secret_hash=secret_hash(token.secret)))
        create_user(session, UserSpec(username="bench-pos", password="Bench2026x", role="cashier", company="BENCH"))
        session.flush()
        staff = token_for(session, "bench-pos", secret=SECRET, minutes=60, days=1)
        station_id = to_global_id("Station", station.id)
    database.sync_engine.dispose()
    return staff, str(token), station_id, specs


class Stamps:
    """When the last byte of each 31H amount left a dispenser: (station nozzle, amount) -> (time, wire s)."""

    def __init__(self, numbers: dict[tuple[int, int], int]) -> None:
        self.numbers, self.lock = numbers, threading.Lock()
        self.sent: dict[tuple[int, int], tuple[float, float]] = {}

    def __call__(self, wire: bytes, _monotonic: float) -> None:
        now = time.time()
        for frame in FrameDecoder().feed(wire):
            if getattr(frame, "command", None) != LIVE:
                continue
            for record in parse_live(frame.data).records:  # type: ignore[union-attr]
                if isinstance(record, NozzleActive) and record.amount_fen:
                    key = (self.numbers[(frame.src, record.nozzle)], record.amount_fen)  # type: ignore[union-attr]
                    with self.lock:
                        self.sent.setdefault(key, (now, len(wire) * BITS_PER_BYTE / BAUD))


def write_config(path: Path, platform: str, token: str, outbox: Path, ports: list[PortConfig]) -> None:
    out = [f'platform = "{platform}"', f'device_token = "{token}"', f'outbox = "{outbox}"', ""]
    for port in ports:
        out += ["[[ports]]", f'url = "{port.url}"', 'parity = "N"', f"baud = {BAUD}", ""]
        for address, mapping in port.dispensers.items():
            nozzles = ", ".join(f'"{k}" = {v}' for k, v in mapping.nozzles.items())
            out += ["  [[ports.dispensers]]", f"  address = {address}", f"  number = {mapping.number}",
                    f"  nozzles = {{ {nozzles} }}", ""]
    path.write_text("\n".join(out), encoding="utf-8")


async def subscribe(ws_url: str, token: str, station: str, stamps: Stamps, latencies: list[float],
                    wire: list[float], stop_at: list[float], ready: asyncio.Event, events: list[int]) -> None:
    async with websockets.connect(ws_url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
                                  compression=None, max_queue=None) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
        await ws.recv()
        await ws.send(json.dumps({"id": "1", "type": "subscribe",
                                  "payload": {"query": SUBSCRIBE, "variables": {"s": station}}}))
        ready.set()
        while time.time() < stop_at[0]:
            try:
                raw = await asyncio.wait_for(ws.recv(), 1)
            except TimeoutError:
                continue
            received = time.time()
            event = json.loads(raw)["payload"]["data"]["nozzleStatusChanged"]
            events[0] += 1
            with stamps.lock:
                sent = stamps.sent.pop((event["nozzle"]["number"], int(event["amount"]["fen"])), None)
            if sent is not None:
                latencies.append((received - sent[0]) * 1000)
                wire.append(sent[1] * 1000)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * share) - 1)]


async def main() -> None:
    print(f"pump_link_latency on {machine()}")
    root = Path(tempfile.mkdtemp(prefix="forecourt-latency-"))
    pg, redis = EmbeddedPostgres(root / "pg", cleanup_mode="delete"), EmbeddedRedis(root / "redis")
    db_url, redis_url = pg.start(), redis.start()
    upgrade(db_url)
    staff, device_token, station, specs = seed(db_url)
    port = free_port()
    env = {**os.environ, "FORECOURT_DATABASE_URL": db_url, "FORECOURT_REDIS_URL": redis_url,
           "FORECOURT_SECRET_KEY": SECRET, "FORECOURT_PORT": str(port), "FORECOURT_LOG_LEVEL": "WARNING"}
    server = subprocess.Popen([str(BIN / "forecourt"), "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def busy(sim: SimulatedDispenser) -> None:
        sim.flow_ml_per_tick = 333  # 40 L/min at 2 polls a second

    lines, ports = simulated_station(specs, per_line=PER_LINE, tick_s=0.5, configure=busy,
                                     line=lambda: PtyLine(baud=BAUD),
                                     plan=SalesPlan(rate=0.3, card_share=0.0, volumes_ml=(20_000, 60_000),
                                                    rng=random.Random(5)))
    numbers = {(address, nzn): number for p in ports for address, m in p.dispensers.items()
               for nzn, number in m.nozzles.items()}
    stamps = Stamps(numbers)
    config = root / "station.toml"
    write_config(config, f"http://127.0.0.1:{port}", device_token, root / "outbox.sqlite", ports)
    link = None
    try:
        for _ in range(300):
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.close()
                break
            except OSError:
                await asyncio.sleep(0.1)
        link = subprocess.Popen([str(BIN / "forecourt"), "pump-link", "run", "--config", str(config)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        for line in lines:
            line.on_write = stamps
            line.start()
        latencies: list[float] = []
        wire: list[float] = []
        stop_at = [time.time() + 3600]
        ready = asyncio.Event()
        events = [0]
        task = asyncio.create_task(subscribe(f"ws://127.0.0.1:{port}/graphql", staff, station, stamps, latencies,
                                             wire, stop_at, ready, events))
        await asyncio.wait_for(ready.wait(), 30)
        await asyncio.sleep(5)  # links up, prices downloaded, sales under way
        latencies.clear()
        wire.clear()
        stop_at[0] = time.time() + SECONDS
        await task
        print(f"events received {events[0]}, 31H readings sent {len(stamps.sent) + len(latencies)}")
        if not latencies:
            print("no events matched: is pump_link running?")
            return
        p50, p99 = statistics.median(latencies), percentile(latencies, 0.99)
        wire_ms = statistics.median(wire)
        print(f"{len(latencies)} live readings over {SECONDS:.0f} s from {DISPENSERS} dispensers x {NOZZLES} nozzles "
              f"on {len(lines)} lines at {BAUD} baud")
        print(f"last byte of 31H -> POS event: p50 {p50:.1f} ms   p99 {p99:.1f} ms")
        print(f"the 31H frame's own wire time: median {wire_ms:.1f} ms = {wire_ms / (wire_ms + p50):.0%} of the "
              f"end-to-end time at p50 (first byte on the line -> POS)")
        sales = sum(len(sim.ledger) for line in lines for sim in line.dispensers)
        print(f"sales completed meanwhile: {sales}")
    finally:
        for line in lines:
            line.stop()
        for process in (link, server):
            if process is None:
                continue
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        redis.stop()
        pg.stop()
    pump_link_decode.main()


if __name__ == "__main__":
    asyncio.run(main())
