"""Queries of identity: the viewer, staff users, roles, permissions, API keys and devices."""

from __future__ import annotations

import uuid
from typing import Any

import strawberry
from sqlalchemy import Select, exists, func, or_, select

from api.core.actors import Actor, ActorKind
from api.core.errors import Forbidden
from api.core.guards import Info, needs, require, viewer
from api.core.node import decode_id, node_resolver
from api.core.pagination import DEFAULT_PAGE, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.personal_data import is_mobile, lookup_index
from api.identity.models import ApiKey, Device, Grant, GrantScope, Role, StaffUser
from api.identity.types import ApiKeyType, DeviceType, PermissionInfo, RoleType, StaffUserType, permission_infos
from api.stations.models import Station


def staff_in_scope(actor: Actor) -> Select[Any]:
    """Staff users the actor may see: all of the company with a company-wide VIEW_STAFF; otherwise those
    holding a grant at one of the actor's stations (or its regions)."""
    stmt = select(StaffUser).where(StaffUser.company_id == actor.company_id)
    allowed = actor.stations_for(Permission.VIEW_STAFF)
    if allowed is None:
        return stmt
    station_ids = list(allowed)
    in_scope = exists().where(Grant.user_id == StaffUser.id, or_(
        Grant.station_ids.overlap(station_ids), Grant.region_ids.overlap(_regions_of(station_ids))))
    return stmt.where(or_(in_scope, StaffUser.id == actor.id))


def _regions_of(station_ids: list[uuid.UUID]) -> Any:
    """The regions of `station_ids`, as a uuid[] subquery."""
    return select(func.coalesce(func.array_agg(Station.region_id), [])).where(
        Station.id.in_(station_ids), Station.region_id.is_not(None)).scalar_subquery()


@strawberry.input(description="Filters of the staff list.")
class StaffUserFilter:
    search: str | None = strawberry.field(default=None, description="Part of the username, name or employee "
                                                                    "code, or a whole mobile number.")
    station_id: strawberry.ID | None = strawberry.field(default=None, description="Users granted at this station.")
    is_active: bool | None = strawberry.field(default=None, description="Only enabled (true) or disabled users.")


@node_resolver("StaffUser")
async def _staff_node(info: Info, pk: uuid.UUID) -> StaffUserType | None:
    actor = viewer(info)
    if actor.id != pk:
        actor.require(Permission.VIEW_STAFF)
    async with info.context.session() as session:
        user = await session.scalar(staff_in_scope(actor).where(StaffUser.id == pk))
    return StaffUserType.of(user) if user else None


@node_resolver("Role")
async def _role_node(info: Info, pk: uuid.UUID) -> RoleType | None:
    actor = require(info, Permission.VIEW_STAFF)
    async with info.context.session() as session:
        role = await session.get(Role, pk)
    return RoleType.of(role) if role and role.company_id == actor.company_id else None


@node_resolver("ApiKey")
async def _api_key_node(info: Info, pk: uuid.UUID) -> ApiKeyType | None:
    actor = require(info, Permission.MANAGE_API_KEYS)
    async with info.context.session() as session:
        key = await session.get(ApiKey, pk)
    return ApiKeyType.of(key) if key and key.company_id == actor.company_id else None


@node_resolver("Device")
async def _device_node(info: Info, pk: uuid.UUID) -> DeviceType | None:
    actor = require(info, Permission.MANAGE_DEVICES)
    async with info.context.session() as session:
        device = await session.get(Device, pk)
    if device is None or device.company_id != actor.company_id or not actor.can_see_station(
            device.station_id, Permission.MANAGE_DEVICES):
        return None
    return DeviceType.of(device)


