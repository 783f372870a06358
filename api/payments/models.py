"""A station's merchant account with a payment channel (mchid, appid, key): the money of its sales goes
there, and drivers see the payee name. The key is stored encrypted and never returned."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed


class PaymentMerchant(Keyed, Base):
    __tablename__ = "payment_merchants"
    __table_args__ = (UniqueConstraint("station_id", "channel"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    channel: Mapped[str] = mapped_column(String(16))  # wechat
    mch_id: Mapped[str] = mapped_column(String(32))
    app_id: Mapped[str] = mapped_column(String(32))
    api_key_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    api_base_url: Mapped[str] = mapped_column(String(200))
    payee_name: Mapped[str] = mapped_column(String(64))
