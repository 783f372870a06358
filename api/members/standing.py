"""A member's standing in loyalty as the 360° view shows it: progress to the next tier and the ride-hailing
certification. Both are company-wide facts about the member. The window's spend and litres are read from
orders of every station, so they are shown only to a viewer whose order scope is the whole company; others
see the tiers without the figures (a station-scoped user never learns what a member bought elsewhere)."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry

from api.core.actors import ActorKind
from api.core.guards import Info, viewer
from api.core.permissions import Permission
from api.core.scalars import Long, Money, Volume
from api.loyalty.models import Certification, CertificationStatus
from api.loyalty.tiers import Figures, distance
from api.loyalty.types import CertificationStatusType, TierType
from api.members.loaders import (
    CertificationsByMemberIdLoader,
    TierFiguresByMemberLoader,
    TierStandingByMemberLoader,
)


@strawberry.type(name="MemberTierProgress", description="A member's tier and how far it is from the next one.")
class MemberTierProgressType:
    tier: TierType | None = strawberry.field(description="The tier held now (the base tier until placed).")
    next_tier: TierType | None = strawberry.field(description="The tier above it (null at the top).")
    window_days: int = strawberry.field(description="Days of spend and litres the tiers are decided on "
                                                    "(rolling).")
    spend: Money | None = strawberry.field(description="Spend in the window at every station; null unless your "
                                                       "VIEW_ORDERS covers the whole company.")
    volume: Volume | None = strawberry.field(description="Fuel in the window at every station; null like spend.")
    spend_to_next: Money | None = strawberry.field(description="Spend still needed for the next tier (null: no "
                                                               "spend threshold, no next tier, or not shown).")
    volume_to_next: Volume | None = strawberry.field(description="Litres still needed for the next tier (null "
                                                                 "like spendToNext).")
    progress_pct: int | None = strawberry.field(description="0-100 towards the next tier, by the threshold "
                                                            "closest to being met; null when not shown.")


def _figures_shown(info: Info) -> bool:
    actor = viewer(info)
    return actor.kind is not ActorKind.MEMBER and actor.stations_for(Permission.VIEW_ORDERS) is None


async def tier_progress(info: Info, company_id: uuid.UUID, member_id: uuid.UUID) -> MemberTierProgressType:
    standing = await info.context.loader(TierStandingByMemberLoader).load((company_id, member_id))
    shown = TierType.of(standing.tier) if standing.tier else None
    above = standing.next_tier
    progress = MemberTierProgressType(tier=shown, next_tier=TierType.of(above) if above else None,
                                      window_days=standing.window_days, spend=None, volume=None,
                                      spend_to_next=None, volume_to_next=None, progress_pct=None)
    if not _figures_shown(info):
        return progress
    f: Figures = await info.context.loader(TierFiguresByMemberLoader).load((company_id, member_id))
    progress.spend, progress.volume = Money(fen=Long(f.spend_fen)), Volume(ml=Long(f.volume_ml))
    left = distance(above, f)
    progress.spend_to_next = None if left.spend_fen is None else Money(fen=Long(left.spend_fen))
    progress.volume_to_next = None if left.volume_ml is None else Volume(ml=Long(left.volume_ml))
    progress.progress_pct = left.pct
    return progress


@strawberry.type(name="MemberCertification", description="A member's latest ride-hailing driver certification "
                                                          "request (documents only in the review queue).")
class MemberCertificationType:
    status: CertificationStatusType = strawberry.field(description="Its review state.")  # type: ignore[valid-type]
    platform: str = strawberry.field(description="The ride-hailing platform.")
    plate: str = strawberry.field(description="The vehicle's plate.")
    reason: str | None = strawberry.field(description="The reviewer's reason.")
    submitted_at: datetime = strawberry.field(description="When it was submitted.")
    reviewed_at: datetime | None = strawberry.field(description="When it was reviewed.")
    certified: bool = strawberry.field(description="The member has an approved request (certified drivers' "
                                                   "prices apply), this one or an earlier one.")


async def certification(info: Info, member_id: uuid.UUID) -> MemberCertificationType | None:
    requests: list[Certification] = await info.context.loader(CertificationsByMemberIdLoader).load(member_id)
    if not requests:
        return None
    latest = requests[0]
    return MemberCertificationType(
        status=latest.status, platform=latest.platform, plate=latest.plate, reason=latest.reason,
        submitted_at=latest.created_at, reviewed_at=latest.reviewed_at,
        certified=any(r.status is CertificationStatus.APPROVED for r in requests))
