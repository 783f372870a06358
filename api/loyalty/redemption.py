"""Spending points: as a checkout tender (`Tender.POINTS`), for a gift at the station, and their expiry.

Tender: the order's member pays part of the amount due with points at the programme's rate (e.g. 100
points = ¥1; a fen's worth of points is rounded up), at least the programme's minimum, at most its share
of the amount due. Settling posts two transfers in the checkout's transaction: the points (POINTS:
`points:{member}` debited, `points:redeemed` credited, keyed `order:{order}:points:{tender index}`) and,
through the sale's own transfer, the money (CNY: `loyalty:redemptions:{station}` debited, what the
programme owes the station for the fuel it gave, and the receivable credited). A refusal names the
tender's field; checkout is then refused as a whole and nothing is written. A refund of the payment
lowers what the programme owes the station (`PointsTender.refund`) and gives the member the points back
(`api.loyalty.refunds`).

Expiry: points are valid for the programme's days from the day they were earned. Points are spent
oldest first, so what lapses at a cutoff is what was earned before it less everything spent or expired
so far (never below zero). Points a refund gave back count as never spent; points a refund took back from
an order's earning count against that earning (dated when the order was paid), not as spent. The job
keys each member's expiry by the cutoff day: run twice, or twice at once, it expires the points once. What
will lapse within a month unless spent (`expiring`) is what that day's run would lapse.
"""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import DomainError, ValidationErrors
from api.core.permissions import Permission
from api.ledger.service import Leg
from api.loyalty import points_ledger
from api.loyalty.errors import PointsGiftErrorCode as GiftCode
from api.loyalty.models import LoyaltyProgram, PointsMovement, PointsMovementKind
from api.loyalty.programme import programme
from api.members.models import Member
from api.selling import accounts
from api.selling.errors import CheckoutErrorCode
from api.selling.models import Order, Payment
from api.selling.tenders import TenderContext, TenderRequest
from api.stations.service import require_stations_in_scope

CHINA = ZoneInfo("Asia/Shanghai")


def redemptions(station_id: uuid.UUID) -> str:
    """What the points programme owes a station for what members paid there with points."""
    return f"loyalty:redemptions:{station_id}"


def redemption_key(order_id: uuid.UUID, position: int) -> str:
    """The points transfer of the order's tender at `position` (its payment's position)."""
    return f"order:{order_id}:points:{position}"


