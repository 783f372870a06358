"""Forecourt master data: grades (per company), tanks, dispensers and nozzles (per station)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class GradeKind(StrEnum):
    GASOLINE = "gasoline"
    DIESEL = "diesel"
    CNG = "cng"
    LNG = "lng"


class DispenserProtocol(StrEnum):
    KAJILIAN = "kajilian"
    DART = "dart"


class Parity(StrEnum):
    NONE = "none"
    EVEN = "even"
    ODD = "odd"


class FuelGrade(Keyed, Base):
    """A product sold by volume (92#, 0# diesel, CNG...), with the national code dispensers report."""

    __tablename__ = "fuel_grades"
    __table_args__ = (UniqueConstraint("company_id", "code"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(32))
    kind: Mapped[GradeKind] = mapped_column(str_enum(GradeKind, "grade_kind"))
    density_g_per_l: Mapped[int | None]


class Tank(Keyed, Base):
    """An underground tank holding one grade."""

    __tablename__ = "tanks"
    __table_args__ = (UniqueConstraint("station_id", "number"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"), index=True)
    number: Mapped[int]
    grade_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fuel_grades.id"))
    capacity_ml: Mapped[int] = mapped_column(BigInteger)
    gauge_id: Mapped[str | None] = mapped_column(String(32))


class Dispenser(Keyed, Base):
    """A dispenser on a hub port, with the serial settings its protocol needs."""

    __tablename__ = "dispensers"
    __table_args__ = (UniqueConstraint("station_id", "number"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"), index=True)
    number: Mapped[int]
    name: Mapped[str] = mapped_column(String(32))
    hub_port: Mapped[int]
    protocol: Mapped[DispenserProtocol] = mapped_column(str_enum(DispenserProtocol, "dispenser_protocol"))
    address: Mapped[int] = mapped_column(default=0)
    baud: Mapped[int] = mapped_column(default=9600)
    parity: Mapped[Parity] = mapped_column(str_enum(Parity, "serial_parity"), default=Parity.EVEN)
    data_bits: Mapped[int] = mapped_column(default=8)
    stop_bits: Mapped[int] = mapped_column(default=1)


class Nozzle(Keyed, Base):
    """A nozzle, numbered across the station (the number the POS and drivers see), bound to one grade."""

    __tablename__ = "nozzles"
    __table_args__ = (UniqueConstraint("station_id", "number"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"), index=True)
    dispenser_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispensers.id"), index=True)
    number: Mapped[int]
    side: Mapped[str | None] = mapped_column(String(8))
    grade_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fuel_grades.id"))
    tank_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tanks.id"))


class DispenserOfflinePeriod(Keyed, Base):
    """A stretch of time a dispenser's link was down (open while `up_at` is null)."""

    __tablename__ = "dispenser_offline_periods"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"), index=True)
    dispenser_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispensers.id"), index=True)
    down_at: Mapped[datetime]
    up_at: Mapped[datetime | None]


class NozzleTotalizerReading(Keyed, Base):
    """A nozzle's electronic volume totalizer as the station device read it (38H), kept as history for
    meter audits; `created_at` is when the platform received it. A replay of the same reading (same
    nozzle, same `read_at`) is stored once."""

    __tablename__ = "nozzle_totalizer_readings"
    __table_args__ = (
        UniqueConstraint("nozzle_id", "read_at"),
        Index("ix_nozzle_totalizer_readings_station_read", "station_id", "read_at"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    nozzle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("nozzles.id"))
    totalizer_ml: Mapped[int] = mapped_column(BigInteger)
    read_at: Mapped[datetime]


class TotalizerReadRequest(Keyed, Base):
    """The platform wants fresh totalizer readings from a station (a shift opened or closed): one row per
    station while the request stands; the station's next totalizer report removes it."""

    __tablename__ = "totalizer_read_requests"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"), unique=True)
    requested_at: Mapped[datetime]
