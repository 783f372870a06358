"""Mutations of loyalty: the programme, tiers and points rules (company-wide MANAGE_LOYALTY), a gift for
points at the station, and driver certification (submitted with a member token, reviewed by staff)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import ActorKind
from api.core.errors import DomainError, Forbidden
from api.core.guards import Info, needs, require, viewer
from api.core.ids import InvalidGlobalId, from_global_id
from api.core.permissions import Permission
from api.core.scalars import Long
from api.core.user_errors import error_type, run_mutation
from api.loyalty import certifications, programme, redemption
from api.loyalty.errors import CertificationErrorCode, LoyaltyErrorCode, PointsGiftErrorCode
from api.loyalty.models import DocumentKind, PointsBasis, PointsRuleKind, PointsTarget
from api.loyalty.types import (
    CertificationType,
    DocumentKindType,
    LoyaltyProgramType,
    PointsBasisType,
    PointsMovementType,
    PointsRuleKindType,
    PointsRuleType,
    PointsTargetType,
    TierType,
)

LoyaltyError = error_type("Loyalty", LoyaltyErrorCode, "saving loyalty settings")
PointsGiftError = error_type("PointsGift", PointsGiftErrorCode, "a gift for points")
CertificationError = error_type("Certification", CertificationErrorCode, "a driver certification")


def _id(value: str | None, type_name: str, field: str, code: Any) -> uuid.UUID | None:
    if value is None:
        return None
    try:
        return from_global_id(value, type_name)[1]
    except InvalidGlobalId as exc:
        raise DomainError(code, "对象不存在或 ID 无效", field=field) from exc


@strawberry.input(description="Off per litre of one grade.")
class GradeDiscountInput:
    grade_code: str = strawberry.field(description="The grade's code.")
    fen_per_litre: int = strawberry.field(description="Fen off each litre (1 to 300).")


def _grades(values: list[GradeDiscountInput] | None) -> dict[str, int]:
    return {v.grade_code.strip(): v.fen_per_litre for v in values or []}


@strawberry.input(description="The company's loyalty settings.")
class LoyaltyProgramSaveInput:
    tier_window_days: int = strawberry.field(description="Rolling window of tiers, days (30 to 730).")
    points_validity_days: int = strawberry.field(description="Validity of earned points, days (30 to 3650).")
    redeem_points_per_yuan: int = strawberry.field(description="Points that pay ¥1.")
    redeem_min_points: int = strawberry.field(description="Fewest points per checkout.")
    redeem_max_share_pct: int = strawberry.field(description="Largest share (%) of an order points may pay.")
    certified_discounts: list[GradeDiscountInput] | None = strawberry.field(
        default=None, description="Certified drivers' discount per litre, by grade.")
    certified_stacks: bool = strawberry.field(default=False, description="Adds to the member price (else the "
                                                                         "better of the two).")


@strawberry.input(description="Create a tier (no id) or change one.")
class TierSaveInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="The tier to change.")
    name: str = strawberry.field(description="Name (1 to 16 characters).")
    rank: int = strawberry.field(description="0 for the base tier, higher ranks above it.")
    min_spend_fen: Long | None = strawberry.field(default=None, description="Spend in the window that reaches it.")
    min_volume_ml: Long | None = strawberry.field(default=None, description="Fuel in the window that reaches it.")
    points_multiplier_pct: int = strawberry.field(default=100, description="Points multiplier in % (100 to 1000).")
    grade_discounts: list[GradeDiscountInput] | None = strawberry.field(default=None, description="Member price "
                                                                                                 "by grade.")


@strawberry.input(description="Create a points rule (no id) or change one.")
class PointsRuleSaveInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="The rule to change.")
    name: str = strawberry.field(description="Name.")
    kind: PointsRuleKindType = strawberry.field(description="Base rule or campaign.")  # type: ignore[valid-type]
    target: PointsTargetType = strawberry.field(description="Fuel or goods.")  # type: ignore[valid-type]
    grade_code: str | None = strawberry.field(default=None, description="Only this grade (fuel).")
    basis: PointsBasisType | None = strawberry.field(default=None, description="Base rules.")  # type: ignore[valid-type]
    points: int | None = strawberry.field(default=None, description="Base rules: points per yuan or litre.")
    multiplier_pct: int | None = strawberry.field(default=None, description="Campaigns: multiplier in %.")
    starts_at: datetime | None = strawberry.field(default=None, description="Campaigns: start.")
    ends_at: datetime | None = strawberry.field(default=None, description="Campaigns: end (exclusive).")
    active: bool = strawberry.field(default=True, description="Applied to new orders.")


@strawberry.input(description="Exchange a member's points for a gift handed over at the station.")
class PointsRedeemForGiftInput:
    member_id: strawberry.ID = strawberry.field(description="The member.")
    station_id: strawberry.ID = strawberry.field(description="The station handing over the gift.")
    gift: str = strawberry.field(description="What is given (1 to 32 characters).")
    points: Long = strawberry.field(description="Points it costs.")
    idempotency_key: str = strawberry.field(description="Unique per exchange (8 to 128 characters): a retry with "
                                                        "the same key exchanges once.")


@strawberry.input(description="One document image, base64-encoded (JPEG or PNG, at most 5 MB).")
class CertificationDocumentInput:
    kind: DocumentKindType = strawberry.field(description="Which document.")  # type: ignore[valid-type]
    content_type: str = strawberry.field(description="image/jpeg or image/png (must match the bytes).")
    content_base64: str = strawberry.field(description="The image, base64.")


@strawberry.input(description="Ask to be certified as a ride-hailing driver, with the three documents.")
class CertificationSubmitInput:
    platform: str = strawberry.field(description="The ride-hailing platform (滴滴出行...).")
    plate: str = strawberry.field(description="The vehicle's plate.")
    documents: list[CertificationDocumentInput] = strawberry.field(description="Driver's licence, vehicle "
                                                                               "licence, platform certificate.")


@strawberry.input(description="Approve or reject a pending certification.")
class CertificationReviewInput:
    id: strawberry.ID = strawberry.field(description="The certification.")
    approve: bool = strawberry.field(description="True to approve, false to reject.")
    reason: str | None = strawberry.field(default=None, description="Required when rejecting.")


@strawberry.type(description="Result of saving the loyalty settings.")
class LoyaltyProgramSavePayload:
    program: LoyaltyProgramType | None = strawberry.field(default=None, description="The settings saved.")
    errors: list[LoyaltyError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of saving a tier.")
class TierSavePayload:
    tier: TierType | None = strawberry.field(default=None, description="The tier saved.")
    errors: list[LoyaltyError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of saving a points rule.")
class PointsRuleSavePayload:
    rule: PointsRuleType | None = strawberry.field(default=None, description="The rule saved.")
    errors: list[LoyaltyError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of a gift for points.")
class PointsRedeemForGiftPayload:
    movement: PointsMovementType | None = strawberry.field(default=None, description="The statement line.")
    replay: bool = strawberry.field(default=False, description="True when this key was used before: nothing new.")
    errors: list[PointsGiftError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of a certification mutation.")
class CertificationPayload:
    certification: CertificationType | None = strawberry.field(default=None, description="The request.")
    errors: list[CertificationError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type
class LoyaltyMutation:
    @strawberry.mutation(description=needs("Save the company's loyalty settings (company-wide grant); audited.",
                                           Permission.MANAGE_LOYALTY))
    async def loyalty_program_save(self, info: Info, input: LoyaltyProgramSaveInput) -> LoyaltyProgramSavePayload:
        actor = require(info, Permission.MANAGE_LOYALTY)
        fields = programme.ProgrammeFields(
            input.tier_window_days, input.points_validity_days, input.redeem_points_per_yuan,
            input.redeem_min_points, input.redeem_max_share_pct, _grades(input.certified_discounts),
            input.certified_stacks)

        async def work(session: AsyncSession) -> dict[str, Any]:
            return {"program": LoyaltyProgramType.of(await programme.save_programme(session, actor, fields))}

        return await run_mutation(info.context, work, LoyaltyProgramSavePayload, LoyaltyError, LoyaltyErrorCode)

    @strawberry.mutation(description=needs("Create or change a tier (company-wide grant); audited.",
                                           Permission.MANAGE_LOYALTY))
    async def tier_save(self, info: Info, input: TierSaveInput) -> TierSavePayload:
        actor = require(info, Permission.MANAGE_LOYALTY)
        fields = programme.TierFields(input.name, input.rank, input.min_spend_fen, input.min_volume_ml,
                                      input.points_multiplier_pct, _grades(input.grade_discounts))

        async def work(session: AsyncSession) -> dict[str, Any]:
            tier_id = _id(input.id, "Tier", "id", LoyaltyErrorCode.NOT_FOUND)
            return {"tier": TierType.of(await programme.save_tier(session, actor, tier_id, fields))}

        return await run_mutation(info.context, work, TierSavePayload, LoyaltyError, LoyaltyErrorCode)

    @strawberry.mutation(description=needs("Create or change a points rule or campaign (company-wide grant); "
                                           "audited.", Permission.MANAGE_LOYALTY))
    async def points_rule_save(self, info: Info, input: PointsRuleSaveInput) -> PointsRuleSavePayload:
        actor = require(info, Permission.MANAGE_LOYALTY)
        fields = programme.PointsRuleFields(
            input.name, PointsRuleKind(input.kind), PointsTarget(input.target), input.grade_code,
            PointsBasis(input.basis) if input.basis else None, input.points, input.multiplier_pct, input.starts_at,
            input.ends_at, input.active)

        async def work(session: AsyncSession) -> dict[str, Any]:
            rule_id = _id(input.id, "PointsRule", "id", LoyaltyErrorCode.NOT_FOUND)
            return {"rule": PointsRuleType.of(await programme.save_points_rule(session, actor, rule_id, fields))}

        return await run_mutation(info.context, work, PointsRuleSavePayload, LoyaltyError, LoyaltyErrorCode)

    @strawberry.mutation(description=needs("Exchange a member's points for a gift at the station (礼品兑换), "
                                           "idempotent on its key; audited.", Permission.OPERATE_POS))
    async def points_redeem_for_gift(self, info: Info, input: PointsRedeemForGiftInput) -> PointsRedeemForGiftPayload:
        actor = require(info, Permission.OPERATE_POS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            station_id = _id(input.station_id, "Station", "stationId", PointsGiftErrorCode.NOT_FOUND)
            member_id = _id(input.member_id, "Member", "memberId", PointsGiftErrorCode.NOT_FOUND)
            assert station_id is not None and member_id is not None
            movement, replay = await redemption.redeem_for_gift(
                session, actor, member_id=member_id, station_id=station_id, gift=input.gift, points=int(input.points),
                idempotency_key=input.idempotency_key)
            return {"movement": PointsMovementType.of(movement), "replay": replay}

        return await run_mutation(info.context, work, PointsRedeemForGiftPayload, PointsGiftError, PointsGiftErrorCode)

    @strawberry.mutation(description="Ask to be certified as a ride-hailing driver (网约车司机认证) with the three "
                                     "document images. Requires a member token.")
    async def certification_submit(self, info: Info, input: CertificationSubmitInput) -> CertificationPayload:
        actor = viewer(info)
        if actor.kind is not ActorKind.MEMBER:
            raise Forbidden("仅会员可用")
        uploads = [certifications.DocumentUpload(DocumentKind(d.kind), d.content_type, d.content_base64)
                   for d in input.documents]
        data_dir = info.context.settings.data_dir

        async def work(session: AsyncSession) -> dict[str, Any]:
            made = await certifications.submit(session, actor, data_dir, platform=input.platform, plate=input.plate,
                                               documents=uploads)
            return {"certification": CertificationType.of(made)}

        return await run_mutation(info.context, work, CertificationPayload, CertificationError, CertificationErrorCode)

    @strawberry.mutation(description=needs("Approve or reject a pending driver certification (a rejection needs a "
                                           "reason); audited.", Permission.REVIEW_CERTIFICATIONS))
    async def certification_review(self, info: Info, input: CertificationReviewInput) -> CertificationPayload:
        actor = require(info, Permission.REVIEW_CERTIFICATIONS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            pk = _id(input.id, "Certification", "id", CertificationErrorCode.NOT_FOUND)
            assert pk is not None
            reviewed = await certifications.review(session, actor, pk, approve=input.approve, reason=input.reason)
            return {"certification": CertificationType.of(reviewed)}

        return await run_mutation(info.context, work, CertificationPayload, CertificationError, CertificationErrorCode)
