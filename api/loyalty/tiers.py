"""Members' tiers: upgraded at once when a paid order crosses a threshold, downgraded by a scheduled review.

A member's figures are the spend (amount due) and fuel litres of its paid orders (fully refunded or voided
ones do not count) in the rolling window of the programme (e.g. the last 365 days). The tier reached is
the highest whose spend or litres threshold the figures meet; rank 0 is reached by everyone.

- On an order paid (`upgrade_for_order`): the window ends at the order's payment; the member moves up
  when the tier reached is above its current one, never down. Run twice, the second run finds the member
  already there and changes nothing.
- The scheduled review (`review_tiers`): the window ends now; a member moves down to the tier reached
  when it is below its current one, never up. Run twice, the second run changes nothing.
Every change writes one `TierChange` with the figures it was decided on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.loyalty.models import LoyaltyProgram, MemberTier, Tier, TierChange, TierChangeReason
from api.loyalty.programme import programme, tiers
from api.selling.models import Order, OrderLine, OrderStatus

COUNTED = (OrderStatus.PAID, OrderStatus.PARTIALLY_REFUNDED)


@dataclass(frozen=True)
class Figures:
    spend_fen: int
    volume_ml: int


def figures_query(company_id: uuid.UUID, start: datetime, end: datetime) -> Select[Any]:
    """Each member's spend (amount due) and fuel litres of its counted orders paid in (start, end]."""
    litres = (select(func.coalesce(func.sum(OrderLine.quantity_ml), 0)).where(
        OrderLine.order_id == Order.id, OrderLine.grade_code.is_not(None)).correlate(Order).scalar_subquery())
    return (select(Order.member_id.label("member_id"), func.coalesce(func.sum(Order.payable_fen), 0).label("spend"),
                   func.coalesce(func.sum(litres), 0).label("volume"))
            .where(Order.company_id == company_id, Order.member_id.is_not(None), Order.status.in_(COUNTED),
                   Order.paid_at > start, Order.paid_at <= end).group_by(Order.member_id))


async def figures(session: AsyncSession, company_id: uuid.UUID, member_id: uuid.UUID, end: datetime,
                  window_days: int) -> Figures:
    row = (await session.execute(figures_query(company_id, end - timedelta(days=window_days), end)
                                 .where(Order.member_id == member_id))).first()
    return Figures(int(row[1]), int(row[2])) if row else Figures(0, 0)


class Distance(NamedTuple):
    """What the figures still lack of a tier: None for a threshold the tier does not have."""

    spend_fen: int | None
    volume_ml: int | None
    pct: int  # 0-100 towards the tier, by the threshold closest to being met (100 with none)


def distance(tier: Tier | None, f: Figures) -> Distance:
    """How far the figures are from `tier` (the next one up; None at the top of the ladder)."""
    if tier is None:
        return Distance(None, None, 100)
    shares = [min(100, value * 100 // threshold) for value, threshold in
              ((f.spend_fen, tier.min_spend_fen), (f.volume_ml, tier.min_volume_ml)) if threshold]
    return Distance(None if tier.min_spend_fen is None else max(0, tier.min_spend_fen - f.spend_fen),
                    None if tier.min_volume_ml is None else max(0, tier.min_volume_ml - f.volume_ml),
                    max(shares, default=100))


def reached(ladder: list[Tier], f: Figures) -> Tier | None:
    return next((t for t in reversed(ladder) if t.reached(f.spend_fen, f.volume_ml)), None)


async def current(session: AsyncSession, company_id: uuid.UUID, member_id: uuid.UUID) -> Tier | None:
    """The member's tier (the base tier when none was recorded yet)."""
    tier = await session.scalar(select(Tier).join(MemberTier, MemberTier.tier_id == Tier.id)
                                .where(MemberTier.member_id == member_id))
    if tier is not None:
        return tier
    return await session.scalar(select(Tier).where(Tier.company_id == company_id).order_by(Tier.rank).limit(1))


async def _move(session: AsyncSession, company_id: uuid.UUID, member_id: uuid.UUID, held: MemberTier | None,
                to: Tier, reason: TierChangeReason, f: Figures, order_id: uuid.UUID | None = None) -> None:
    session.add(TierChange(company_id=company_id, member_id=member_id, from_tier_id=held.tier_id if held else None,
                           to_tier_id=to.id, reason=reason, order_id=order_id, spend_fen=f.spend_fen,
                           volume_ml=f.volume_ml))
    if held is None:
        session.add(MemberTier(company_id=company_id, member_id=member_id, tier_id=to.id))
    else:
        held.tier_id = to.id
    await session.flush()


async def upgrade_for_order(session: AsyncSession, order: Order, program: LoyaltyProgram | None = None) -> Tier | None:
    """The member's tier after `order` (paid) was counted: moved up if the order crossed a threshold."""
    assert order.member_id is not None and order.paid_at is not None
    company_id, member_id = order.company_id, order.member_id
    ladder = await tiers(session, company_id)
    if not ladder:
        return None
    program = program or await programme(session, company_id)
    held = await session.scalar(select(MemberTier).where(MemberTier.member_id == member_id).with_for_update())
    f = await figures(session, company_id, member_id, order.paid_at, program.tier_window_days)
    target = reached(ladder, f)
    by_id = {t.id: t for t in ladder}
    now = by_id.get(held.tier_id) if held else None
    if target is not None and (now is None or target.rank > now.rank):
        await _move(session, company_id, member_id, held, target, TierChangeReason.ORDER, f, order.id)
        return target
    return now


async def review_tiers(session: AsyncSession, company_id: uuid.UUID, now: datetime) -> int:
    """Downgrade the company's members whose figures no longer reach their tier; the number moved."""
    ladder = await tiers(session, company_id)
    if len(ladder) < 2:
        return 0
    program = await programme(session, company_id)
    figures_by_member = figures_query(company_id, now - timedelta(days=program.tier_window_days), now).subquery()
    rows = (await session.execute(
        select(MemberTier, func.coalesce(figures_by_member.c.spend, 0), func.coalesce(figures_by_member.c.volume, 0))
        .join(Tier, Tier.id == MemberTier.tier_id)
        .outerjoin(figures_by_member, figures_by_member.c.member_id == MemberTier.member_id)
        .where(and_(MemberTier.company_id == company_id, Tier.rank > ladder[0].rank))
        .order_by(MemberTier.member_id).with_for_update(of=MemberTier, skip_locked=True))).all()
    by_id = {t.id: t for t in ladder}
    moved = 0
    for held, spend, volume in rows:
        f = Figures(int(spend), int(volume))
        target = reached(ladder, f) or ladder[0]
        if target.rank < by_id[held.tier_id].rank:
            await _move(session, company_id, held.member_id, held, target, TierChangeReason.SCHEDULE, f)
            moved += 1
    return moved
