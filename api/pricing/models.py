"""Price changes, the station price book they write, and their delivery to each nozzle."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, Uuid
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class PriceChangeStatus(StrEnum):
    PENDING_APPROVAL = "pending_approval"
    SCHEDULED = "scheduled"
    APPLIED = "applied"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class PriceScope(StrEnum):
    STATIONS = "stations"
    REGION = "region"
    COMPANY = "company"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    CONFIRMED = "confirmed"
    FAILED = "failed"


class PriceChange(Keyed, Base):
    """A new price of one grade for a set of stations, now or at a time; big steps need a second person."""

    __tablename__ = "price_changes"
    __table_args__ = (Index("ix_price_changes_due", "status", "effective_at"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    grade_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fuel_grades.id"))
    scope: Mapped[PriceScope] = mapped_column(str_enum(PriceScope, "price_scope"))
    region_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("regions.id"))
    station_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(Uuid))
    price_fen: Mapped[int]
    effective_at: Mapped[datetime | None]
    status: Mapped[PriceChangeStatus] = mapped_column(str_enum(PriceChangeStatus, "price_change_status"))
    reason: Mapped[str | None] = mapped_column(String(200))
    needs_approval: Mapped[bool] = mapped_column(default=False)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    applied_at: Mapped[datetime | None]


class StationPrice(Keyed, Base):
    """The current price of a grade at a station (one row per pair; history is in price changes and audit)."""

    __tablename__ = "station_prices"
    __table_args__ = (UniqueConstraint("station_id", "grade_id"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"), index=True)
    grade_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fuel_grades.id"))
    price_fen: Mapped[int]
    change_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("price_changes.id"))
    effective_at: Mapped[datetime]


class PriceDelivery(Keyed, Base):
    """A price change on its way to one nozzle: pending -> sent -> confirmed (the dispenser reports it) or failed."""

    __tablename__ = "price_deliveries"
    __table_args__ = (UniqueConstraint("change_id", "nozzle_id"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    change_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("price_changes.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"), index=True)
    nozzle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("nozzles.id"))
    price_fen: Mapped[int]
    status: Mapped[DeliveryStatus] = mapped_column(str_enum(DeliveryStatus, "price_delivery_status"),
                                                   default=DeliveryStatus.PENDING)
