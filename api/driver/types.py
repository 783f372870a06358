"""The driver's view of stations, nozzles, fuelings, orders and payments (no staff-only fields: no cashier,
no history, no other driver)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry
from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.core.guards import Info
from api.core.ids import to_global_id
from api.core.loading import SessionOpener, by_key_loader
from api.core.scalars import Long, Money, Volume
from api.driver import access
from api.driver.stations import GradePrice, NozzleView, StationView
from api.fuelings.models import Fueling
from api.payments.wechat_jsapi import RequestPayment
from api.pumps.types import NozzleStateType
from api.selling.invoice_links import invoice_request_url
from api.selling.invoice_request_model import InvoiceRequest
from api.selling.loaders import DiscountsByOrderIdLoader, LinesByOrderIdLoader, PaymentsByOrderIdLoader
from api.selling.models import Order, Payment
from api.selling.receipt_html import receipt_html
from api.selling.receipts import load_receipt
from api.selling.types import OrderDiscountType, OrderLineType, OrderStatusType, PaymentStatusType, TenderType
from api.stations.loaders import StationByIdLoader


def InvoiceRequestByOrderIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(InvoiceRequest).where(InvoiceRequest.order_id.in_(keys)),
                         lambda r: r.order_id)


@strawberry.type(description="A grade sold at a station, with today's price from the price book.")
class DriverGrade:
    code: str = strawberry.field(description="National grade code (1402 for 92#).")
    name: str = strawberry.field(description="Grade name, e.g. 92#.")
    price: Money = strawberry.field(description="Today's price per litre.")

    @classmethod
    def of(cls, grade: GradePrice) -> DriverGrade:
        return cls(code=grade.code, name=grade.name, price=Money(fen=Long(grade.price_fen)))


@strawberry.type(description="A station as drivers see it.")
class DriverStation:
    id: strawberry.ID = strawberry.field(description="The station's global ID (as in its QR code's deep link).")
    code: str = strawberry.field(description="Station code.")
    name: str = strawberry.field(description="Station name.")
    address: str | None = strawberry.field(description="Address.")
    latitude: Decimal | None = strawberry.field(description="Latitude (GCJ-02, as wx.openLocation wants).")
    longitude: Decimal | None = strawberry.field(description="Longitude (GCJ-02).")
    phone: str | None = strawberry.field(description="Phone number to call.")
    opening_hours: str | None = strawberry.field(description="Opening hours as written, e.g. 06:00-22:00.")
    open_now: bool | None = strawberry.field(description="Open now by its hours (null when unknown).")
    distance_m: int | None = strawberry.field(description="Distance from the given location in metres.")
    grades: list[DriverGrade] = strawberry.field(description="Grades with today's prices.")
    payee_name: str | None = strawberry.field(description="Who the driver pays: the payee of the station's WeChat "
                                                          "merchant account (null: no mini-program payment).")

    @classmethod
    def of(cls, view: StationView) -> DriverStation:
        s = view.station
        return cls(id=strawberry.ID(to_global_id("Station", s.id)), code=s.code, name=s.name, address=s.address,
                   latitude=s.latitude, longitude=s.longitude, phone=s.phone, opening_hours=s.opening_hours,
                   open_now=view.open_now, distance_m=view.distance_m,
                   grades=[DriverGrade.of(g) for g in view.grades], payee_name=view.payee_name)


@strawberry.type(description="A nozzle of a station with its live state.")
class DriverNozzle:
    number: int = strawberry.field(description="Nozzle number across the station.")
    grade: DriverGrade = strawberry.field(description="The grade it sells, with today's price.")
    state: NozzleStateType = strawberry.field(description="What it is doing now.")  # type: ignore[valid-type]
    amount: Money = strawberry.field(description="Running (or last) amount.")
    volume: Volume = strawberry.field(description="Running (or last) volume.")

    @classmethod
    def of(cls, view: NozzleView) -> DriverNozzle:
        return cls(number=view.number, grade=DriverGrade.of(view.grade), state=view.live.state,
                   amount=Money(fen=Long(view.live.amount_fen)), volume=Volume(ml=Long(view.live.volume_ml)))


@strawberry.type(description="A completed fueling not paid yet.")
class DriverFueling:
    id: strawberry.ID = strawberry.field(description="The fueling's global ID.")
    grade_code: str = strawberry.field(description="Grade code.")
    volume: Volume = strawberry.field(description="Volume.")
    unit_price: Money = strawberry.field(description="Unit price per litre.")
    amount: Money = strawberry.field(description="Amount as the dispenser showed it.")
    ended_at: datetime = strawberry.field(description="When the nozzle was hung up.")

    @classmethod
    def of(cls, f: Fueling) -> DriverFueling:
        return cls(id=strawberry.ID(to_global_id("Fueling", f.id)), grade_code=f.grade_code,
                   volume=Volume(ml=Long(f.volume_ml)), unit_price=Money(fen=Long(f.unit_price_fen)),
                   amount=Money(fen=Long(f.amount_fen)), ended_at=f.ended_at)


@strawberry.type(description="The parameters to pass to wx.requestPayment as they are.")
class WxRequestPayment:
    app_id: str = strawberry.field(description="appId (the mini-program's).")
    time_stamp: str = strawberry.field(description="timeStamp.")
    nonce_str: str = strawberry.field(description="nonceStr.")
    package: str = strawberry.field(description="package (prepay_id=...).")
    sign_type: str = strawberry.field(description="signType (RSA).")
    pay_sign: str = strawberry.field(description="paySign.")

    @classmethod
    def of(cls, r: RequestPayment) -> WxRequestPayment:
        return cls(app_id=r.app_id, time_stamp=r.time_stamp, nonce_str=r.nonce_str, package=r.package,
                   sign_type=r.sign_type, pay_sign=r.pay_sign)


@strawberry.type(description="One payment of a driver's order.")
class DriverPayment:
    pk: strawberry.Private[uuid.UUID]
    tender: TenderType = strawberry.field(description="How it is paid.")  # type: ignore[valid-type]
    status: PaymentStatusType = strawberry.field(  # type: ignore[valid-type]
        description="PENDING until WeChat Pay confirms; SUCCEEDED, FAILED or CLOSED are final.")
    amount: Money = strawberry.field(description="Amount.")
    message: str | None = strawberry.field(description="The channel's reason when it failed.")

    @strawberry.field(description="The payment's global ID (follow it with driverPayment).")
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id("Payment", self.pk))

    @classmethod
    def of(cls, p: Payment) -> DriverPayment:
        return cls(pk=p.id, tender=p.tender, status=p.status, amount=Money(fen=Long(p.amount_fen)),
                   message=p.channel_message)


@strawberry.type(description="An e-invoice request of an order (issued later through the e-invoice interface).")
class DriverInvoiceRequest:
    title: str = strawberry.field(description="Invoice title (抬头).")
    tax_number: str | None = strawberry.field(description="Taxpayer number of a company title.")
    email: str = strawberry.field(description="Where the e-invoice goes.")
    status: str = strawberry.field(description="requested or issued.")
    created_at: datetime = strawberry.field(description="When it was asked for.")

    @classmethod
    def of(cls, r: InvoiceRequest) -> DriverInvoiceRequest:
        return cls(title=r.title, tax_number=r.tax_number, email=r.email, status=r.status.value,
                   created_at=r.created_at)


@strawberry.type(description="A driver's own order.")
class DriverOrder:
    pk: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    number: str = strawberry.field(description="Order number.")
    status: OrderStatusType = strawberry.field(description="Where it stands.")  # type: ignore[valid-type]
    total: Money = strawberry.field(description="Before discounts.")
    discount: Money = strawberry.field(description="Discounts.")
    payable: Money = strawberry.field(description="What the driver pays.")
    created_at: datetime = strawberry.field(description="When it was made.")
    paid_at: datetime | None = strawberry.field(description="When it was paid.")
    vehicle_plate: str | None = strawberry.field(description="The vehicle.")

    @strawberry.field(description="The order's global ID.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id("Order", self.pk))

    @strawberry.field(description="The station's name.")
    async def station_name(self, info: Info) -> str:
        station = await access.loader(info, access.member(info), StationByIdLoader).load(self.station_id)
        return str(station.name) if station is not None else ""

    @strawberry.field(description="Lines.")
    async def lines(self, info: Info) -> list[OrderLineType]:
        rows = await access.loader(info, access.member(info), LinesByOrderIdLoader).load(self.pk)
        return [OrderLineType.of(line) for line in rows]

    @strawberry.field(description="Discounts (member price, campaigns), in the order they were taken.")
    async def discounts(self, info: Info) -> list[OrderDiscountType]:
        rows = await access.loader(info, access.member(info), DiscountsByOrderIdLoader).load(self.pk)
        return [OrderDiscountType.of(d) for d in rows]

    @strawberry.field(description="Payments.")
    async def payments(self, info: Info) -> list[DriverPayment]:
        rows = await access.loader(info, access.member(info), PaymentsByOrderIdLoader).load(self.pk)
        return [DriverPayment.of(p) for p in rows]

    @strawberry.field(description="The e-invoice request, once made.")
    async def invoice_request(self, info: Info) -> DriverInvoiceRequest | None:
        row = await access.loader(info, access.member(info), InvoiceRequestByOrderIdLoader).load(self.pk)
        return DriverInvoiceRequest.of(row) if row is not None else None

    @strawberry.field(description="The receipt as a self-contained HTML page (with the e-invoice QR code once "
                                  "paid).")
    async def receipt_html(self, info: Info) -> str:
        actor = access.member(info)
        settings = info.context.settings
        invoice = invoice_request_url(settings.public_url, settings.secret_key, self.pk) if self.paid_at else None
        async with access.read(info, actor) as session:
            return receipt_html(await load_receipt(session, self.pk, invoice))

    @classmethod
    def of(cls, o: Order) -> DriverOrder:
        return cls(pk=o.id, station_id=o.station_id, number=o.number, status=o.status,
                   total=Money(fen=Long(o.total_fen)), discount=Money(fen=Long(o.discount_fen)),
                   payable=Money(fen=Long(o.payable_fen)), created_at=o.created_at, paid_at=o.paid_at,
                   vehicle_plate=o.vehicle_plate)


@strawberry.type(description="What the driver would pay for a fueling, priced as driverCheckout will charge.")
class DriverQuote:
    fueling: DriverFueling = strawberry.field(description="The fueling priced.")
    lines: list[OrderLineType] = strawberry.field(description="Lines.")
    discounts: list[OrderDiscountType] = strawberry.field(description="Discounts for this member paying by WeChat.")
    total: Money = strawberry.field(description="Before discounts.")
    discount: Money = strawberry.field(description="All discounts.")
    payable: Money = strawberry.field(description="What the driver pays.")
