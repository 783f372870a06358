"""The price book and price changes over GraphQL."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.guards import Info, needs, require, viewer
from api.core.node import Node, decode_id, decode_input_id
from api.core.pagination import DEFAULT_PAGE, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.scalars import Long, Money
from api.core.user_errors import error_type, run_mutation
from api.pricing import service
from api.pricing.errors import PriceChangeErrorCode
from api.pricing.models import DeliveryStatus, PriceChange, PriceChangeStatus, PriceDelivery, PriceScope, StationPrice
from api.pumps.loaders import FuelGradeByIdLoader
from api.pumps.service import device_station
from api.pumps.types import FuelGradeType
from api.stations.loaders import StationByIdLoader
from api.stations.types import StationType

PriceChangeError = error_type("PriceChange", PriceChangeErrorCode, "a price change")
StatusType = strawberry.enum(PriceChangeStatus, name="PriceChangeStatus", description=(
    "PENDING_APPROVAL (a step beyond the limit waits for a second person), SCHEDULED, APPLIED, REJECTED, "
    "CANCELLED."))
ScopeType = strawberry.enum(PriceScope, name="PriceScope", description="Stations listed, a region, or the company.")


@strawberry.type(name="StationPrice", description="The current price of a grade at a station.")
class StationPriceType:
    grade_id: strawberry.Private[uuid.UUID]
    price: Money = strawberry.field(description="Price per litre.")
    effective_at: datetime = strawberry.field(description="Since when.")

    @strawberry.field(description="The grade.")
    async def grade(self, info: Info) -> FuelGradeType:
        return FuelGradeType.of(await info.context.loader(FuelGradeByIdLoader).load(self.grade_id))


@strawberry.type(description="How far a price change has reached the nozzles.")
class PriceDeliverySummary:
    pending: int = strawberry.field(description="Not yet sent to the dispenser.")
    sent: int = strawberry.field(description="Sent, not yet confirmed.")
    confirmed: int = strawberry.field(description="The dispenser shows the new price.")
    failed: int = strawberry.field(description="The dispenser refused or never confirmed.")


@strawberry.type(name="PriceChange", description="A price change. Requires CHANGE_PRICES.")
class PriceChangeType(Node):
    pk: strawberry.Private[uuid.UUID]
    grade_id: strawberry.Private[uuid.UUID]
    station_ids: strawberry.Private[list[uuid.UUID]]
    scope: ScopeType = strawberry.field(description="How the stations were chosen.")  # type: ignore[valid-type]
    price: Money = strawberry.field(description="The new price per litre.")
    effective_at: datetime | None = strawberry.field(description="When it takes effect; null = at once.")
    status: StatusType = strawberry.field(description="Where it stands.")  # type: ignore[valid-type]
    reason: str | None = strawberry.field(description="Why.")
    needs_approval: bool = strawberry.field(description="True when a step exceeded the limit.")
    created_at: datetime = strawberry.field(description="When it was requested.")
    applied_at: datetime | None = strawberry.field(description="When it was applied.")

    @strawberry.field(description="The grade.")
    async def grade(self, info: Info) -> FuelGradeType:
        return FuelGradeType.of(await info.context.loader(FuelGradeByIdLoader).load(self.grade_id))

    @strawberry.field(description="The stations it applies to.")
    async def stations(self, info: Info) -> list[StationType]:
        rows = await info.context.loader(StationByIdLoader).load_many(self.station_ids)
        return [StationType.of(s) for s in rows if s is not None]

    @strawberry.field(description="Delivery to the nozzles, by status.")
    async def deliveries(self, info: Info) -> PriceDeliverySummary:
        async with info.context.session() as session:
            counts = dict((await session.execute(select(PriceDelivery.status, func.count()).where(
                PriceDelivery.change_id == self.pk).group_by(PriceDelivery.status))).all())
        return PriceDeliverySummary(**{s.value: int(counts.get(s, 0)) for s in DeliveryStatus})

    @classmethod
    def of(cls, c: PriceChange) -> PriceChangeType:
        return cls(pk=c.id, grade_id=c.grade_id, station_ids=list(c.station_ids), scope=c.scope,
                   price=Money(fen=Long(c.price_fen)), effective_at=c.effective_at, status=c.status, reason=c.reason,
                   needs_approval=c.needs_approval, created_at=c.created_at, applied_at=c.applied_at)


@strawberry.type
class PriceQuery:
    @strawberry.field(description=needs("A station's current prices.", Permission.VIEW_FORECOURT))
    async def price_book(self, info: Info, station_id: strawberry.ID) -> list[StationPriceType]:
        actor = require(info, Permission.VIEW_FORECOURT)
        station = decode_id(station_id, "Station", "stationId")
        actor.require_station(station, Permission.VIEW_FORECOURT)
        async with info.context.session() as session:
            rows = (await session.scalars(select(StationPrice).where(StationPrice.station_id == station))).all()
        return [StationPriceType(grade_id=r.grade_id, price=Money(fen=Long(r.price_fen)), effective_at=r.effective_at)
                for r in rows]

    @strawberry.field(description=needs("Price changes, newest first.", Permission.CHANGE_PRICES))
    async def price_changes(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                            status: StatusType | None = None) -> Connection[PriceChangeType]:  # type: ignore[valid-type]
        actor = require(info, Permission.CHANGE_PRICES)
        stmt = select(PriceChange).where(PriceChange.company_id == actor.company_id)
        allowed = actor.stations_for(Permission.CHANGE_PRICES)
        if allowed is not None:
            stmt = stmt.where(PriceChange.station_ids.contained_by(list(allowed)))
        if status is not None:
            stmt = stmt.where(PriceChange.status == status)
        return await paginate(info.context.session, stmt, order=OrderKey([PriceChange.id]), first=first, after=after,
                              to_node=PriceChangeType.of)


@strawberry.input(description="A new price for one grade.")
class PriceChangeCreateInput:
    grade_id: strawberry.ID = strawberry.field(description="The grade.")
    price_fen: int = strawberry.field(description="New price in fen per litre.")
    scope: ScopeType = strawberry.field(description="Stations, a region or the company.")  # type: ignore[valid-type]
    station_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="For STATIONS.")
    region_id: strawberry.ID | None = strawberry.field(default=None, description="For REGION.")
    effective_at: datetime | None = strawberry.field(default=None, description="When; omit for at once.")
    reason: str | None = strawberry.field(default=None, description="Why (kept in the audit log).")


@strawberry.input(description="A decision on a price change.")
class PriceChangeDecisionInput:
    id: strawberry.ID = strawberry.field(description="The price change.")
    reason: str | None = strawberry.field(default=None, description="Why (kept in the audit log).")


@strawberry.type(description="Result of a price change mutation.")
class PriceChangePayload:
    price_change: PriceChangeType | None = strawberry.field(default=None, description="The change after it.")
    errors: list[PriceChangeError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.input(description="The price a nozzle now shows.")
class NozzlePriceInput:
    nozzle_number: int = strawberry.field(description="Nozzle number on the station.")
    unit_price_fen: int = strawberry.field(description="Price the dispenser shows, fen per litre.")


@strawberry.input(description="Prices the station's dispensers now show.")
class PricesConfirmInput:
    nozzles: list[NozzlePriceInput] = strawberry.field(description="One entry per nozzle.")


@strawberry.type(description="Result of a price confirmation.")
class PricesConfirmPayload:
    confirmed: int = strawberry.field(description="Deliveries confirmed by this report.")


@strawberry.type(description="The price one nozzle should show.")
class NozzlePrice:
    nozzle_number: int = strawberry.field(description="Nozzle number on the station.")
    unit_price: Money = strawberry.field(description="Price per litre.")
    grade_code: str = strawberry.field(description="National grade code the dispenser knows, e.g. 1402.")


@strawberry.type(description="The price table a station's dispensers should show.")
class PriceTableFetchPayload:
    nozzles: list[NozzlePrice] = strawberry.field(description="One entry per nozzle that has a price.")


@strawberry.type
class PriceMutation:
    @strawberry.mutation(description=needs("Change a grade's price now or at a time; a step beyond the limit "
                                           "waits for approval; audited.", Permission.CHANGE_PRICES))
    async def price_change_create(self, info: Info, input: PriceChangeCreateInput) -> PriceChangePayload:
        actor = require(info, Permission.CHANGE_PRICES)
        max_step = info.context.settings.price_max_step_fen

        async def work(session: AsyncSession) -> dict[str, Any]:
            request = service.PriceChangeRequest(
                grade_id=decode_input_id(input.grade_id, "FuelGrade", "gradeId"), price_fen=input.price_fen,
                scope=input.scope, station_ids=[decode_input_id(s, "Station", "stationIds")
                                                for s in input.station_ids or []],
                region_id=decode_input_id(input.region_id, "Region", "regionId") if input.region_id else None,
                effective_at=input.effective_at, reason=input.reason)
            change = await service.create_price_change(session, actor, request, max_step_fen=max_step)
            return {"price_change": PriceChangeType.of(change)}

        return await run_mutation(info.context, work, PriceChangePayload, PriceChangeError, PriceChangeErrorCode)

    @strawberry.mutation(description=needs("Approve a price change requested by someone else; audited.",
                                           Permission.APPROVE_PRICES))
    async def price_change_approve(self, info: Info, input: PriceChangeDecisionInput) -> PriceChangePayload:
        return await _decide(info, input, approve=True)

    @strawberry.mutation(description=needs("Reject a price change waiting for approval; audited.",
                                           Permission.APPROVE_PRICES))
    async def price_change_reject(self, info: Info, input: PriceChangeDecisionInput) -> PriceChangePayload:
        return await _decide(info, input, approve=False)

    @strawberry.mutation(description=needs("Cancel a price change not yet applied; audited.", Permission.CHANGE_PRICES))
    async def price_change_cancel(self, info: Info, input: PriceChangeDecisionInput) -> PriceChangePayload:
        actor = require(info, Permission.CHANGE_PRICES)

        async def work(session: AsyncSession) -> dict[str, Any]:
            change = await service.cancel_price_change(session, actor, decode_input_id(input.id, "PriceChange", "id"),
                                                       input.reason)
            return {"price_change": PriceChangeType.of(change)}

        return await run_mutation(info.context, work, PriceChangePayload, PriceChangeError, PriceChangeErrorCode)

    @strawberry.mutation(description="Fetch the price table to download to the dispensers; marks pending deliveries "
                                     "as sent. Requires a station device token.")
    async def price_table_fetch(self, info: Info) -> PriceTableFetchPayload:
        station = device_station(viewer(info))
        async with info.context.transaction() as session:
            table = await service.fetch_price_table(session, station)
        return PriceTableFetchPayload(nozzles=[
            NozzlePrice(nozzle_number=row.nozzle_number, unit_price=Money(fen=Long(row.price_fen)),
                        grade_code=row.grade_code) for row in table])

    @strawberry.mutation(description="Report the prices the dispensers show. Requires a station device token.")
    async def prices_confirm(self, info: Info, input: PricesConfirmInput) -> PricesConfirmPayload:
        station = device_station(viewer(info))
        async with info.context.transaction() as session:
            confirmed = await service.confirm_prices(session, station, {
                n.nozzle_number: n.unit_price_fen for n in input.nozzles})
        return PricesConfirmPayload(confirmed=confirmed)


async def _decide(info: Info, input: PriceChangeDecisionInput, *, approve: bool) -> PriceChangePayload:
    actor = require(info, Permission.APPROVE_PRICES)

    async def work(session: AsyncSession) -> dict[str, Any]:
        change = await service.decide_price_change(session, actor, decode_input_id(input.id, "PriceChange", "id"),
                                                   approve=approve, reason=input.reason)
        return {"price_change": PriceChangeType.of(change)}

    return await run_mutation(info.context, work, PriceChangePayload, PriceChangeError, PriceChangeErrorCode)
