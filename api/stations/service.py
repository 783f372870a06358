"""Stations: create, update, close and reopen, each audited with the values before and after."""

from __future__ import annotations

import re
import uuid
import zoneinfo
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.permissions import Permission
from api.stations.errors import StationErrorCode as Code
from api.stations.models import Region, Station, StationStatus

AUDITED = ["code", "name", "region_id", "address", "latitude", "longitude", "phone", "opening_hours",
           "photo_url", "status", "time_zone"]
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
PHONE_PATTERN = re.compile(r"^[0-9+\-() ]{5,32}$")


@dataclass
class StationFields:
    """Fields of a create or update; on update, `None` means unchanged."""

    code: str | None = None
    name: str | None = None
    region_id: uuid.UUID | None = None
    address: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    phone: str | None = None
    opening_hours: str | None = None
    photo_url: str | None = None
    time_zone: str | None = None


def _validate(fields: StationFields, errors: ValidationErrors, *, creating: bool) -> dict[str, Any]:
    values = _validate_names(fields, errors, creating=creating)
    for attr, limit in (("address", 200), ("opening_hours", 100), ("photo_url", 500)):
        raw = getattr(fields, attr)
        if raw is not None:
            if len(raw) > limit:
                errors.add(Code.INVALID, f"最长 {limit} 个字", _camel(attr))
            values[attr] = raw.strip() or None
    if fields.phone is not None:
        if fields.phone.strip() and not PHONE_PATTERN.match(fields.phone.strip()):
            errors.add(Code.INVALID, "电话号码格式不正确", "phone")
        values["phone"] = fields.phone.strip() or None
    for attr, bound in (("latitude", 90), ("longitude", 180)):
        raw = getattr(fields, attr)
        if raw is not None:
            values[attr] = _coordinate(raw, bound, attr, errors)
    if fields.time_zone is not None:
        try:
            zoneinfo.ZoneInfo(fields.time_zone)
            values["time_zone"] = fields.time_zone
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            errors.add(Code.INVALID, "时区无效", "timeZone")
    return values


def _validate_names(fields: StationFields, errors: ValidationErrors, *, creating: bool) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if fields.code is not None or creating:
        code = (fields.code or "").strip()
        if not code:
            errors.add(Code.REQUIRED, "请填写站点编码", "code")
        elif not CODE_PATTERN.match(code):
            errors.add(Code.INVALID, "站点编码只能包含字母、数字、下划线和短横线，最长 32 位", "code")
        values["code"] = code
    if fields.name is not None or creating:
        name = (fields.name or "").strip()
        if not name:
            errors.add(Code.REQUIRED, "请填写站点名称", "name")
        elif len(name) > 100:
            errors.add(Code.INVALID, "站点名称最长 100 个字", "name")
        values["name"] = name
    return values


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def _coordinate(raw: str, bound: int, attr: str, errors: ValidationErrors) -> Decimal | None:
    if not raw.strip():
        return None
    try:
        value = Decimal(raw.strip())
    except InvalidOperation:
        errors.add(Code.INVALID, "坐标必须是数字", attr)
        return None
    if not -bound <= value <= bound:
        errors.add(Code.INVALID, f"坐标必须在 -{bound} 到 {bound} 之间", attr)
        return None
    return value.quantize(Decimal("0.000001"))


async def _check_region(session: AsyncSession, actor: Actor, region_id: uuid.UUID | None,
                        errors: ValidationErrors) -> None:
    if region_id is None:
        return
    region = await session.get(Region, region_id)
    if region is None or region.company_id != actor.company_id:
        errors.add(Code.NOT_FOUND, "片区不存在", "regionId")


async def _code_taken(session: AsyncSession, company_id: uuid.UUID | None, code: str,
                      exclude: uuid.UUID | None = None) -> bool:
    stmt = select(Station.id).where(Station.company_id == company_id, Station.code == code)
    if exclude is not None:
        stmt = stmt.where(Station.id != exclude)
    return await session.scalar(stmt) is not None


