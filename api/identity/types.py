"""GraphQL types of identity: staff users, grants, roles, permissions, API keys, devices."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry

from api.core.actors import StationSet
from api.core.guards import Info
from api.core.node import Node
from api.core.permissions import LABELS, Permission
from api.core.personal_data import decrypt, mask_mobile
from api.identity.models import ApiKey, Device, Grant, GrantScope, Role, StaffUser
from api.stations.loaders import RegionByIdLoader, StationByIdLoader, StationsByCompanyIdLoader
from api.stations.types import RegionType, StationType

PermissionType = strawberry.enum(
    Permission, name="Permission",
    description="What an actor may do. Roles are sets of these, granted over a scope of stations.",
)
GrantScopeType = strawberry.enum(GrantScope, name="GrantScope",
                                 description="Where a grant applies: the whole company, regions, or stations.")


@strawberry.type(description="A permission with its zh-CN label and group, for role editors.")
class PermissionInfo:
    code: PermissionType = strawberry.field(description="The permission.")  # type: ignore[valid-type]
    label: str = strawberry.field(description="zh-CN label.")
    group: str = strawberry.field(description="zh-CN group (组织, 油站, 收银...).")


def permission_infos() -> list[PermissionInfo]:
    return [PermissionInfo(code=p, label=LABELS[p][0], group=LABELS[p][1]) for p in Permission]


@strawberry.type(name="Role", description="A named set of permissions. Requires VIEW_STAFF.")
class RoleType(Node):
    pk: strawberry.Private[uuid.UUID]
    code: str | None = strawberry.field(description="Code of a built-in role; null for custom roles.")
    name: str = strawberry.field(description="Role name.")
    description: str | None = strawberry.field(description="What the role is for.")
    permissions: list[PermissionType] = strawberry.field(description="The role's permissions.")  # type: ignore[valid-type]
    is_builtin: bool = strawberry.field(description="Built-in roles cannot be edited or deleted.")

    @classmethod
    def of(cls, role: Role) -> RoleType:
        known = {p.value for p in Permission}
        return cls(pk=role.id, code=role.code, name=role.name, description=role.description,
                   permissions=[Permission(p) for p in role.permissions if p in known], is_builtin=role.is_builtin)


async def _stations(info: Info, company_id: uuid.UUID, ids: StationSet) -> list[StationType]:
    if ids is None:
        rows = await info.context.loader(StationsByCompanyIdLoader).load(company_id)
    else:
        rows = [s for s in await info.context.loader(StationByIdLoader).load_many(sorted(ids)) if s is not None]
        rows.sort(key=lambda s: s.code)
    return [StationType.of(s) for s in rows]


@strawberry.type(name="Grant", description="A role given to a staff user over a scope.")
class GrantType:
    pk: strawberry.Private[uuid.UUID]
    role_row: strawberry.Private[Role]
    region_ids: strawberry.Private[list[uuid.UUID]]
    station_ids: strawberry.Private[list[uuid.UUID]]
    company_id: strawberry.Private[uuid.UUID]
    scope: GrantScopeType = strawberry.field(description="COMPANY, REGIONS or STATIONS.")  # type: ignore[valid-type]

    @strawberry.field(description="The grant's ID.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self.pk))

    @strawberry.field(description="The role granted.")
    def role(self) -> RoleType:
        return RoleType.of(self.role_row)

    @strawberry.field(description="The regions of a REGIONS grant.")
    async def regions(self, info: Info) -> list[RegionType]:
        rows = await info.context.loader(RegionByIdLoader).load_many(self.region_ids)
        return [RegionType.of(r) for r in rows if r is not None]

    @strawberry.field(description="The stations of a STATIONS grant.")
    async def stations(self, info: Info) -> list[StationType]:
        return await _stations(info, self.company_id, frozenset(self.station_ids))

    @classmethod
    def of(cls, grant: Grant, role: Role, company_id: uuid.UUID) -> GrantType:
        return cls(pk=grant.id, role_row=role, region_ids=list(grant.region_ids),
                   station_ids=list(grant.station_ids), company_id=company_id, scope=grant.scope)


@strawberry.type(name="StaffUser", description="A member of staff. Requires VIEW_STAFF (yourself: always).")
class StaffUserType(Node):
    pk: strawberry.Private[uuid.UUID]
    company_id: strawberry.Private[uuid.UUID]
    mobile_encrypted: strawberry.Private[bytes | None]
    username: str = strawberry.field(description="Sign-in name.")
    name: str = strawberry.field(description="Full name.")
    employee_code: str | None = strawberry.field(description="Employee code (工号), unique in the company.")
    is_active: bool = strawberry.field(description="False when disabled: cannot sign in.")
    last_login_at: datetime | None = strawberry.field(description="Last successful sign-in.")
    created_at: datetime = strawberry.field(description="When the user was created.")

    @strawberry.field(description="Mobile number, masked (138****5678) unless you hold VIEW_PHONE_NUMBERS.")
    def mobile(self, info: Info) -> str | None:
        if self.mobile_encrypted is None:
            return None
        mobile = decrypt(info.context.settings.data_key, self.mobile_encrypted)
        actor = info.context.actor
        return mobile if actor is not None and actor.has(Permission.VIEW_PHONE_NUMBERS) else mask_mobile(mobile)

    @strawberry.field(description="The user's grants.")
    async def grants(self, info: Info) -> list[GrantType]:
        from api.identity.loaders import GrantsByUserIdLoader

        pairs = await info.context.loader(GrantsByUserIdLoader).load(self.pk)
        return [GrantType.of(g, r, self.company_id) for g, r in pairs]

    @strawberry.field(description="Every permission the user holds somewhere.")
    async def permissions(self, info: Info) -> list[PermissionType]:  # type: ignore[valid-type]
        scopes = await self._scopes(info)
        return sorted(scopes, key=list(Permission).index)

    @strawberry.field(description="The stations where the user holds at least one permission.")
    async def stations(self, info: Info) -> list[StationType]:
        from api.identity.access import visible_stations

        return await _stations(info, self.company_id, visible_stations(await self._scopes(info)))

    async def _scopes(self, info: Info) -> dict[Permission, StationSet]:
        from api.identity.loaders import ScopesByUserIdLoader

        actor = info.context.actor
        if actor is not None and actor.id == self.pk:
            return dict(actor.scopes)
        return await info.context.loader(ScopesByUserIdLoader).load(self.pk)

    @classmethod
    def of(cls, user: StaffUser) -> StaffUserType:
        return cls(pk=user.id, company_id=user.company_id, mobile_encrypted=user.mobile_encrypted,
                   username=user.username, name=user.name, employee_code=user.employee_code,
                   is_active=user.is_active, last_login_at=user.last_login_at, created_at=user.created_at)


@strawberry.type(name="ApiKey", description="A partner's API key (the secret is shown only at creation). "
                                             "Requires MANAGE_API_KEYS.")
class ApiKeyType(Node):
    pk: strawberry.Private[uuid.UUID]
    company_id: strawberry.Private[uuid.UUID]
    station_ids: strawberry.Private[list[uuid.UUID] | None]
    name: str = strawberry.field(description="What the key is for.")
    prefix: str = strawberry.field(description="The key's public part, to recognise it.")
    permissions: list[PermissionType] = strawberry.field(description="What the key may do.")  # type: ignore[valid-type]
    rate_limit_per_minute: int = strawberry.field(description="Requests allowed per minute.")
    created_at: datetime = strawberry.field(description="When the key was created.")
    last_used_at: datetime | None = strawberry.field(description="Last use (to the minute).")
    revoked_at: datetime | None = strawberry.field(description="When the key was revoked, if it was.")

    @strawberry.field(description="Stations the key is limited to; every station when `allStations`.")
    async def stations(self, info: Info) -> list[StationType]:
        ids = None if self.station_ids is None else frozenset(self.station_ids)
        return await _stations(info, self.company_id, ids)

    @strawberry.field(description="True when the key covers every station of the company.")
    def all_stations(self) -> bool:
        return self.station_ids is None

    @classmethod
    def of(cls, key: ApiKey) -> ApiKeyType:
        known = {p.value for p in Permission}
        return cls(pk=key.id, company_id=key.company_id, station_ids=key.station_ids, name=key.name,
                   prefix=key.prefix, permissions=[Permission(p) for p in key.permissions if p in known],
                   rate_limit_per_minute=key.rate_limit_per_minute, created_at=key.created_at,
                   last_used_at=key.last_used_at, revoked_at=key.revoked_at)


@strawberry.type(name="Device", description="A pump_link box bound to one station. Requires MANAGE_DEVICES.")
class DeviceType(Node):
    pk: strawberry.Private[uuid.UUID]
    station_id: strawberry.Private[uuid.UUID]
    name: str = strawberry.field(description="Device name.")
    prefix: str = strawberry.field(description="The token's public part.")
    last_seen_at: datetime | None = strawberry.field(description="Last time the device reported.")
    revoked_at: datetime | None = strawberry.field(description="When the device token was revoked.")
    created_at: datetime = strawberry.field(description="When the device was registered.")

    @strawberry.field(description="The station the device serves.")
    async def station(self, info: Info) -> StationType | None:
        row = await info.context.loader(StationByIdLoader).load(self.station_id)
        return StationType.of(row) if row else None

    @classmethod
    def of(cls, device: Device) -> DeviceType:
        return cls(pk=device.id, station_id=device.station_id, name=device.name, prefix=device.prefix,
                   last_seen_at=device.last_seen_at, revoked_at=device.revoked_at, created_at=device.created_at)
