"""Fuelings and anomalies: the device's record mutation and the console's lists."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor
from api.core.guards import Info, needs, require, viewer
from api.core.node import Node, decode_id
from api.core.pagination import DEFAULT_PAGE, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.scalars import JSON, Long, Money, Volume
from api.core.user_errors import error_type, run_mutation
from api.fuelings import service
from api.fuelings.errors import FuelingRecordErrorCode
from api.fuelings.models import Anomaly, AnomalyKind, Fueling
from api.pumps.loaders import FuelGradeByIdLoader, NozzleByIdLoader
from api.pumps.models import Nozzle
from api.pumps.service import device_station
from api.pumps.types import FuelGradeType
from api.stations.loaders import StationByIdLoader
from api.stations.types import StationType

FuelingRecordError = error_type("FuelingRecord", FuelingRecordErrorCode, "a fueling record")
AnomalyKindType = strawberry.enum(AnomalyKind, name="AnomalyKind", description=(
    "TOTALIZER_BREAK: the totalizer does not continue from the previous sale (a driver may be billed twice); "
    "AMOUNT_MISMATCH: the dispenser's amount differs from volume × price."))


@strawberry.type(name="Fueling", description="A completed sale reported by a dispenser. Requires VIEW_FORECOURT.")
class FuelingType(Node):
    pk: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    grade_id: strawberry.Private[uuid.UUID]
    nozzle_id: strawberry.Private[uuid.UUID]
    ttc: Long = strawberry.field(description="The dispenser's transaction counter.")
    volume: Volume = strawberry.field(description="Volume sold.")
    unit_price: Money = strawberry.field(description="Unit price per litre.")
    amount: Money = strawberry.field(description="Amount as the dispenser reported it (authoritative).")
    computed_amount: Money = strawberry.field(description="Volume × unit price, rounded half-up to the fen.")
    amount_mismatch: bool = strawberry.field(description="True when the two amounts differ by more than 1 fen.")
    totalizer: Volume = strawberry.field(description="The nozzle's volume totalizer after the sale.")
    started_at: datetime | None = strawberry.field(description="When the sale started.")
    ended_at: datetime = strawberry.field(description="When the sale ended.")
    card_no: str | None = strawberry.field(description="Card number, for card sales.")
    paid: bool = strawberry.field(description="True once an order paid for it.")

    @strawberry.field(description="Nozzle number on the station.")
    async def nozzle_number(self, info: Info) -> int:
        return int((await info.context.loader(NozzleByIdLoader).load(self.nozzle_id)).number)

    @strawberry.field(description="The grade sold.")
    async def grade(self, info: Info) -> FuelGradeType:
        return FuelGradeType.of(await info.context.loader(FuelGradeByIdLoader).load(self.grade_id))

    @strawberry.field(description="The station.")
    async def station(self, info: Info) -> StationType:
        return StationType.of(await info.context.loader(StationByIdLoader).load(self.station_id))


@strawberry.type(name="Anomaly", description="Something on the forecourt to look at. Requires VIEW_FORECOURT.")
class AnomalyType(Node):
    pk: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    kind: AnomalyKindType = strawberry.field(description="What kind.")  # type: ignore[valid-type]
    details: JSON = strawberry.field(description="The figures behind it.")
    created_at: datetime = strawberry.field(description="When it was found.")
    resolved_at: datetime | None = strawberry.field(description="When someone resolved it.")

    @strawberry.field(description="The station.")
    async def station(self, info: Info) -> StationType:
        return StationType.of(await info.context.loader(StationByIdLoader).load(self.station_id))


def anomaly_type(a: Anomaly) -> AnomalyType:
    return AnomalyType(pk=a.id, station_id=a.station_id, kind=a.kind, details=JSON(a.details),
                       created_at=a.created_at, resolved_at=a.resolved_at)


def fueling_type(f: Fueling) -> FuelingType:
    return FuelingType(
        pk=f.id, station_id=f.station_id, grade_id=f.grade_id, nozzle_id=f.nozzle_id, ttc=Long(f.ttc),
        volume=Volume(ml=Long(f.volume_ml)), unit_price=Money(fen=Long(f.unit_price_fen)),
        amount=Money(fen=Long(f.amount_fen)), computed_amount=Money(fen=Long(f.computed_amount_fen)),
        amount_mismatch=f.amount_mismatch, totalizer=Volume(ml=Long(f.totalizer_ml)), started_at=f.started_at,
        ended_at=f.ended_at, card_no=f.card_no, paid=f.paid)


@strawberry.input(description="Filters of the fueling list.")
class FuelingFilter:
    station_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Only these stations.")
    nozzle_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Only these nozzles.")
    nozzle_numbers: list[int] | None = strawberry.field(default=None, description="Only these nozzle numbers.")
    from_: datetime | None = strawberry.field(default=None, name="from", description="Ended at or after.")
    to: datetime | None = strawberry.field(default=None, description="Ended before.")
    paid: bool | None = strawberry.field(default=None, description=(
        "true: only paid; false: only those still to be paid (not paid, not written off as a drive-off, not "
        "in an order being paid by another tender)."))


def _scoped(actor: Actor, stmt: Select[Any], station_column: Any,
            station_ids: list[strawberry.ID] | None) -> Select[Any]:
    allowed = actor.stations_for(Permission.VIEW_FORECOURT)
    if allowed is not None:
        stmt = stmt.where(station_column.in_(allowed))
    if station_ids:
        wanted = [decode_id(s, "Station", "filter.stationIds") for s in station_ids]
        actor.require_stations(wanted, Permission.VIEW_FORECOURT)
        stmt = stmt.where(station_column.in_(wanted))
    return stmt


@strawberry.type
class FuelingQuery:
    @strawberry.field(description=needs("Completed fuelings, newest first.", Permission.VIEW_FORECOURT))
    async def fuelings(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                       filter: FuelingFilter | None = None) -> Connection[FuelingType]:
        actor = require(info, Permission.VIEW_FORECOURT)
        stmt = _scoped(actor, select(Fueling).where(Fueling.company_id == actor.company_id), Fueling.station_id,
                       filter.station_ids if filter else None)
        if filter is not None:
            if filter.nozzle_ids:
                stmt = stmt.where(Fueling.nozzle_id.in_([decode_id(n, "Nozzle", "filter.nozzleIds")
                                                         for n in filter.nozzle_ids]))
            if filter.nozzle_numbers:
                numbered = select(Nozzle.id).where(Nozzle.number.in_(filter.nozzle_numbers))
                stmt = stmt.where(Fueling.nozzle_id.in_(numbered))
            if filter.from_:
                stmt = stmt.where(Fueling.ended_at >= filter.from_)
            if filter.to:
                stmt = stmt.where(Fueling.ended_at < filter.to)
            if filter.paid:
                stmt = stmt.where(Fueling.paid.is_(True))
            elif filter.paid is False:
                stmt = stmt.where(Fueling.paid.is_(False), Fueling.order_id.is_(None))
        return await paginate(info.context.session, stmt, order=OrderKey([Fueling.ended_at, Fueling.id]),
                              first=first, after=after, to_node=fueling_type)

    @strawberry.field(description=needs("Forecourt anomalies, newest first.", Permission.VIEW_FORECOURT))
    async def anomalies(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                        resolved: bool | None = None) -> Connection[AnomalyType]:
        actor = require(info, Permission.VIEW_FORECOURT)
        stmt = _scoped(actor, select(Anomaly).where(Anomaly.company_id == actor.company_id), Anomaly.station_id, None)
        if resolved is not None:
            stmt = stmt.where(Anomaly.resolved_at.is_not(None) if resolved else Anomaly.resolved_at.is_(None))
        return await paginate(info.context.session, stmt, order=OrderKey([Anomaly.id]), first=first, after=after,
                              to_node=anomaly_type)


@strawberry.input(description="A completed sale as the dispenser reported it (32H record).")
class FuelingRecordInput:
    dispenser_number: int = strawberry.field(description="Dispenser number on the station.")
    nozzle_number: int = strawberry.field(description="Nozzle number on the station.")
    ttc: Long = strawberry.field(description="The dispenser's transaction counter (TTC).")
    grade_code: str = strawberry.field(description="National grade code the dispenser reported.")
    volume_ml: Long = strawberry.field(description="Volume in millilitres.")
    unit_price_fen: int = strawberry.field(description="Unit price in fen per litre.")
    amount_fen: Long = strawberry.field(description="Amount in fen as the dispenser computed it.")
    totalizer_ml: Long = strawberry.field(description="The nozzle's volume totalizer after the sale, in ml.")
    started_at: datetime | None = strawberry.field(default=None, description="Start of the sale.")
    ended_at: datetime = strawberry.field(description="End of the sale.")
    card_no: str | None = strawberry.field(default=None, description="Card number (card sales).")
    raw_frame: str | None = strawberry.field(default=None, description="The raw frame, hex.")


@strawberry.type(description="Result of recording a fueling.")
class FuelingRecordPayload:
    fueling: FuelingType | None = strawberry.field(default=None,
                                                   description="The fueling (the first one, on a replay).")
    duplicate: bool = strawberry.field(default=False, description="True when this TTC was already recorded.")
    errors: list[FuelingRecordError] = strawberry.field(description="Why nothing was recorded.")  # type: ignore[valid-type]


@strawberry.type
class FuelingMutation:
    @strawberry.mutation(description="Record a completed fueling. Requires a station device token. Idempotent on "
                                     "(station, dispenser, TTC): a replay returns the first fueling.")
    async def fueling_record(self, info: Info, input: FuelingRecordInput) -> FuelingRecordPayload:
        actor = viewer(info)
        device_station(actor)
        report = service.FuelingReport(
            input.dispenser_number, input.nozzle_number, int(input.ttc), input.grade_code, int(input.volume_ml),
            input.unit_price_fen, int(input.amount_fen), int(input.totalizer_ml), input.started_at, input.ended_at,
            input.card_no, input.raw_frame)

        async def work(session: AsyncSession) -> dict[str, Any]:
            fueling, new = await service.record_fueling(session, actor, report)
            return {"fueling": fueling_type(fueling), "duplicate": not new}

        return await run_mutation(info.context, work, FuelingRecordPayload, FuelingRecordError, FuelingRecordErrorCode)
