"""The day close (日结) record: one per station and business day, written once and never changed (a trigger
refuses UPDATE and DELETE)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed


class DayClose(Keyed, Base):
    """A station's business day (in its time zone) closed, with the day report's totals as they stood."""

    __tablename__ = "day_closes"
    __table_args__ = (
        UniqueConstraint("station_id", "business_date"),
        UniqueConstraint("company_id", "idempotency_key"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    business_date: Mapped[date]
    closed_at: Mapped[datetime]
    closed_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    remark: Mapped[str | None] = mapped_column(String(200))
    shift_count: Mapped[int]
    orders: Mapped[int]
    sales_fen: Mapped[int] = mapped_column(BigInteger)
    refunds_fen: Mapped[int] = mapped_column(BigInteger)
    drive_offs: Mapped[int]
    drive_off_fen: Mapped[int] = mapped_column(BigInteger)
    expected_cash_fen: Mapped[int] = mapped_column(BigInteger)
    counted_cash_fen: Mapped[int] = mapped_column(BigInteger)
    over_short_fen: Mapped[int] = mapped_column(BigInteger)
    # {"tenders" | "refunds" | "grades" | "nozzles": [{"key", "count", "volume_ml", "amount_fen"}, ...]}
    breakdown: Mapped[dict[str, Any]] = mapped_column(JSONB)
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
