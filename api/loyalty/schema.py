"""Queries of loyalty: the programme, tiers and points rules, a member's points and statement,
certifications to review, and the owner's figures. Importing this module plugs loyalty into selling."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import strawberry
from sqlalchemy import select
from sqlalchemy.orm import aliased

from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.errors import Forbidden
from api.core.guards import Info, needs, require, viewer
from api.core.node import decode_id, node_resolver
from api.core.pagination import DEFAULT_PAGE, BadInput, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.scalars import Long, Money, Volume
from api.loyalty import points_ledger, programme, registration, reports, tiers  # noqa: F401 (registration)
from api.loyalty.models import Certification, CertificationStatus, PointsMovement, PointsRule, Tier, TierChange
from api.loyalty.redemption import EXPIRING_WITHIN_DAYS, expiring, redeemable_fen
from api.loyalty.types import (
    CertificationStatusType,
    CertificationType,
    LoyaltyProgramType,
    PointsMovementType,
    PointsRuleType,
    TierChangeType,
    TierType,
)
from api.members.models import Member


def _member_or_staff(info: Info, member_id: str) -> tuple[Actor, uuid.UUID]:
    """A member asking about itself, or staff holding VIEW_MEMBERS; and the member's key."""
    actor = viewer(info)
    if actor.kind is not ActorKind.MEMBER:
        actor.require(Permission.VIEW_MEMBERS)
    pk = decode_id(member_id, "Member", "memberId")
    if actor.kind is ActorKind.MEMBER and actor.id != pk:
        raise Forbidden("只能查看自己的积分")
    return actor, pk


@strawberry.type(name="MemberPoints", description="A member's points, tier and points statement.")
class MemberPointsType:
    member_id: strawberry.Private[uuid.UUID]
    balance: Long = strawberry.field(description="Points held now.")
    redeemable_value: Money = strawberry.field(
        description="What the points held pay now as a checkout tender, at the programme's rate (rounded down to "
                    "the fen) and minimum (0 below it); a checkout also limits points to a share of its amount due.")
    company_id: strawberry.Private[uuid.UUID]
    now: strawberry.Private[datetime]
    tier: TierType | None = strawberry.field(description="The current tier (the base tier until placed).")

    @strawberry.field(description="Points that will lapse within 30 days unless spent (earned longest ago are "
                                  "spent first).")
    async def expiring(self, info: Info) -> Long:
        async with info.context.session() as session:  # asked only when selected: one aggregate over the lines
            lapsing, _ = await expiring(session, self.company_id, self.member_id, self.now)
        return Long(lapsing)

    @strawberry.field(description="The end of those 30 days.")
    def expiring_by(self) -> datetime:
        return self.now + timedelta(days=EXPIRING_WITHIN_DAYS)

    @strawberry.field(description="Points movements, newest first.")
    async def statement(self, info: Info, first: int = DEFAULT_PAGE,
                        after: str | None = None) -> Connection[PointsMovementType]:
        stmt = select(PointsMovement).where(PointsMovement.member_id == self.member_id)
        order = OrderKey([PointsMovement.created_at, PointsMovement.id])
        return await paginate(info.context.session, stmt, order=order, first=first, after=after,
                              to_node=PointsMovementType.of)

    @strawberry.field(description="Tier changes, newest first (at most 50).")
    async def tier_history(self, info: Info) -> list[TierChangeType]:
        before, after = aliased(Tier), aliased(Tier)
        async with info.context.session() as session:
            rows = (await session.execute(
                select(TierChange, before.name, after.name).outerjoin(before, before.id == TierChange.from_tier_id)
                .join(after, after.id == TierChange.to_tier_id).where(TierChange.member_id == self.member_id)
                .order_by(TierChange.created_at.desc(), TierChange.id.desc()).limit(50))).all()
        return [TierChangeType(from_tier=b, to_tier=a, reason=c.reason, spend=Money(fen=Long(c.spend_fen)),
                               volume=Volume(ml=Long(c.volume_ml)), changed_at=c.created_at) for c, b, a in rows]


@strawberry.input(description="Filters of the certification list.")
class CertificationFilter:
    status: CertificationStatusType | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only requests in this state.")


@strawberry.type(name="TierMembers", description="Registered members of one tier.")
class TierMembersType:
    tier: str = strawberry.field(description="The tier's name.")
    rank: int = strawberry.field(description="The tier's rank.")
    members: int = strawberry.field(description="Members in it now.")


@strawberry.type(name="PointsMonth", description="Points issued, redeemed, expired and moved by refunds in one "
                                                "month.")
class PointsMonthType:
    month: str = strawberry.field(description="The calendar month, China time (2026-01).")
    issued: Long = strawberry.field(description="Points earned.")
    redeemed: Long = strawberry.field(description="Points spent at checkout or on gifts.")
    expired: Long = strawberry.field(description="Points that lapsed.")
    refunded: Long = strawberry.field(description="Points given back by refunds of points payments and by voids.")
    revoked: Long = strawberry.field(description="Points taken back by refunds of the orders that earned them.")
    shortfall: Long = strawberry.field(description="Points those refunds could not take back: the member had "
                                                   "already spent them.")


