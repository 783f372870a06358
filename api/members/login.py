"""Mini-program sign-in and phone binding.

`wx.login` code -> code2Session on the server -> the company's member with that openid (a guest is made the
first time) -> a member session: a member access token and a refresh token, rotated on each use (the one
before, presented again, revokes the session). A guest becomes a registered member when a phone is bound,
through the WeChat phone-number component or an SMS code. When that phone already belongs to a member
registered at the POS (no WeChat yet), the guest is merged into it: the WeChat identity and the session move
over, the guest row goes, so the same token now names the registered member.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

import structlog
from redis.asyncio import Redis
from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.db import Database
from api.core.errors import DomainError, Forbidden
from api.core.personal_data import decrypt, is_mobile, mask_mobile
from api.identity.tokens import (
    MEMBER_REFRESH_PREFIX,
    InvalidToken,
    OpaqueToken,
    hashes_match,
    issue_member_token,
    secret_hash,
)
from api.members import sms, wechat
from api.members.errors import MemberLoginErrorCode as LoginCode
from api.members.errors import MemberPhoneBindErrorCode as BindCode
from api.members.models import Member, MemberChannel, MemberSession, MemberStatus, MemberVehicle, MiniProgram
from api.members.service import audit_view, member_by_phone, new_number, set_phone
from api.settings import Settings

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class MemberTokens:
    access_token: str
    refresh_token: str
    member: Member


def _app(program: MiniProgram, settings: Settings) -> wechat.MiniProgramApp:
    return wechat.MiniProgramApp(program.app_id, decrypt(settings.data_key, program.app_secret_encrypted),
                                 settings.wechat_api_base_url)


async def _program(db: Database, app_id: str) -> MiniProgram:
    async with db.session() as session:
        program = await session.scalar(select(MiniProgram).where(MiniProgram.app_id == app_id.strip()))
    if program is None:
        raise DomainError(LoginCode.UNKNOWN_APP, "小程序未开通会员服务", field="appId")
    return program


def _actor(member: Member, ip: str | None, request_id: str | None) -> Actor:
    return Actor(kind=ActorKind.MEMBER, id=member.id, company_id=member.company_id, label=f"member:{member.number}",
                 ip=ip, request_id=request_id)


async def _open_session(session: AsyncSession, settings: Settings, member: Member) -> MemberTokens:
    row_id = uuid.uuid4()
    token = OpaqueToken.new(MEMBER_REFRESH_PREFIX, row_id.hex)
    session.add(MemberSession(id=row_id, company_id=member.company_id, member_id=member.id,
                              refresh_hash=secret_hash(token.secret),
                              expires_at=utcnow() + timedelta(days=settings.member_session_days)))
    await session.flush()
    access = issue_member_token(settings.secret_key, company_id=member.company_id, session_id=row_id,
                                minutes=settings.member_token_minutes)
    return MemberTokens(access, str(token), member)


async def wechat_login(db: Database, settings: Settings, *, app_id: str, code: str, ip: str | None,
                       request_id: str | None) -> MemberTokens:
    """Sign in with a `wx.login` code; the first sign-in of an openid makes a guest."""
    if not code.strip():
        raise DomainError(LoginCode.INVALID_CODE, "缺少登录凭证", field="code")
    program = await _program(db, app_id)
    try:
        who = await wechat.code_to_session(_app(program, settings), code.strip())
    except wechat.WeChatError as error:
        if error.invalid_code:
            raise DomainError(LoginCode.INVALID_CODE, "登录凭证无效或已使用，请重新登录", field="code") from None
        log.warning("wechat_code2session_failed", app_id=program.app_id, errcode=error.errcode)
        raise DomainError(LoginCode.WECHAT_UNAVAILABLE, "微信登录暂时不可用，请稍后再试") from None
    async with db.transaction() as session:
        member = await session.scalar(select(Member).where(Member.company_id == program.company_id,
                                                           Member.openid == who.openid).with_for_update())
        if member is None:
            member = Member(company_id=program.company_id, number=new_number(), status=MemberStatus.GUEST,
                            openid=who.openid, unionid=who.unionid, tags=[])
            session.add(member)
            await session.flush()
        elif who.unionid and member.unionid != who.unionid:
            member.unionid = who.unionid
        tokens = await _open_session(session, settings, member)
        await audit.record(session, _actor(member, ip, request_id), action="member.login", object_type="Member",
                           object_id=member.id, company_id=member.company_id)
    return tokens


async def refresh_member_token(db: Database, settings: Settings, *, token: str) -> MemberTokens:
    """Trade a member refresh token for new tokens; the previous token presented again revokes the session."""
    invalid = DomainError(LoginCode.INVALID_TOKEN, "登录已过期，请重新登录", field="refreshToken")
    try:
        parsed = OpaqueToken.parse(token, MEMBER_REFRESH_PREFIX)
        row_id = uuid.UUID(hex=parsed.public_id)
    except (InvalidToken, ValueError):
        raise invalid from None
    reused = False
    async with db.transaction() as session:
        row = (await session.execute(select(MemberSession, Member).join(Member, Member.id == MemberSession.member_id)
                                     .where(MemberSession.id == row_id).with_for_update(of=MemberSession))).first()
        if row is None:
            raise invalid
        member_session, member = row
        now = utcnow()
        if member_session.revoked_at is not None or member_session.expires_at <= now:
            raise invalid
        if member_session.previous_hash and hashes_match(member_session.previous_hash, parsed.secret):
            member_session.revoked_at = now
            reused = True
        elif not hashes_match(member_session.refresh_hash, parsed.secret):
            raise invalid
        else:
            fresh = OpaqueToken.new(MEMBER_REFRESH_PREFIX, row_id.hex)
            member_session.previous_hash, member_session.refresh_hash = member_session.refresh_hash, secret_hash(
                fresh.secret)
            access = issue_member_token(settings.secret_key, company_id=member.company_id, session_id=row_id,
                                        minutes=settings.member_token_minutes)
    if reused:
        raise DomainError(LoginCode.TOKEN_REUSED, "登录凭证已被使用，为安全起见请重新登录", field="refreshToken")
    return MemberTokens(access, str(fresh), member)


async def send_sms_code(redis: Redis, settings: Settings, actor: Actor, phone: str) -> None:
    """Send a code to the phone the member wants to bind."""
    if actor.kind is not ActorKind.MEMBER:
        raise Forbidden()
    phone = phone.strip()
    if not is_mobile(phone):
        raise DomainError(BindCode.INVALID, "手机号格式不正确", field="phone")
    await sms.send_code(redis, settings, phone)


async def phone_from_wechat(db: Database, settings: Settings, actor: Actor, code: str) -> str:
    """The phone number behind a phone-number component code, asked of WeChat for the member's mini-program."""
    async with db.session() as session:
        program = await session.scalar(select(MiniProgram).where(MiniProgram.company_id == actor.company_id))
    if program is None:
        raise DomainError(BindCode.WECHAT_UNAVAILABLE, "小程序未开通会员服务")
    try:
        return await wechat.phone_number(_app(program, settings), code.strip())
    except wechat.WeChatError as error:
        if error.invalid_code:
            raise DomainError(BindCode.INVALID_CODE, "手机号授权已失效，请重新授权", field="wechatCode") from None
        log.warning("wechat_phone_number_failed", errcode=error.errcode)
        raise DomainError(BindCode.WECHAT_UNAVAILABLE, "微信暂时不可用，请稍后再试或使用短信验证码") from None


