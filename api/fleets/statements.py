"""Monthly statements of a fleet (月结对账单), in its responsible station's time zone: the balances at the
start and end of the month, the orders its vehicles paid on account, the money received and the approved
adjustments; on screen and as an Excel workbook (openpyxl).

Everything comes from the ledger entries of the fleet's accounts posted within the month, so the statement
adds up to the ledger exactly: closing = opening + what each line moved. The rows of fleets (spends,
receipts, adjustments) only add what the ledger does not say (vehicle, litres, bank reference, who).
"""

from __future__ import annotations

import io
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import DomainError
from api.fleets import accounts
from api.fleets.errors import FleetErrorCode as Code
from api.fleets.funds import Balances
from api.fleets.models import Fleet, FleetAdjustment, FleetAdjustmentKind, FleetReceipt, FleetReceiptKind, FleetSpend
from api.identity.models import StaffUser
from api.ledger.models import LedgerAccount, LedgerEntry, LedgerTransfer
from api.selling.models import Order, OrderLine
from api.stations.models import Station

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
ADJUSTMENT_NAMES = {FleetAdjustmentKind.CREDIT_LIMIT: "授信额度", FleetAdjustmentKind.PREPAID: "预存余额",
                    FleetAdjustmentKind.GRANTED: "赠送余额"}
RECEIPT_NAMES = {FleetReceiptKind.TOP_UP: "预存充值", FleetReceiptKind.PAYMENT: "授信还款"}


@dataclass(frozen=True)
class SpendLine:
    at: datetime
    order_id: uuid.UUID
    order_number: str
    station_name: str
    plate: str
    grades: list[str]
    volume_ml: int
    prepaid_fen: int
    granted_fen: int
    credit_fen: int

    @property
    def amount_fen(self) -> int:
        return self.prepaid_fen + self.granted_fen + self.credit_fen


@dataclass(frozen=True)
class ReceiptLine:
    at: datetime
    kind: FleetReceiptKind
    amount_fen: int
    bank_reference: str
    received_on: date


@dataclass(frozen=True)
class AdjustmentLine:
    at: datetime
    kind: FleetAdjustmentKind
    before_fen: int
    after_fen: int
    reason: str
    requested_by: str
    approved_by: str


@dataclass
class Statement:
    fleet: Fleet
    month: str
    time_zone: ZoneInfo
    opening: Balances
    closing: Balances
    spends: list[SpendLine] = field(default_factory=list)
    receipts: list[ReceiptLine] = field(default_factory=list)
    adjustments: list[AdjustmentLine] = field(default_factory=list)

    def total(self, kind: FleetReceiptKind) -> int:
        return sum(r.amount_fen for r in self.receipts if r.kind is kind)

    @property
    def spent_fen(self) -> int:
        return sum(s.amount_fen for s in self.spends)

    @property
    def volume_ml(self) -> int:
        return sum(s.volume_ml for s in self.spends)


