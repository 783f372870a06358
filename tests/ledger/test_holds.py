"""Pending holds (two-phase transfers) on real PostgreSQL: a hold reserves what a guarded account would pay so
nothing else can spend it; it is posted (at most what it reserved), voided or expired exactly once, however
many try at the same time; replays under its key give the first hold; `verify` checks every reservation."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from api.core.clock import utcnow
from api.core.db import Database
from api.core.errors import DomainError
from api.ledger import service as ledger
from api.ledger.models import HoldStatus, LedgerAccount, LedgerHold, LedgerTransfer
from api.ledger.service import Leg
from tests.fixtures.org import Org
from workers.ledger import _expire as expire_due

CARD = "card:h:principal"


def codes(error: DomainError) -> list[str]:
    return [p.code for p in error.problems]


async def funded(database: Database, org: Org, amount: int = 10_000) -> uuid.UUID:
    company = org.company.id
    async with database.transaction() as session:
        await ledger.post(session, company, key=f"fund:{uuid.uuid4().hex}", kind="top_up",
                          legs=[Leg("clearing:bank:x", amount), Leg(CARD, -amount)])
    return company


async def hold(database: Database, company: uuid.UUID, amount: int, *, key: str | None = None,
               minutes: int = 10) -> LedgerHold:
    async with database.transaction() as session:
        made, _ = await ledger.hold(session, company, key=key or uuid.uuid4().hex, kind="pre_auth",
                                    legs=[Leg(CARD, amount), Leg("receivable:s1", -amount)],
                                    expires_at=utcnow() + timedelta(minutes=minutes))
        return made


async def spend(database: Database, company: uuid.UUID, amount: int) -> None:
    async with database.transaction() as session:
        await ledger.post(session, company, key=uuid.uuid4().hex, kind="spend",
                          legs=[Leg(CARD, amount), Leg("receivable:s1", -amount)])


async def figures(database: Database, company: uuid.UUID) -> tuple[int, int]:
    async with database.session() as session:
        return await ledger.held(session, company, CARD), await ledger.available(session, company, CARD)


async def test_a_hold_reserves_what_it_would_take(database: Database, org: Org) -> None:
    company = await funded(database, org)
    first = await hold(database, company, 6_000)
    assert await figures(database, company) == (10_000, 4_000)
    with pytest.raises(DomainError) as short:
        await spend(database, company, 4_001)
    assert codes(short.value) == ["INSUFFICIENT_FUNDS"]
    with pytest.raises(DomainError) as no_room:
        await hold(database, company, 4_001)
    assert codes(no_room.value) == ["INSUFFICIENT_FUNDS"]
    await spend(database, company, 4_000)
    assert await figures(database, company) == (6_000, 0)
    again = await hold(database, company, 6_000, key=first.idempotency_key)  # a replay: nothing more reserved
    assert again.id == first.id and await figures(database, company) == (6_000, 0)
    with pytest.raises(DomainError) as conflict:
        await hold(database, company, 5_000, key=first.idempotency_key)
    assert codes(conflict.value) == ["IDEMPOTENCY_CONFLICT"]
    async with database.session() as session:
        assert await ledger.verify(session) == []


async def test_posting_takes_at_most_the_hold_once(database: Database, org: Org) -> None:
    company = await funded(database, org)
    held = await hold(database, company, 6_000)
    with pytest.raises(DomainError) as over:
        async with database.transaction() as session:
            await ledger.post_hold(session, company, held.id, [Leg(CARD, 6_001), Leg("receivable:s1", -6_001)])
    assert codes(over.value) == ["EXCEEDS_HOLD"]
    assert await figures(database, company) == (10_000, 4_000)  # the refusal changed nothing
    legs = [Leg(CARD, 4_500), Leg("receivable:s1", -4_500)]  # fuelled less than pre-authorised
    async with database.transaction() as session:
        posted = await ledger.post_hold(session, company, held.id, legs)
    assert posted.replay is False and await figures(database, company) == (5_500, 5_500)
    async with database.transaction() as session:
        again = await ledger.post_hold(session, company, held.id, legs)
    assert again.replay is True and again.transfer.id == posted.transfer.id
    for attempt in (lambda s: ledger.post_hold(s, company, held.id, [Leg(CARD, 10), Leg("receivable:s1", -10)]),
                    lambda s: ledger.void_hold(s, company, held.id)):
        with pytest.raises(DomainError) as refused:
            async with database.transaction() as session:
                await attempt(session)
        assert codes(refused.value) in (["IDEMPOTENCY_CONFLICT"], ["HOLD_CLOSED"])
    assert await figures(database, company) == (5_500, 5_500)
    async with database.session() as session:
        assert await ledger.verify(session) == []


async def test_a_void_releases_once_and_a_voided_hold_never_posts(database: Database, org: Org) -> None:
    company = await funded(database, org)
    held = await hold(database, company, 3_000)
    for _ in range(2):
        async with database.transaction() as session:
            voided = await ledger.void_hold(session, company, held.id)
        assert voided.status is HoldStatus.VOIDED
    assert await figures(database, company) == (10_000, 10_000)
    with pytest.raises(DomainError) as closed:
        async with database.transaction() as session:
            await ledger.post_hold(session, company, held.id)
    assert codes(closed.value) == ["HOLD_CLOSED"]


async def test_expiry_releases_only_the_holds_past_their_time(database: Database, org: Org) -> None:
    company = await funded(database, org)
    stale = await hold(database, company, 2_000, minutes=-1)
    live = await hold(database, company, 3_000)
    assert await figures(database, company) == (10_000, 5_000)
    assert await expire_due(database.engine.url.render_as_string(hide_password=False)) >= 1  # the worker's job
    async with database.session() as session:
        states = dict((await session.execute(select(LedgerHold.id, LedgerHold.status).where(
            LedgerHold.id.in_([stale.id, live.id])))).all())
    assert states == {stale.id: HoldStatus.EXPIRED, live.id: HoldStatus.PENDING}
    assert await figures(database, company) == (10_000, 7_000)


async def test_posts_and_voids_racing_on_one_hold_settle_it_once(database: Database, org: Org) -> None:
    company = await funded(database, org)
    held = await hold(database, company, 5_000)

    async def settle(i: int) -> str:
        try:
            async with database.transaction() as session:
                if i % 2:
                    await ledger.void_hold(session, company, held.id)
                    return "voided"
                await ledger.post_hold(session, company, held.id)
                return "posted"
        except DomainError as error:
            return codes(error)[0]

    outcomes = await asyncio.gather(*(settle(i) for i in range(20)))
    async with database.session() as session:
        final = await session.scalar(select(LedgerHold.status).where(LedgerHold.id == held.id))
        transfers = await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.company_id == company, LedgerTransfer.idempotency_key == f"hold:{held.id}"))
        assert await ledger.verify(session) == []
    if final is HoldStatus.POSTED:
        assert transfers == 1 and set(outcomes) == {"posted", "HOLD_CLOSED"}
        assert await figures(database, company) == (5_000, 5_000)
    else:
        assert final is HoldStatus.VOIDED and transfers == 0 and set(outcomes) == {"voided", "HOLD_CLOSED"}
        assert await figures(database, company) == (10_000, 10_000)


async def test_verify_finds_a_reservation_no_hold_explains(database: Database, org: Org) -> None:
    company = await funded(database, org)
    await hold(database, company, 1_000)
    async with database.transaction() as session:
        await session.execute(update(LedgerAccount).where(LedgerAccount.company_id == company,
                                                          LedgerAccount.code == CARD).values(reserved=1_500))
    async with database.session() as session:
        problems = await ledger.verify(session)
    assert f"account {CARD}: reserved 1500 but pending holds reserve 1000" in problems
    async with database.transaction() as session:  # put it back, for the other tests' verify
        await session.execute(update(LedgerAccount).where(LedgerAccount.company_id == company,
                                                          LedgerAccount.code == CARD).values(reserved=1_000))
