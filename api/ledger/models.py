"""The double-entry ledger: accounts, immutable transfers whose entries sum to zero, and each entry's
balance before and after.

Sign: an entry's amount is added to its account's balance. A transfer moves money between accounts, so
its amounts sum to zero (a cash sale: `cash:{shift}` +100, `revenue:fuel:1402` -100). Accounts holding
someone's money (cards, fleet pools, points) may not go below zero; the others may (revenue is a credit).
"""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Identity, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed


class LedgerAccount(Keyed, Base):
    __tablename__ = "ledger_accounts"
    __table_args__ = (
        UniqueConstraint("company_id", "code"),
        CheckConstraint("NOT guarded OR balance <= 0", name="holding_never_owed"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    code: Mapped[str] = mapped_column(String(96))  # e.g. cash:{shift id}, clearing:wechat, revenue:fuel:1402
    currency: Mapped[str] = mapped_column(String(8), default="CNY")  # CNY (fen) or POINTS
    balance: Mapped[int] = mapped_column(BigInteger, default=0)
    guarded: Mapped[bool] = mapped_column(default=False)  # holds someone's money: never above zero


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
