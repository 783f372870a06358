"""Shifts, orders and their lines, and payments (one per tender).

A fueling belongs to at most one order (`fuelings.order_id`, set under a row lock at checkout). An order is
created paid in one transaction with its payments and their ledger postings; its idempotency key is stored
with the hash of the request. A station has at most one open shift; a closed shift never changes.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class ShiftStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class OrderStatus(StrEnum):
    AWAITING_PAYMENT = "awaiting_payment"
    PAID = "paid"
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"
    VOIDED = "voided"
    DRIVE_OFF = "drive_off"


class Tender(StrEnum):
    CASH = "cash"
    UNIONPAY = "unionpay"  # bank card on the station's terminal, confirmed by its reference number
    WECHAT = "wechat"  # WeChat Pay payment code (付款码) scanned by the cashier
    ALIPAY = "alipay"  # Alipay payment code (当面付) scanned by the cashier
    CARD = "card"  # a stored-value card (储值卡) of the company, settled on its ledger accounts
    POINTS = "points"  # a member's points, redeemed at the company's rate
    COUPON = "coupon"  # a coupon of a campaign, redeemed once
    ON_ACCOUNT = "on_account"  # a fleet's credit line (挂账), billed on its monthly statement

    @property
    def online(self) -> bool:
        """Settled by a payment channel, not in the station."""
        return self in (Tender.WECHAT, Tender.ALIPAY)


class PaymentStatus(StrEnum):
    CREATED = "created"
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CLOSED = "closed"


class Shift(Keyed, Base):
    __tablename__ = "shifts"
    __table_args__ = (
        UniqueConstraint("station_id", "number"),
        Index("uq_shifts_one_open", "station_id", unique=True, postgresql_where=text("status = 'open'")),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    number: Mapped[int]  # 1, 2, 3... per station
    status: Mapped[ShiftStatus] = mapped_column(str_enum(ShiftStatus, "shift_status"), default=ShiftStatus.OPEN)
    cashier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    opened_at: Mapped[datetime]
    opening_float_fen: Mapped[int] = mapped_column(BigInteger)
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    expected_cash_fen: Mapped[int | None] = mapped_column(BigInteger)
    counted_cash_fen: Mapped[int | None] = mapped_column(BigInteger)
    over_short_fen: Mapped[int | None] = mapped_column(BigInteger)
    over_short_reason: Mapped[str | None] = mapped_column(String(200))


class Order(Keyed, Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("company_id", "idempotency_key"),
        UniqueConstraint("station_id", "number"),
        Index("ix_orders_station_created", "station_id", "created_at"),
        Index("ix_orders_shift", "shift_id"),
        Index("ix_orders_tags", "tags", postgresql_using="gin"),
        Index("ix_orders_member", "member_id", "created_at", postgresql_where=text("member_id IS NOT NULL")),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shifts.id"))
    number: Mapped[str] = mapped_column(String(32))  # S001-20261122-0007
    status: Mapped[OrderStatus] = mapped_column(str_enum(OrderStatus, "order_status"))
    cashier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    total_fen: Mapped[int] = mapped_column(BigInteger)
    discount_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_reason: Mapped[str | None] = mapped_column(String(200))
    payable_fen: Mapped[int] = mapped_column(BigInteger)
    paid_at: Mapped[datetime | None]
    remark: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[list[str]] = mapped_column(ARRAY(String(16)), default=list)  # e.g. 滴滴, 车队
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("members.id"))  # the driver, if identified
    vehicle_plate: Mapped[str | None] = mapped_column(String(10))
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))


class OrderLine(Keyed, Base):
    __tablename__ = "order_lines"
    # a fuel line carries fueling_id and grade_code; a goods line goods_id and quantity (units)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # 0, 1, 2... in the order's sequence
    fueling_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("fuelings.id"), unique=True)
    description: Mapped[str] = mapped_column(String(100))  # 3号枪 92# 20.55 L
    grade_code: Mapped[str | None] = mapped_column(String(8))
    quantity_ml: Mapped[int | None] = mapped_column(BigInteger)
    goods_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("goods_items.id"))
    quantity: Mapped[int | None]  # goods units
    unit_price_fen: Mapped[int]
    amount_fen: Mapped[int] = mapped_column(BigInteger)


class Payment(Keyed, Base):
    __tablename__ = "payments"
    __table_args__ = (Index("ix_payments_pending", "created_at", postgresql_where=text("status = 'pending'")),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shifts.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # 0, 1, 2... as the tenders were given
    tender: Mapped[Tender] = mapped_column(str_enum(Tender, "tender"))
    status: Mapped[PaymentStatus] = mapped_column(str_enum(PaymentStatus, "payment_status"))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    given_fen: Mapped[int | None] = mapped_column(BigInteger)  # cash handed over
    change_fen: Mapped[int | None] = mapped_column(BigInteger)
    reference: Mapped[str | None] = mapped_column(String(64))  # terminal reference number
    auth_code: Mapped[str | None] = mapped_column(String(32))  # payment code, cleared once settled
    sent_at: Mapped[datetime | None]  # when it went to the channel (at most once)
    channel_state: Mapped[str | None] = mapped_column(String(16))
    channel_message: Mapped[str | None] = mapped_column(String(200))
    transaction_id: Mapped[str | None] = mapped_column(String(64))  # the channel's id
    fee_fen: Mapped[int | None] = mapped_column(BigInteger)  # the channel's fee, rounded per transaction
    settled_at: Mapped[datetime | None]
    transfer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_transfers.id"))


class RefundStatus(StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class Refund(Keyed, Base):
    """Money given back on one payment: whole or part, with a reason; its id is the channel's
    `out_refund_no`, so a retry never refunds twice."""

    __tablename__ = "refunds"
    __table_args__ = (UniqueConstraint("company_id", "idempotency_key"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    payment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("payments.id"), index=True)
    shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shifts.id"), index=True)  # cash: whose drawer
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(200))
    status: Mapped[RefundStatus] = mapped_column(str_enum(RefundStatus, "refund_status"))
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    channel_refund_id: Mapped[str | None] = mapped_column(String(64))
    channel_state: Mapped[str | None] = mapped_column(String(16))
    settled_at: Mapped[datetime | None]
    transfer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_transfers.id"))
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))


class CashDrop(Keyed, Base):
    """Cash taken out of the drawer during a shift into the safe or the bank bag (投款)."""

    __tablename__ = "cash_drops"
    __table_args__ = (UniqueConstraint("company_id", "idempotency_key"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shifts.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str | None] = mapped_column(String(200))
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ledger_transfers.id"))
    idempotency_key: Mapped[str | None] = mapped_column(String(128))  # null for drops made before keys
    request_hash: Mapped[str | None] = mapped_column(String(64))


class GoodsItem(Keyed, Base):
    """A non-fuel item sold at the POS (a drink, motor oil...); stock comes with inventory."""

    __tablename__ = "goods_items"
    __table_args__ = (UniqueConstraint("company_id", "barcode"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    barcode: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(32))
    unit: Mapped[str] = mapped_column(String(8))  # 瓶, 桶, 个
    price_fen: Mapped[int]
    tax_rate_bp: Mapped[int] = mapped_column(default=1300)  # basis points: 1300 = 13%
    active: Mapped[bool] = mapped_column(default=True)


class OrderDiscount(Keyed, Base):
    """One discount of an order as the pricing service gave it (`api.selling.discounts`): on one line
    (`line_position`) or on the whole order, posted to `account`."""

    __tablename__ = "order_discounts"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int]
    rule: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(40))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    line_position: Mapped[int | None]
    account: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str | None] = mapped_column(String(200))


class OrderPaymentRequest(Keyed, Base):
    """One request paying the rest of an order awaiting payment (`api.selling.order_payments`), kept with
    its idempotency key and the request's hash."""

    __tablename__ = "order_payment_requests"
    __table_args__ = (UniqueConstraint("company_id", "idempotency_key"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
