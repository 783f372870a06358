"""GraphQL types of selling: shifts, orders, their lines and payments."""

from __future__ import annotations

import base64
import uuid
from datetime import datetime

import strawberry
from graphql import GraphQLError

from api.core.guards import Info
from api.core.node import Node
from api.core.scalars import Long, Money, Volume
from api.members.types import MemberType
from api.selling.discounts import Discount
from api.selling.history_model import OrderEvent, OrderEventKind
from api.selling.invoice_links import invoice_request_url
from api.selling.loaders import (
    DiscountsByOrderIdLoader,
    EventsByOrderIdLoader,
    LinesByOrderIdLoader,
    MemberByIdLoader,
    PaymentsByOrderIdLoader,
    RefundsByOrderIdLoader,
    StaffNameByIdLoader,
)
from api.selling.models import (
    Order,
    OrderDiscount,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentStatus,
    Refund,
    RefundStatus,
    Shift,
    ShiftStatus,
    Tender,
)
from api.selling.receipt_html import receipt_html
from api.selling.receipts import WIDTHS, ReceiptData, load_receipt, receipt_escpos, receipt_text
from api.stations.loaders import StationByIdLoader
from api.stations.types import StationType

TenderType = strawberry.enum(Tender, name="Tender", description=(
    "CASH; UNIONPAY (bank card on the station's terminal, with its reference number); WECHAT and ALIPAY "
    "(the payer's payment code scanned by the cashier, settled by the channel)."))
OrderStatusType = strawberry.enum(OrderStatus, name="OrderStatus", description="Where an order stands.")
PaymentStatusType = strawberry.enum(PaymentStatus, name="PaymentStatus", description="Where a payment stands.")
ShiftStatusType = strawberry.enum(ShiftStatus, name="ShiftStatus", description="OPEN or CLOSED.")
RefundStatusType = strawberry.enum(RefundStatus, name="RefundStatus", description=(
    "PENDING (on its way back through the channel), SUCCEEDED, FAILED."))


def money(fen: int | None) -> Money | None:
    return None if fen is None else Money(fen=Long(fen))


async def _staff_name(info: Info, user_id: uuid.UUID | None) -> str | None:
    if user_id is None:
        return None
    user = await info.context.loader(StaffNameByIdLoader).load(user_id)
    return str(user.name) if user is not None else None


@strawberry.type(name="TenderTotal", description="What one tender took in a shift.")
class TenderTotalType:
    tender: TenderType = strawberry.field(description="The tender.")  # type: ignore[valid-type]
    count: int = strawberry.field(description="Payments.")
    amount: Money = strawberry.field(description="Total.")


@strawberry.type(name="Shift", description="A cashier's shift at a station. Requires OPERATE_POS or VIEW_ORDERS.")
class ShiftType(Node):
    pk: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    cashier_id: strawberry.Private[uuid.UUID]
    number: int = strawberry.field(description="1, 2, 3... per station.")
    status: ShiftStatusType = strawberry.field(description="OPEN or CLOSED.")  # type: ignore[valid-type]
    opened_at: datetime = strawberry.field(description="When it opened.")
    opening_cash: Money = strawberry.field(description="Cash in the drawer at opening (备用金).")
    closed_at: datetime | None = strawberry.field(description="When it closed.")
    expected_cash: Money | None = strawberry.field(description="Opening cash + cash taken, at closing.")
    counted_cash: Money | None = strawberry.field(description="Cash counted at closing.")
    over_short: Money | None = strawberry.field(description="Counted - expected (negative: short).")
    over_short_reason: str | None = strawberry.field(description="Why the cash did not match.")

    @strawberry.field(description="The cashier who opened it.")
    async def cashier_name(self, info: Info) -> str | None:
        return await _staff_name(info, self.cashier_id)

    @strawberry.field(description="The station.")
    async def station(self, info: Info) -> StationType:
        return StationType.of(await info.context.loader(StationByIdLoader).load(self.station_id))

    @strawberry.field(description="Cash that should be in the drawer now: opening cash + cash taken - cash given "
                                  "back from it - cash dropped into the safe (a closed shift: as counted against "
                                  "at closing).")
    async def cash_in_drawer(self, info: Info) -> Money:
        from api.selling.shifts import expected_cash

        if self.expected_cash is not None:
            return self.expected_cash
        async with info.context.session() as session:
            shift = await session.get(Shift, self.pk)
            assert shift is not None
            return Money(fen=Long(await expected_cash(session, shift)))

    @strawberry.field(description="Totals per tender so far.")
    async def tender_totals(self, info: Info) -> list[TenderTotalType]:
        from api.selling.shifts import tender_totals

        async with info.context.session() as session:
            totals = await tender_totals(session, self.pk)
        return [TenderTotalType(tender=t.tender, count=t.count, amount=Money(fen=Long(t.amount_fen)))
                for t in totals]

    @classmethod
    def of(cls, s: Shift) -> ShiftType:
        return cls(pk=s.id, station_id=s.station_id, cashier_id=s.cashier_id, number=s.number, status=s.status,
                   opened_at=s.opened_at, opening_cash=Money(fen=Long(s.opening_float_fen)), closed_at=s.closed_at,
                   expected_cash=money(s.expected_cash_fen), counted_cash=money(s.counted_cash_fen),
                   over_short=money(s.over_short_fen), over_short_reason=s.over_short_reason)


