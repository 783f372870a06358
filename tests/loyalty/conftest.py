"""Loyalty tests: a POS at the test forecourt, the company's ladder and rules, members made directly."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import select

from api.core.db import Database
from api.core.ids import to_global_id
from api.core.outbox import OutboxMessage
from api.loyalty.models import LoyaltyProgram, PointsBasis, PointsRule, PointsRuleKind, PointsTarget, Tier
from api.members.models import Member
from api.selling import events
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import make_member
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.support.graphql import GraphQLClient

GRADE = "1402"  # 92#, what the test pump sells at ¥7.30


@dataclass
class Ladder:
    base: Tier
    silver: Tier
    gold: Tier


@pytest.fixture
async def pos(client: GraphQLClient, forecourt: Forecourt, staff_client: StaffClientFactory) -> Pos:
    station = forecourt.org.stations[0].id
    cashier = await staff_client(role_code="cashier", stations=[station])
    return Pos(cashier, client.with_token(forecourt.device_token), to_global_id("Station", station))


@pytest.fixture
async def ladder(database: Database, forecourt: Forecourt) -> Ladder:
    """普通 / 银卡 (¥300 in 365 days, 0.20 off a litre of 92#, 1.5× points) / 金卡 (¥1,000 or 200 L); 1 point
    per yuan of fuel; 100 points = ¥1, at least 100, at most half the order."""
    company = forecourt.org.company.id
    async with database.transaction() as session:
        tiers = Ladder(Tier(company_id=company, name="普通", rank=0, points_multiplier_pct=100, grade_discounts={}),
                       Tier(company_id=company, name="银卡", rank=1, min_spend_fen=30_000, points_multiplier_pct=150,
                            grade_discounts={GRADE: 20}),
                       Tier(company_id=company, name="金卡", rank=2, min_spend_fen=100_000, min_volume_ml=200_000,
                            points_multiplier_pct=200, grade_discounts={GRADE: 40}))
        session.add_all([tiers.base, tiers.silver, tiers.gold])
        session.add(LoyaltyProgram(company_id=company, tier_window_days=365, points_validity_days=365,
                                   redeem_points_per_yuan=100, redeem_min_points=100, redeem_max_share_pct=50,
                                   certified_discounts={GRADE: 30}, certified_stacks=False))
        session.add(PointsRule(company_id=company, name="加油积分", kind=PointsRuleKind.BASE, target=PointsTarget.FUEL,
                               basis=PointsBasis.PER_YUAN, points=1, active=True))
    return tiers


async def new_member(database: Database, settings: Settings, forecourt: Forecourt) -> Member:
    return await make_member(database, settings, forecourt.org)


async def deliver(database: Database, order_gid: str, times: int = 1) -> None:
    """What the worker does with the order's outbox message (at least once: `times`)."""
    from api.core.ids import from_global_id

    _, pk = from_global_id(order_gid, "Order")
    async with database.session() as session:
        kwargs = (await session.scalars(select(OutboxMessage.kwargs).where(
            OutboxMessage.actor_name == events.ORDER_PAID_ACTOR))).all()
    assert {"order_id": str(pk)} in kwargs
    for _ in range(times):
        await events.order_paid(database.transaction, pk)


def gid(member: Member) -> str:
    return to_global_id("Member", member.id)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


__all__ = ["GRADE", "Ladder", "at", "deliver", "gid", "new_member", "uuid"]
