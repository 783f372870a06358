"""Cash drops (投款): cash taken out of the open shift's drawer into the safe; the shift's expected cash
goes down by it, and the ledger moves it from the drawer to the station's safe. Audited.

Idempotent on its key (a POS retrying after a lost answer must not drop the cash twice): the same key with
the same request returns the first drop; another request under the key is refused and changes nothing."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.errors import DomainError
from api.core.idempotency import request_hash
from api.core.locks import xact_lock
from api.core.permissions import Permission
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.selling import accounts
from api.selling.errors import ShiftErrorCode as Code
from api.selling.models import CashDrop, Shift, ShiftStatus


async def drop_cash(session: AsyncSession, actor: Actor, shift_id: uuid.UUID, amount_fen: int,
                    note: str | None, idempotency_key: str) -> tuple[CashDrop, bool]:
    """Drop cash now; (the drop, True when this was a replay of an earlier request)."""
    from api.selling.shifts import expected_cash

    if not 8 <= len(idempotency_key) <= 128:
        raise DomainError(Code.INVALID, "幂等键须为 8 到 128 个字符", field="idempotencyKey")
    await xact_lock(session, f"cash-drop:{actor.company_id}:{idempotency_key}")
    shift = await session.scalar(select(Shift).where(Shift.id == shift_id).with_for_update())
    if shift is None or shift.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "班次不存在", field="shiftId")
    actor.require_station(shift.station_id, Permission.OPERATE_POS)
    fingerprint = request_hash({"shift": shift.id, "amount": amount_fen, "note": (note or "").strip() or None})
    existing = await session.scalar(select(CashDrop).where(CashDrop.company_id == shift.company_id,
                                                           CashDrop.idempotency_key == idempotency_key))
    if existing is not None:
        if existing.request_hash != fingerprint:
            raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的投款", field="idempotencyKey")
        return existing, True
    if shift.status is not ShiftStatus.OPEN:
        raise DomainError(Code.NOT_OPEN, "该班次已交班", field="shiftId")
    in_drawer = await expected_cash(session, shift)
    if not 0 < amount_fen <= in_drawer:
        raise DomainError(Code.INVALID, f"投款金额须在 0.01 到 {in_drawer / 100:.2f} 元（钱箱应有现金）之间",
                          field="amountFen")
    assert actor.id is not None
    drop = CashDrop(id=uuid.uuid4(), company_id=shift.company_id, station_id=shift.station_id, shift_id=shift.id,
                    amount_fen=amount_fen, note=(note or "").strip() or None, created_by_id=actor.id,
                    idempotency_key=idempotency_key, request_hash=fingerprint)
    posted = await ledger.post(session, shift.company_id, key=f"cash-drop:{drop.id}", kind="cash_drop",
                               reference=str(shift.id), legs=[Leg(accounts.safe(shift.station_id), amount_fen),
                                                              Leg(f"cash:{shift.id}", -amount_fen)])
    drop.transfer_id = posted.transfer.id
    session.add(drop)
    await session.flush()
    await audit.record(session, actor, action="shift.cash_drop", object_type="Shift", object_id=shift.id,
                       company_id=shift.company_id, station_id=shift.station_id, before={"in_drawer_fen": in_drawer},
                       after={"in_drawer_fen": in_drawer - amount_fen, "dropped_fen": amount_fen}, reason=drop.note)
    return drop, False