@strawberry.type(name="OrderLine", description="One line of an order.")
class OrderLineType:
    description: str = strawberry.field(description="What was sold, e.g. 3号枪 20.55 L.")
    grade_code: str | None = strawberry.field(description="Grade code, for fuel.")
    quantity: Volume | None = strawberry.field(description="Volume, for fuel.")
    units: int | None = strawberry.field(description="How many, for goods.")
    unit_price: Money = strawberry.field(description="Unit price.")
    amount: Money = strawberry.field(description="Line amount.")

    @classmethod
    def of(cls, line: OrderLine) -> OrderLineType:
        return cls(description=line.description, grade_code=line.grade_code,
                   quantity=Volume(ml=Long(line.quantity_ml)) if line.quantity_ml is not None else None,
                   units=line.quantity,
                   unit_price=Money(fen=Long(line.unit_price_fen)), amount=Money(fen=Long(line.amount_fen)))


@strawberry.type(name="Payment", description="One tender of an order.")
class PaymentType(Node):
    pk: strawberry.Private[uuid.UUID]
    tender: TenderType = strawberry.field(description="The tender.")  # type: ignore[valid-type]
    status: PaymentStatusType = strawberry.field(description="Where it stands.")  # type: ignore[valid-type]
    amount: Money = strawberry.field(description="Amount paid with this tender.")
    given: Money | None = strawberry.field(description="Cash handed over.")
    change: Money | None = strawberry.field(description="Change returned.")
    reference: str | None = strawberry.field(description="Terminal reference number.")
    channel_state: str | None = strawberry.field(description="The channel's last answer: success, userpaying, "
                                                            "notpay, failed, closed, unknown.")
    channel_message: str | None = strawberry.field(description="The channel's message, for the cashier.")
    transaction_id: str | None = strawberry.field(description="The channel's transaction id.")

    @classmethod
    def of(cls, p: Payment) -> PaymentType:
        return cls(pk=p.id, tender=p.tender, status=p.status, amount=Money(fen=Long(p.amount_fen)),
                   given=money(p.given_fen), change=money(p.change_fen), reference=p.reference,
                   channel_state=p.channel_state, channel_message=p.channel_message, transaction_id=p.transaction_id)


@strawberry.type(name="Refund", description="Money given back on one payment.")
class RefundType(Node):
    pk: strawberry.Private[uuid.UUID]
    order_id: strawberry.Private[uuid.UUID]
    payment_id: strawberry.Private[uuid.UUID]
    amount: Money = strawberry.field(description="Amount given back.")
    reason: str = strawberry.field(description="Why.")
    status: RefundStatusType = strawberry.field(description="Where it stands.")  # type: ignore[valid-type]
    created_at: datetime = strawberry.field(description="When it was asked for.")
    settled_at: datetime | None = strawberry.field(description="When the money was back.")

    @strawberry.field(name="paymentId", description="The payment refunded.")
    def payment_global_id(self) -> strawberry.ID:
        from api.core.ids import to_global_id

        return strawberry.ID(to_global_id("Payment", self.payment_id))

    @classmethod
    def of(cls, r: Refund) -> RefundType:
        return cls(pk=r.id, order_id=r.order_id, payment_id=r.payment_id, amount=Money(fen=Long(r.amount_fen)),
                   reason=r.reason, status=r.status, created_at=r.created_at, settled_at=r.settled_at)


