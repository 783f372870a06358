"""Fuelings (one per dispenser transaction) and forecourt anomalies."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class AnomalyKind(StrEnum):
    TOTALIZER_BREAK = "totalizer_break"
    AMOUNT_MISMATCH = "amount_mismatch"


class Fueling(Keyed, Base):
    """A completed sale as the dispenser reported it. The dispenser's amount is authoritative; ours is
    computed beside it (volume × unit price, rounded half-up) and a difference is flagged."""

    __tablename__ = "fuelings"
    __table_args__ = (
        UniqueConstraint("station_id", "dispenser_id", "ttc"),
        Index("ix_fuelings_station_ended", "station_id", "ended_at"),
        Index("ix_fuelings_nozzle_ended", "nozzle_id", "ended_at"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    dispenser_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispensers.id"))
    nozzle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("nozzles.id"))
    grade_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fuel_grades.id"))
    ttc: Mapped[int] = mapped_column(BigInteger)
    grade_code: Mapped[str] = mapped_column(String(8))
    volume_ml: Mapped[int] = mapped_column(BigInteger)
    unit_price_fen: Mapped[int]
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    computed_amount_fen: Mapped[int] = mapped_column(BigInteger)
    amount_mismatch: Mapped[bool] = mapped_column(default=False)
    totalizer_ml: Mapped[int] = mapped_column(BigInteger)
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime]
    card_no: Mapped[str | None] = mapped_column(String(32))
    raw_frame: Mapped[str | None] = mapped_column(String(1024))
    paid: Mapped[bool] = mapped_column(default=False)
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id", use_alter=True))


class Anomaly(Keyed, Base):
    """Something on the forecourt that a person must look at (a totalizer break bills drivers twice)."""

    __tablename__ = "anomalies"
    __table_args__ = (Index("ix_anomalies_station_created", "station_id", "created_at"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    kind: Mapped[AnomalyKind] = mapped_column(str_enum(AnomalyKind, "anomaly_kind"))
    nozzle_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("nozzles.id"))
    fueling_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("fuelings.id"))
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    resolved_at: Mapped[datetime | None]
