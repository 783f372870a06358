"""A fleet's money: balances read from the ledger, top-ups and payments received by bank transfer, and
adjustments with two-person approval (the accounts and legs are in `api.fleets.accounts`).

Every operation locks the fleet's row first, posts one ledger transfer in the caller's transaction and is
idempotent: a top-up or payment on its request's key (same key and body: the first result; another body:
IDEMPOTENCY_CONFLICT, nothing done), an adjustment's request on its key, its approval on the adjustment
(approved once: the money moves once). An adjustment is requested by one person (MANAGE_FLEETS) and
approved or rejected by another (ADJUST_BALANCES); nothing moves before approval; request and decision are
both audited with the values before and after.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import DomainError, ValidationErrors
from api.core.idempotency import request_hash
from api.core.locks import xact_lock
from api.core.permissions import Permission
from api.fleets import accounts
from api.fleets.errors import FleetAdjustmentErrorCode as AdjustCode
from api.fleets.errors import FleetFundsErrorCode as FundsCode
from api.fleets.models import (
    Fleet,
    FleetAdjustment,
    FleetAdjustmentKind,
    FleetAdjustmentStatus,
    FleetReceipt,
    FleetReceiptKind,
)
from api.fleets.service import get_fleet
from api.ledger import service as ledger
from api.ledger.models import LedgerAccount, LedgerTransfer
from api.ledger.service import Leg

MAX_AMOUNT_FEN = 10**11  # one billion yuan


@dataclass(frozen=True)
class Balances:
    prepaid_fen: int
    granted_fen: int
    credit_limit_fen: int
    credit_available_fen: int

    @property
    def credit_used_fen(self) -> int:
        return self.credit_limit_fen - self.credit_available_fen

    @property
    def spendable_fen(self) -> int:
        """What the fleet may still spend on account: prepaid, granted and the credit available."""
        return self.prepaid_fen + self.granted_fen + self.credit_available_fen

    @classmethod
    def of(cls, fleet_id: uuid.UUID, raw: dict[str, int]) -> Balances:
        return cls(prepaid_fen=-raw.get(accounts.pool(fleet_id), 0),
                   granted_fen=-raw.get(accounts.granted(fleet_id), 0),
                   credit_limit_fen=raw.get(accounts.credit_line(fleet_id), 0),
                   credit_available_fen=-raw.get(accounts.credit(fleet_id), 0))


async def read_balances(session: AsyncSession, company_id: uuid.UUID,
                        fleet_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Balances]:
    """The balances of several fleets in one statement."""
    wanted = list(dict.fromkeys(fleet_ids))
    codes = [code for fleet_id in wanted for code in accounts.codes(fleet_id)]
    rows = dict((await session.execute(select(LedgerAccount.code, LedgerAccount.balance).where(
        LedgerAccount.company_id == company_id, LedgerAccount.code.in_(codes)))).all()) if codes else {}
    return {fleet_id: Balances.of(fleet_id, rows) for fleet_id in wanted}


async def fleet_balances(session: AsyncSession, fleet: Fleet) -> Balances:
    return (await read_balances(session, fleet.company_id, [fleet.id]))[fleet.id]


def _check_key(key: str, problems: ValidationErrors, code: FundsCode | AdjustCode) -> None:
    if not 8 <= len(key) <= 128:
        problems.add(code, "幂等键须为 8 到 128 个字符", "idempotencyKey")


async def _posted_before(session: AsyncSession, company_id: uuid.UUID, key: str) -> bool:
    return await session.scalar(select(LedgerTransfer.id).where(
        LedgerTransfer.company_id == company_id, LedgerTransfer.idempotency_key == key)) is not None


@dataclass(frozen=True)
class Receipt:
    """Money received from a fleet by bank transfer."""

    kind: FleetReceiptKind
    amount_fen: int
    bank_reference: str
    received_on: date
    idempotency_key: str
    remark: str | None = None


async def record_receipt(session: AsyncSession, actor: Actor, fleet_id: uuid.UUID, receipt: Receipt) -> FleetReceipt:
    """A top-up into the prepaid balance, or a payment against the credit used (at most what is used)."""
    problems = ValidationErrors()
    _check_key(receipt.idempotency_key, problems, FundsCode.INVALID)
    if not 1 <= receipt.amount_fen <= MAX_AMOUNT_FEN:
        problems.add(FundsCode.INVALID, "金额须大于 0", "amountFen")
    if not 1 <= len(receipt.bank_reference.strip()) <= 64:
        problems.add(FundsCode.INVALID, "请填写银行流水号（最多 64 个字符）", "bankReference")
    if receipt.received_on > utcnow().date() + timedelta(days=1):
        problems.add(FundsCode.INVALID, "到账日期不能晚于今天", "receivedOn")
    if receipt.remark and len(receipt.remark) > 200:
        problems.add(FundsCode.INVALID, "备注最多 200 个字", "remark")
    problems.raise_if_any()
    fleet = await get_fleet(session, actor, fleet_id, Permission.MANAGE_FLEETS, field="fleetId", lock=True)
    key = f"fleet-{receipt.kind.value}:{receipt.idempotency_key}"
    top_up = receipt.kind is FleetReceiptKind.TOP_UP
    before = await fleet_balances(session, fleet)
    if not top_up and not await _posted_before(session, fleet.company_id, key) \
            and receipt.amount_fen > before.credit_used_fen:
        raise DomainError(FundsCode.OVERPAID, f"来款超过已用授信 {before.credit_used_fen / 100:.2f} 元",
                          field="amountFen")
    target = accounts.pool(fleet.id) if top_up else accounts.credit(fleet.id)
    posted = await ledger.post(
        session, fleet.company_id, key=key, kind=f"fleet_{receipt.kind.value}", reference=str(fleet.id),
        legs=[Leg(accounts.BANK, receipt.amount_fen), Leg(target, -receipt.amount_fen)],
        request={"fleet": fleet.id, "bank_reference": receipt.bank_reference.strip(),
                 "received_on": receipt.received_on, "remark": receipt.remark})
    if posted.replay:
        existing = await session.scalar(select(FleetReceipt).where(FleetReceipt.transfer_id == posted.transfer.id))
        assert existing is not None
        return existing
    row = FleetReceipt(company_id=fleet.company_id, fleet_id=fleet.id, kind=receipt.kind, amount_fen=receipt.amount_fen,
                       bank_reference=receipt.bank_reference.strip(), received_on=receipt.received_on,
                       remark=(receipt.remark or "").strip() or None, recorded_by=actor.id,
                       transfer_id=posted.transfer.id)
    session.add(row)
    await session.flush()
    after = await fleet_balances(session, fleet)
    field_name, old, new = (("prepaid_fen", before.prepaid_fen, after.prepaid_fen) if top_up
                            else ("credit_used_fen", before.credit_used_fen, after.credit_used_fen))
    await audit.record(session, actor, action=f"fleet.{receipt.kind.value}", object_type="Fleet", object_id=fleet.id,
                       company_id=fleet.company_id, station_id=fleet.station_id, before={field_name: old},
                       after={field_name: new, "amount_fen": receipt.amount_fen,
                              "bank_reference": row.bank_reference, "received_on": row.received_on})
    return row


def _current(kind: FleetAdjustmentKind, balances: Balances) -> int:
    return {FleetAdjustmentKind.CREDIT_LIMIT: balances.credit_limit_fen,
            FleetAdjustmentKind.PREPAID: balances.prepaid_fen,
            FleetAdjustmentKind.GRANTED: balances.granted_fen}[kind]


def _target(kind: FleetAdjustmentKind, current: int, amount_fen: int) -> int:
    """The value once approved: the new limit, or the balance corrected by the signed amount."""
    return amount_fen if kind is FleetAdjustmentKind.CREDIT_LIMIT else current + amount_fen


async def request_adjustment(session: AsyncSession, actor: Actor, fleet_id: uuid.UUID, *,
                             kind: FleetAdjustmentKind, amount_fen: int, reason: str,
                             idempotency_key: str) -> tuple[FleetAdjustment, bool]:
    """Ask for a change of the credit limit (`amount_fen` the new limit) or of the prepaid or granted
    balance (`amount_fen` signed); (the adjustment, True when this was a replay). Nothing moves yet."""
    assert actor.id is not None
    problems = ValidationErrors()
    _check_key(idempotency_key, problems, AdjustCode.INVALID)
    if kind is FleetAdjustmentKind.CREDIT_LIMIT and not 0 <= amount_fen <= MAX_AMOUNT_FEN:
        problems.add(AdjustCode.INVALID, "授信额度须在 0 到 10 亿元之间", "amountFen")
    if kind is not FleetAdjustmentKind.CREDIT_LIMIT and not (amount_fen and abs(amount_fen) <= MAX_AMOUNT_FEN):
        problems.add(AdjustCode.INVALID, "调整金额不能为 0", "amountFen")
    if not 2 <= len(reason.strip()) <= 200:
        problems.add(AdjustCode.INVALID, "请填写调账原因（2 到 200 个字）", "reason")
    problems.raise_if_any()
    fleet = await get_fleet(session, actor, fleet_id, Permission.MANAGE_FLEETS, field="fleetId", lock=True)
    fingerprint = request_hash({"fleet": fleet.id, "kind": kind.value, "amount": amount_fen, "reason": reason.strip()})
    await xact_lock(session, f"fleet-adjustment:{fleet.company_id}:{idempotency_key}")
    existing = await session.scalar(select(FleetAdjustment).where(
        FleetAdjustment.company_id == fleet.company_id, FleetAdjustment.idempotency_key == idempotency_key))
    if existing is not None:
        if existing.request_hash != fingerprint:
            raise DomainError(AdjustCode.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的调账申请",
                              field="idempotencyKey")
        return existing, True
    current = _current(kind, await fleet_balances(session, fleet))
    adjustment = FleetAdjustment(company_id=fleet.company_id, fleet_id=fleet.id, kind=kind, amount_fen=amount_fen,
                                 reason=reason.strip(), idempotency_key=idempotency_key, request_hash=fingerprint,
                                 requested_by=actor.id, status=FleetAdjustmentStatus.PENDING)
    session.add(adjustment)
    await session.flush()
    await audit.record(session, actor, action="fleet.adjustment_request", object_type="Fleet", object_id=fleet.id,
                       company_id=fleet.company_id, station_id=fleet.station_id,
                       before={"kind": kind, "value_fen": current},
                       after={"kind": kind, "value_fen": _target(kind, current, amount_fen),
                              "adjustment": adjustment.id, "status": adjustment.status}, reason=adjustment.reason)
    return adjustment, False


async def _pending(session: AsyncSession, actor: Actor, adjustment_id: uuid.UUID) -> tuple[FleetAdjustment, Fleet]:
    """The adjustment, locked, with its fleet (locked), when the actor may decide it."""
    adjustment = await session.scalar(select(FleetAdjustment).where(FleetAdjustment.id == adjustment_id)
                                      .with_for_update())
    if adjustment is None or adjustment.company_id != actor.company_id:
        raise DomainError(AdjustCode.NOT_FOUND, "调账申请不存在", field="id")
    fleet = await get_fleet(session, actor, adjustment.fleet_id, Permission.ADJUST_BALANCES, lock=True)
    if adjustment.status is not FleetAdjustmentStatus.PENDING:
        raise DomainError(AdjustCode.NOT_PENDING, "该调账申请已处理", field="id")
    if adjustment.requested_by == actor.id:
        raise DomainError(AdjustCode.SAME_PERSON, "调账须由申请人以外的人审批", field="id")
    return adjustment, fleet


def _legs(adjustment: FleetAdjustment, fleet: Fleet, delta: int) -> list[Leg]:
    if adjustment.kind is FleetAdjustmentKind.CREDIT_LIMIT:
        return [Leg(accounts.credit_line(fleet.id), delta), Leg(accounts.credit(fleet.id), -delta)]
    holding = accounts.pool(fleet.id) if adjustment.kind is FleetAdjustmentKind.PREPAID else accounts.granted(fleet.id)
    return [Leg(accounts.ADJUSTMENTS, delta), Leg(holding, -delta)]


async def approve_adjustment(session: AsyncSession, actor: Actor, adjustment_id: uuid.UUID,
                             note: str | None) -> FleetAdjustment:
    """Approve and apply a pending adjustment of someone else's: one ledger transfer, once."""
    adjustment, fleet = await _pending(session, actor, adjustment_id)
    balances = await fleet_balances(session, fleet)
    current = _current(adjustment.kind, balances)
    target = _target(adjustment.kind, current, adjustment.amount_fen)
    if adjustment.kind is FleetAdjustmentKind.CREDIT_LIMIT and target < balances.credit_used_fen:
        raise DomainError(AdjustCode.INSUFFICIENT_FUNDS,
                          f"新额度低于已用授信 {balances.credit_used_fen / 100:.2f} 元，请先收款", field="id")
    if target < 0:
        raise DomainError(AdjustCode.INSUFFICIENT_FUNDS, f"余额只有 {current / 100:.2f} 元，不能调减这么多", field="id")
    if target != current:
        posted = await ledger.post(session, fleet.company_id, key=f"fleet-adjustment:{adjustment.id}",
                                   kind="fleet_adjustment", reference=str(adjustment.id),
                                   legs=_legs(adjustment, fleet, target - current))
        adjustment.transfer_id = posted.transfer.id
    adjustment.status, adjustment.decided_by, adjustment.decided_at = FleetAdjustmentStatus.APPROVED, actor.id, utcnow()
    adjustment.decision_note = (note or "").strip() or None
    adjustment.before_fen, adjustment.after_fen = current, target
    await session.flush()
    await audit.record(session, actor, action="fleet.adjustment_approve", object_type="Fleet", object_id=fleet.id,
                       company_id=fleet.company_id, station_id=fleet.station_id,
                       before={"kind": adjustment.kind, "value_fen": current, "status": FleetAdjustmentStatus.PENDING},
                       after={"kind": adjustment.kind, "value_fen": target, "status": adjustment.status,
                              "adjustment": adjustment.id}, reason=adjustment.decision_note)
    return adjustment


async def reject_adjustment(session: AsyncSession, actor: Actor, adjustment_id: uuid.UUID,
                            note: str | None) -> FleetAdjustment:
    """Reject a pending adjustment of someone else's, with a reason: nothing moves."""
    adjustment, fleet = await _pending(session, actor, adjustment_id)
    if not 2 <= len((note or "").strip()) <= 200:
        raise DomainError(AdjustCode.INVALID, "请填写驳回原因（2 到 200 个字）", field="note")
    adjustment.status, adjustment.decided_by, adjustment.decided_at = FleetAdjustmentStatus.REJECTED, actor.id, utcnow()
    adjustment.decision_note = (note or "").strip()
    await session.flush()
    await audit.record(session, actor, action="fleet.adjustment_reject", object_type="Fleet", object_id=fleet.id,
                       company_id=fleet.company_id, station_id=fleet.station_id,
                       before={"status": FleetAdjustmentStatus.PENDING, "adjustment": adjustment.id},
                       after={"status": adjustment.status, "adjustment": adjustment.id},
                       reason=adjustment.decision_note)
    return adjustment
