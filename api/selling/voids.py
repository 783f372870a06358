"""Voiding an unpaid order, and writing off a fueling whose driver left without paying (逃单).

- A void needs MANAGE_ORDERS and a reason; only an order awaiting payment with nothing paid or pending on
  it (a paid part is refunded first), except a part paid by a tender that is given back with the void
  (`reverse_on_void`: points go back to the member): its fuelings are released for another checkout, such
  payments are given back and closed, and its sale is reversed in the ledger.
- A drive-off needs MANAGE_ORDERS and a reason: the fueling gets an order of its own in state DRIVE_OFF at
  the open shift, and the sale is booked against the station's drive-off losses instead of a tender.
Both are audited with before and after.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import DomainError
from api.core.idempotency import request_hash
from api.core.permissions import Permission
from api.fuelings.models import Fueling
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.selling import accounts
from api.selling.checkout import next_order_number
from api.selling.models import Order, OrderLine, OrderStatus, Payment, PaymentStatus, Shift, ShiftStatus, Tender
from api.stations.models import Station

VoidReversal = Callable[[AsyncSession, Order, Payment], Awaitable[list[Leg]]]
REVERSED_BY_VOID: dict[Tender, VoidReversal] = {}


def reverse_on_void(tender: Tender, reversal: VoidReversal) -> None:
    """A succeeded payment by `tender` no longer stops a void: `reversal(session, order, payment)` gives it
    back as the order is voided, in its transaction, and returns the legs undoing the payment's part of the
    sale (added to the void's transfer)."""
    REVERSED_BY_VOID[tender] = reversal


class VoidErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"
    NOT_VOIDABLE = "NOT_VOIDABLE"
    ALREADY_SETTLED = "ALREADY_SETTLED"
    NO_OPEN_SHIFT = "NO_OPEN_SHIFT"


Code = VoidErrorCode


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not 2 <= len(reason) <= 200:
        raise DomainError(Code.INVALID, "请填写原因（2 到 200 个字）", field="reason")
    return reason


async def void_order(session: AsyncSession, actor: Actor, order_id: uuid.UUID, reason: str) -> Order:
    reason = _reason(reason)
    order = await session.scalar(select(Order).where(Order.id == order_id).with_for_update())
    if order is None or order.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "订单不存在", field="orderId")
    actor.require_station(order.station_id, Permission.MANAGE_ORDERS)
    if order.status is not OrderStatus.AWAITING_PAYMENT:
        raise DomainError(Code.NOT_VOIDABLE, "只有待支付的订单可以作废（已支付的请退款）", field="orderId")
    live = (await session.scalars(select(Payment).where(
        Payment.order_id == order.id, Payment.status.in_([PaymentStatus.SUCCEEDED, PaymentStatus.PENDING]))
        .order_by(Payment.position))).all()
    if any(p.status is PaymentStatus.PENDING or p.tender not in REVERSED_BY_VOID for p in live):
        raise DomainError(Code.NOT_VOIDABLE, "订单有已支付或支付中的款项，请先退款或等待支付结果", field="orderId")
    given_back: list[Leg] = []
    for payment in live:
        given_back += await REVERSED_BY_VOID[payment.tender](session, order, payment)
        payment.status = PaymentStatus.CLOSED
    lines = (await session.scalars(select(OrderLine).where(OrderLine.order_id == order.id))).all()
    revenue: dict[str, int] = defaultdict(int)
    for line in lines:
        revenue[line.grade_code or "goods"] += line.amount_fen
    await ledger.post(session, order.company_id, key=f"order:{order.id}:void", kind="void", reference=str(order.id),
                      legs=[Leg(accounts.receivable(order.station_id), -order.payable_fen),
                            *(Leg(accounts.fuel_revenue(order.station_id, grade), amount)
                              for grade, amount in sorted(revenue.items())), *given_back])
    await session.execute(update(Fueling).where(Fueling.order_id == order.id)
                          .values(order_id=None, paid=False, updated_at=utcnow()))
    await session.execute(update(OrderLine).where(OrderLine.order_id == order.id).values(fueling_id=None))
    order.status = OrderStatus.VOIDED
    await session.flush()
    await audit.record(session, actor, action="order.void", object_type="Order", object_id=order.id,
                       company_id=order.company_id, station_id=order.station_id,
                       before={"status": "awaiting_payment", "fuelings": [str(line.fueling_id) for line in lines]},
                       after={"status": "voided"}, reason=reason)
    return order


async def drive_off(session: AsyncSession, actor: Actor, fueling_id: uuid.UUID, reason: str) -> Order:
    reason = _reason(reason)
    fueling = await session.scalar(select(Fueling).where(Fueling.id == fueling_id).with_for_update())
    if fueling is None or fueling.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "加油记录不存在", field="fuelingId")
    actor.require_station(fueling.station_id, Permission.MANAGE_ORDERS)
    if fueling.order_id is not None:
        raise DomainError(Code.ALREADY_SETTLED, "该加油记录已有订单", field="fuelingId")
    shift = await session.scalar(select(Shift).where(Shift.station_id == fueling.station_id,
                                                     Shift.status == ShiftStatus.OPEN).with_for_update(read=True))
    if shift is None:
        raise DomainError(Code.NO_OPEN_SHIFT, "本站没有进行中的班次，请先开班", field="fuelingId")
    station = await session.get(Station, fueling.station_id)
    assert station is not None and actor.id is not None
    now = utcnow()
    key = f"drive-off:{fueling.id}"
    order = Order(company_id=fueling.company_id, station_id=fueling.station_id, shift_id=shift.id,
                  number=await next_order_number(session, station, now), status=OrderStatus.DRIVE_OFF,
                  cashier_id=actor.id, total_fen=fueling.amount_fen, discount_fen=0, payable_fen=fueling.amount_fen,
                  remark=reason, idempotency_key=key, request_hash=request_hash({"fueling": fueling.id}))
    session.add(order)
    await session.flush()
    session.add(OrderLine(company_id=order.company_id, station_id=order.station_id, order_id=order.id, position=0,
                          fueling_id=fueling.id, description=f"逃单 {fueling.volume_ml / 1000:.2f} L",
                          grade_code=fueling.grade_code, quantity_ml=fueling.volume_ml,
                          unit_price_fen=fueling.unit_price_fen, amount_fen=fueling.amount_fen))
    await ledger.post(session, order.company_id, key=f"order:{order.id}:drive_off", kind="drive_off",
                      reference=str(order.id), legs=[
                          Leg(accounts.drive_off_losses(order.station_id), fueling.amount_fen),
                          Leg(accounts.fuel_revenue(order.station_id, fueling.grade_code), -fueling.amount_fen)])
    fueling.order_id, fueling.updated_at = order.id, now
    await session.flush()
    await audit.record(session, actor, action="fueling.drive_off", object_type="Fueling", object_id=fueling.id,
                       company_id=order.company_id, station_id=order.station_id,
                       before={"order": None}, after={"order": order.number, "amount_fen": fueling.amount_fen},
                       reason=reason)
    return order


async def set_tags(session: AsyncSession, actor: Actor, order_id: uuid.UUID, tags: list[str]) -> Order:
    from api.core.errors import ValidationErrors
    from api.selling.checkout import check_tags

    problems = ValidationErrors()
    check_tags(tags, problems)
    problems.raise_if_any()
    order = await session.scalar(select(Order).where(Order.id == order_id).with_for_update())
    if order is None or order.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "订单不存在", field="orderId")
    actor.require_station(order.station_id, Permission.OPERATE_POS)
    order.tags = sorted({t.strip() for t in tags})
    await session.flush()
    return order
