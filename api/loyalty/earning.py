"""Points earned by a paid order, and the order-paid handler that upgrades the tier and awards them.

Per line, the most specific active base rule for it applies (a rule for the line's grade before one for
every grade; goods lines follow goods rules): `points` per yuan of the line's amount after its discounts,
or per litre. The part of the order paid with points earns nothing: the line's base is scaled by the share
of the amount due paid otherwise (order-level discounts are taken off the same way). The line's points
are multiplied by the member's tier multiplier (the tier after this order's upgrade) and by the highest
campaign multiplier active when the order was paid. The order's total is rounded down once.

Delivery is at least once: the award is one ledger transfer keyed `points:earn:{order}`, looked up first,
so a second delivery (or a replay after the tier changed) awards nothing more. The order is locked while
it is awarded, so a refund settling at the same moment waits and then takes its share back. An order
refunded in part before the award is awarded, and its refunds' shares are taken back at once
(`api.loyalty.refunds`); a fully refunded one earns nothing.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from fractions import Fraction
from math import floor

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.loyalty import points_ledger, tiers
from api.loyalty.models import PointsBasis, PointsMovementKind, PointsRule, PointsRuleKind, PointsTarget, Tier
from api.loyalty.programme import programme
from api.selling.models import Order, OrderDiscount, OrderLine, OrderStatus, Payment, PaymentStatus, Tender


def earn_key(order_id: uuid.UUID) -> str:
    return f"points:earn:{order_id}"


async def active_rules(session: AsyncSession, company_id: uuid.UUID, at: datetime) -> list[PointsRule]:
    return list((await session.scalars(select(PointsRule).where(
        PointsRule.company_id == company_id, PointsRule.active.is_(True),
        or_(PointsRule.kind == PointsRuleKind.BASE,
            (PointsRule.starts_at <= at) & (PointsRule.ends_at > at))).order_by(PointsRule.created_at.desc()))).all())


def _applies(rule: PointsRule, line: OrderLine) -> bool:
    if line.grade_code is None:
        return rule.target is PointsTarget.GOODS
    return rule.target is PointsTarget.FUEL and rule.grade_code in (None, line.grade_code)


def line_points(rules: list[PointsRule], line: OrderLine, net_fen: Fraction, litres: Fraction) -> Fraction:
    """The points of one line before the tier multiplier (its base rule times the best campaign)."""
    base = sorted((r for r in rules if r.kind is PointsRuleKind.BASE and _applies(r, line)),
                  key=lambda r: r.grade_code is None)  # the grade's own rule first; newest first within
    if not base:
        return Fraction(0)
    rule = base[0]
    assert rule.points is not None
    amount = net_fen / 100 if rule.basis is PointsBasis.PER_YUAN else litres
    campaigns = [r.multiplier_pct or 100 for r in rules if r.kind is PointsRuleKind.CAMPAIGN and _applies(r, line)]
    return rule.points * amount * Fraction(max(campaigns, default=100), 100)


async def points_for_order(session: AsyncSession, order: Order, tier: Tier | None) -> int:
    assert order.paid_at is not None
    rules = await active_rules(session, order.company_id, order.paid_at)
    if not rules:
        return 0
    lines = (await session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)
                                   .order_by(OrderLine.position))).all()
    line_discounts: dict[int, int] = defaultdict(int)
    for position, amount in (await session.execute(select(OrderDiscount.line_position, OrderDiscount.amount_fen)
                                                   .where(OrderDiscount.order_id == order.id))).all():
        if position is not None:
            line_discounts[position] += amount
    by_points = sum((await session.scalars(select(Payment.amount_fen).where(
        Payment.order_id == order.id, Payment.tender == Tender.POINTS,
        Payment.status == PaymentStatus.SUCCEEDED))).all())
    nets = {line.position: line.amount_fen - line_discounts[line.position] for line in lines}
    paid_otherwise = order.payable_fen - by_points
    if paid_otherwise <= 0 or sum(nets.values()) <= 0:
        return 0
    amount_share = Fraction(paid_otherwise, sum(nets.values()))
    volume_share = Fraction(paid_otherwise, order.payable_fen)
    total = sum((line_points(rules, line, nets[line.position] * amount_share,
                             Fraction(line.quantity_ml or 0, 1000) * volume_share) for line in lines), Fraction(0))
    multiplier = Fraction(tier.points_multiplier_pct if tier else 100, 100)
    return floor(total * multiplier)


async def handle_order_paid(session: AsyncSession, order_id: uuid.UUID) -> None:
    """The member's tier reviewed and the order's points awarded, once per order."""
    order = await session.scalar(select(Order).where(Order.id == order_id).with_for_update()
                                 .execution_options(populate_existing=True))
    if (order is None or order.member_id is None or order.paid_at is None
            or order.status not in (OrderStatus.PAID, OrderStatus.PARTIALLY_REFUNDED)):
        return
    program = await programme(session, order.company_id)
    tier = await tiers.upgrade_for_order(session, order, program)
    key = earn_key(order.id)
    if await points_ledger.posted(session, order.company_id, key) is not None:
        return
    points = await points_for_order(session, order, tier)
    if points > 0:
        await points_ledger.move(session, order.company_id, order.member_id, kind=PointsMovementKind.EARN,
                                 points=points, key=key, occurred_at=order.paid_at, order_id=order.id,
                                 station_id=order.station_id, description=f"消费积分 {order.number}",
                                 field="orderId", request={"order": str(order.id)})
        if order.status is OrderStatus.PARTIALLY_REFUNDED:
            from api.loyalty.refunds import revoke_earned  # it builds on this module

            await revoke_earned(session, order)
