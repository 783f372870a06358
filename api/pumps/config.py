"""Forecourt configuration: grades (company-wide), tanks, dispensers and nozzles (per station), audited.

Every write needs MANAGE_PUMPS: company-wide for grades, at the station for the rest. A nozzle draws from
a tank of its own grade at its own station; numbers are unique per station (nozzles across the station).
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.db import Base
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.permissions import Permission
from api.pumps.errors import ForecourtConfigErrorCode as Code
from api.pumps.models import Dispenser, DispenserProtocol, FuelGrade, GradeKind, Nozzle, Parity, Tank
from api.stations.service import get_station

BAUDS = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200}


@dataclass
class GradeFields:
    code: str | None = None
    name: str | None = None
    kind: GradeKind | None = None
    density_g_per_l: int | None = None


@dataclass
class DispenserFields:
    number: int | None = None
    name: str | None = None
    hub_port: int | None = None
    protocol: DispenserProtocol | None = None
    address: int | None = None
    baud: int | None = None
    parity: Parity | None = None
    data_bits: int | None = None
    stop_bits: int | None = None


@dataclass
class NozzleFields:
    number: int | None = None
    side: str | None = None
    grade_id: uuid.UUID | None = None
    tank_id: uuid.UUID | None = None


@dataclass
class TankFields:
    number: int | None = None
    grade_id: uuid.UUID | None = None
    capacity_ml: int | None = None
    gauge_id: str | None = None


def _changes(fields: Any) -> dict[str, Any]:
    return {k: v for k, v in asdict(fields).items() if v is not None}


def _range(errors: ValidationErrors, values: dict[str, Any], key: str, field: str, low: int, high: int) -> None:
    if key in values and not low <= values[key] <= high:
        errors.add(Code.INVALID, f"须在 {low} 到 {high} 之间", field)


def _require(errors: ValidationErrors, values: dict[str, Any], keys: dict[str, str]) -> None:
    for key, field in keys.items():
        if key not in values:
            errors.add(Code.REQUIRED, "必填", field)


async def _taken(session: AsyncSession, model: type[Any], scope: Any, key: Any, value: Any,
                 exclude: uuid.UUID | None) -> bool:
    stmt = select(func.count()).select_from(model).where(scope, key == value)
    if exclude is not None:
        stmt = stmt.where(model.id != exclude)
    return bool(await session.scalar(stmt))


async def _save(session: AsyncSession, actor: Actor, row: Base, before: dict[str, Any] | None, values: dict[str, Any],
                *, action: str, station_id: uuid.UUID | None) -> None:
    for key, value in values.items():
        setattr(row, key, value)
    session.add(row)
    await session.flush()
    fields = list(values) if before is None else list(before)
    await audit.record(session, actor, action=action, object_type=type(row).__name__, object_id=row.id,  # type: ignore[attr-defined]
                       company_id=actor.company_id, station_id=station_id, before=before,
                       after=audit.snapshot(row, fields))


async def save_grade(session: AsyncSession, actor: Actor, grade_id: uuid.UUID | None, fields: GradeFields) -> FuelGrade:
    if actor.stations_for(Permission.MANAGE_PUMPS) is not None:
        raise Forbidden("油品为全公司共用，只有全公司范围的设备管理员可以维护")
    values, errors = _changes(fields), ValidationErrors()
    if grade_id is None:
        _require(errors, values, {"code": "code", "name": "name", "kind": "kind"})
    if "code" in values and not (values["code"].isdigit() and 2 <= len(values["code"]) <= 8):
        errors.add(Code.INVALID, "国标代码为 2-8 位数字", "code")
    if "name" in values and not 1 <= len(values["name"].strip()) <= 32:
        errors.add(Code.INVALID, "名称为 1-32 个字", "name")
    _range(errors, values, "density_g_per_l", "densityGPerL", 100, 1200)
    grade = FuelGrade(company_id=actor.company_id) if grade_id is None else await session.get(FuelGrade, grade_id)
    if grade is None or grade.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "油品不存在", field="id")
    if "code" in values and await _taken(session, FuelGrade, FuelGrade.company_id == actor.company_id,
                                         FuelGrade.code, values["code"], grade_id):
        errors.add(Code.DUPLICATE, "国标代码已存在", "code")
    errors.raise_if_any()
    before = None if grade_id is None else audit.snapshot(grade, list(values))
    await _save(session, actor, grade, before, values, action="grade.create" if grade_id is None else "grade.update",
                station_id=None)
    return grade


async def save_dispenser(session: AsyncSession, actor: Actor, dispenser_id: uuid.UUID | None,
                         station_id: uuid.UUID | None, fields: DispenserFields) -> Dispenser:
    values, errors = _changes(fields), ValidationErrors()
    if dispenser_id is None:
        assert station_id is not None
        await get_station(session, actor, station_id, Permission.MANAGE_PUMPS, field="stationId")
        dispenser = Dispenser(company_id=actor.company_id, station_id=station_id)
        _require(errors, values, {"number": "number", "name": "name", "hub_port": "hubPort", "protocol": "protocol"})
    else:
        found = await session.get(Dispenser, dispenser_id)
        if found is None or found.company_id != actor.company_id:
            raise DomainError(Code.NOT_FOUND, "油机不存在", field="id")
        actor.require_station(found.station_id, Permission.MANAGE_PUMPS)
        dispenser = found
    _range(errors, values, "number", "number", 1, 99)
    _range(errors, values, "hub_port", "hubPort", 1, 64)
    _range(errors, values, "address", "address", 0, 255)
    _range(errors, values, "data_bits", "dataBits", 7, 8)
    _range(errors, values, "stop_bits", "stopBits", 1, 2)
    if "baud" in values and values["baud"] not in BAUDS:
        errors.add(Code.INVALID, "波特率无效", "baud")
    if "name" in values and not 1 <= len(values["name"].strip()) <= 32:
        errors.add(Code.INVALID, "名称为 1-32 个字", "name")
    if "number" in values and await _taken(session, Dispenser, Dispenser.station_id == dispenser.station_id,
                                           Dispenser.number, values["number"], dispenser_id):
        errors.add(Code.DUPLICATE, "本站已有该编号的油机", "number")
    errors.raise_if_any()
    before = None if dispenser_id is None else audit.snapshot(dispenser, list(values))
    await _save(session, actor, dispenser, before, values,
                action="dispenser.create" if dispenser_id is None else "dispenser.update",
                station_id=dispenser.station_id)
    return dispenser


async def save_tank(session: AsyncSession, actor: Actor, tank_id: uuid.UUID | None, station_id: uuid.UUID | None,
                    fields: TankFields) -> Tank:
    values, errors = _changes(fields), ValidationErrors()
    if tank_id is None:
        assert station_id is not None
        await get_station(session, actor, station_id, Permission.MANAGE_PUMPS, field="stationId")
        tank = Tank(company_id=actor.company_id, station_id=station_id)
        _require(errors, values, {"number": "number", "grade_id": "gradeId", "capacity_ml": "capacityMl"})
    else:
        found = await session.get(Tank, tank_id)
        if found is None or found.company_id != actor.company_id:
            raise DomainError(Code.NOT_FOUND, "油罐不存在", field="id")
        actor.require_station(found.station_id, Permission.MANAGE_PUMPS)
        tank = found
    _range(errors, values, "number", "number", 1, 99)
    _range(errors, values, "capacity_ml", "capacityMl", 1, 200_000_000)
    if "grade_id" in values:
        grade = await session.get(FuelGrade, values["grade_id"])
        if grade is None or grade.company_id != actor.company_id:
            errors.add(Code.NOT_FOUND, "油品不存在", "gradeId")
    if "number" in values and await _taken(session, Tank, Tank.station_id == tank.station_id, Tank.number,
                                           values["number"], tank_id):
        errors.add(Code.DUPLICATE, "本站已有该编号的油罐", "number")
    errors.raise_if_any()
    before = None if tank_id is None else audit.snapshot(tank, list(values))
    await _save(session, actor, tank, before, values, action="tank.create" if tank_id is None else "tank.update",
                station_id=tank.station_id)
    return tank


async def save_nozzle(session: AsyncSession, actor: Actor, nozzle_id: uuid.UUID | None,
                      dispenser_id: uuid.UUID | None, fields: NozzleFields) -> Nozzle:
    values, errors = _changes(fields), ValidationErrors()
    if nozzle_id is None:
        dispenser = await session.get(Dispenser, dispenser_id) if dispenser_id else None
        if dispenser is None or dispenser.company_id != actor.company_id:
            raise DomainError(Code.NOT_FOUND, "油机不存在", field="dispenserId")
        actor.require_station(dispenser.station_id, Permission.MANAGE_PUMPS)
        nozzle = Nozzle(company_id=actor.company_id, station_id=dispenser.station_id, dispenser_id=dispenser.id)
        _require(errors, values, {"number": "number", "grade_id": "gradeId"})
    else:
        found = await session.get(Nozzle, nozzle_id)
        if found is None or found.company_id != actor.company_id:
            raise DomainError(Code.NOT_FOUND, "油枪不存在", field="id")
        actor.require_station(found.station_id, Permission.MANAGE_PUMPS)
        nozzle = found
    _range(errors, values, "number", "number", 1, 99)
    grade_id = values.get("grade_id", nozzle.grade_id if nozzle_id else None)
    if "grade_id" in values:
        grade = await session.get(FuelGrade, values["grade_id"])
        if grade is None or grade.company_id != actor.company_id:
            errors.add(Code.NOT_FOUND, "油品不存在", "gradeId")
    if "tank_id" in values:
        tank = await session.get(Tank, values["tank_id"])
        if tank is None or tank.station_id != nozzle.station_id:
            errors.add(Code.NOT_FOUND, "本站没有该油罐", "tankId")
        elif tank.grade_id != grade_id:
            errors.add(Code.INVALID, "油罐的油品与油枪不一致", "tankId")
    if "number" in values and await _taken(session, Nozzle, Nozzle.station_id == nozzle.station_id, Nozzle.number,
                                           values["number"], nozzle_id):
        errors.add(Code.DUPLICATE, "本站已有该枪号", "number")
    errors.raise_if_any()
    before = None if nozzle_id is None else audit.snapshot(nozzle, list(values))
    action = "nozzle.create" if nozzle_id is None else "nozzle.update"
    await _save(session, actor, nozzle, before, values, action=action, station_id=nozzle.station_id)
    return nozzle


_DELETE_RULES: dict[type[Any], tuple[str, str]] = {
    FuelGrade: ("油品", "grade.delete"),
    Tank: ("油罐", "tank.delete"),
    Dispenser: ("油机", "dispenser.delete"),
    Nozzle: ("油枪", "nozzle.delete"),
}


async def _in_use(session: AsyncSession, row: Any) -> bool:
    from api.fuelings.models import Fueling
    from api.pricing.models import StationPrice

    checks: list[Any] = []
    if isinstance(row, FuelGrade):
        checks = [select(Tank.id).where(Tank.grade_id == row.id), select(Nozzle.id).where(Nozzle.grade_id == row.id),
                  select(StationPrice.id).where(StationPrice.grade_id == row.id)]
    elif isinstance(row, Tank):
        checks = [select(Nozzle.id).where(Nozzle.tank_id == row.id)]
    elif isinstance(row, Dispenser):
        checks = [select(Nozzle.id).where(Nozzle.dispenser_id == row.id)]
    elif isinstance(row, Nozzle):
        checks = [select(Fueling.id).where(Fueling.nozzle_id == row.id)]
    for check in checks:
        if await session.scalar(check.limit(1)) is not None:
            return True
    return False


async def delete_config(session: AsyncSession, actor: Actor, model: type[Any], row_id: uuid.UUID) -> None:
    """Delete a grade, tank, dispenser or nozzle nothing refers to any more (sales keep their nozzle)."""
    label, action = _DELETE_RULES[model]
    row = await session.get(model, row_id)
    if row is None or row.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, f"{label}不存在", field="id")
    station_id = getattr(row, "station_id", None)
    if station_id is None and actor.stations_for(Permission.MANAGE_PUMPS) is not None:
        raise Forbidden("油品为全公司共用，只有全公司范围的设备管理员可以维护")
    if station_id is not None:
        actor.require_station(station_id, Permission.MANAGE_PUMPS)
    if await _in_use(session, row):
        raise DomainError(Code.IN_USE, f"该{label}仍在使用中，不能删除", field="id")
    fields = [c.key for c in row.__table__.columns if c.key not in ("id", "created_at", "updated_at")]
    before = audit.snapshot(row, fields)
    await session.delete(row)
    await session.flush()
    await audit.record(session, actor, action=action, object_type=model.__name__, object_id=row_id,
                       company_id=actor.company_id, station_id=station_id, before=before)