@strawberry.type
class IdentityQuery:
    @strawberry.field(description=needs("The signed-in staff user, with permissions and stations in scope."))
    async def viewer(self, info: Info) -> StaffUserType:
        actor = viewer(info)
        if actor.kind is not ActorKind.STAFF or actor.id is None:
            raise Forbidden("仅员工账号可用")
        async with info.context.session() as session:
            user = await session.get(StaffUser, actor.id)
        assert user is not None
        return StaffUserType.of(user)

    @strawberry.field(description=needs("Every permission with its zh-CN label and group."))
    def permissions(self, info: Info) -> list[PermissionInfo]:
        viewer(info)
        return permission_infos()

    @strawberry.field(description=needs("Staff users in your scope, newest first.", Permission.VIEW_STAFF))
    async def staff_users(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                          filter: StaffUserFilter | None = None) -> Connection[StaffUserType]:
        actor = require(info, Permission.VIEW_STAFF)
        stmt = staff_in_scope(actor)
        if filter is not None:
            if filter.search and filter.search.strip():
                term = filter.search.strip()
                conditions: list[Any] = [StaffUser.username.ilike(f"%{term}%"), StaffUser.name.ilike(f"%{term}%"),
                              StaffUser.employee_code.ilike(f"%{term}%")]
                if is_mobile(term):
                    conditions.append(StaffUser.mobile_index == lookup_index(info.context.settings.data_key, term))
                stmt = stmt.where(or_(*conditions))
            if filter.is_active is not None:
                stmt = stmt.where(StaffUser.is_active.is_(filter.is_active))
            if filter.station_id:
                station_id = decode_id(filter.station_id, "Station", "filter.stationId")
                actor.require_station(station_id, Permission.VIEW_STAFF)
                stmt = stmt.where(exists().where(Grant.user_id == StaffUser.id, or_(
                    Grant.scope == GrantScope.COMPANY, Grant.station_ids.contains([station_id]),
                    Grant.region_ids.overlap(_regions_of([station_id])))))
        return await paginate(info.context.session, stmt, order=OrderKey([StaffUser.id]), first=first, after=after,
                              to_node=StaffUserType.of)

    @strawberry.field(description=needs("One staff user; null when out of your scope.", Permission.VIEW_STAFF))
    async def staff_user(self, info: Info, id: strawberry.ID) -> StaffUserType | None:
        require(info, Permission.VIEW_STAFF)
        return await _staff_node(info, decode_id(id, "StaffUser"))

    @strawberry.field(description=needs("The company's roles, built-in first.", Permission.VIEW_STAFF))
    async def roles(self, info: Info) -> list[RoleType]:
        actor = require(info, Permission.VIEW_STAFF)
        async with info.context.session() as session:
            rows = await session.scalars(select(Role).where(Role.company_id == actor.company_id)
                                         .order_by(Role.is_builtin.desc(), Role.name))
            return [RoleType.of(r) for r in rows.all()]

    @strawberry.field(description=needs("The company's partner API keys, newest first.", Permission.MANAGE_API_KEYS))
    async def api_keys(self, info: Info, first: int = DEFAULT_PAGE,
                       after: str | None = None) -> Connection[ApiKeyType]:
        actor = require(info, Permission.MANAGE_API_KEYS)
        stmt = select(ApiKey).where(ApiKey.company_id == actor.company_id)
        return await paginate(info.context.session, stmt, order=OrderKey([ApiKey.id]), first=first, after=after,
                              to_node=ApiKeyType.of)

    @strawberry.field(description=needs("The devices (pump_link boxes) of a station.", Permission.MANAGE_DEVICES))
    async def devices(self, info: Info, station_id: strawberry.ID) -> list[DeviceType]:
        actor = require(info, Permission.MANAGE_DEVICES)
        station = decode_id(station_id, "Station", "stationId")
        if not actor.can_see_station(station, Permission.MANAGE_DEVICES):
            raise Forbidden("无权访问该站点")
        async with info.context.session() as session:
            rows = await session.scalars(select(Device).where(Device.company_id == actor.company_id,
                                                              Device.station_id == station).order_by(Device.name))
            return [DeviceType.of(d) for d in rows.all()]
