"""Per-nozzle meter readings of a shift: the totalizer at open and at close, and the fuelings between."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class MeterSource(StrEnum):
    TOTALIZER = "totalizer"  # a 38H reading of the dispenser's totalizers
    FUELING = "fueling"  # the totalizer a fueling carried, exact at its end


class ShiftNozzleMeter(Keyed, Base):
    """One nozzle of one shift. The opening reading is written when the shift opens, the closing reading
    and the fuelings it covers when it closes; a closed shift's rows never change. A nozzle added during
    the shift gets its row at close, without an opening reading."""

    __tablename__ = "shift_nozzle_meters"
    __table_args__ = (UniqueConstraint("shift_id", "nozzle_id"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shifts.id"))
    nozzle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("nozzles.id"))
    nozzle_number: Mapped[int]
    opening_ml: Mapped[int | None] = mapped_column(BigInteger)
    opening_at: Mapped[datetime | None]
    opening_source: Mapped[MeterSource | None] = mapped_column(str_enum(MeterSource, "meter_source"))
    closing_ml: Mapped[int | None] = mapped_column(BigInteger)
    closing_at: Mapped[datetime | None]
    closing_source: Mapped[MeterSource | None] = mapped_column(str_enum(MeterSource, "meter_source"))
    fueling_count: Mapped[int | None]
    fueling_ml: Mapped[int | None] = mapped_column(BigInteger)
