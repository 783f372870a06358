"""Topping up a stored-value card through a payment channel: by WeChat Pay JSAPI in the drivers' mini-program,
or by a payment code (付款码: WeChat v2 micropay, Alipay face-to-face) scanned at the POS.

Rules:
- A member tops up only a card of their own (another's card is FORBIDDEN, nothing written); only a parent or
  a card without children, in a state that allows top-ups; the amount within the product's range (refused
  on `amountFen`). The bonus of the product's tiers is fixed when the payment is made: what the member was
  shown (充500送50) is what the card receives.
- Whose merchant account takes the money: the station named in the request, which must accept the card
  (the product's stations, or any when the product names none) and have the channel's merchant account;
  without one, the card's own station (where it was sold). Money and bonus are the station's: the channel's
  clearing and fee accounts and the bonus expense of the station that took the payment, as a cash top-up at
  that station's POS would be. A virtual card (sold by no station) names the station.
- Nothing reaches the card until the channel confirms the payment, by the v3 notification (the inbox hands
  a `TRANSACTION.*` whose out_trade_no is one of ours here) or by a query (the member following the top-up,
  the POS refreshing it, the scheduled resolver). The confirmation locks the payment: only a PENDING one is
  credited, in one ledger transfer keyed by the channel's transaction id (`card-top-up:{channel}:{txn}`), so a
  notification and a query arriving together, or ten copies of the notification, give one top-up.
- Idempotency: the key (per member in the mini-program, per company at the POS) serialises requests sharing it;
  the same key and request return the same payment and the very same `wx.requestPayment` parameters (no
  second prepay: a retry of a prepay whose answer was lost sends the same prepay, answered with the same
  prepay_id); another request under the key is IDEMPOTENCY_CONFLICT.
- A payment never completed is closed: past five minutes the resolver (`resolve_pending_top_ups`) closes a
  JSAPI prepay with the channel, and reverses a payment code the payer never confirmed, before closing ours.
- A payment code is sent at most once (`sent_at`); a lost answer is queried, never paid again.
- A card closed between the payment and its confirmation cannot be credited: the payment is FAILED with the
  reason and logged for a human to refund (the money is in the station's clearing account).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from fractions import Fraction
from typing import Any

import structlog
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.cards import accounts
from api.cards.cards import lock_cards, require_action, role
from api.cards.models import Card, CardProduct, CardState, TopUpMethod
from api.cards.products import bonus_for
from api.cards.states import CardAction, CardRole
from api.cards.top_up_payment_models import CardTopUpPayment, TopUpPaymentKind, TopUpPaymentStatus
from api.cards.top_ups import Credit, credit
from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.idempotency import request_hash
from api.core.locks import xact_lock
from api.core.money import round_fen
from api.core.permissions import Permission
from api.core.personal_data import decrypt, encrypt
from api.ledger.service import Leg
from api.payments.channels import ChannelResult, ChannelState, PaymentCodeChannel
from api.payments.merchants import jsapi_channel, jsapi_configured, payment_code_channel
from api.payments.models import PaymentMerchant
from api.payments.wechat_jsapi import RequestPayment, WeChatJsapi, new_nonce
from api.selling.driver_checkout import member_key
from api.selling.jsapi_payments import notify_url  # the station's inbox: it finds ours by out_trade_no
from api.selling.models import Shift, ShiftStatus
from api.settings import Settings
from api.stations.models import Station

log = structlog.get_logger(__name__)
Transaction = Callable[[], AbstractAsyncContextManager[AsyncSession]]
CLOSE_AFTER = timedelta(minutes=5)  # the channels' rule: never close or reverse sooner
QUERY_AFTER = timedelta(seconds=10)  # the resolver leaves fresh payments to the notification and the POS
ASK_EVERY = timedelta(seconds=2)  # a member following a top-up has the channel asked at most this often
OPENID = re.compile(r"^[A-Za-z0-9_-]{6,128}$")
AUTH_CODE = re.compile(r"^[0-9]{16,24}$")
CHANNELS = {"wechat": TopUpMethod.WECHAT, "alipay": TopUpMethod.ALIPAY}
FINAL = (TopUpPaymentStatus.SUCCEEDED, TopUpPaymentStatus.FAILED, TopUpPaymentStatus.CLOSED)


class TopUpPaymentErrorCode(StrEnum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    STATE = "STATE"  # the card's state does not allow a top-up
    AMOUNT_OUT_OF_RANGE = "AMOUNT_OUT_OF_RANGE"
    NO_MERCHANT = "NO_MERCHANT"
    NO_OPEN_SHIFT = "NO_OPEN_SHIFT"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"
    CHANNEL_UNAVAILABLE = "CHANNEL_UNAVAILABLE"
    CHANNEL_REFUSED = "CHANNEL_REFUSED"


Code = TopUpPaymentErrorCode


@dataclass(frozen=True)
class JsapiTopUpRequest:
    card_id: uuid.UUID
    amount_fen: int
    openid: str  # the member's, for the mini-program's appid
    idempotency_key: str  # the member's key, 8 to 64 characters
    station_id: uuid.UUID | None = None

    @property
    def fingerprint(self) -> str:
        return request_hash({"card": self.card_id, "amount": self.amount_fen, "station": self.station_id,
                             "openid": self.openid})

    def __repr__(self) -> str:  # the openid is personal data
        return f"JsapiTopUpRequest(card_id={self.card_id!s}, amount_fen={self.amount_fen})"


@dataclass(frozen=True)
class JsapiTopUpResult:
    payment: CardTopUpPayment
    request_payment: RequestPayment
    replay: bool


@dataclass(frozen=True)
class CodeTopUpRequest:
    card_id: uuid.UUID
    station_id: uuid.UUID
    amount_fen: int
    channel: str  # wechat, alipay
    auth_code: str
    idempotency_key: str

    @property
    def fingerprint(self) -> str:
        return request_hash({"card": self.card_id, "amount": self.amount_fen, "station": self.station_id,
                             "channel": self.channel, "code": self.auth_code})

    def __repr__(self) -> str:  # the payment code is the payer's
        return f"CodeTopUpRequest(card_id={self.card_id!s}, amount_fen={self.amount_fen}, channel={self.channel})"


async def quote(session: AsyncSession, card: Card, amount_fen: int) -> int:
    """The bonus a top-up of `amount_fen` earns on the card (refused on `amountFen` out of the product's range)."""
    product = await session.get(CardProduct, card.product_id)
    assert product is not None
    if not product.top_up_min_fen <= amount_fen <= product.top_up_max_fen:
        raise DomainError(Code.AMOUNT_OUT_OF_RANGE, f"单次充值须在 {product.top_up_min_fen / 100:.2f} 至 "
                          f"{product.top_up_max_fen / 100:.2f} 元之间", field="amountFen")
    return bonus_for(product, amount_fen)


async def _card(session: AsyncSession, company_id: uuid.UUID, card_id: uuid.UUID,
                member_id: uuid.UUID | None) -> Card:
    """The card to top up, locked; a member's own only (FORBIDDEN otherwise), a parent or childless card in a
    state that takes top-ups."""
    card = (await lock_cards(session, company_id, [card_id]))[card_id]
    if member_id is not None and card.member_id != member_id:
        holder = None if card.parent_id is None else await session.get(Card, card.parent_id)
        if holder is None or holder.member_id != member_id:
            raise Forbidden("只能为自己的储值卡充值")
    if role(card) is CardRole.CHILD:
        raise DomainError(Code.INVALID, "子卡由母卡划拨资金，不能直接充值", field="cardId")
    require_action(card, CardAction.TOP_UP)
    return card


async def _station(session: AsyncSession, card: Card, requested: uuid.UUID | None) -> Station:
    """The station whose merchant account takes the money (see the module's rules)."""
    station_id = requested or card.station_id
    if station_id is None:
        raise DomainError(Code.REQUIRED, "请选择充值的油站", field="stationId")
    station = await session.get(Station, station_id)
    if station is None or station.company_id != card.company_id:
        raise DomainError(Code.NOT_FOUND, "加油站不存在", field="stationId")
    product = await session.get(CardProduct, card.product_id)
    assert product is not None
    if product.station_ids and station.id not in product.station_ids:
        raise DomainError(Code.INVALID, "该卡不能在此油站使用，请选择其他油站", field="stationId")
    return station


async def _merchant(session: AsyncSession, station_id: uuid.UUID, channel: str) -> PaymentMerchant | None:
    return await session.scalar(select(PaymentMerchant).where(PaymentMerchant.station_id == station_id,
                                                              PaymentMerchant.channel == channel))


async def _jsapi_merchant(session: AsyncSession, station_id: uuid.UUID) -> PaymentMerchant:
    merchant = await _merchant(session, station_id, "wechat")
    if merchant is None or not jsapi_configured(merchant):
        raise DomainError(Code.NO_MERCHANT, "该油站未开通微信小程序支付", field="stationId")
    return merchant


async def _lock_key(session: AsyncSession, company_id: uuid.UUID, key: str) -> CardTopUpPayment | None:
    await xact_lock(session, f"card-top-up-payment:{company_id}:{key}")
    return await session.scalar(select(CardTopUpPayment).where(CardTopUpPayment.company_id == company_id,
                                                               CardTopUpPayment.idempotency_key == key))


def _conflict() -> DomainError:
    return DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的充值", field="idempotencyKey")


def _describe(station: Station, card: Card) -> str:
    return f"{station.name} 储值卡充值 {card.number[-4:]}".encode()[:127].decode(errors="ignore")


async def _new_jsapi(session: AsyncSession, actor: Actor, request: JsapiTopUpRequest, key: str, data_key: str,
                     public_url: str) -> CardTopUpPayment:
    assert actor.company_id is not None and actor.id is not None
    card = await _card(session, actor.company_id, request.card_id, actor.id)
    bonus = await quote(session, card, request.amount_fen)
    station = await _station(session, card, request.station_id)
    merchant = await _jsapi_merchant(session, station.id)
    now = utcnow()
    row = CardTopUpPayment(
        company_id=card.company_id, card_id=card.id, station_id=station.id, member_id=actor.id, actor_id=actor.id,
        kind=TopUpPaymentKind.JSAPI, channel="wechat", status=TopUpPaymentStatus.PENDING,
        amount_fen=request.amount_fen, bonus_fen=bonus, idempotency_key=key, request_hash=request.fingerprint,
        description=_describe(station, card), app_id=merchant.mini_program_app_id or merchant.app_id,
        payer_openid_encrypted=encrypt(data_key, request.openid), notify_url=notify_url(public_url, station.id),
        time_expire=now + CLOSE_AFTER, time_stamp=str(int(now.timestamp())), nonce_str=new_nonce(), sent_at=now)
    session.add(row)
    await session.flush()
    return row


def _member(actor: Actor) -> uuid.UUID:
    if actor.kind is not ActorKind.MEMBER or actor.id is None or actor.company_id is None:
        raise Forbidden("仅会员可用")
    return actor.id


def _check_jsapi(request: JsapiTopUpRequest) -> None:
    problems = ValidationErrors()
    if not 8 <= len(request.idempotency_key) <= 64:
        problems.add(Code.INVALID, "幂等键须为 8 到 64 个字符", "idempotencyKey")
    if not OPENID.match(request.openid):
        problems.add(Code.INVALID, "请在微信小程序内登录后充值", "idempotencyKey")
    problems.raise_if_any()


async def create_jsapi_top_up(transaction: Transaction, actor: Actor, request: JsapiTopUpRequest, *,
                              settings: Settings) -> JsapiTopUpResult:
    """A pending top-up payment of the member's card with its JSAPI prepay, and the parameters of
    `wx.requestPayment`; the card is credited when WeChat Pay confirms the payment."""
    member_id = _member(actor)
    _check_jsapi(request)
    data_key, key = settings.data_key, member_key(member_id, request.idempotency_key)
    async with transaction() as session:
        assert actor.company_id is not None
        row = await _lock_key(session, actor.company_id, key)
        replay = row is not None
        if row is not None and row.request_hash != request.fingerprint:
            raise _conflict()
        if row is None:
            row = await _new_jsapi(session, actor, request, key, data_key, settings.public_url)
        merchant = await _jsapi_merchant(session, row.station_id)
        channel = jsapi_channel(merchant, data_key, notify_url=row.notify_url)
        assert row.payer_openid_encrypted is not None
        openid = decrypt(data_key, row.payer_openid_encrypted)
    if row.prepay_id is None:
        row = await _prepay(transaction, row, channel, openid)
    assert row.prepay_id is not None and row.time_stamp is not None and row.nonce_str is not None
    return JsapiTopUpResult(row, channel.request_payment(row.prepay_id, time_stamp=row.time_stamp,
                                                         nonce_str=row.nonce_str), replay)


async def _prepay(transaction: Transaction, row: CardTopUpPayment, channel: WeChatJsapi,
                  openid: str) -> CardTopUpPayment:
    """Send the prepay (the same fields on every retry, outside any transaction) and keep its prepay_id."""
    if row.status is not TopUpPaymentStatus.PENDING:
        raise DomainError(Code.CHANNEL_REFUSED, "该笔充值已关闭，请重新发起充值", field="idempotencyKey")
    assert row.time_expire is not None
    prepay = await channel.prepay(row.id.hex, row.amount_fen, openid, row.description, row.time_expire)
    async with transaction() as session:
        if prepay.state is ChannelState.SUCCESS:
            await session.execute(update(CardTopUpPayment).where(CardTopUpPayment.id == row.id,
                                                                 CardTopUpPayment.prepay_id.is_(None))
                                  .values(prepay_id=prepay.prepay_id, updated_at=utcnow()))
        elif prepay.state is ChannelState.FAILED:
            await settle_top_up(session, row.id, ChannelResult(ChannelState.FAILED, code=prepay.code,
                                                               message=prepay.message))
        fresh = await session.get(CardTopUpPayment, row.id, populate_existing=True)
        assert fresh is not None
    if prepay.state is ChannelState.FAILED:
        raise DomainError(Code.CHANNEL_REFUSED, f"微信支付拒绝下单：{prepay.message or prepay.code}",
                          field="amountFen")
    if fresh.prepay_id is None:
        raise DomainError(Code.CHANNEL_UNAVAILABLE, "微信支付暂时无法下单，请稍后用同一幂等键重试",
                          field="idempotencyKey")
    return fresh


# -- payment code at the POS ----------------------------------------------------------------------------------


def _check_code(request: CodeTopUpRequest) -> None:
    problems = ValidationErrors()
    if not 8 <= len(request.idempotency_key) <= 128:
        problems.add(Code.INVALID, "幂等键须为 8 到 128 个字符", "idempotencyKey")
    if request.channel not in CHANNELS:
        problems.add(Code.INVALID, "请选择微信或支付宝付款码", "method")
    if not AUTH_CODE.match(request.auth_code):
        problems.add(Code.INVALID, "付款码无效，请重新扫码", "authCode")
    problems.raise_if_any()


async def create_code_top_up(transaction: Transaction, actor: Actor, request: CodeTopUpRequest, *,
                             data_key: str) -> tuple[CardTopUpPayment, bool]:
    """A top-up paid by the payer's code scanned at the station's POS, in its open shift: sent once, then
    followed (`advance_top_up`); (the payment, True when the key replays an earlier request)."""
    _check_code(request)
    actor.require_station(request.station_id, Permission.TOP_UP_CARDS)
    assert actor.company_id is not None
    async with transaction() as session:
        row = await _lock_key(session, actor.company_id, request.idempotency_key)
        if row is not None and row.request_hash != request.fingerprint:
            raise _conflict()
        replay = row is not None
        if row is None:
            row = await _new_code(session, actor, request)
    # sent if it never was; a retry of the POS only asks where it stands, never sends it again
    return await advance_top_up(transaction, row, data_key), replay


async def _new_code(session: AsyncSession, actor: Actor, request: CodeTopUpRequest) -> CardTopUpPayment:
    assert actor.company_id is not None
    card = await _card(session, actor.company_id, request.card_id, None)
    bonus = await quote(session, card, request.amount_fen)
    station = await _station(session, card, request.station_id)
    if await _merchant(session, station.id, request.channel) is None:
        raise DomainError(Code.NO_MERCHANT, "本站未配置该支付渠道的商户号", field="method")
    shift = await session.scalar(select(Shift).where(Shift.station_id == station.id,
                                                     Shift.status == ShiftStatus.OPEN).with_for_update(read=True))
    if shift is None:
        raise DomainError(Code.NO_OPEN_SHIFT, "本站没有进行中的班次，请先开班", field="stationId")
    row = CardTopUpPayment(
        company_id=card.company_id, card_id=card.id, station_id=station.id, shift_id=shift.id,
        actor_id=actor.id, kind=TopUpPaymentKind.PAYMENT_CODE, channel=request.channel,
        status=TopUpPaymentStatus.PENDING, amount_fen=request.amount_fen, bonus_fen=bonus,
        idempotency_key=request.idempotency_key, request_hash=request.fingerprint,
        description=_describe(station, card), auth_code=request.auth_code)
    session.add(row)
    await session.flush()
    return row


# -- following the channel ------------------------------------------------------------------------------------


async def _code_channel(transaction: Transaction, row: CardTopUpPayment, data_key: str) -> PaymentCodeChannel:
    async with transaction() as session:
        return await payment_code_channel(session, row.station_id, row.channel, data_key)


async def _claim(transaction: Transaction, payment_id: uuid.UUID) -> bool:
    async with transaction() as session:
        claimed = await session.scalar(update(CardTopUpPayment).where(
            CardTopUpPayment.id == payment_id, CardTopUpPayment.sent_at.is_(None),
            CardTopUpPayment.status == TopUpPaymentStatus.PENDING).values(sent_at=utcnow()).returning(
            CardTopUpPayment.id))
    return claimed is not None


async def _ask_jsapi(transaction: Transaction, row: CardTopUpPayment, data_key: str, close: bool) -> ChannelResult:
    async with transaction() as session:
        channel = jsapi_channel(await _jsapi_merchant(session, row.station_id), data_key, notify_url=row.notify_url)
    out_trade_no = row.id.hex
    result = await channel.query(out_trade_no)
    if close and utcnow() >= row.created_at + CLOSE_AFTER and result.state in (
            ChannelState.NOTPAY, ChannelState.USERPAYING, ChannelState.UNKNOWN):
        closed = await channel.close(out_trade_no)
        result = ChannelResult(ChannelState.CLOSED, code=closed.code, message="超时未支付，已关单") \
            if closed.state in (ChannelState.CLOSED, ChannelState.NOTPAY) else closed
    return result


async def _ask_code(transaction: Transaction, row: CardTopUpPayment, data_key: str, close: bool) -> ChannelResult:
    channel = await _code_channel(transaction, row, data_key)
    out_trade_no = row.id.hex
    if await _claim(transaction, row.id):
        return await channel.pay(out_trade_no, row.amount_fen, row.auth_code or "", row.description)
    result = await channel.query(out_trade_no)
    if close and utcnow() >= row.created_at + CLOSE_AFTER and result.state in (
            ChannelState.USERPAYING, ChannelState.NOTPAY, ChannelState.UNKNOWN):
        result = await channel.reverse(out_trade_no)
        if result.state is ChannelState.NOTPAY:  # the channel never had it: nothing was paid
            result = ChannelResult(ChannelState.CLOSED, code=result.code, message=result.message)
    return result


async def advance_top_up(transaction: Transaction, row: CardTopUpPayment, data_key: str, *,
                         close: bool = False) -> CardTopUpPayment:
    """Ask the channel where a pending top-up payment stands (send a payment code never sent; past five minutes
    and `close`, close or reverse one not paid) and settle the answer."""
    if row.status is not TopUpPaymentStatus.PENDING:
        return row
    if row.kind is TopUpPaymentKind.JSAPI:
        if row.prepay_id is None and not close:  # the prepay never reached the channel: nothing to ask yet
            return row
        result = await _ask_jsapi(transaction, row, data_key, close)
    else:
        result = await _ask_code(transaction, row, data_key, close)
    async with transaction() as session:
        return await settle_top_up(session, row.id, result)


async def follow_top_up(transaction: Transaction, row: CardTopUpPayment, data_key: str) -> CardTopUpPayment:
    """A member following a pending top-up: the channel is asked when it was not asked in the last two seconds
    (the notification usually settles it first); otherwise the top-up as it stands."""
    if row.status is not TopUpPaymentStatus.PENDING or utcnow() - row.updated_at < ASK_EVERY:
        return row
    return await advance_top_up(transaction, row, data_key)


async def resolve_pending_top_ups(transaction: Transaction, data_key: str, *, limit: int = 100) -> int:
    """The safety net of the scheduled resolver: top-up payments left pending are queried; past five minutes
    they are closed (JSAPI) or reversed (payment code). How many were looked at."""
    now = utcnow()
    async with transaction() as session:
        pending = (await session.scalars(select(CardTopUpPayment).where(
            CardTopUpPayment.status == TopUpPaymentStatus.PENDING, CardTopUpPayment.created_at < now - QUERY_AFTER)
            .order_by(CardTopUpPayment.created_at).limit(limit))).all()
    for row in pending:
        try:
            await advance_top_up(transaction, row, data_key, close=row.created_at < now - CLOSE_AFTER)
        except Exception:
            log.exception("top_up_payment_resolution_failed", payment=str(row.id))
    return len(pending)


def _settler(row: CardTopUpPayment) -> Actor:
    """Who the credit is recorded for: the member or cashier who asked for it, confirmed by the channel."""
    kind = ActorKind.MEMBER if row.member_id is not None else ActorKind.STAFF
    return Actor(kind=kind, id=row.actor_id, company_id=row.company_id, label=f"{row.channel} 支付确认")


async def settle_top_up(session: AsyncSession, payment_id: uuid.UUID, result: ChannelResult) -> CardTopUpPayment:
    """Apply the channel's answer to a top-up payment, once: SUCCESS credits the card (principal and the bonus
    fixed at creation) in one transfer keyed by the channel's transaction id; FAILED and CLOSED end it; any
    other answer leaves it pending. Idempotent: only a PENDING payment changes."""
    row = await session.scalar(select(CardTopUpPayment).where(CardTopUpPayment.id == payment_id)
                               .with_for_update().execution_options(populate_existing=True))
    assert row is not None
    if row.status is not TopUpPaymentStatus.PENDING:
        return row
    row.channel_state, row.channel_message = result.state.value, (result.message or result.code or "")[:255] or None
    now = utcnow()
    row.updated_at = now  # when the channel was last asked (a member following it asks at most every few seconds)
    if result.state is ChannelState.SUCCESS:
        if not result.transaction_id or (result.amount_fen is not None and result.amount_fen != row.amount_fen):
            row.channel_message = f"渠道金额 {result.amount_fen} 分与充值不符，待人工核对"
            log.error("top_up_payment_mismatch", payment=str(row.id), channel_fen=result.amount_fen)
            await session.flush()
            return row
        card = (await lock_cards(session, row.company_id, [row.card_id]))[row.card_id]
        row.transaction_id, row.settled_at, row.auth_code = result.transaction_id, now, None
        if card.state is CardState.CLOSED:
            row.status = TopUpPaymentStatus.FAILED
            row.channel_message = "已收款，但该卡已销户，未入卡：请人工退款"
            log.error("top_up_paid_for_closed_card", payment=str(row.id), card=str(card.id))
            await session.flush()
            return row
        rate = await session.scalar(select(PaymentMerchant.fee_rate_bp).where(
            PaymentMerchant.station_id == row.station_id, PaymentMerchant.channel == row.channel))
        fee = round_fen(Fraction(row.amount_fen * int(rate or 0), 10_000))  # per transaction, as channels do
        key = f"{row.channel}:{result.transaction_id}"
        top_up = await credit(session, _settler(row), card, Credit(
            amount_fen=row.amount_fen, bonus_fen=row.bonus_fen,
            source=[Leg(accounts.channel_clearing(row.channel, row.station_id), row.amount_fen - fee),
                    Leg(f"fee:{row.channel}:{row.station_id}", fee)],
            station_id=row.station_id, shift_id=row.shift_id, method=CHANNELS[row.channel],
            reference=result.transaction_id[:64], idempotency_key=key,
            request_hash=request_hash({"payment": row.id, "transaction": result.transaction_id})))
        row.status, row.fee_fen, row.card_top_up_id = TopUpPaymentStatus.SUCCEEDED, fee, top_up.id
    elif result.state in (ChannelState.FAILED, ChannelState.CLOSED):
        row.status = TopUpPaymentStatus.FAILED if result.state is ChannelState.FAILED else TopUpPaymentStatus.CLOSED
        row.settled_at, row.auth_code = now, None
    await session.flush()
    return row


# -- the v3 notification inbox ----------------------------------------------------------------------------------


def _fen(amount: Any) -> int:
    try:
        return int((amount or {}).get("total", -1))
    except (TypeError, ValueError, AttributeError):
        return -1


async def transaction_notified(session: AsyncSession, resource: dict[str, Any], merchant: PaymentMerchant,
                               payment_id: uuid.UUID) -> tuple[str, bool] | None:
    """A verified `TRANSACTION.*` notification whose out_trade_no may be a top-up payment: None when it is not
    one of ours; else (the outcome to record, whether it was accepted). Checked against the payment (the
    station's merchant, the mini-program's appid, the amount) before anything changes."""
    row = await session.scalar(select(CardTopUpPayment).where(CardTopUpPayment.id == payment_id).with_for_update())
    if row is None:
        return None
    if row.station_id != merchant.station_id or row.kind is not TopUpPaymentKind.JSAPI or row.channel != "wechat":
        return "refused: unknown out_trade_no", False
    if resource.get("mchid") != merchant.mch_id or resource.get("appid") != row.app_id:
        return "refused: mchid/appid do not match the merchant", False
    if _fen(resource.get("amount")) != row.amount_fen:
        return "refused: amount does not match the top-up", False
    trade_state = resource.get("trade_state")
    if row.status is TopUpPaymentStatus.PENDING and trade_state == "SUCCESS":
        settled = await settle_top_up(session, row.id, ChannelResult(
            ChannelState.SUCCESS, transaction_id=str(resource.get("transaction_id") or ""),
            amount_fen=_fen(resource.get("amount"))))
        return f"top-up {settled.status.value}", True
    if trade_state == "SUCCESS" and row.status is not TopUpPaymentStatus.SUCCEEDED:
        log.error("wechat_top_up_paid_after_close", payment=str(row.id), status=row.status.value)
    return f"no change (top-up {row.status.value}, {trade_state})", True
