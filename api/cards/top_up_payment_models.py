"""A top-up paid through a payment channel: a member's WeChat Pay JSAPI payment in the mini-program, or a
payment code (付款码) scanned at the POS. The card is credited once, when the channel confirms the payment
(`card_top_up_id` then names the top-up posted); until then nothing is on the card.

The row keeps the idempotency key (with the request's hash) and every field the channel request was made
with, so that a retry sends the very same prepay (WeChat answers the same prepay_id) and a replay returns the
very same `wx.requestPayment` parameters. Our row id is the channel's `out_trade_no`. The bonus is fixed when
the payment is made (what the member was shown before paying)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class TopUpPaymentStatus(StrEnum):
    PENDING = "pending"  # waiting for the channel
    SUCCEEDED = "succeeded"  # paid, and the card credited
    FAILED = "failed"  # refused by the channel (or paid for a card closed meanwhile: a human refunds it)
    CLOSED = "closed"  # never paid: closed (JSAPI) or reversed (payment code)


class TopUpPaymentKind(StrEnum):
    JSAPI = "jsapi"  # the member pays in the mini-program (WeChat Pay v3)
    PAYMENT_CODE = "payment_code"  # the cashier scans the payer's code (WeChat v2 micropay, Alipay)


class CardTopUpPayment(Keyed, Base):
    __tablename__ = "card_top_up_payments"
    __table_args__ = (UniqueConstraint("company_id", "idempotency_key"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cards.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))  # whose merchant account is paid
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"))  # who paid in the mini-program
    shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shifts.id"))  # the POS's shift (payment code)
    actor_id: Mapped[uuid.UUID | None]
    kind: Mapped[TopUpPaymentKind] = mapped_column(str_enum(TopUpPaymentKind, "card_top_up_payment_kind"))
    channel: Mapped[str] = mapped_column(String(16))  # wechat, alipay
    status: Mapped[TopUpPaymentStatus] = mapped_column(str_enum(TopUpPaymentStatus, "card_top_up_payment_status"),
                                                       default=TopUpPaymentStatus.PENDING, index=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    bonus_fen: Mapped[int] = mapped_column(BigInteger)
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(127))
    # JSAPI: what the prepay was made with, and its answer
    app_id: Mapped[str | None] = mapped_column(String(32))
    payer_openid_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)  # personal data: encrypted at rest
    notify_url: Mapped[str | None] = mapped_column(String(255))
    time_expire: Mapped[datetime | None]
    time_stamp: Mapped[str | None] = mapped_column(String(16))
    nonce_str: Mapped[str | None] = mapped_column(String(32))
    prepay_id: Mapped[str | None] = mapped_column(String(64))
    # payment code: held until settled, sent once (`sent_at`), then only ever queried
    auth_code: Mapped[str | None] = mapped_column(String(32))
    sent_at: Mapped[datetime | None]
    # the channel's answers
    channel_state: Mapped[str | None] = mapped_column(String(16))
    channel_message: Mapped[str | None] = mapped_column(String(255))
    transaction_id: Mapped[str | None] = mapped_column(String(64))
    fee_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    card_top_up_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("card_top_ups.id"))
    settled_at: Mapped[datetime | None]
