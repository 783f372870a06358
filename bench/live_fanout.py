"""Live fan-out: 100 stations × 16 nozzles reporting 2 states/s each while fueling, 1,000 POS clients
subscribed to `nozzleStatusChanged` (10 per station), one API process.

Prints the offered and delivered events/s, the added latency from the platform receiving a report to a
client receiving the event (p50/p99, from the event's `updatedAt`, over every event of the window including
those still queued when it ends), and the CPU and memory of the API process and of the load generator.

Devices report over their persistent WebSocket (`FANOUT_DEVICES=ws`, the default, as a station box keeps one
open) or over HTTP keep-alive connections (`FANOUT_DEVICES=http`), their phases spread over the report
period like stations that are not synchronised. Subscribers speak graphql-transport-ws over a minimal
WebSocket client (no compression offered, frames parsed in place, only `updatedAt` read from each event) so
that on a small machine the load generator takes as little as possible of the CPU the server needs; it runs
on uvloop when available. Everything runs on loopback; the load generator shares the machine with the
server, so on 2 cores the figures are a floor.

`FANOUT_REPORTS_PER_S` sets the report rate per nozzle (0.2 shows latency well below capacity),
`FANOUT_SECONDS` the measurement window, `FANOUT_SERIES=1` prints the latency of each second, and
`FANOUT_PROFILE=server.prof` runs the API under cProfile for the window (the figures are then slower than
without it).
"""

from __future__ import annotations

import asyncio
import base64
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
SECONDS = float(os.environ.get("FANOUT_SECONDS", "15"))
DRAIN_S = 5.0  # after the window: events of the window still arriving count for latency, not throughput
REPORTS_PER_S = float(os.environ.get("FANOUT_REPORTS_PER_S", "2"))  # per nozzle; 0.2 shows latency below capacity
PROFILE = os.environ.get("FANOUT_PROFILE")
DEVICE_TRANSPORT = os.environ.get("FANOUT_DEVICES", "ws")  # ws: each box on its persistent WebSocket; http
PROFILE_PATH = str(Path(PROFILE).resolve()) if PROFILE else ""
SUBSCRIBE = """subscription($s: ID!) { nozzleStatusChanged(stationId: $s) {
  nozzle { number grade { name } } state amount { fen } volume { ml } unitPrice { fen } version updatedAt } }"""
REPORT = """mutation($states: [NozzleStateInput!]!) { nozzleStatesReport(input: {states: $states}) { accepted } }"""

# `forecourt serve` with cProfile switched on by SIGUSR1 and written out by SIGUSR2
PROFILED_SERVE = """
import cProfile, signal, sys
profiler, out = cProfile.Profile(), sys.argv.pop(1)
signal.signal(signal.SIGUSR1, lambda *_: profiler.enable())
signal.signal(signal.SIGUSR2, lambda *_: (profiler.disable(), profiler.dump_stats(out)))
from api.cli import main
sys.argv[0] = "forecourt"
main()
"""


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


class Stats:
    def __init__(self) -> None:
        self.window: tuple[float, float] = (float("inf"), float("inf"))
        self.in_window = 0  # events received during the window
        self.latencies: list[float] = []  # of events reported during the window, whenever received
        self.last_received = 0.0
        self.problems: list[str] = []
        self.by_second: dict[int, list[float]] | None = {} if os.environ.get("FANOUT_SERIES") else None


