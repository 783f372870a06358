"""Points on the ledger: every movement is one transfer in currency POINTS, plus its statement line.

Accounts (all currency POINTS, per company):
- `points:{member}`: what a member holds, a guarded holding (a credit: never above zero);
- `points:issued`: debited with every point earned (the programme's cost), credited with every point an
  order's refund took back (REVOKE);
- `points:redeemed`: credited with every point spent (checkout tender, gifts), debited with every point a
  refund of a points payment gave back (REFUND);
- `points:expired`: credited with every point that lapsed.
So at every moment `issued == held by members + redeemed + expired` (the ledger's zero sum).

The programme's own accounts are opened unguarded before first use: the ledger guards every `points:`
account by its prefix, and `points:issued` grows with every point earned.

`ledger.post` checks only that a transfer's legs sum to zero, whatever their currencies, so a transfer
never mixes POINTS and CNY: a points tender posts its POINTS transfer here and gives checkout CNY legs
for the sale's own transfer, both in the checkout's transaction (`api.loyalty.redemption`).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import DomainError
from api.core.ids import uuid7
from api.ledger import service as ledger
from api.ledger.errors import LedgerErrorCode
from api.ledger.models import LedgerAccount, LedgerTransfer
from api.ledger.service import Leg
from api.loyalty.models import PointsMovement, PointsMovementKind

ISSUED, REDEEMED, EXPIRED = "points:issued", "points:redeemed", "points:expired"
CURRENCY = "POINTS"
GAINED = (PointsMovementKind.EARN, PointsMovementKind.REFUND)  # the member's points go up
COUNTER = {PointsMovementKind.EARN: ISSUED, PointsMovementKind.REVOKE: ISSUED, PointsMovementKind.EXPIRE: EXPIRED}


def member_account(member_id: uuid.UUID) -> str:
    return f"points:{member_id}"


async def _open_programme_accounts(session: AsyncSession, company_id: uuid.UUID) -> None:
    await session.execute(insert(LedgerAccount).values([
        {"id": uuid7(), "company_id": company_id, "code": code, "balance": 0, "currency": CURRENCY, "guarded": False}
        for code in (ISSUED, REDEEMED, EXPIRED)]).on_conflict_do_nothing(index_elements=["company_id", "code"]))


async def held(session: AsyncSession, company_id: uuid.UUID, member_id: uuid.UUID) -> int:
    return await ledger.held(session, company_id, member_account(member_id))


async def lock(session: AsyncSession, company_id: uuid.UUID, member_id: uuid.UUID, *others: str) -> int:
    """What can be taken from the member now (held, less what a pending hold reserves), with the member's
    points account (and the `others`, in the order of their ids as the ledger locks them) locked until the
    transaction ends, so what is read is still there when it is taken; 0 for a member who never had points."""
    code = member_account(member_id)
    rows = (await session.execute(select(LedgerAccount.code, LedgerAccount.balance + LedgerAccount.reserved).where(
        LedgerAccount.company_id == company_id, LedgerAccount.code.in_([code, *others]))
        .order_by(LedgerAccount.id).with_for_update())).all()
    return max(0, -int(dict(rows).get(code, 0)))


async def posted(session: AsyncSession, company_id: uuid.UUID, key: str) -> PointsMovement | None:
    """The movement already posted under `key`, if any."""
    return await session.scalar(select(PointsMovement)
                                .join(LedgerTransfer, LedgerTransfer.id == PointsMovement.transfer_id)
                                .where(LedgerTransfer.company_id == company_id, LedgerTransfer.idempotency_key == key))


async def move(session: AsyncSession, company_id: uuid.UUID, member_id: uuid.UUID, *, kind: PointsMovementKind,
               points: int, key: str, occurred_at: datetime, description: str, field: str,
               order_id: uuid.UUID | None = None, station_id: uuid.UUID | None = None,
               refund_id: uuid.UUID | None = None, shortfall: int = 0, request: object = None) -> PointsMovement:
    """Post `points` (> 0) given to the member (EARN, REFUND) or taken from the member (the others) under
    `key`; a replay returns the first movement. Refused naming `field` when the member holds too few."""
    assert points > 0
    account = member_account(member_id)
    other = COUNTER.get(kind, REDEEMED)
    signed = points if kind in GAINED else -points
    await _open_programme_accounts(session, company_id)
    try:
        result = await ledger.post(session, company_id, key=key, kind=f"points_{kind.value}", reference=str(member_id),
                                   legs=[Leg(account, -signed), Leg(other, signed)], request=request)
    except DomainError as error:
        if error.problems[0].code == LedgerErrorCode.INSUFFICIENT_FUNDS:
            have = await held(session, company_id, member_id)
            raise DomainError("insufficient_points", f"积分不足：可用 {have} 分，需要 {points} 分",
                              field=field) from error
        raise
    if result.replay:
        existing = await session.scalar(select(PointsMovement).where(PointsMovement.transfer_id == result.transfer.id))
        assert existing is not None
        return existing
    movement = PointsMovement(company_id=company_id, member_id=member_id, kind=kind, points=signed,
                              balance_after=await held(session, company_id, member_id), transfer_id=result.transfer.id,
                              occurred_at=occurred_at, order_id=order_id, station_id=station_id,
                              refund_id=refund_id, shortfall=shortfall, description=description)
    session.add(movement)
    await session.flush()
    return movement


async def record_shortfall(session: AsyncSession, company_id: uuid.UUID, member_id: uuid.UUID, *,
                           kind: PointsMovementKind, shortfall: int, refund_id: uuid.UUID | None, occurred_at: datetime,
                           description: str, order_id: uuid.UUID | None = None,
                           station_id: uuid.UUID | None = None) -> PointsMovement:
    """A statement line that moves nothing (the member held nothing to take) and records `shortfall`, the
    points that were due; no transfer (a transfer moves something). Once per refund and kind."""
    assert shortfall > 0
    movement = PointsMovement(company_id=company_id, member_id=member_id, kind=kind, points=0,
                              balance_after=await held(session, company_id, member_id), transfer_id=None,
                              occurred_at=occurred_at, order_id=order_id, station_id=station_id,
                              refund_id=refund_id, shortfall=shortfall, description=description)
    session.add(movement)
    await session.flush()
    return movement
