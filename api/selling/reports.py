"""Shift reports: totals per tender, per grade and per nozzle, refunds and drive-offs, the cash count and
(shift reports only) the per-nozzle meter comparison; on screen and as an Excel workbook (openpyxl). A
day report is the same over every shift opened on the station's local day."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.fuelings.models import Fueling
from api.pumps.models import Nozzle
from api.selling.meter_readings import NozzleMeter, shift_meters
from api.selling.models import (
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentStatus,
    Refund,
    RefundStatus,
    Shift,
)
from api.selling.receipts import TENDER_NAMES, yuan
from api.stations.models import Station

SOLD = (OrderStatus.PAID, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED)


@dataclass(frozen=True)
class Row:
    key: str  # tender, grade code or nozzle number
    count: int
    volume_ml: int
    amount_fen: int


@dataclass
class Report:
    station_name: str
    title: str
    shifts: list[Shift]
    orders: int = 0
    sales_fen: int = 0
    refunds_fen: int = 0
    drive_offs: int = 0
    drive_off_fen: int = 0
    tenders: list[Row] = field(default_factory=list)
    refunds: list[Row] = field(default_factory=list)
    grades: list[Row] = field(default_factory=list)
    nozzles: list[Row] = field(default_factory=list)
    meters: list[NozzleMeter] = field(default_factory=list)


async def build(session: AsyncSession, station: Station, shifts: list[Shift], title: str) -> Report:
    ids = [s.id for s in shifts]
    report = Report(station.name, title, shifts)
    sold = (Order.shift_id.in_(ids), Order.status.in_(SOLD))
    totals = (await session.execute(select(func.count(), func.coalesce(func.sum(Order.payable_fen), 0))
                                    .where(*sold))).one()
    report.orders, report.sales_fen = int(totals[0]), int(totals[1])
    drive = (await session.execute(select(func.count(), func.coalesce(func.sum(Order.payable_fen), 0)).where(
        Order.shift_id.in_(ids), Order.status == OrderStatus.DRIVE_OFF))).one()
    report.drive_offs, report.drive_off_fen = int(drive[0]), int(drive[1])
    report.tenders = [Row(TENDER_NAMES.get(t, t.value), int(c), 0, int(a)) for t, c, a in (await session.execute(
        select(Payment.tender, func.count(), func.sum(Payment.amount_fen)).where(
            Payment.shift_id.in_(ids), Payment.status == PaymentStatus.SUCCEEDED)
        .group_by(Payment.tender).order_by(Payment.tender))).all()]
    report.refunds = [Row(TENDER_NAMES.get(t, t.value), int(c), 0, int(a)) for t, c, a in (await session.execute(
        select(Payment.tender, func.count(), func.sum(Refund.amount_fen)).join(Payment, Payment.id == Refund.payment_id)
        .where(Refund.status == RefundStatus.SUCCEEDED, Refund.order_id.in_(
            select(Order.id).where(Order.shift_id.in_(ids)))).group_by(Payment.tender))).all()]
    report.refunds_fen = sum(r.amount_fen for r in report.refunds)
    lines = select(OrderLine).join(Order, Order.id == OrderLine.order_id).where(*sold).subquery()
    report.grades = [Row(g or "-", int(c), int(v or 0), int(a)) for g, c, v, a in (await session.execute(
        select(lines.c.grade_code, func.count(), func.sum(lines.c.quantity_ml), func.sum(lines.c.amount_fen))
        .group_by(lines.c.grade_code).order_by(lines.c.grade_code))).all()]
    report.nozzles = [Row(f"{n}号枪", int(c), int(v or 0), int(a)) for n, c, v, a in (await session.execute(
        select(Nozzle.number, func.count(), func.sum(lines.c.quantity_ml), func.sum(lines.c.amount_fen))
        .select_from(lines).join(Fueling, Fueling.id == lines.c.fueling_id).join(Nozzle, Nozzle.id == Fueling.nozzle_id)
        .group_by(Nozzle.number).order_by(Nozzle.number))).all()]
    return report


async def shift_report(session: AsyncSession, shift: Shift) -> Report:
    station = await session.get(Station, shift.station_id)
    assert station is not None
    report = await build(session, station, [shift], f"第 {shift.number} 班 班结报表")
    report.meters = await shift_meters(session, shift)
    return report


def business_day(station: Station, at: datetime) -> date:
    """The station's local date at `at`."""
    return at.astimezone(ZoneInfo(station.time_zone or "Asia/Shanghai")).date()


