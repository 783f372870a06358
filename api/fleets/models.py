"""Fleets (大客户 / 车队): enterprise customers of one company, their whitelisted vehicles, what their vehicles
spent on account, the money they sent and the adjustments of their accounts.

A fleet's money is on the ledger (`api.fleets.accounts`); these rows say who, what and why. Every change to a
fleet's money first locks the fleet's row (`lock_fleet`: in line behind `money_queue`, `api.core.locks`), so
that spends, top-ups, payments and adjustments
of one fleet are serialised and a vehicle's daily counts are read under that lock.

Adjustments are a two-person state machine:

| from     | event                                   | to       | money                      |
|----------|-----------------------------------------|----------|----------------------------|
| (none)   | requested (MANAGE_FLEETS)               | PENDING  | nothing                    |
| PENDING  | approved by another person (ADJUST_BALANCES) | APPROVED | one ledger transfer, once |
| PENDING  | rejected by another person (ADJUST_BALANCES) | REJECTED | nothing                    |

APPROVED and REJECTED are final.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


def money_queue(fleet_id: uuid.UUID) -> str:
    """The advisory lock every change of a fleet's money takes before the fleet's row (fair queueing)."""
    return f"fleet-money:{fleet_id}"


class FleetStatus(StrEnum):
    NORMAL = "normal"
    FROZEN = "frozen"  # no spending on account; top-ups and payments still accepted


class FleetVehicleStatus(StrEnum):
    ACTIVE = "active"
    FROZEN = "frozen"


class FleetAdjustmentKind(StrEnum):
    CREDIT_LIMIT = "credit_limit"  # set the credit line to `amount_fen`
    PREPAID = "prepaid"  # correct the prepaid balance by `amount_fen` (signed)
    GRANTED = "granted"  # grant (rebate) or take back granted balance by `amount_fen` (signed)


class FleetAdjustmentStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class FleetReceiptKind(StrEnum):
    TOP_UP = "top_up"  # into the prepaid balance
    PAYMENT = "payment"  # against the credit used


class Fleet(Keyed, Base):
    """An enterprise customer: its identity, its responsible station (the scope it is managed in) and status."""

    __tablename__ = "fleets"
    __table_args__ = (
        UniqueConstraint("company_id", "number"),
        UniqueConstraint("company_id", "tax_number"),
        Index("ix_fleets_company_station", "company_id", "station_id"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    number: Mapped[str] = mapped_column(String(16))  # customer code (客户编码), F00001...
    name: Mapped[str] = mapped_column(String(100))
    tax_number: Mapped[str] = mapped_column(String(18))  # 统一社会信用代码, validated with its check character
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))  # responsible station (责任站点)
    status: Mapped[FleetStatus] = mapped_column(str_enum(FleetStatus, "fleet_status"), default=FleetStatus.NORMAL)
    contacts: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)  # name, title, phone (encrypted)
    remark: Mapped[str | None] = mapped_column(String(200))


class FleetVehicle(Keyed, Base):
    """A whitelisted vehicle of a fleet with its limits (None: no limit); a plate is in at most one fleet."""

    __tablename__ = "fleet_vehicles"
    __table_args__ = (UniqueConstraint("company_id", "plate"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    fleet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fleets.id", ondelete="CASCADE"), index=True)
    plate: Mapped[str] = mapped_column(String(10))
    driver_name: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[FleetVehicleStatus] = mapped_column(str_enum(FleetVehicleStatus, "fleet_vehicle_status"),
                                                       default=FleetVehicleStatus.ACTIVE)
    grade_codes: Mapped[list[str]] = mapped_column(ARRAY(String(16)), default=list)  # allowed grades; empty: any
    daily_amount_fen: Mapped[int | None] = mapped_column(BigInteger)  # on account per local day
    daily_volume_ml: Mapped[int | None] = mapped_column(BigInteger)  # fuel litres per local day
    daily_count: Mapped[int | None] = mapped_column(Integer)  # on-account payments per local day


class FleetSpend(Keyed, Base):
    """One on-account payment of an order by a fleet's vehicle, with how it was split between the fleet's
    prepaid balance, granted balance and credit (written in the checkout's transaction)."""

    __tablename__ = "fleet_spends"
    __table_args__ = (
        Index("ix_fleet_spends_vehicle_day", "vehicle_id", "local_day"),
        Index("ix_fleet_spends_fleet_time", "fleet_id", "created_at"),
        CheckConstraint("amount_fen = prepaid_fen + granted_fen + credit_fen", name="split_adds_up"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    fleet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fleets.id"))
    vehicle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fleet_vehicles.id"))
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), unique=True)  # one per order
    plate: Mapped[str] = mapped_column(String(10))
    local_day: Mapped[date] = mapped_column(Date)  # the selling station's day
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    volume_ml: Mapped[int] = mapped_column(BigInteger)  # fuel litres of the order
    prepaid_fen: Mapped[int] = mapped_column(BigInteger)
    granted_fen: Mapped[int] = mapped_column(BigInteger)
    credit_fen: Mapped[int] = mapped_column(BigInteger)


class FleetReceipt(Keyed, Base):
    """Money a fleet sent (bank transfer recorded by finance): a top-up or a payment of credit used."""

    __tablename__ = "fleet_receipts"
    __table_args__ = (Index("ix_fleet_receipts_fleet_time", "fleet_id", "created_at"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    fleet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fleets.id"))
    kind: Mapped[FleetReceiptKind] = mapped_column(str_enum(FleetReceiptKind, "fleet_receipt_kind"))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    bank_reference: Mapped[str] = mapped_column(String(64))  # the bank's transaction number
    received_on: Mapped[date] = mapped_column(Date)
    remark: Mapped[str | None] = mapped_column(String(200))
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ledger_transfers.id"), unique=True)


class FleetAdjustment(Keyed, Base):
    """A requested change of a fleet's credit limit or balances, moving money only once approved by
    another person (see the table above)."""

    __tablename__ = "fleet_adjustments"
    __table_args__ = (
        UniqueConstraint("company_id", "idempotency_key"),
        Index("ix_fleet_adjustments_fleet", "fleet_id", "created_at"),
        Index("ix_fleet_adjustments_pending", "company_id", "status"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    fleet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fleets.id"))
    kind: Mapped[FleetAdjustmentKind] = mapped_column(str_enum(FleetAdjustmentKind, "fleet_adjustment_kind"))
    amount_fen: Mapped[int] = mapped_column(BigInteger)  # the new limit, or the signed correction
    reason: Mapped[str] = mapped_column(String(200))
    status: Mapped[FleetAdjustmentStatus] = mapped_column(str_enum(FleetAdjustmentStatus, "fleet_adjustment_status"),
                                                          default=FleetAdjustmentStatus.PENDING)
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
    requested_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id"))
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str | None] = mapped_column(String(200))
    before_fen: Mapped[int | None] = mapped_column(BigInteger)  # the limit or balance when approved
    after_fen: Mapped[int | None] = mapped_column(BigInteger)
    transfer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_transfers.id"))


class FleetAdministrator(Keyed, Base):
    """A member (driver known by phone) who administers a fleet from the mini-program (车队管理员): sees its
    balances, vehicles and statements, and sets its vehicles' limits, freezes them and keeps its plate list.
    Named and removed by staff (MANAGE_FLEETS at the fleet's station)."""

    __tablename__ = "fleet_administrators"
    __table_args__ = (UniqueConstraint("fleet_id", "member_id"),
                      Index("ix_fleet_administrators_member", "member_id"))

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    fleet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("fleets.id", ondelete="CASCADE"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    named_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
