"""Paying an order in the drivers' mini-program with WeChat Pay JSAPI (v3).

Rules:
- Only an order awaiting payment, for what is still due (its payable less what succeeded or is pending);
  one pending payment at a time, so a second attempt under another key is refused until the first ends.
- The idempotency key serialises requests that share it (an advisory lock): the same key with the same
  request returns the first payment and the very same `wx.requestPayment` parameters (the prepay_id, the
  timestamp and nonce are stored, and the RSA paySign is deterministic); another request under the key is
  IDEMPOTENCY_CONFLICT and changes nothing.
- The payment (PENDING, `sent_at` set: it is never sent as a payment code) and its prepay fields are
  committed first; the prepay goes to the channel outside any transaction. A lost or unverified answer
  leaves the payment pending: a retry with the same key sends the same prepay (the channel answers the same
  prepay_id), and the scheduled resolver queries it. A refusal fails the payment.
- The driver pays in WeChat; the v3 notification inbox settles it (`notifications.py`). The resolver
  (`collect.resolve_pending`) queries a JSAPI payment through the v3 API and, past five minutes (when the
  prepay has expired), closes it with the channel before closing it here.
- Refunds of a JSAPI payment go through the v3 refund API with the refund's id as out_refund_no; their
  REFUND.* notifications come to the same inbox.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.errors import DomainError, ValidationErrors
from api.core.idempotency import request_hash
from api.core.locks import xact_lock
from api.core.permissions import Permission
from api.core.personal_data import decrypt, encrypt
from api.payments.channels import ChannelResult, ChannelState, RefundChannel
from api.payments.merchants import jsapi_channel, payment_code_channel
from api.payments.models import PaymentMerchant
from api.payments.wechat_jsapi import RequestPayment, WeChatJsapi, new_nonce
from api.selling.collect import CLOSE_AFTER, settle
from api.selling.jsapi_models import JsapiPayment
from api.selling.models import Order, OrderStatus, Payment, PaymentStatus, Tender
from api.settings import Settings
from api.stations.models import Station

Transaction = Callable[[], AbstractAsyncContextManager[AsyncSession]]
EXPIRES_AFTER = CLOSE_AFTER  # the payment sheet can be paid until then; the resolver closes it after
OPENID = re.compile(r"^[A-Za-z0-9_-]{6,128}$")


class JsapiPaymentErrorCode(StrEnum):
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    NOT_PAYABLE = "NOT_PAYABLE"
    NO_MERCHANT = "NO_MERCHANT"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
    CHANNEL_UNAVAILABLE = "CHANNEL_UNAVAILABLE"
    CHANNEL_REFUSED = "CHANNEL_REFUSED"


Code = JsapiPaymentErrorCode


@dataclass(frozen=True)
class JsapiPaymentRequest:
    order_id: uuid.UUID
    openid: str  # the driver's, for the mini-program's appid (from code2Session)
    idempotency_key: str

    @property
    def fingerprint(self) -> str:
        return request_hash({"order": self.order_id, "openid": self.openid})

    def __repr__(self) -> str:  # the openid is personal data
        return f"JsapiPaymentRequest(order_id={self.order_id!s}, idempotency_key={self.idempotency_key!r})"


@dataclass(frozen=True)
class JsapiPaymentResult:
    payment_id: uuid.UUID
    amount_fen: int
    request_payment: RequestPayment
    replay: bool


def notify_url(public_url: str, station_id: uuid.UUID) -> str:
    """Our v3 notification inbox for the station (`FORECOURT_PUBLIC_URL` + `/notify/wechatpay/v3/{station}`)."""
    return f"{public_url.rstrip('/')}/notify/wechatpay/v3/{station_id}"


def _validate(request: JsapiPaymentRequest) -> None:
    problems = ValidationErrors()
    if not 8 <= len(request.idempotency_key) <= 128:
        problems.add(Code.INVALID, "幂等键须为 8 到 128 个字符", "idempotencyKey")
    if not OPENID.match(request.openid):
        problems.add(Code.INVALID, "openid 无效", "openid")
    problems.raise_if_any()


def _require_access(actor: Actor, order: Order) -> None:
    """A driver pays within their company (members are scoped by company); staff need the POS at the station."""
    if order.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "订单不存在", field="orderId")
    if actor.kind is not ActorKind.MEMBER:
        actor.require_station(order.station_id, Permission.OPERATE_POS)


async def _merchant(session: AsyncSession, station_id: uuid.UUID) -> PaymentMerchant:
    merchant = await session.scalar(select(PaymentMerchant).where(PaymentMerchant.station_id == station_id,
                                                                  PaymentMerchant.channel == Tender.WECHAT.value))
    if merchant is None or merchant.api_v3_key_encrypted is None:
        raise DomainError(Code.NO_MERCHANT, "本站未开通微信小程序支付", field="orderId")
    return merchant


async def _new_payment(session: AsyncSession, order: Order, request: JsapiPaymentRequest, merchant: PaymentMerchant,
                       data_key: str, public_url: str) -> JsapiPayment:
    if order.status is not OrderStatus.AWAITING_PAYMENT:
        raise DomainError(Code.NOT_PAYABLE, "订单不在待支付状态", field="orderId")
    taken = await session.scalar(select(func.coalesce(func.sum(Payment.amount_fen), 0)).where(
        Payment.order_id == order.id, Payment.status.in_([PaymentStatus.SUCCEEDED, PaymentStatus.PENDING])))
    due = order.payable_fen - int(taken or 0)
    if due <= 0:
        raise DomainError(Code.NOT_PAYABLE, "订单有一笔支付正在进行，请稍后再试", field="orderId")
    jsapi_channel(merchant, data_key)  # every key it needs is held (NO_MERCHANT otherwise)
    station = await session.get(Station, order.station_id)
    assert station is not None
    now = utcnow()
    position = await session.scalar(select(func.count()).where(Payment.order_id == order.id))
    payment = Payment(company_id=order.company_id, station_id=order.station_id, order_id=order.id,
                      shift_id=order.shift_id, position=int(position or 0), tender=Tender.WECHAT,
                      status=PaymentStatus.PENDING, amount_fen=due, sent_at=now)
    session.add(payment)
    await session.flush()
    row = JsapiPayment(company_id=order.company_id, station_id=order.station_id, order_id=order.id,
                       payment_id=payment.id, idempotency_key=request.idempotency_key,
                       request_hash=request.fingerprint, app_id=merchant.mini_program_app_id or merchant.app_id,
                       payer_openid_encrypted=encrypt(data_key, request.openid),
                       description=f"{station.name} 加油 {order.number}".encode()[:127].decode(errors="ignore"),
                       notify_url=notify_url(public_url, order.station_id), time_expire=now + EXPIRES_AFTER,
                       time_stamp=str(int(now.timestamp())), nonce_str=new_nonce())
    session.add(row)
    await session.flush()
    return row


async def _claim(session: AsyncSession, actor: Actor, request: JsapiPaymentRequest, data_key: str,
                 public_url: str) -> tuple[JsapiPayment, Payment, WeChatJsapi, bool]:
    """The payment under the key (found: a replay, or made now) with its channel."""
    await xact_lock(session, f"jsapi:{actor.company_id}:{request.idempotency_key}")
    order = await session.scalar(select(Order).where(Order.id == request.order_id).with_for_update())
    if order is None:
        raise DomainError(Code.NOT_FOUND, "订单不存在", field="orderId")
    _require_access(actor, order)
    row = await session.scalar(select(JsapiPayment).where(JsapiPayment.company_id == order.company_id,
                                                          JsapiPayment.idempotency_key == request.idempotency_key))
    replay = row is not None
    if row is not None and (row.request_hash != request.fingerprint or row.order_id != order.id):
        raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的支付", field="idempotencyKey")
    merchant = await _merchant(session, order.station_id)
    if row is None:
        row = await _new_payment(session, order, request, merchant, data_key, public_url)
    payment = await session.get(Payment, row.payment_id)
    assert payment is not None
    return row, payment, jsapi_channel(merchant, data_key, notify_url=row.notify_url), replay


async def create_jsapi_payment(transaction: Transaction, actor: Actor, request: JsapiPaymentRequest, *,
                               settings: Settings) -> JsapiPaymentResult:
    """A JSAPI payment of what the order still owes, and the parameters of `wx.requestPayment`; WeChat Pay
    notifies `settings.public_url` of the result."""
    _validate(request)
    data_key = settings.data_key
    async with transaction() as session:
        row, payment, channel, replay = await _claim(session, actor, request, data_key, settings.public_url)
        openid = decrypt(data_key, row.payer_openid_encrypted)
    prepay_id = row.prepay_id
    if prepay_id is None:
        if payment.status is not PaymentStatus.PENDING:
            raise DomainError(Code.CHANNEL_REFUSED, "该笔支付已关闭，请重新发起支付", field="idempotencyKey")
        prepay = await channel.prepay(payment.id.hex, payment.amount_fen, openid, row.description, row.time_expire)
        async with transaction() as session:
            if prepay.state is ChannelState.SUCCESS:
                await session.execute(update(JsapiPayment).where(JsapiPayment.id == row.id,
                                                                 JsapiPayment.prepay_id.is_(None))
                                      .values(prepay_id=prepay.prepay_id, updated_at=utcnow()))
                prepay_id = await session.scalar(select(JsapiPayment.prepay_id).where(JsapiPayment.id == row.id))
            elif prepay.state is ChannelState.FAILED:
                await settle(session, payment.id, ChannelResult(ChannelState.FAILED, code=prepay.code,
                                                                message=prepay.message))
        if prepay.state is ChannelState.FAILED:
            raise DomainError(Code.CHANNEL_REFUSED, f"微信支付拒绝下单：{prepay.message or prepay.code}",
                              field="orderId")
        if prepay_id is None:
            raise DomainError(Code.CHANNEL_UNAVAILABLE, "微信支付暂时无法下单，请稍后用同一幂等键重试",
                              field="orderId")
    return JsapiPaymentResult(payment.id, payment.amount_fen,
                              channel.request_payment(prepay_id, time_stamp=row.time_stamp, nonce_str=row.nonce_str),
                              replay)


async def _jsapi_channel_of(session: AsyncSession, payment: Payment, data_key: str) -> WeChatJsapi | None:
    row = await session.scalar(select(JsapiPayment).where(JsapiPayment.payment_id == payment.id))
    if row is None:
        return None
    return jsapi_channel(await _merchant(session, payment.station_id), data_key, notify_url=row.notify_url)


async def advance_jsapi(transaction: Transaction, payment: Payment, data_key: str, *,
                        close: bool = False) -> Payment | None:
    """Query a JSAPI payment (and close it with the channel when `close` and it is not paid); then settle.
    None when the payment is not a JSAPI one."""
    async with transaction() as session:
        channel = await _jsapi_channel_of(session, payment, data_key)
    if channel is None:
        return None
    out_trade_no = payment.id.hex
    result = await channel.query(out_trade_no)
    if close and utcnow() >= payment.created_at + CLOSE_AFTER and result.state in (
            ChannelState.NOTPAY, ChannelState.USERPAYING, ChannelState.UNKNOWN):
        closed = await channel.close(out_trade_no)
        result = ChannelResult(ChannelState.CLOSED, code=closed.code, message="超时未支付，已关单") \
            if closed.state in (ChannelState.CLOSED, ChannelState.NOTPAY) else closed
    async with transaction() as session:
        return await settle(session, payment.id, result)


async def refund_channel(session: AsyncSession, payment: Payment, data_key: str) -> RefundChannel:
    """Where a refund of `payment` goes: the v3 API for a JSAPI payment, the payment-code channel otherwise."""
    channel = await _jsapi_channel_of(session, payment, data_key)
    if channel is not None:
        return channel
    return await payment_code_channel(session, payment.station_id, payment.tender.value, data_key)
