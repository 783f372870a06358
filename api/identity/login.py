"""Signing in and out: passwords, lockout, access tokens and rotating refresh tokens.

Failed sign-ins are counted in Redis per username and per IP over the lockout window; at the limit the
username (or the IP, at four times the limit) is locked until the window ends. A refresh token is used
once: using it returns a new one; presenting a used one again means it was stolen, so the whole session
(every token of its family) is revoked.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.db import Database
from api.core.errors import DomainError
from api.identity.errors import TokenCreateErrorCode, TokenRefreshErrorCode, TokenRevokeErrorCode
from api.identity.models import RefreshToken, StaffSession, StaffUser
from api.identity.passwords import hash_password, needs_rehash, verify_password
from api.identity.tokens import (
    REFRESH_PREFIX,
    InvalidToken,
    OpaqueToken,
    hashes_match,
    issue_access_token,
    secret_hash,
)
from api.settings import Settings

IP_FACTOR = 4


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    user: StaffUser


def _fail_keys(username: str, ip: str | None) -> tuple[str, str]:
    return f"forecourt:login:fail:user:{username.lower()}", f"forecourt:login:fail:ip:{ip or 'unknown'}"


async def _check_lockout(redis: Redis, settings: Settings, username: str, ip: str | None) -> None:
    user_key, ip_key = _fail_keys(username, ip)
    user_fails, ip_fails = await redis.mget(user_key, ip_key)
    limit = settings.login_max_failures
    if int(user_fails or 0) >= limit or int(ip_fails or 0) >= limit * IP_FACTOR:
        ttl = max(await redis.ttl(user_key if int(user_fails or 0) >= limit else ip_key), 60)
        minutes = (ttl + 59) // 60
        raise DomainError(TokenCreateErrorCode.LOCKED_OUT,
                          f"登录失败次数过多，账号已临时锁定，请 {minutes} 分钟后再试")


async def _count_failure(redis: Redis, settings: Settings, username: str, ip: str | None) -> None:
    window = settings.login_lockout_minutes * 60
    pipe = redis.pipeline()
    for key in _fail_keys(username, ip):
        pipe.set(key, 0, ex=window, nx=True)  # the window starts at the first failure
        pipe.incr(key)
    await pipe.execute()


def _login_actor(user: StaffUser, ip: str | None, request_id: str | None) -> Actor:
    return Actor(kind=ActorKind.STAFF, id=user.id, company_id=user.company_id, label=user.username,
                 ip=ip, request_id=request_id)


async def create_token(db: Database, redis: Redis, settings: Settings, *, username: str, password: str,
                       ip: str | None, request_id: str | None, user_agent: str | None) -> IssuedTokens:
    """Sign in with username and password."""
    username = username.strip()
    if not username or not password:
        raise DomainError(TokenCreateErrorCode.REQUIRED, "请输入用户名和密码",
                          field="username" if not username else "password")
    await _check_lockout(redis, settings, username, ip)
    async with db.transaction() as session:
        user = await session.scalar(select(StaffUser).where(StaffUser.username == username))
        valid = verify_password(user.password_hash if user else None, password)
        if user is None or not valid or not user.is_active:
            failed = True
        else:
            failed = False
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.last_login_at = utcnow()
            tokens = await _open_session(session, settings, user, ip=ip, user_agent=user_agent)
            await audit.record(session, _login_actor(user, ip, request_id), action="auth.login",
                               object_type="StaffUser", object_id=user.id, company_id=user.company_id)
    if failed:
        await _count_failure(redis, settings, username, ip)
        raise DomainError(TokenCreateErrorCode.INVALID_CREDENTIALS, "用户名或密码错误")
    await redis.delete(_fail_keys(username, ip)[0])
    return tokens


async def _open_session(session: AsyncSession, settings: Settings, user: StaffUser, *, ip: str | None,
                        user_agent: str | None) -> IssuedTokens:
    staff_session = StaffSession(user_id=user.id, ip=ip, user_agent=(user_agent or "")[:300] or None,
                                 expires_at=utcnow() + timedelta(days=settings.refresh_token_days))
    session.add(staff_session)
    await session.flush()
    refresh = await _new_refresh_token(session, staff_session.id)
    access = issue_access_token(settings.secret_key, user_id=user.id, company_id=user.company_id,
                                session_id=staff_session.id, minutes=settings.access_token_minutes)
    return IssuedTokens(access, refresh, user)


async def _new_refresh_token(session: AsyncSession, session_id: uuid.UUID) -> str:
    row_id = uuid.uuid4()
    token = OpaqueToken.new(REFRESH_PREFIX, row_id.hex)
    session.add(RefreshToken(id=row_id, session_id=session_id, secret_hash=secret_hash(token.secret)))
    await session.flush()
    return str(token)


async def refresh_token(db: Database, settings: Settings, *, token: str) -> IssuedTokens:
    """Trade a refresh token for a new access token and a new refresh token."""
    invalid = DomainError(TokenRefreshErrorCode.INVALID_TOKEN, "登录已过期，请重新登录", field="refreshToken")
    try:
        parsed = OpaqueToken.parse(token, REFRESH_PREFIX)
        row_id = uuid.UUID(hex=parsed.public_id)
    except (InvalidToken, ValueError):
        raise invalid from None
    reused = False
    async with db.transaction() as session:
        row = (await session.execute(
            select(RefreshToken, StaffSession, StaffUser)
            .join(StaffSession, StaffSession.id == RefreshToken.session_id)
            .join(StaffUser, StaffUser.id == StaffSession.user_id)
            .where(RefreshToken.id == row_id)
            .with_for_update(of=[RefreshToken, StaffSession])
        )).first()
        if row is None or not hashes_match(row[0].secret_hash, parsed.secret):
            raise invalid
        refresh, staff_session, user = row
        now = utcnow()
        if staff_session.revoked_at is not None or staff_session.expires_at <= now or not user.is_active:
            raise invalid
        if refresh.used_at is not None:
            staff_session.revoked_at, staff_session.revoked_reason = now, "refresh_token_reused"
            reused = True
        else:
            refresh.used_at = now
            new_refresh = await _new_refresh_token(session, staff_session.id)
            access = issue_access_token(settings.secret_key, user_id=user.id, company_id=user.company_id,
                                        session_id=staff_session.id, minutes=settings.access_token_minutes)
    if reused:
        raise DomainError(TokenRefreshErrorCode.TOKEN_REUSED,
                          "登录凭证已被使用，为安全起见已退出该登录的所有设备，请重新登录", field="refreshToken")
    return IssuedTokens(access, new_refresh, user)


async def revoke_token(db: Database, *, token: str, ip: str | None, request_id: str | None) -> None:
    """Sign out: revoke the session the refresh token belongs to (and so every token of it)."""
    try:
        parsed = OpaqueToken.parse(token, REFRESH_PREFIX)
        row_id = uuid.UUID(hex=parsed.public_id)
    except (InvalidToken, ValueError):
        raise DomainError(TokenRevokeErrorCode.INVALID_TOKEN, "登录凭证无效", field="refreshToken") from None
    async with db.transaction() as session:
        row = (await session.execute(
            select(RefreshToken, StaffSession, StaffUser)
            .join(StaffSession, StaffSession.id == RefreshToken.session_id)
            .join(StaffUser, StaffUser.id == StaffSession.user_id)
            .where(RefreshToken.id == row_id).with_for_update(of=StaffSession))).first()
        if row is None or not hashes_match(row[0].secret_hash, parsed.secret):
            raise DomainError(TokenRevokeErrorCode.INVALID_TOKEN, "登录凭证无效", field="refreshToken")
        _, staff_session, user = row
        if staff_session.revoked_at is None:
            staff_session.revoked_at, staff_session.revoked_reason = utcnow(), "signed_out"
            await audit.record(session, _login_actor(user, ip, request_id), action="auth.logout",
                               object_type="StaffUser", object_id=user.id, company_id=user.company_id)