def points_for(amount_fen: int, program: LoyaltyProgram) -> int:
    """The points that pay `amount_fen` (rounded up: a part of a fen is never given away)."""
    return -(-amount_fen * program.redeem_points_per_yuan // 100)


def redeemable_fen(points: int, program: LoyaltyProgram) -> int:
    """The most money `points` pay as a tender now: at the rate, rounded down to the fen, and nothing when
    that is fewer points than the minimum (the order's share limit is the order's, not counted here)."""
    if points <= 0 or program.redeem_points_per_yuan <= 0:
        return 0
    fen = points * 100 // program.redeem_points_per_yuan
    return fen if fen > 0 and points_for(fen, program) >= program.redeem_min_points else 0


class PointsTender:
    """Points as a checkout tender."""

    def validate(self, request: TenderRequest, field: str, problems: ValidationErrors) -> None:
        """Nothing to check before the order exists: the member, the rate and the limits are the order's."""

    async def settle(self, session: AsyncSession, request: TenderRequest, context: TenderContext) -> list[Leg]:
        field = f"tenders.{context.index}"
        order = await session.get(Order, context.order_id)
        assert order is not None
        if order.member_id is None:
            raise DomainError(CheckoutErrorCode.INVALID, "积分支付须先识别会员", field=f"{field}.tender")
        program = await programme(session, context.company_id)
        points = points_for(request.amount_fen, program)
        if points < program.redeem_min_points:
            raise DomainError(CheckoutErrorCode.INVALID, f"积分抵扣最少 {program.redeem_min_points} 分",
                              field=f"{field}.amountFen")
        if request.amount_fen * 100 > order.payable_fen * program.redeem_max_share_pct:
            raise DomainError(CheckoutErrorCode.INVALID,
                              f"积分最多抵扣应付金额的 {program.redeem_max_share_pct}%", field=f"{field}.amountFen")
        try:
            await points_ledger.move(session, context.company_id, order.member_id, kind=PointsMovementKind.REDEEM,
                                     points=points, key=redemption_key(order.id, context.index),
                                     occurred_at=utcnow(), order_id=order.id, station_id=context.station_id,
                                     description=f"积分抵扣 {order.number}", field=f"{field}.amountFen",
                                     request={"amount_fen": request.amount_fen})
        except DomainError as error:
            raise DomainError(CheckoutErrorCode.INVALID, error.problems[0].message, field=error.field) from error
        return [Leg(redemptions(context.station_id), request.amount_fen),
                Leg(accounts.receivable(context.station_id), -request.amount_fen)]

    async def refund(self, session: AsyncSession, payment: Payment, amount_fen: int,
                     shift_id: uuid.UUID | None) -> list[Leg]:
        """The money side of a refund: the programme owes the station that much less. The points go back
        to the member as the refund is settled (`api.loyalty.refunds.give_back`, its own POINTS transfer)."""
        return [Leg(redemptions(payment.station_id), -amount_fen)]


async def redeem_for_gift(session: AsyncSession, actor: Actor, *, member_id: uuid.UUID, station_id: uuid.UUID,
                          gift: str, points: int, idempotency_key: str) -> tuple[PointsMovement, bool]:
    """Exchange a member's points for a gift handed over at the station; (the movement, True on a replay).
    The same key and request return the first exchange; another request under the key is refused."""
    await require_stations_in_scope(session, actor, [station_id], Permission.OPERATE_POS, field="stationId")
    problems = ValidationErrors()
    if not 8 <= len(idempotency_key) <= 128:
        problems.add(GiftCode.INVALID, "幂等键须为 8 到 128 个字符", "idempotencyKey")
    if not 1 <= len(gift.strip()) <= 32:
        problems.add(GiftCode.INVALID, "礼品名称须为 1 到 32 个字", "gift")
    if not 1 <= points <= 10_000_000:
        problems.add(GiftCode.INVALID, "兑换积分须为正数", "points")
    problems.raise_if_any()
    assert actor.company_id is not None
    member = await session.scalar(select(Member.id).where(Member.id == member_id,
                                                          Member.company_id == actor.company_id))
    if member is None:
        raise DomainError(GiftCode.NOT_FOUND, "会员不存在", field="memberId")
    key = f"points:gift:{idempotency_key}"
    before = await points_ledger.posted(session, actor.company_id, key)
    movement = await points_ledger.move(
        session, actor.company_id, member_id, kind=PointsMovementKind.GIFT, points=points, key=key,
        occurred_at=utcnow(), station_id=station_id, description=f"兑换礼品：{gift.strip()}", field="points",
        request={"member": str(member_id), "station": str(station_id), "gift": gift.strip()})
    if before is None:
        await audit.record(session, actor, action="points.gift", object_type="Member", object_id=member_id,
                           company_id=actor.company_id, station_id=station_id, before=None,
                           after={"gift": gift.strip(), "points": points, "balance_after": movement.balance_after})
    return movement, before is not None


def cutoff(now: datetime, validity_days: int) -> datetime:
    """Points earned before this instant have lapsed: the start of the day (China time) `validity_days` ago."""
    day = now.astimezone(CHINA).date() - timedelta(days=validity_days)
    return datetime.combine(day, time(0), CHINA)


def _lapsing(company_id: uuid.UUID, before: datetime) -> Select[uuid.UUID, int]:
    """(member, points) of the company's members whose points earned before `before` are not all spent: what
    lapses at that cutoff (earned before it, less everything spent, given back or lapsed since, oldest first)."""
    earned_at = case((PointsMovement.kind == PointsMovementKind.REVOKE,
                      func.coalesce(Order.paid_at, PointsMovement.occurred_at)), else_=PointsMovement.occurred_at)
    earned_before = func.coalesce(func.sum(PointsMovement.points).filter(
        PointsMovement.kind.in_([PointsMovementKind.EARN, PointsMovementKind.REVOKE]), earned_at < before), 0)
    spent = func.coalesce(-func.sum(PointsMovement.points).filter(
        PointsMovement.kind.not_in([PointsMovementKind.EARN, PointsMovementKind.REVOKE])), 0)
    return (select(PointsMovement.member_id, earned_before - spent)
            .outerjoin(Order, Order.id == PointsMovement.order_id)
            .where(PointsMovement.company_id == company_id)
            .group_by(PointsMovement.member_id).having(earned_before > spent)
            .order_by(PointsMovement.member_id))


EXPIRING_WITHIN_DAYS = 30


async def expiring(session: AsyncSession, company_id: uuid.UUID, member_id: uuid.UUID, now: datetime,
                   within_days: int = EXPIRING_WITHIN_DAYS) -> tuple[int, datetime]:
    """The member's points that will lapse within `within_days` unless spent, and by when: the expiry job run
    that day would lapse them (what was earned before that day's cutoff and is not spent)."""
    program = await programme(session, company_id)
    until = now + timedelta(days=within_days)
    row = (await session.execute(_lapsing(company_id, cutoff(until, program.points_validity_days))
                                 .where(PointsMovement.member_id == member_id))).first()
    return (int(row[1]) if row else 0), until


async def expire_points(session: AsyncSession, company_id: uuid.UUID, now: datetime) -> int:
    """Expire the company's lapsed points (see the module); the number of members whose points lapsed."""
    program = await programme(session, company_id)
    before = cutoff(now, program.points_validity_days)
    rows = (await session.execute(_lapsing(company_id, before))).all()
    for member_id, lapsed in rows:
        await points_ledger.move(session, company_id, member_id, kind=PointsMovementKind.EXPIRE, points=int(lapsed),
                                 key=f"points:expire:{member_id}:{before.date().isoformat()}", occurred_at=now,
                                 description=f"积分过期（{before.date().isoformat()} 前获得）", field="points")
    return len(rows)
