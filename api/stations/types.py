"""GraphQL types of the organisation."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from api.core.guards import Info
from api.core.node import Node
from api.stations.loaders import RegionByIdLoader
from api.stations.models import Region, Station, StationStatus

if TYPE_CHECKING:
    from api.pumps.types import DispenserType

StationStatusType = strawberry.enum(StationStatus, name="StationStatus",
                                    description="Whether a station is trading.")


@strawberry.type(name="Region", description="A group of stations of the company (片区). Requires VIEW_STATIONS.")
class RegionType(Node):
    pk: strawberry.Private[uuid.UUID]
    code: str = strawberry.field(description="Short code, unique in the company.")
    name: str = strawberry.field(description="Name shown to users.")

    @classmethod
    def of(cls, region: Region) -> RegionType:
        return cls(pk=region.id, code=region.code, name=region.name)


@strawberry.type(name="Station", description="A fuel station. Requires VIEW_STATIONS for the station.")
class StationType(Node):
    pk: strawberry.Private[uuid.UUID]
    region_id: strawberry.Private[uuid.UUID | None]
    code: str = strawberry.field(description="Station code, unique in the company (e.g. S001).")
    name: str = strawberry.field(description="Station name.")
    address: str | None = strawberry.field(description="Street address.")
    phone: str | None = strawberry.field(description="The station's public telephone number.")
    latitude: str | None = strawberry.field(description="Latitude (WGS-84), decimal degrees as a string.")
    longitude: str | None = strawberry.field(description="Longitude (WGS-84), decimal degrees as a string.")
    opening_hours: str | None = strawberry.field(description="Opening hours as shown to drivers, e.g. 06:00-22:00.")
    photo_url: str | None = strawberry.field(description="URL of the station's photo.")
    status: StationStatusType = strawberry.field(description="OPEN or CLOSED.")  # type: ignore[valid-type]
    time_zone: str = strawberry.field(description="IANA time zone of business days and shifts.")
    created_at: datetime = strawberry.field(description="When the station was created.")

    @strawberry.field(description="The region the station belongs to, if any.")
    async def region(self, info: Info) -> RegionType | None:
        if self.region_id is None:
            return None
        region = await info.context.loader(RegionByIdLoader).load(self.region_id)
        return RegionType.of(region) if region else None

    @strawberry.field(description="The station's dispensers with their nozzles. Requires VIEW_FORECOURT.")
    async def dispensers(self, info: Info) -> list[Annotated[DispenserType, strawberry.lazy("api.pumps.types")]]:
        from api.core.guards import require
        from api.core.permissions import Permission
        from api.pumps.loaders import DispensersByStationIdLoader
        from api.pumps.types import DispenserType as Dispensers

        require(info, Permission.VIEW_FORECOURT).require_station(self.pk, Permission.VIEW_FORECOURT)
        return [Dispensers.of(d) for d in await info.context.loader(DispensersByStationIdLoader).load(self.pk)]

    @classmethod
    def of(cls, s: Station) -> StationType:
        return cls(pk=s.id, region_id=s.region_id, code=s.code, name=s.name, address=s.address, phone=s.phone,
                   latitude=str(s.latitude) if s.latitude is not None else None,
                   longitude=str(s.longitude) if s.longitude is not None else None,
                   opening_hours=s.opening_hours, photo_url=s.photo_url, status=s.status, time_zone=s.time_zone,
                   created_at=s.created_at)
