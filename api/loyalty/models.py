"""Loyalty: a company's points programme and tier ladder, members' tiers and their history, points
movements (each the member's side of one ledger transfer), and ride-hailing driver certifications.

Points themselves live in the ledger (`points:{member}`, currency POINTS); a `PointsMovement` is the
statement line of one posting, written in the same transaction, so the statement reads one table.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class LoyaltyProgram(Keyed, Base):
    """A company's settings: the tier window, points validity and redemption terms, certified drivers'
    per-litre discounts by grade."""

    __tablename__ = "loyalty_programs"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), unique=True)
    tier_window_days: Mapped[int] = mapped_column(Integer, default=365)
    points_validity_days: Mapped[int] = mapped_column(Integer, default=730)
    redeem_points_per_yuan: Mapped[int] = mapped_column(Integer, default=100)  # 100 points = ¥1
    redeem_min_points: Mapped[int] = mapped_column(Integer, default=100)
    redeem_max_share_pct: Mapped[int] = mapped_column(Integer, default=50)  # of the order's amount due
    certified_discounts: Mapped[dict[str, int]] = mapped_column(JSONB, default=dict)  # grade code -> fen per litre
    certified_stacks: Mapped[bool] = mapped_column(default=False)  # with member prices; else the better of the two


class Tier(Keyed, Base):
    """One rung of the ladder: reached when spend or litres in the window reach a threshold (rank 0 is the
    base tier, reached by every member)."""

    __tablename__ = "tiers"
    __table_args__ = (UniqueConstraint("company_id", "rank"), UniqueConstraint("company_id", "name"))

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(16))
    rank: Mapped[int] = mapped_column(Integer)
    min_spend_fen: Mapped[int | None] = mapped_column(BigInteger)
    min_volume_ml: Mapped[int | None] = mapped_column(BigInteger)
    points_multiplier_pct: Mapped[int] = mapped_column(Integer, default=100)
    grade_discounts: Mapped[dict[str, int]] = mapped_column(JSONB, default=dict)  # grade code -> fen per litre

    def reached(self, spend_fen: int, volume_ml: int) -> bool:
        if self.min_spend_fen is None and self.min_volume_ml is None:
            return True
        return ((self.min_spend_fen is not None and spend_fen >= self.min_spend_fen)
                or (self.min_volume_ml is not None and volume_ml >= self.min_volume_ml))


class MemberTier(Keyed, Base):
    """A member's current tier."""

    __tablename__ = "member_tiers"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), unique=True)
    tier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tiers.id"), index=True)


class TierChangeReason(StrEnum):
    ORDER = "order"  # an order paid crossed a threshold
    SCHEDULE = "schedule"  # the scheduled review found the window's figures below the tier


class TierChange(Keyed, Base):
    __tablename__ = "tier_changes"
    __table_args__ = (Index("ix_tier_changes_member", "member_id", "created_at"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    from_tier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tiers.id"))
    to_tier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tiers.id"))
    reason: Mapped[TierChangeReason] = mapped_column(str_enum(TierChangeReason, "tier_change_reason"))
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"))
    spend_fen: Mapped[int] = mapped_column(BigInteger)  # the window's figures the decision was made on
    volume_ml: Mapped[int] = mapped_column(BigInteger)


class PointsRuleKind(StrEnum):
    BASE = "base"  # so many points per yuan or per litre
    CAMPAIGN = "campaign"  # a multiplier during a period


class PointsBasis(StrEnum):
    PER_YUAN = "per_yuan"
    PER_LITRE = "per_litre"


class PointsTarget(StrEnum):
    FUEL = "fuel"
    GOODS = "goods"


class PointsRule(Keyed, Base):
    __tablename__ = "points_rules"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(32))
    kind: Mapped[PointsRuleKind] = mapped_column(str_enum(PointsRuleKind, "points_rule_kind"))
    target: Mapped[PointsTarget] = mapped_column(str_enum(PointsTarget, "points_target"))
    grade_code: Mapped[str | None] = mapped_column(String(16))  # fuel only; None: every grade
    basis: Mapped[PointsBasis | None] = mapped_column(str_enum(PointsBasis, "points_basis"))  # base rules
    points: Mapped[int | None] = mapped_column(Integer)  # base rules: points per yuan or litre
    multiplier_pct: Mapped[int | None] = mapped_column(Integer)  # campaigns: 200 = double points
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(default=True)


class PointsMovementKind(StrEnum):
    EARN = "earn"
    REDEEM = "redeem"  # a checkout tender
    GIFT = "gift"  # exchanged for a gift
    EXPIRE = "expire"
    REFUND = "refund"  # a points payment refunded: its points given back
    REVOKE = "revoke"  # an order refunded: the points it earned taken back (what the member still holds)


class PointsMovement(Keyed, Base):
    """The member's side of one points transfer: `points` is what the member gained (negative: spent or
    expired), `balance_after` what the member held afterwards.

    A refund's movements name it (`refund_id`, one per refund and kind). Points taken back that the member
    no longer held are the `shortfall`: the movement takes what was held (possibly nothing: then it has no
    transfer) and records the rest."""

    __tablename__ = "points_movements"
    __table_args__ = (
        Index("ix_points_movements_member", "member_id", "created_at", "id"),
        Index("ix_points_movements_company_kind", "company_id", "kind", "occurred_at"),
        Index("uq_points_movements_refund_kind", "refund_id", "kind", unique=True,
              postgresql_where=text("refund_id IS NOT NULL")),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    kind: Mapped[PointsMovementKind] = mapped_column(str_enum(PointsMovementKind, "points_movement_kind"))
    points: Mapped[int] = mapped_column(BigInteger)
    balance_after: Mapped[int] = mapped_column(BigInteger)
    transfer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_transfers.id"), unique=True)
    refund_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("refunds.id"))
    shortfall: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    occurred_at: Mapped[datetime]  # earned: when the order was paid (validity runs from here)
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"))
    station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stations.id"))
    description: Mapped[str] = mapped_column(String(64))


class CertificationStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class DocumentKind(StrEnum):
    DRIVER_LICENCE = "driver_licence"  # 驾驶证
    VEHICLE_LICENCE = "vehicle_licence"  # 行驶证
    PLATFORM_CERTIFICATE = "platform_certificate"  # 网约车平台的司机证明 / 网络预约出租汽车驾驶员证


class Certification(Keyed, Base):
    """A member's request to be known as a ride-hailing driver (网约车司机认证), reviewed by staff."""

    __tablename__ = "certifications"
    __table_args__ = (
        Index("uq_certifications_one_pending", "member_id", unique=True, postgresql_where=text("status = 'pending'")),
        Index("ix_certifications_company_status", "company_id", "status", "created_at"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    status: Mapped[CertificationStatus] = mapped_column(str_enum(CertificationStatus, "certification_status"),
                                                        default=CertificationStatus.PENDING)
    platform: Mapped[str] = mapped_column(String(32))  # e.g. 滴滴出行
    plate: Mapped[str] = mapped_column(String(10))
    reviewer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    reviewed_at: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(String(200))


class CertificationDocument(Keyed, Base):
    """One image of a certification, stored as a file under the data directory, named by its hash."""

    __tablename__ = "certification_documents"
    __table_args__ = (UniqueConstraint("certification_id", "kind"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"))
    certification_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certifications.id", ondelete="CASCADE"),
                                                        index=True)
    kind: Mapped[DocumentKind] = mapped_column(str_enum(DocumentKind, "certification_document_kind"))
    path: Mapped[str] = mapped_column(String(200))  # relative to the data directory
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(16))
