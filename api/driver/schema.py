"""The drivers' operations (mini-program, member token only): stations nearby, a station's nozzles and the
fuelings just completed on one, one-tap checkout with WeChat Pay JSAPI or one of the member's stored-value
cards, the payment followed until final, the driver's orders with receipts, and e-invoice requests."""

from __future__ import annotations

import uuid
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry
from sqlalchemy import select

from api.cards.types import CardType
from api.core.errors import DomainError
from api.core.guards import Info
from api.core.node import decode_id, decode_input_id
from api.core.pagination import DEFAULT_PAGE, BadInput, Connection, OrderKey, paginate
from api.core.scalars import Long, Money
from api.core.user_errors import error_type, run_check
from api.driver import access
from api.driver.errors import DriverCardPayErrorCode, DriverCheckoutErrorCode
from api.driver.stations import Location, nearby_stations, station_nozzles, station_view
from api.driver.types import (
    DriverFueling,
    DriverInvoiceRequest,
    DriverNozzle,
    DriverOrder,
    DriverPayment,
    DriverQuote,
    DriverStation,
    WxRequestPayment,
)
from api.members.models import Member, MemberStatus
from api.selling.driver_card_payments import DriverCardPayment, pay_driver_order_by_card
from api.selling.driver_checkout import DriverSale, create_driver_order, jsapi_key, quote_driver_sale, recent_fuelings
from api.selling.invoice_requests import InvoiceRequestErrorCode, request_invoice
from api.selling.jsapi_payments import JsapiPaymentRequest, create_jsapi_payment
from api.selling.models import Order, Payment, PaymentStatus, Tender
from api.selling.types import OrderDiscountType, OrderLineType

DriverCheckoutError = error_type("DriverCheckout", DriverCheckoutErrorCode, "a driver's checkout")
DriverCardPayError = error_type("DriverCardPay", DriverCardPayErrorCode, "a driver's card payment")
DriverInvoiceRequestError = error_type("DriverInvoiceRequest", InvoiceRequestErrorCode, "an e-invoice request")
MEMBER = "Requires a member token (the mini-program's sign-in); any other credential is FORBIDDEN."
FINAL = (PaymentStatus.SUCCEEDED, PaymentStatus.FAILED, PaymentStatus.CLOSED)


def _doc(text: str) -> str:
    return f"{text} {MEMBER}"


@strawberry.input(description="Where the driver is (GCJ-02, as wx.getLocation type gcj02 gives it).")
class DriverLocationInput:
    latitude: Decimal = strawberry.field(description="Latitude, -90 to 90.")
    longitude: Decimal = strawberry.field(description="Longitude, -180 to 180.")


@strawberry.input(description="What the driver pays: a fueling from driverFuelings, or the amount the dispenser "
                              "shows on a nozzle (it must match exactly one fueling of that nozzle).")
class DriverSaleInput:
    station_id: strawberry.ID = strawberry.field(description="The station.")
    fueling_id: strawberry.ID | None = strawberry.field(default=None, description="The fueling chosen.")
    nozzle_number: int | None = strawberry.field(default=None, description="The nozzle, with amountFen.")
    amount_fen: Long | None = strawberry.field(default=None, description="The amount on the dispenser, in fen.")


@strawberry.enum(description="How the driver means to pay in the mini-program.")
class DriverTender(Enum):
    WECHAT = "wechat"
    CARD = "card"


@strawberry.input(description="Pay a fueling now by WeChat Pay.")
class DriverCheckoutInput(DriverSaleInput):
    idempotency_key: str = strawberry.field(description="8 to 64 characters, made once per payment attempt and "
                                                        "sent again on every retry of it.")
    vehicle_plate: str | None = strawberry.field(default=None, description="The vehicle fuelled (京A12345).")


@strawberry.input(description="Pay by one of your stored-value cards: an order of yours awaiting payment (orderId), "
                              "or a fueling now (sale), exactly one of the two.")
class DriverCardPayInput:
    card_id: strawberry.ID = strawberry.field(description="Your card (viewerCards), or a child card of yours.")
    idempotency_key: str = strawberry.field(description="8 to 64 characters, made once per payment attempt and "
                                                        "sent again on every retry of it.")
    order_id: strawberry.ID | None = strawberry.field(default=None, description="An order of yours awaiting "
                                                                                "payment.")
    sale: DriverSaleInput | None = strawberry.field(default=None, description="A fueling, as driverCheckout takes it.")
    vehicle_plate: str | None = strawberry.field(default=None, description="The vehicle fuelled (with sale).")
    password: str | None = strawberry.field(default=None, description="The card's payment password, when its "
                                                                      "product asks for one above an amount.")


