"""GraphQL types of loyalty: the programme, tiers, points rules, a member's points and certifications."""

from __future__ import annotations

import base64
import uuid
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.core.actors import ActorKind
from api.core.clock import utcnow
from api.core.guards import Info
from api.core.loading import SessionOpener, by_key_loader, grouped_loader
from api.core.node import Node
from api.core.scalars import Long, Money, Volume
from api.driver import access
from api.loyalty import certifications, programme
from api.loyalty import tiers as tier_rules
from api.loyalty.models import (
    Certification,
    CertificationDocument,
    CertificationStatus,
    DocumentKind,
    LoyaltyProgram,
    PointsBasis,
    PointsMovement,
    PointsMovementKind,
    PointsRule,
    PointsRuleKind,
    PointsTarget,
    Tier,
    TierChangeReason,
)
from api.members.models import Member
from api.members.types import MemberType

PointsRuleKindType = strawberry.enum(PointsRuleKind, name="PointsRuleKind",
                                     description="BASE: points per yuan or litre; CAMPAIGN: a multiplier in a period.")
PointsBasisType = strawberry.enum(PointsBasis, name="PointsBasis", description="Points per yuan paid or per litre.")
PointsTargetType = strawberry.enum(PointsTarget, name="PointsTarget", description="Fuel lines or goods lines.")
PointsMovementKindType = strawberry.enum(PointsMovementKind, name="PointsMovementKind",
                                         description="Earned by an order, redeemed at checkout, exchanged for a "
                                                     "gift, expired; REFUND: given back by a refund of a points "
                                                     "payment or a void; REVOKE: earned by an order and taken back "
                                                     "by its refund.")
TierChangeReasonType = strawberry.enum(TierChangeReason, name="TierChangeReason",
                                       description="ORDER: upgraded by a paid order; SCHEDULE: the scheduled review.")
CertificationStatusType = strawberry.enum(CertificationStatus, name="CertificationStatus",
                                          description="Waiting for review, approved or rejected.")
DocumentKindType = strawberry.enum(DocumentKind, name="CertificationDocumentKind",
                                   description="Driver's licence (驾驶证), vehicle licence (行驶证), or the platform's "
                                               "certificate (网约车平台证明).")


@strawberry.type(name="GradeDiscount", description="So many fen off per litre of one grade.")
class GradeDiscountType:
    grade_code: str = strawberry.field(description="The grade's code (e.g. 1402 for 92#).")
    per_litre: Money = strawberry.field(description="Off each litre.")

    @staticmethod
    def of(values: dict[str, int]) -> list[GradeDiscountType]:
        return [GradeDiscountType(grade_code=g, per_litre=Money(fen=Long(f))) for g, f in sorted(values.items())]


@strawberry.type(name="LoyaltyProgram", description="The company's loyalty settings.")
class LoyaltyProgramType:
    tier_window_days: int = strawberry.field(description="Days of spend and litres a tier is decided on (rolling).")
    points_validity_days: int = strawberry.field(description="Days earned points stay valid.")
    redeem_points_per_yuan: int = strawberry.field(description="Points that pay ¥1 at checkout.")
    redeem_min_points: int = strawberry.field(description="The fewest points one checkout may redeem.")
    redeem_max_share_pct: int = strawberry.field(description="The largest share (%) of an order's amount due "
                                                             "points may pay.")
    certified_discounts: list[GradeDiscountType] = strawberry.field(description="Certified drivers' discount per "
                                                                                "litre, by grade.")
    certified_stacks: bool = strawberry.field(description="Certified drivers' discount adds to the member price "
                                                          "(otherwise the better of the two applies).")

    @classmethod
    def of(cls, p: LoyaltyProgram) -> LoyaltyProgramType:
        return cls(tier_window_days=p.tier_window_days, points_validity_days=p.points_validity_days,
                   redeem_points_per_yuan=p.redeem_points_per_yuan, redeem_min_points=p.redeem_min_points,
                   redeem_max_share_pct=p.redeem_max_share_pct,
                   certified_discounts=GradeDiscountType.of(p.certified_discounts or {}),
                   certified_stacks=p.certified_stacks)


