"""Queries of members: the list (staff), one member, the POS lookup, the member's own profile, the growth
counts and the Excel export."""

from __future__ import annotations

import base64
import uuid
from datetime import date

import strawberry
from sqlalchemy import exists, or_

from api.core import audit
from api.core.actors import ActorKind
from api.core.errors import DomainError, Forbidden
from api.core.guards import Info, needs, require, viewer
from api.core.node import decode_id, node_resolver
from api.core.pagination import DEFAULT_PAGE, BadInput, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.personal_data import is_mobile, lookup_index
from api.core.user_errors import error_type, payload_errors
from api.members import export
from api.members.errors import MemberLookupErrorCode
from api.members.lookup import lookup_members
from api.members.models import Member, MemberChannel, MemberStatus, MemberVehicle
from api.members.plates import normalize_plate
from api.members.types import MemberChannelType, MemberExportType, MemberGrowthType, MemberType

MemberLookupError = error_type("MemberLookup", MemberLookupErrorCode, "a member lookup")
MAX_GROWTH_DAYS = 366 * 3


@strawberry.input(description="Filters of the member list.")
class MemberFilter:
    search: str | None = strawberry.field(default=None, description="A whole mobile number, a plate, a member "
                                                                    "number, or part of the name.")
    channel: MemberChannelType | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Only members registered through this channel.")
    registered_from: date | None = strawberry.field(default=None, description="Registered on or after this day "
                                                                              "(China time).")
    registered_to: date | None = strawberry.field(default=None, description="Registered on or before this day.")
    tag: str | None = strawberry.field(default=None, description="Only members with this tag.")


@strawberry.type(description="Members found at the POS.")
class MemberLookupResult:
    members: list[MemberType] = strawberry.field(description="Matching registered members (a plate may match "
                                                             "several).")
    errors: list[MemberLookupError] = strawberry.field(  # type: ignore[valid-type]
        description="Why the lookup could not be made (e.g. an expired member code).")


@node_resolver("Member")
async def _member_node(info: Info, pk: uuid.UUID) -> MemberType | None:
    actor = viewer(info)
    if actor.kind is ActorKind.MEMBER:
        if actor.id != pk:
            return None
    else:
        actor.require(Permission.VIEW_MEMBERS)
    async with info.context.session() as session:
        member = await session.get(Member, pk)
    if member is None or member.company_id != actor.company_id:
        return None
    return MemberType.of(member)


def _search(data_key: str, term: str) -> object:
    term = term.strip()
    if is_mobile(term):
        return Member.phone_index == lookup_index(data_key, term)
    plate = normalize_plate(term)
    if plate is not None:
        return exists().where(MemberVehicle.member_id == Member.id, MemberVehicle.plate == plate)
    return or_(Member.number == term.upper(), Member.name.ilike(f"%{term}%"))


def _check_range(start: date | None, end: date | None) -> None:
    if start and end and start > end:
        raise BadInput("开始日期不能晚于结束日期", "registeredFrom")


