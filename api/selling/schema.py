"""Selling over GraphQL: shifts, checkout at the POS, and the order list."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import Forbidden
from api.core.guards import Info, needs, require
from api.core.node import decode_id, decode_input_id, node_resolver
from api.core.pagination import DEFAULT_PAGE, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.scalars import Long
from api.core.user_errors import error_type, run_mutation
from api.fuelings.models import Fueling
from api.members.plates import normalize_plate
from api.pumps.models import Nozzle
from api.selling import shifts
from api.selling.baskets import GoodsRequest, ManualFuelRequest
from api.selling.cash import drop_cash
from api.selling.checkout import CheckoutRequest, checkout
from api.selling.collect import advance, collect
from api.selling.errors import CheckoutErrorCode, ShiftErrorCode
from api.selling.models import (
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentStatus,
    Refund,
    RefundStatus,
    Shift,
    Tender,
)
from api.selling.refunds import RefundErrorCode, RefundRequest, advance_refund, create_refund
from api.selling.tenders import TenderRequest
from api.selling.types import OrderStatusType, OrderType, RefundType, ShiftType, TenderType
from api.selling.voids import VoidErrorCode, drive_off, set_tags, void_order

ShiftError = error_type("Shift", ShiftErrorCode, "a shift operation")
CheckoutError = error_type("Checkout", CheckoutErrorCode, "a checkout")
RefundError = error_type("Refund", RefundErrorCode, "a refund")
OrderChangeError = error_type("OrderChange", VoidErrorCode, "a void or drive-off")


@node_resolver("Order")
async def _order_node(info: Info, pk: uuid.UUID) -> OrderType | None:
    actor = require(info, Permission.VIEW_ORDERS)
    async with info.context.session() as session:
        order = await session.get(Order, pk)
    if order is None or order.company_id != actor.company_id or not actor.can_see_station(
            order.station_id, Permission.VIEW_ORDERS):
        return None
    return OrderType.of(order)


@node_resolver("Shift")
async def _shift_node(info: Info, pk: uuid.UUID) -> ShiftType | None:
    actor = require(info, Permission.VIEW_ORDERS)
    async with info.context.session() as session:
        shift = await session.get(Shift, pk)
    if shift is None or shift.company_id != actor.company_id or not actor.can_see_station(
            shift.station_id, Permission.VIEW_ORDERS):
        return None
    return ShiftType.of(shift)


@strawberry.input(description="Filters of the order list.")
class OrderFilter:
    station_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Only these stations.")
    shift_id: strawberry.ID | None = strawberry.field(default=None, description="Only this shift's orders.")
    statuses: list[OrderStatusType] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only these statuses.")
    from_: datetime | None = strawberry.field(default=None, name="from", description="Made at or after.")
    to: datetime | None = strawberry.field(default=None, description="Made before.")
    tenders: list[TenderType] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only orders paid (in part) with one of these tenders.")
    nozzle_numbers: list[int] | None = strawberry.field(default=None, description="Only orders with fuel from "
                                                                                   "these nozzles.")
    tag: str | None = strawberry.field(default=None, description="Only orders with this tag.")
    member_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Only these members' orders.")
    vehicle_plate: str | None = strawberry.field(default=None, description="Only orders of this vehicle.")


def _more_filters(stmt: Select[Any], filter: OrderFilter) -> Select[Any]:
    if filter.tenders:
        stmt = stmt.where(Order.id.in_(select(Payment.order_id).where(
            Payment.tender.in_([Tender(t) for t in filter.tenders]), Payment.status == PaymentStatus.SUCCEEDED)))
    if filter.nozzle_numbers:
        stmt = stmt.where(Order.id.in_(
            select(OrderLine.order_id).join(Fueling, Fueling.id == OrderLine.fueling_id)
            .join(Nozzle, Nozzle.id == Fueling.nozzle_id).where(Nozzle.number.in_(filter.nozzle_numbers))))
    if filter.tag:
        stmt = stmt.where(Order.tags.contains([filter.tag.strip()]))
    if filter.member_ids:
        stmt = stmt.where(Order.member_id.in_([decode_id(m, "Member", f"filter.memberIds.{i}")
                                               for i, m in enumerate(filter.member_ids)]))
    if filter.vehicle_plate:
        stmt = stmt.where(Order.vehicle_plate == (normalize_plate(filter.vehicle_plate) or filter.vehicle_plate))
    return stmt


@strawberry.type
class SellingQuery:
    @strawberry.field(description=needs("The station's open shift (null when none).", Permission.OPERATE_POS))
    async def current_shift(self, info: Info, station_id: strawberry.ID) -> ShiftType | None:
        actor = require(info, Permission.OPERATE_POS)
        station = decode_id(station_id, "Station", "stationId")
        actor.require_station(station, Permission.OPERATE_POS)
        async with info.context.session() as session:
            shift = await shifts.current_shift(session, station)
        return ShiftType.of(shift) if shift is not None else None

    @strawberry.field(description=needs("Orders, newest first.", Permission.VIEW_ORDERS))
    async def orders(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                     filter: OrderFilter | None = None) -> Connection[OrderType]:
        actor = require(info, Permission.VIEW_ORDERS)
        stmt = select(Order).where(Order.company_id == actor.company_id)
        allowed = actor.stations_for(Permission.VIEW_ORDERS)
        if allowed is not None:
            stmt = stmt.where(Order.station_id.in_(allowed))
        if filter is not None:
            if filter.station_ids:
                wanted = [decode_id(s, "Station", "filter.stationIds") for s in filter.station_ids]
                actor.require_stations(wanted, Permission.VIEW_ORDERS)
                stmt = stmt.where(Order.station_id.in_(wanted))
            if filter.shift_id:
                stmt = stmt.where(Order.shift_id == decode_id(filter.shift_id, "Shift", "filter.shiftId"))
            if filter.statuses:
                stmt = stmt.where(Order.status.in_([OrderStatus(s) for s in filter.statuses]))
            if filter.from_:
                stmt = stmt.where(Order.created_at >= filter.from_)
            if filter.to:
                stmt = stmt.where(Order.created_at < filter.to)
            stmt = _more_filters(stmt, filter)
        return await paginate(info.context.session, stmt, order=OrderKey([Order.created_at, Order.id]), first=first,
                              after=after, to_node=OrderType.of)


@strawberry.input(description="Open a shift.")
class ShiftOpenInput:
    station_id: strawberry.ID = strawberry.field(description="The station.")
    opening_cash_fen: Long = strawberry.field(description="Cash in the drawer (备用金), in fen.")


@strawberry.input(description="Close a shift with the cash counted.")
class ShiftCloseInput:
    shift_id: strawberry.ID = strawberry.field(description="The shift.")
    counted_cash_fen: Long = strawberry.field(description="Cash counted in the drawer, in fen.")
    reason: str | None = strawberry.field(default=None, description="Why the cash does not match (required then).")


@strawberry.type(description="Result of a shift operation.")
class ShiftPayload:
    shift: ShiftType | None = strawberry.field(default=None, description="The shift.")
    replay: bool = strawberry.field(default=False, description="True when this key was already used (cash drops): "
                                                               "the first result is returned, nothing was done again.")
    errors: list[ShiftError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.input(description="One tender of a checkout.")
class TenderInput:
    tender: TenderType = strawberry.field(description="The tender.")  # type: ignore[valid-type]
    amount_fen: Long = strawberry.field(description="Amount paid with this tender, in fen.")
    given_fen: Long | None = strawberry.field(default=None, description="Cash handed over (change is returned).")
    reference: str | None = strawberry.field(default=None, description="Bank card terminal's reference number.")
    auth_code: str | None = strawberry.field(default=None, description="The payment code scanned from the "
                                                                       "driver's phone (WECHAT).")
    password: str | None = strawberry.field(default=None, description="The card's payment password, when its "
                                                                      "product asks for one (never stored).")


@strawberry.input(description="Goods added to a checkout.")
class GoodsLineInput:
    goods_id: strawberry.ID = strawberry.field(description="The goods item.")
    quantity: int = strawberry.field(default=1, description="How many (1-999).")


@strawberry.input(description="A sale the dispenser link did not capture, entered by hand (补单).")
class ManualFuelInput:
    nozzle_number: int = strawberry.field(description="Nozzle number on the station.")
    volume_ml: Long = strawberry.field(description="Volume in millilitres.")
    unit_price_fen: int = strawberry.field(description="Unit price in fen per litre.")


@strawberry.input(description="Pay completed fuelings (and goods) at the POS.")
class CheckoutCreateInput:
    station_id: strawberry.ID = strawberry.field(description="The station.")
    idempotency_key: str = strawberry.field(description="Unique per checkout (8-128 characters); a retry with the "
                                                        "same key and body returns the first result.")
    fueling_ids: list[strawberry.ID] = strawberry.field(description="Completed, unpaid fuelings of the station.")
    tenders: list[TenderInput] = strawberry.field(description="How it is paid; the amounts add up to the total.")
    remark: str | None = strawberry.field(default=None, description="Cashier's remark.")
    goods: list[GoodsLineInput] = strawberry.field(default_factory=list, description="Goods sold with it.")
    discount_fen: Long = strawberry.field(default=Long(0), description="Manual discount in fen (needs "
                                                                       "MANAGE_ORDERS; audited).")
    discount_reason: str | None = strawberry.field(default=None, description="Why the manual discount.")
    tags: list[str] = strawberry.field(default_factory=list, description="Tags such as 滴滴 (at most 5).")
    manual: list[ManualFuelInput] = strawberry.field(default_factory=list, description=(
        "Make-up lines (补单): sales the link did not capture; need MAKE_UP_ORDERS and makeUpReason; audited."))
    make_up_reason: str | None = strawberry.field(default=None, description="Why the make-up order.")
    member_id: strawberry.ID | None = strawberry.field(default=None, description="The driver, when identified "
                                                                                "(memberLookup): member prices apply.")
    vehicle_plate: str | None = strawberry.field(default=None, description="The vehicle's plate, when known.")


@strawberry.type(description="Result of a checkout.")
class CheckoutPayload:
    order: OrderType | None = strawberry.field(default=None, description="The paid order.")
    replay: bool = strawberry.field(default=False, description="True when this key was already used: the first "
                                                               "result is returned, nothing was done again.")
    errors: list[CheckoutError] = strawberry.field(description="Why nothing was paid.")  # type: ignore[valid-type]


@strawberry.input(description="Give money back on one payment.")
class RefundCreateInput:
    payment_id: strawberry.ID = strawberry.field(description="The payment.")
    amount_fen: Long = strawberry.field(description="Amount to give back, in fen (at most what is left of it).")
    reason: str = strawberry.field(description="Why (2-200 characters).")
    idempotency_key: str = strawberry.field(description="Unique per refund; a retry with the same key and body "
                                                        "returns the first result.")


@strawberry.type(description="Result of a refund.")
class RefundPayload:
    refund: RefundType | None = strawberry.field(default=None, description="The refund.")
    order: OrderType | None = strawberry.field(default=None, description="The order, after the refund.")
    replay: bool = strawberry.field(default=False, description="True when this key was already used.")
    errors: list[RefundError] = strawberry.field(description="Why nothing was refunded.")  # type: ignore[valid-type]


@strawberry.type(description="Result of voiding an order or writing off a drive-off.")
class OrderChangePayload:
    order: OrderType | None = strawberry.field(default=None, description="The order.")
    errors: list[OrderChangeError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


async def _order(info: Info, order_id: uuid.UUID) -> OrderType:
    async with info.context.session() as session:
        order = await session.get(Order, order_id)
    assert order is not None
    return OrderType.of(order)


@strawberry.type
class SellingMutation:
    @strawberry.mutation(description=needs("Give back all or part of a payment, with a reason; audited. Cash leaves "
                                           "the open shift's drawer; WeChat goes back through the channel.",
                                           Permission.REFUND_PAYMENTS))
    async def refund_create(self, info: Info, input: RefundCreateInput) -> RefundPayload:
        actor = require(info, Permission.REFUND_PAYMENTS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            request = RefundRequest(payment_id=decode_input_id(input.payment_id, "Payment", "paymentId"),
                                    amount_fen=int(input.amount_fen), reason=input.reason,
                                    idempotency_key=input.idempotency_key)
            refund, replay = await create_refund(session, actor, request)
            return {"refund": RefundType.of(refund), "replay": replay}

        payload = await run_mutation(info.context, work, RefundPayload, RefundError, RefundErrorCode)
        if payload.refund is None:
            return payload
        if payload.refund.status is RefundStatus.PENDING:  # a channel refund: ask for it now
            refund = await advance_refund(info.context.transaction, payload.refund.pk, info.context.settings.data_key)
            payload.refund = RefundType.of(refund)
        payload.order = await _order(info, payload.refund.order_id)
        return payload

    @strawberry.mutation(description=needs("Void an order awaiting payment with nothing paid on it: its fuelings "
                                           "can be paid again; audited.", Permission.MANAGE_ORDERS))
    async def order_void(self, info: Info, order_id: strawberry.ID, reason: str) -> OrderChangePayload:
        actor = require(info, Permission.MANAGE_ORDERS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            order = await void_order(session, actor, decode_input_id(order_id, "Order", "orderId"), reason)
            return {"order": OrderType.of(order)}

        return await run_mutation(info.context, work, OrderChangePayload, OrderChangeError, VoidErrorCode)

    @strawberry.mutation(description=needs("Set an order's tags (e.g. 滴滴).", Permission.OPERATE_POS))
    async def order_tags_set(self, info: Info, order_id: strawberry.ID, tags: list[str]) -> OrderChangePayload:
        actor = require(info, Permission.OPERATE_POS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            return {"order": OrderType.of(await set_tags(session, actor, decode_input_id(order_id, "Order", "orderId"),
                                                         tags))}

        return await run_mutation(info.context, work, OrderChangePayload, OrderChangeError, VoidErrorCode)

    @strawberry.mutation(description=needs("Write off a fueling whose driver left without paying (逃单), with a "
                                           "reason; audited.", Permission.MANAGE_ORDERS))
    async def fueling_drive_off(self, info: Info, fueling_id: strawberry.ID, reason: str) -> OrderChangePayload:
        actor = require(info, Permission.MANAGE_ORDERS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            order = await drive_off(session, actor, decode_input_id(fueling_id, "Fueling", "fuelingId"), reason)
            return {"order": OrderType.of(order)}

        return await run_mutation(info.context, work, OrderChangePayload, OrderChangeError, VoidErrorCode)

    @strawberry.mutation(description=needs("Ask the channel where a pending refund stands.",
                                           Permission.REFUND_PAYMENTS))
    async def refund_refresh(self, info: Info, refund_id: strawberry.ID) -> RefundType:
        actor = require(info, Permission.REFUND_PAYMENTS)
        pk = decode_id(refund_id, "Refund", "refundId")
        async with info.context.session() as session:
            refund = await session.get(Refund, pk)
        if refund is None or refund.company_id != actor.company_id:
            raise Forbidden("退款记录不存在或无权访问")
        actor.require_station(refund.station_id, Permission.REFUND_PAYMENTS)
        return RefundType.of(await advance_refund(info.context.transaction, pk, info.context.settings.data_key))

    @strawberry.mutation(description=needs("Open a shift at a station (one open shift per station).",
                                           Permission.OPERATE_POS))
    async def shift_open(self, info: Info, input: ShiftOpenInput) -> ShiftPayload:
        actor = require(info, Permission.OPERATE_POS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            station = decode_input_id(input.station_id, "Station", "stationId")
            return {"shift": ShiftType.of(await shifts.open_shift(session, actor, station,
                                                                  int(input.opening_cash_fen)))}

        return await run_mutation(info.context, work, ShiftPayload, ShiftError, ShiftErrorCode)

    @strawberry.mutation(description=needs("Drop cash from the open shift's drawer into the safe (投款); audited; "
                                           "idempotent on idempotencyKey.", Permission.OPERATE_POS))
    async def shift_cash_drop(self, info: Info, shift_id: strawberry.ID, amount_fen: Long, idempotency_key: str,
                              note: str | None = None) -> ShiftPayload:
        actor = require(info, Permission.OPERATE_POS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            drop, replay = await drop_cash(session, actor, decode_input_id(shift_id, "Shift", "shiftId"),
                                           int(amount_fen), note, idempotency_key)
            shift = await session.get(Shift, drop.shift_id)
            assert shift is not None
            return {"shift": ShiftType.of(shift), "replay": replay}

        return await run_mutation(info.context, work, ShiftPayload, ShiftError, ShiftErrorCode)

    @strawberry.mutation(description=needs("Hand over (交接班): close the shift with its cash count and open the "
                                           "next one for the next cashier with that cash; audited.",
                                           Permission.MANAGE_SHIFTS))
    async def shift_hand_over(self, info: Info, input: ShiftCloseInput, next_cashier_id: strawberry.ID) -> ShiftPayload:
        actor = require(info, Permission.MANAGE_SHIFTS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            _, opened = await shifts.hand_over(
                session, actor, decode_input_id(input.shift_id, "Shift", "shiftId"), int(input.counted_cash_fen),
                input.reason, decode_input_id(next_cashier_id, "StaffUser", "nextCashierId"))
            return {"shift": ShiftType.of(opened)}

        return await run_mutation(info.context, work, ShiftPayload, ShiftError, ShiftErrorCode)

    @strawberry.mutation(description=needs("Close a shift with its cash count; a difference needs a reason; "
                                           "audited. A closed shift never changes.", Permission.MANAGE_SHIFTS))
    async def shift_close(self, info: Info, input: ShiftCloseInput) -> ShiftPayload:
        actor = require(info, Permission.MANAGE_SHIFTS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            shift_id = decode_input_id(input.shift_id, "Shift", "shiftId")
            return {"shift": ShiftType.of(await shifts.close_shift(session, actor, shift_id,
                                                                   int(input.counted_cash_fen), input.reason))}

        return await run_mutation(info.context, work, ShiftPayload, ShiftError, ShiftErrorCode)

    @strawberry.mutation(description=needs("Pay completed fuelings with one or more tenders (cash, bank card); "
                                           "idempotent on idempotencyKey.", Permission.OPERATE_POS))
    async def checkout_create(self, info: Info, input: CheckoutCreateInput) -> CheckoutPayload:
        actor = require(info, Permission.OPERATE_POS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            request = CheckoutRequest(
                station_id=decode_input_id(input.station_id, "Station", "stationId"),
                idempotency_key=input.idempotency_key,
                fueling_ids=[decode_input_id(f, "Fueling", f"fuelingIds.{i}") for i, f in enumerate(input.fueling_ids)],
                tenders=[TenderRequest(t.tender, int(t.amount_fen), int(t.given_fen) if t.given_fen is not None
                                       else None, t.reference, t.auth_code, t.password) for t in input.tenders],
                remark=input.remark, discount_fen=int(input.discount_fen), discount_reason=input.discount_reason,
                tags=list(input.tags), make_up_reason=input.make_up_reason,
                manual=[ManualFuelRequest(m.nozzle_number, int(m.volume_ml), m.unit_price_fen) for m in input.manual],
                member_id=decode_input_id(input.member_id, "Member", "memberId") if input.member_id else None,
                vehicle_plate=input.vehicle_plate,
                goods=[GoodsRequest(decode_input_id(g.goods_id, "GoodsItem", f"goods.{i}.goodsId"), g.quantity)
                       for i, g in enumerate(input.goods)])
            order, replay = await checkout(session, actor, request, data_key, info.context.redis)
            return {"order": OrderType.of(order), "replay": replay}

        data_key = info.context.settings.data_key
        payload = await run_mutation(info.context, work, CheckoutPayload, CheckoutError, CheckoutErrorCode)
        if payload.order is not None and payload.order.status is OrderStatus.AWAITING_PAYMENT:
            await collect(info.context.transaction, payload.order.pk, data_key)  # the channel, outside the sale
            async with info.context.session() as session:
                order = await session.get(Order, payload.order.pk)
            assert order is not None
            payload.order = OrderType.of(order)
        return payload

    @strawberry.mutation(description=needs("Ask the channel where a pending payment-code payment stands (while the "
                                           "payer confirms, the POS asks again with a growing delay).",
                                           Permission.OPERATE_POS))
    async def payment_refresh(self, info: Info, payment_id: strawberry.ID) -> OrderType:
        actor = require(info, Permission.OPERATE_POS)
        pk = decode_id(payment_id, "Payment", "paymentId")
        async with info.context.session() as session:
            payment = await session.get(Payment, pk)
        if payment is None or payment.company_id != actor.company_id:
            raise Forbidden("支付记录不存在或无权访问")
        actor.require_station(payment.station_id, Permission.OPERATE_POS)
        if payment.status is PaymentStatus.PENDING:
            await advance(info.context.transaction, payment, info.context.settings.data_key)
        async with info.context.session() as session:
            order = await session.get(Order, payment.order_id)
        assert order is not None
        return OrderType.of(order)
