"""A JSAPI payment: the WeChat Pay prepay behind one `Payment` of an order, paid by a driver in the
mini-program. It keeps the idempotency key (with the request's hash) and every field the prepay was made
with, so that a retry sends the very same prepay (the channel then answers the same prepay_id) and a
replay returns the very same `wx.requestPayment` parameters."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed


class JsapiPayment(Keyed, Base):
    __tablename__ = "jsapi_payments"
    __table_args__ = (UniqueConstraint("company_id", "idempotency_key"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    payment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payments.id"), unique=True)
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
    app_id: Mapped[str] = mapped_column(String(32))  # the mini-program's, as sent in the prepay
    payer_openid_encrypted: Mapped[bytes] = mapped_column(LargeBinary)  # personal data: encrypted at rest
    description: Mapped[str] = mapped_column(String(127))
    notify_url: Mapped[str] = mapped_column(String(255))  # also where refund notifications go
    time_expire: Mapped[datetime]
    time_stamp: Mapped[str] = mapped_column(String(16))  # of the payment sheet's signature
    nonce_str: Mapped[str] = mapped_column(String(32))
    prepay_id: Mapped[str | None] = mapped_column(String(64))  # once the channel answered
