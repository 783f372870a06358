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
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import DomainError
from api.core.idempotency import request_hash
from api.core.ids import uuid7
from api.ledger.errors import LedgerErrorCode as Code
from api.ledger.models import LedgerAccount, LedgerEntry, LedgerTransfer

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


async def _lock(session: AsyncSession, company_id: uuid.UUID, codes: list[str]) -> dict[str, _Locked]:
    """The accounts, created when new, locked in the order of their ids."""
    query = (select(LedgerAccount.id, LedgerAccount.code, LedgerAccount.balance, LedgerAccount.guarded)
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
        if after > 0 and account.guarded:
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
    return problems
