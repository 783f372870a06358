"""Who may take over a station's till: the active staff of the company who hold OPERATE_POS at that station.

The POS lists them in its hand-over dialog (a cashier hands over to the next one without needing to see the
company's staff list), and the hand-over refuses anyone else.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor
from api.core.errors import DomainError
from api.core.permissions import Permission
from api.identity.access import compute_scopes, stations_by_region
from api.identity.models import Grant, Role, StaffUser
from api.selling.errors import ShiftErrorCode as Code
from api.stations.models import Station


def _operates(scopes: dict[Permission, frozenset[uuid.UUID] | None], station_id: uuid.UUID) -> bool:
    if Permission.OPERATE_POS not in scopes:
        return False
    stations = scopes[Permission.OPERATE_POS]
    return stations is None or station_id in stations


async def _cashiers(session: AsyncSession, company_id: uuid.UUID, station_id: uuid.UUID,
                    user_ids: list[uuid.UUID] | None = None) -> list[StaffUser]:
    stmt = (select(StaffUser, Grant, Role).join(Grant, Grant.user_id == StaffUser.id)
            .join(Role, Role.id == Grant.role_id)
            .where(StaffUser.company_id == company_id, StaffUser.is_active.is_(True)))
    if user_ids is not None:
        stmt = stmt.where(StaffUser.id.in_(user_ids))
    rows = (await session.execute(stmt)).all()
    by_region = await stations_by_region(session, [company_id], [(grant, role) for _, grant, role in rows])
    users: dict[uuid.UUID, StaffUser] = {}
    grants: dict[uuid.UUID, list[tuple[Grant, Role]]] = {}
    for user, grant, role in rows:
        users[user.id] = user
        grants.setdefault(user.id, []).append((grant, role))
    found = [users[u] for u, pairs in grants.items() if _operates(compute_scopes(pairs, by_region), station_id)]
    return sorted(found, key=lambda u: (u.name, u.username))


async def station_cashiers(session: AsyncSession, actor: Actor, station_id: uuid.UUID) -> list[StaffUser]:
    """The staff who may run the till of `station_id`, by name; asked by someone who runs its shifts
    (FORBIDDEN outside their scope; nobody for a station that is not the company's)."""
    assert actor.company_id is not None
    actor.require_station(station_id, Permission.MANAGE_SHIFTS)
    if await session.scalar(select(Station.company_id).where(Station.id == station_id)) != actor.company_id:
        return []
    return await _cashiers(session, actor.company_id, station_id)


async def require_cashier(session: AsyncSession, company_id: uuid.UUID, station_id: uuid.UUID,
                          user_id: uuid.UUID, *, field: str) -> StaffUser:
    """The user, when active and allowed to run the till of `station_id`; NOT_FOUND naming `field` else."""
    found = await _cashiers(session, company_id, station_id, [user_id])
    if not found:
        raise DomainError(Code.NOT_FOUND, "接班人不存在、已停用或无本站收银权限", field=field)
    return found[0]
