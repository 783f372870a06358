"""Loyalty figures for a station owner: members per tier now, and points issued, redeemed and expired per
month (China time), each one aggregate statement."""

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


async def members_per_tier(session: AsyncSession, company_id: uuid.UUID) -> list[TierCount]:
    """Registered members by tier; members never placed are counted in the base tier."""
    ladder = (await session.execute(select(Tier.id, Tier.name, Tier.rank).where(Tier.company_id == company_id)
                                    .order_by(Tier.rank))).all()
    if not ladder:
        return []
    counts = dict((await session.execute(
        select(func.coalesce(MemberTier.tier_id, ladder[0].id), func.count()).select_from(Member)
        .outerjoin(MemberTier, MemberTier.member_id == Member.id)
        .where(Member.company_id == company_id, Member.status == MemberStatus.REGISTERED)
        .group_by(func.coalesce(MemberTier.tier_id, ladder[0].id)))).all())
    return [TierCount(t.id, t.name, t.rank, int(counts.get(t.id, 0))) for t in ladder]


async def points_per_month(session: AsyncSession, company_id: uuid.UUID, start: date, end: date) -> list[PointsMonth]:
    month = func.to_char(func.timezone("Asia/Shanghai", PointsMovement.occurred_at), "YYYY-MM")
    summed = {kind: func.coalesce(func.sum(func.abs(PointsMovement.points)).filter(PointsMovement.kind.in_(kinds)), 0)
              for kind, kinds in (("issued", [PointsMovementKind.EARN]),
                                  ("redeemed", [PointsMovementKind.REDEEM, PointsMovementKind.GIFT]),
                                  ("expired", [PointsMovementKind.EXPIRE]))}
    rows = (await session.execute(
        select(month, summed["issued"], summed["redeemed"], summed["expired"])
        .where(PointsMovement.company_id == company_id,
               PointsMovement.occurred_at >= datetime.combine(start, time(0), CHINA),
               PointsMovement.occurred_at < datetime.combine(end + timedelta(days=1), time(0), CHINA))
        .group_by(month).order_by(month))).all()
    return [PointsMonth(m, int(i), int(r), int(e)) for m, i, r, e in rows]
