"""Shifts: opened with a cash float, closed with a cash count.

Expected cash = opening cash + cash taken - cash refunded from this drawer - cash dropped into the safe
(the cash payments' amounts already net the change). Closing locks the shift row; checkout holds the
same row in share mode, so a sale either lands in the shift before it closes or finds no open shift:
each order is in exactly one shift. A closed shift never changes; the difference between counted and
expected cash needs a reason, and is audited. No shift opens on a day already closed (日结, see
`api/selling/day_close.py`). Opening and closing record each nozzle's totalizer reading, and closing the
fuelings between them (`api/selling/meter_readings.py`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import DomainError, ValidationErrors
from api.core.locks import xact_lock
from api.core.permissions import Permission
from api.ledger import service as ledger
from api.selling import accounts
from api.selling.cashiers import require_cashier
from api.selling.day_close import day_close_of, day_lock_key
from api.selling.errors import ShiftErrorCode as Code
from api.selling.meter_readings import record_closing, record_opening
from api.selling.models import Payment, PaymentStatus, Shift, ShiftStatus, Tender
from api.selling.reports import business_day
from api.stations.models import Station
from api.stations.service import require_stations_in_scope

MAX_CASH_FEN = 100_000_000  # ¥1,000,000


async def open_shift(session: AsyncSession, actor: Actor, station_id: uuid.UUID, opening_float_fen: int) -> Shift:
    await require_stations_in_scope(session, actor, [station_id], Permission.OPERATE_POS, field="stationId")
    if not 0 <= opening_float_fen <= MAX_CASH_FEN:
        raise DomainError(Code.INVALID, "备用金须在 0 到 100 万元之间", field="openingCashFen")
    if await current_shift(session, station_id) is not None:
        raise DomainError(Code.ALREADY_OPEN, "本站已有未结班次，请先交班", field="stationId")
    await _require_day_open(session, station_id)
    number = await session.scalar(select(func.coalesce(func.max(Shift.number), 0))
                                  .where(Shift.station_id == station_id))
    shift = Shift(company_id=actor.company_id, station_id=station_id, number=int(number or 0) + 1,
                  cashier_id=actor.id, opened_at=utcnow(), opening_float_fen=opening_float_fen)
    session.add(shift)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:  # another cashier opened one at the same moment
        raise DomainError(Code.ALREADY_OPEN, "本站已有未结班次，请先交班", field="stationId") from exc
    await record_opening(session, shift)
    return shift


async def _require_day_open(session: AsyncSession, station_id: uuid.UUID) -> None:
    """No shift opens on a day already closed (日结); the day close holds the same lock exclusively."""
    await xact_lock(session, day_lock_key(station_id), shared=True)
    station = await session.get(Station, station_id)
    assert station is not None
    if await day_close_of(session, station_id, business_day(station, utcnow())) is not None:
        raise DomainError(Code.DAY_CLOSED, "本站今日已日结，不能再开班", field="stationId")


async def current_shift(session: AsyncSession, station_id: uuid.UUID) -> Shift | None:
    return await session.scalar(select(Shift).where(Shift.station_id == station_id,
                                                    Shift.status == ShiftStatus.OPEN))


async def expected_cash(session: AsyncSession, shift: Shift) -> int:
    """Opening cash + what the drawer's ledger account holds: every cash movement of the shift posts there
    (cash taken at checkout, cash refunds given back from it, drops into the safe, cards topped up in cash)."""
    held = await ledger.balance(session, shift.company_id,
                                accounts.tender_account(Tender.CASH, shift.station_id, shift.id))
    return shift.opening_float_fen + held


@dataclass(frozen=True)
class TenderTotal:
    tender: Tender
    count: int
    amount_fen: int


async def tender_totals(session: AsyncSession, shift_id: uuid.UUID) -> list[TenderTotal]:
    rows = (await session.execute(
        select(Payment.tender, func.count(), func.sum(Payment.amount_fen))
        .where(Payment.shift_id == shift_id, Payment.status == PaymentStatus.SUCCEEDED)
        .group_by(Payment.tender).order_by(Payment.tender))).all()
    return [TenderTotal(tender, int(count), int(amount)) for tender, count, amount in rows]


async def close_shift(session: AsyncSession, actor: Actor, shift_id: uuid.UUID, counted_cash_fen: int,
                      reason: str | None) -> Shift:
    shift = await session.scalar(select(Shift).where(Shift.id == shift_id).with_for_update())
    if shift is None or shift.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "班次不存在", field="shiftId")
    actor.require_station(shift.station_id, Permission.MANAGE_SHIFTS)
    if shift.status is not ShiftStatus.OPEN:
        raise DomainError(Code.NOT_OPEN, "该班次已交班，不能再修改", field="shiftId")
    problems = ValidationErrors()
    if not 0 <= counted_cash_fen <= MAX_CASH_FEN:
        problems.add(Code.INVALID, "现金清点金额须在 0 到 100 万元之间", "countedCashFen")
    expected = await expected_cash(session, shift)
    difference = counted_cash_fen - expected
    reason = (reason or "").strip() or None
    if difference and reason is None:
        kind = "长款" if difference > 0 else "短款"
        problems.add(Code.REASON_REQUIRED, f"现金{kind} {abs(difference) / 100:.2f} 元，请填写原因", "reason")
    problems.raise_if_any()
    shift.status, shift.closed_at, shift.closed_by_id = ShiftStatus.CLOSED, utcnow(), actor.id
    shift.expected_cash_fen, shift.counted_cash_fen, shift.over_short_fen = expected, counted_cash_fen, difference
    shift.over_short_reason = reason
    await session.flush()
    await record_closing(session, shift)
    await audit.record(session, actor, action="shift.close", object_type="Shift", object_id=shift.id,
                       company_id=shift.company_id, station_id=shift.station_id, before={"status": "open"},
                       after={"status": "closed", "expected_cash_fen": expected, "counted_cash_fen": counted_cash_fen,
                              "over_short_fen": difference}, reason=reason)
    return shift


async def hand_over(session: AsyncSession, actor: Actor, shift_id: uuid.UUID, counted_cash_fen: int,
                    reason: str | None, next_cashier_id: uuid.UUID) -> tuple[Shift, Shift]:
    """交接班: close the shift with its count and open the next one for `next_cashier_id` with the counted
    cash left in the drawer, in one transaction (no sale can fall between the two)."""
    closing = await close_shift(session, actor, shift_id, counted_cash_fen, reason)
    cashier = await require_cashier(session, closing.company_id, closing.station_id, next_cashier_id,
                                    field="nextCashierId")
    shift = Shift(company_id=closing.company_id, station_id=closing.station_id, number=closing.number + 1,
                  cashier_id=cashier.id, opened_at=utcnow(), opening_float_fen=counted_cash_fen)
    session.add(shift)
    await session.flush()
    await record_opening(session, shift)
    return closing, shift
