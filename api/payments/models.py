"""A station's merchant account with a payment channel (mchid, appid, key): the money of its sales goes
there, and drivers see the payee name. The key is stored encrypted and never returned."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
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
    api_v3_key_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)  # decrypts v3 notifications
    platform_keys: Mapped[dict[str, str]] = mapped_column(JSONB, default=dict)  # serial -> public key PEM
    fee_rate_bp: Mapped[int] = mapped_column(default=0)  # the channel's fee, basis points (38 = 0.38%)
    # JSAPI (v3) for the drivers' mini-program: its appid, and the merchant's API certificate key and serial
    mini_program_app_id: Mapped[str | None] = mapped_column(String(32))
    merchant_serial: Mapped[str | None] = mapped_column(String(64))
    merchant_private_key_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)


class PaymentNotification(Keyed, Base):
    """The inbox: every notification believed (verified and decrypted) is stored once, by the channel's id;
    a duplicate finds its row and changes nothing."""

    __tablename__ = "payment_notifications"
    __table_args__ = (UniqueConstraint("channel", "notification_id"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    channel: Mapped[str] = mapped_column(String(16))
    notification_id: Mapped[str] = mapped_column(String(64))
    event_type: Mapped[str] = mapped_column(String(32))
    out_trade_no: Mapped[str | None] = mapped_column(String(64))
    resource: Mapped[dict[str, Any]] = mapped_column(JSONB)
    raw_body: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(64))
    processed_at: Mapped[datetime | None]
