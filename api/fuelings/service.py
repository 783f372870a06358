"""Recording completed fuelings: idempotent per dispenser transaction, checked against the totalizer.

Rules:
- (station, dispenser, TTC) identifies a sale; a replay of the same record returns the first fueling and
  changes nothing; a different record under a used TTC is refused (CONFLICT) and nothing is written.
- The dispenser's amount is authoritative; we store volume × unit price (rounded half-up) beside it and
  flag a difference of more than one fen.
- Totalizer continuity: the previous fueling's totalizer of the nozzle plus this volume must equal this
  totalizer within 10 ml; otherwise a TOTALIZER_BREAK anomaly is raised (a link that adds one sale to the
  next bills the driver twice). The dispenser's counter (4 bytes of centilitres) wraps to zero past
  42,949,672.95 L: a sale across the wrap is continuous too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor
from api.core.errors import DomainError, ValidationErrors
from api.core.ids import uuid7
from api.core.money import amount_for_volume
from api.fuelings.errors import FuelingRecordErrorCode as Code
from api.fuelings.models import Anomaly, AnomalyKind, Fueling
from api.pumps.models import Dispenser, FuelGrade, Nozzle
from api.pumps.service import device_station

TOTALIZER_TOLERANCE_ML = 10
MISMATCH_TOLERANCE_FEN = 1
TOTALIZER_WRAP_ML = 2**32 * 10


@dataclass(frozen=True)
class FuelingReport:
    dispenser_number: int
    nozzle_number: int
    ttc: int
    grade_code: str
    volume_ml: int
    unit_price_fen: int
    amount_fen: int
    totalizer_ml: int
    started_at: datetime | None
    ended_at: datetime
    card_no: str | None
    raw_frame: str | None


def _validate(report: FuelingReport) -> None:
    errors = ValidationErrors()
    for field, value in (("ttc", report.ttc), ("volumeMl", report.volume_ml), ("unitPriceFen", report.unit_price_fen),
                         ("amountFen", report.amount_fen), ("totalizerMl", report.totalizer_ml)):
        if value < 0 or value > 2**62:
            errors.add(Code.INVALID, "数值超出范围", field)
    if report.raw_frame is not None and (len(report.raw_frame) > 1024 or any(
            c not in "0123456789abcdefABCDEF " for c in report.raw_frame)):
        errors.add(Code.INVALID, "原始报文须为十六进制", "rawFrame")
    if report.started_at and report.started_at > report.ended_at:
        errors.add(Code.INVALID, "开始时间晚于结束时间", "startedAt")
    errors.raise_if_any()


def _same(fueling: Fueling, report: FuelingReport) -> bool:
    return (fueling.volume_ml, fueling.amount_fen, fueling.unit_price_fen, fueling.totalizer_ml) == (
        report.volume_ml, report.amount_fen, report.unit_price_fen, report.totalizer_ml)


async def record_fueling(session: AsyncSession, actor: Actor, report: FuelingReport) -> tuple[Fueling, bool]:
    """Store the fueling (or find the one already stored); returns it and whether it is new."""
    station_id = device_station(actor)
    _validate(report)
    row = (await session.execute(
        select(Nozzle, Dispenser, FuelGrade).join(Dispenser, Dispenser.id == Nozzle.dispenser_id)
        .join(FuelGrade, FuelGrade.id == Nozzle.grade_id)
        .where(Nozzle.station_id == station_id, Nozzle.number == report.nozzle_number,
               Dispenser.number == report.dispenser_number))).first()
    if row is None:
        message = f"本站没有 {report.dispenser_number} 号油机的 {report.nozzle_number} 号油枪"
        raise DomainError(Code.UNKNOWN_NOZZLE, message, field="nozzleNumber")
    nozzle, dispenser, grade = row
    computed = amount_for_volume(report.volume_ml, report.unit_price_fen)
    fueling_id = uuid7()
    inserted = await session.scalar(
        insert(Fueling).values(
            id=fueling_id, company_id=nozzle.company_id, station_id=station_id, dispenser_id=dispenser.id,
            nozzle_id=nozzle.id, grade_id=grade.id, ttc=report.ttc, grade_code=report.grade_code,
            volume_ml=report.volume_ml, unit_price_fen=report.unit_price_fen, amount_fen=report.amount_fen,
            computed_amount_fen=computed, amount_mismatch=abs(computed - report.amount_fen) > MISMATCH_TOLERANCE_FEN,
            totalizer_ml=report.totalizer_ml, started_at=report.started_at, ended_at=report.ended_at,
            card_no=report.card_no, raw_frame=report.raw_frame,
        ).on_conflict_do_nothing(index_elements=["station_id", "dispenser_id", "ttc"]).returning(Fueling.id))
    if inserted is None:
        existing = await session.scalar(select(Fueling).where(
            Fueling.station_id == station_id, Fueling.dispenser_id == dispenser.id, Fueling.ttc == report.ttc))
        assert existing is not None
        if not _same(existing, report):
            raise DomainError(Code.CONFLICT, f"交易序号 {report.ttc} 已记录了不同的加油数据", field="ttc")
        return existing, False
    fueling = await session.get(Fueling, fueling_id)
    assert fueling is not None
    await _check_totalizer(session, fueling)
    if fueling.amount_mismatch:
        session.add(Anomaly(company_id=fueling.company_id, station_id=station_id, kind=AnomalyKind.AMOUNT_MISMATCH,
                            nozzle_id=nozzle.id, fueling_id=fueling.id,
                            details={"reported_fen": report.amount_fen, "computed_fen": computed}))
    await session.flush()
    return fueling, True


async def _check_totalizer(session: AsyncSession, fueling: Fueling) -> None:
    previous = await session.scalar(
        select(Fueling).where(Fueling.nozzle_id == fueling.nozzle_id, Fueling.id != fueling.id,
                              Fueling.ended_at <= fueling.ended_at)
        .order_by(Fueling.ended_at.desc(), Fueling.ttc.desc()).limit(1))
    if previous is None:
        return
    expected = (previous.totalizer_ml + fueling.volume_ml) % TOTALIZER_WRAP_ML
    if abs(expected - fueling.totalizer_ml) > TOTALIZER_TOLERANCE_ML:
        session.add(Anomaly(
            company_id=fueling.company_id, station_id=fueling.station_id, kind=AnomalyKind.TOTALIZER_BREAK,
            nozzle_id=fueling.nozzle_id, fueling_id=fueling.id,
            details={"previous_ttc": previous.ttc, "previous_totalizer_ml": previous.totalizer_ml,
                     "volume_ml": fueling.volume_ml, "expected_totalizer_ml": expected,
                     "reported_totalizer_ml": fueling.totalizer_ml,
                     "difference_ml": fueling.totalizer_ml - expected}))