@strawberry.type(name="Tier", description="A member tier (会员等级).")
class TierType(Node):
    pk: strawberry.Private[uuid.UUID]
    company_id: strawberry.Private[uuid.UUID]
    name: str = strawberry.field(description="Name (普通, 银卡...).")
    rank: int = strawberry.field(description="Position on the ladder; 0 is the base tier.")
    min_spend: Money | None = strawberry.field(description="Spend in the window that reaches the tier.")
    min_volume: Volume | None = strawberry.field(description="Fuel in the window that reaches the tier.")
    points_multiplier_pct: int = strawberry.field(description="Points multiplier in % (150 = 1.5×).")
    grade_discounts: list[GradeDiscountType] = strawberry.field(description="Member price: off per litre, by grade.")

    @strawberry.field(description="With a member token: your spend and fuel in the rolling window, against this tier "
                                  "and the next one up (null for any other credential).")
    async def progress(self, info: Info) -> TierProgressType | None:
        actor = info.context.actor
        if (actor is None or actor.kind is not ActorKind.MEMBER or actor.id is None
                or actor.company_id != self.company_id):
            return None
        async with access.read(info, actor) as session:  # the member's own paid orders, at any station
            program = await programme.programme(session, self.company_id)
            ladder = await programme.tiers(session, self.company_id)
            f = await tier_rules.figures(session, self.company_id, actor.id, utcnow(), program.tier_window_days)
        this = next((t for t in ladder if t.id == self.pk), None)
        if this is None:
            return None
        above = next((t for t in ladder if t.rank > this.rank), None)
        left = tier_rules.distance(above, f)
        return TierProgressType(
            window_days=program.tier_window_days, spend=Money(fen=Long(f.spend_fen)),
            volume=Volume(ml=Long(f.volume_ml)),
            keeps=this.reached(f.spend_fen, f.volume_ml), next_tier=TierType.of(above) if above else None,
            spend_to_next=None if left.spend_fen is None else Money(fen=Long(left.spend_fen)),
            volume_to_next=None if left.volume_ml is None else Volume(ml=Long(left.volume_ml)))

    @classmethod
    def of(cls, t: Tier) -> TierType:
        return cls(pk=t.id, company_id=t.company_id, name=t.name, rank=t.rank,
                   min_spend=Money(fen=Long(t.min_spend_fen)) if t.min_spend_fen is not None else None,
                   min_volume=Volume(ml=Long(t.min_volume_ml)) if t.min_volume_ml is not None else None,
                   points_multiplier_pct=t.points_multiplier_pct,
                   grade_discounts=GradeDiscountType.of(t.grade_discounts or {}))


@strawberry.type(name="TierProgress", description="A member's spend and fuel in the tier window (paid orders, "
                                                  "as tiers are decided), against a tier and the next one up.")
class TierProgressType:
    window_days: int = strawberry.field(description="The rolling window the figures cover, days.")
    spend: Money = strawberry.field(description="Spend (amount due of paid orders) in the window.")
    volume: Volume = strawberry.field(description="Fuel in the window.")
    keeps: bool = strawberry.field(description="The figures still reach the tier (the scheduled review keeps it).")
    next_tier: TierType | None = strawberry.field(description="The next tier up; null at the top of the ladder.")
    spend_to_next: Money | None = strawberry.field(description="Spend still needed for the next tier (0 once "
                                                               "reached); null when it has no spend threshold.")
    volume_to_next: Volume | None = strawberry.field(description="Fuel still needed for the next tier (0 once "
                                                                 "reached); null when it has no fuel threshold.")


@strawberry.type(name="PointsRule", description="A points earning rule (积分规则).")
class PointsRuleType(Node):
    pk: strawberry.Private[uuid.UUID]
    name: str = strawberry.field(description="Name.")
    kind: PointsRuleKindType = strawberry.field(description="Base rule or campaign.")  # type: ignore[valid-type]
    target: PointsTargetType = strawberry.field(description="Fuel or goods.")  # type: ignore[valid-type]
    grade_code: str | None = strawberry.field(description="Only this grade (fuel); null: every grade.")
    basis: PointsBasisType | None = strawberry.field(description="Base rules: per yuan or per litre.")  # type: ignore[valid-type]
    points: int | None = strawberry.field(description="Base rules: points per yuan or litre.")
    multiplier_pct: int | None = strawberry.field(description="Campaigns: multiplier in % (200 = double).")
    starts_at: datetime | None = strawberry.field(description="Campaigns: start.")
    ends_at: datetime | None = strawberry.field(description="Campaigns: end (exclusive).")
    active: bool = strawberry.field(description="Applied to new orders.")

    @classmethod
    def of(cls, r: PointsRule) -> PointsRuleType:
        return cls(pk=r.id, name=r.name, kind=r.kind, target=r.target, grade_code=r.grade_code, basis=r.basis,
                   points=r.points, multiplier_pct=r.multiplier_pct, starts_at=r.starts_at, ends_at=r.ends_at,
                   active=r.active)