def day_bounds(station: Station, day: date) -> tuple[datetime, datetime]:
    """Start and end of `day` in the station's time zone."""
    start = datetime.combine(day, time(0), ZoneInfo(station.time_zone or "Asia/Shanghai"))
    return start, start + timedelta(days=1)


async def day_report(session: AsyncSession, station: Station, day: date) -> Report:
    """Every shift opened on `day` in the station's time zone."""
    start, end = day_bounds(station, day)
    shifts = list((await session.scalars(select(Shift).where(
        Shift.station_id == station.id, Shift.opened_at >= start, Shift.opened_at < end)
        .order_by(Shift.number))).all())
    return await build(session, station, shifts, f"{day.isoformat()} 日结报表")


def xlsx(report: Report) -> bytes:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "汇总"
    bold = Font(bold=True)
    summary.append([report.station_name, report.title])
    summary["A1"].font = summary["B1"].font = bold
    for shift in report.shifts:
        summary.append([f"第 {shift.number} 班", shift.opened_at.replace(tzinfo=None),
                        shift.closed_at.replace(tzinfo=None) if shift.closed_at else "未交班",
                        "应有现金", float(yuan(shift.expected_cash_fen)) if shift.expected_cash_fen is not None else "",
                        "清点现金", float(yuan(shift.counted_cash_fen)) if shift.counted_cash_fen is not None else "",
                        "长短款", float(yuan(shift.over_short_fen)) if shift.over_short_fen is not None else "",
                        shift.over_short_reason or ""])
    for label, value in (("订单数", report.orders), ("销售额（元）", float(yuan(report.sales_fen))),
                         ("退款（元）", float(yuan(report.refunds_fen))), ("逃单笔数", report.drive_offs),
                         ("逃单金额（元）", float(yuan(report.drive_off_fen)))):
        summary.append([label, value])
    for title, rows, volume in (("按支付方式", report.tenders, False), ("退款", report.refunds, False),
                                ("按油品", report.grades, True), ("按油枪", report.nozzles, True)):
        sheet = book.create_sheet(title)
        sheet.append(["项目", "笔数", *(["升数"] if volume else []), "金额（元）"])
        for cell in sheet[1]:
            cell.font = bold
        for row in rows:
            sheet.append([row.key, row.count, *([round(row.volume_ml / 1000, 2)] if volume else []),
                          float(yuan(row.amount_fen))])
    if report.meters:
        _meters_sheet(book.create_sheet("泵码"), report.meters, bold)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()



def _litres(ml: int | None) -> float | str:
    return "" if ml is None else round(ml / 1000, 2)


def _meters_sheet(sheet: Any, meters: list[NozzleMeter], bold: Font) -> None:
    sheet.append(["油枪", "开班泵码（升）", "开班读数时间", "交班泵码（升）", "交班读数时间", "泵码升数", "加油笔数",
                  "加油升数", "差异（升）", "超出容差"])
    for cell in sheet[1]:
        cell.font = bold
    for m in meters:
        sheet.append([f"{m.nozzle_number}号枪", _litres(m.opening.totalizer_ml if m.opening else None),
                      m.opening.read_at.replace(tzinfo=None) if m.opening else "",
                      _litres(m.closing.totalizer_ml if m.closing else None),
                      m.closing.read_at.replace(tzinfo=None) if m.closing else "", _litres(m.metered_ml),
                      m.fueling_count, _litres(m.fueling_ml), _litres(m.difference_ml), "是" if m.flagged else ""])
