"""Stored-value cards (储值卡): the company's card products (制卡规则), its cards, and what was paid with them.

A card's money is on the ledger (`card:{id}:principal`, `card:{id}:bonus`, credits: a card holding ¥500 has
balance -50,000); the counters here (`principal_in_fen`, `bonus_in_fen`, `spent_fen`) are the history the
refund rule needs, updated under the card's row lock in the transaction that posts the money, so that
`held = principal_in + bonus_in - spent` always equals what the two accounts hold.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, LargeBinary, String, UniqueConstraint, Uuid
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class CardKind(StrEnum):
    VIRTUAL = "virtual"  # 电子卡: claimed in the mini-program, numbered by us
    PHYSICAL = "physical"  # 实体卡 / IC卡: sold at the POS, its printed number entered or read


class CardState(StrEnum):
    ACTIVE = "active"
    FROZEN = "frozen"  # 冻结: by the company (risk, dispute); unfrozen by staff
    REPORTED_LOST = "reported_lost"  # 挂失: by the holder or staff; 解除挂失 returns it to active
    DISABLED = "disabled"  # 停用: taken out of use by staff; enabled again by staff
    CLOSED = "closed"  # 销户: final; the principal not consumed was refunded


class CardMode(StrEnum):
    ALLOCATED = "allocated"  # 划拨: the parent moves money to each child, children spend their own
    SHARED = "shared"  # 共享扣款: children spend the parent's money within their own limits


class TopUpMethod(StrEnum):
    CASH = "cash"  # at the POS, into the open shift's drawer
    BANK_TRANSFER = "bank_transfer"  # 对公转账, recorded by finance
    WECHAT = "wechat"  # confirmed by the channel (keyed by its transaction id)
    ALIPAY = "alipay"


class CardProduct(Keyed, Base):
    """A card product: what kind of card, where and on what it may be spent, its top-up rules and limits.
    Empty lists mean "no restriction" (every grade, every station); goods need `allows_goods`."""

    __tablename__ = "card_products"
    __table_args__ = (UniqueConstraint("company_id", "name"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(32))
    kind: Mapped[CardKind] = mapped_column(str_enum(CardKind, "card_kind"))
    named: Mapped[bool] = mapped_column(default=True)  # 记名卡 (a member holds it) or 不记名卡 (bearer)
    grade_codes: Mapped[list[str]] = mapped_column(ARRAY(String(8)), default=list)
    allows_goods: Mapped[bool] = mapped_column(default=True)
    goods_categories: Mapped[list[str]] = mapped_column(ARRAY(String(32)), default=list)
    station_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(Uuid), default=list)
    top_up_min_fen: Mapped[int] = mapped_column(BigInteger, default=100)
    top_up_max_fen: Mapped[int] = mapped_column(BigInteger, default=5_000_000)
    bonus_tiers: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)  # [{min_fen, bonus_fen}]
    per_transaction_limit_fen: Mapped[int | None] = mapped_column(BigInteger)
    daily_limit_fen: Mapped[int | None] = mapped_column(BigInteger)
    monthly_limit_fen: Mapped[int | None] = mapped_column(BigInteger)
    daily_count_limit: Mapped[int | None]
    password_above_fen: Mapped[int | None] = mapped_column(BigInteger)  # a spend above this needs the password
    valid_days: Mapped[int | None]  # a card expires this many days after it is issued; None: never
    active: Mapped[bool] = mapped_column(default=True)  # inactive: no new cards


class Card(Keyed, Base):
    __tablename__ = "cards"
    __table_args__ = (
        UniqueConstraint("company_id", "number"),
        Index("ix_cards_member", "member_id"),
        Index("ix_cards_parent", "parent_id"),
        CheckConstraint("principal_in_fen >= 0 AND bonus_in_fen >= 0 AND spent_fen >= 0 "
                        "AND spent_fen <= principal_in_fen + bonus_in_fen", name="history_consistent"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("card_products.id"))
    kind: Mapped[CardKind] = mapped_column(str_enum(CardKind, "card_kind"))
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"))  # None: a bearer card
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cards.id"))
    mode: Mapped[CardMode | None] = mapped_column(str_enum(CardMode, "card_mode"))  # a parent's, by its 1st child
    station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stations.id"))  # where it was sold
    state: Mapped[CardState] = mapped_column(str_enum(CardState, "card_state"), default=CardState.ACTIVE)
    phone_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)  # the bound mobile (SMS checks)
    phone_index: Mapped[str | None] = mapped_column(String(64), index=True)
    password_hash: Mapped[str | None] = mapped_column(String(128))
    per_transaction_limit_fen: Mapped[int | None] = mapped_column(BigInteger)  # a child's own limits
    daily_limit_fen: Mapped[int | None] = mapped_column(BigInteger)
    monthly_limit_fen: Mapped[int | None] = mapped_column(BigInteger)
    daily_count_limit: Mapped[int | None]
    principal_in_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # topped up (+ allocated in - out)
    bonus_in_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # granted (+ allocated in - out)
    spent_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # paid from this card's accounts
    expires_at: Mapped[datetime | None]
    recovered: Mapped[bool] = mapped_column(default=False)  # a physical card handed back on closing
    closed_at: Mapped[datetime | None]


class CardTopUp(Keyed, Base):
    """One top-up, as posted: its idempotency key and request hash give a replay the first answer."""

    __tablename__ = "card_top_ups"
    __table_args__ = (UniqueConstraint("company_id", "idempotency_key"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cards.id"), index=True)
    station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stations.id"))
    shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shifts.id"))
    method: Mapped[TopUpMethod] = mapped_column(str_enum(TopUpMethod, "card_top_up_method"))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    bonus_fen: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str | None] = mapped_column(String(64))  # a bank slip number, a channel transaction id
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ledger_transfers.id"))
    actor_id: Mapped[uuid.UUID | None]


class CardSpend(Keyed, Base):
    """One payment with a card at checkout: the card presented (whose limits count it) and the card whose
    accounts paid (itself, or the parent of a shared-mode child), split into principal and bonus."""

    __tablename__ = "card_spends"
    __table_args__ = (
        Index("ix_card_spends_card_time", "card_id", "created_at"),
        UniqueConstraint("order_id", "card_id"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cards.id"))
    paying_card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cards.id"))
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    principal_fen: Mapped[int] = mapped_column(BigInteger)
    bonus_fen: Mapped[int] = mapped_column(BigInteger)