@strawberry.type(name="PointsMovement", description="One line of a member's points statement.")
class PointsMovementType(Node):
    pk: strawberry.Private[uuid.UUID]
    kind: PointsMovementKindType = strawberry.field(description="What happened.")  # type: ignore[valid-type]
    points: Long = strawberry.field(description="Points gained (negative: spent or expired).")
    balance_after: Long = strawberry.field(description="Points held afterwards.")
    shortfall: Long = strawberry.field(description="REVOKE: points due back that the member had already spent "
                                                   "(not taken); 0 otherwise.")
    description: str = strawberry.field(description="What the receipt or statement prints.")
    occurred_at: datetime = strawberry.field(description="When (earned: when the order was paid).")

    @classmethod
    def of(cls, m: PointsMovement) -> PointsMovementType:
        return cls(pk=m.id, kind=m.kind, points=Long(m.points), balance_after=Long(m.balance_after),
                   shortfall=Long(m.shortfall or 0), description=m.description, occurred_at=m.occurred_at)


@strawberry.type(name="TierChange", description="A member's move to another tier.")
class TierChangeType:
    from_tier: str | None = strawberry.field(description="The tier before (null: the first placement).")
    to_tier: str = strawberry.field(description="The tier after.")
    reason: TierChangeReasonType = strawberry.field(description="Why.")  # type: ignore[valid-type]
    spend: Money = strawberry.field(description="The window's spend it was decided on.")
    volume: Volume = strawberry.field(description="The window's fuel it was decided on.")
    changed_at: datetime = strawberry.field(description="When.")


def DocumentsByCertificationIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(CertificationDocument).where(
        CertificationDocument.certification_id.in_(keys)).order_by(CertificationDocument.kind),
        lambda d: d.certification_id)


def MemberByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Member).where(Member.id.in_(keys)), lambda m: m.id)


@strawberry.type(name="CertificationDocument", description="One image of a certification.")
class CertificationDocumentType:
    document: strawberry.Private[CertificationDocument]
    kind: DocumentKindType = strawberry.field(description="Which document.")  # type: ignore[valid-type]
    content_type: str = strawberry.field(description="image/jpeg or image/png.")
    size_bytes: int = strawberry.field(description="Size of the file.")
    sha256: str = strawberry.field(description="SHA-256 of the file (hex).")

    @strawberry.field(description="The image as a data: URL, to show it (ask only when shown).")
    def data_url(self, info: Info) -> str:
        data = certifications.read(info.context.settings.data_dir, self.document)
        return f"data:{self.content_type};base64,{base64.b64encode(data).decode()}"

    @classmethod
    def of(cls, d: CertificationDocument) -> CertificationDocumentType:
        return cls(document=d, kind=d.kind, content_type=d.content_type, size_bytes=d.size_bytes, sha256=d.sha256)


@strawberry.type(name="Certification", description="A ride-hailing driver certification request (网约车司机认证).")
class CertificationType(Node):
    pk: strawberry.Private[uuid.UUID]
    member_id: strawberry.Private[uuid.UUID]
    status: CertificationStatusType = strawberry.field(description="Review state.")  # type: ignore[valid-type]
    platform: str = strawberry.field(description="The ride-hailing platform (滴滴出行...).")
    plate: str = strawberry.field(description="The vehicle's plate.")
    reason: str | None = strawberry.field(description="The reviewer's reason (required on rejection).")
    submitted_at: datetime = strawberry.field(description="When the member submitted it.")
    reviewed_at: datetime | None = strawberry.field(description="When it was reviewed.")

    @strawberry.field(description="The member who asked.")
    async def member(self, info: Info) -> MemberType | None:
        member = await info.context.loader(MemberByIdLoader).load(self.member_id)
        return MemberType.of(member) if member else None

    @strawberry.field(description="The three documents.")
    async def documents(self, info: Info) -> list[CertificationDocumentType]:
        return [CertificationDocumentType.of(d)
                for d in await info.context.loader(DocumentsByCertificationIdLoader).load(self.pk)]

    @classmethod
    def of(cls, c: Certification) -> CertificationType:
        return cls(pk=c.id, member_id=c.member_id, status=c.status, platform=c.platform, plate=c.plate,
                   reason=c.reason, submitted_at=c.created_at, reviewed_at=c.reviewed_at)
