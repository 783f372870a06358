"""Electronic totalizer readings: what the station device reads from its dispensers (38H), and the
platform asking it for fresh ones.

- A report is a batch of (nozzle number, totalizer in ml, read at). It is checked whole (every nozzle
  known on the device's station, values within range, times with a zone and not in the future) and
  refused whole: nothing of a bad batch is stored. Readings are kept as history; a replay of a reading
  already stored (same nozzle and time) changes nothing.
- Asking: `request_readings` marks the station (one row, the earliest standing request kept); the device
  sees the mark in `readings_wanted`, which it polls with the price table, reads its dispensers and
  reports; the first report received after the request removes it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, true
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import ValidationErrors
from api.pumps.errors import TotalizersReportErrorCode as Code
from api.pumps.models import Nozzle, NozzleTotalizerReading, TotalizerReadRequest
from api.pumps.service import device_station

MAX_BATCH = 256
MAX_TOTALIZER_ML = 2**62
FUTURE_SLACK = timedelta(minutes=10)  # a station clock running this far ahead is still believed


@dataclass(frozen=True)
class TotalizerReport:
    nozzle_number: int
    totalizer_ml: int
    read_at: datetime


async def report_readings(session: AsyncSession, actor: Actor, reports: Sequence[TotalizerReport]) -> int:
    """Validate a device's batch of totalizer readings and store them; returns how many were new."""
    station_id = device_station(actor)
    nozzles = {n.number: n for n in (await session.scalars(
        select(Nozzle).where(Nozzle.station_id == station_id))).all()}
    now = utcnow()
    errors = ValidationErrors()
    if len(reports) > MAX_BATCH:
        errors.add(Code.INVALID, f"每批最多 {MAX_BATCH} 条", "readings")
    for index, report in enumerate(reports):
        at = f"readings.{index}"
        if report.nozzle_number not in nozzles:
            errors.add(Code.UNKNOWN_NOZZLE, f"本站没有 {report.nozzle_number} 号油枪", f"{at}.nozzleNumber")
        if not 0 <= report.totalizer_ml <= MAX_TOTALIZER_ML:
            errors.add(Code.INVALID, "泵码须为非负数", f"{at}.totalizerMl")
        if report.read_at.tzinfo is None:
            errors.add(Code.INVALID, "读数时间须带时区", f"{at}.readAt")
        elif report.read_at > now + FUTURE_SLACK:
            errors.add(Code.INVALID, "读数时间晚于当前时间", f"{at}.readAt")
    errors.raise_if_any()
    stored = 0
    if reports:
        rows = [{"company_id": nozzles[r.nozzle_number].company_id, "station_id": station_id,
                 "nozzle_id": nozzles[r.nozzle_number].id, "totalizer_ml": r.totalizer_ml, "read_at": r.read_at}
                for r in reports]
        inserted = await session.scalars(insert(NozzleTotalizerReading).values(rows).on_conflict_do_nothing(
            index_elements=["nozzle_id", "read_at"]).returning(NozzleTotalizerReading.id))
        stored = len(inserted.all())
    await session.execute(delete(TotalizerReadRequest).where(TotalizerReadRequest.station_id == station_id,
                                                             TotalizerReadRequest.requested_at <= now))
    return stored


async def request_readings(session: AsyncSession, company_id: uuid.UUID, station_id: uuid.UUID) -> None:
    """Ask the station's device for fresh readings (a standing request keeps its first time)."""
    await session.execute(insert(TotalizerReadRequest).values(
        company_id=company_id, station_id=station_id, requested_at=utcnow(),
    ).on_conflict_do_nothing(index_elements=["station_id"]))


async def readings_wanted(session: AsyncSession, actor: Actor) -> datetime | None:
    """When the platform asked the device's station for readings, or None when nothing is asked."""
    station_id = device_station(actor)
    return await session.scalar(select(TotalizerReadRequest.requested_at)
                                .where(TotalizerReadRequest.station_id == station_id))


@dataclass(frozen=True)
class LatestReading:
    nozzle_id: uuid.UUID
    totalizer_ml: int
    read_at: datetime


async def latest_readings(session: AsyncSession, station_id: uuid.UUID) -> dict[uuid.UUID, LatestReading]:
    """The newest 38H reading of each of the station's nozzles that has one (one index probe per nozzle)."""
    newest = (select(NozzleTotalizerReading.totalizer_ml, NozzleTotalizerReading.read_at)
              .where(NozzleTotalizerReading.nozzle_id == Nozzle.id)
              .order_by(NozzleTotalizerReading.read_at.desc()).limit(1).lateral())
    rows = (await session.execute(select(Nozzle.id, newest.c.totalizer_ml, newest.c.read_at)
                                  .join(newest, true()).where(Nozzle.station_id == station_id))).all()
    return {row[0]: LatestReading(row[0], int(row[1]), row[2]) for row in rows}
