"""Who is acting: a staff user, a partner (API key), a device (pump_link box), a member, or the system.

An actor carries its company, its permissions and its station scope (`None` = every station of the
company). Services receive the actor and check scope themselves; resolvers check permissions.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from api.core.errors import Forbidden
from api.core.permissions import Permission


class ActorKind(StrEnum):
    STAFF = "staff"
    PARTNER = "partner"
    DEVICE = "device"
    MEMBER = "member"
    SYSTEM = "system"


@dataclass(frozen=True)
class Actor:
    kind: ActorKind
    id: uuid.UUID | None
    company_id: uuid.UUID | None
    label: str
    permissions: frozenset[Permission] = frozenset()
    station_ids: frozenset[uuid.UUID] | None = frozenset()
    session_id: uuid.UUID | None = None

    def has(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if permission not in self.permissions:
            raise Forbidden()

    def can_see_station(self, station_id: uuid.UUID | None) -> bool:
        if self.station_ids is None:
            return True
        return station_id is not None and station_id in self.station_ids

    def require_station(self, station_id: uuid.UUID | None) -> None:
        if not self.can_see_station(station_id):
            raise Forbidden("无权访问该站点")

    def require_stations(self, station_ids: Iterable[uuid.UUID]) -> None:
        for station_id in station_ids:
            self.require_station(station_id)

    @property
    def all_stations(self) -> bool:
        return self.station_ids is None


SYSTEM = Actor(kind=ActorKind.SYSTEM, id=None, company_id=None, label="system",
               permissions=frozenset(Permission), station_ids=None)
