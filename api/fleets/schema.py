"""Queries of fleets: the list (filtered, within the viewer's stations), one fleet, adjustments waiting for
approval and the monthly statement. Each needs VIEW_FLEETS at the fleet's responsible station. The fleet
administrators' own queries (member token) are `api.fleets.viewer`'s."""

from __future__ import annotations

import uuid
from typing import Any

import strawberry
from sqlalchemy import Select, exists, or_, select

from api.core.actors import Actor
from api.core.errors import DomainError
from api.core.guards import Info, needs, require
from api.core.node import decode_id, node_resolver
from api.core.pagination import DEFAULT_PAGE, BadInput, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.fleets import statements, tender
from api.fleets.models import Fleet, FleetAdjustment, FleetAdjustmentStatus, FleetStatus, FleetVehicle
from api.fleets.types import (
    FleetAdjustmentStatusType,
    FleetAdjustmentType,
    FleetStatementType,
    FleetStatusType,
    FleetType,
)
from api.fleets.viewer import ViewerFleetQuery
from api.members.plates import normalize_plate

tender.register()  # the on-account tender is payable wherever this schema is served


@strawberry.input(description="Filters of the fleet list.")
class FleetFilter:
    search: str | None = strawberry.field(default=None, description="Part of the name, the customer code, the "
                                                                    "whole tax number, or a vehicle's plate.")
    station_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="Responsible stations.")
    status: FleetStatusType | None = strawberry.field(default=None, description="Only this status.")  # type: ignore[valid-type]


@strawberry.input(description="Filters of the adjustment list.")
class FleetAdjustmentFilter:
    status: FleetAdjustmentStatusType | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only this status (PENDING: the approval queue).")
    fleet_id: strawberry.ID | None = strawberry.field(default=None, description="Only this fleet's.")


def in_scope(actor: Actor, stmt: Select[Any]) -> Select[Any]:
    """Only fleets of the actor's company at stations where it holds VIEW_FLEETS."""
    stmt = stmt.where(Fleet.company_id == actor.company_id)
    stations = actor.stations_for(Permission.VIEW_FLEETS)
    return stmt if stations is None else stmt.where(Fleet.station_id.in_(list(stations)))


def _search(term: str) -> Any:
    plate = normalize_plate(term)
    if plate is not None:
        return exists().where(FleetVehicle.fleet_id == Fleet.id, FleetVehicle.plate == plate)
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(Fleet.name.ilike(f"%{escaped}%", escape="\\"), Fleet.number == term.upper(),
               Fleet.tax_number == term.upper())


@node_resolver("Fleet")
async def _fleet_node(info: Info, pk: uuid.UUID) -> FleetType | None:
    actor = require(info, Permission.VIEW_FLEETS)
    async with info.context.session() as session:
        fleet = await session.get(Fleet, pk)
    if fleet is None or fleet.company_id != actor.company_id or not actor.can_see_station(fleet.station_id,
                                                                                          Permission.VIEW_FLEETS):
        return None
    return FleetType.of(fleet)


@strawberry.type
class FleetQuery(ViewerFleetQuery):
    @strawberry.field(description=needs("Fleets (大客户) of your stations, newest first.", Permission.VIEW_FLEETS))
    async def fleets(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                     filter: FleetFilter | None = None) -> Connection[FleetType]:
        actor = require(info, Permission.VIEW_FLEETS)
        f = filter or FleetFilter()
        stmt = in_scope(actor, select(Fleet))
        if f.station_ids is not None:
            stmt = stmt.where(Fleet.station_id.in_([decode_id(s, "Station", "stationIds") for s in f.station_ids]))
        if f.status:
            stmt = stmt.where(Fleet.status == FleetStatus(f.status))
        if f.search and f.search.strip():
            stmt = stmt.where(_search(f.search.strip()))
        return await paginate(info.context.session, stmt, order=OrderKey([Fleet.created_at, Fleet.id]),
                              first=first, after=after, to_node=FleetType.of)

    @strawberry.field(description=needs("One fleet, with its vehicles, balances, adjustments and history; null "
                                        "when there is none in your scope.", Permission.VIEW_FLEETS))
    async def fleet(self, info: Info, id: strawberry.ID) -> FleetType | None:
        require(info, Permission.VIEW_FLEETS)
        return await _fleet_node(info, decode_id(id, "Fleet"))

    @strawberry.field(description=needs("Adjustments of the fleets of your stations, newest first (status "
                                        "PENDING: the approval queue).", Permission.VIEW_FLEETS))
    async def fleet_adjustments(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                                filter: FleetAdjustmentFilter | None = None) -> Connection[FleetAdjustmentType]:
        actor = require(info, Permission.VIEW_FLEETS)
        f = filter or FleetAdjustmentFilter()
        stmt = select(FleetAdjustment).where(FleetAdjustment.fleet_id.in_(in_scope(actor, select(Fleet.id))
                                                                          .scalar_subquery()))
        if f.status:
            stmt = stmt.where(FleetAdjustment.status == FleetAdjustmentStatus(f.status))
        if f.fleet_id:
            stmt = stmt.where(FleetAdjustment.fleet_id == decode_id(f.fleet_id, "Fleet", "fleetId"))
        return await paginate(info.context.session, stmt,
                              order=OrderKey([FleetAdjustment.created_at, FleetAdjustment.id]),
                              first=first, after=after, to_node=FleetAdjustmentType.of)

    @strawberry.field(description=needs("A fleet's monthly statement (month as 2026-01, in its station's time "
                                        "zone), with the Excel workbook; null when the fleet is not in your "
                                        "scope.", Permission.VIEW_FLEETS))
    async def fleet_statement(self, info: Info, fleet_id: strawberry.ID, month: str) -> FleetStatementType | None:
        actor = require(info, Permission.VIEW_FLEETS)
        pk = decode_id(fleet_id, "Fleet", "fleetId")
        async with info.context.session() as session:
            fleet = await session.get(Fleet, pk)
            if fleet is None or fleet.company_id != actor.company_id or not actor.can_see_station(
                    fleet.station_id, Permission.VIEW_FLEETS):
                return None
            try:
                statement = await statements.build_statement(session, fleet, month)
            except DomainError as error:
                raise BadInput(error.problems[0].message, "month") from error
        return FleetStatementType.of(statement)
