"""Collecting payment-code payments from their channel, and settling what the channel answers.

Never inside a database transaction: a payment is claimed for sending in one short transaction (at most
one caller ever sends it: `sent_at`), the channel is called, and the answer is settled in another.
A payment already sent is only ever queried again, never paid twice.

`settle()` is idempotent: it locks the payment and acts only while it is PENDING. SUCCESS (with the amount
we asked for) posts `{channel}:{transaction_id}` to the ledger (the channel's fee, at the merchant's rate
rounded half-up per transaction as the channels do, to the station's fee account) and, when every
payment of the order has succeeded, the order is paid and its fuelings with it. FAILED and CLOSED end the
payment; the order waits for another tender or a void. USERPAYING, NOTPAY and UNKNOWN leave it PENDING
for the next query.

`resolve_pending()` is the safety net run by a scheduled worker: payments left pending (a lost answer, a
POS that went away) are queried; after `close_after` without success they are reversed (the channel's
rule: never close an order within 5 minutes of creating it) and closed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from datetime import timedelta
from fractions import Fraction

import structlog
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.clock import utcnow
from api.core.money import round_fen
from api.fuelings.models import Fueling
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.payments.channels import ChannelResult, ChannelState, PaymentCodeChannel
from api.payments.merchants import payment_code_channel
from api.payments.models import PaymentMerchant
from api.selling import accounts
from api.selling.models import Order, OrderStatus, Payment, PaymentStatus

log = structlog.get_logger(__name__)
Transaction = Callable[[], AbstractAsyncContextManager[AsyncSession]]
CLOSE_AFTER = timedelta(minutes=5)
QUERY_AFTER = timedelta(seconds=10)


async def settle(session: AsyncSession, payment_id: uuid.UUID, result: ChannelResult) -> Payment:
    payment = await session.scalar(select(Payment).where(Payment.id == payment_id).with_for_update())
    assert payment is not None
    if payment.status is not PaymentStatus.PENDING:
        return payment
    order = await session.scalar(select(Order).where(Order.id == payment.order_id).with_for_update())
    assert order is not None
    payment.channel_state, payment.channel_message = result.state.value, (result.message or result.code)
    now = utcnow()
    if result.state is ChannelState.SUCCESS:
        if result.amount_fen is not None and result.amount_fen != payment.amount_fen:
            payment.channel_message = f"渠道金额 {result.amount_fen} 分与订单不符，待人工核对"
            log.error("payment_amount_mismatch", payment=str(payment.id), channel_fen=result.amount_fen)
            return payment
        rate = await session.scalar(select(PaymentMerchant.fee_rate_bp).where(
            PaymentMerchant.station_id == order.station_id, PaymentMerchant.channel == payment.tender.value))
        fee = round_fen(Fraction(payment.amount_fen * int(rate or 0), 10_000))  # per transaction, as channels do
        posted = await ledger.post(session, order.company_id, key=f"{payment.tender.value}:{result.transaction_id}",
                                   kind="payment", reference=str(payment.id), legs=[
                                       Leg(accounts.tender_account(payment.tender, order.station_id, payment.shift_id),
                                           payment.amount_fen - fee),
                                       Leg(accounts.channel_fees(payment.tender, order.station_id), fee),
                                       Leg(accounts.receivable(order.station_id), -payment.amount_fen)])
        payment.fee_fen = fee
        payment.status, payment.transaction_id, payment.transfer_id = (PaymentStatus.SUCCEEDED,
                                                                       result.transaction_id, posted.transfer.id)
        payment.settled_at, payment.auth_code = now, None
        await session.flush()
        succeeded = await session.scalar(select(func.coalesce(func.sum(Payment.amount_fen), 0)).where(
            Payment.order_id == order.id, Payment.status == PaymentStatus.SUCCEEDED))
        if order.status is OrderStatus.AWAITING_PAYMENT and int(succeeded or 0) == order.payable_fen:
            order.status, order.paid_at = OrderStatus.PAID, now
            await session.execute(update(Fueling).where(Fueling.order_id == order.id).values(paid=True, updated_at=now))
    elif result.state in (ChannelState.FAILED, ChannelState.CLOSED):
        payment.status = PaymentStatus.FAILED if result.state is ChannelState.FAILED else PaymentStatus.CLOSED
        payment.settled_at, payment.auth_code = now, None
    await session.flush()
    return payment


async def _channel(transaction: Transaction, payment: Payment, data_key: str) -> PaymentCodeChannel:
    async with transaction() as session:
        return await payment_code_channel(session, payment.station_id, payment.tender.value, data_key)


async def _claim(transaction: Transaction, payment_id: uuid.UUID) -> bool:
    async with transaction() as session:
        claimed = await session.scalar(update(Payment).where(
            Payment.id == payment_id, Payment.sent_at.is_(None), Payment.status == PaymentStatus.PENDING)
            .values(sent_at=utcnow()).returning(Payment.id))
    return claimed is not None


async def advance(transaction: Transaction, payment: Payment, data_key: str, *, close: bool = False) -> Payment:
    """Send the payment if it never was, otherwise query it (and reverse it when `close`); then settle.
    A JSAPI payment (never sent here) is queried and closed through the v3 API (`jsapi_payments.py`)."""
    from api.selling.jsapi_payments import advance_jsapi

    # a pending payment-code payment holds its code until settled; a JSAPI payment never has one
    if payment.auth_code is None and (jsapi := await advance_jsapi(transaction, payment, data_key,
                                                                   close=close)) is not None:
        return jsapi
    channel = await _channel(transaction, payment, data_key)
    out_trade_no = payment.id.hex
    if await _claim(transaction, payment.id):
        result = await channel.pay(out_trade_no, payment.amount_fen, payment.auth_code or "", "加油站消费")
    else:
        result = await channel.query(out_trade_no)
        if close and result.state in (ChannelState.USERPAYING, ChannelState.NOTPAY, ChannelState.UNKNOWN):
            result = await channel.reverse(out_trade_no)
            if result.state is ChannelState.NOTPAY:  # the channel never had it: nothing was paid
                result = ChannelResult(ChannelState.CLOSED, code=result.code, message=result.message)
    async with transaction() as session:
        return await settle(session, payment.id, result)


async def collect(transaction: Transaction, order_id: uuid.UUID, data_key: str) -> None:
    """Move every pending payment-code payment of the order forward once."""
    async with transaction() as session:
        pending = (await session.scalars(select(Payment).where(
            Payment.order_id == order_id, Payment.status == PaymentStatus.PENDING))).all()
    for payment in pending:
        await advance(transaction, payment, data_key)


async def resolve_pending(transaction: Transaction, data_key: str, *, limit: int = 100) -> int:
    """Query (or, past `CLOSE_AFTER`, reverse) payments left pending, and follow refunds on their way back;
    how many were looked at."""
    from api.selling.refunds import advance_refund, pending_refunds

    async with transaction() as session:
        refunds = await pending_refunds(session, limit)
    for refund_id in refunds:
        try:
            await advance_refund(transaction, refund_id, data_key)
        except Exception:
            log.exception("refund_resolution_failed", refund=str(refund_id))
    now = utcnow()
    async with transaction() as session:
        pending = (await session.scalars(select(Payment).where(
            Payment.status == PaymentStatus.PENDING, Payment.created_at < now - QUERY_AFTER)
            .order_by(Payment.created_at).limit(limit))).all()
    for payment in pending:
        try:
            await advance(transaction, payment, data_key, close=payment.created_at < now - CLOSE_AFTER)
        except Exception:
            log.exception("payment_resolution_failed", payment=str(payment.id))
    return len(pending) + len(refunds)