@strawberry.type
class MemberQuery:
    @strawberry.field(description=needs("Registered members of your company, newest first.", Permission.VIEW_MEMBERS))
    async def members(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                      filter: MemberFilter | None = None) -> Connection[MemberType]:
        actor = require(info, Permission.VIEW_MEMBERS)
        assert actor.company_id is not None
        f = filter or MemberFilter()
        _check_range(f.registered_from, f.registered_to)
        stmt = export.registered_between(actor.company_id, f.registered_from, f.registered_to,
                                         MemberChannel(f.channel) if f.channel else None)
        if f.search and f.search.strip():
            stmt = stmt.where(_search(info.context.settings.data_key, f.search))  # type: ignore[arg-type]
        if f.tag and f.tag.strip():
            stmt = stmt.where(Member.tags.contains([f.tag.strip()]))
        return await paginate(info.context.session, stmt, order=OrderKey([Member.registered_at, Member.id]),
                              first=first, after=after, to_node=MemberType.of)

    @strawberry.field(description=needs("One member of your company; null when there is none.",
                                        Permission.VIEW_MEMBERS))
    async def member(self, info: Info, id: strawberry.ID) -> MemberType | None:
        require(info, Permission.VIEW_MEMBERS)
        return await _member_node(info, decode_id(id, "Member"))

    @strawberry.field(description=needs("Find a member at the POS by exactly one of: whole mobile number, plate, "
                                        "the member code shown in the mini-program (valid 60 s, used once), or the "
                                        "number of a card the member holds.",
                                        Permission.VIEW_MEMBERS))
    async def member_lookup(self, info: Info, phone: str | None = None, plate: str | None = None,
                            member_code: str | None = None, card_number: str | None = None) -> MemberLookupResult:
        actor = require(info, Permission.VIEW_MEMBERS)
        ctx = info.context
        try:
            async with ctx.session() as session:
                found = await lookup_members(session, ctx.redis, actor, ctx.settings.data_key, phone=phone,
                                             plate=plate, member_code=member_code,
                                             card_number=card_number)
        except DomainError as error:
            return MemberLookupResult(members=[], errors=payload_errors(error, MemberLookupError,
                                                                        MemberLookupErrorCode))
        return MemberLookupResult(members=[MemberType.of(m) for m in found], errors=[])

    @strawberry.field(description="The signed-in member's own profile (mini-program). Requires a member token.")
    async def member_viewer(self, info: Info) -> MemberType:
        actor = viewer(info)
        if actor.kind is not ActorKind.MEMBER:
            raise Forbidden("仅会员可用")
        async with info.context.session() as session:
            member = await session.get(Member, actor.id)
        if member is None:
            raise Forbidden("仅会员可用")
        return MemberType.of(member)

    @strawberry.field(description=needs("New members per month and channel, for the growth chart.",
                                        Permission.VIEW_MEMBERS))
    async def member_growth(self, info: Info, registered_from: date, registered_to: date) -> list[MemberGrowthType]:
        actor = require(info, Permission.VIEW_MEMBERS)
        assert actor.company_id is not None
        _check_range(registered_from, registered_to)
        if (registered_to - registered_from).days > MAX_GROWTH_DAYS:
            raise BadInput("统计区间最长 3 年", "registeredTo")
        async with info.context.session() as session:
            rows = await export.monthly_growth(session, actor.company_id, registered_from, registered_to)
        return [MemberGrowthType(month=r.month, channel=r.channel, count=r.count) for r in rows]

    @strawberry.field(description=needs("Registered members as an Excel workbook, by registration day and channel.",
                                        Permission.VIEW_MEMBERS, Permission.EXPORT_DATA))
    async def member_export(self, info: Info, registered_from: date | None = None, registered_to: date | None = None,
                            channel: MemberChannelType | None = None) -> MemberExportType:  # type: ignore[valid-type]
        actor = require(info, Permission.VIEW_MEMBERS, Permission.EXPORT_DATA)
        assert actor.company_id is not None
        _check_range(registered_from, registered_to)
        chosen = MemberChannel(channel) if channel else None
        full = actor.has(Permission.VIEW_PHONE_NUMBERS)
        async with info.context.transaction() as session:
            book, rows = await export.export_members(session, actor.company_id, info.context.settings.data_key,
                                                     start=registered_from, end=registered_to, channel=chosen,
                                                     full_phones=full)
            await audit.record(session, actor, action="member.export", object_type="Member", object_id=None,
                               company_id=actor.company_id, after={
                                   "registered_from": registered_from, "registered_to": registered_to,
                                   "channel": chosen, "rows": rows, "full_phones": full})
        span = "-".join(d.strftime("%Y%m%d") for d in (registered_from, registered_to) if d) or "all"
        return MemberExportType(filename=f"members-{span}.xlsx", rows=rows, xlsx=base64.b64encode(book).decode())


__all__ = ["MemberQuery", "MemberStatus"]
