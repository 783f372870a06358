"""Mutations of members: POS registration and staff edits, vehicles, and the mini-program's own (sign-in,
token refresh, SMS code, phone binding, member code)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import ActorKind
from api.core.errors import DomainError, Forbidden
from api.core.guards import Info, needs, require, viewer
from api.core.node import decode_id, decode_input_id
from api.core.permissions import Permission
from api.core.personal_data import is_mobile
from api.core.user_errors import error_type, payload_errors, run_check, run_mutation
from api.members import login, member_codes, service, sms
from api.members.errors import MemberCodeErrorCode, MemberErrorCode, MemberLoginErrorCode, MemberPhoneBindErrorCode
from api.members.models import Gender, Member, MemberStatus, VehicleType
from api.members.types import GenderType, MemberType, MemberVehicleType, VehicleTypeType

MemberError = error_type("Member", MemberErrorCode, "a member mutation")
MemberLoginError = error_type("MemberLogin", MemberLoginErrorCode, "a member sign-in")
MemberPhoneBindError = error_type("MemberPhoneBind", MemberPhoneBindErrorCode, "binding a phone")
MemberCodeError = error_type("MemberCode", MemberCodeErrorCode, "a member code")


@strawberry.input(description="A vehicle to bind.")
class MemberVehicleInput:
    plate: str = strawberry.field(description="Plate number (京A12345, new-energy 京AD12345).")
    vehicle_type: VehicleTypeType = strawberry.field(  # type: ignore[valid-type]
        default=VehicleType.CAR, description="Kind of vehicle.")


@strawberry.input(description="Register a driver at the POS by phone, with the driver's consent.")
class MemberRegisterInput:
    phone: str = strawberry.field(description="Mainland mobile number (11 digits).")
    consent: bool = strawberry.field(description="The driver agreed to the membership terms (must be true).")
    name: str | None = strawberry.field(default=None, description="Name.")
    gender: GenderType | None = strawberry.field(default=None, description="Gender.")  # type: ignore[valid-type]
    birthday: date | None = strawberry.field(default=None, description="Birthday.")
    marketing_consent: bool | None = strawberry.field(default=None, description="Agrees to marketing messages.")
    referrer_code: str | None = strawberry.field(default=None, description="Employee code of the referring "
                                                                           "employee (channel REFERRAL).")
    vehicles: list[MemberVehicleInput] | None = strawberry.field(default=None, description="Vehicles to bind.")


@strawberry.input(description="Changes to a member; omitted fields stay as they are.")
class MemberUpdateInput:
    id: strawberry.ID = strawberry.field(description="The member.")
    phone: str | None = strawberry.field(default=None, description="New mobile number (staff only; audited).")
    name: str | None = strawberry.field(default=None, description="New name (empty string clears it).")
    gender: GenderType | None = strawberry.field(default=None, description="Gender.")  # type: ignore[valid-type]
    birthday: date | None = strawberry.field(default=None, description="Birthday.")
    tags: list[str] | None = strawberry.field(default=None, description="The whole new tag list (staff only).")
    marketing_consent: bool | None = strawberry.field(default=None, description="Agrees to marketing messages.")


@strawberry.input(description="Bind a vehicle to a member.")
class MemberVehicleAddInput:
    member_id: strawberry.ID = strawberry.field(description="The member.")
    plate: str = strawberry.field(description="Plate number.")
    vehicle_type: VehicleTypeType = strawberry.field(  # type: ignore[valid-type]
        default=VehicleType.CAR, description="Kind of vehicle.")


@strawberry.input(description="Unbind a vehicle.")
class MemberVehicleRemoveInput:
    id: strawberry.ID = strawberry.field(description="The vehicle (MemberVehicle).")


@strawberry.input(description="Mini-program sign-in with the code of `wx.login`.")
class MemberWechatLoginInput:
    app_id: str = strawberry.field(description="The mini-program's appid.")
    code: str = strawberry.field(description="The code `wx.login` gave (valid once, 5 minutes).")


@strawberry.input(description="Trade a member refresh token for new tokens.")
class MemberTokenRefreshInput:
    refresh_token: str = strawberry.field(description="The refresh token (used once).")


@strawberry.input(description="Send an SMS verification code to the phone to bind.")
class MemberSmsCodeSendInput:
    phone: str = strawberry.field(description="Mainland mobile number.")


@strawberry.input(description="Bind a phone: the phone-number component's code, or the phone with its SMS code.")
class MemberPhoneBindInput:
    wechat_code: str | None = strawberry.field(default=None, description="The `code` of the getPhoneNumber "
                                                                         "button.")
    phone: str | None = strawberry.field(default=None, description="The phone the SMS code was sent to.")
    sms_code: str | None = strawberry.field(default=None, description="The six-digit SMS code.")


@strawberry.type(description="Result of a member mutation.")
class MemberPayload:
    member: MemberType | None = strawberry.field(default=None, description="The member after the change.")
    errors: list[MemberError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of binding a vehicle.")
class MemberVehiclePayload:
    vehicle: MemberVehicleType | None = strawberry.field(default=None, description="The vehicle bound.")
    member: MemberType | None = strawberry.field(default=None, description="Its member.")
    errors: list[MemberError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Tokens of a mini-program sign-in (WeChat's session_key never leaves the server).")
class MemberLoginPayload:
    token: str | None = strawberry.field(default=None, description="Member access token (Bearer).")
    refresh_token: str | None = strawberry.field(default=None, description="Refresh token: use once with "
                                                                           "memberTokenRefresh.")
    member: MemberType | None = strawberry.field(default=None, description="The member (a guest until a phone "
                                                                           "is bound).")
    errors: list[MemberLoginError] = strawberry.field(description="Why it failed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of sending an SMS code.")
class MemberSmsCodeSendPayload:
    sent: bool = strawberry.field(default=False, description="True when the code was sent.")
    errors: list[MemberPhoneBindError] = strawberry.field(  # type: ignore[valid-type]
        description="Why nothing was sent.")


@strawberry.type(description="Result of binding a phone.")
class MemberPhoneBindPayload:
    member: MemberType | None = strawberry.field(default=None, description="The member, now registered.")
    errors: list[MemberPhoneBindError] = strawberry.field(  # type: ignore[valid-type]
        description="Why nothing changed.")


@strawberry.type(description="A member code to show as a QR code / barcode at the POS.")
class MemberCodePayload:
    code: str | None = strawberry.field(default=None, description="18 digits, valid once.")
    expires_at: datetime | None = strawberry.field(default=None, description="When it stops working; ask for a "
                                                                            "new one before.")
    errors: list[MemberCodeError] = strawberry.field(description="Why no code was made.")  # type: ignore[valid-type]


def _fields(data: MemberRegisterInput | MemberUpdateInput) -> service.MemberFields:
    return service.MemberFields(
        phone=data.phone, name=data.name, gender=Gender(data.gender) if data.gender else None,
        birthday=data.birthday,
        tags=getattr(data, "tags", None), marketing_consent=data.marketing_consent)


def _member_or_staff(info: Info, permission: Permission) -> Any:
    actor = viewer(info)
    if actor.kind is not ActorKind.MEMBER:
        actor.require(permission)
    return actor


def _member_only(info: Info) -> Any:
    actor = viewer(info)
    if actor.kind is not ActorKind.MEMBER:
        raise Forbidden("仅会员可用")
    return actor


@strawberry.type
class MemberMutation:
    @strawberry.mutation(description=needs("Register a driver by phone at the POS, with consent; audited (phone "
                                           "masked).", Permission.REGISTER_MEMBERS))
    async def member_register(self, info: Info, input: MemberRegisterInput) -> MemberPayload:
        actor = require(info, Permission.REGISTER_MEMBERS)
        data_key = info.context.settings.data_key

        async def work(session: AsyncSession) -> dict[str, Any]:
            vehicles = [(v.plate, VehicleType(v.vehicle_type)) for v in input.vehicles or []]
            member = await service.register_member(session, actor, data_key, _fields(input), consent=input.consent,
                                                   referrer_code=input.referrer_code, vehicles=vehicles)
            return {"member": MemberType.of(member)}

        return await run_mutation(info.context, work, MemberPayload, MemberError, MemberErrorCode)

    @strawberry.mutation(description=needs("Change a member's profile; a phone change is audited with the masked "
                                           "numbers before and after. A member may change its own name, gender, "
                                           "birthday and consent.", Permission.MANAGE_MEMBERS))
    async def member_update(self, info: Info, input: MemberUpdateInput) -> MemberPayload:
        actor = _member_or_staff(info, Permission.MANAGE_MEMBERS)
        member_id = decode_id(input.id, "Member")
        data_key = info.context.settings.data_key

        async def work(session: AsyncSession) -> dict[str, Any]:
            member = await service.update_member(session, actor, data_key, member_id, _fields(input))
            return {"member": MemberType.of(member)}

        return await run_mutation(info.context, work, MemberPayload, MemberError, MemberErrorCode)

    @strawberry.mutation(description=needs("Bind a vehicle to a member (or, with a member token, to yourself).",
                                           Permission.MANAGE_MEMBERS))
    async def member_vehicle_add(self, info: Info, input: MemberVehicleAddInput) -> MemberVehiclePayload:
        actor = _member_or_staff(info, Permission.MANAGE_MEMBERS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            member_id = decode_input_id(input.member_id, "Member", "memberId")
            vehicle = await service.add_vehicle(session, actor, member_id, input.plate,
                                                VehicleType(input.vehicle_type))
            member = await session.get(Member, member_id)
            assert member is not None
            return {"vehicle": MemberVehicleType.of(vehicle), "member": MemberType.of(member)}

        return await run_mutation(info.context, work, MemberVehiclePayload, MemberError, MemberErrorCode)

    @strawberry.mutation(description=needs("Unbind a vehicle (or, with a member token, one of yours).",
                                           Permission.MANAGE_MEMBERS))
    async def member_vehicle_remove(self, info: Info, input: MemberVehicleRemoveInput) -> MemberPayload:
        actor = _member_or_staff(info, Permission.MANAGE_MEMBERS)
        vehicle_id = decode_id(input.id, "MemberVehicle")

        async def work(session: AsyncSession) -> dict[str, Any]:
            return {"member": MemberType.of(await service.remove_vehicle(session, actor, vehicle_id))}

        return await run_mutation(info.context, work, MemberPayload, MemberError, MemberErrorCode)

    @strawberry.mutation(description="Mini-program sign-in with a `wx.login` code, exchanged with WeChat on the "
                                     "server (code2Session); a new driver starts as a guest. Public.")
    async def member_wechat_login(self, info: Info, input: MemberWechatLoginInput) -> MemberLoginPayload:
        ctx = info.context
        try:
            tokens = await login.wechat_login(ctx.db, ctx.settings, app_id=input.app_id, code=input.code,
                                              ip=ctx.client_ip, request_id=ctx.request_id)
        except DomainError as error:
            return MemberLoginPayload(errors=payload_errors(error, MemberLoginError, MemberLoginErrorCode))
        return MemberLoginPayload(token=tokens.access_token, refresh_token=tokens.refresh_token,
                                  member=MemberType.of(tokens.member), errors=[])

    @strawberry.mutation(description="Trade a member refresh token for new tokens (rotation); presenting the "
                                     "previous one again signs the session out. Public.")
    async def member_token_refresh(self, info: Info, input: MemberTokenRefreshInput) -> MemberLoginPayload:
        ctx = info.context
        try:
            tokens = await login.refresh_member_token(ctx.db, ctx.settings, token=input.refresh_token)
        except DomainError as error:
            return MemberLoginPayload(errors=payload_errors(error, MemberLoginError, MemberLoginErrorCode))
        return MemberLoginPayload(token=tokens.access_token, refresh_token=tokens.refresh_token,
                                  member=MemberType.of(tokens.member), errors=[])

    @strawberry.mutation(description="Send an SMS code to the phone to bind (one per phone per minute; valid 5 "
                                     "minutes, 5 tries). Requires a member token.")
    async def member_sms_code_send(self, info: Info, input: MemberSmsCodeSendInput) -> MemberSmsCodeSendPayload:
        actor = _member_only(info)
        ctx = info.context

        async def work() -> dict[str, Any]:
            await login.send_sms_code(ctx.redis, ctx.settings, actor, input.phone)
            return {"sent": True}

        return await run_check(work, MemberSmsCodeSendPayload, MemberPhoneBindError, MemberPhoneBindErrorCode)

    @strawberry.mutation(description="Bind a phone to yourself (a guest becomes a member) through the WeChat "
                                     "phone-number component or an SMS code. Requires a member token.")
    async def member_phone_bind(self, info: Info, input: MemberPhoneBindInput) -> MemberPhoneBindPayload:
        actor = _member_only(info)
        ctx = info.context

        async def work() -> dict[str, Any]:
            phone = await _verified_phone(info, actor, input)
            async with ctx.transaction() as session:
                member = await login.bind_phone(session, actor, ctx.settings.data_key, phone)
                return {"member": MemberType.of(member)}

        return await run_check(work, MemberPhoneBindPayload, MemberPhoneBindError, MemberPhoneBindErrorCode)

    @strawberry.mutation(description="A fresh member code for the POS to scan (registered members). Requires a "
                                     "member token.")
    async def member_code_create(self, info: Info) -> MemberCodePayload:
        actor = _member_only(info)
        ctx = info.context
        async with ctx.session() as session:
            member = await session.get(Member, actor.id)
        if member is None or member.status is not MemberStatus.REGISTERED:
            return MemberCodePayload(errors=[MemberCodeError(field=None, message="请先绑定手机号成为会员",
                                                             code=MemberCodeErrorCode.NOT_REGISTERED)])
        made = await member_codes.create_code(ctx.redis, company_id=member.company_id, member_id=member.id,
                                              seconds=ctx.settings.member_code_seconds)
        return MemberCodePayload(code=made.code, expires_at=made.expires_at, errors=[])


async def _verified_phone(info: Info, actor: Any, data: MemberPhoneBindInput) -> str:
    ctx = info.context
    if data.wechat_code and data.wechat_code.strip():
        return await login.phone_from_wechat(ctx.db, ctx.settings, actor, data.wechat_code)
    phone = (data.phone or "").strip()
    if not phone or not (data.sms_code or "").strip():
        raise DomainError(MemberPhoneBindErrorCode.REQUIRED, "请填写手机号和验证码",
                          field="phone" if not phone else "smsCode")
    if not is_mobile(phone):
        raise DomainError(MemberPhoneBindErrorCode.INVALID, "手机号格式不正确", field="phone")
    await sms.check_code(ctx.redis, ctx.settings, phone, data.sms_code or "")
    return phone
