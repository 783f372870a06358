"""Who is calling: a bearer access token (staff or member), an API key (partner) or a device token (pump_link).

Staff access tokens are checked against the database on every request (user active, session not
revoked), so signing out or disabling a user takes effect at once; member tokens likewise (session not
revoked nor expired), and the member is the session's, whoever it was issued to. Partner keys are rate-limited per
minute in Redis; their last use is written at most once a minute.
"""

from __future__ import annotations

from collections.abc import Mapping

from cross_web import HTTPException
from sqlalchemy import bindparam, select, update

from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.errors import Unauthenticated
from api.core.permissions import Permission
from api.core.state import AppState
from api.identity.access import compute_scopes, stations_by_region, visible_stations
from api.identity.models import ApiKey, Device, Grant, Role, StaffSession, StaffUser
from api.identity.tokens import (
    API_KEY_PREFIX,
    DEVICE_PREFIX,
    InvalidToken,
    OpaqueToken,
    hashes_match,
    is_member_token,
    read_access_token,
    read_member_token,
)
from api.members.models import Member, MemberSession

EXPIRED_MESSAGE = "登录已过期，请重新登录"

# built once: the statement of every staff request
_STAFF_QUERY = (
    select(StaffUser.company_id, StaffUser.username, StaffUser.is_active, StaffSession.revoked_at,
           Grant.scope, Grant.region_ids, Grant.station_ids, Role.permissions)
    .join(StaffSession, StaffSession.user_id == StaffUser.id)
    .outerjoin(Grant, Grant.user_id == StaffUser.id)
    .outerjoin(Role, Role.id == Grant.role_id)
    .where(StaffSession.id == bindparam("session_id"), StaffUser.id == bindparam("user_id"))
)

_DEVICE_QUERY = select(Device.id, Device.company_id, Device.station_id, Device.name, Device.secret_hash,
                       Device.revoked_at).where(Device.prefix == bindparam("prefix"))

_MEMBER_QUERY = (
    select(Member.id, Member.number, MemberSession.revoked_at, MemberSession.expires_at)
    .join(Member, Member.id == MemberSession.member_id)
    .where(MemberSession.id == bindparam("session_id"), MemberSession.company_id == bindparam("company_id"))
)


async def authenticate_headers(state: AppState, headers: Mapping[str, str], ip: str | None,
                               request_id: str | None = None) -> Actor | None:
    """The actor the request's credentials name; None without credentials; Unauthenticated if bad."""
    credential = _credential(headers)
    if credential is None:
        return None
    if credential.startswith(f"{API_KEY_PREFIX}_"):
        return await _partner(state, credential, ip, request_id)
    if credential.startswith(f"{DEVICE_PREFIX}_"):
        return await _device(state, credential, ip, request_id)
    if is_member_token(credential):
        return await _member(state, credential, ip, request_id)
    return await _staff(state, credential, ip, request_id)


def _credential(headers: Mapping[str, str]) -> str | None:
    api_key = headers.get("x-api-key")
    if api_key:
        return api_key.strip()
    authorization = headers.get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


async def _staff(state: AppState, token: str, ip: str | None, request_id: str | None) -> Actor:
    try:
        claims = read_access_token(state.settings.secret_key, token)
    except InvalidToken:
        raise Unauthenticated(EXPIRED_MESSAGE) from None
    async with state.db.engine.connect() as connection:
        # one round trip, Core rows (no ORM objects): the user, the session's state, every grant and role
        rows = (await connection.execute(_STAFF_QUERY, {"session_id": claims.session_id,
                                                         "user_id": claims.user_id})).all()
        if not rows or rows[0].revoked_at is not None or not rows[0].is_active:
            raise Unauthenticated(EXPIRED_MESSAGE)
        first = rows[0]
        grants = [(row, row) for row in rows if row.scope is not None]  # each row is both grant and role
        by_region = await stations_by_region(connection, [first.company_id], grants)
    scopes = compute_scopes(grants, by_region)
    return Actor(kind=ActorKind.STAFF, id=claims.user_id, company_id=first.company_id, label=first.username,
                 scopes=scopes,
                 visible_stations=visible_stations(scopes), session_id=claims.session_id, ip=ip,
                 request_id=request_id)


async def _partner(state: AppState, credential: str, ip: str | None, request_id: str | None) -> Actor:
    try:
        token = OpaqueToken.parse(credential, API_KEY_PREFIX)
    except InvalidToken:
        raise Unauthenticated("API 密钥无效") from None
    async with state.db.session() as session:
        key = await session.scalar(select(ApiKey).where(ApiKey.prefix == token.public_id))
    if key is None or key.revoked_at is not None or not hashes_match(key.secret_hash, token.secret):
        raise Unauthenticated("API 密钥无效或已吊销")
    await _rate_limit(state, key)
    stations = None if key.station_ids is None else frozenset(key.station_ids)
    known = {p.value for p in Permission}
    scopes = {Permission(p): stations for p in key.permissions if p in known}
    return Actor(kind=ActorKind.PARTNER, id=key.id, company_id=key.company_id, label=f"api-key:{key.name}",
                 scopes=scopes, visible_stations=stations, ip=ip, request_id=request_id)


async def _rate_limit(state: AppState, key: ApiKey) -> None:
    minute = int(utcnow().timestamp() // 60)
    counter = f"forecourt:ratelimit:api_key:{key.id}:{minute}"
    pipe = state.redis.pipeline()
    pipe.incr(counter)
    pipe.expire(counter, 120)
    pipe.set(f"forecourt:api_key_seen:{key.id}", "1", nx=True, ex=60)
    used, _, first_this_minute = await pipe.execute()
    if first_this_minute:
        async with state.db.transaction() as session:
            await session.execute(update(ApiKey).where(ApiKey.id == key.id).values(last_used_at=utcnow()))
    if int(used) > key.rate_limit_per_minute:
        raise HTTPException(429, f"rate limit of {key.rate_limit_per_minute} requests per minute exceeded")


async def _device(state: AppState, credential: str, ip: str | None, request_id: str | None) -> Actor:
    try:
        token = OpaqueToken.parse(credential, DEVICE_PREFIX)
    except InvalidToken:
        raise Unauthenticated("设备令牌无效") from None
    async with state.db.engine.connect() as connection:  # Core rows: devices report several times a second
        device = (await connection.execute(_DEVICE_QUERY, {"prefix": token.public_id})).first()
    if device is None or device.revoked_at is not None or not hashes_match(device.secret_hash, token.secret):
        raise Unauthenticated("设备令牌无效或已吊销")
    stations = frozenset({device.station_id})
    return Actor(kind=ActorKind.DEVICE, id=device.id, company_id=device.company_id, label=f"device:{device.name}",
                 scopes={}, visible_stations=stations, ip=ip, request_id=request_id)


async def _member(state: AppState, token: str, ip: str | None, request_id: str | None) -> Actor:
    try:
        claims = read_member_token(state.settings.secret_key, token)
    except InvalidToken:
        raise Unauthenticated(EXPIRED_MESSAGE) from None
    async with state.db.engine.connect() as connection:
        row = (await connection.execute(_MEMBER_QUERY, {"session_id": claims.session_id,
                                                         "company_id": claims.company_id})).first()
    if row is None or row.revoked_at is not None or row.expires_at <= utcnow():
        raise Unauthenticated(EXPIRED_MESSAGE)
    return Actor(kind=ActorKind.MEMBER, id=row.id, company_id=claims.company_id, label=f"member:{row.number}",
                 scopes={}, visible_stations=frozenset(), session_id=claims.session_id, ip=ip,
                 request_id=request_id)
