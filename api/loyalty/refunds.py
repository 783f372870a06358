"""Points on refunds: a refunded points payment gives its points back, a refunded order gives back what
it earned. Both run as the refund is settled (`api.selling.refunds.on_refund`), in its transaction, before
its money transfer (points accounts are locked before money accounts, as at checkout), once per refund.

- Points payment refunded: the member gets back the points the payment redeemed, in proportion to the
  money refunded, at the rate the payment used (its redemption movement's points over its amount; a later
  change of the programme's rate changes nothing). Cumulatively over the payment's refunds: what all of
  them gave back is `floor(redeemed × refunded / paid)` less what earlier ones gave, so partial refunds
  never give more than was redeemed and refunding the whole payment gives back exactly that. One REFUND
  movement (`points:redeemed` debited, the member credited), keyed `points:refund:{refund}`.
- Order refunded: the points the order earned are taken back in proportion to the refunded money. The part
  paid with points earned nothing (`api.loyalty.earning`), so its refunds take nothing back and the
  proportion is of what was paid otherwise: after the order's refunds (in the order they were settled)
  `floor(earned × refunded / paid otherwise)` is due in all, so refunding everything takes back all and
  never more. Each refund's part is one REVOKE movement (the member debited, `points:issued` credited),
  keyed `points:revoke:{refund}`; a member who spent them since gives what is held (a holding never goes
  below zero) and the rest is the movement's `shortfall` (when nothing is held, a line with no transfer).
- Order voided (only an order never paid: `api.selling.voids`): its points payments are given back whole,
  each one REFUND movement keyed `points:void:{order}:{position}`, and the void's transfer takes the
  programme's debt to the station back; such an order never earned points (earning waits for the order
  to be paid, and a voided one never is).
- Earning runs after the sale commits (`handle_order_paid`, at least once): when an order was refunded in
  part before its points were awarded, the award takes back the refunds' parts at once (`revoke_earned`),
  under the same keys, so the order is counted once whichever comes first. A fully refunded order earns
  nothing.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from fractions import Fraction
from math import floor

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.clock import utcnow
from api.core.errors import DomainError
from api.ledger.service import Leg
from api.loyalty import points_ledger
from api.loyalty.earning import earn_key
from api.loyalty.models import PointsMovement, PointsMovementKind
from api.loyalty.redemption import redemption_key, redemptions
from api.selling import accounts
from api.selling.models import Order, Payment, PaymentStatus, Refund, RefundStatus, Tender
from api.selling.refunds import RefundErrorCode
from api.selling.voids import VoidErrorCode


def void_key(order_id: uuid.UUID, position: int) -> str:
    return f"points:void:{order_id}:{position}"


def give_back_key(refund_id: uuid.UUID) -> str:
    return f"points:refund:{refund_id}"


def revoke_key(refund_id: uuid.UUID) -> str:
    return f"points:revoke:{refund_id}"


def share(total: int, part: int, whole: int) -> int:
    """`total × part / whole` rounded down, `part` at most `whole` (never more than `total`)."""
    return floor(Fraction(total * min(part, whole), whole)) if whole > 0 else 0


async def on_refund(session: AsyncSession, refund: Refund, payment: Payment, order: Order) -> None:
    """The refund's points (see the module): given back for a points payment, else taken back."""
    if payment.tender is Tender.POINTS:
        await give_back(session, refund, payment, order)
    else:
        await revoke_earned(session, order, settling=refund)


async def _movement(session: AsyncSession, refund_id: uuid.UUID, kind: PointsMovementKind) -> PointsMovement | None:
    return await session.scalar(select(PointsMovement).where(PointsMovement.refund_id == refund_id,
                                                             PointsMovement.kind == kind))


async def give_back(session: AsyncSession, refund: Refund, payment: Payment, order: Order) -> PointsMovement | None:
    """Give the member the points of `refund` of a points payment; None when its share rounds to nothing
    (a later refund of the payment gives it)."""
    done = await _movement(session, refund.id, PointsMovementKind.REFUND)
    if done is not None:
        return done
    redeemed = await points_ledger.posted(session, payment.company_id, redemption_key(order.id, payment.position))
    if redeemed is None:
        raise DomainError(RefundErrorCode.NOT_REFUNDABLE, "找不到这笔积分支付的抵扣记录", field="paymentId")
    earlier = int(await session.scalar(select(func.coalesce(func.sum(Refund.amount_fen), 0)).where(
        Refund.payment_id == payment.id, Refund.status == RefundStatus.SUCCEEDED, Refund.id != refund.id)) or 0)
    returned = int(await session.scalar(select(func.coalesce(func.sum(PointsMovement.points), 0))
                                        .join(Refund, Refund.id == PointsMovement.refund_id)
                                        .where(Refund.payment_id == payment.id,
                                               PointsMovement.kind == PointsMovementKind.REFUND)) or 0)
    points = share(-redeemed.points, earlier + refund.amount_fen, payment.amount_fen) - returned
    if points <= 0:
        return None
    return await points_ledger.move(
        session, payment.company_id, redeemed.member_id, kind=PointsMovementKind.REFUND, points=points,
        key=give_back_key(refund.id), occurred_at=utcnow(), order_id=order.id, station_id=refund.station_id,
        refund_id=refund.id, description=f"退款退回积分 {order.number}", field="amountFen",
        request={"refund": str(refund.id), "payment": str(payment.id)})