async def bind_phone(session: AsyncSession, actor: Actor, data_key: str, phone: str) -> Member:
    """Bind a verified phone to the signed-in member: register a guest, merge it into the member already
    registered with that phone (without WeChat), or change the member's phone; audited with masked values."""
    if actor.kind is not ActorKind.MEMBER or actor.id is None or actor.company_id is None:
        raise Forbidden()
    member = await session.scalar(select(Member).where(Member.id == actor.id).with_for_update())
    if member is None:
        raise Forbidden()
    owner = await member_by_phone(session, actor.company_id, data_key, phone)
    if owner is not None and owner.id == member.id:
        return member
    if owner is not None:
        if owner.openid is not None or member.phone_index is not None:
            raise DomainError(BindCode.PHONE_TAKEN, "该手机号已绑定其他微信账号", field="phone")
        return await _merge(session, actor, data_key, guest=member, into=owner)
    before = audit_view(data_key, member)
    set_phone(member, data_key, phone)
    if member.status is MemberStatus.GUEST:
        member.status, member.registered_at, member.channel = (MemberStatus.REGISTERED, utcnow(),
                                                               MemberChannel.MINI_PROGRAM)
        action = "member.register"
    else:
        action = "member.phone_change"
    await session.flush()
    await audit.record(session, actor, action=action, object_type="Member", object_id=member.id,
                       company_id=member.company_id, before=before if action != "member.register" else None,
                       after=audit_view(data_key, member))
    return member


async def _merge(session: AsyncSession, actor: Actor, data_key: str, *, guest: Member, into: Member) -> Member:
    openid, unionid = guest.openid, guest.unionid
    await session.execute(update(MemberSession).where(MemberSession.member_id == guest.id).values(member_id=into.id))
    known = set((await session.scalars(select(MemberVehicle.plate).where(MemberVehicle.member_id == into.id))).all())
    await session.execute(update(MemberVehicle).where(MemberVehicle.member_id == guest.id,
                                                      MemberVehicle.plate.not_in(known or {""}))
                          .values(member_id=into.id))
    await session.execute(delete(Member).where(Member.id == guest.id))
    into.openid, into.unionid = openid, unionid or into.unionid
    await session.flush()
    await audit.record(session, actor, action="member.wechat_bind", object_type="Member", object_id=into.id,
                       company_id=into.company_id, after={"phone": mask_mobile(decrypt(data_key, into.phone_encrypted))
                                                          if into.phone_encrypted else None,
                                                          "merged_guest": guest.number})
    return into

