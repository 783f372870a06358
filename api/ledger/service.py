"""Posting transfers, and checking every invariant of the ledger.

`post()` runs inside the caller's transaction, so a sale's order, payments and postings commit or roll
back together:
1. the idempotency key is claimed (insert; a concurrent holder makes us wait, then we see its row): a
   replay with the same request returns the first transfer, another request under the key is refused;
2. the accounts are created if new, then locked in one statement in the order of their ids (two
   transfers over the same accounts never deadlock);
3. with the rows locked, each new balance is computed from the locked one: a guarded account that would
   go above zero refuses (the whole transaction rolls back; a CHECK constraint backs this up), the balances
   are written in one statement, and each entry records the balance before and after.

Signs: a leg's amount is a debit when positive and a credit when negative, and a balance is the sum of its
legs. What we have or are owed (a drawer's cash, a channel's clearing account, a receivable) is positive;
what we owe (the money on a stored-value card, a fleet's prepaid pool, a member's points) and revenue are
negative. A top-up by cash debits the drawer and credits the card; paying with the card debits the card
and credits the receivable. The accounts that hold someone's money (`GUARDED_PREFIXES`) are guarded: their
balance never goes above zero (that would be spending money the holder does not have); `held()` is what
such an account holds for its owner.

Pending holds (two-phase transfers, `hold()` → `post_hold()` or `void_hold()`, or expiry by
`expire_holds()`): a hold reserves on each guarded account it would debit the amount it would take
(`reserved`), so a guarded account may never be taken past what it holds *less what is reserved*
(`balance + reserved <= 0`, also a CHECK constraint); posting releases the reservation and posts at most
the amounts held; each hold is posted, voided or expired at most once, under its row lock.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.clock import utcnow
from api.core.errors import DomainError
from api.core.idempotency import request_hash
from api.core.ids import uuid7
from api.ledger.errors import LedgerErrorCode as Code
from api.ledger.models import HoldStatus, LedgerAccount, LedgerEntry, LedgerHold, LedgerTransfer

GUARDED_PREFIXES = ("card:", "fleet:", "points:", "credit:")  # someone's money: never above zero (see above)
POINTS_PREFIX = "points:"
ACCOUNTS = cast(Table, LedgerAccount.__table__)  # Core: one executemany, not the ORM's bulk mode


@dataclass(frozen=True)
class Leg:
    account: str  # the account's code
    amount: int  # added to the account's balance (fen, or points for points: accounts)


@dataclass(frozen=True)
class Posted:
    transfer: LedgerTransfer
    replay: bool


def _merge(legs: list[Leg]) -> dict[str, int]:
    merged: dict[str, int] = defaultdict(int)
    for leg in legs:
        if not isinstance(leg.amount, int) or isinstance(leg.amount, bool):
            raise DomainError(Code.UNBALANCED, "金额须为整数（分）")
        merged[leg.account] += leg.amount
    return {code: amount for code, amount in merged.items() if amount}


@dataclass
class _Locked:
    id: uuid.UUID
    code: str
    balance: int
    guarded: bool
    reserved: int


async def _lock(session: AsyncSession, company_id: uuid.UUID, codes: list[str]) -> dict[str, _Locked]:
    """The accounts, created when new, locked in the order of their ids."""
    query = (select(LedgerAccount.id, LedgerAccount.code, LedgerAccount.balance, LedgerAccount.guarded,
                    LedgerAccount.reserved)
             .where(LedgerAccount.company_id == company_id, LedgerAccount.code.in_(codes))
             .order_by(LedgerAccount.id).with_for_update())
    locked = {row.code: _Locked(*row) for row in (await session.execute(query)).all()}
    missing = [code for code in codes if code not in locked]
    if missing:
        await session.execute(insert(LedgerAccount).values([
            {"id": uuid7(), "company_id": company_id, "code": code, "balance": 0,
             "currency": "POINTS" if code.startswith(POINTS_PREFIX) else "CNY",
             "guarded": code.startswith(GUARDED_PREFIXES)} for code in missing])
            .on_conflict_do_nothing(index_elements=["company_id", "code"]))
        locked = {row.code: _Locked(*row) for row in (await session.execute(query)).all()}
    return locked


async def post(session: AsyncSession, company_id: uuid.UUID, *, key: str, kind: str, legs: list[Leg],
               request: Any = None, reference: str | None = None) -> Posted:
    """Post one balanced transfer under `key` (see the module's rules)."""
    amounts = _merge(legs)
    if not amounts or sum(amounts.values()) != 0:
        raise DomainError(Code.UNBALANCED, "一笔转账的借贷必须平衡")
    fingerprint = request_hash({"kind": kind, "legs": sorted(amounts.items()), "request": request})
    transfer = (await session.scalars(insert(LedgerTransfer).values(
        id=uuid7(), company_id=company_id, idempotency_key=key, request_hash=fingerprint, kind=kind,
        reference=reference).on_conflict_do_nothing(index_elements=["company_id", "idempotency_key"])
        .returning(LedgerTransfer))).one_or_none()
    if transfer is None:
        existing = await session.scalar(select(LedgerTransfer).where(
            LedgerTransfer.company_id == company_id, LedgerTransfer.idempotency_key == key))
        assert existing is not None
        if existing.request_hash != fingerprint:
            raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的请求", field="idempotencyKey")
        return Posted(existing, replay=True)
    accounts = await _lock(session, company_id, sorted(amounts))
    entries, balances = [], []
    for account in sorted(accounts.values(), key=lambda a: a.id):
        amount = amounts[account.code]
        after = account.balance + amount
        if account.guarded and (after > 0 or (amount > 0 and after + account.reserved > 0)):
            raise DomainError(Code.INSUFFICIENT_FUNDS, f"账户 {account.code} 余额不足", field="amount")
        balances.append({"account": account.id, "balance": after})
        entries.append({"id": uuid7(), "company_id": company_id, "transfer_id": transfer.id, "account_id": account.id,
                        "amount": amount, "balance_before": account.balance, "balance_after": after})
    await session.execute(  # the rows are locked: the balances computed above are the ones to write
        update(ACCOUNTS).where(ACCOUNTS.c.id == bindparam("account"))
        .values(balance=bindparam("balance"), updated_at=func.now()), balances)
    await session.execute(insert(LedgerEntry).values(entries))
    return Posted(transfer, replay=False)


async def balance(session: AsyncSession, company_id: uuid.UUID, code: str) -> int:
    value = await session.scalar(select(LedgerAccount.balance).where(
        LedgerAccount.company_id == company_id, LedgerAccount.code == code))
    return int(value or 0)


async def held(session: AsyncSession, company_id: uuid.UUID, code: str) -> int:
    """What a guarded account holds for its owner (a card's money, a fleet's pool, a member's points)."""
    return -await balance(session, company_id, code)


def _claim_check(existing: Any, fingerprint: str) -> None:
    if existing.request_hash != fingerprint:
        raise DomainError(Code.IDEMPOTENCY_CONFLICT, "该幂等键已用于另一笔不同的请求", field="idempotencyKey")


async def _reserve(session: AsyncSession, company_id: uuid.UUID, reservations: dict[str, int], sign: int) -> None:
    """Add (sign 1) or release (sign -1) reservations on their accounts, locked in id order; adding refuses
    an account that cannot cover what is reserved on it."""
    accounts = await _lock(session, company_id, sorted(reservations))
    changes = []
    for account in sorted(accounts.values(), key=lambda a: a.id):
        reserved = account.reserved + sign * reservations[account.code]
        if sign > 0 and account.balance + reserved > 0:
            raise DomainError(Code.INSUFFICIENT_FUNDS, f"账户 {account.code} 余额不足", field="amount")
        changes.append({"account": account.id, "reserved": reserved})
    await session.execute(update(ACCOUNTS).where(ACCOUNTS.c.id == bindparam("account"))
                          .values(reserved=bindparam("reserved"), updated_at=func.now()), changes)


async def hold(session: AsyncSession, company_id: uuid.UUID, *, key: str, kind: str, legs: list[Leg],
               expires_at: datetime, request: Any = None, reference: str | None = None) -> tuple[LedgerHold, bool]:
    """Reserve a balanced transfer under `key` without posting it (see the module's rules); (the hold, True
    when this replays an earlier request under the key: a retry keeps the first hold and its expiry)."""
    amounts = _merge(legs)
    if not amounts or sum(amounts.values()) != 0:
        raise DomainError(Code.UNBALANCED, "一笔转账的借贷必须平衡")
    fingerprint = request_hash({"kind": kind, "legs": sorted(amounts.items()), "request": request})
    reservations = {code: amount for code, amount in amounts.items()
                    if amount > 0 and code.startswith(GUARDED_PREFIXES)}
    created = (await session.scalars(insert(LedgerHold).values(
        id=uuid7(), company_id=company_id, idempotency_key=key, request_hash=fingerprint, kind=kind,
        reference=reference, legs=amounts, reservations=reservations, status=HoldStatus.PENDING,
        expires_at=expires_at).on_conflict_do_nothing(index_elements=["company_id", "idempotency_key"])
        .returning(LedgerHold))).one_or_none()
    if created is None:
        existing = await session.scalar(select(LedgerHold).where(LedgerHold.company_id == company_id,
                                                                 LedgerHold.idempotency_key == key))
        assert existing is not None
        _claim_check(existing, fingerprint)
        return existing, True
    if reservations:
        await _reserve(session, company_id, reservations, 1)
    return created, False


async def _locked_hold(session: AsyncSession, company_id: uuid.UUID, hold_id: uuid.UUID) -> LedgerHold:
    found = await session.scalar(select(LedgerHold).where(LedgerHold.company_id == company_id,
                                                          LedgerHold.id == hold_id)
                                 .with_for_update().execution_options(populate_existing=True))
    if found is None:
        raise DomainError(Code.HOLD_NOT_FOUND, "预授权不存在", field="holdId")
    return found


def _closed(found: LedgerHold) -> DomainError:
    label = {HoldStatus.VOIDED: "已撤销", HoldStatus.EXPIRED: "已过期", HoldStatus.POSTED: "已完成"}[found.status]
    return DomainError(Code.HOLD_CLOSED, f"预授权{label}", field="holdId")


async def post_hold(session: AsyncSession, company_id: uuid.UUID, hold_id: uuid.UUID,
                    legs: list[Leg] | None = None) -> Posted:
    """Post a pending hold: its legs, or `legs` taking no more from each guarded account than it reserved
    (and from no other guarded account); the reservation is released. Posting it again gives the transfer
    back; a voided or expired hold is refused."""
    found = await _locked_hold(session, company_id, hold_id)
    amounts = dict(found.legs) if legs is None else _merge(legs)
    if found.status is HoldStatus.POSTED:  # the same legs replay the transfer; other legs are a conflict
        return await post(session, company_id, key=f"hold:{found.id}", kind=found.kind,
                          legs=[Leg(c, a) for c, a in amounts.items()], reference=found.reference)
    if found.status is not HoldStatus.PENDING:
        raise _closed(found)
    for code, amount in amounts.items():
        if amount > 0 and code.startswith(GUARDED_PREFIXES) and amount > found.reservations.get(code, 0):
            raise DomainError(Code.EXCEEDS_HOLD, f"账户 {code} 的扣款超过预授权金额", field="legs")
    if found.reservations:
        await _reserve(session, company_id, dict(found.reservations), -1)
    posted = await post(session, company_id, key=f"hold:{found.id}", kind=found.kind,
                        legs=[Leg(c, a) for c, a in amounts.items()], reference=found.reference)
    found.status, found.transfer_id, found.resolved_at = HoldStatus.POSTED, posted.transfer.id, utcnow()
    await session.flush()
    return posted


async def void_hold(session: AsyncSession, company_id: uuid.UUID, hold_id: uuid.UUID, *,
                    expired: bool = False) -> LedgerHold:
    """Release a pending hold (VOIDED, or EXPIRED by the expiry job); voiding a voided hold changes nothing;
    a posted hold is refused."""
    found = await _locked_hold(session, company_id, hold_id)
    if found.status in (HoldStatus.VOIDED, HoldStatus.EXPIRED):
        return found
    if found.status is not HoldStatus.PENDING:
        raise _closed(found)
    if found.reservations:
        await _reserve(session, company_id, dict(found.reservations), -1)
    found.status = HoldStatus.EXPIRED if expired else HoldStatus.VOIDED
    found.resolved_at = utcnow()
    await session.flush()
    return found


async def expire_holds(session: AsyncSession, now: datetime, limit: int = 500) -> int:
    """Expire the pending holds past their time (skipping any another worker or a post holds locked)."""
    due = (await session.execute(select(LedgerHold.company_id, LedgerHold.id).where(
        LedgerHold.status == HoldStatus.PENDING, LedgerHold.expires_at <= now)
        .order_by(LedgerHold.expires_at).limit(limit).with_for_update(skip_locked=True))).all()
    for company_id, hold_id in due:
        await void_hold(session, company_id, hold_id, expired=True)
    return len(due)


async def available(session: AsyncSession, company_id: uuid.UUID, code: str) -> int:
    """What a guarded account's owner may still spend: what it holds less what pending holds reserve."""
    row = (await session.execute(select(LedgerAccount.balance, LedgerAccount.reserved).where(
        LedgerAccount.company_id == company_id, LedgerAccount.code == code))).one_or_none()
    return 0 if row is None else -(int(row.balance) + int(row.reserved))


async def verify(session: AsyncSession) -> list[str]:
    """Every invariant of the ledger, checked on the live database; the problems found (none: healthy)."""
    problems = []
    for transfer_id, total in (await session.execute(
            select(LedgerEntry.transfer_id, func.sum(LedgerEntry.amount)).group_by(LedgerEntry.transfer_id)
            .having(func.sum(LedgerEntry.amount) != 0))).all():
        problems.append(f"transfer {transfer_id} does not balance: {total}")
    for code, cached, summed in (await session.execute(
            select(LedgerAccount.code, LedgerAccount.balance, func.coalesce(func.sum(LedgerEntry.amount), 0))
            .outerjoin(LedgerEntry, LedgerEntry.account_id == LedgerAccount.id).group_by(LedgerAccount.id)
            .having(LedgerAccount.balance != func.coalesce(func.sum(LedgerEntry.amount), 0)))).all():
        problems.append(f"account {code}: balance {cached} but entries sum to {summed}")
    for code, entry_id in (await session.execute(text(
            "SELECT a.code, e.id FROM (SELECT id, account_id, balance_before, lag(balance_after) OVER "
            "(PARTITION BY account_id ORDER BY seq) AS previous FROM ledger_entries) e "
            "JOIN ledger_accounts a ON a.id = e.account_id "
            "WHERE e.balance_before <> coalesce(e.previous, 0)"))).all():
        problems.append(f"account {code}: entry {entry_id} does not continue the previous balance")
    for (transfer_id,) in (await session.execute(
            select(LedgerTransfer.id).outerjoin(LedgerEntry, LedgerEntry.transfer_id == LedgerTransfer.id)
            .where(LedgerEntry.id.is_(None)))).all():
        problems.append(f"transfer {transfer_id} has no entries")
    for code, reserved, pending in (await session.execute(text(
            "SELECT a.code, a.reserved, coalesce(h.total, 0) FROM ledger_accounts a LEFT JOIN ("
            "  SELECT company_id, r.key AS code, sum(r.value::bigint) AS total FROM ledger_holds,"
            "  jsonb_each_text(reservations) r WHERE status = 'pending' GROUP BY company_id, r.key) h"
            " ON h.company_id = a.company_id AND h.code = a.code"
            " WHERE a.reserved <> coalesce(h.total, 0)"))).all():
        problems.append(f"account {code}: reserved {reserved} but pending holds reserve {pending}")
    for (hold_id,) in (await session.execute(select(LedgerHold.id).where(
            (LedgerHold.status == HoldStatus.POSTED) == LedgerHold.transfer_id.is_(None)))).all():
        problems.append(f"hold {hold_id}: a posted hold has its transfer, no other has one")
    return problems