@strawberry.type(name="LoyaltyReport", description="Loyalty figures of the company.")
class LoyaltyReportType:
    tiers: list[TierMembersType] = strawberry.field(description="Members per tier now.")
    months: list[PointsMonthType] = strawberry.field(description="Points per month in the range.")


@node_resolver("Certification")
async def _certification_node(info: Info, pk: uuid.UUID) -> CertificationType | None:
    actor = require(info, Permission.REVIEW_CERTIFICATIONS)
    async with info.context.session() as session:
        found = await session.get(Certification, pk)
    return CertificationType.of(found) if found and found.company_id == actor.company_id else None


@strawberry.type
class LoyaltyQuery:
    @strawberry.field(description=needs("The company's loyalty settings.", Permission.VIEW_MEMBERS))
    async def loyalty_program(self, info: Info) -> LoyaltyProgramType:
        actor = require(info, Permission.VIEW_MEMBERS)
        assert actor.company_id is not None
        async with info.context.session() as session:
            return LoyaltyProgramType.of(await programme.programme(session, actor.company_id))

    @strawberry.field(description=needs("The tier ladder, lowest first.", Permission.VIEW_MEMBERS))
    async def tiers(self, info: Info) -> list[TierType]:
        actor = require(info, Permission.VIEW_MEMBERS)
        assert actor.company_id is not None
        async with info.context.session() as session:
            return [TierType.of(t) for t in await programme.tiers(session, actor.company_id)]

    @strawberry.field(description=needs("Points earning rules and campaigns, newest first.", Permission.VIEW_MEMBERS))
    async def points_rules(self, info: Info) -> list[PointsRuleType]:
        actor = require(info, Permission.VIEW_MEMBERS)
        async with info.context.session() as session:
            rules = (await session.scalars(select(PointsRule).where(PointsRule.company_id == actor.company_id)
                                           .order_by(PointsRule.created_at.desc(), PointsRule.id.desc()))).all()
        return [PointsRuleType.of(r) for r in rules]

    @strawberry.field(description=needs("A member's points, tier and statement; with a member token, only your "
                                        "own. Null when there is no such member.", Permission.VIEW_MEMBERS))
    async def member_points(self, info: Info, member_id: strawberry.ID) -> MemberPointsType | None:
        actor, pk = _member_or_staff(info, member_id)
        assert actor.company_id is not None
        async with info.context.session() as session:
            member = await session.scalar(select(Member.id).where(Member.id == pk,
                                                                  Member.company_id == actor.company_id))
            if member is None:
                return None
            tier = await tiers.current(session, actor.company_id, pk)
            balance = await points_ledger.held(session, actor.company_id, pk)
            value = redeemable_fen(balance, await programme.programme(session, actor.company_id))
        return MemberPointsType(member_id=pk, company_id=actor.company_id, now=utcnow(), balance=Long(balance),
                                redeemable_value=Money(fen=Long(value)), tier=TierType.of(tier) if tier else None)

    @strawberry.field(description=needs("Driver certification requests, newest first.",
                                        Permission.REVIEW_CERTIFICATIONS))
    async def certifications(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                             filter: CertificationFilter | None = None) -> Connection[CertificationType]:
        actor = require(info, Permission.REVIEW_CERTIFICATIONS)
        stmt = select(Certification).where(Certification.company_id == actor.company_id)
        if filter and filter.status:
            stmt = stmt.where(Certification.status == CertificationStatus(filter.status))
        return await paginate(info.context.session, stmt, order=OrderKey([Certification.created_at, Certification.id]),
                              first=first, after=after, to_node=CertificationType.of)

    @strawberry.field(description=needs("Members per tier, and points issued, redeemed and expired per month.",
                                        Permission.VIEW_REPORTS))
    async def loyalty_report(self, info: Info, date_from: date, date_to: date) -> LoyaltyReportType:
        actor = require(info, Permission.VIEW_REPORTS)
        assert actor.company_id is not None
        if date_from > date_to or (date_to - date_from).days > 366 * 3:
            raise BadInput("统计区间须在 3 年以内，且开始不晚于结束", "dateFrom")
        async with info.context.session() as session:
            per_tier = await reports.members_per_tier(session, actor.company_id)
            months = await reports.points_per_month(session, actor.company_id, date_from, date_to)
        return LoyaltyReportType(
            tiers=[TierMembersType(tier=t.name, rank=t.rank, members=t.members) for t in per_tier],
            months=[PointsMonthType(month=m.month, issued=Long(m.issued), redeemed=Long(m.redeemed),
                                    expired=Long(m.expired), refunded=Long(m.refunded), revoked=Long(m.revoked),
                                    shortfall=Long(m.shortfall)) for m in months])
