"""The payment and refund lists over GraphQL: newest first, keyset-paginated, with the filter's totals."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy import Select, select
from strawberry.dataloader import DataLoader

from api.core.actors import Actor
from api.core.guards import Info, needs, require
from api.core.ids import to_global_id
from api.core.loading import SessionOpener, by_key_loader
from api.core.node import decode_id
from api.core.pagination import DEFAULT_PAGE, BadInput, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.scalars import Long, Money
from api.selling.loaders import StaffNameByIdLoader
from api.selling.models import Order, Payment, PaymentStatus, Refund, RefundStatus, Tender
from api.selling.payment_list import (
    SEARCH_MAX,
    PaymentTotals,
    RefundTotals,
    payment_totals,
    refund_totals,
    visible_payments,
    visible_refunds,
)
from api.selling.types import (
    OrderType,
    PaymentStatusType,
    PaymentType,
    RefundStatusType,
    TenderType,
    money,
)
from api.stations.loaders import StationByIdLoader
from api.stations.types import StationType


def OrderByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Order).where(Order.id.in_(keys)), lambda o: o.id)


def PaymentByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Payment).where(Payment.id.in_(keys)), lambda p: p.id)


async def _order(info: Info, order_id: uuid.UUID) -> OrderType:
    return OrderType.of(await info.context.loader(OrderByIdLoader).load(order_id))


@strawberry.type(name="PaymentRecord", description="A payment as the back office reconciles it with the channel's "
                                                    "statement.")
class PaymentRecordType:
    pk: strawberry.Private[uuid.UUID]
    order_id: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    tender: TenderType = strawberry.field(description="The tender.")  # type: ignore[valid-type]
    status: PaymentStatusType = strawberry.field(description="Where it stands.")  # type: ignore[valid-type]
    amount: Money = strawberry.field(description="Amount paid with this tender.")
    fee: Money | None = strawberry.field(description="The channel's fee, once settled (online tenders).")
    reference: str | None = strawberry.field(description="Bank card terminal's reference number.")
    channel_state: str | None = strawberry.field(description="The channel's last answer: success, userpaying, "
                                                            "notpay, failed, closed, unknown.")
    channel_message: str | None = strawberry.field(description="The channel's message.")
    transaction_id: str | None = strawberry.field(description="The channel's transaction id.")
    created_at: datetime = strawberry.field(description="When it was made.")
    settled_at: datetime | None = strawberry.field(description="When the money was confirmed.")

    @strawberry.field(description="The payment's global ID (a Payment: what refundCreate takes).")
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id("Payment", self.pk))

    @strawberry.field(description="The order it pays.")
    async def order(self, info: Info) -> OrderType:
        return await _order(info, self.order_id)

    @strawberry.field(description="The station.")
    async def station(self, info: Info) -> StationType:
        return StationType.of(await info.context.loader(StationByIdLoader).load(self.station_id))

    @classmethod
    def of(cls, p: Payment) -> PaymentRecordType:
        return cls(pk=p.id, order_id=p.order_id, station_id=p.station_id, tender=p.tender, status=p.status,
                   amount=Money(fen=Long(p.amount_fen)), fee=money(p.fee_fen), reference=p.reference,
                   channel_state=p.channel_state, channel_message=p.channel_message,
                   transaction_id=p.transaction_id, created_at=p.created_at, settled_at=p.settled_at)


@strawberry.type(name="RefundRecord", description="A refund as the back office reconciles it with the channel's "
                                                   "statement.")
class RefundRecordType:
    pk: strawberry.Private[uuid.UUID]
    order_id: strawberry.Private[uuid.UUID]
    payment_id: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    created_by_id: strawberry.Private[uuid.UUID]
    amount: Money = strawberry.field(description="Amount given back.")
    reason: str = strawberry.field(description="Why.")
    status: RefundStatusType = strawberry.field(description="Where it stands.")  # type: ignore[valid-type]
    channel_state: str | None = strawberry.field(description="The channel's last answer.")
    channel_refund_id: str | None = strawberry.field(description="The channel's refund id.")
    created_at: datetime = strawberry.field(description="When it was asked for.")
    settled_at: datetime | None = strawberry.field(description="When the money was back.")

    @strawberry.field(description="The refund's global ID.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id("Refund", self.pk))

    @strawberry.field(description="Who asked for it (the staff member's name).")
    async def requested_by(self, info: Info) -> str | None:
        user = await info.context.loader(StaffNameByIdLoader).load(self.created_by_id)
        return str(user.name) if user is not None else None

    @strawberry.field(description="The payment refunded.")
    async def payment(self, info: Info) -> PaymentType:
        return PaymentType.of(await info.context.loader(PaymentByIdLoader).load(self.payment_id))

    @strawberry.field(description="The refunded payment's tender.")
    async def tender(self, info: Info) -> TenderType:  # type: ignore[valid-type]
        return (await info.context.loader(PaymentByIdLoader).load(self.payment_id)).tender

    @strawberry.field(description="The order refunded.")
    async def order(self, info: Info) -> OrderType:
        return await _order(info, self.order_id)

    @strawberry.field(description="The station.")
    async def station(self, info: Info) -> StationType:
        return StationType.of(await info.context.loader(StationByIdLoader).load(self.station_id))

    @classmethod
    def of(cls, r: Refund) -> RefundRecordType:
        return cls(pk=r.id, order_id=r.order_id, payment_id=r.payment_id, station_id=r.station_id,
                   created_by_id=r.created_by_id, amount=Money(fen=Long(r.amount_fen)), reason=r.reason,
                   status=r.status, channel_state=r.channel_state, channel_refund_id=r.channel_refund_id,
                   created_at=r.created_at, settled_at=r.settled_at)


@strawberry.type(name="PaymentTotals", description="What every payment of a filter adds up to.")
class PaymentTotalsType:
    count: int = strawberry.field(description="Payments.")
    amount: Money = strawberry.field(description="Their amounts.")
    fee: Money = strawberry.field(description="The channels' fees.")

    @classmethod
    def of(cls, t: PaymentTotals) -> PaymentTotalsType:
        return cls(count=t.count, amount=Money(fen=Long(t.amount_fen)), fee=Money(fen=Long(t.fee_fen)))


@strawberry.type(name="RefundTotals", description="What every refund of a filter adds up to.")
class RefundTotalsType:
    count: int = strawberry.field(description="Refunds.")
    amount: Money = strawberry.field(description="Their amounts.")

    @classmethod
    def of(cls, t: RefundTotals) -> RefundTotalsType:
        return cls(count=t.count, amount=Money(fen=Long(t.amount_fen)))


@strawberry.type(name="PaymentRecordConnection", description="A page of payments, with the totals of the filter.")
class PaymentRecordConnection(Connection[PaymentRecordType]):
    sum_items: strawberry.Private[Callable[[], Awaitable[PaymentTotals]]]

    @strawberry.field(description="Count, amount and fees of every payment of the filter (one extra query; ask "
                                  "only when shown).")
    async def totals(self) -> PaymentTotalsType:
        return PaymentTotalsType.of(await self.sum_items())


@strawberry.type(name="RefundRecordConnection", description="A page of refunds, with the totals of the filter.")
class RefundRecordConnection(Connection[RefundRecordType]):
    sum_items: strawberry.Private[Callable[[], Awaitable[RefundTotals]]]

    @strawberry.field(description="Count and amount of every refund of the filter (one extra query; ask only when "
                                  "shown).")
    async def totals(self) -> RefundTotalsType:
        return RefundTotalsType.of(await self.sum_items())


@strawberry.input(description="Filters of the payment list.")
class PaymentFilter:
    station_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Only these stations.")
    from_: datetime | None = strawberry.field(default=None, name="from", description="Made at or after.")
    to: datetime | None = strawberry.field(default=None, description="Made before.")
    tenders: list[TenderType] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only these tenders.")
    statuses: list[PaymentStatusType] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only these statuses.")
    shift_id: strawberry.ID | None = strawberry.field(default=None, description="Only this shift's payments.")
    search: str | None = strawberry.field(default=None, description=f"A channel's transaction id or an order "
                                                                    f"number, or part of one (at most {SEARCH_MAX} "
                                                                    f"characters).")


@strawberry.input(description="Filters of the refund list.")
class RefundFilter:
    station_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Only these stations.")
    from_: datetime | None = strawberry.field(default=None, name="from", description="Asked for at or after.")
    to: datetime | None = strawberry.field(default=None, description="Asked for before.")
    statuses: list[RefundStatusType] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only these statuses.")
    tenders: list[TenderType] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only refunds of payments with these tenders.")


def _stations(ids: list[strawberry.ID] | None) -> list[uuid.UUID]:
    return [decode_id(s, "Station", "filter.stationIds") for s in ids or []]


def _payments(actor: Actor, given: PaymentFilter) -> Select[Any]:
    if given.search is not None and len(given.search.strip()) > SEARCH_MAX:
        raise BadInput(f"search 最多 {SEARCH_MAX} 个字符", "filter.search")
    return visible_payments(
        actor, station_ids=_stations(given.station_ids), made_from=given.from_, made_to=given.to,
        tenders=[Tender(t) for t in given.tenders or []], statuses=[PaymentStatus(s) for s in given.statuses or []],
        shift_id=decode_id(given.shift_id, "Shift", "filter.shiftId") if given.shift_id else None,
        search=given.search)


@strawberry.type
class PaymentListQuery:
    @strawberry.field(description=needs("Payments, newest first, for reconciliation with the channels' statements: "
                                        "order, tender, amount, fee, channel state and transaction id.",
                                        Permission.VIEW_ORDERS))
    async def payments(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                       filter: PaymentFilter | None = None) -> PaymentRecordConnection:
        actor = require(info, Permission.VIEW_ORDERS)
        stmt = _payments(actor, filter or PaymentFilter())
        page = await paginate(info.context.session, stmt, order=OrderKey([Payment.created_at, Payment.id]),
                              first=first, after=after, to_node=PaymentRecordType.of)

        async def totals() -> PaymentTotals:
            async with info.context.session() as session:
                return await payment_totals(session, stmt)

        return PaymentRecordConnection(edges=page.edges, page_info=page.page_info, count_items=page.count_items,
                                       sum_items=totals)

    @strawberry.field(description=needs("Refunds, newest first: order, payment refunded, amount, reason, who asked "
                                        "and where the channel stands.", Permission.VIEW_ORDERS))
    async def refunds(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                      filter: RefundFilter | None = None) -> RefundRecordConnection:
        actor = require(info, Permission.VIEW_ORDERS)
        given = filter or RefundFilter()
        stmt = visible_refunds(
            actor, station_ids=_stations(given.station_ids), asked_from=given.from_, asked_to=given.to,
            statuses=[RefundStatus(s) for s in given.statuses or []], tenders=[Tender(t) for t in given.tenders or []])
        page = await paginate(info.context.session, stmt, order=OrderKey([Refund.created_at, Refund.id]),
                              first=first, after=after, to_node=RefundRecordType.of)

        async def totals() -> RefundTotals:
            async with info.context.session() as session:
                return await refund_totals(session, stmt)

        return RefundRecordConnection(edges=page.edges, page_info=page.page_info, count_items=page.count_items,
                                      sum_items=totals)
