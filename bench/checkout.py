"""Checkout under load: 50 cashiers at 50 stations, each paying one completed fueling after another with a
split tender (cash with change + bank card), against one API process (`forecourt serve`). Then the `orders`
list of 50 rows with lines, payments and cashier: requests/s, and statements per request (counted once in
process on the same database).

Prints checkouts/s and p50/p99 (goal: p99 <= 100 ms), the ledger check after the run, and the list figures.
Everything on loopback; the clients share the machine with the server and PostgreSQL.
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
import time
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from api.core.clock import utcnow
from api.core.db import Database
from api.core.embedded import EmbeddedPostgres, EmbeddedRedis
from api.core.ids import to_global_id
from api.core.migrate import upgrade
from api.fuelings.models import Fueling
from api.identity.provisioning import UserSpec, create_company, create_user, token_for
from api.ledger.service import verify
from api.pumps.models import Dispenser, DispenserProtocol, FuelGrade, GradeKind, Nozzle
from api.selling.models import Shift
from api.stations.models import Station
from bench.support import RawConnection, closed_loop, free_port, graphql_request, machine

CASHIERS, FUELINGS_EACH, SECONDS, PACE_S = 50, 200, 20.0, 2.5
SECRET = "bench-secret-0123456789-0123456789-abcdef"
CHECKOUT = """mutation($input: CheckoutCreateInput!) { checkoutCreate(input: $input) { order { number status }
  errors { code message } } }"""
ORDERS = """{ orders(first: 50) { edges { node { number status payable { fen } cashierName station { code }
  lines { description amount { fen } } payments { tender amount { fen } change { fen } } } } } }"""


def seed(url: str) -> tuple[list[tuple[str, str, list[tuple[str, int]]]], str]:
    """Per cashier: (token, station id, [(fueling id, amount)]); and an admin token."""
    database = Database(url, pool_size=1)
    cashiers = []
    with database.sync_transaction() as session:
        company = create_company(session, "BENCH", "压测石油")
        grade = FuelGrade(company_id=company.id, code="1402", name="92#", kind=GradeKind.GASOLINE)
        session.add(grade)
        session.flush()
        start = utcnow() - timedelta(days=1)
        admin = create_user(session, UserSpec(username="bench-admin", password="Bench2026x", role="company_admin",
                                              company="BENCH"))
        for i in range(CASHIERS):
            station = Station(company_id=company.id, code=f"C{i:03d}", name=f"压测站{i}")
            session.add(station)
            session.flush()
            dispenser = Dispenser(company_id=company.id, station_id=station.id, number=1, name="1号", hub_port=1,
                                  protocol=DispenserProtocol.KAJILIAN)
            session.add(dispenser)
            session.flush()
            nozzle = Nozzle(company_id=company.id, station_id=station.id, dispenser_id=dispenser.id, number=1,
                            grade_id=grade.id)
            session.add(nozzle)
            session.flush()
            user = create_user(session, UserSpec(username=f"cashier{i}", password="Bench2026x", role="cashier",
                                                 company="BENCH", stations=(station.code,)))
            session.add(Shift(company_id=company.id, station_id=station.id, number=1, cashier_id=user.id,
                              opened_at=start, opening_float_fen=50_000))
            fuelings = []
            for n in range(FUELINGS_EACH):
                volume = 10_000 + (n * 370) % 40_000
                amount = (volume * 730 + 500) // 1000
                fueling = Fueling(company_id=company.id, station_id=station.id, dispenser_id=dispenser.id,
                                  nozzle_id=nozzle.id, grade_id=grade.id, ttc=n + 1, grade_code="1402",
                                  volume_ml=volume, unit_price_fen=730, amount_fen=amount, computed_amount_fen=amount,
                                  totalizer_ml=10_000_000 + n * 50_000, ended_at=start + timedelta(minutes=n))
                session.add(fueling)
                session.flush()
                fuelings.append((to_global_id("Fueling", fueling.id), amount))
            session.flush()
            cashiers.append((token_for(session, user.username, secret=SECRET, minutes=60, days=1),
                             to_global_id("Station", station.id), fuelings))
        admin_token = token_for(session, admin.username, secret=SECRET, minutes=60, days=1)
    database.sync_engine.dispose()
    return cashiers, admin_token


async def cashier(url: str, token: str, station: str, fuelings: list[tuple[str, int]], stop_at: float,
                  latencies: list[float], errors: list[str], every_s: float = 0.0) -> int:
    """Checkouts one after another (`every_s` = 0: as fast as the platform answers; otherwise one every
    `every_s` seconds, starting at a random offset)."""
    connection = await RawConnection.open(url)
    if every_s:
        await asyncio.sleep(random.random() * every_s)
    next_at, done = time.perf_counter(), 0
    for fueling, amount in fuelings:
        if time.perf_counter() > stop_at:
            break
        done += 1
        if every_s:
            next_at += every_s
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
        cash = amount // 2
        body = {"query": CHECKOUT, "variables": {"input": {
            "stationId": station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [fueling], "tenders": [
                {"tender": "CASH", "amountFen": cash, "givenFen": cash + 50},
                {"tender": "UNIONPAY", "amountFen": amount - cash, "reference": "RRN" + uuid.uuid4().hex[:9]}]}}}
        started = time.perf_counter()
        status, response = await connection.post(graphql_request(url, body, token))
        latencies.append((time.perf_counter() - started) * 1000)
        payload = json.loads(response)
        if status != 200 or payload.get("errors") or payload["data"]["checkoutCreate"]["errors"]:
            errors.append(response.decode()[:200])
    connection.close()
    return done


class InProcess:
    """The API in a thread of this process (with its lifespan), to count statements and profile requests."""

    def __init__(self, db_url: str, redis_url: str) -> None:
        import threading

        import uvicorn

        from api.app import create_app
        from api.settings import Settings

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(
            create_app(Settings(database_url=db_url, redis_url=redis_url, secret_key=SECRET)), host="127.0.0.1",
            port=self.port, log_config=None, lifespan="on"))
        self.profiler: object | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.statements = 0

    def _run(self) -> None:
        import cProfile

        profiler = cProfile.Profile()
        self.profiler = profiler
        profiler.runcall(self.server.run)

    def __enter__(self) -> InProcess:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.02)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def _count(self, *_: object) -> None:
        self.statements += 1

    def post(self, body: dict[str, object], token: str) -> tuple[dict[str, object], float, int]:
        """(response, milliseconds, statements) of one request."""
        import httpx

        self.statements = 0
        event.listen(Engine, "before_cursor_execute", self._count)
        started = time.perf_counter()
        response = httpx.post(f"http://127.0.0.1:{self.port}/graphql", json=body,
                              headers={"authorization": f"Bearer {token}"}, timeout=30)
        elapsed = (time.perf_counter() - started) * 1000
        event.remove(Engine, "before_cursor_execute", self._count)
        return response.json(), elapsed, self.statements


def statements_per_list(db_url: str, redis_url: str, token: str) -> int:
    with InProcess(db_url, redis_url) as api:
        api.post({"query": ORDERS}, token)
        response, _, statements = api.post({"query": ORDERS}, token)
        assert len(response["data"]["orders"]["edges"]) == 50  # type: ignore[index]
        return statements


def profile_one_checkout(db_url: str, redis_url: str, token: str, station: str,
                         fuelings: list[tuple[str, int]]) -> None:
    """With BENCH_PROFILE=1: statements and where the server's time goes, over 20 checkouts in process."""
    import pstats

    with InProcess(db_url, redis_url) as api:
        api.post({"query": "{ __typename }"}, token)
        assert api.profiler is not None
        api.profiler.enable()  # type: ignore[attr-defined]
        for fueling, amount in fuelings[:20]:
            response, elapsed, statements = api.post({"query": CHECKOUT, "variables": {"input": {
                "stationId": station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [fueling],
                "tenders": [{"tender": "CASH", "amountFen": amount}]}}}, token)
        print(response, f"last: {elapsed:.1f} ms, {statements} statements")
    pstats.Stats(api.profiler).sort_stats("tottime").print_stats(30)  # type: ignore[arg-type]


