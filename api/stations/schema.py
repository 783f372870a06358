"""Queries and mutations of stations and regions."""

from __future__ import annotations

import uuid
from typing import Any

import strawberry
from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor
from api.core.guards import Info, needs, require
from api.core.node import decode_id, decode_input_id, node_resolver
from api.core.pagination import DEFAULT_PAGE, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.user_errors import UserError, error_type, run_mutation
from api.stations import service
from api.stations.errors import StationErrorCode
from api.stations.models import Region, Station, StationStatus
from api.stations.types import RegionType, StationStatusType, StationType

StationError = error_type("Station", StationErrorCode, "a station mutation")


def visible_stations_query(actor: Actor, permission: Permission = Permission.VIEW_STATIONS) -> Select[Any]:
    stmt = select(Station).where(Station.company_id == actor.company_id)
    allowed = actor.stations_for(permission)
    if allowed is not None:
        stmt = stmt.where(Station.id.in_(allowed))
    return stmt


@strawberry.input(description="Filters of the station list.")
class StationFilter:
    search: str | None = strawberry.field(default=None, description="Part of the code, name or address.")
    status: StationStatusType | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only stations in this status.")
    region_id: strawberry.ID | None = strawberry.field(default=None, description="Only stations of this region.")


@node_resolver("Station")
async def _station_node(info: Info, pk: uuid.UUID) -> StationType | None:
    actor = require(info, Permission.VIEW_STATIONS)
    async with info.context.session() as session:
        station = await session.get(Station, pk)
    if station is None or station.company_id != actor.company_id or not actor.can_see_station(
            station.id, Permission.VIEW_STATIONS):
        return None
    return StationType.of(station)


@node_resolver("Region")
async def _region_node(info: Info, pk: uuid.UUID) -> RegionType | None:
    actor = require(info, Permission.VIEW_STATIONS)
    async with info.context.session() as session:
        region = await session.get(Region, pk)
    return RegionType.of(region) if region and region.company_id == actor.company_id else None


@strawberry.type
class StationQuery:
    @strawberry.field(description=needs("The company's regions.", Permission.VIEW_STATIONS))
    async def regions(self, info: Info) -> list[RegionType]:
        actor = require(info, Permission.VIEW_STATIONS)
        async with info.context.session() as session:
            rows = await session.scalars(select(Region).where(Region.company_id == actor.company_id)
                                         .order_by(Region.code))
            return [RegionType.of(r) for r in rows.all()]

    @strawberry.field(description=needs("Stations in your scope, by code.", Permission.VIEW_STATIONS))
    async def stations(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                       filter: StationFilter | None = None) -> Connection[StationType]:
        actor = require(info, Permission.VIEW_STATIONS)
        stmt = visible_stations_query(actor)
        if filter is not None:
            if filter.search:
                term = f"%{filter.search.strip()}%"
                stmt = stmt.where(or_(Station.code.ilike(term), Station.name.ilike(term), Station.address.ilike(term)))
            if filter.status is not None:
                stmt = stmt.where(Station.status == filter.status)
            if filter.region_id:
                stmt = stmt.where(Station.region_id == decode_id(filter.region_id, "Region", "filter.regionId"))
        return await paginate(info.context.session, stmt, order=OrderKey([Station.code, Station.id], descending=False),
                              first=first, after=after, to_node=StationType.of)

    @strawberry.field(description=needs("One station; null when it is out of your scope.", Permission.VIEW_STATIONS))
    async def station(self, info: Info, id: strawberry.ID) -> StationType | None:
        return await _station_node(info, decode_id(id, "Station"))


@strawberry.input(description="A new station.")
class StationCreateInput:
    code: str = strawberry.field(description="Station code, unique in the company (letters, digits, _ and -).")
    name: str = strawberry.field(description="Station name.")
    region_id: strawberry.ID | None = strawberry.field(default=None, description="Region of the station.")
    address: str | None = strawberry.field(default=None, description="Street address.")
    phone: str | None = strawberry.field(default=None, description="Public telephone number.")
    latitude: str | None = strawberry.field(default=None, description="Latitude, decimal degrees.")
    longitude: str | None = strawberry.field(default=None, description="Longitude, decimal degrees.")
    opening_hours: str | None = strawberry.field(default=None, description="Opening hours text.")
    photo_url: str | None = strawberry.field(default=None, description="Photo URL.")
    time_zone: str | None = strawberry.field(default=None, description="IANA time zone (default Asia/Shanghai).")


