"""Reliability test 2 on cards: 200 concurrent ¥10 spends by 20 children of a shared-mode parent holding
¥1,000 -> exactly 100 succeed, the rest are refused for the balance only, the parent ends at 0, no
deadlock, and the ledger's invariants hold."""

from __future__ import annotations

import asyncio
import uuid

from api.cards import spending
from api.cards.cards import holdings
from api.cards.models import Card, CardKind, CardMode, CardProduct
from api.core.actors import SYSTEM
from api.core.clock import utcnow
from api.core.db import Database
from api.core.errors import DomainError
from api.identity.models import StaffUser
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.selling import accounts as selling_accounts
from api.selling.models import Order, OrderStatus, Shift, ShiftStatus, Tender
from api.selling.tenders import TenderContext, TenderRequest
from tests.fixtures.org import Org


async def _setup(database: Database, org: Org) -> tuple[list[Card], Card, uuid.UUID, uuid.UUID]:
    company, station = org.company.id, org.stations[0].id
    async with database.transaction() as session:
        product = CardProduct(company_id=company, name="车队卡", kind=CardKind.PHYSICAL, named=False, bonus_tiers=[],
                              grade_codes=[], goods_categories=[], station_ids=[])
        session.add(product)
        await session.flush()
        parent = Card(company_id=company, number=str(uuid.uuid4().int)[:16], product_id=product.id,
                      kind=CardKind.PHYSICAL, mode=CardMode.SHARED, principal_in_fen=100_000)
        session.add(parent)
        await session.flush()
        children = [Card(company_id=company, number=str(uuid.uuid4().int)[:16], product_id=product.id,
                         kind=CardKind.PHYSICAL, parent_id=parent.id) for _ in range(20)]
        session.add_all(children)
        cashier = StaffUser(company_id=company, username=f"u{uuid.uuid4().hex[:8]}", name="收银员", password_hash="x")
        session.add(cashier)
        await session.flush()
        shift = Shift(company_id=company, station_id=station, number=1, status=ShiftStatus.OPEN,
                      cashier_id=cashier.id, opened_at=utcnow(), opening_float_fen=0)
        session.add(shift)
        await session.flush()
        await ledger.post(session, company, key=f"seed:{parent.id}", kind="card_top_up",
                          legs=[Leg("clearing:bank:seed", 100_000), Leg(f"card:{parent.id}:principal", -100_000)])
    return children, parent, shift.id, cashier.id


async def test_200_concurrent_spends_on_a_shared_parent(database: Database, org: Org) -> None:
    children, parent, shift_id, cashier_id = await _setup(database, org)
    company, station = org.company.id, org.stations[0].id
    bench = Database(str(database.engine.url.render_as_string(hide_password=False)), pool_size=20)

    async def spend(i: int) -> str:
        card = children[i % 20]
        async with bench.transaction() as session:
            order = Order(company_id=company, station_id=station, shift_id=shift_id, cashier_id=cashier_id,
                          number=f"R{i:04d}-{uuid.uuid4().hex[:6]}", status=OrderStatus.PAID, total_fen=1_000,
                          payable_fen=1_000, idempotency_key=uuid.uuid4().hex, request_hash="x")
            session.add(order)
            await session.flush()
            try:
                legs = await spending.spend(session, TenderRequest(Tender.CARD, 1_000, reference=card.number),
                                            TenderContext(SYSTEM, company, station, shift_id, order.id, 0))
            except DomainError as error:
                await session.rollback()
                return error.problems[0].message
            await ledger.post(session, company, key=f"race:{order.id}", kind="sale",
                              legs=[*legs, Leg(selling_accounts.receivable(station), 1_000),
                                    Leg(f"revenue:fuel:race:{station}", -1_000)])
        return "ok"

    try:
        outcomes = await asyncio.gather(*(spend(i) for i in range(200)))
    finally:
        await bench.dispose()
    assert outcomes.count("ok") == 100
    assert all(o == "ok" or o.startswith("卡内余额不足") for o in outcomes)
    async with database.session() as session:
        assert await holdings(session, company, parent.id) == (0, 0)
        assert await ledger.verify(session) == []
        refreshed = await session.get(Card, parent.id)
        assert refreshed is not None and refreshed.spent_fen == 100_000
