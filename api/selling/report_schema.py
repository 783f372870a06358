"""Shift and day reports over GraphQL (the Excel workbook base64-encoded on request); a day report shows
its day close (日结) once the day is closed."""

from __future__ import annotations

import base64
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from api.core.errors import Forbidden
from api.core.guards import Info, needs, require
from api.core.node import decode_id
from api.core.permissions import Permission
from api.core.scalars import Long, Money, Volume
from api.selling import reports
from api.selling.day_close import day_close_of
from api.selling.meter_readings import TOLERANCE_ML, NozzleMeter, Reading
from api.selling.meter_readings_model import MeterSource
from api.selling.models import Shift
from api.selling.types import ShiftType
from api.stations.models import Station

if TYPE_CHECKING:
    from api.selling.day_close_schema import DayCloseType

DayCloseRef = Annotated["DayCloseType", strawberry.lazy("api.selling.day_close_schema")]


@strawberry.type(name="ReportRow", description="One line of a report: a tender, a grade or a nozzle.")
class ReportRowType:
    key: str = strawberry.field(description="What the line is about.")
    count: int = strawberry.field(description="How many.")
    volume: Volume = strawberry.field(description="Litres (fuel lines).")
    amount: Money = strawberry.field(description="Amount.")


def _rows(rows: list[reports.Row]) -> list[ReportRowType]:
    return [ReportRowType(key=r.key, count=r.count, volume=Volume(ml=Long(r.volume_ml)),
                          amount=Money(fen=Long(r.amount_fen))) for r in rows]


MeterSourceType = strawberry.enum(MeterSource, name="MeterSource", description=(
    "TOTALIZER: the dispenser's totalizers read by the station device (38H); FUELING: the totalizer a "
    "fueling carried, exact at its end."))


@strawberry.type(name="MeterReading", description="A nozzle's totalizer at a moment.")
class MeterReadingType:
    totalizer: Volume = strawberry.field(description="The volume totalizer.")
    read_at: datetime = strawberry.field(description="When it held this value.")
    source: MeterSourceType = strawberry.field(description="Where the value comes from.")  # type: ignore[valid-type]

    @classmethod
    def of(cls, r: Reading | None) -> MeterReadingType | None:
        return None if r is None else cls(totalizer=Volume(ml=Long(r.totalizer_ml)), read_at=r.read_at,
                                          source=r.source)


def _volume(ml: int | None) -> Volume | None:
    return None if ml is None else Volume(ml=Long(ml))


@strawberry.type(name="NozzleMeter", description=(
    f"A nozzle's totalizer at the shift's open and close compared with its fuelings between the two readings; "
    f"a difference above {TOLERANCE_ML} ml either way is flagged (a sale the link never delivered, or one "
    f"counted twice). Recorded at close: a closed shift's comparison never changes."))
class NozzleMeterType:
    nozzle_number: int = strawberry.field(description="Nozzle number on the station.")
    opening: MeterReadingType | None = strawberry.field(description="The reading at open; null when none was known.")
    closing: MeterReadingType | None = strawberry.field(description=(
        "The reading at close (while the shift is open: the newest known now)."))
    metered: Volume | None = strawberry.field(description="Closing − opening (across the counter's wrap).")
    fueling_count: int = strawberry.field(description="Fuelings that ended between the two readings.")
    fueling_volume: Volume = strawberry.field(description="Their volume.")
    difference: Volume | None = strawberry.field(description="Metered − fuelings' volume (negative: fuelings more).")
    flagged: bool = strawberry.field(description="True when the difference is beyond the tolerance.")

    @classmethod
    def of(cls, m: NozzleMeter) -> NozzleMeterType:
        return cls(nozzle_number=m.nozzle_number, opening=MeterReadingType.of(m.opening),
                   closing=MeterReadingType.of(m.closing), metered=_volume(m.metered_ml),
                   fueling_count=m.fueling_count, fueling_volume=Volume(ml=Long(m.fueling_ml)),
                   difference=_volume(m.difference_ml), flagged=m.flagged)