@strawberry.input(description="Changes to a station; omitted fields stay as they are.")
class StationUpdateInput:
    id: strawberry.ID = strawberry.field(description="The station.")
    code: str | None = strawberry.field(default=None, description="New station code.")
    name: str | None = strawberry.field(default=None, description="New name.")
    region_id: strawberry.ID | None = strawberry.field(default=None, description="New region.")
    address: str | None = strawberry.field(default=None, description="New address (empty string clears it).")
    phone: str | None = strawberry.field(default=None, description="New telephone (empty string clears it).")
    latitude: str | None = strawberry.field(default=None, description="New latitude.")
    longitude: str | None = strawberry.field(default=None, description="New longitude.")
    opening_hours: str | None = strawberry.field(default=None, description="New opening hours.")
    photo_url: str | None = strawberry.field(default=None, description="New photo URL.")
    time_zone: str | None = strawberry.field(default=None, description="New time zone.")


@strawberry.input(description="Close a station (stop trading), with the reason.")
class StationCloseInput:
    id: strawberry.ID = strawberry.field(description="The station.")
    reason: str = strawberry.field(description="Why the station closes (kept in the audit log).")


@strawberry.input(description="Reopen a closed station.")
class StationReopenInput:
    id: strawberry.ID = strawberry.field(description="The station.")


@strawberry.type(description="Result of a station mutation.")
class StationPayload:
    station: StationType | None = strawberry.field(default=None, description="The station after the change.")
    errors: list[StationError] = strawberry.field(  # type: ignore[valid-type]
        description="Why nothing was changed; empty on success.")


def _fields(data: StationCreateInput | StationUpdateInput, session_region: uuid.UUID | None) -> service.StationFields:
    return service.StationFields(
        code=data.code, name=data.name, region_id=session_region, address=data.address, phone=data.phone,
        latitude=data.latitude, longitude=data.longitude, opening_hours=data.opening_hours,
        photo_url=data.photo_url, time_zone=data.time_zone)


@strawberry.type
class StationMutation:
    @strawberry.mutation(description=needs("Create a station (company-wide managers only); audited.",
                                           Permission.MANAGE_STATIONS))
    async def station_create(self, info: Info, input: StationCreateInput) -> StationPayload:
        actor = require(info, Permission.MANAGE_STATIONS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            region = decode_input_id(input.region_id, "Region", "regionId") if input.region_id else None
            return {"station": StationType.of(await service.create_station(session, actor, _fields(input, region)))}

        return await run_mutation(info.context, work, StationPayload, StationError, StationErrorCode)

    @strawberry.mutation(description=needs("Change a station's details; audited with before and after.",
                                           Permission.MANAGE_STATIONS))
    async def station_update(self, info: Info, input: StationUpdateInput) -> StationPayload:
        actor = require(info, Permission.MANAGE_STATIONS)
        station_id = decode_id(input.id, "Station")

        async def work(session: AsyncSession) -> dict[str, Any]:
            region = decode_input_id(input.region_id, "Region", "regionId") if input.region_id else None
            station = await service.update_station(session, actor, station_id, _fields(input, region))
            return {"station": StationType.of(station)}

        return await run_mutation(info.context, work, StationPayload, StationError, StationErrorCode)

    @strawberry.mutation(description=needs("Close a station, with a reason; audited.", Permission.MANAGE_STATIONS))
    async def station_close(self, info: Info, input: StationCloseInput) -> StationPayload:
        actor = require(info, Permission.MANAGE_STATIONS)
        station_id = decode_id(input.id, "Station")

        async def work(session: AsyncSession) -> dict[str, Any]:
            station = await service.set_station_status(session, actor, station_id, StationStatus.CLOSED,
                                                       reason=input.reason)
            return {"station": StationType.of(station)}

        return await run_mutation(info.context, work, StationPayload, StationError, StationErrorCode)

    @strawberry.mutation(description=needs("Reopen a closed station; audited.", Permission.MANAGE_STATIONS))
    async def station_reopen(self, info: Info, input: StationReopenInput) -> StationPayload:
        actor = require(info, Permission.MANAGE_STATIONS)
        station_id = decode_id(input.id, "Station")

        async def work(session: AsyncSession) -> dict[str, Any]:
            station = await service.set_station_status(session, actor, station_id, StationStatus.OPEN, reason=None)
            return {"station": StationType.of(station)}

        return await run_mutation(info.context, work, StationPayload, StationError, StationErrorCode)


__all__ = ["StationMutation", "StationQuery", "UserError"]
