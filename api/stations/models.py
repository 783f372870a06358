"""Company → Region → Station."""

from __future__ import annotations

import uuid
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class StationStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Company(Keyed, Base):
    """A fuel company: the tenant. Everything else belongs to exactly one company."""

    __tablename__ = "companies"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class Region(Keyed, Base):
    """A group of stations of one company (片区), used to grant access to many stations at once."""

    __tablename__ = "regions"
    __table_args__ = (UniqueConstraint("company_id", "code"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))


class Station(Keyed, Base):
    """A fuel station."""

    __tablename__ = "stations"
    __table_args__ = (UniqueConstraint("company_id", "code"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    region_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("regions.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    phone: Mapped[str | None] = mapped_column(String(32))
    opening_hours: Mapped[str | None] = mapped_column(String(100))
    photo_url: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[StationStatus] = mapped_column(
        str_enum(StationStatus, "station_status"),
        default=StationStatus.OPEN,
    )
    time_zone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
