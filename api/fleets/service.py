"""Fleets and their vehicles: saving, freezing, the plate whitelist and per-vehicle limits, each audited with
the values before and after on the fleet (its change history).

Scope: a fleet is managed within its responsible station: reading it needs VIEW_FLEETS there, changing it
MANAGE_FLEETS there (FORBIDDEN otherwise); another company's fleet is NOT_FOUND (row-level security hides it).
The vehicles' functions also accept, when called with `administrator=True`, a member token of one of the
fleet's administrators (车队管理员, `api.fleets.administrators`), whatever the fleet's status; any other
member is FORBIDDEN. Contacts' phones are stored encrypted and shown (and audited) masked.
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor, ActorKind
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.locks import xact_lock
from api.core.permissions import Permission
from api.core.personal_data import decrypt, encrypt, mask_mobile
from api.fleets.errors import FleetErrorCode as Code
from api.fleets.models import (
    Fleet,
    FleetAdministrator,
    FleetSpend,
    FleetStatus,
    FleetVehicle,
    FleetVehicleStatus,
    money_queue,
)
from api.fleets.tax_numbers import normalize_tax_number
from api.members.plates import normalize_plate
from api.pumps.models import FuelGrade
from api.stations.service import require_stations_in_scope

MAX_CONTACTS = 5
MAX_VEHICLES = 2_000
PHONE = re.compile(r"^[0-9+\-]{7,20}$")
FLEET_FIELDS = ["number", "name", "tax_number", "station_id", "status", "remark"]
VEHICLE_FIELDS = ["plate", "driver_name", "status", "grade_codes", "daily_amount_fen", "daily_volume_ml",
                  "daily_count"]


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class FleetFields:
    name: str
    tax_number: str
    station_id: uuid.UUID
    contacts: list[Contact] = field(default_factory=list)
    remark: str | None = None


@dataclass(frozen=True)
class VehicleFields:
    plate: str
    driver_name: str | None = None
    grade_codes: list[str] = field(default_factory=list)
    daily_amount_fen: int | None = None
    daily_volume_ml: int | None = None
    daily_count: int | None = None
    frozen: bool = False


NOT_ADMINISTRATOR = "您不是该车队的管理员"


async def is_administrator(session: AsyncSession, actor: Actor, fleet_id: uuid.UUID) -> bool:
    """Whether the actor is a member administering the fleet."""
    if actor.kind is not ActorKind.MEMBER or actor.id is None:
        return False
    return await session.scalar(select(FleetAdministrator.id).where(
        FleetAdministrator.fleet_id == fleet_id, FleetAdministrator.member_id == actor.id)) is not None


async def get_fleet(session: AsyncSession, actor: Actor, fleet_id: uuid.UUID, permission: Permission, *,
                    field: str = "id", lock: bool = False, administrator: bool = False) -> Fleet:
    """The fleet, when the actor holds `permission` at its responsible station (or, with `administrator`,
    is a member administering it); locked when `lock` (every change of its money takes this lock first)."""
    query = select(Fleet).where(Fleet.id == fleet_id)
    if lock:
        await xact_lock(session, money_queue(fleet_id))
    fleet = await session.scalar(query.with_for_update() if lock else query)
    if fleet is None or fleet.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "车队不存在", field=field)
    if actor.kind is ActorKind.MEMBER:
        if not administrator or not await is_administrator(session, actor, fleet.id):
            raise Forbidden(NOT_ADMINISTRATOR)
        return fleet
    actor.require_station(fleet.station_id, permission)
    return fleet


def contact_view(data_key: str, contact: dict[str, Any]) -> dict[str, Any]:
    """A stored contact with its phone decrypted (`phone`) and masked (`masked`)."""
    phone = decrypt(data_key, base64.b64decode(contact["phone"])) if contact.get("phone") else None
    return {"name": contact["name"], "title": contact.get("title"), "phone": phone,
            "masked": mask_mobile(phone) if phone else None}


def audit_view(data_key: str, fleet: Fleet) -> dict[str, Any]:
    """What the audit log keeps of a fleet: its fields, contacts with their phones masked."""
    return {**audit.snapshot(fleet, FLEET_FIELDS),
            "contacts": [{k: v for k, v in contact_view(data_key, c).items() if k != "phone"}
                         for c in fleet.contacts or []]}


def _check(fields: FleetFields, problems: ValidationErrors) -> str | None:
    if not 2 <= len(fields.name.strip()) <= 100:
        problems.add(Code.INVALID, "企业名称须为 2 到 100 个字", "name")
    tax_number = normalize_tax_number(fields.tax_number)
    if tax_number is None:
        problems.add(Code.TAX_NUMBER_INVALID, "统一社会信用代码应为 18 位且校验位正确", "taxNumber")
    if len(fields.contacts) > MAX_CONTACTS:
        problems.add(Code.INVALID, f"联系人最多 {MAX_CONTACTS} 个", "contacts")
    for i, contact in enumerate(fields.contacts):
        if not 1 <= len(contact.name.strip()) <= 32:
            problems.add(Code.INVALID, "请填写联系人姓名（最多 32 个字）", f"contacts.{i}.name")
        if contact.phone and not PHONE.match(contact.phone.strip()):
            problems.add(Code.INVALID, "联系电话格式不正确", f"contacts.{i}.phone")
        if contact.title and len(contact.title) > 32:
            problems.add(Code.INVALID, "职务最多 32 个字", f"contacts.{i}.title")
    if fields.remark and len(fields.remark) > 200:
        problems.add(Code.INVALID, "备注最多 200 个字", "remark")
    return tax_number


def _stored_contacts(data_key: str, contacts: list[Contact]) -> list[dict[str, Any]]:
    return [{"name": c.name.strip(), "title": (c.title or "").strip() or None,
             "phone": base64.b64encode(encrypt(data_key, c.phone.strip())).decode() if c.phone else None}
            for c in contacts]


async def _next_number(session: AsyncSession, company_id: uuid.UUID) -> str:
    await xact_lock(session, f"fleet-number:{company_id}")
    count = await session.scalar(select(func.count()).select_from(Fleet).where(Fleet.company_id == company_id))
    return f"F{int(count or 0) + 1:05d}"


async def save_fleet(session: AsyncSession, actor: Actor, data_key: str, fleet_id: uuid.UUID | None,
                     fields: FleetFields) -> Fleet:
    """Create a fleet (`fleet_id` None) or change one; audited with the values before and after."""
    assert actor.company_id is not None
    problems = ValidationErrors()
    tax_number = _check(fields, problems)
    problems.raise_if_any()
    assert tax_number is not None
    await require_stations_in_scope(session, actor, [fields.station_id], Permission.MANAGE_FLEETS, field="stationId")
    fleet = None
    if fleet_id is not None:
        fleet = await get_fleet(session, actor, fleet_id, Permission.MANAGE_FLEETS, lock=True)
    taken = await session.scalar(select(Fleet.id).where(Fleet.company_id == actor.company_id,
                                                        Fleet.tax_number == tax_number, Fleet.id != fleet_id))
    if taken is not None:
        raise DomainError(Code.DUPLICATE, "已有使用该统一社会信用代码的企业", field="taxNumber")
    before = audit_view(data_key, fleet) if fleet is not None else None
    if fleet is None:
        fleet = Fleet(company_id=actor.company_id, number=await _next_number(session, actor.company_id),
                      status=FleetStatus.NORMAL)
        session.add(fleet)
    fleet.name, fleet.tax_number, fleet.station_id = fields.name.strip(), tax_number, fields.station_id
    fleet.contacts = _stored_contacts(data_key, fields.contacts)
    fleet.remark = (fields.remark or "").strip() or None
    await session.flush()
    after = audit_view(data_key, fleet)
    if before != after:
        await audit.record(session, actor, action="fleet.create" if before is None else "fleet.update",
                           object_type="Fleet", object_id=fleet.id, company_id=fleet.company_id,
                           station_id=fleet.station_id, before=before, after=after)
    return fleet


async def set_fleet_status(session: AsyncSession, actor: Actor, fleet_id: uuid.UUID, status: FleetStatus,
                           reason: str | None) -> Fleet:
    """Freeze (no spending on account) or unfreeze a fleet, with a reason; audited."""
    fleet = await get_fleet(session, actor, fleet_id, Permission.MANAGE_FLEETS, lock=True)
    if not 2 <= len((reason or "").strip()) <= 200:
        raise DomainError(Code.INVALID, "请填写原因（2 到 200 个字）", field="reason")
    if fleet.status is status:
        raise DomainError(Code.ALREADY, "车队已冻结" if status is FleetStatus.FROZEN else "车队未冻结", field="id")
    before = fleet.status
    fleet.status = status
    await session.flush()
    await audit.record(session, actor, action="fleet.freeze" if status is FleetStatus.FROZEN else "fleet.unfreeze",
                       object_type="Fleet", object_id=fleet.id, company_id=fleet.company_id,
                       station_id=fleet.station_id, before={"status": before}, after={"status": status},
                       reason=(reason or "").strip())
    return fleet


async def _check_vehicle(session: AsyncSession, company_id: uuid.UUID, fields: VehicleFields) -> str:
    problems = ValidationErrors()
    plate = normalize_plate(fields.plate)
    if plate is None:
        problems.add(Code.INVALID, "车牌号格式不正确", "plate")
    if fields.driver_name and len(fields.driver_name.strip()) > 32:
        problems.add(Code.INVALID, "司机姓名最多 32 个字", "driverName")
    for name, value in (("dailyAmountFen", fields.daily_amount_fen), ("dailyVolumeMl", fields.daily_volume_ml),
                        ("dailyCount", fields.daily_count)):
        if value is not None and not 1 <= value <= 10**12:
            problems.add(Code.INVALID, "限额须大于 0（不限请留空）", name)
    if len(fields.grade_codes) > 20:
        problems.add(Code.INVALID, "油品最多 20 种", "gradeCodes")
    elif fields.grade_codes:
        known = set((await session.scalars(select(FuelGrade.code).where(
            FuelGrade.company_id == company_id, FuelGrade.code.in_(fields.grade_codes)))).all())
        for i, code in enumerate(fields.grade_codes):
            if code not in known:
                problems.add(Code.NOT_FOUND, f"油品 {code} 不存在", f"gradeCodes.{i}")
    problems.raise_if_any()
    assert plate is not None
    return plate


async def save_vehicle(session: AsyncSession, actor: Actor, fleet_id: uuid.UUID, vehicle_id: uuid.UUID | None,
                       fields: VehicleFields, *, administrator: bool = False) -> FleetVehicle:
    """Whitelist a vehicle (`vehicle_id` None) or change one's plate, limits or frozen state; audited on the
    fleet."""
    fleet = await get_fleet(session, actor, fleet_id, Permission.MANAGE_FLEETS, field="fleetId", lock=True,
                            administrator=administrator)
    vehicle = None
    if vehicle_id is not None:
        vehicle = await session.get(FleetVehicle, vehicle_id)
        if vehicle is None or vehicle.fleet_id != fleet.id:
            raise DomainError(Code.NOT_FOUND, "车辆不存在", field="id")
    return await _apply_vehicle(session, actor, fleet, vehicle, fields)


def fields_of(vehicle: FleetVehicle) -> VehicleFields:
    """What a vehicle holds now, to change some of it."""
    return VehicleFields(plate=vehicle.plate, driver_name=vehicle.driver_name, grade_codes=list(vehicle.grade_codes),
                         daily_amount_fen=vehicle.daily_amount_fen, daily_volume_ml=vehicle.daily_volume_ml,
                         daily_count=vehicle.daily_count, frozen=vehicle.status is FleetVehicleStatus.FROZEN)


async def change_vehicle(session: AsyncSession, actor: Actor, vehicle_id: uuid.UUID,
                         change: Callable[[VehicleFields], VehicleFields], *, administrator: bool = False,
                         action: str | None = None, reason: str | None = None) -> FleetVehicle:
    """Change some of a vehicle's fields: `change` gets what it holds, read under its fleet's lock (e.g. its
    limits only, or its frozen state with a reason); audited on the fleet as `action`."""
    vehicle = await _vehicle(session, actor, vehicle_id)
    fleet = await get_fleet(session, actor, vehicle.fleet_id, Permission.MANAGE_FLEETS, lock=True,
                            administrator=administrator)
    await session.refresh(vehicle)
    return await _apply_vehicle(session, actor, fleet, vehicle, change(fields_of(vehicle)), action=action,
                                reason=reason)


async def set_vehicle_frozen(session: AsyncSession, actor: Actor, vehicle_id: uuid.UUID, frozen: bool,
                             reason: str | None, *, administrator: bool = False) -> FleetVehicle:
    """Freeze a vehicle (it may no longer pay on account, e.g. its driver left) or unfreeze it, with a reason;
    audited."""
    text_reason = (reason or "").strip()
    if len(text_reason) > 200:
        raise DomainError(Code.INVALID, "原因最多 200 个字", field="reason")

    def toggle(fields: VehicleFields) -> VehicleFields:
        if fields.frozen is frozen:
            raise DomainError(Code.ALREADY, "车辆已冻结" if frozen else "车辆未冻结", field="id")
        return replace(fields, frozen=frozen)

    return await change_vehicle(session, actor, vehicle_id, toggle, administrator=administrator,
                                action="fleet.vehicle_freeze" if frozen else "fleet.vehicle_unfreeze",
                                reason=text_reason or None)


async def _vehicle(session: AsyncSession, actor: Actor, vehicle_id: uuid.UUID) -> FleetVehicle:
    vehicle = await session.get(FleetVehicle, vehicle_id)
    if vehicle is None or vehicle.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "车辆不存在", field="id")
    return vehicle


async def _apply_vehicle(session: AsyncSession, actor: Actor, fleet: Fleet, vehicle: FleetVehicle | None,
                         fields: VehicleFields, *, action: str | None = None,
                         reason: str | None = None) -> FleetVehicle:
    plate = await _check_vehicle(session, fleet.company_id, fields)
    vehicle_id = vehicle.id if vehicle is not None else None
    other = await session.scalar(select(FleetVehicle.fleet_id).where(
        FleetVehicle.company_id == fleet.company_id, FleetVehicle.plate == plate, FleetVehicle.id != vehicle_id))
    if other is not None:
        raise DomainError(Code.DUPLICATE, "该车牌已在车队白名单中" if other == fleet.id else "该车牌已属于另一个车队",
                          field="plate")
    if vehicle is None:
        count = await session.scalar(select(func.count()).select_from(FleetVehicle)
                                     .where(FleetVehicle.fleet_id == fleet.id))
        if int(count or 0) >= MAX_VEHICLES:
            raise DomainError(Code.INVALID, f"一个车队最多 {MAX_VEHICLES} 辆车", field="plate")
    before = audit.snapshot(vehicle, VEHICLE_FIELDS) if vehicle is not None else None
    if vehicle is None:
        vehicle = FleetVehicle(company_id=fleet.company_id, fleet_id=fleet.id)
        session.add(vehicle)
    vehicle.plate, vehicle.driver_name = plate, (fields.driver_name or "").strip() or None
    vehicle.grade_codes = sorted(set(fields.grade_codes))
    vehicle.daily_amount_fen, vehicle.daily_volume_ml = fields.daily_amount_fen, fields.daily_volume_ml
    vehicle.daily_count = fields.daily_count
    vehicle.status = FleetVehicleStatus.FROZEN if fields.frozen else FleetVehicleStatus.ACTIVE
    await session.flush()
    after = audit.snapshot(vehicle, VEHICLE_FIELDS)
    if before != after:
        await audit.record(session, actor, action=action or ("fleet.vehicle_add" if before is None
                                                             else "fleet.vehicle_update"),
                           object_type="Fleet", object_id=fleet.id, company_id=fleet.company_id,
                           station_id=fleet.station_id, before=before, after=after, reason=reason)
    return vehicle


async def remove_vehicle(session: AsyncSession, actor: Actor, vehicle_id: uuid.UUID, *,
                         administrator: bool = False) -> Fleet:
    """Take a vehicle off the whitelist; one that has spent on account stays (freeze it instead), so that
    its spends keep their vehicle on the statements. Audited on the fleet."""
    vehicle = await _vehicle(session, actor, vehicle_id)
    fleet = await get_fleet(session, actor, vehicle.fleet_id, Permission.MANAGE_FLEETS, lock=True,
                            administrator=administrator)
    before = audit.snapshot(vehicle, VEHICLE_FIELDS)
    spent = await session.scalar(select(FleetSpend.id).where(FleetSpend.vehicle_id == vehicle.id).limit(1))
    if spent is not None:
        raise DomainError(Code.INVALID, "该车辆已有挂账消费记录，不能删除，请冻结", field="id")
    await session.delete(vehicle)
    await session.flush()
    await audit.record(session, actor, action="fleet.vehicle_remove", object_type="Fleet", object_id=fleet.id,
                       company_id=fleet.company_id, station_id=fleet.station_id, before=before, after=None)
    return fleet
