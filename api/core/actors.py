"""Who is acting: a staff user, a partner (API key), a device (pump_link box), a member, or the system.

An actor carries its company and, for each permission it holds, the stations where it holds it
(`None` = every station of the company). A user who is cashier at station A and manager at station B
may refund at B only. Resolvers check permissions; services check station scope.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from api.core.errors import Forbidden
from api.core.permissions import Permission

StationSet = frozenset[uuid.UUID] | None  # None = every station of the company
SESSION_ACTOR_KEY = "actor"  # a unit of work's actor, in its session's info


class ActorKind(StrEnum):
    STAFF = "staff"
    PARTNER = "partner"
    DEVICE = "device"
    MEMBER = "member"
    SYSTEM = "system"


def merge_scopes(a: StationSet, b: StationSet) -> StationSet:
    if a is None or b is None:
        return None
    return a | b


@dataclass(frozen=True)
class Actor:
    kind: ActorKind
    id: uuid.UUID | None
    company_id: uuid.UUID | None
    label: str
    scopes: Mapping[Permission, StationSet] = field(default_factory=dict)
    visible_stations: StationSet = frozenset()
    session_id: uuid.UUID | None = None
    ip: str | None = None
    request_id: str | None = None

    @property
    def permissions(self) -> frozenset[Permission]:
        return frozenset(self.scopes)

    def has(self, permission: Permission) -> bool:
        return permission in self.scopes

    def require(self, permission: Permission) -> None:
        if permission not in self.scopes:
            raise Forbidden()

    def stations_for(self, permission: Permission) -> StationSet:
        """Where `permission` applies (None = everywhere in the company; empty = nowhere)."""
        return self.scopes.get(permission, frozenset())

    def can_see_station(self, station_id: uuid.UUID | None, permission: Permission | None = None) -> bool:
        allowed = self.visible_stations if permission is None else self.stations_for(permission)
        if allowed is None:
            return True
        return station_id is not None and station_id in allowed

    def require_station(self, station_id: uuid.UUID | None, permission: Permission | None = None) -> None:
        if not self.can_see_station(station_id, permission):
            raise Forbidden("无权访问该站点")

    def require_stations(self, station_ids: Iterable[uuid.UUID], permission: Permission | None = None) -> None:
        for station_id in station_ids:
            self.require_station(station_id, permission)

    def require_company(self, company_id: uuid.UUID | None) -> None:
        if self.kind is not ActorKind.SYSTEM and company_id != self.company_id:
            raise Forbidden("无权访问该对象")

    @property
    def all_stations(self) -> bool:
        return self.visible_stations is None


SYSTEM = Actor(kind=ActorKind.SYSTEM, id=None, company_id=None, label="system",
               scopes=dict.fromkeys(Permission), visible_stations=None)
