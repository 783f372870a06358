"""Day close (日结): a station's business day, in its time zone, closed once with its totals recorded.

- Only after every shift opened on or before that day has been handed in; once closed, no shift can open
  at the station on that day again (`open_shift` checks under the same per-station lock, taken shared there
  and exclusive here), so the recorded totals are the day report's for good.
- One close per station and day (a unique constraint backs the check); the record never changes (a
  trigger refuses UPDATE and DELETE).
- The idempotency key serialises requests that share it: the same key and body return the first close,
  another body under the key is refused.
- Audited in the same transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import DomainError, ValidationErrors
from api.core.idempotency import request_hash
from api.core.locks import xact_lock
from api.core.permissions import Permission
from api.selling import reports
from api.selling.day_close_model import DayClose
from api.selling.models import Shift, ShiftStatus
from api.stations.models import Station
from api.stations.service import require_stations_in_scope


class DayCloseErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"
    SHIFT_OPEN = "SHIFT_OPEN"
    ALREADY_CLOSED = "ALREADY_CLOSED"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"


Code = DayCloseErrorCode


@dataclass(frozen=True)
class DayCloseRequest:
    station_id: uuid.UUID
    business_date: date
    idempotency_key: str
    remark: str | None = None

    @property
    def fingerprint(self) -> str:
        return request_hash({"station": self.station_id, "date": self.business_date, "remark": self.remark})


def day_lock_key(station_id: uuid.UUID) -> str:
    """The advisory lock a day close holds exclusively and a shift opening holds shared."""
    return f"day:{station_id}"


async def day_close_of(session: AsyncSession, station_id: uuid.UUID, day: date) -> DayClose | None:
    return await session.scalar(select(DayClose).where(DayClose.station_id == station_id,
                                                       DayClose.business_date == day))


def _rows(rows: list[reports.Row]) -> list[dict[str, Any]]:
    return [{"key": r.key, "count": r.count, "volume_ml": r.volume_ml, "amount_fen": r.amount_fen} for r in rows]


def _validate(request: DayCloseRequest) -> None:
    problems = ValidationErrors()
    if not 8 <= len(request.idempotency_key) <= 128:
        problems.add(Code.INVALID, "幂等键须为 8 到 128 个字符", "idempotencyKey")
    if request.remark is not None and len(request.remark) > 200:
        problems.add(Code.INVALID, "备注最多 200 个字", "remark")
    problems.raise_if_any()


async def _replay(session: AsyncSession, company_id: uuid.UUID, request: DayCloseRequest) -> DayClose | None:
    await xact_lock(session, f"day-close:{company_id}:{request.idempotency_key}")
    existing = await session.scalar(select(DayClose).where(DayClose.company_id == company_id,
                                                           DayClose.idempotency_key == request.idempotency_key))
    if existing is not None and existing.request_hash != request.fingerprint:
        raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一次不同的日结", field="idempotencyKey")
    return existing


async def _check_day(session: AsyncSession, station: Station, day: date) -> list[Shift]:
    """The day's shifts, once nothing stands in the way of closing it."""
    if day > reports.business_day(station, utcnow()):
        raise DomainError(Code.INVALID, "不能对未来的日期日结", field="businessDate")
    if await day_close_of(session, station.id, day) is not None:
        raise DomainError(Code.ALREADY_CLOSED, f"{day.isoformat()} 已日结，不能重复日结", field="businessDate")
    start, end = reports.day_bounds(station, day)
    still_open = await session.scalar(select(Shift).where(
        Shift.station_id == station.id, Shift.status == ShiftStatus.OPEN, Shift.opened_at < end)
        .order_by(Shift.number).limit(1))
    if still_open is not None:
        raise DomainError(Code.SHIFT_OPEN, f"第 {still_open.number} 班尚未交班，请先交班再日结", field="businessDate")
    return list((await session.scalars(select(Shift).where(
        Shift.station_id == station.id, Shift.opened_at >= start, Shift.opened_at < end)
        .order_by(Shift.number))).all())


async def close_day(session: AsyncSession, actor: Actor, request: DayCloseRequest) -> tuple[DayClose, bool]:
    """(the day's close, True when this was a replay)."""
    _validate(request)
    await require_stations_in_scope(session, actor, [request.station_id], Permission.MANAGE_SHIFTS,
                                    field="stationId")
    actor.require_station(request.station_id, Permission.VIEW_REPORTS)  # the totals are the day report's
    assert actor.company_id is not None
    existing = await _replay(session, actor.company_id, request)
    if existing is not None:
        return existing, True
    await xact_lock(session, day_lock_key(request.station_id))
    station = await session.get(Station, request.station_id)
    assert station is not None
    shifts = await _check_day(session, station, request.business_date)
    report = await reports.build(session, station, shifts, f"{request.business_date.isoformat()} 日结报表")
    close = DayClose(
        company_id=station.company_id, station_id=station.id, business_date=request.business_date,
        closed_at=utcnow(), closed_by_id=actor.id, remark=(request.remark or "").strip() or None,
        shift_count=len(shifts), orders=report.orders, sales_fen=report.sales_fen, refunds_fen=report.refunds_fen,
        drive_offs=report.drive_offs, drive_off_fen=report.drive_off_fen,
        expected_cash_fen=sum(s.expected_cash_fen or 0 for s in shifts),
        counted_cash_fen=sum(s.counted_cash_fen or 0 for s in shifts),
        over_short_fen=sum(s.over_short_fen or 0 for s in shifts),
        breakdown={"tenders": _rows(report.tenders), "refunds": _rows(report.refunds),
                   "grades": _rows(report.grades), "nozzles": _rows(report.nozzles)},
        idempotency_key=request.idempotency_key, request_hash=request.fingerprint)
    session.add(close)
    await session.flush()
    await audit.record(session, actor, action="day.close", object_type="DayClose", object_id=close.id,
                       company_id=close.company_id, station_id=close.station_id,
                       before={"business_date": request.business_date, "closed": False},
                       after={"business_date": request.business_date, "closed": True, "shifts": len(shifts),
                              "orders": close.orders, "sales_fen": close.sales_fen,
                              "refunds_fen": close.refunds_fen, "drive_off_fen": close.drive_off_fen,
                              "over_short_fen": close.over_short_fen}, reason=close.remark)
    return close, False