@strawberry.input(description="Ask for the e-invoice of an order.")
class DriverInvoiceRequestInput:
    order_id: strawberry.ID = strawberry.field(description="The order (its `o` in the receipt's /mp/invoice link).")
    key: str | None = strawberry.field(default=None, description="The link's `k` (not needed for your own orders).")
    title: str = strawberry.field(description="Invoice title: a company's name, or 个人.")
    tax_number: str | None = strawberry.field(default=None, description="Taxpayer number (company titles).")
    email: str = strawberry.field(description="Where to send the e-invoice.")


@strawberry.type(description="Result of a quote.")
class DriverQuotePayload:
    quote: DriverQuote | None = strawberry.field(default=None, description="The priced sale.")
    errors: list[DriverCheckoutError] = strawberry.field(  # type: ignore[valid-type]
        description="Why it cannot be paid in the mini-program (the same refusals checkout gives).")


@strawberry.type(description="Result of a driver's checkout.")
class DriverCheckoutPayload:
    order: DriverOrder | None = strawberry.field(default=None, description="The order, awaiting payment.")
    payment: DriverPayment | None = strawberry.field(default=None, description="The WeChat Pay payment (PENDING).")
    request_payment: WxRequestPayment | None = strawberry.field(
        default=None, description="Pass to wx.requestPayment; the same on every retry with the same key.")
    errors: list[DriverCheckoutError] = strawberry.field(  # type: ignore[valid-type]
        description="Why nothing was charged.")


@strawberry.type(description="Result of a card payment.")
class DriverCardPayPayload:
    order: DriverOrder | None = strawberry.field(default=None, description="The order, now PAID.")
    payment: DriverPayment | None = strawberry.field(default=None, description="The card payment (SUCCEEDED).")
    card: CardType | None = strawberry.field(default=None, description="The card, after paying.")
    replay: bool = strawberry.field(default=False, description="True when this repeats an earlier request.")
    errors: list[DriverCardPayError] = strawberry.field(  # type: ignore[valid-type]
        description="Why nothing was charged (the field: cardId for the card's state, limits or balance; "
                    "password when it is needed or wrong).")


@strawberry.type(description="A payment followed until it is final.")
class DriverPaymentState:
    payment: DriverPayment = strawberry.field(description="The payment.")
    order: DriverOrder = strawberry.field(description="Its order.")
    final: bool = strawberry.field(description="True once SUCCEEDED, FAILED or CLOSED: stop asking.")


@strawberry.type(description="Result of an e-invoice request.")
class DriverInvoiceRequestPayload:
    invoice_request: DriverInvoiceRequest | None = strawberry.field(default=None, description="The request made.")
    errors: list[DriverInvoiceRequestError] = strawberry.field(  # type: ignore[valid-type]
        description="Why nothing was recorded.")


def _location(near: DriverLocationInput | None) -> Location | None:
    if near is None:
        return None
    if not (-90 <= near.latitude <= 90 and -180 <= near.longitude <= 180):
        raise BadInput("位置无效", "near")
    return Location(near.latitude, near.longitude)


def _input_id(value: str, type_name: str, field: str) -> uuid.UUID:
    try:
        return decode_input_id(value, type_name, field)
    except DomainError:
        raise DomainError(DriverCardPayErrorCode.NOT_FOUND, "对象不存在或 ID 无效", field=field) from None


def _sale(data: DriverSaleInput, plate: str | None = None) -> DriverSale:
    return DriverSale(
        station_id=decode_input_id(data.station_id, "Station", "stationId"),
        fueling_id=decode_input_id(data.fueling_id, "Fueling", "fuelingId") if data.fueling_id else None,
        nozzle_number=data.nozzle_number, amount_fen=None if data.amount_fen is None else int(data.amount_fen),
        vehicle_plate=plate)


