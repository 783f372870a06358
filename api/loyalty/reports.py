"""Loyalty figures for a station owner: members per tier now, and points issued, redeemed and expired per
month (China time), with what refunds gave back (of points payments) and took back (of orders' earnings,
and the shortfall a member had already spent), each one aggregate statement."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.loyalty.models import MemberTier, PointsMovement, PointsMovementKind, Tier
from api.loyalty.redemption import CHINA
from api.members.models import Member, MemberStatus


@dataclass(frozen=True)
class TierCount:
    tier_id: uuid.UUID
    name: str
    rank: int
    members: int


@dataclass(frozen=True)
class PointsMonth:
    month: str  # 2026-12
    issued: int
    redeemed: int  # checkout tenders and gifts
    expired: int
    refunded: int = 0  # given back by refunds of points payments
    revoked: int = 0  # taken back by refunds of orders that earned them
    shortfall: int = 0  # due back by those refunds but already spent (not taken)


async def members_per_tier(session: AsyncSession, company_id: uuid.UUID) -> list[TierCount]:
    """Registered members by tier; members never placed are counted in the base tier."""
    ladder = (await session.execute(select(Tier.id, Tier.name, Tier.rank).where(Tier.company_id == company_id)
                                    .order_by(Tier.rank))).all()
    if not ladder:
        return []
    counts: dict[uuid.UUID, int] = {}
    for tier_id, members in (await session.execute(
            select(MemberTier.tier_id, func.count()).select_from(Member)
            .outerjoin(MemberTier, MemberTier.member_id == Member.id)
            .where(Member.company_id == company_id, Member.status == MemberStatus.REGISTERED)
            .group_by(MemberTier.tier_id))).all():
        key = tier_id or ladder[0].id  # never placed: the base tier
        counts[key] = counts.get(key, 0) + int(members)
    return [TierCount(t.id, t.name, t.rank, int(counts.get(t.id, 0))) for t in ladder]


async def points_per_month(session: AsyncSession, company_id: uuid.UUID, start: date, end: date) -> list[PointsMonth]:
    month = func.to_char(func.timezone("Asia/Shanghai", PointsMovement.occurred_at), "YYYY-MM")
    summed = {kind: func.coalesce(func.sum(func.abs(PointsMovement.points)).filter(PointsMovement.kind.in_(kinds)), 0)
              for kind, kinds in (("issued", [PointsMovementKind.EARN]),
                                  ("redeemed", [PointsMovementKind.REDEEM, PointsMovementKind.GIFT]),
                                  ("expired", [PointsMovementKind.EXPIRE]),
                                  ("refunded", [PointsMovementKind.REFUND]),
                                  ("revoked", [PointsMovementKind.REVOKE]))}
    shortfall = func.coalesce(func.sum(PointsMovement.shortfall).filter(
        PointsMovement.kind == PointsMovementKind.REVOKE), 0)
    rows = (await session.execute(
        select(month, summed["issued"], summed["redeemed"], summed["expired"], summed["refunded"],
               summed["revoked"], shortfall)
        .where(PointsMovement.company_id == company_id,
               PointsMovement.occurred_at >= datetime.combine(start, time(0), CHINA),
               PointsMovement.occurred_at < datetime.combine(end + timedelta(days=1), time(0), CHINA))
        .group_by(month).order_by(month))).all()
    return [PointsMonth(m, *(int(v) for v in values)) for m, *values in rows]
