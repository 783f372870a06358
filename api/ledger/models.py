"""The double-entry ledger: accounts, immutable transfers whose entries sum to zero, and each entry's
balance before and after.

Sign: an entry's amount is added to its account's balance. A transfer moves money between accounts, so
its amounts sum to zero (a cash sale: `cash:{shift}` +100, `revenue:fuel:1402` -100). Accounts holding
someone's money (cards, fleet pools, points) may not go below zero; the others may (revenue is a credit).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Identity, Index, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class LedgerAccount(Keyed, Base):
    __tablename__ = "ledger_accounts"
    __table_args__ = (
        UniqueConstraint("company_id", "code"),
        CheckConstraint("NOT guarded OR balance <= 0", name="holding_never_owed"),
        CheckConstraint("reserved >= 0 AND (NOT guarded OR balance + reserved <= 0)", name="reserved_within_held"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    code: Mapped[str] = mapped_column(String(96))  # e.g. cash:{shift id}, clearing:wechat, revenue:fuel:1402
    currency: Mapped[str] = mapped_column(String(8), default="CNY")  # CNY (fen) or POINTS
    balance: Mapped[int] = mapped_column(BigInteger, default=0)
    guarded: Mapped[bool] = mapped_column(default=False)  # holds someone's money: never above zero
    reserved: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")  # by pending holds (debits)


class LedgerTransfer(Keyed, Base):
    """One money movement, posted once: its idempotency key is unique per company, stored with the hash
    of the request that made it."""

    __tablename__ = "ledger_transfers"
    __table_args__ = (UniqueConstraint("company_id", "idempotency_key"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))  # sale, refund, top_up...
    reference: Mapped[str | None] = mapped_column(String(64))  # what it belongs to, e.g. an order id


class LedgerEntry(Keyed, Base):
    __tablename__ = "ledger_entries"
    __table_args__ = (
        Index("ix_ledger_entries_account", "account_id", "seq"),
        CheckConstraint("amount <> 0", name="not_zero"),
        CheckConstraint("balance_after = balance_before + amount", name="balance_follows"),
    )

    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True))  # posting order (under the account lock)
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ledger_transfers.id"), index=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ledger_accounts.id"))
    amount: Mapped[int] = mapped_column(BigInteger)
    balance_before: Mapped[int] = mapped_column(BigInteger)
    balance_after: Mapped[int] = mapped_column(BigInteger)


class HoldStatus(StrEnum):
    PENDING = "pending"
    POSTED = "posted"
    VOIDED = "voided"
    EXPIRED = "expired"


class LedgerHold(Keyed, Base):
    """A pending transfer (two-phase): the money its guarded debits would take is reserved on those accounts
    (`reserved`), so nothing else can spend it, until the hold is posted (its transfer, at most the amounts
    held) or voided or expired (the reservation released) — each at most once, under the hold's row lock.

    | from    | event                     | to      | money                                      |
    |---------|---------------------------|---------|--------------------------------------------|
    | (none)  | hold (a key, legs)        | PENDING | reserved on each guarded account debited   |
    | PENDING | post (legs ≤ held)        | POSTED  | released, and one transfer posted          |
    | PENDING | void                      | VOIDED  | released                                   |
    | PENDING | expiry (past expires_at)  | EXPIRED | released                                   |
    """

    __tablename__ = "ledger_holds"
    __table_args__ = (
        UniqueConstraint("company_id", "idempotency_key"),
        Index("ix_ledger_holds_pending_expiry", "expires_at", postgresql_where="status = 'pending'"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    reference: Mapped[str | None] = mapped_column(String(64))
    legs: Mapped[dict[str, int]] = mapped_column(JSONB)  # account code -> amount, balanced
    reservations: Mapped[dict[str, int]] = mapped_column(JSONB)  # guarded account code -> amount reserved
    status: Mapped[HoldStatus] = mapped_column(str_enum(HoldStatus, "ledger_hold_status"),
                                               default=HoldStatus.PENDING)
    expires_at: Mapped[datetime]
    transfer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_transfers.id"))
    resolved_at: Mapped[datetime | None]