def month_range(month: str, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The month's first instant and the next month's, in `zone`."""
    matched = MONTH.match(month.strip())
    if matched is None:
        raise DomainError(Code.INVALID, "月份格式应为 2026-01", field="month")
    year, number = int(matched[1]), int(matched[2])
    following = (year + 1, 1) if number == 12 else (year, number + 1)
    return datetime(year, number, 1, tzinfo=zone), datetime(following[0], following[1], 1, tzinfo=zone)


async def _sums_before(session: AsyncSession, fleet: Fleet, codes: tuple[str, ...], start: datetime) -> dict[str, int]:
    rows = (await session.execute(
        select(LedgerAccount.code, func.sum(LedgerEntry.amount))
        .join(LedgerEntry, LedgerEntry.account_id == LedgerAccount.id)
        .where(LedgerAccount.company_id == fleet.company_id, LedgerAccount.code.in_(codes),
               LedgerEntry.created_at < start)
        .group_by(LedgerAccount.code))).all()
    return {code: int(total) for code, total in rows}


async def build_statement(session: AsyncSession, fleet: Fleet, month: str) -> Statement:
    """The fleet's statement of `month` ("2026-01")."""
    station = await session.get(Station, fleet.station_id)
    zone = ZoneInfo((station.time_zone if station else None) or "Asia/Shanghai")
    start, end = month_range(month, zone)
    codes = accounts.codes(fleet.id)
    opening = await _sums_before(session, fleet, codes, start)
    entries = (await session.execute(
        select(LedgerAccount.code, LedgerEntry.amount, LedgerEntry.created_at, LedgerTransfer.id,
               LedgerTransfer.reference)
        .join(LedgerEntry, LedgerEntry.account_id == LedgerAccount.id)
        .join(LedgerTransfer, LedgerTransfer.id == LedgerEntry.transfer_id)
        .where(LedgerAccount.company_id == fleet.company_id, LedgerAccount.code.in_(codes),
               LedgerEntry.created_at >= start, LedgerEntry.created_at < end)
        .order_by(LedgerEntry.seq))).all()
    closing = dict(opening)
    moved: dict[uuid.UUID, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    when: dict[uuid.UUID, datetime] = {}
    references: dict[uuid.UUID, str | None] = {}
    for code, amount, at, transfer_id, reference in entries:
        closing[code] = closing.get(code, 0) + amount
        moved[transfer_id][code] += amount
        when.setdefault(transfer_id, at)
        references[transfer_id] = reference
    statement = Statement(fleet, month.strip(), zone, Balances.of(fleet.id, opening), Balances.of(fleet.id, closing))
    transfer_ids = list(moved)
    if transfer_ids:
        await _spends(session, fleet, statement, moved, when, references)
        await _receipts(session, statement, transfer_ids, when)
        await _adjustments(session, statement, transfer_ids, when)
    return statement


async def _spends(session: AsyncSession, fleet: Fleet, statement: Statement, moved: dict[uuid.UUID, dict[str, int]],
                  when: dict[uuid.UUID, datetime], references: dict[uuid.UUID, str | None]) -> None:
    by_order: dict[uuid.UUID, uuid.UUID] = {}
    for transfer_id, reference in references.items():
        try:
            by_order[uuid.UUID(reference or "")] = transfer_id
        except ValueError:
            continue
    if not by_order:
        return
    rows = (await session.execute(
        select(FleetSpend, Order.number, Station.name).join(Order, Order.id == FleetSpend.order_id)
        .join(Station, Station.id == FleetSpend.station_id)
        .where(FleetSpend.fleet_id == fleet.id, FleetSpend.order_id.in_(list(by_order))))).all()
    grades = dict((await session.execute(
        select(OrderLine.order_id, func.array_agg(func.distinct(OrderLine.grade_code)))
        .where(OrderLine.order_id.in_([s.order_id for s, _, _ in rows]), OrderLine.grade_code.is_not(None))
        .group_by(OrderLine.order_id))).all()) if rows else {}
    for spend, number, station_name in rows:
        transfer_id = by_order[spend.order_id]
        legs = moved[transfer_id]
        statement.spends.append(SpendLine(
            at=when[transfer_id], order_id=spend.order_id, order_number=number, station_name=station_name,
            plate=spend.plate, grades=sorted(grades.get(spend.order_id) or []), volume_ml=spend.volume_ml,
            prepaid_fen=legs.get(accounts.pool(fleet.id), 0), granted_fen=legs.get(accounts.granted(fleet.id), 0),
            credit_fen=legs.get(accounts.credit(fleet.id), 0)))
    statement.spends.sort(key=lambda s: (s.at, s.order_number))


async def _receipts(session: AsyncSession, statement: Statement, transfer_ids: list[uuid.UUID],
                    when: dict[uuid.UUID, datetime]) -> None:
    for receipt in (await session.scalars(select(FleetReceipt).where(FleetReceipt.transfer_id.in_(transfer_ids))
                                          .order_by(FleetReceipt.created_at))).all():
        statement.receipts.append(ReceiptLine(at=when[receipt.transfer_id], kind=receipt.kind,
                                              amount_fen=receipt.amount_fen, bank_reference=receipt.bank_reference,
                                              received_on=receipt.received_on))


async def _adjustments(session: AsyncSession, statement: Statement, transfer_ids: list[uuid.UUID],
                       when: dict[uuid.UUID, datetime]) -> None:
    rows = (await session.scalars(select(FleetAdjustment).where(FleetAdjustment.transfer_id.in_(transfer_ids))
                                  .order_by(FleetAdjustment.decided_at))).all()
    people = {user.id: user.name for user in (await session.scalars(select(StaffUser).where(StaffUser.id.in_(
        {r.requested_by for r in rows} | {r.decided_by for r in rows if r.decided_by})))).all()} if rows else {}
    for row in rows:
        assert row.transfer_id is not None
        statement.adjustments.append(AdjustmentLine(
            at=when[row.transfer_id], kind=row.kind, before_fen=row.before_fen or 0, after_fen=row.after_fen or 0,
            reason=row.reason, requested_by=people.get(row.requested_by, ""),
            approved_by=people.get(row.decided_by, "") if row.decided_by else ""))


def _yuan(fen: int) -> float:
    return round(fen / 100, 2)


def _local(statement: Statement, at: datetime) -> datetime:
    return at.astimezone(statement.time_zone).replace(tzinfo=None)


def xlsx(statement: Statement) -> bytes:
    """The statement as a workbook: summary, orders, money received, adjustments."""
    book = Workbook()
    bold = Font(bold=True)
    summary = book.active
    assert summary is not None
    summary.title = "汇总"
    summary.append([statement.fleet.name, f"{statement.month} 月结对账单"])
    summary.append(["客户编码", statement.fleet.number, "统一社会信用代码", statement.fleet.tax_number])
    summary.append(["项目", "期初（元）", "期末（元）"])
    for label, attr in (("预存余额", "prepaid_fen"), ("赠送余额", "granted_fen"), ("授信额度", "credit_limit_fen"),
                        ("已用授信（欠款）", "credit_used_fen")):
        summary.append([label, _yuan(getattr(statement.opening, attr)), _yuan(getattr(statement.closing, attr))])
    summary.append([])
    for label, value in (("挂账笔数", len(statement.spends)), ("挂账金额（元）", _yuan(statement.spent_fen)),
                         ("加油升数", round(statement.volume_ml / 1000, 2)),
                         ("预存充值（元）", _yuan(statement.total(FleetReceiptKind.TOP_UP))),
                         ("授信还款（元）", _yuan(statement.total(FleetReceiptKind.PAYMENT))),
                         ("调账笔数", len(statement.adjustments))):
        summary.append([label, value])
    for cell in (summary["A1"], summary["B1"], *summary[3]):
        cell.font = bold
    sheets = (
        ("挂账订单", ["时间", "订单号", "油站", "车牌", "油品", "升数", "金额（元）", "预存支付", "赠送支付",
                    "授信支付"],
         [[_local(statement, s.at), s.order_number, s.station_name, s.plate, "、".join(s.grades),
           round(s.volume_ml / 1000, 2), _yuan(s.amount_fen), _yuan(s.prepaid_fen), _yuan(s.granted_fen),
           _yuan(s.credit_fen)] for s in statement.spends]),
        ("来款", ["入账时间", "类型", "到账日期", "银行流水号", "金额（元）"],
         [[_local(statement, r.at), RECEIPT_NAMES[r.kind], r.received_on, r.bank_reference, _yuan(r.amount_fen)]
          for r in statement.receipts]),
        ("调账", ["审批时间", "项目", "调整前（元）", "调整后（元）", "原因", "申请人", "审批人"],
         [[_local(statement, a.at), ADJUSTMENT_NAMES[a.kind], _yuan(a.before_fen), _yuan(a.after_fen), a.reason,
           a.requested_by, a.approved_by] for a in statement.adjustments]),
    )
    for title, header, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = bold
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