@strawberry.type
class DriverQuery:
    @strawberry.field(description=_doc("The company's stations nearest to `near` within `radiusM` metres (50 km; at "
                                       "most 200 km), each with its distance, whether it is open now, today's prices "
                                       "and its payee; without `near`, every station by code. At most 50."))
    async def driver_stations(self, info: Info, near: DriverLocationInput | None = None, radius_m: int = 50_000,
                              first: int = 20) -> list[DriverStation]:
        actor = access.member(info)
        if not 1 <= first <= 50:
            raise BadInput("first 必须在 1 到 50 之间", "first")
        assert actor.company_id is not None
        async with access.read(info, actor) as session:
            views = await nearby_stations(session, actor.company_id, near=_location(near), radius_m=radius_m,
                                          first=first)
        return [DriverStation.of(v) for v in views]

    @strawberry.field(description=_doc("One station of the company (a scanned station QR code names it); null when "
                                       "there is none."))
    async def driver_station(self, info: Info, id: strawberry.ID) -> DriverStation | None:
        actor = access.member(info)
        assert actor.company_id is not None
        async with access.read(info, actor) as session:
            view = await station_view(session, actor.company_id, decode_id(id, "Station"))
        return DriverStation.of(view) if view is not None else None

    @strawberry.field(description=_doc("A station's nozzles with their grade, today's price and live state."))
    async def driver_nozzles(self, info: Info, station_id: strawberry.ID) -> list[DriverNozzle]:
        actor = access.member(info)
        assert actor.company_id is not None
        async with access.read(info, actor) as session:
            views = await station_nozzles(session, info.context.redis, actor.company_id,
                                          decode_id(station_id, "Station", "stationId"))
        return [DriverNozzle.of(v) for v in views]

    @strawberry.field(description=_doc("The fuelings completed on a nozzle in the last 15 minutes and not paid yet, "
                                       "newest first."))
    async def driver_fuelings(self, info: Info, station_id: strawberry.ID, nozzle_number: int) -> list[DriverFueling]:
        actor = access.member(info)
        assert actor.company_id is not None
        async with access.read(info, actor) as session:
            rows = await recent_fuelings(session, actor.company_id, decode_id(station_id, "Station", "stationId"),
                                         nozzle_number)
        return [DriverFueling.of(f) for f in rows]

    @strawberry.field(description=_doc("What the driver would pay for a fueling by `tender` (WeChat Pay unless "
                                       "told), with the member's discounts for that tender, priced as "
                                       "driverCheckout or driverCardPay will charge; holds nothing."))
    async def driver_quote(self, info: Info, input: DriverSaleInput,
                           tender: DriverTender = DriverTender.WECHAT) -> DriverQuotePayload:
        actor = access.member(info)

        async def work() -> dict[str, Any]:
            async with access.read(info, actor) as session:
                quoted = await quote_driver_sale(session, actor, _sale(input), Tender(tender.value))
            priced = quoted.priced
            return {"quote": DriverQuote(
                fueling=DriverFueling.of(quoted.fueling), lines=[OrderLineType.of(line) for line, _ in quoted.lines],
                discounts=[OrderDiscountType.of(d) for d in priced.discounts],
                total=Money(fen=Long(priced.total_fen)), discount=Money(fen=Long(priced.discount_fen)),
                payable=Money(fen=Long(priced.payable_fen)))}

        return await run_check(work, DriverQuotePayload, DriverCheckoutError, DriverCheckoutErrorCode)

    @strawberry.field(description=_doc("Your orders, newest first."))
    async def driver_orders(self, info: Info, first: int = DEFAULT_PAGE,
                            after: str | None = None) -> Connection[DriverOrder]:
        actor = access.member(info)
        stmt = select(Order).where(Order.company_id == actor.company_id, Order.member_id == actor.id)
        return await paginate(lambda: access.read(info, actor), stmt, order=OrderKey([Order.created_at, Order.id]),
                              first=first, after=after, to_node=DriverOrder.of)

    @strawberry.field(description=_doc("One of your orders; null when it is not yours."))
    async def driver_order(self, info: Info, id: strawberry.ID) -> DriverOrder | None:
        actor = access.member(info)
        async with access.read(info, actor) as session:
            order = await session.get(Order, decode_id(id, "Order"))
        return DriverOrder.of(order) if order is not None and order.member_id == actor.id else None

    @strawberry.field(description=_doc("A payment of one of your orders, to follow until `final` (null when not "
                                       "yours)."))
    async def driver_payment(self, info: Info, id: strawberry.ID) -> DriverPaymentState | None:
        actor = access.member(info)
        async with access.read(info, actor) as session:
            row = (await session.execute(select(Payment, Order).join(Order, Order.id == Payment.order_id).where(
                Payment.id == decode_id(id, "Payment"), Order.member_id == actor.id))).first()
        if row is None:
            return None
        payment, order = row
        return DriverPaymentState(payment=DriverPayment.of(payment), order=DriverOrder.of(order),
                                  final=payment.status in FINAL)


