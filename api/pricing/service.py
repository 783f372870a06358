"""Price changes.

Lifecycle (one table):

    created ── step within the limit, no time or time passed ──► APPLIED
    created ── step within the limit, future time ─────────────► SCHEDULED ── time reached (worker) ──► APPLIED
    created ── step beyond the limit ──────────────────────────► PENDING_APPROVAL
    PENDING_APPROVAL ── approved by another person ─► APPLIED or SCHEDULED (by time);  ── rejected ─► REJECTED
    SCHEDULED or PENDING_APPROVAL ── cancelled ─► CANCELLED

Applying is idempotent (a change applies once, under a row lock): it writes the station price book and one
delivery per nozzle of the grade at those stations (PENDING until the device confirms the dispenser
shows the price). A sale in progress keeps the price its dispenser started with: the platform records
the unit price each dispenser reports with the sale.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import SYSTEM, Actor
from api.core.clock import utcnow
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.permissions import Permission
from api.pricing.errors import PriceChangeErrorCode as Code
from api.pricing.models import (
    DeliveryStatus,
    PriceChange,
    PriceChangeStatus,
    PriceDelivery,
    PriceScope,
    StationPrice,
)
from api.pumps.models import FuelGrade, Nozzle
from api.stations.models import Station
from api.stations.service import require_stations_in_scope

MAX_PRICE_FEN = 100_000
AUDITED = ["grade_id", "scope", "station_ids", "price_fen", "effective_at", "status", "reason"]


@dataclass(frozen=True)
class PriceChangeRequest:
    grade_id: uuid.UUID
    price_fen: int
    scope: PriceScope
    station_ids: list[uuid.UUID]
    region_id: uuid.UUID | None
    effective_at: datetime | None
    reason: str | None


async def _target_stations(session: AsyncSession, actor: Actor, request: PriceChangeRequest) -> list[uuid.UUID]:
    if request.scope is PriceScope.STATIONS:
        if not request.station_ids:
            raise DomainError(Code.REQUIRED, "请选择站点", field="stationIds")
        await require_stations_in_scope(session, actor, list(dict.fromkeys(request.station_ids)),
                                        Permission.CHANGE_PRICES, field="stationIds")
        return sorted(set(request.station_ids))
    stmt = select(Station.id).where(Station.company_id == actor.company_id)
    if request.scope is PriceScope.REGION:
        if request.region_id is None:
            raise DomainError(Code.REQUIRED, "请选择片区", field="regionId")
        stmt = stmt.where(Station.region_id == request.region_id)
    elif actor.stations_for(Permission.CHANGE_PRICES) is not None:
        raise Forbidden("只有全公司范围的调价权限可以全公司调价")
    stations = sorted((await session.scalars(stmt)).all())
    if not stations:
        raise DomainError(Code.NOT_FOUND, "该范围内没有站点", field="regionId")
    actor.require_stations(stations, Permission.CHANGE_PRICES)
    return stations


async def current_prices(session: AsyncSession, grade_id: uuid.UUID,
                         station_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    rows = await session.execute(select(StationPrice.station_id, StationPrice.price_fen).where(
        StationPrice.grade_id == grade_id, StationPrice.station_id.in_(station_ids)))
    return {station: price for station, price in rows.all()}


async def create_price_change(session: AsyncSession, actor: Actor, request: PriceChangeRequest, *,
                              max_step_fen: int) -> PriceChange:
    errors = ValidationErrors()
    if not 1 <= request.price_fen <= MAX_PRICE_FEN:
        errors.add(Code.INVALID, f"价格须在 0.01 到 {MAX_PRICE_FEN // 100} 元之间", "priceFen")
    if request.reason is not None and len(request.reason) > 200:
        errors.add(Code.INVALID, "原因最长 200 个字", "reason")
    grade = await session.get(FuelGrade, request.grade_id)
    if grade is None or grade.company_id != actor.company_id:
        errors.add(Code.NOT_FOUND, "油品不存在", "gradeId")
    errors.raise_if_any()
    stations = await _target_stations(session, actor, request)
    old = await current_prices(session, request.grade_id, stations)
    needs_approval = any(abs(request.price_fen - old[s]) > max_step_fen for s in stations if s in old)
    assert actor.company_id is not None
    change = PriceChange(
        company_id=actor.company_id, grade_id=request.grade_id, scope=request.scope, region_id=request.region_id,
        station_ids=stations, price_fen=request.price_fen, effective_at=request.effective_at,
        status=PriceChangeStatus.PENDING_APPROVAL if needs_approval else PriceChangeStatus.SCHEDULED,
        reason=(request.reason or "").strip() or None, needs_approval=needs_approval, created_by_id=actor.id)
    session.add(change)
    await session.flush()
    await audit.record(session, actor, action="price_change.create", object_type="PriceChange", object_id=change.id,
                       company_id=change.company_id, station_id=stations[0] if len(stations) == 1 else None,
                       before={"prices_fen": {str(s): old.get(s) for s in stations}},
                       after=audit.snapshot(change, AUDITED), reason=change.reason)
    if not needs_approval and _due(change):
        await apply_price_change(session, change.id)
    return change


def _due(change: PriceChange) -> bool:
    return change.effective_at is None or change.effective_at <= utcnow()


async def _locked(session: AsyncSession, actor: Actor, change_id: uuid.UUID, permission: Permission) -> PriceChange:
    change = await session.scalar(select(PriceChange).where(PriceChange.id == change_id).with_for_update())
    if change is None or change.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "调价单不存在", field="id")
    actor.require_stations(change.station_ids, permission)
    return change


async def decide_price_change(session: AsyncSession, actor: Actor, change_id: uuid.UUID, *, approve: bool,
                              reason: str | None) -> PriceChange:
    """Approve or reject a change that needs a second person."""
    actor.require(Permission.APPROVE_PRICES)
    change = await _locked(session, actor, change_id, Permission.APPROVE_PRICES)
    if change.status is not PriceChangeStatus.PENDING_APPROVAL:
        raise DomainError(Code.WRONG_STATUS, "该调价单不在待审批状态", field="id")
    if change.created_by_id == actor.id:
        raise DomainError(Code.SAME_PERSON, "调价须由发起人以外的人审批", field="id")
    before = audit.snapshot(change, ["status"])
    change.status = PriceChangeStatus.SCHEDULED if approve else PriceChangeStatus.REJECTED
    change.decided_by_id = actor.id
    await session.flush()
    await audit.record(session, actor, action="price_change.approve" if approve else "price_change.reject",
                       object_type="PriceChange", object_id=change.id, company_id=change.company_id,
                       before=before, after=audit.snapshot(change, ["status"]), reason=reason)
    if approve and _due(change):
        await apply_price_change(session, change.id)
    return change


async def cancel_price_change(session: AsyncSession, actor: Actor, change_id: uuid.UUID,
                              reason: str | None) -> PriceChange:
    change = await _locked(session, actor, change_id, Permission.CHANGE_PRICES)
    if change.status not in (PriceChangeStatus.PENDING_APPROVAL, PriceChangeStatus.SCHEDULED):
        raise DomainError(Code.WRONG_STATUS, "只能取消待审批或待生效的调价单", field="id")
    before = audit.snapshot(change, ["status"])
    change.status = PriceChangeStatus.CANCELLED
    change.decided_by_id = actor.id
    await audit.record(session, actor, action="price_change.cancel", object_type="PriceChange", object_id=change.id,
                       company_id=change.company_id, before=before, after={"status": "cancelled"}, reason=reason)
    return change


async def apply_price_change(session: AsyncSession, change_id: uuid.UUID) -> bool:
    """Apply a scheduled change now (idempotent); True when this call applied it."""
    change = await session.scalar(select(PriceChange).where(PriceChange.id == change_id).with_for_update())
    if change is None or change.status is not PriceChangeStatus.SCHEDULED:
        return False
    now = utcnow()
    old = await current_prices(session, change.grade_id, change.station_ids)
    for station_id in change.station_ids:
        await session.execute(insert(StationPrice).values(
            company_id=change.company_id, station_id=station_id, grade_id=change.grade_id,
            price_fen=change.price_fen, change_id=change.id, effective_at=now,
        ).on_conflict_do_update(index_elements=["station_id", "grade_id"], set_={
            "price_fen": change.price_fen, "change_id": change.id, "effective_at": now, "updated_at": now}))
    nozzles = (await session.execute(select(Nozzle.id, Nozzle.station_id).where(
        Nozzle.grade_id == change.grade_id, Nozzle.station_id.in_(change.station_ids)))).all()
    session.add_all([
        PriceDelivery(company_id=change.company_id, change_id=change.id, station_id=station_id, nozzle_id=nozzle_id,
                      price_fen=change.price_fen)
        for nozzle_id, station_id in nozzles])
    change.status, change.applied_at = PriceChangeStatus.APPLIED, now
    await session.flush()
    await audit.record(session, SYSTEM, action="price_change.apply", object_type="PriceChange", object_id=change.id,
                       company_id=change.company_id,
                       before={"prices_fen": {str(s): old.get(s) for s in change.station_ids}},
                       after={"prices_fen": {str(s): change.price_fen for s in change.station_ids}})
    return True


async def due_changes(session: AsyncSession, limit: int = 100) -> list[uuid.UUID]:
    """Scheduled changes whose time has come, for the worker (skipping ones another worker holds)."""
    rows = await session.scalars(select(PriceChange.id).where(
        PriceChange.status == PriceChangeStatus.SCHEDULED, PriceChange.effective_at <= utcnow())
        .order_by(PriceChange.effective_at).limit(limit).with_for_update(skip_locked=True))
    return list(rows.all())


async def confirm_prices(session: AsyncSession, station_id: uuid.UUID, shown: dict[int, int]) -> int:
    """The device reports the price each nozzle (by number) now shows; matching deliveries are confirmed."""
    rows = (await session.execute(
        select(PriceDelivery, Nozzle.number).join(Nozzle, Nozzle.id == PriceDelivery.nozzle_id)
        .where(PriceDelivery.station_id == station_id,
               PriceDelivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.SENT, DeliveryStatus.FAILED]))
        .with_for_update(of=PriceDelivery))).all()
    confirmed = 0
    for delivery, number in rows:
        if shown.get(number) == delivery.price_fen:
            delivery.status = DeliveryStatus.CONFIRMED
            confirmed += 1
    await session.flush()
    return confirmed


@dataclass(frozen=True)
class NozzlePriceRow:
    nozzle_number: int
    price_fen: int
    grade_code: str


async def fetch_price_table(session: AsyncSession, station_id: uuid.UUID) -> list[NozzlePriceRow]:
    """The price each nozzle of the station should show (by number, with the grade code the dispenser
    knows); pending deliveries are now SENT."""
    rows = (await session.execute(
        select(Nozzle.number, StationPrice.price_fen, FuelGrade.code)
        .join(StationPrice, (StationPrice.grade_id == Nozzle.grade_id) & (StationPrice.station_id == Nozzle.station_id))
        .join(FuelGrade, FuelGrade.id == Nozzle.grade_id)
        .where(Nozzle.station_id == station_id).order_by(Nozzle.number))).all()
    await session.execute(update(PriceDelivery).where(
        PriceDelivery.station_id == station_id, PriceDelivery.status == DeliveryStatus.PENDING)
        .values(status=DeliveryStatus.SENT, updated_at=utcnow()))
    return [NozzlePriceRow(*row) for row in rows]


async def fail_stale_deliveries(session: AsyncSession, older_than: datetime) -> int:
    """Deliveries not confirmed since `older_than` are FAILED (the console shows them; the device may still
    confirm later, which moves them to CONFIRMED)."""
    result = await session.execute(update(PriceDelivery).where(
        PriceDelivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.SENT]),
        PriceDelivery.updated_at < older_than).values(status=DeliveryStatus.FAILED, updated_at=utcnow()))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
