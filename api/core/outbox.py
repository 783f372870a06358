"""The outbox: effects that must not be lost are written in the business transaction and relayed.

A row in `outbox_messages` names an actor and its keyword arguments. The relay (`workers.outbox`) claims
pending rows with `FOR UPDATE SKIP LOCKED`, hands them to the broker and marks them dispatched in the same
transaction, so a crash anywhere re-sends instead of losing. Delivery is therefore at-least-once and every
actor fed from here is idempotent.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Index, String, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.core.clock import utcnow
from api.core.db import Base
from api.core.ids import uuid7


class OutboxMessage(Base):
    """One effect waiting to be handed to the broker."""

    __tablename__ = "outbox_messages"
    __table_args__ = (
        Index("ix_outbox_messages_pending", "created_at", postgresql_where=text("dispatched_at IS NULL")),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    actor_name: Mapped[str] = mapped_column(String(100))
    kwargs: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    dispatched_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
