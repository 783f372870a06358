"""GraphQL types of members. Phones are masked (138****1234) unless the viewer holds VIEW_PHONE_NUMBERS."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from api.core.actors import ActorKind
from api.core.errors import Forbidden
from api.core.guards import Info, viewer
from api.core.node import Node
from api.core.permissions import Permission
from api.core.personal_data import decrypt, mask_mobile
from api.members.loaders import StaffUserByIdLoader, VehiclesByMemberIdLoader
from api.members.models import Gender, Member, MemberChannel, MemberStatus, MemberVehicle, VehicleType
from api.members.plates import is_new_energy

if TYPE_CHECKING:
    from api.cards.types import CardType
    from api.members.standing import MemberCertificationType, MemberTierProgressType

CardRef = Annotated["CardType", strawberry.lazy("api.cards.types")]
TierProgressRef = Annotated["MemberTierProgressType", strawberry.lazy("api.members.standing")]
CertificationRef = Annotated["MemberCertificationType", strawberry.lazy("api.members.standing")]

MemberStatusType = strawberry.enum(MemberStatus, name="MemberStatus",
                                   description="GUEST: signed in with WeChat, no phone yet; REGISTERED: a member.")
MemberChannelType = strawberry.enum(MemberChannel, name="MemberChannel",
                                    description="Where a member registered: the mini-program, the POS, or at the "
                                                "POS referred by an employee.")
GenderType = strawberry.enum(Gender, name="MemberGender", description="A member's gender, as they gave it.")
VehicleTypeType = strawberry.enum(VehicleType, name="VehicleType", description="Kind of vehicle (车型).")


def shown_phone(info: Info, encrypted: bytes | None) -> str | None:
    """The phone, whole only for an actor holding VIEW_PHONE_NUMBERS."""
    if encrypted is None:
        return None
    phone = decrypt(info.context.settings.data_key, encrypted)
    actor = info.context.actor
    return phone if actor is not None and actor.has(Permission.VIEW_PHONE_NUMBERS) else mask_mobile(phone)


def require_member_view(info: Info, member_id: uuid.UUID) -> None:
    """Staff holding VIEW_MEMBERS, or the member itself; FORBIDDEN otherwise (a Member is also reached
    through orders and cards by staff who may not view members)."""
    actor = viewer(info)
    if actor.kind is ActorKind.MEMBER:
        if actor.id != member_id:
            raise Forbidden()
    else:
        actor.require(Permission.VIEW_MEMBERS)


@strawberry.type(name="MemberVehicle", description="A vehicle a member drives.")
class MemberVehicleType(Node):
    pk: strawberry.Private[uuid.UUID]
    plate: str = strawberry.field(description="Plate number, normalised (京A12345; new-energy ones have 8 "
                                              "characters).")
    vehicle_type: VehicleTypeType = strawberry.field(description="Kind of vehicle.")  # type: ignore[valid-type]
    new_energy: bool = strawberry.field(description="A new-energy plate (green, 8 characters).")

    @classmethod
    def of(cls, v: MemberVehicle) -> MemberVehicleType:
        return cls(pk=v.id, plate=v.plate, vehicle_type=v.vehicle_type, new_energy=is_new_energy(v.plate))


@strawberry.type(name="Referrer", description="The employee who referred a member.")
class ReferrerType:
    name: str = strawberry.field(description="The employee's name.")
    employee_code: str | None = strawberry.field(description="The employee code (工号).")


@strawberry.type(name="Member", description="A driver known to the company (会员). Requires VIEW_MEMBERS; a "
                                             "member sees only itself.")
class MemberType(Node):
    pk: strawberry.Private[uuid.UUID]
    company_id: strawberry.Private[uuid.UUID]
    phone_encrypted: strawberry.Private[bytes | None]
    referrer_id: strawberry.Private[uuid.UUID | None]
    number: str = strawberry.field(description="Member number (会员号), unique in the company.")
    status: MemberStatusType = strawberry.field(description="Guest or registered.")  # type: ignore[valid-type]
    name: str | None = strawberry.field(description="Name.")
    gender: GenderType = strawberry.field(description="Gender.")  # type: ignore[valid-type]
    birthday: date | None = strawberry.field(description="Birthday.")
    tags: list[str] = strawberry.field(description="Tags (标签).")
    channel: MemberChannelType | None = strawberry.field(  # type: ignore[valid-type]
        description="Where the member registered.")
    has_wechat: bool = strawberry.field(description="Signed in with the mini-program at least once.")
    marketing_consent: bool = strawberry.field(description="Agreed to receive marketing messages.")
    marketing_consent_at: datetime | None = strawberry.field(description="When that consent was last given or "
                                                                         "withdrawn.")
    registered_at: datetime | None = strawberry.field(description="When the member registered; null for a guest.")
    created_at: datetime = strawberry.field(description="When the record was made.")

    @strawberry.field(description="Mobile number, masked (138****1234) unless you hold VIEW_PHONE_NUMBERS.")
    def phone(self, info: Info) -> str | None:
        return shown_phone(info, self.phone_encrypted)

    @strawberry.field(description="The member's vehicles.")
    async def vehicles(self, info: Info) -> list[MemberVehicleType]:
        return [MemberVehicleType.of(v) for v in await info.context.loader(VehiclesByMemberIdLoader).load(self.pk)]

    @strawberry.field(description="The employee who referred the member (channel REFERRAL).")
    async def referrer(self, info: Info) -> ReferrerType | None:
        if self.referrer_id is None:
            return None
        staff = await info.context.loader(StaffUserByIdLoader).load(self.referrer_id)
        return ReferrerType(name=staff.name, employee_code=staff.employee_code) if staff else None

    @strawberry.field(description="The stored-value cards the member holds, oldest first. Requires VIEW_MEMBERS "
                                  "(or the member itself).")
    async def cards(self, info: Info) -> list[CardRef]:
        from api.cards.types import CardType as Card
        from api.members.loaders import CardsByMemberIdLoader

        require_member_view(info, self.pk)
        return [Card.of(c) for c in await info.context.loader(CardsByMemberIdLoader).load(self.pk)]

    @strawberry.field(description="The member's tier and progress to the next one (company-wide). Requires "
                                  "VIEW_MEMBERS (or the member itself); the window's figures need VIEW_ORDERS over "
                                  "the whole company.")
    async def tier_progress(self, info: Info) -> TierProgressRef:
        from api.members.standing import tier_progress

        require_member_view(info, self.pk)
        return await tier_progress(info, self.company_id, self.pk)

    @strawberry.field(description="The latest ride-hailing driver certification request; null when none. "
                                  "Requires VIEW_MEMBERS (or the member itself).")
    async def certification(self, info: Info) -> CertificationRef | None:
        from api.members.standing import certification

        require_member_view(info, self.pk)
        return await certification(info, self.pk)

    @classmethod
    def of(cls, m: Member) -> MemberType:
        return cls(pk=m.id, company_id=m.company_id, phone_encrypted=m.phone_encrypted, referrer_id=m.referrer_id,
                   number=m.number, status=m.status, name=m.name, gender=m.gender, birthday=m.birthday,
                   tags=list(m.tags or []), channel=m.channel, has_wechat=m.openid is not None,
                   marketing_consent=m.marketing_consent, marketing_consent_at=m.marketing_consent_at,
                   registered_at=m.registered_at, created_at=m.created_at)


@strawberry.type(name="MemberGrowth", description="New members of one month and channel.")
class MemberGrowthType:
    month: str = strawberry.field(description="The calendar month, China time (2026-01).")
    channel: MemberChannelType | None = strawberry.field(  # type: ignore[valid-type]
        description="The registration channel.")
    count: int = strawberry.field(description="Members registered.")


@strawberry.type(name="MemberExport", description="Members as an Excel workbook.")
class MemberExportType:
    filename: str = strawberry.field(description="A file name for the download.")
    rows: int = strawberry.field(description="Members in the workbook (at most 50,000, newest first).")
    xlsx: str = strawberry.field(description="The workbook (.xlsx), base64-encoded; phones masked unless you "
                                             "hold VIEW_PHONE_NUMBERS.")