def _masked(opcode: int, payload: bytes) -> bytes:
    """A client frame (clients must mask; the key is random per frame)."""
    key = os.urandom(4)
    n = len(payload)
    stream = (key * (n // 4 + 1))[:n]
    body = (int.from_bytes(payload, "big") ^ int.from_bytes(stream, "big")).to_bytes(n, "big") if n else b""
    if n < 126:
        head = bytes([0x80 | opcode, 0x80 | n])
    elif n < 65536:
        head = bytes([0x80 | opcode, 0x80 | 126]) + n.to_bytes(2, "big")
    else:
        head = bytes([0x80 | opcode, 0x80 | 127]) + n.to_bytes(8, "big")
    return head + key + body


_UPDATED_AT = b'"updatedAt":"'


class Subscriber(asyncio.Protocol):
    """One POS screen: the WebSocket handshake, graphql-transport-ws, then counting events."""

    def __init__(self, host: str, port: int, token: str, station: str, stats: Stats) -> None:
        self.host, self.port, self.token, self.station, self.stats = host, port, token, station, stats
        self.buffer = bytearray()
        self.upgraded = False
        self.snapshot_left = NOZZLES
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's transports are not asyncio's classes
        key = base64.b64encode(os.urandom(16)).decode()
        self.transport.write((f"GET /graphql HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nUpgrade: websocket\r\n"
                         f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                         "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n").encode())

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.ready.done():
            self.ready.set_exception(ConnectionError("the server closed the connection"))
        elif time.time() < self.stats.window[1]:
            self.stats.problems.append("a subscriber's connection closed during the window")

    def send_json(self, message: dict[str, object]) -> None:
        assert self.transport is not None
        self.transport.write(_masked(0x1, json.dumps(message).encode()))

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        if not self.upgraded:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            if not buffer.startswith(b"HTTP/1.1 101"):
                self.ready.set_exception(ConnectionError(bytes(buffer[:end]).decode(errors="replace")))
                return
            del buffer[:end + 4]
            self.upgraded = True
            self.send_json({"type": "connection_init", "payload": {"authorization": f"Bearer {self.token}"}})
        received = time.time()
        pos, size = 0, len(buffer)
        while size - pos >= 2:
            length, head = buffer[pos + 1] & 0x7F, 2
            if length == 126:
                if size - pos < 4:
                    break
                length, head = int.from_bytes(buffer[pos + 2:pos + 4], "big"), 4
            elif length == 127:
                if size - pos < 10:
                    break
                length, head = int.from_bytes(buffer[pos + 2:pos + 10], "big"), 10
            if size - pos < head + length:
                break
            opcode = buffer[pos] & 0x0F
            start = pos + head
            pos = start + length
            if opcode == 0x1:
                self.on_text(buffer, start, pos, received)
            elif opcode == 0x9 and self.transport is not None:  # the server's keepalive ping
                self.transport.write(_masked(0xA, bytes(buffer[start:pos])))
            elif opcode == 0x8:
                self.stats.problems.append(f"closed by the server: {bytes(buffer[start:pos])!r}")
        del buffer[:pos]

    def on_text(self, buffer: bytearray, start: int, end: int, received: float) -> None:
        if self.snapshot_left <= 0:  # live: the only place that runs per event, kept to a few byte searches
            at = buffer.find(_UPDATED_AT, start, end)
            if at < 0:
                self.stats.problems.append(bytes(buffer[start:end])[:200].decode(errors="replace"))
                return
            at += len(_UPDATED_AT)
            reported = datetime.fromisoformat(buffer[at:buffer.find(b'"', at, end)].decode()).timestamp()
            stats = self.stats
            began, ends = stats.window
            if received < ends:
                stats.in_window += 1
            if began <= reported < ends:
                stats.latencies.append((received - reported) * 1000)
                stats.last_received = received
                if stats.by_second is not None:
                    stats.by_second.setdefault(int(reported - began), []).append((received - reported) * 1000)
            return
        message = json.loads(bytes(buffer[start:end]))
        if message["type"] == "connection_ack":
            self.send_json({"id": "1", "type": "subscribe",
                            "payload": {"query": SUBSCRIBE, "variables": {"s": self.station}}})
        elif message["type"] == "next" and "errors" not in message["payload"]:
            self.snapshot_left -= 1
            if self.snapshot_left == 0:
                self.ready.set_result(None)
        elif not self.ready.done():
            self.ready.set_exception(RuntimeError(f"unexpected message: {message}"))


def _states(sequence: int) -> list[dict[str, object]]:
    return [{"nozzleNumber": n, "state": "FUELING", "amountFen": sequence * 50, "volumeMl": sequence * 68,
             "unitPriceFen": 730, "sequence": sequence} for n in range(1, NOZZLES + 1)]


class Start:
    """Every device connects first; the window opens once all are connected."""

    def __init__(self, devices: int) -> None:
        self.connected, self.devices = 0, devices
        self.all_connected, self.go = asyncio.Event(), asyncio.Event()
        self.stop_at = 0.0

    async def ready(self) -> float:
        """Count this device connected, wait for the window, return when it ends."""
        self.connected += 1
        if self.connected == self.devices:
            self.all_connected.set()
        await self.go.wait()
        return self.stop_at


async def device_ws(url: str, station: str, token: str, phase: float, start: Start, accepted: list[int]) -> None:
    """A station box reporting over its persistent WebSocket (graphql-transport-ws), as pump_link can."""
    import websockets

    async with websockets.connect(url.replace("http", "ws") + "/graphql", compression=None,
                                  subprotocols=[websockets.Subprotocol("graphql-transport-ws")]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        stop_at = await start.ready()
        sequence, period = 0, 1 / REPORTS_PER_S
        await asyncio.sleep(phase)
        while time.time() < stop_at:
            sequence += 1
            started = time.perf_counter()
            await ws.send(json.dumps({"id": str(sequence), "type": "subscribe",
                                      "payload": {"query": REPORT, "variables": {"states": _states(sequence)}}}))
            while True:  # the result, then its completion
                message = json.loads(await ws.recv())
                if message["type"] == "next":
                    data = message["payload"].get("data")
                    if data is None:
                        raise RuntimeError(f"a report was refused: {message['payload']}")
                    accepted[0] += data["nozzleStatesReport"]["accepted"]
                elif message["type"] in ("complete", "error"):
                    break
            await asyncio.sleep(max(0.0, period - (time.perf_counter() - started)))


async def device(url: str, station: str, token: str, phase: float, start: Start, accepted: list[int]) -> None:
    """A station box reporting over HTTP keep-alive."""
    connection = await RawConnection.open(url)
    stop_at = await start.ready()
    sequence, period = 0, 1 / REPORTS_PER_S
    await asyncio.sleep(phase)
    while time.time() < stop_at:
        sequence += 1
        started = time.perf_counter()
        status, body = await connection.post(graphql_request(
            url, {"query": REPORT, "variables": {"states": _states(sequence)}}, token))
        if status == 200 and b'"errors"' not in body:
            accepted[0] += json.loads(body)["data"]["nozzleStatesReport"]["accepted"]
        await asyncio.sleep(max(0.0, period - (time.perf_counter() - started)))
    connection.close()


def percentile(ordered: list[float], fraction: float) -> float:
    return ordered[max(0, int(len(ordered) * fraction) - 1)]


async def main() -> None:
    print(f"live_fanout on {machine()}, load generator on {type(asyncio.get_running_loop()).__module__}")
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
    command = [str(Path(sys.executable).parent / "forecourt"), "serve", "--port", str(port)]
    if PROFILE:
        command = [sys.executable, "-c", PROFILED_SERVE, PROFILE_PATH, *command[1:]]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    loop = asyncio.get_running_loop()
    subscribers: list[Subscriber] = []
    try:
        for _ in range(200):
            try:
                (await RawConnection.open(url)).close()
                break
            except OSError:
                await asyncio.sleep(0.1)
        process, generator = psutil.Process(server.pid), psutil.Process()
        stats = Stats()
        for station, _ in devices:
            for _ in range(SUBSCRIBERS_PER_STATION):
                subscriber = Subscriber("127.0.0.1", port, staff_token, station, stats)
                await loop.create_connection(lambda s=subscriber: s, "127.0.0.1", port)  # type: ignore[misc]
                subscribers.append(subscriber)
        await asyncio.wait_for(asyncio.gather(*(s.ready for s in subscribers)), 180)
        print(f"{len(subscribers)} subscribers connected and got their snapshot")
        if PROFILE:
            os.kill(server.pid, signal.SIGUSR1)
        accepted = [0]
        period = 1 / REPORTS_PER_S
        report = device_ws if DEVICE_TRANSPORT == "ws" else device
        start = Start(len(devices))
        reporting = asyncio.gather(*(report(url, station, token, period * i / STATIONS, start, accepted)
                                     for i, (station, token) in enumerate(devices)))
        await asyncio.wait_for(start.all_connected.wait(), 60)
        process.cpu_percent()
        generator.cpu_percent()
        began = time.time()
        stats.window = (began, began + SECONDS)
        start.stop_at = began + SECONDS
        start.go.set()
        await reporting
        cpu, generator_cpu = process.cpu_percent(), generator.cpu_percent()
        rss = process.memory_info().rss / 2**20
        if PROFILE:
            os.kill(server.pid, signal.SIGUSR2)
        expected = accepted[0] * SUBSCRIBERS_PER_STATION
        drain_until = time.time() + DRAIN_S
        while len(stats.latencies) < expected and time.time() < drain_until:  # noqa: ASYNC110  # counted by protocols
            await asyncio.sleep(0.1)
        ordered = sorted(stats.latencies)
        offered = STATIONS * NOZZLES * REPORTS_PER_S
        print(f"offered: {offered:,.0f} states/s over {DEVICE_TRANSPORT} -> {offered * SUBSCRIBERS_PER_STATION:,.0f} "
              "events/s to deliver")
        print(f"delivered {stats.in_window / SECONDS:,.0f} events/s during the {SECONDS:.0f} s window "
              f"({len(ordered):,} of the window's {expected:,} events received, "
              f"the last {max(0.0, stats.last_received - began - SECONDS):.1f} s after it)")
        if ordered:
            print(f"added latency p50 {statistics.median(ordered):.1f} ms   p99 {percentile(ordered, .99):.1f} ms"
                  f"   max {ordered[-1]:.1f} ms")
        print(f"API process: CPU {cpu:.0f}% (of one core), RSS {rss:.0f} MiB;"
              f" load generator: CPU {generator_cpu:.0f}%")
        for second, values in sorted((stats.by_second or {}).items()):
            values.sort()
            print(f"  second {second:2d}: {len(values):6,} events  p50 {statistics.median(values):7.1f} ms"
                  f"  p99 {percentile(values, .99):7.1f} ms")
        for problem in sorted(set(stats.problems))[:5]:
            print(f"problem: {problem}")
    finally:
        for subscriber in subscribers:
            if subscriber.transport is not None:
                subscriber.transport.abort()
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        redis.stop()
        pg.stop()
    if PROFILE:
        print(f"profile of the API process over the window: {PROFILE}")


def run() -> None:
    try:
        import uvloop
    except ImportError:
        asyncio.run(main())
    else:
        uvloop.run(main())


if __name__ == "__main__":
    run()
