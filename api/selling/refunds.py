"""Refunds: whole or part of one payment, by someone allowed to, with a reason, audited.

- The key serialises requests that share it; the same key and request return the first refund, another
  request under the key is refused.
- A payment can be refunded up to what is left of it (pending refunds count).
- Cash leaves the drawer of the station's open shift (there must be one) and is done at once; a bank-card
  refund is made on the terminal and recorded with its reference; a WeChat refund goes to the channel
  after the transaction commits, with the refund's id as `out_refund_no` (a retry reuses it), and is
  settled when the channel says the money is back.
- Ledger: `refund:{id}`: the station's sales returns up, the tender's account down.
- The order becomes PARTIALLY_REFUNDED, then REFUNDED when everything paid was given back.
- Other domains act on a refund as it is settled, in its transaction and before its own transfer
  (`on_refund`: loyalty gives a points payment's points back and takes back what the order earned); the
  refund is settled once, so each acts once.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import DomainError, ValidationErrors
from api.core.idempotency import request_hash
from api.core.locks import xact_lock
from api.core.permissions import Permission
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.payments.channels import RefundResult, RefundState
from api.selling import accounts
from api.selling.jsapi_payments import refund_channel
from api.selling.models import (
    Order,
    OrderStatus,
    Payment,
    PaymentStatus,
    Refund,
    RefundStatus,
    Shift,
    ShiftStatus,
    Tender,
)
from api.selling.tenders import refundable

Transaction = Callable[[], AbstractAsyncContextManager[AsyncSession]]
RefundHook = Callable[[AsyncSession, Refund, Payment, Order], Awaitable[None]]
ON_REFUND: list[RefundHook] = []


def on_refund(hook: RefundHook) -> RefundHook:
    """Register `hook(session, refund, payment, order)`, run as a refund is settled (see the module)."""
    if hook not in ON_REFUND:
        ON_REFUND.append(hook)
    return hook


class RefundErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"
    NOT_REFUNDABLE = "NOT_REFUNDABLE"
    TOO_MUCH = "TOO_MUCH"
    NO_OPEN_SHIFT = "NO_OPEN_SHIFT"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"


Code = RefundErrorCode


@dataclass(frozen=True)
class RefundRequest:
    payment_id: uuid.UUID
    amount_fen: int
    reason: str
    idempotency_key: str

    @property
    def fingerprint(self) -> str:
        return request_hash({"payment": self.payment_id, "amount": self.amount_fen, "reason": self.reason})


async def _finish(session: AsyncSession, refund: Refund, payment: Payment, order: Order, shift_id: uuid.UUID | None,
                  channel_refund_id: str | None = None) -> None:
    """The money is back: post it and move the order on."""
    for hook in list(ON_REFUND):
        await hook(session, refund, payment, order)
    handler = refundable(payment.tender)
    if handler is not None:  # given back in the station, the way it came (a drawer, a card, a fleet...)
        back = await handler.refund(session, payment, refund.amount_fen, shift_id)
    else:  # through its channel: what the channel gave back leaves its clearing account
        back = [Leg(accounts.tender_account(payment.tender, order.station_id, payment.shift_id), -refund.amount_fen)]
    posted = await ledger.post(session, order.company_id, key=f"refund:{refund.id}", kind="refund",
                               reference=str(refund.id),
                               legs=[Leg(accounts.refunds(order.station_id), refund.amount_fen), *back])
    refund.status, refund.transfer_id, refund.settled_at = RefundStatus.SUCCEEDED, posted.transfer.id, utcnow()
    refund.channel_refund_id = channel_refund_id or refund.channel_refund_id
    await session.flush()
    given_back = await session.scalar(select(func.coalesce(func.sum(Refund.amount_fen), 0)).where(
        Refund.order_id == order.id, Refund.status == RefundStatus.SUCCEEDED))
    order.status = OrderStatus.REFUNDED if int(given_back or 0) >= order.payable_fen else OrderStatus.PARTIALLY_REFUNDED


async def create_refund(session: AsyncSession, actor: Actor, request: RefundRequest) -> tuple[Refund, bool]:
    """(the refund, True when this was a replay)."""
    problems = ValidationErrors()
    if not 8 <= len(request.idempotency_key) <= 128:
        problems.add(Code.INVALID, "幂等键须为 8 到 128 个字符", "idempotencyKey")
    if request.amount_fen <= 0:
        problems.add(Code.INVALID, "退款金额须大于 0", "amountFen")
    if not 2 <= len(request.reason.strip()) <= 200:
        problems.add(Code.INVALID, "请填写退款原因（2 到 200 个字）", "reason")
    problems.raise_if_any()
    payment = await session.scalar(select(Payment).where(Payment.id == request.payment_id).with_for_update())
    if payment is None or payment.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "支付记录不存在", field="paymentId")
    actor.require_station(payment.station_id, Permission.REFUND_PAYMENTS)
    await xact_lock(session, f"refund:{payment.company_id}:{request.idempotency_key}")
    existing = await session.scalar(select(Refund).where(Refund.company_id == payment.company_id,
                                                         Refund.idempotency_key == request.idempotency_key))
    if existing is not None:
        if existing.request_hash != request.fingerprint:
            raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的退款", field="idempotencyKey")
        return existing, True
    if payment.status is not PaymentStatus.SUCCEEDED:
        raise DomainError(Code.NOT_REFUNDABLE, "只有支付成功的款项可以退款", field="paymentId")
    if not payment.tender.online and refundable(payment.tender) is None:
        raise DomainError(Code.NOT_REFUNDABLE, "该支付方式暂不支持原路退款", field="paymentId")
    taken = await session.scalar(select(func.coalesce(func.sum(Refund.amount_fen), 0)).where(
        Refund.payment_id == payment.id, Refund.status != RefundStatus.FAILED))
    left = payment.amount_fen - int(taken or 0)
    if request.amount_fen > left:
        raise DomainError(Code.TOO_MUCH, f"最多可退 {left / 100:.2f} 元", field="amountFen")
    order = await session.scalar(select(Order).where(Order.id == payment.order_id).with_for_update())
    assert order is not None
    shift_id = None
    if payment.tender is Tender.CASH:
        shift = await session.scalar(select(Shift).where(Shift.station_id == payment.station_id,
                                                         Shift.status == ShiftStatus.OPEN).with_for_update(read=True))
        if shift is None:
            raise DomainError(Code.NO_OPEN_SHIFT, "现金退款需要进行中的班次（从当班钱箱退出）", field="paymentId")
        shift_id = shift.id
    before = {"order_status": order.status.value, "refunded_fen": int(taken or 0)}
    refund = Refund(company_id=payment.company_id, station_id=payment.station_id, order_id=order.id,
                    payment_id=payment.id, shift_id=shift_id, amount_fen=request.amount_fen,
                    reason=request.reason.strip(), status=RefundStatus.PENDING, created_by_id=actor.id,
                    idempotency_key=request.idempotency_key, request_hash=request.fingerprint)
    session.add(refund)
    await session.flush()
    if not payment.tender.online:  # given back in the station: done now
        await _finish(session, refund, payment, order, shift_id)
    await session.flush()
    await audit.record(session, actor, action="refund.create", object_type="Order", object_id=order.id,
                       company_id=order.company_id, station_id=order.station_id, before=before,
                       after={"order_status": order.status.value, "refunded_fen": int(taken or 0) + refund.amount_fen,
                              "refund_id": str(refund.id), "tender": payment.tender.value},
                       reason=refund.reason)
    return refund, False


async def settle_refund(session: AsyncSession, refund_id: uuid.UUID, result: RefundResult) -> Refund:
    refund = await session.scalar(select(Refund).where(Refund.id == refund_id).with_for_update())
    assert refund is not None
    if refund.status is not RefundStatus.PENDING:
        return refund
    refund.channel_state = result.state.value
    if result.state is RefundState.SUCCESS:
        payment = await session.get(Payment, refund.payment_id)
        order = await session.scalar(select(Order).where(Order.id == refund.order_id).with_for_update())
        assert payment is not None and order is not None
        await _finish(session, refund, payment, order, None, result.refund_id)
    elif result.state is RefundState.FAILED:
        refund.status, refund.settled_at = RefundStatus.FAILED, utcnow()
    elif result.refund_id:
        refund.channel_refund_id = result.refund_id
    await session.flush()
    return refund


async def advance_refund(transaction: Transaction, refund_id: uuid.UUID, data_key: str) -> Refund:
    """Ask the channel to refund (again: the same out_refund_no) or where the refund stands; then settle."""
    async with transaction() as session:
        refund = await session.get(Refund, refund_id)
        assert refund is not None
        payment = await session.get(Payment, refund.payment_id)
        assert payment is not None
        channel = await refund_channel(session, payment, data_key)
    if refund.status is not RefundStatus.PENDING:
        return refund
    if refund.channel_state is None:  # never reached the channel: ask for it (a repeat is harmless)
        result = await channel.refund(payment.id.hex, refund.id.hex, payment.amount_fen, refund.amount_fen)
        if result.state is not RefundState.FAILED:
            async with transaction() as session:
                await settle_refund(session, refund.id, RefundResult(RefundState.PROCESSING, result.refund_id))
            result = await channel.refund_query(payment.id.hex, refund.id.hex)
    else:
        result = await channel.refund_query(payment.id.hex, refund.id.hex)
    async with transaction() as session:
        return await settle_refund(session, refund.id, result)


async def pending_refunds(session: AsyncSession, limit: int = 100) -> list[uuid.UUID]:
    return list((await session.scalars(select(Refund.id).where(Refund.status == RefundStatus.PENDING)
                                       .order_by(Refund.created_at).limit(limit))).all())
