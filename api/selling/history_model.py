"""An order's history: one row per change of the order, of one of its payments or of one of its refunds."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class OrderEventKind(StrEnum):
    ORDER = "order"  # the order was created or its status changed
    PAYMENT = "payment"  # a payment (one tender) was created or its status changed
    REFUND = "refund"  # a refund was created or its status changed
    TAGS = "tags"  # the order's tags changed


class OrderEvent(Keyed, Base):
    """Written by the session itself whenever an order, payment or refund changes (`api.selling.history`),
    never updated: `from_value` → `to_value` are statuses (tags: the tag lists joined by commas)."""

    __tablename__ = "order_events"
    __table_args__ = (Index("ix_order_events_order", "order_id", "created_at"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"))
    kind: Mapped[OrderEventKind] = mapped_column(str_enum(OrderEventKind, "order_event_kind"))
    from_value: Mapped[str | None] = mapped_column(String(120))
    to_value: Mapped[str] = mapped_column(String(120))
    payment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payments.id"))
    refund_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("refunds.id"))
    tender: Mapped[str | None] = mapped_column(String(16))
    amount_fen: Mapped[int | None] = mapped_column(BigInteger)
    actor_kind: Mapped[str] = mapped_column(String(16))  # staff, member, device, system...
    actor_id: Mapped[uuid.UUID | None]
    actor_label: Mapped[str] = mapped_column(String(120))