async def _openid(info: Info, member_id: uuid.UUID) -> str:
    actor = access.member(info)
    async with access.read(info, actor) as session:
        member = await session.get(Member, member_id)
    if member is None or member.status is not MemberStatus.REGISTERED:
        raise DomainError(DriverCheckoutErrorCode.PHONE_REQUIRED, "首次支付请先绑定手机号", field="idempotencyKey")
    if not member.openid:
        raise DomainError(DriverCheckoutErrorCode.INVALID, "请在微信小程序内登录后支付", field="idempotencyKey")
    return member.openid


@strawberry.type
class DriverMutation:
    @strawberry.mutation(description=_doc(
        "One-tap fueling: the order of a completed fueling (priced for you by the pricing service, awaiting "
        "payment) and its WeChat Pay JSAPI payment, with the parameters of wx.requestPayment. Idempotent on "
        "`idempotencyKey`: a retry with the same key and input returns the same order, payment and parameters; "
        "another input under the key is IDEMPOTENCY_CONFLICT. A guest binds a phone first (PHONE_REQUIRED)."))
    async def driver_checkout(self, info: Info, input: DriverCheckoutInput) -> DriverCheckoutPayload:
        actor = access.member(info)
        assert actor.id is not None

        async def work() -> dict[str, Any]:
            sale = _sale(input, (input.vehicle_plate or "").strip() or None)
            openid = await _openid(info, actor.id)  # type: ignore[arg-type]
            async with access.transaction(info, actor) as session:
                order, _ = await create_driver_order(session, actor, sale, idempotency_key=input.idempotency_key)
            paid = await create_jsapi_payment(
                lambda: access.transaction(info, actor), actor,
                JsapiPaymentRequest(order.id, openid, jsapi_key(actor.id, input.idempotency_key)),  # type: ignore[arg-type]
                settings=info.context.settings)
            async with access.read(info, actor) as session:
                payment = await session.get(Payment, paid.payment_id)
                fresh = await session.get(Order, order.id)
            assert payment is not None and fresh is not None
            return {"order": DriverOrder.of(fresh), "payment": DriverPayment.of(payment),
                    "request_payment": WxRequestPayment.of(paid.request_payment)}

        return await run_check(work, DriverCheckoutPayload, DriverCheckoutError, DriverCheckoutErrorCode)

    @strawberry.mutation(description=_doc(
        "Pay an order of yours awaiting payment, or a fueling now, with one of your stored-value cards: all it "
        "owes, at once, with the card's password when its product asks for one above an amount. Idempotent on "
        "`idempotencyKey`: a retry with the same key, order and card returns the first result; a refusal "
        "charges nothing and the key may be used again."))
    async def driver_card_pay(self, info: Info, input: DriverCardPayInput) -> DriverCardPayPayload:
        actor = access.member(info)

        async def work() -> dict[str, Any]:
            request = DriverCardPayment(
                card_id=_input_id(input.card_id, "Card", "cardId"), idempotency_key=input.idempotency_key,
                order_id=_input_id(input.order_id, "Order", "orderId") if input.order_id else None,
                sale=_sale(input.sale, (input.vehicle_plate or "").strip() or None) if input.sale else None,
                password=input.password)
            async with access.transaction(info, actor) as session:
                paid = await pay_driver_order_by_card(session, actor, request, data_key=info.context.settings.data_key,
                                                      redis=info.context.redis)
                return {"order": DriverOrder.of(paid.order), "payment": DriverPayment.of(paid.payment),
                        "card": CardType.of(paid.card), "replay": paid.replay}

        return await run_check(work, DriverCardPayPayload, DriverCardPayError, DriverCardPayErrorCode)

    @strawberry.mutation(description=_doc(
        "Ask for the e-invoice of a paid order: one of yours, or any with the key of its receipt's /mp/invoice "
        "link. One request per order; recorded until the e-invoice interface issues it."))
    async def driver_invoice_request(self, info: Info, input: DriverInvoiceRequestInput) -> DriverInvoiceRequestPayload:
        actor = access.member(info)

        async def work() -> dict[str, Any]:
            order_id = decode_input_id(input.order_id, "Order", "orderId")
            async with access.transaction(info, actor) as session:
                made = await request_invoice(session, actor, order_id, key=input.key, title=input.title,
                                             tax_number=input.tax_number, email=input.email,
                                             secret_key=info.context.settings.secret_key)
                return {"invoice_request": DriverInvoiceRequest.of(made)}

        return await run_check(work, DriverInvoiceRequestPayload, DriverInvoiceRequestError, InvoiceRequestErrorCode)
