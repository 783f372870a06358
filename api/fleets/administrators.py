"""Fleet administrators (车队管理员): members, known by their phone, whom staff name to run a fleet's everyday
business from the mini-program themselves.

Staff name and remove them with MANAGE_FLEETS at the fleet's responsible station (FORBIDDEN otherwise),
audited on the fleet (`fleet.administrator_add` / `fleet.administrator_remove`, the phone masked). An
administrator reads the fleet's balances, vehicles with their limits and today's use, and its monthly
statements, and through `api.fleets.service` (with `administrator=True`) sets its vehicles' limits and
grades, freezes and unfreezes them, and adds and removes plates. Credit, adjustments and money received stay
with staff: none of those functions accept a member.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor, ActorKind
from api.core.errors import DomainError, Forbidden
from api.core.permissions import Permission
from api.core.personal_data import is_mobile, mask_mobile
from api.fleets.errors import FleetErrorCode as Code
from api.fleets.models import Fleet, FleetAdministrator
from api.fleets.service import NOT_ADMINISTRATOR, get_fleet, is_administrator
from api.members.models import Member, MemberStatus
from api.members.service import member_by_phone, phone_of

MAX_ADMINISTRATORS = 10


def audit_view(data_key: str, member: Member) -> dict[str, Any]:
    phone = phone_of(data_key, member)
    return {"member_id": str(member.id), "member_number": member.number, "name": member.name,
            "phone": mask_mobile(phone) if phone else None}


async def add_administrator(session: AsyncSession, actor: Actor, data_key: str, fleet_id: uuid.UUID,
                            phone: str) -> FleetAdministrator:
    """Name the registered member with this phone an administrator of the fleet; audited."""
    fleet = await get_fleet(session, actor, fleet_id, Permission.MANAGE_FLEETS, field="fleetId", lock=True)
    cleaned = phone.strip().removeprefix("+86").strip()
    if not is_mobile(cleaned):
        raise DomainError(Code.INVALID, "手机号格式不正确", field="phone")
    member = await member_by_phone(session, fleet.company_id, data_key, cleaned)
    if member is None or member.status is not MemberStatus.REGISTERED:
        raise DomainError(Code.NOT_FOUND, "没有使用该手机号的会员，请先让对方在小程序注册", field="phone")
    taken = await session.scalar(select(FleetAdministrator.id).where(FleetAdministrator.fleet_id == fleet.id,
                                                                     FleetAdministrator.member_id == member.id))
    if taken is not None:
        raise DomainError(Code.ALREADY, "该会员已是车队管理员", field="phone")
    count = await session.scalar(select(func.count()).select_from(FleetAdministrator)
                                 .where(FleetAdministrator.fleet_id == fleet.id))
    if int(count or 0) >= MAX_ADMINISTRATORS:
        raise DomainError(Code.INVALID, f"一个车队最多 {MAX_ADMINISTRATORS} 名管理员", field="phone")
    row = FleetAdministrator(company_id=fleet.company_id, fleet_id=fleet.id, member_id=member.id,
                             named_by=actor.id if actor.kind is ActorKind.STAFF else None)
    session.add(row)
    await session.flush()
    await audit.record(session, actor, action="fleet.administrator_add", object_type="Fleet", object_id=fleet.id,
                       company_id=fleet.company_id, station_id=fleet.station_id, before=None,
                       after=audit_view(data_key, member))
    return row


async def remove_administrator(session: AsyncSession, actor: Actor, data_key: str,
                               administrator_id: uuid.UUID) -> Fleet:
    """Remove an administrator from its fleet; audited."""
    row = await session.get(FleetAdministrator, administrator_id)
    if row is None or row.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "管理员不存在", field="id")
    fleet = await get_fleet(session, actor, row.fleet_id, Permission.MANAGE_FLEETS, lock=True)
    member = await session.get(Member, row.member_id)
    assert member is not None
    await session.delete(row)
    await session.flush()
    await audit.record(session, actor, action="fleet.administrator_remove", object_type="Fleet",
                       object_id=fleet.id, company_id=fleet.company_id, station_id=fleet.station_id,
                       before=audit_view(data_key, member), after=None)
    return fleet


async def administered_fleets(session: AsyncSession, actor: Actor) -> list[Fleet]:
    """The fleets the member administers, by name."""
    return list((await session.scalars(
        select(Fleet).join(FleetAdministrator, FleetAdministrator.fleet_id == Fleet.id)
        .where(FleetAdministrator.member_id == actor.id, Fleet.company_id == actor.company_id)
        .order_by(Fleet.name, Fleet.id))).all())


async def administered_fleet(session: AsyncSession, actor: Actor, fleet_id: uuid.UUID) -> Fleet:
    """The fleet, when the member administers it (FORBIDDEN otherwise, NOT_FOUND when there is none)."""
    fleet = await session.get(Fleet, fleet_id)
    if fleet is None or fleet.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "车队不存在", field="fleetId")
    if not await is_administrator(session, actor, fleet.id):
        raise Forbidden(NOT_ADMINISTRATOR)
    return fleet
