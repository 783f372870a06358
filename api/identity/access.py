"""From grants to an actor: which permissions a user holds, and at which stations.

A grant gives a role's permissions over its scope: COMPANY (every station, also stations opened later),
REGIONS (every station in those regions at the time of the request) or STATIONS (a list). A permission
held through several grants applies to the union of their scopes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from api.core.actors import StationSet, merge_scopes
from api.core.permissions import Permission
from api.identity.models import Grant, GrantScope, Role
from api.stations.models import Station


def _as_permissions(values: Iterable[str]) -> list[Permission]:
    known = {p.value for p in Permission}
    return [Permission(v) for v in values if v in known]


async def scopes_for_grants(session: AsyncSession, company_id: uuid.UUID,
                            grants: Sequence[tuple[Grant, Role]]) -> dict[Permission, StationSet]:
    """The scopes one user's grants give."""
    by_region = await stations_by_region(session, [company_id], grants)
    return compute_scopes(grants, by_region)


async def stations_by_region(session: AsyncSession | AsyncConnection, company_ids: Sequence[uuid.UUID],
                             grants: Iterable[tuple[Any, Any]]) -> dict[uuid.UUID, set[uuid.UUID]]:
    """The stations of every region named by a REGIONS grant (one query, none when there is no such grant)."""
    region_ids = sorted({r for grant, _ in grants if grant.scope is GrantScope.REGIONS for r in grant.region_ids})
    by_region: dict[uuid.UUID, set[uuid.UUID]] = {}
    if region_ids:
        rows = await session.execute(select(Station.id, Station.region_id).where(
            Station.company_id.in_(company_ids), Station.region_id.in_(region_ids)))
        for station_id, region_id in rows.all():
            if region_id is not None:
                by_region.setdefault(region_id, set()).add(station_id)
    return by_region


def compute_scopes(grants: Iterable[tuple[Any, Any]],
                   by_region: dict[uuid.UUID, set[uuid.UUID]]) -> dict[Permission, StationSet]:
    """Scopes from (grant, role) pairs: anything with a grant's `scope`, `region_ids`, `station_ids` and a
    role's `permissions` (ORM objects or Core rows)."""
    scopes: dict[Permission, StationSet] = {}
    for grant, role in grants:
        if grant.scope is GrantScope.COMPANY:
            stations: StationSet = None
        elif grant.scope is GrantScope.REGIONS:
            stations = frozenset(s for r in grant.region_ids for s in by_region.get(r, ()))
        else:
            stations = frozenset(grant.station_ids)
        for permission in _as_permissions(role.permissions):
            scopes[permission] = merge_scopes(scopes[permission], stations) if permission in scopes else stations
    return scopes


def visible_stations(scopes: dict[Permission, StationSet]) -> StationSet:
    result: StationSet = frozenset()
    for stations in scopes.values():
        result = merge_scopes(result, stations)
    return result