@strawberry.type(name="SalesReport", description="A shift's or a day's sales.")
class SalesReportType:
    report: strawberry.Private[reports.Report]
    station_pk: strawberry.Private[uuid.UUID | None]
    day: strawberry.Private[date | None]
    title: str = strawberry.field(description="e.g. 第 3 班 班结报表.")
    station_name: str = strawberry.field(description="The station.")
    orders: int = strawberry.field(description="Orders sold.")
    sales: Money = strawberry.field(description="Sales.")
    refunds: Money = strawberry.field(description="Refunds.")
    drive_offs: int = strawberry.field(description="Drive-offs (逃单).")
    drive_off_amount: Money = strawberry.field(description="Amount driven off.")
    by_tender: list[ReportRowType] = strawberry.field(description="Per tender.")
    refunds_by_tender: list[ReportRowType] = strawberry.field(description="Refunds per tender.")
    by_grade: list[ReportRowType] = strawberry.field(description="Per grade.")
    by_nozzle: list[ReportRowType] = strawberry.field(description="Per nozzle.")
    meters: list[NozzleMeterType] = strawberry.field(description=(
        "Per nozzle, the totalizer readings at open and close against the fuelings (shift reports; empty for "
        "a day report)."))
    shifts: list[ShiftType] = strawberry.field(description="The shifts it covers.")

    @strawberry.field(description="The report as an Excel workbook (.xlsx), base64-encoded.")
    def xlsx(self) -> str:
        return base64.b64encode(reports.xlsx(self.report)).decode()

    @strawberry.field(description="A day report's close (日结): who closed the day and when, with the totals "
                                  "recorded then; null while the day is open, and for a shift report.")
    async def day_close(self, info: Info) -> DayCloseRef | None:
        from api.selling.day_close_schema import DayCloseType

        if self.station_pk is None or self.day is None:
            return None
        async with info.context.session() as session:
            close = await day_close_of(session, self.station_pk, self.day)
        return DayCloseType.of(close) if close is not None else None

    @classmethod
    def of(cls, r: reports.Report, *, station_pk: uuid.UUID | None = None,
           day: date | None = None) -> SalesReportType:
        return cls(report=r, station_pk=station_pk, day=day, title=r.title, station_name=r.station_name,
                   orders=r.orders, sales=Money(fen=Long(r.sales_fen)), refunds=Money(fen=Long(r.refunds_fen)),
                   drive_offs=r.drive_offs, drive_off_amount=Money(fen=Long(r.drive_off_fen)),
                   by_tender=_rows(r.tenders), refunds_by_tender=_rows(r.refunds), by_grade=_rows(r.grades),
                   by_nozzle=_rows(r.nozzles), meters=[NozzleMeterType.of(m) for m in r.meters],
                   shifts=[ShiftType.of(s) for s in r.shifts])


@strawberry.type
class ReportQuery:
    @strawberry.field(description=needs("A shift's report (班结报表).", Permission.VIEW_ORDERS))
    async def shift_report(self, info: Info, shift_id: strawberry.ID) -> SalesReportType:
        actor = require(info, Permission.VIEW_ORDERS)
        async with info.context.session() as session:
            shift = await session.get(Shift, decode_id(shift_id, "Shift", "shiftId"))
            if shift is None or shift.company_id != actor.company_id:
                raise Forbidden("班次不存在或无权访问")
            actor.require_station(shift.station_id, Permission.VIEW_ORDERS)
            return SalesReportType.of(await reports.shift_report(session, shift))

    @strawberry.field(description=needs("A station's day report (日结): every shift opened that local day.",
                                        Permission.VIEW_REPORTS))
    async def day_report(self, info: Info, station_id: strawberry.ID, day: date) -> SalesReportType:
        actor = require(info, Permission.VIEW_REPORTS)
        station_pk = decode_id(station_id, "Station", "stationId")
        actor.require_station(station_pk, Permission.VIEW_REPORTS)
        async with info.context.session() as session:
            station = await session.get(Station, station_pk)
            if station is None or station.company_id != actor.company_id:
                raise Forbidden("站点不存在或无权访问")
            return SalesReportType.of(await reports.day_report(session, station, day), station_pk=station.id,
                                      day=day)