@strawberry.type(name="OrderDiscount", description="One discount: a rule's (member price, a campaign) or the "
                                                   "manual one.")
class OrderDiscountType:
    rule: str = strawberry.field(description="The rule that gave it (manual for a supervisor's).")
    label: str = strawberry.field(description="What the receipt prints.")
    amount: Money = strawberry.field(description="Amount taken off.")
    line: int | None = strawberry.field(description="The line it applies to (0-based position); null: the whole "
                                                    "order.")
    reason: str | None = strawberry.field(description="Why (manual discounts).")

    @classmethod
    def of(cls, d: OrderDiscount | Discount) -> OrderDiscountType:
        line = d.line_position if isinstance(d, OrderDiscount) else d.line
        return cls(rule=d.rule, label=d.label, amount=Money(fen=Long(d.amount_fen)), line=line, reason=d.reason)


OrderEventKindType = strawberry.enum(OrderEventKind, name="OrderEventKind",
                                     description="What changed: the order, a payment, a refund, the tags.")


@strawberry.type(name="OrderEvent", description="One change in an order's history.")
class OrderEventType:
    kind: OrderEventKindType = strawberry.field(description="What changed.")  # type: ignore[valid-type]
    at: datetime = strawberry.field(description="When.")
    from_value: str | None = strawberry.field(description="Before: a status in lower case (order, payment, "
                                                          "refund) or the tags joined by commas; null when new.")
    to_value: str = strawberry.field(description="After, in the same form.")
    tender: TenderType | None = strawberry.field(description="The payment's tender.")  # type: ignore[valid-type]
    amount: Money | None = strawberry.field(description="The payment's or refund's amount.")
    actor_kind: str = strawberry.field(description="Who: staff, member, device, partner or system.")
    actor_label: str = strawberry.field(description="Who, by name (a staff member's username; 系统 for the "
                                                    "platform itself, e.g. a channel's confirmation).")

    @classmethod
    def of(cls, e: OrderEvent) -> OrderEventType:
        known = {t.value for t in Tender}
        return cls(kind=e.kind, at=e.created_at, from_value=e.from_value, to_value=e.to_value,
                   tender=Tender(e.tender) if e.tender in known else None, amount=money(e.amount_fen),
                   actor_kind=e.actor_kind, actor_label=e.actor_label)


INVOICEABLE = (OrderStatus.PAID, OrderStatus.PARTIALLY_REFUNDED)


