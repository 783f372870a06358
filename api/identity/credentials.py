"""Machine credentials: partner API keys and station devices (pump_link boxes). Secrets are shown once."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.permissions import Permission
from api.identity.errors import ApiKeyErrorCode, DeviceErrorCode
from api.identity.models import ApiKey, Device
from api.identity.tokens import API_KEY_PREFIX, DEVICE_PREFIX, OpaqueToken, secret_hash
from api.stations.service import get_station, require_stations_in_scope

MAX_RATE = 100_000


@dataclass(frozen=True)
class Issued:
    """A credential and its secret, which is never shown again."""

    row: ApiKey | Device
    secret: str


async def create_api_key(session: AsyncSession, actor: Actor, *, name: str, permissions: list[Permission],
                         station_ids: list[uuid.UUID] | None, rate_limit_per_minute: int | None) -> Issued:
    errors = ValidationErrors()
    if not name.strip():
        errors.add(ApiKeyErrorCode.REQUIRED, "请填写密钥名称", "name")
    if not permissions:
        errors.add(ApiKeyErrorCode.REQUIRED, "请至少选择一项权限", "permissions")
    rate = 600 if rate_limit_per_minute is None else rate_limit_per_minute
    if not 1 <= rate <= MAX_RATE:
        errors.add(ApiKeyErrorCode.INVALID, f"每分钟请求上限须在 1 到 {MAX_RATE} 之间", "rateLimitPerMinute")
    errors.raise_if_any()
    stations = None if station_ids is None else frozenset(station_ids)
    if stations is not None:
        await require_stations_in_scope(session, actor, sorted(stations), Permission.MANAGE_API_KEYS,
                                        field="stationIds")
    for permission in permissions:
        held = actor.stations_for(permission)
        if not actor.has(permission) or not (held is None or (stations is not None and stations <= held)):
            raise Forbidden("密钥的权限不能超出您自己的权限")
    token = OpaqueToken.new(API_KEY_PREFIX)
    assert actor.company_id is not None
    key = ApiKey(company_id=actor.company_id, name=name.strip(), prefix=token.public_id,
                 secret_hash=secret_hash(token.secret), permissions=sorted(p.value for p in permissions),
                 station_ids=None if stations is None else sorted(stations), rate_limit_per_minute=rate,
                 created_by_id=actor.id)
    session.add(key)
    await session.flush()
    await audit.record(session, actor, action="api_key.create", object_type="ApiKey", object_id=key.id,
                       company_id=key.company_id,
                       after=audit.snapshot(key, ["name", "prefix", "permissions", "station_ids",
                                                  "rate_limit_per_minute"]))
    return Issued(key, str(token))


async def revoke_api_key(session: AsyncSession, actor: Actor, key_id: uuid.UUID) -> ApiKey:
    key = await session.get(ApiKey, key_id)
    if key is None or key.company_id != actor.company_id:
        raise DomainError(ApiKeyErrorCode.NOT_FOUND, "密钥不存在", field="id")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        await audit.record(session, actor, action="api_key.revoke", object_type="ApiKey", object_id=key.id,
                           company_id=key.company_id, before={"revoked": False}, after={"revoked": True})
    return key


async def create_device(session: AsyncSession, actor: Actor, *, station_id: uuid.UUID, name: str) -> Issued:
    station = await get_station(session, actor, station_id, Permission.MANAGE_DEVICES, field="stationId")
    if not name.strip():
        raise DomainError(DeviceErrorCode.REQUIRED, "请填写设备名称", field="name")
    token = OpaqueToken.new(DEVICE_PREFIX)
    device = Device(company_id=station.company_id, station_id=station.id, name=name.strip()[:64],
                    prefix=token.public_id, secret_hash=secret_hash(token.secret))
    session.add(device)
    await session.flush()
    await audit.record(session, actor, action="device.create", object_type="Device", object_id=device.id,
                       company_id=device.company_id, station_id=station.id,
                       after=audit.snapshot(device, ["name", "prefix", "station_id"]))
    return Issued(device, str(token))


async def revoke_device(session: AsyncSession, actor: Actor, device_id: uuid.UUID) -> Device:
    device = await session.get(Device, device_id)
    if device is None or device.company_id != actor.company_id:
        raise DomainError(DeviceErrorCode.NOT_FOUND, "设备不存在", field="id")
    actor.require_station(device.station_id, Permission.MANAGE_DEVICES)
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        await audit.record(session, actor, action="device.revoke", object_type="Device", object_id=device.id,
                           company_id=device.company_id, station_id=device.station_id,
                           before={"revoked": False}, after={"revoked": True})
    return device
