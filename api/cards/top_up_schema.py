"""Top-ups paid through a channel: the member's WeChat Pay top-up in the mini-program (`driverCardTopUp`,
followed with `driverTopUp`) and the POS's payment-code top-up (`cardTopUpByCode`, followed with
`cardTopUpPaymentRefresh`). The card is credited only when the channel confirms the payment."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry

from api.cards.models import Card, TopUpMethod
from api.cards.top_up_payment_models import CardTopUpPayment, TopUpPaymentKind, TopUpPaymentStatus
from api.cards.top_up_payments import (
    FINAL,
    CodeTopUpRequest,
    JsapiTopUpRequest,
    TopUpPaymentErrorCode,
    advance_top_up,
    create_code_top_up,
    create_jsapi_top_up,
    follow_top_up,
)
from api.cards.types import CardType, TopUpMethodType
from api.core.actors import ActorKind
from api.core.errors import DomainError, Forbidden
from api.core.guards import Info, needs, require, viewer
from api.core.ids import to_global_id
from api.core.node import Node, decode_id, decode_input_id, node_resolver
from api.core.permissions import Permission
from api.core.scalars import Long, Money
from api.core.user_errors import error_type, run_check
from api.driver import access
from api.driver.types import WxRequestPayment
from api.members.models import Member

TopUpPaymentError = error_type("CardTopUpPayment", TopUpPaymentErrorCode, "a top-up paid through a channel")
TopUpPaymentStatusType = strawberry.enum(TopUpPaymentStatus, name="CardTopUpPaymentStatus",
                                         description="PENDING until the channel answers; SUCCEEDED (the card "
                                                     "credited), FAILED or CLOSED are final.")
TopUpPaymentKindType = strawberry.enum(TopUpPaymentKind, name="CardTopUpPaymentKind",
                                       description="JSAPI (paid in the mini-program) or PAYMENT_CODE (scanned "
                                                   "at the POS).")
MEMBER = "Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN."


@strawberry.type(name="CardTopUpPayment", description="A top-up paid through a payment channel, until final.")
class TopUpPaymentType(Node):
    pk: strawberry.Private[uuid.UUID]
    card_pk: strawberry.Private[uuid.UUID]
    status: TopUpPaymentStatusType = strawberry.field(description="Where it stands.")  # type: ignore[valid-type]
    kind: TopUpPaymentKindType = strawberry.field(description="How it is paid.")  # type: ignore[valid-type]
    channel: str = strawberry.field(description="wechat or alipay.")
    amount: Money = strawberry.field(description="What the payer pays, and the principal the card receives.")
    bonus: Money = strawberry.field(description="The bonus the card receives with it (the product's tiers).")
    station_id: strawberry.ID = strawberry.field(description="The station whose merchant account is paid.")
    final: bool = strawberry.field(description="True once SUCCEEDED, FAILED or CLOSED: stop asking.")
    message: str | None = strawberry.field(description="The channel's last word, when it refused or is waiting.")
    created_at: datetime = strawberry.field(description="When it was made.")
    settled_at: datetime | None = strawberry.field(description="When it became final.")

    @strawberry.field(description="The card, as it stands now.")
    async def card(self, info: Info) -> CardType | None:
        async with info.context.session() as session:
            card = await session.get(Card, self.card_pk)
        return CardType.of(card) if card is not None else None

    @classmethod
    def of(cls, p: CardTopUpPayment) -> TopUpPaymentType:
        return cls(pk=p.id, card_pk=p.card_id, status=p.status, kind=p.kind, channel=p.channel,
                   amount=Money(fen=Long(p.amount_fen)), bonus=Money(fen=Long(p.bonus_fen)),
                   station_id=strawberry.ID(to_global_id("Station", p.station_id)), final=p.status in FINAL,
                   message=p.channel_message if p.status is not TopUpPaymentStatus.SUCCEEDED else None,
                   created_at=p.created_at, settled_at=p.settled_at)


@node_resolver("CardTopUpPayment")
async def _node(info: Info, pk: uuid.UUID) -> TopUpPaymentType | None:
    actor = viewer(info)
    async with info.context.session() as session:
        row = await session.get(CardTopUpPayment, pk)
    if row is None or row.company_id != actor.company_id:
        return None
    if actor.kind is ActorKind.MEMBER:
        return TopUpPaymentType.of(row) if row.member_id == actor.id else None
    if not actor.can_see_station(row.station_id, Permission.TOP_UP_CARDS):
        return None
    return TopUpPaymentType.of(row)


@strawberry.input(description="Top up one of your cards by WeChat Pay.")
class DriverCardTopUpInput:
    card_id: strawberry.ID = strawberry.field(description="Your card (viewerCards): a parent or a card without "
                                                          "children.")
    amount_fen: Long = strawberry.field(description="What you pay, in fen, within the product's top-up range.")
    idempotency_key: str = strawberry.field(description="8 to 64 characters, made once per top-up attempt and sent "
                                                        "again on every retry of it.")
    station_id: strawberry.ID | None = strawberry.field(
        default=None, description="The station you top up at, whose merchant account takes the money (it must "
                                  "accept the card); the card's own station when omitted.")


@strawberry.type(description="Result of a top-up by WeChat Pay.")
class DriverCardTopUpPayload:
    top_up: TopUpPaymentType | None = strawberry.field(default=None, description="The top-up, PENDING until WeChat "
                                                                                 "Pay confirms it.")
    request_payment: WxRequestPayment | None = strawberry.field(
        default=None, description="Pass to wx.requestPayment; the same on every retry with the same key.")
    replay: bool = strawberry.field(default=False, description="True when this repeats an earlier request.")
    errors: list[TopUpPaymentError] = strawberry.field(  # type: ignore[valid-type]
        description="Why nothing was charged.")


@strawberry.input(description="Top up a card with the payer's WeChat or Alipay payment code, scanned at the POS.")
class CardTopUpByCodeInput:
    card_id: strawberry.ID = strawberry.field(description="The card.")
    station_id: strawberry.ID = strawberry.field(description="The station (its open shift, its merchant account).")
    amount_fen: Long = strawberry.field(description="Amount in fen.")
    method: TopUpMethodType = strawberry.field(description="WECHAT or ALIPAY.")  # type: ignore[valid-type]
    auth_code: str = strawberry.field(description="The payment code scanned (付款码).")
    idempotency_key: str = strawberry.field(description="8-128 characters, one per top-up; a retry reuses it.")


@strawberry.type(description="Result of a payment-code top-up.")
class CardTopUpByCodePayload:
    top_up: TopUpPaymentType | None = strawberry.field(
        default=None, description="The top-up: SUCCEEDED, or PENDING while the payer confirms (ask again with "
                                  "cardTopUpPaymentRefresh, with a growing delay), or FAILED.")
    replay: bool = strawberry.field(default=False, description="True when the key had already been used.")
    errors: list[TopUpPaymentError] = strawberry.field(  # type: ignore[valid-type]
        description="Why nothing was charged.")


async def _openid(info: Info) -> str:
    actor = access.member(info)
    async with access.read(info, actor) as session:
        member = await session.get(Member, actor.id)
    if member is None or not member.openid:
        raise DomainError(TopUpPaymentErrorCode.INVALID, "请在微信小程序内登录后充值", field="idempotencyKey")
    return member.openid


def _id(value: str, type_name: str, field: str) -> uuid.UUID:
    try:
        return decode_input_id(value, type_name, field)
    except DomainError:
        raise DomainError(TopUpPaymentErrorCode.NOT_FOUND, "对象不存在或 ID 无效", field=field) from None


@strawberry.type
class TopUpPaymentQuery:
    @strawberry.field(description=f"One of your top-ups by WeChat Pay, to follow until `final` (null when not "
                                  f"yours); a pending one is asked of WeChat Pay (at most every two seconds). {MEMBER}")
    async def driver_top_up(self, info: Info, id: strawberry.ID) -> TopUpPaymentType | None:
        actor = access.member(info)
        async with access.read(info, actor) as session:
            row = await session.get(CardTopUpPayment, decode_id(id, "CardTopUpPayment"))
        if row is None or row.member_id != actor.id or row.company_id != actor.company_id:
            return None
        row = await follow_top_up(lambda: access.transaction(info, actor), row, info.context.settings.data_key)
        return TopUpPaymentType.of(row)


@strawberry.type
class TopUpPaymentMutation:
    @strawberry.mutation(description=(
        "Top up one of your stored-value cards by WeChat Pay (JSAPI): a pending top-up with the bonus of the "
        "card's product, and the parameters of wx.requestPayment. The card is credited once WeChat Pay confirms "
        "the payment (follow it with driverTopUp). Idempotent on `idempotencyKey`: a retry with the same key "
        "and input returns the same top-up and parameters; another input under the key is IDEMPOTENCY_CONFLICT. "
        f"Another member's card is FORBIDDEN. {MEMBER}"))
    async def driver_card_top_up(self, info: Info, input: DriverCardTopUpInput) -> DriverCardTopUpPayload:
        actor = access.member(info)

        async def work() -> dict[str, Any]:
            request = JsapiTopUpRequest(
                card_id=_id(input.card_id, "Card", "cardId"), amount_fen=int(input.amount_fen),
                openid=await _openid(info), idempotency_key=input.idempotency_key,
                station_id=_id(input.station_id, "Station", "stationId") if input.station_id else None)
            made = await create_jsapi_top_up(lambda: access.transaction(info, actor), actor, request,
                                             settings=info.context.settings)
            return {"top_up": TopUpPaymentType.of(made.payment),
                    "request_payment": WxRequestPayment.of(made.request_payment), "replay": made.replay}

        return await run_check(work, DriverCardTopUpPayload, TopUpPaymentError, TopUpPaymentErrorCode)

    @strawberry.mutation(description=needs(
        "Top up a card with the payer's WeChat or Alipay payment code at the station's POS, in its open shift, "
        "with the product's bonus. The code is sent once; the card is credited only when the channel says paid. "
        "While the payer confirms (PENDING) ask again with cardTopUpPaymentRefresh; a payment never confirmed "
        "is reversed after five minutes. Idempotent on its key.", Permission.TOP_UP_CARDS))
    async def card_top_up_by_code(self, info: Info, input: CardTopUpByCodeInput) -> CardTopUpByCodePayload:
        actor = require(info, Permission.TOP_UP_CARDS)

        async def work() -> dict[str, Any]:
            station_id = decode_input_id(input.station_id, "Station", "stationId")
            actor.require_station(station_id, Permission.TOP_UP_CARDS)
            method = TopUpMethod(input.method)
            request = CodeTopUpRequest(
                card_id=_id(input.card_id, "Card", "cardId"), station_id=station_id, amount_fen=int(input.amount_fen),
                channel=method.value if method in (TopUpMethod.WECHAT, TopUpMethod.ALIPAY) else "",
                auth_code=input.auth_code.strip(), idempotency_key=input.idempotency_key)
            row, replay = await create_code_top_up(info.context.transaction, actor, request,
                                                   data_key=info.context.settings.data_key)
            return {"top_up": TopUpPaymentType.of(row), "replay": replay}

        return await run_check(work, CardTopUpByCodePayload, TopUpPaymentError, TopUpPaymentErrorCode)

    @strawberry.mutation(description=needs("Ask the channel where a pending payment-code top-up stands (the POS asks "
                                           "again with a growing delay while the payer confirms).",
                                           Permission.TOP_UP_CARDS))
    async def card_top_up_payment_refresh(self, info: Info, id: strawberry.ID) -> TopUpPaymentType:
        actor = require(info, Permission.TOP_UP_CARDS)
        pk = decode_id(id, "CardTopUpPayment")
        async with info.context.session() as session:
            row = await session.get(CardTopUpPayment, pk)
        if row is None or row.company_id != actor.company_id:
            raise Forbidden("充值记录不存在或无权访问")
        actor.require_station(row.station_id, Permission.TOP_UP_CARDS)
        if row.status is TopUpPaymentStatus.PENDING and row.kind is TopUpPaymentKind.PAYMENT_CODE:
            row = await advance_top_up(info.context.transaction, row, info.context.settings.data_key)
        return TopUpPaymentType.of(row)