@strawberry.type(name="Order", description="A sale at a station. Requires VIEW_ORDERS (or OPERATE_POS at the POS).")
class OrderType(Node):
    pk: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    cashier_id: strawberry.Private[uuid.UUID]
    member_id: strawberry.Private[uuid.UUID | None]
    number: str = strawberry.field(description="Readable number: station-date-sequence.")
    status: OrderStatusType = strawberry.field(description="Where it stands.")  # type: ignore[valid-type]
    total: Money = strawberry.field(description="Before discounts.")
    discount: Money = strawberry.field(description="Discounts.")
    discount_reason: str | None = strawberry.field(description="Why the manual discount.")
    payable: Money = strawberry.field(description="What the customer pays.")
    created_at: datetime = strawberry.field(description="When it was made.")
    paid_at: datetime | None = strawberry.field(description="When it was paid.")
    remark: str | None = strawberry.field(description="Cashier's remark.")
    tags: list[str] = strawberry.field(description="Tags such as 滴滴.")
    vehicle_plate: str | None = strawberry.field(description="The vehicle's plate, when known.")

    @strawberry.field(description="Lines.")
    async def lines(self, info: Info) -> list[OrderLineType]:
        return [OrderLineType.of(line) for line in await info.context.loader(LinesByOrderIdLoader).load(self.pk)]

    @strawberry.field(description="Payments, one per tender.")
    async def payments(self, info: Info) -> list[PaymentType]:
        return [PaymentType.of(p) for p in await info.context.loader(PaymentsByOrderIdLoader).load(self.pk)]

    async def _receipt_data(self, info: Info) -> ReceiptData:
        settings = info.context.settings
        invoice = (invoice_request_url(settings.public_url, settings.secret_key, self.pk)
                   if self.status in INVOICEABLE else None)
        async with info.context.session() as session:
            return await load_receipt(session, self.pk, invoice)

    @strawberry.field(description="The receipt as text for a thermal printer: width 32 (58 mm) or 48 (80 mm) "
                                  "columns.")
    async def receipt(self, info: Info, width: int = 32) -> str:
        if width not in WIDTHS:
            raise GraphQLError("width must be 32 or 48", extensions={"code": "BAD_USER_INPUT"})
        return receipt_text(await self._receipt_data(info), width)

    @strawberry.field(description="The receipt as ESC/POS bytes (GB18030 text, the e-invoice request QR code of a "
                                  "paid order, then cut), base64-encoded.")
    async def receipt_escpos(self, info: Info, width: int = 32) -> str:
        if width not in WIDTHS:
            raise GraphQLError("width must be 32 or 48", extensions={"code": "BAD_USER_INPUT"})
        data = await self._receipt_data(info)
        return base64.b64encode(receipt_escpos(receipt_text(data, width), data.invoice_url)).decode()

    @strawberry.field(description="The receipt as a self-contained HTML page for the browser (print preview), "
                                  "with the e-invoice request QR code of a paid order.")
    async def receipt_html(self, info: Info) -> str:
        return receipt_html(await self._receipt_data(info))

    @strawberry.field(description="The e-invoice request link the receipt's QR code holds (paid orders only).")
    def invoice_request_url(self, info: Info) -> str | None:
        settings = info.context.settings
        return (invoice_request_url(settings.public_url, settings.secret_key, self.pk)
                if self.status in INVOICEABLE else None)

    @strawberry.field(description="The driver, when identified at the POS or paying in the mini-program.")
    async def member(self, info: Info) -> MemberType | None:
        if self.member_id is None:
            return None
        member = await info.context.loader(MemberByIdLoader).load(self.member_id)
        return MemberType.of(member) if member is not None else None

    @strawberry.field(description="Discounts, in the order they were taken.")
    async def discounts(self, info: Info) -> list[OrderDiscountType]:
        return [OrderDiscountType.of(d) for d in await info.context.loader(DiscountsByOrderIdLoader).load(self.pk)]

    @strawberry.field(description="Every change of the order, its payments and refunds, oldest first.")
    async def history(self, info: Info) -> list[OrderEventType]:
        return [OrderEventType.of(e) for e in await info.context.loader(EventsByOrderIdLoader).load(self.pk)]

    @strawberry.field(description="Refunds, oldest first.")
    async def refunds(self, info: Info) -> list[RefundType]:
        return [RefundType.of(r) for r in await info.context.loader(RefundsByOrderIdLoader).load(self.pk)]

    @strawberry.field(description="The cashier.")
    async def cashier_name(self, info: Info) -> str | None:
        return await _staff_name(info, self.cashier_id)

    @strawberry.field(description="The station.")
    async def station(self, info: Info) -> StationType:
        return StationType.of(await info.context.loader(StationByIdLoader).load(self.station_id))

    @classmethod
    def of(cls, o: Order) -> OrderType:
        return cls(pk=o.id, station_id=o.station_id, cashier_id=o.cashier_id, member_id=o.member_id,
                   number=o.number, status=o.status, vehicle_plate=o.vehicle_plate,
                   total=Money(fen=Long(o.total_fen)), discount=Money(fen=Long(o.discount_fen)),
                   discount_reason=o.discount_reason,
                   payable=Money(fen=Long(o.payable_fen)), created_at=o.created_at, paid_at=o.paid_at,
                   remark=o.remark, tags=list(o.tags or []))