async def main() -> None:
    print(f"checkout on {machine()}")
    root = Path(tempfile.mkdtemp(prefix="forecourt-checkout-"))
    pg, redis = EmbeddedPostgres(root / "pg", cleanup_mode="delete"), EmbeddedRedis(root / "redis")
    db_url, redis_url = pg.start(), redis.start()
    upgrade(db_url)
    cashiers, admin_token = seed(db_url)
    if os.environ.get("BENCH_PROFILE"):
        token, station, fuelings = cashiers[0]
        await asyncio.to_thread(profile_one_checkout, db_url, redis_url, token, station, fuelings)
        return
    port = free_port()
    env = {**os.environ, "FORECOURT_DATABASE_URL": db_url, "FORECOURT_REDIS_URL": redis_url,
           "FORECOURT_SECRET_KEY": SECRET, "FORECOURT_PORT": str(port), "FORECOURT_LOG_LEVEL": "WARNING",
           "FORECOURT_DB_POOL_SIZE": "20"}
    server = subprocess.Popen([str(Path(sys.executable).parent / "forecourt"), "serve", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                (await RawConnection.open(url)).close()
                break
            except OSError:
                await asyncio.sleep(0.1)
        print(f"{CASHIERS} cashiers at {CASHIERS} stations, split tender (cash with change + bank card), "
              "one API process")
        remaining = [(token, station, list(fuelings)) for token, station, fuelings in cashiers]
        for label, every_s, seconds in (("as fast as answered (capacity)", 0.0, SECONDS),
                                        (f"one checkout per cashier every {PACE_S:.1f} s "
                                         f"({CASHIERS / PACE_S:.0f}/s offered)", PACE_S, SECONDS)):
            latencies: list[float] = []
            errors: list[str] = []
            began = time.perf_counter()
            stop_at = began + seconds
            used = await asyncio.gather(*(cashier(url, token, station, fuelings, stop_at, latencies, errors, every_s)
                                          for token, station, fuelings in remaining))
            elapsed = time.perf_counter() - began
            remaining = [(token, station, fuelings[n:]) for (token, station, fuelings), n in zip(remaining, used,
                                                                                                strict=True)]
            ordered = sorted(latencies)
            print(f"{label}: {len(latencies)} checkouts in {elapsed:.1f} s = {len(latencies) / elapsed:,.0f}/s   "
                  f"p50 {statistics.median(ordered):.1f} ms   p99 {ordered[int(len(ordered) * .99) - 1]:.1f} ms   "
                  f"errors {len(errors)}")
            if errors:
                print("first error:", errors[0])
        database = Database(db_url, pool_size=1)
        async with database.session() as session:
            problems = await verify(session)
        await database.dispose()
        print(f"ledger verify after the run: {'every invariant holds' if not problems else problems[:3]}")
        listing = await closed_loop(url, "orders(first: 50) with lines, payments, cashier, station",
                                    {"query": ORDERS}, token=admin_token, concurrency=8, seconds=8)
        print(listing.line())
        statements = await asyncio.to_thread(statements_per_list, db_url, redis_url, admin_token)
        print(f"statements per orders(first: 50) request: {statements}")
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
