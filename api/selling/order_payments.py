"""Paying the rest of an order that is still awaiting payment, at the POS.

When a payment code of a checkout fails or is closed (an expired code, a payer who gives up), the order
keeps what was already paid and waits for the rest; the cashier takes it with other tenders, here.

Rules:
- The idempotency key serialises requests that share it (an advisory lock): the same key with the same
  request returns the order as it is; another request under the key is IDEMPOTENCY_CONFLICT, nothing done.
- Only an order awaiting payment (NOT_PAYABLE otherwise), of a station in the cashier's scope (or, for a
  member, its own order paid by stored-value card: the mini-program's card payment), with an open shift
  there (the new cash goes into the current drawer; a card payment is the shift's takings), and no payment
  code still waiting for its payer (PAYMENT_PENDING: ask the channel first).
- The tenders add up exactly to what is still owed: the payable less what has succeeded.
- In-station tenders are posted at once, in one ledger transfer of this request; a payment code is PENDING
  and goes to its channel after the commit (`collect.py`), as at checkout. The order is paid when every
  fen has succeeded.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from redis.asyncio import Redis
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.idempotency import request_hash
from api.core.locks import xact_lock
from api.core.permissions import Permission
from api.fuelings.models import Fueling
from api.ledger import service as ledger
from api.payments.merchants import payment_code_channel
from api.selling.errors import CheckoutErrorCode as Code
from api.selling.models import (
    Order,
    OrderLine,
    OrderPaymentRequest,
    OrderStatus,
    Payment,
    PaymentStatus,
    Shift,
    ShiftStatus,
    Tender,
)
from api.selling.tenders import SoldLine, TenderContext, TenderRequest, in_station, validate_tenders


@dataclass(frozen=True)
class OrderPayRequest:
    order_id: uuid.UUID
    idempotency_key: str
    tenders: list[TenderRequest]
    fingerprint: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "fingerprint", request_hash({
            "order": self.order_id,
            "tenders": [(t.tender.value, t.amount_fen, t.given_fen, t.reference, t.auth_code) for t in self.tenders]}))


async def _replay(session: AsyncSession, company_id: uuid.UUID, request: OrderPayRequest) -> Order | None:
    await xact_lock(session, f"order-pay:{company_id}:{request.idempotency_key}")
    existing = await session.scalar(select(OrderPaymentRequest).where(
        OrderPaymentRequest.company_id == company_id, OrderPaymentRequest.idempotency_key == request.idempotency_key))
    if existing is None:
        return None
    if existing.request_hash != request.fingerprint:
        raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的支付", field="idempotencyKey")
    return await session.get(Order, existing.order_id)


async def _payable(session: AsyncSession, order: Order, request: OrderPayRequest) -> tuple[Shift, list[Payment]]:
    """The station's open shift and the order's payments, once the order may take these tenders."""
    if order.status is not OrderStatus.AWAITING_PAYMENT:
        raise DomainError(Code.NOT_PAYABLE, "该订单不是待支付状态", field="orderId")
    shift = await session.scalar(select(Shift).where(Shift.station_id == order.station_id,
                                                     Shift.status == ShiftStatus.OPEN).with_for_update(read=True))
    if shift is None:
        raise DomainError(Code.NO_OPEN_SHIFT, "本站没有进行中的班次，请先开班", field="orderId")
    existing = list((await session.scalars(select(Payment).where(Payment.order_id == order.id)
                                           .order_by(Payment.position))).all())
    if any(p.status is PaymentStatus.PENDING for p in existing):
        raise DomainError(Code.PAYMENT_PENDING, "该订单有扫码支付尚在等待顾客确认，请先查询结果", field="orderId")
    owed = order.payable_fen - sum(p.amount_fen for p in existing if p.status is PaymentStatus.SUCCEEDED)
    paying = sum(t.amount_fen for t in request.tenders)
    if paying != owed:
        raise DomainError(Code.AMOUNT_MISMATCH, f"尚欠 {owed / 100:.2f} 元，支付合计 {paying / 100:.2f} 元",
                          field="tenders")
    return shift, existing


def _require_access(actor: Actor, order: Order, request: OrderPayRequest) -> None:
    """Staff take the rest with the POS of the order's station. A member pays only its own order and only by
    stored-value card (`driver_card_payments`, which also keeps the member to its own cards)."""
    if actor.kind is not ActorKind.MEMBER:
        actor.require_station(order.station_id, Permission.OPERATE_POS)
        return
    if order.member_id is None or order.member_id != actor.id:
        raise DomainError(Code.NOT_FOUND, "订单不存在", field="orderId")
    if any(t.tender is not Tender.CARD for t in request.tenders):
        raise Forbidden("会员只能用本人的储值卡支付")


async def pay_order(session: AsyncSession, actor: Actor, request: OrderPayRequest,
                    data_key: str, redis: Redis | None = None) -> tuple[Order, bool]:
    """Take the rest of an order; (the order, True when this was a replay of an earlier request)."""
    company_id = actor.company_id
    assert company_id is not None
    problems = ValidationErrors()
    if not 8 <= len(request.idempotency_key) <= 128:
        problems.add(Code.INVALID, "幂等键须为 8 到 128 个字符", "idempotencyKey")
    validate_tenders(request.tenders, problems)
    problems.raise_if_any()
    order = await session.scalar(select(Order).where(Order.id == request.order_id).with_for_update())
    if order is None or order.company_id != company_id:
        raise DomainError(Code.NOT_FOUND, "订单不存在", field="orderId")
    _require_access(actor, order, request)
    replayed = await _replay(session, company_id, request)
    if replayed is not None:
        return replayed, True
    shift, existing = await _payable(session, order, request)
    for tender in request.tenders:
        if tender.tender.online:
            await payment_code_channel(session, order.station_id, tender.tender.value, data_key)
    now, first = utcnow(), max((p.position for p in existing), default=-1) + 1
    payment_request = OrderPaymentRequest(company_id=company_id, station_id=order.station_id, order_id=order.id,
                                          idempotency_key=request.idempotency_key, request_hash=request.fingerprint)
    session.add(payment_request)
    await session.flush()
    payments, legs = [], []
    sold = tuple(SoldLine.of(line) for line in (await session.scalars(
        select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.position))).all())
    for position, tender in enumerate(request.tenders, start=first):
        handler = in_station(tender.tender)
        payments.append(Payment(
            company_id=company_id, station_id=order.station_id, order_id=order.id, shift_id=shift.id,
            position=position, tender=tender.tender, amount_fen=tender.amount_fen, given_fen=tender.given_fen,
            change_fen=(tender.given_fen - tender.amount_fen) if tender.given_fen is not None else None,
            reference=tender.reference, auth_code=tender.auth_code,
            status=PaymentStatus.SUCCEEDED if handler is not None else PaymentStatus.PENDING,
            settled_at=now if handler is not None else None))
        if handler is not None:
            legs += await handler.settle(session, tender, TenderContext(
                actor, company_id, order.station_id, shift.id, order.id, position - first,
                vehicle_plate=order.vehicle_plate, lines=sold, redis=redis))
    if legs:
        posted = await ledger.post(session, company_id, key=f"order-pay:{payment_request.id}", kind="payment",
                                   reference=str(order.id), legs=legs)
        for payment in payments:
            if payment.status is PaymentStatus.SUCCEEDED:
                payment.transfer_id = posted.transfer.id
    session.add_all(payments)
    if not any(t.tender.online for t in request.tenders):
        order.status, order.paid_at = OrderStatus.PAID, now
        await session.execute(update(Fueling).where(Fueling.order_id == order.id).values(paid=True, updated_at=now))
    await session.flush()
    return order, False

