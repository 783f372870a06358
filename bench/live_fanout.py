"""Live fan-out: 100 stations × 16 nozzles reporting 2 states/s each while fueling, 1,000 POS clients
subscribed to `nozzleStatusChanged` (10 per station), one API process.

Prints delivered events/s, the added latency from the platform receiving a report to a client receiving
the event (p50/p99, from the event's `updatedAt`), and the API process' CPU and memory. Devices report over
HTTP keep-alive connections; subscribers use graphql-transport-ws. Everything runs on loopback; the load
generator shares the machine with the server, so on 2 cores the figures are a floor.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import psutil
import websockets

from api.core.db import Database
from api.core.embedded import EmbeddedPostgres, EmbeddedRedis
from api.core.migrate import upgrade
from api.identity.models import Device
from api.identity.provisioning import UserSpec, create_company, create_user, token_for
from api.identity.tokens import DEVICE_PREFIX, OpaqueToken, secret_hash
from api.pumps.models import Dispenser, DispenserProtocol, FuelGrade, GradeKind, Nozzle
from api.stations.models import Station
from bench.support import RawConnection, free_port, graphql_request, machine

STATIONS, NOZZLES, SUBSCRIBERS_PER_STATION = 100, 16, 10
SECONDS = 15.0
REPORTS_PER_S = float(os.environ.get("FANOUT_REPORTS_PER_S", "2"))  # per nozzle; 0.2 shows latency below capacity
SUBSCRIBE = """subscription($s: ID!) { nozzleStatusChanged(stationId: $s) {
  nozzle { number grade { name } } state amount { fen } volume { ml } unitPrice { fen } version updatedAt } }"""
REPORT = """mutation($states: [NozzleStateInput!]!) { nozzleStatesReport(input: {states: $states}) { accepted } }"""


def seed(url: str, secret: str) -> tuple[str, list[tuple[str, str]]]:
    from api.core.ids import to_global_id

    database = Database(url, pool_size=1)
    devices = []
    with database.sync_transaction() as session:
        company = create_company(session, "BENCH", "压测石油")
        grade = FuelGrade(company_id=company.id, code="1402", name="92#", kind=GradeKind.GASOLINE)
        session.add(grade)
        session.flush()
        for i in range(STATIONS):
            station = Station(company_id=company.id, code=f"B{i:03d}", name=f"压测站{i}")
            session.add(station)
            session.flush()
            dispenser = Dispenser(company_id=company.id, station_id=station.id, number=1, name="1号",
                                  hub_port=1, protocol=DispenserProtocol.KAJILIAN)
            session.add(dispenser)
            session.flush()
            session.add_all([Nozzle(company_id=company.id, station_id=station.id, dispenser_id=dispenser.id,
                                    number=n, grade_id=grade.id) for n in range(1, NOZZLES + 1)])
            token = OpaqueToken.new(DEVICE_PREFIX)
            session.add(Device(company_id=company.id, station_id=station.id, name=f"d{i}", prefix=token.public_id,
                               secret_hash=secret_hash(token.secret)))
            devices.append((to_global_id("Station", station.id), str(token)))
        create_user(session, UserSpec(username="bench-pos", password="Bench2026x", role="cashier", company="BENCH"))
        session.flush()
        staff_token = token_for(session, "bench-pos", secret=secret, minutes=60, days=1)
    database.sync_engine.dispose()
    return staff_token, devices


async def subscriber(ws_url: str, token: str, station: str, latencies: list[float], counts: list[int],
                     ready: asyncio.Event, stop_at: list[float]) -> None:
    async with websockets.connect(ws_url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
                                  max_queue=None) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
        await ws.recv()
        await ws.send(json.dumps({"id": "1", "type": "subscribe",
                                  "payload": {"query": SUBSCRIBE, "variables": {"s": station}}}))
        for _ in range(NOZZLES):
            await ws.recv()  # the snapshot
        ready.set()
        while time.time() < stop_at[0]:
            try:
                raw = await asyncio.wait_for(ws.recv(), 1)
            except TimeoutError:
                continue
            received = time.time()
            event = json.loads(raw)["payload"]["data"]["nozzleStatusChanged"]
            latencies.append((received - datetime.fromisoformat(event["updatedAt"]).timestamp()) * 1000)
            counts[0] += 1


async def device(url: str, station: str, token: str, stop_at: list[float]) -> None:
    connection = await RawConnection.open(url)
    sequence, period = 0, 1 / REPORTS_PER_S
    while time.time() < stop_at[0]:
        sequence += 1
        states = [{"nozzleNumber": n, "state": "FUELING", "amountFen": sequence * 50, "volumeMl": sequence * 68,
                   "unitPriceFen": 730, "sequence": sequence} for n in range(1, NOZZLES + 1)]
        started = time.perf_counter()
        await connection.post(graphql_request(url, {"query": REPORT, "variables": {"states": states}}, token))
        await asyncio.sleep(max(0.0, period - (time.perf_counter() - started)))
    connection.close()


async def main() -> None:
    print(f"live_fanout on {machine()}")
    root = Path(tempfile.mkdtemp(prefix="forecourt-fanout-"))
    pg, redis = EmbeddedPostgres(root / "pg", cleanup_mode="delete"), EmbeddedRedis(root / "redis")
    db_url, redis_url = pg.start(), redis.start()
    upgrade(db_url)
    secret = "bench-secret-0123456789-0123456789-abcdef"
    staff_token, devices = seed(db_url, secret)
    port = free_port()
    env = {**os.environ, "FORECOURT_DATABASE_URL": db_url, "FORECOURT_REDIS_URL": redis_url,
           "FORECOURT_SECRET_KEY": secret, "FORECOURT_PORT": str(port), "FORECOURT_LOG_LEVEL": "WARNING",
           "FORECOURT_DB_POOL_SIZE": "20"}
    server = subprocess.Popen([str(Path(sys.executable).parent / "forecourt"), "serve", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url, ws_url = f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}/graphql"
    try:
        for _ in range(200):
            try:
                connection = await RawConnection.open(url)
                connection.close()
                break
            except OSError:
                await asyncio.sleep(0.1)
        process = psutil.Process(server.pid)
        latencies: list[float] = []
        counts = [0]
        stop_at = [time.time() + 3600]
        readies = []
        tasks = []
        for station, _ in devices:
            for _ in range(SUBSCRIBERS_PER_STATION):
                ready = asyncio.Event()
                readies.append(ready)
                tasks.append(asyncio.create_task(subscriber(ws_url, staff_token, station, latencies, counts,
                                                            ready, stop_at)))
        await asyncio.wait_for(asyncio.gather(*(r.wait() for r in readies)), 120)
        print(f"{len(readies)} subscribers connected and got their snapshot")
        process.cpu_percent()
        latencies.clear()
        counts[0] = 0
        began = time.time()
        stop_at[0] = began + SECONDS
        await asyncio.gather(*(device(url, station, token, stop_at) for station, token in devices))
        elapsed = time.time() - began
        cpu = process.cpu_percent()
        rss = process.memory_info().rss / 2**20
        await asyncio.gather(*tasks, return_exceptions=True)
        ordered = sorted(latencies)
        reported = int(STATIONS * NOZZLES * REPORTS_PER_S)
        print(f"offered: {reported} states/s -> {reported * SUBSCRIBERS_PER_STATION} events/s to deliver")
        print(f"delivered {counts[0] / elapsed:,.0f} events/s over {elapsed:.1f} s")
        if ordered:
            p99 = ordered[int(len(ordered) * .99) - 1]
            print(f"added latency p50 {statistics.median(ordered):.1f} ms   p99 {p99:.1f} ms")
        print(f"API process: CPU {cpu:.0f}% (of one core), RSS {rss:.0f} MiB")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        redis.stop()
        pg.stop()


if __name__ == "__main__":
    asyncio.run(main())
