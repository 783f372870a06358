"""Meter readings of a shift: per nozzle, the totalizer at open and at close compared with the fuelings.

Rules:
- The reading of a nozzle at a moment is the newest known of two sources: the device's last 38H reading
  (`nozzle_totalizer_readings`) and the totalizer carried by the nozzle's last fueling, exact at its end
  time; on a tie the fueling wins.
- The shift records the opening reading of every nozzle when it opens and the closing reading when it
  closes, with the count and volume of the fuelings that ended after the opening reading and no later
  than the closing one (the interval the two readings measure; without a reading, the shift's open or
  close time). A closed shift's readings never change: a late report does not rewrite them.
- Metered volume = closing − opening, modulo the 4-byte centilitre counter (42,949,672.95 L, as
  `api.fuelings.service` handles it). Difference = metered − fuelings' volume; above `TOLERANCE_ML` either
  way it is flagged: a sale the link never delivered (metered more), or a sale counted twice (less).
- Opening or closing a shift asks the station's device for fresh readings (`api.pumps.totalizers`), so the
  next comparison starts from a current reading; while a shift is open its report compares against what
  is known now.

The two sources keep different clocks (the dispenser's for fuelings, the station box's for readings): a
sale ending within a second or so of a 38H reading may fall on the wrong side of it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import DateTime, Uuid, and_, column, func, select, true, values
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.clock import utcnow
from api.fuelings.models import Fueling
from api.fuelings.service import TOTALIZER_WRAP_ML
from api.pumps.models import Nozzle
from api.pumps.totalizers import latest_readings, request_readings
from api.selling.meter_readings_model import MeterSource, ShiftNozzleMeter
from api.selling.models import Shift, ShiftStatus

TOLERANCE_ML = 500


@dataclass(frozen=True)
class Reading:
    totalizer_ml: int
    read_at: datetime
    source: MeterSource


@dataclass(frozen=True)
class NozzleMeter:
    nozzle_number: int
    opening: Reading | None
    closing: Reading | None
    fueling_count: int
    fueling_ml: int

    @property
    def metered_ml(self) -> int | None:
        if self.opening is None or self.closing is None:
            return None
        return (self.closing.totalizer_ml - self.opening.totalizer_ml) % TOTALIZER_WRAP_ML

    @property
    def difference_ml(self) -> int | None:
        metered = self.metered_ml
        return None if metered is None else metered - self.fueling_ml

    @property
    def flagged(self) -> bool:
        difference = self.difference_ml
        return difference is not None and abs(difference) > TOLERANCE_ML


async def known_readings(session: AsyncSession, station_id: uuid.UUID) -> dict[uuid.UUID, tuple[int, Reading | None]]:
    """Every nozzle of the station (id -> (number, its newest known reading))."""
    newest = (select(Fueling.totalizer_ml, Fueling.ended_at).where(Fueling.nozzle_id == Nozzle.id)
              .order_by(Fueling.ended_at.desc(), Fueling.ttc.desc()).limit(1).lateral())
    rows = (await session.execute(select(Nozzle.id, Nozzle.number, newest.c.totalizer_ml, newest.c.ended_at)
                                  .outerjoin(newest, true()).where(Nozzle.station_id == station_id))).all()
    readings = await latest_readings(session, station_id)
    out: dict[uuid.UUID, tuple[int, Reading | None]] = {}
    for nozzle_id, number, fueling_ml, ended_at in rows:
        candidates = []
        if fueling_ml is not None:
            candidates.append(Reading(int(fueling_ml), ended_at, MeterSource.FUELING))
        if (reading := readings.get(nozzle_id)) is not None:
            candidates.append(Reading(reading.totalizer_ml, reading.read_at, MeterSource.TOTALIZER))
        best = max(candidates, key=lambda r: (r.read_at, r.source is MeterSource.FUELING), default=None)
        out[nozzle_id] = (int(number), best)
    return out


async def _fuelings_between(session: AsyncSession,
                            bounds: Iterable[tuple[uuid.UUID, datetime, datetime]]) -> dict[uuid.UUID, tuple[int, int]]:
    """Per nozzle, the count and volume of its fuelings that ended in (since, until]."""
    data = list(bounds)
    if not data:
        return {}
    table = values(column("nozzle_id", Uuid), column("since", DateTime(timezone=True)),
                   column("until", DateTime(timezone=True)), name="bounds").data(data)
    rows = (await session.execute(
        select(table.c.nozzle_id, func.count(Fueling.id), func.coalesce(func.sum(Fueling.volume_ml), 0))
        .select_from(table).join(Fueling, and_(Fueling.nozzle_id == table.c.nozzle_id,
                                               Fueling.ended_at > table.c.since, Fueling.ended_at <= table.c.until))
        .group_by(table.c.nozzle_id))).all()
    return {row[0]: (int(row[1]), int(row[2])) for row in rows}


def _opening(row: ShiftNozzleMeter) -> Reading | None:
    if row.opening_ml is None or row.opening_at is None or row.opening_source is None:
        return None
    return Reading(row.opening_ml, row.opening_at, row.opening_source)


def _closing(row: ShiftNozzleMeter) -> Reading | None:
    if row.closing_ml is None or row.closing_at is None or row.closing_source is None:
        return None
    return Reading(row.closing_ml, row.closing_at, row.closing_source)


async def record_opening(session: AsyncSession, shift: Shift) -> None:
    """The shift's opening reading of every nozzle, and a request for fresh ones."""
    for nozzle_id, (number, reading) in sorted((await known_readings(session, shift.station_id)).items(),
                                               key=lambda item: item[1][0]):
        session.add(ShiftNozzleMeter(
            company_id=shift.company_id, station_id=shift.station_id, shift_id=shift.id, nozzle_id=nozzle_id,
            nozzle_number=number, opening_ml=reading.totalizer_ml if reading else None,
            opening_at=reading.read_at if reading else None, opening_source=reading.source if reading else None))
    await request_readings(session, shift.company_id, shift.station_id)
    await session.flush()


