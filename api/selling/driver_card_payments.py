"""A driver pays an order in the mini-program with one of the member's own stored-value cards.

Rules:
- The card is one the member holds (a child card through its parent's holder); any other card is
  NOT_FOUND on `cardId`, as if there were none.
- The order is the member's own and awaiting payment: one named by `order_id` (a WeChat Pay attempt left
  unpaid), or the order of a fueling made now as `driverCheckout` makes it (`create_driver_order`, priced
  for the CARD tender, under the same per-member key).
- The card pays all the order still owes, through `pay_order` with a CARD tender: the card's own checks
  (state, expiry, stations and grades, limits, the password above the product's threshold, the balance) and
  the one ledger transfer are those of the POS. The payment is the takings of the station's open shift,
  whose cashier answers for the order: without an open shift it is NO_OPEN_SHIFT, as at the POS.
- An order with a WeChat Pay payment still pending is PAYMENT_PENDING until that payment ends (the
  resolver closes an unpaid one five minutes after it was made).
- The idempotency key (per member) serialises requests that share it: the same key, order and card
  return the first result; another order or card under the key is IDEMPOTENCY_CONFLICT. A refusal writes
  nothing (the order made for it included), so the driver may try again under the same key, e.g. with
  the right password.
- Refusals name the input field: `cardId` (the card, its state, limits or balance), `password`,
  `orderId`, `idempotencyKey`, or the sale's own fields.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

import api.cards.tender  # noqa: F401  (registers the CARD tender)
from api.cards.models import Card
from api.core.actors import Actor
from api.core.errors import DomainError, FieldProblem
from api.core.locks import xact_lock
from api.selling.driver_checkout import DriverSale, check_key, create_driver_order, member_of
from api.selling.errors import CheckoutErrorCode as Code
from api.selling.models import Order, OrderPaymentRequest, OrderStatus, Payment, PaymentStatus, Tender
from api.selling.order_payments import OrderPayRequest, pay_order
from api.selling.tenders import TenderRequest

_TENDER_FIELDS = {"password": "password"}  # tenders.0.<part> -> the input's field; the rest are the card's


@dataclass(frozen=True)
class DriverCardPayment:
    """Pay `order_id`, or the order of `sale`, with the card `card_id`."""

    card_id: uuid.UUID
    idempotency_key: str
    order_id: uuid.UUID | None = None
    sale: DriverSale | None = None
    password: str | None = field(default=None, repr=False)  # never stored


@dataclass(frozen=True)
class DriverCardPaid:
    order: Order
    payment: Payment
    card: Card
    replay: bool


def _pay_key(member_id: uuid.UUID, key: str) -> str:
    return f"mp-card:{member_id.hex}:{key}"


def _input_field(name: str | None) -> str | None:
    if name is None or not name.startswith("tenders"):
        return name
    return _TENDER_FIELDS.get(name.rsplit(".", 1)[-1], "cardId")


def _translated(error: DomainError) -> DomainError:
    """The refusal with the driver's input fields (a card's checks name `tenders.0.*`)."""
    known = {c.value for c in Code}
    problems = [FieldProblem(p.code if p.code in known else Code.INVALID.value, p.message, _input_field(p.field))
                for p in error.problems]
    first, *rest = problems
    return DomainError(first.code, first.message, field=first.field, more=rest)


async def _own_card(session: AsyncSession, company_id: uuid.UUID, member_id: uuid.UUID, card_id: uuid.UUID) -> Card:
    card = await session.get(Card, card_id)
    holder = await session.get(Card, card.parent_id) if card is not None and card.parent_id else card
    if card is None or holder is None or card.company_id != company_id or holder.member_id != member_id:
        raise DomainError(Code.NOT_FOUND, "储值卡不存在", field="cardId")
    return card


async def _card_payment(session: AsyncSession, order_id: uuid.UUID, card: Card) -> Payment | None:
    return await session.scalar(select(Payment).where(
        Payment.order_id == order_id, Payment.tender == Tender.CARD, Payment.reference == card.number,
        Payment.status == PaymentStatus.SUCCEEDED))


async def _order(session: AsyncSession, actor: Actor, request: DriverCardPayment) -> Order:
    """The member's order to pay: the one named, or the sale's (made now, or the one made under the key)."""
    if (request.order_id is None) == (request.sale is None):
        raise DomainError(Code.INVALID, "请指定订单或本次加油", field="orderId")
    if request.sale is not None:
        order, _ = await create_driver_order(session, actor, request.sale, idempotency_key=request.idempotency_key,
                                             tender=Tender.CARD)
        return order
    named = await session.scalar(select(Order).where(Order.id == request.order_id).with_for_update())
    if named is None or named.company_id != actor.company_id or named.member_id != actor.id:
        raise DomainError(Code.NOT_FOUND, "订单不存在", field="orderId")
    return named


async def _pay(session: AsyncSession, actor: Actor, request: DriverCardPayment, data_key: str,
               redis: Redis) -> DriverCardPaid:
    company_id, member_id = member_of(actor)
    check_key(request.idempotency_key)
    card = await _own_card(session, company_id, member_id, request.card_id)
    key = _pay_key(member_id, request.idempotency_key)
    await xact_lock(session, f"order-pay:{company_id}:{key}")  # pay_order's lock of the key
    earlier = await session.scalar(select(OrderPaymentRequest).where(
        OrderPaymentRequest.company_id == company_id, OrderPaymentRequest.idempotency_key == key))
    order = await _order(session, actor, request)
    if earlier is not None:
        payment = await _card_payment(session, order.id, card) if earlier.order_id == order.id else None
        if payment is None:
            raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的支付", field="idempotencyKey")
        return DriverCardPaid(order, payment, card, replay=True)
    if order.status is not OrderStatus.AWAITING_PAYMENT:
        raise DomainError(Code.NOT_PAYABLE, "该订单不是待支付状态", field="orderId")
    if await session.scalar(select(Payment.id).where(Payment.order_id == order.id,
                                                     Payment.status == PaymentStatus.PENDING).limit(1)):
        raise DomainError(Code.PAYMENT_PENDING, "这笔订单的微信支付尚未结束：请在微信中完成支付，或稍后再用储值卡支付",
                          field="orderId")
    paid_so_far = await session.scalar(select(func.coalesce(func.sum(Payment.amount_fen), 0)).where(
        Payment.order_id == order.id, Payment.status == PaymentStatus.SUCCEEDED))
    owed = order.payable_fen - int(paid_so_far or 0)
    tender = TenderRequest(Tender.CARD, owed, reference=card.number, password=request.password)
    order, _ = await pay_order(session, actor, OrderPayRequest(order.id, key, [tender]), data_key, redis)
    payment = await _card_payment(session, order.id, card)
    assert payment is not None
    return DriverCardPaid(order, payment, card, replay=False)


async def pay_driver_order_by_card(session: AsyncSession, actor: Actor, request: DriverCardPayment, *,
                                   data_key: str, redis: Redis) -> DriverCardPaid:
    """Pay the member's order with its card (see the module's rules)."""
    try:
        return await _pay(session, actor, request, data_key, redis)
    except DomainError as error:
        raise _translated(error) from error