async def get_station(session: AsyncSession, actor: Actor, station_id: uuid.UUID,
                      permission: Permission = Permission.VIEW_STATIONS, *, field: str = "id") -> Station:
    """The station, when `actor` holds `permission` there; FORBIDDEN when it is the company's but out of
    scope (row-level security hides it), a NOT_FOUND error on `field` when it is not the company's."""
    station = await session.get(Station, station_id)
    if station is None:
        await require_stations_in_scope(session, actor, [station_id], permission, field=field)
    if station is None or station.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "站点不存在", field=field)
    actor.require_station(station.id, permission)
    return station


async def require_stations_in_scope(session: AsyncSession, actor: Actor, station_ids: list[uuid.UUID],
                                    permission: Permission, *, field: str) -> None:
    """Every station is the actor's company's and within its scope for `permission`."""
    for station_id in station_ids:
        owner = await session.scalar(select(func.forecourt_station_company(station_id)))
        if owner is None or owner != actor.company_id:
            raise DomainError(Code.NOT_FOUND, "站点不存在", field=field)
        actor.require_station(station_id, permission)


async def create_station(session: AsyncSession, actor: Actor, fields: StationFields) -> Station:
    if actor.stations_for(Permission.MANAGE_STATIONS) is not None:
        raise Forbidden("只有全公司范围的站点管理员可以新建站点")
    errors = ValidationErrors()
    values = _validate(fields, errors, creating=True)
    await _check_region(session, actor, fields.region_id, errors)
    if values.get("code") and await _code_taken(session, actor.company_id, values["code"]):
        errors.add(Code.DUPLICATE, "站点编码已存在", "code")
    errors.raise_if_any()
    assert actor.company_id is not None
    station = Station(company_id=actor.company_id, region_id=fields.region_id, **values)
    session.add(station)
    await session.flush()
    await audit.record(session, actor, action="station.create", object_type="Station", object_id=station.id,
                       company_id=station.company_id, station_id=station.id,
                       after=audit.snapshot(station, AUDITED))
    return station


async def update_station(session: AsyncSession, actor: Actor, station_id: uuid.UUID,
                         fields: StationFields) -> Station:
    station = await get_station(session, actor, station_id, Permission.MANAGE_STATIONS)
    before = audit.snapshot(station, AUDITED)
    errors = ValidationErrors()
    values = _validate(fields, errors, creating=False)
    if fields.region_id is not None:
        await _check_region(session, actor, fields.region_id, errors)
        values["region_id"] = fields.region_id
    if values.get("code") and await _code_taken(session, actor.company_id, values["code"], exclude=station.id):
        errors.add(Code.DUPLICATE, "站点编码已存在", "code")
    errors.raise_if_any()
    for key, value in values.items():
        setattr(station, key, value)
    await session.flush()
    after = audit.snapshot(station, AUDITED)
    if after != before:
        await audit.record(session, actor, action="station.update", object_type="Station", object_id=station.id,
                           company_id=station.company_id, station_id=station.id, before=before, after=after)
    return station


async def set_station_status(session: AsyncSession, actor: Actor, station_id: uuid.UUID, status: StationStatus,
                             *, reason: str | None) -> Station:
    station = await get_station(session, actor, station_id, Permission.MANAGE_STATIONS)
    if status is StationStatus.CLOSED and not (reason or "").strip():
        raise DomainError(Code.REQUIRED, "请填写停业原因", field="reason")
    if station.status is status:
        code = Code.ALREADY_CLOSED if status is StationStatus.CLOSED else Code.ALREADY_OPEN
        raise DomainError(code, "站点已是停业状态" if status is StationStatus.CLOSED else "站点已在营业", field="id")
    before = audit.snapshot(station, ["status"])
    station.status = status
    await session.flush()
    await audit.record(session, actor, action="station.close" if status is StationStatus.CLOSED else "station.reopen",
                       object_type="Station", object_id=station.id, company_id=station.company_id,
                       station_id=station.id, before=before, after=audit.snapshot(station, ["status"]),
                       reason=(reason or "").strip() or None)
    return station