async def _rows(session: AsyncSession, shift: Shift) -> dict[uuid.UUID, ShiftNozzleMeter]:
    return {row.nozzle_id: row for row in (await session.scalars(
        select(ShiftNozzleMeter).where(ShiftNozzleMeter.shift_id == shift.id))).all()}


async def record_closing(session: AsyncSession, shift: Shift) -> None:
    """The closing reading of every nozzle and the fuelings between the two readings, recorded for good."""
    assert shift.closed_at is not None
    rows = await _rows(session, shift)
    for nozzle_id, (number, reading) in (await known_readings(session, shift.station_id)).items():
        row = rows.get(nozzle_id)
        if row is None:  # added during the shift
            row = rows[nozzle_id] = ShiftNozzleMeter(company_id=shift.company_id, station_id=shift.station_id,
                                                     shift_id=shift.id, nozzle_id=nozzle_id, nozzle_number=number)
            session.add(row)
        if reading is not None:
            row.closing_ml, row.closing_at, row.closing_source = reading.totalizer_ml, reading.read_at, reading.source
    counted = await _fuelings_between(session, (
        (row.nozzle_id, row.opening_at or shift.opened_at, row.closing_at or shift.closed_at)
        for row in rows.values()))
    for row in rows.values():
        row.fueling_count, row.fueling_ml = counted.get(row.nozzle_id, (0, 0))
    await request_readings(session, shift.company_id, shift.station_id)
    await session.flush()


async def shift_meters(session: AsyncSession, shift: Shift) -> list[NozzleMeter]:
    """The shift's comparison per nozzle: as recorded at close, or, while it is open, against what is known now."""
    rows = await _rows(session, shift)
    if shift.status is ShiftStatus.CLOSED:
        return [NozzleMeter(row.nozzle_number, _opening(row), _closing(row), row.fueling_count or 0,
                            row.fueling_ml or 0) for row in sorted(rows.values(), key=lambda r: r.nozzle_number)]
    now, known = utcnow(), await known_readings(session, shift.station_id)
    meters: list[tuple[uuid.UUID, NozzleMeter]] = []
    for nozzle_id, (number, reading) in known.items():
        row = rows.get(nozzle_id)
        meters.append((nozzle_id, NozzleMeter(number, _opening(row) if row else None, reading, 0, 0)))
    counted = await _fuelings_between(session, (
        (nozzle_id, meter.opening.read_at if meter.opening else shift.opened_at,
         meter.closing.read_at if meter.closing else now) for nozzle_id, meter in meters))
    out = []
    for nozzle_id, meter in meters:
        count, volume = counted.get(nozzle_id, (0, 0))
        out.append(NozzleMeter(meter.nozzle_number, meter.opening, meter.closing, count, volume))
    return sorted(out, key=lambda m: m.nozzle_number)
