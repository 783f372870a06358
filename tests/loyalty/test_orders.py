"""Paid orders and loyalty: points awarded once per order however often the event is delivered, the tier
upgraded by the order that crosses the threshold, member and certified drivers' prices in the quote and
the checkout, and the scheduled downgrade run twice."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from api.core.clock import utcnow
from api.core.db import Database
from api.ledger.models import LedgerTransfer
from api.loyalty import tiers
from api.loyalty.models import (
    Certification,
    CertificationStatus,
    MemberTier,
    PointsMovement,
    TierChange,
    TierChangeReason,
)
from api.members.models import Member
from api.settings import Settings
from tests.fixtures.pumps import Forecourt
from tests.loyalty.conftest import Ladder, deliver, gid, new_member
from tests.selling.pos import CHECKOUT, Pos

QUOTE = """query($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) {
  quote { discounts { rule label amount { fen } line } total { fen } payable { fen } } errors { field code } } }"""
POINTS = """query($m: ID!) { memberPoints(memberId: $m) { balance tier { name }
  tierHistory { fromTier toTier reason } statement(first: 10) { edges { node { kind points balanceAfter } } } } }"""


async def pay(pos: Pos, fueling: str, amount: int, member: Member, **extra: Any) -> dict[str, Any]:
    result = await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [fueling],
        "tenders": [{"tender": "CASH", "amountFen": amount}], "memberId": gid(member), **extra}})
    payload = result.data["checkoutCreate"]
    assert payload["errors"] == [], payload["errors"]
    return payload["order"]  # type: ignore[no-any-return]


async def test_points_are_awarded_once_per_order_and_the_crossing_order_upgrades_the_tier(
        pos: Pos, ladder: Ladder, database: Database, settings: Settings, forecourt: Forecourt) -> None:
    member = await new_member(database, settings, forecourt)
    await pos.open()
    first, amount = await pos.fueling(20_000)  # 20 L: ¥146.00
    order = await pay(pos, first, amount, member)
    await deliver(database, order["id"], times=2)  # at least once: delivered twice
    points = (await pos.cashier.execute(POINTS, {"m": gid(member)})).data["memberPoints"]
    assert points["balance"] == 146 and points["tier"]["name"] == "普通"
    second, amount_2 = await pos.fueling(30_000)  # ¥219.00: ¥365 in the window crosses 银卡's ¥300
    crossing = await pay(pos, second, amount_2, member)
    await deliver(database, crossing["id"], times=3)
    points = (await pos.cashier.execute(POINTS, {"m": gid(member)})).data["memberPoints"]
    assert points["tier"]["name"] == "银卡"
    assert points["balance"] == 146 + 328  # 219 × 1.5 (the tier the order reached), rounded down
    assert [e["node"]["points"] for e in points["statement"]["edges"]] == [328, 146]
    assert points["tierHistory"] == [{"fromTier": "普通", "toTier": "银卡", "reason": "ORDER"},
                                     {"fromTier": None, "toTier": "普通", "reason": "ORDER"}]
    async with database.session() as session:
        earned = await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.company_id == forecourt.org.company.id, LedgerTransfer.kind == "points_earn"))
        assert earned == 2  # one transfer per order, whatever the deliveries


async def test_member_and_certified_prices_in_the_quote_and_the_checkout(
        pos: Pos, ladder: Ladder, database: Database, settings: Settings, forecourt: Forecourt) -> None:
    member = await new_member(database, settings, forecourt)
    async with database.transaction() as session:
        session.add(MemberTier(company_id=forecourt.org.company.id, member_id=member.id, tier_id=ladder.silver.id))
    await pos.open()
    fueling, amount = await pos.fueling(20_000)
    ask = {"stationId": pos.station, "fuelingIds": [fueling], "memberId": gid(member)}
    quote = (await pos.cashier.execute(QUOTE, {"input": ask})).data["checkoutQuote"]["quote"]
    assert quote["discounts"] == [{"rule": "member_price", "label": "会员价", "amount": {"fen": 400}, "line": 0}]
    async with database.transaction() as session:  # now also a certified driver: 0.30 off, the better one
        session.add(Certification(company_id=forecourt.org.company.id, member_id=member.id, platform="滴滴出行",
                                  plate="川A12345", status=CertificationStatus.APPROVED))
    quote = (await pos.cashier.execute(QUOTE, {"input": ask})).data["checkoutQuote"]["quote"]
    assert [(d["rule"], d["amount"]["fen"]) for d in quote["discounts"]] == [
        ("member_price", 400), ("certified_driver_price", 200)]
    assert quote["payable"]["fen"] == amount - 600
    refused = (await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [fueling],
        "tenders": [{"tender": "CASH", "amountFen": amount}], "memberId": gid(member)}})).data["checkoutCreate"]
    assert [e["field"] for e in refused["errors"]] == ["tenders"]  # the price is the member's, not the list's
    order = await pay(pos, fueling, amount - 600, member)
    assert order["payable"]["fen"] == amount - 600


async def test_the_scheduled_review_downgrades_once(ladder: Ladder, database: Database, settings: Settings,
                                                    forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    member = await new_member(database, settings, forecourt)
    async with database.transaction() as session:
        session.add(MemberTier(company_id=company, member_id=member.id, tier_id=ladder.gold.id))
    for expected in (1, 0):  # run twice: the second finds nothing to do
        async with database.transaction() as session:
            assert await tiers.review_tiers(session, company, utcnow()) == expected
    async with database.session() as session:
        held = await session.scalar(select(MemberTier.tier_id).where(MemberTier.member_id == member.id))
        changes = (await session.scalars(select(TierChange).where(TierChange.member_id == member.id))).all()
        movements = await session.scalar(select(func.count()).select_from(PointsMovement)
                                         .where(PointsMovement.member_id == member.id))
    assert held == ladder.base.id and movements == 0
    assert [(c.from_tier_id, c.to_tier_id, c.reason) for c in changes] == [
        (ladder.gold.id, ladder.base.id, TierChangeReason.SCHEDULE)]