async def give_back_on_void(session: AsyncSession, order: Order, payment: Payment) -> list[Leg]:
    """All the points of a points payment back to the member as its order is voided; the legs undoing the
    payment's part of the sale (the programme owes the station that much less; the receivable is owed it
    again, and the void then reverses the whole sale)."""
    redeemed = await points_ledger.posted(session, payment.company_id, redemption_key(order.id, payment.position))
    if redeemed is None:
        raise DomainError(VoidErrorCode.NOT_VOIDABLE, "找不到这笔积分支付的抵扣记录", field="orderId")
    await points_ledger.move(
        session, payment.company_id, redeemed.member_id, kind=PointsMovementKind.REFUND, points=-redeemed.points,
        key=void_key(order.id, payment.position), occurred_at=utcnow(), order_id=order.id,
        station_id=order.station_id, description=f"作废退回积分 {order.number}", field="orderId",
        request={"payment": str(payment.id)})
    return [Leg(redemptions(order.station_id), -payment.amount_fen),
            Leg(accounts.receivable(order.station_id), payment.amount_fen)]


async def revoke_earned(session: AsyncSession, order: Order, settling: Refund | None = None) -> list[PointsMovement]:
    """Take back the points `order` earned for each of its refunds not yet counted (`settling`: the refund
    being settled now, not yet SUCCEEDED); the movements written. Call with the order locked."""
    earned = await points_ledger.posted(session, order.company_id, earn_key(order.id))
    if earned is None or earned.points <= 0:
        return []
    by_points = int(await session.scalar(select(func.coalesce(func.sum(Payment.amount_fen), 0)).where(
        Payment.order_id == order.id, Payment.tender == Tender.POINTS,
        Payment.status == PaymentStatus.SUCCEEDED)) or 0)
    base = order.payable_fen - by_points
    refunds = list((await session.execute(
        select(Refund.id, Refund.amount_fen, Refund.station_id).join(Payment, Payment.id == Refund.payment_id)
        .where(Refund.order_id == order.id, Refund.status == RefundStatus.SUCCEEDED, Payment.tender != Tender.POINTS)
        .order_by(Refund.settled_at, Refund.id))).all())
    if settling is not None and settling.id not in {r.id for r in refunds}:
        refunds.append((settling.id, settling.amount_fen, settling.station_id))  # type: ignore[arg-type]
    counted = set((await session.scalars(select(PointsMovement.refund_id).where(
        PointsMovement.refund_id.in_([r[0] for r in refunds]),
        PointsMovement.kind == PointsMovementKind.REVOKE))).all())
    written, refunded = [], 0
    for refund_id, amount_fen, station_id in refunds:
        due = share(earned.points, refunded + amount_fen, base) - share(earned.points, refunded, base)
        refunded += amount_fen
        if due > 0 and refund_id not in counted:
            written.append(await _take(session, order, earned.member_id, refund_id, station_id, due))
    return written


async def _take(session: AsyncSession, order: Order, member_id: uuid.UUID, refund_id: uuid.UUID,
                station_id: uuid.UUID, due: int) -> PointsMovement:
    return await take_back(session, order.company_id, member_id, due, key=revoke_key(refund_id), refund_id=refund_id,
                           occurred_at=utcnow(), label=f"退款扣回积分 {order.number}", order_id=order.id,
                           station_id=station_id)


async def take_back(session: AsyncSession, company_id: uuid.UUID, member_id: uuid.UUID, due: int, *, key: str,
                    refund_id: uuid.UUID | None, occurred_at: datetime, label: str, order_id: uuid.UUID | None = None,
                    station_id: uuid.UUID | None = None) -> PointsMovement:
    """Take `due` (> 0) earned points back under `key`, or what the member holds; the rest is the REVOKE
    movement's shortfall (nothing held: a line with no transfer). A replay of a key that took something
    returns its movement."""
    done = await points_ledger.posted(session, company_id, key)
    if done is not None:
        return done
    held = await points_ledger.lock(session, company_id, member_id, points_ledger.ISSUED)
    taken = min(due, held)
    description = label + (f"（{due - taken} 分已使用未扣回）" if taken < due else "")
    if taken == 0:
        return await points_ledger.record_shortfall(
            session, company_id, member_id, kind=PointsMovementKind.REVOKE, shortfall=due, refund_id=refund_id,
            occurred_at=occurred_at, description=description, order_id=order_id, station_id=station_id)
    return await points_ledger.move(
        session, company_id, member_id, kind=PointsMovementKind.REVOKE, points=taken, key=key, occurred_at=occurred_at,
        order_id=order_id, station_id=station_id, refund_id=refund_id, shortfall=due - taken, description=description,
        field="amountFen", request={"refund": str(refund_id), "due": due})
