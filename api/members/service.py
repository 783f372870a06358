"""Member profiles and vehicles: registration at the POS, changes by staff or by the member, each audited.

Audit rows never hold a whole phone number: a phone appears masked (138****1234) before and after.
Staff reach any member of their own company (members are company-wide, not per station); a member reaches
only itself.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.permissions import Permission
from api.core.personal_data import decrypt, encrypt, is_mobile, lookup_index, mask_mobile
from api.identity.models import StaffUser
from api.members.errors import MemberErrorCode as Code
from api.members.models import Gender, Member, MemberChannel, MemberStatus, MemberVehicle, VehicleType
from api.members.plates import normalize_plate

MAX_TAGS, MAX_VEHICLES = 20, 10


@dataclass
class MemberFields:
    """Profile fields of a registration or an update; on update, `None` means unchanged."""

    phone: str | None = None
    name: str | None = None
    gender: Gender | None = None
    birthday: date | None = None
    tags: list[str] | None = None
    marketing_consent: bool | None = None


def phone_of(data_key: str, member: Member) -> str | None:
    return decrypt(data_key, member.phone_encrypted) if member.phone_encrypted is not None else None


def audit_view(data_key: str, member: Member) -> dict[str, Any]:
    """What the audit log keeps of a member: the profile, with the phone masked."""
    phone = phone_of(data_key, member)
    return {"phone": mask_mobile(phone) if phone else None, "name": member.name, "gender": member.gender.value,
            "birthday": member.birthday.isoformat() if member.birthday else None, "tags": list(member.tags or []),
            "marketing_consent": member.marketing_consent, "status": member.status.value}


def new_number() -> str:
    """A member number: M and nine random digits."""
    return "M" + "".join(str(secrets.randbelow(10)) for _ in range(9))


def check_access(actor: Actor, member: Member, permission: Permission) -> None:
    """A member reaches itself; staff need `permission` and the same company."""
    if actor.kind is ActorKind.MEMBER:
        if actor.id != member.id:
            raise Forbidden()
        return
    actor.require(permission)
    actor.require_company(member.company_id)


async def get_member(session: AsyncSession, actor: Actor, member_id: uuid.UUID, permission: Permission, *,
                     field: str = "id", for_update: bool = False) -> Member:
    stmt = select(Member).where(Member.id == member_id)
    member = await session.scalar(stmt.with_for_update() if for_update else stmt)
    if member is None or (actor.kind is not ActorKind.MEMBER and member.company_id != actor.company_id):
        raise DomainError(Code.NOT_FOUND, "会员不存在", field=field)
    check_access(actor, member, permission)
    return member


async def member_by_phone(session: AsyncSession, company_id: uuid.UUID, data_key: str, phone: str) -> Member | None:
    return await session.scalar(select(Member).where(Member.company_id == company_id,
                                                     Member.phone_index == lookup_index(data_key, phone)))


def _clean_phone(raw: str, errors: ValidationErrors, field: str = "phone") -> str:
    phone = raw.strip().removeprefix("+86").strip()
    if not is_mobile(phone):
        errors.add(Code.INVALID, "手机号格式不正确", field)
    return phone


def _validate(fields: MemberFields, errors: ValidationErrors, *, staff: bool) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if fields.name is not None:
        name = fields.name.strip()
        if len(name) > 32:
            errors.add(Code.INVALID, "姓名最长 32 个字", "name")
        values["name"] = name or None
    if fields.gender is not None:
        values["gender"] = fields.gender
    if fields.birthday is not None:
        if not date(1900, 1, 1) <= fields.birthday <= utcnow().date():
            errors.add(Code.INVALID, "生日不正确", "birthday")
        values["birthday"] = fields.birthday
    if fields.tags is not None:
        if not staff:
            raise Forbidden("会员标签只能由员工设置")
        tags = list(dict.fromkeys(t.strip() for t in fields.tags if t.strip()))
        if len(tags) > MAX_TAGS or any(len(t) > 32 for t in tags):
            errors.add(Code.INVALID, f"最多 {MAX_TAGS} 个标签，每个最长 32 个字", "tags")
        values["tags"] = tags
    return values


def _set_consent(member: Member, consent: bool | None) -> None:
    if consent is not None and consent != member.marketing_consent:
        member.marketing_consent = consent
        member.marketing_consent_at = utcnow()


def set_phone(member: Member, data_key: str, phone: str) -> None:
    member.phone_encrypted = encrypt(data_key, phone)
    member.phone_index = lookup_index(data_key, phone)


async def _referrer(session: AsyncSession, company_id: uuid.UUID, employee_code: str) -> StaffUser:
    staff = await session.scalar(select(StaffUser).where(StaffUser.company_id == company_id,
                                                         StaffUser.employee_code == employee_code.strip(),
                                                         StaffUser.is_active.is_(True)))
    if staff is None:
        raise DomainError(Code.REFERRER_NOT_FOUND, "推荐员工工号不存在", field="referrerCode")
    return staff


async def register_member(session: AsyncSession, actor: Actor, data_key: str, fields: MemberFields, *,
                          consent: bool, referrer_code: str | None = None,
                          vehicles: list[tuple[str, VehicleType]] | None = None) -> Member:
    """Register a driver by phone at the POS (the driver agreed): a registered member at once."""
    actor.require(Permission.REGISTER_MEMBERS)
    assert actor.company_id is not None
    errors = ValidationErrors()
    if not consent:
        errors.add(Code.CONSENT_REQUIRED, "请先征得车主同意会员协议", "consent")
    phone = _clean_phone(fields.phone or "", errors) if (fields.phone or "").strip() else None
    if phone is None:
        errors.add(Code.REQUIRED, "请填写手机号", "phone")
    values = _validate(fields, errors, staff=True)
    plates = [_plate(raw, errors, f"vehicles.{i}.plate") for i, (raw, _) in enumerate(vehicles or [])]
    errors.raise_if_any()
    assert phone is not None
    if await member_by_phone(session, actor.company_id, data_key, phone) is not None:
        raise DomainError(Code.PHONE_TAKEN, "该手机号已是会员", field="phone")
    referrer = await _referrer(session, actor.company_id, referrer_code) if referrer_code and referrer_code.strip() \
        else None
    member = Member(company_id=actor.company_id, number=new_number(), status=MemberStatus.REGISTERED,
                    channel=MemberChannel.REFERRAL if referrer else MemberChannel.POS,
                    referrer_id=referrer.id if referrer else None, registered_at=utcnow(), tags=[], **values)
    set_phone(member, data_key, phone)
    _set_consent(member, fields.marketing_consent)
    session.add(member)
    await session.flush()
    for plate, (_, kind) in zip(plates, vehicles or [], strict=True):
        session.add(MemberVehicle(company_id=member.company_id, member_id=member.id, plate=plate, vehicle_type=kind))
    await session.flush()
    await audit.record(session, actor, action="member.register", object_type="Member", object_id=member.id,
                       company_id=member.company_id,
                       after={**audit_view(data_key, member), "channel": member.channel.value if member.channel
                              else None, "plates": plates, "referrer_id": str(member.referrer_id or "") or None})
    return member


async def update_member(session: AsyncSession, actor: Actor, data_key: str, member_id: uuid.UUID,
                        fields: MemberFields) -> Member:
    """Change a profile: the member itself (not its phone or tags) or staff; audited with before and after."""
    member = await get_member(session, actor, member_id, Permission.MANAGE_MEMBERS, for_update=True)
    staff = actor.kind is not ActorKind.MEMBER
    errors = ValidationErrors()
    values = _validate(fields, errors, staff=staff)
    phone = None
    if fields.phone is not None:
        if not staff:
            raise Forbidden("请通过短信验证码或微信绑定手机号")
        phone = _clean_phone(fields.phone, errors)
    errors.raise_if_any()
    before = audit_view(data_key, member)
    phone_changed = False
    if phone is not None and lookup_index(data_key, phone) != member.phone_index:
        other = await member_by_phone(session, member.company_id, data_key, phone)
        if other is not None:
            raise DomainError(Code.PHONE_TAKEN, "该手机号已被其他会员使用", field="phone")
        set_phone(member, data_key, phone)
        phone_changed = True
    for key, value in values.items():
        setattr(member, key, value)
    _set_consent(member, fields.marketing_consent)
    await session.flush()
    after = audit_view(data_key, member)
    if phone_changed:
        await audit.record(session, actor, action="member.phone_change", object_type="Member", object_id=member.id,
                           company_id=member.company_id, before={"phone": before["phone"]},
                           after={"phone": after["phone"]})
    if {k: v for k, v in before.items() if k != "phone"} != {k: v for k, v in after.items() if k != "phone"}:
        await audit.record(session, actor, action="member.update", object_type="Member", object_id=member.id,
                           company_id=member.company_id, before=before, after=after)
    return member


def _plate(raw: str, errors: ValidationErrors, field: str) -> str:
    plate = normalize_plate(raw or "")
    if plate is None:
        errors.add(Code.PLATE_INVALID, "车牌号格式不正确（如 京A12345，新能源 京AD12345）", field)
        return ""
    return plate


async def add_vehicle(session: AsyncSession, actor: Actor, member_id: uuid.UUID, plate: str,
                      vehicle_type: VehicleType) -> MemberVehicle:
    member = await get_member(session, actor, member_id, Permission.MANAGE_MEMBERS, field="memberId",
                              for_update=True)
    errors = ValidationErrors()
    normalized = _plate(plate, errors, "plate")
    errors.raise_if_any()
    vehicles = list((await session.scalars(select(MemberVehicle).where(MemberVehicle.member_id == member.id))).all())
    if any(v.plate == normalized for v in vehicles):
        raise DomainError(Code.INVALID, "该车辆已绑定", field="plate")
    if len(vehicles) >= MAX_VEHICLES:
        raise DomainError(Code.INVALID, f"每位会员最多绑定 {MAX_VEHICLES} 辆车", field="plate")
    vehicle = MemberVehicle(company_id=member.company_id, member_id=member.id, plate=normalized,
                            vehicle_type=vehicle_type)
    session.add(vehicle)
    await session.flush()
    return vehicle


async def remove_vehicle(session: AsyncSession, actor: Actor, vehicle_id: uuid.UUID) -> Member:
    vehicle = await session.get(MemberVehicle, vehicle_id)
    if vehicle is None or (actor.kind is not ActorKind.MEMBER and vehicle.company_id != actor.company_id):
        raise DomainError(Code.NOT_FOUND, "车辆不存在", field="id")
    member = await get_member(session, actor, vehicle.member_id, Permission.MANAGE_MEMBERS)
    await session.delete(vehicle)
    await session.flush()
    return member

