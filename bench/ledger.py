"""Ledger throughput: transfers/s on one hot shared account with 50 concurrent spenders — a shared parent card
(each spend locks the child, the parent and the accounts, as a card payment does) and a fleet's prepaid pool
(50 vehicles paying on account: each locks the fleet, counts the vehicle's day and posts from the pool) — and
on 10,000 independent accounts (each transfer touches its own card). The spends are spread over 50 stations,
each with its open shift, as 50 cashiers would be: a station's own sale accounts are locked by each of its
sales, so one station would measure those rows, not the accounts. Embedded PostgreSQL, one process, 50 connections.

Prints transfers/s, p50/p99 per transfer, the machine, and the ledger check after the run.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from api.cards import spending
from api.cards.models import Card, CardKind, CardMode, CardProduct
from api.core.actors import SYSTEM
from api.core.clock import utcnow
from api.core.db import Database
from api.core.embedded import EmbeddedPostgres
from api.core.migrate import upgrade
from api.fleets import accounts as fleet_accounts
from api.fleets.models import Fleet, FleetVehicle
from api.fleets.tender import OnAccountTender
from api.identity.models import StaffUser
from api.identity.provisioning import create_company
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.selling.models import Order, OrderStatus, Shift, ShiftStatus, Tender
from api.selling.tenders import TenderContext, TenderRequest
from api.stations.models import Station
from bench.support import machine
from workers.broker import configure

SPENDERS, SHARED_SPENDS, INDEPENDENT, STATIONS = 50, 2_000, 10_000, 50

Till = tuple[uuid.UUID, uuid.UUID, uuid.UUID]  # station, its open shift, its cashier


async def seed(db: Database) -> tuple[uuid.UUID, list[Till]]:
    with db.sync_transaction() as session:
        company = create_company(session, f"B{uuid.uuid4().hex[:6]}", "压测石油")
        tills: list[Till] = []
        for n in range(STATIONS):
            station = Station(company_id=company.id, code=f"S{n:03d}", name=f"压测站{n}")
            cashier = StaffUser(company_id=company.id, username=f"bench{n}", name="压测", password_hash="x")
            session.add_all([station, cashier])
            session.flush()
            shift = Shift(company_id=company.id, station_id=station.id, number=1, status=ShiftStatus.OPEN,
                          cashier_id=cashier.id, opened_at=utcnow(), opening_float_fen=0)
            session.add(shift)
            session.flush()
            tills.append((station.id, shift.id, cashier.id))
        return company.id, tills


async def cards(db: Database, company: uuid.UUID, count: int, *, shared_children: int = 0) -> list[Card]:
    async with db.transaction() as session:
        product = CardProduct(company_id=company, name=f"卡{uuid.uuid4().hex[:6]}", kind=CardKind.PHYSICAL,
                              named=False, bonus_tiers=[], grade_codes=[], goods_categories=[], station_ids=[])
        session.add(product)
        await session.flush()
        made = [Card(company_id=company, number=str(uuid.uuid4().int)[:16], product_id=product.id,
                     kind=CardKind.PHYSICAL, principal_in_fen=10**9,
                     mode=CardMode.SHARED if shared_children else None) for _ in range(count)]
        session.add_all(made)
        await session.flush()
        for card in made:
            await ledger.post(session, company, key=f"seed:{card.id}", kind="card_top_up",
                              legs=[Leg("clearing:bank:bench", 10**9), Leg(f"card:{card.id}:principal", -10**9)])
        children = [Card(company_id=company, number=str(uuid.uuid4().int)[:16], product_id=product.id,
                         kind=CardKind.PHYSICAL, parent_id=made[0].id) for _ in range(shared_children)]
        session.add_all(children)
    return children or made


async def fleet(db: Database, company: uuid.UUID, station: uuid.UUID, vehicles: int) -> list[str]:
    """A fleet with 10^9 fen prepaid and `vehicles` whitelisted plates without limits; the plates."""
    async with db.transaction() as session:
        made = Fleet(company_id=company, number="F00001", name="压测车队", tax_number="91110000000000000X",
                     station_id=station, contacts=[])
        session.add(made)
        await session.flush()
        plates = [f"京A{n:05d}" for n in range(vehicles)]
        session.add_all([FleetVehicle(company_id=company, fleet_id=made.id, plate=p, grade_codes=[]) for p in plates])
        await ledger.post(session, company, key=f"seed:{made.id}", kind="fleet_top_up",
                          legs=[Leg(fleet_accounts.BANK, 10**9), Leg(fleet_accounts.pool(made.id), -10**9)])
    return plates


Pay = Callable[[AsyncSession, int, TenderContext], Awaitable[list[Leg]]]


def by_card(spenders: list[Card]) -> Pay:
    async def pay(session: AsyncSession, i: int, context: TenderContext) -> list[Leg]:
        card = spenders[i % len(spenders)]
        return await spending.spend(session, TenderRequest(Tender.CARD, 100, reference=card.number), context)
    return pay


def on_account(plates: list[str]) -> Pay:
    tender = OnAccountTender()

    async def pay(session: AsyncSession, i: int, context: TenderContext) -> list[Leg]:
        plate = plates[i % len(plates)]
        return await tender.settle(session, TenderRequest(Tender.ON_ACCOUNT, 100, reference=plate), context)
    return pay


async def run(db: Database, company: uuid.UUID, tills: list[Till], pay: Pay,
              total: int) -> tuple[float, list[float]]:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(i)
    latencies: list[float] = []

    async def worker() -> None:
        while not queue.empty():
            i = queue.get_nowait()
            station, shift, cashier = tills[i % len(tills)]
            began = time.perf_counter()
            async with db.transaction() as session:
                order = Order(company_id=company, station_id=station, shift_id=shift, cashier_id=cashier,
                              number=f"B{i}-{uuid.uuid4().hex[:6]}", status=OrderStatus.PAID, total_fen=100,
                              payable_fen=100, idempotency_key=uuid.uuid4().hex, request_hash="x")
                session.add(order)
                await session.flush()
                legs = await pay(session, i, TenderContext(SYSTEM, company, station, shift, order.id, 0))
                await ledger.post(session, company, key=f"bench:{order.id}", kind="sale",
                                  legs=[*legs, Leg(f"receivable:{station}", 100),
                                        Leg(f"revenue:bench:{station}", -100)])
            latencies.append(time.perf_counter() - began)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(SPENDERS)))
    return total / (time.perf_counter() - began), latencies


def report(name: str, rate: float, latencies: list[float]) -> None:
    ordered = sorted(latencies)
    p99 = ordered[int(len(ordered) * 0.99) - 1]
    print(f"{name}: {rate:,.0f} transfers/s, p50 {statistics.median(ordered) * 1000:.1f} ms, "
          f"p99 {p99 * 1000:.1f} ms ({len(ordered)} transfers, {SPENDERS} concurrent)")


async def main() -> None:
    configure(None)  # a stub broker: the outbox relay a paid order asks for is not what is measured
    root = Path(tempfile.mkdtemp(prefix="forecourt-bench-ledger-"))
    pg = EmbeddedPostgres(root / "pg", cleanup_mode="delete")
    url = pg.start()
    try:
        upgrade(url)
        db = Database(url, pool_size=SPENDERS)
        company, tills = await seed(db)
        print(f"machine: {machine()}")
        children = await cards(db, company, 1, shared_children=SPENDERS)
        report(f"one hot shared parent card, {SPENDERS} children spending at {STATIONS} stations",
               *await run(db, company, tills, by_card(children), SHARED_SPENDS))
        plates = await fleet(db, company, tills[0][0], SPENDERS)
        report(f"one hot fleet pool, {SPENDERS} vehicles paying on account at {STATIONS} stations",
               *await run(db, company, tills, on_account(plates), SHARED_SPENDS))
        independent = await cards(db, company, INDEPENDENT)
        report(f"{INDEPENDENT:,} independent cards at {STATIONS} stations",
               *await run(db, company, tills, by_card(independent), INDEPENDENT))
        async with db.session() as session:
            problems = await ledger.verify(session)
        print(f"ledger verify after the run: {'every invariant holds' if not problems else problems[:3]}")
        await db.dispose()
    finally:
        pg.stop()


if __name__ == "__main__":
    asyncio.run(main())
