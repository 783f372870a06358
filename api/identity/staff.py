"""Staff users: create, edit, enable/disable, passwords and grants; every change audited.

Scope rules: an actor manages only users whose every grant lies within the stations where the actor
holds MANAGE_STAFF, and can only grant roles whose permissions it holds itself, over stations in its
own scope (nobody can hand out more than they have).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor, StationSet
from api.core.clock import utcnow
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.permissions import Permission
from api.core.personal_data import encrypt, is_mobile, lookup_index
from api.identity.access import scopes_for_grants, visible_stations
from api.identity.errors import PasswordChangeErrorCode
from api.identity.errors import StaffUserErrorCode as Code
from api.identity.models import Grant, GrantScope, Role, StaffSession, StaffUser
from api.identity.passwords import check_password_strength, hash_password, verify_password
from api.stations.models import Region, Station
from api.stations.service import require_stations_in_scope

USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{3,64}$")
AUDITED = ["username", "name", "employee_code", "is_active"]


@dataclass
class GrantSpec:
    role_id: uuid.UUID
    scope: GrantScope
    region_ids: list[uuid.UUID] = field(default_factory=list)
    station_ids: list[uuid.UUID] = field(default_factory=list)


@dataclass
class StaffFields:
    username: str | None = None
    name: str | None = None
    mobile: str | None = None
    employee_code: str | None = None
    password: str | None = None


def _covers(outer: StationSet, inner: StationSet) -> bool:
    if outer is None:
        return True
    return inner is not None and inner <= outer


async def _user_scope(session: AsyncSession, user: StaffUser) -> StationSet:
    rows = (await session.execute(select(Grant, Role).join(Role, Role.id == Grant.role_id)
                                  .where(Grant.user_id == user.id))).all()
    return visible_stations(await scopes_for_grants(session, user.company_id, rows))


async def get_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> StaffUser:
    user = await session.get(StaffUser, user_id)
    if user is None or user.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "员工不存在", field="id")
    return user


async def _managed_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> StaffUser:
    user = await get_user(session, actor, user_id)
    if not _covers(actor.stations_for(Permission.MANAGE_STAFF), await _user_scope(session, user)):
        raise Forbidden("无权管理该员工：其权限范围超出您的管辖站点")
    return user


def _validate(fields: StaffFields, errors: ValidationErrors, *, creating: bool) -> None:
    if creating or fields.username is not None:
        if not fields.username or not fields.username.strip():
            errors.add(Code.REQUIRED, "请填写用户名", "username")
        elif not USERNAME.match(fields.username.strip()):
            errors.add(Code.INVALID, "用户名为 3-64 位字母、数字或 _ . @ -", "username")
    if creating or fields.name is not None:
        if not (fields.name or "").strip():
            errors.add(Code.REQUIRED, "请填写姓名", "name")
        elif len(fields.name or "") > 64:
            errors.add(Code.INVALID, "姓名最长 64 个字", "name")
    if fields.mobile and not is_mobile(fields.mobile.strip()):
        errors.add(Code.INVALID, "手机号格式不正确", "mobile")
    if fields.employee_code and len(fields.employee_code.strip()) > 32:
        errors.add(Code.INVALID, "工号最长 32 位", "employeeCode")
    if creating:
        if not fields.password:
            errors.add(Code.REQUIRED, "请设置初始密码", "password")
        else:
            check_password_strength(fields.password, errors, "password", Code.WEAK_PASSWORD)


async def _check_unique(session: AsyncSession, actor: Actor, fields: StaffFields, errors: ValidationErrors,
                        exclude: uuid.UUID | None = None) -> None:
    if fields.username:
        stmt = select(StaffUser.id).where(StaffUser.username == fields.username.strip())
        if exclude:
            stmt = stmt.where(StaffUser.id != exclude)
        if await session.scalar(stmt):
            errors.add(Code.DUPLICATE, "用户名已被使用", "username")
    if fields.employee_code and fields.employee_code.strip():
        stmt = select(StaffUser.id).where(StaffUser.company_id == actor.company_id,
                                          StaffUser.employee_code == fields.employee_code.strip())
        if exclude:
            stmt = stmt.where(StaffUser.id != exclude)
        if await session.scalar(stmt):
            errors.add(Code.DUPLICATE, "工号已被使用", "employeeCode")


def _apply_mobile(user: StaffUser, mobile: str | None, data_key: str) -> None:
    if mobile is None:
        return
    mobile = mobile.strip()
    user.mobile_encrypted = encrypt(data_key, mobile) if mobile else None
    user.mobile_index = lookup_index(data_key, mobile) if mobile else None


async def _validate_grants(session: AsyncSession, actor: Actor, grants: list[GrantSpec]) -> list[dict[str, Any]]:
    """Check each grant is within the actor's own powers; return their audit form."""
    roles = {r.id: r for r in (await session.scalars(select(Role).where(
        Role.id.in_([g.role_id for g in grants]), Role.company_id == actor.company_id))).all()}
    described = []
    for index, grant in enumerate(grants):
        role = roles.get(grant.role_id)
        if role is None:
            raise DomainError(Code.NOT_FOUND, "角色不存在", field=f"grants.{index}.roleId")
        stations = await _grant_stations(session, actor, grant, index)
        for permission in role.permissions:
            held = actor.stations_for(Permission(permission))
            if not _covers(held, stations) or not actor.has(Permission(permission)):
                raise Forbidden(f"不能授予超出自身权限的角色「{role.name}」")
        described.append(_describe(role, grant.scope, grant.region_ids, grant.station_ids))
    return described


def _describe(role: Role, scope: GrantScope, regions: list[uuid.UUID], stations: list[uuid.UUID]) -> dict[str, Any]:
    """A grant as the audit log shows it."""
    return {"role": role.name, "scope": scope.value, "regions": sorted(map(str, regions)),
            "stations": sorted(map(str, stations))}


async def _grant_stations(session: AsyncSession, actor: Actor, grant: GrantSpec, index: int) -> StationSet:
    if grant.scope is GrantScope.COMPANY:
        return None
    if grant.scope is GrantScope.REGIONS:
        if not grant.region_ids:
            raise DomainError(Code.REQUIRED, "请选择片区", field=f"grants.{index}.regionIds")
        regions = (await session.scalars(select(Region.id).where(
            Region.id.in_(grant.region_ids), Region.company_id == actor.company_id))).all()
        if len(set(regions)) != len(set(grant.region_ids)):
            raise DomainError(Code.NOT_FOUND, "片区不存在", field=f"grants.{index}.regionIds")
        return frozenset((await session.scalars(select(Station.id).where(
            Station.region_id.in_(grant.region_ids)))).all())
    if not grant.station_ids:
        raise DomainError(Code.REQUIRED, "请选择站点", field=f"grants.{index}.stationIds")
    await require_stations_in_scope(session, actor, list(dict.fromkeys(grant.station_ids)), Permission.MANAGE_STAFF,
                                    field=f"grants.{index}.stationIds")
    return frozenset(grant.station_ids)


async def _replace_grants(session: AsyncSession, user: StaffUser, grants: list[GrantSpec]) -> None:
    await session.execute(delete(Grant).where(Grant.user_id == user.id))
    session.add_all([Grant(user_id=user.id, role_id=g.role_id, scope=g.scope,
                           region_ids=list(g.region_ids) if g.scope is GrantScope.REGIONS else [],
                           station_ids=list(g.station_ids) if g.scope is GrantScope.STATIONS else [])
                     for g in grants])
    await session.flush()


async def create_user(session: AsyncSession, actor: Actor, fields: StaffFields, grants: list[GrantSpec], *,
                      data_key: str) -> StaffUser:
    errors = ValidationErrors()
    _validate(fields, errors, creating=True)
    await _check_unique(session, actor, fields, errors)
    errors.raise_if_any()
    described = await _validate_grants(session, actor, grants)
    if not _covers(actor.stations_for(Permission.MANAGE_STAFF), None if not grants else
                   _union([await _grant_stations(session, actor, g, i) for i, g in enumerate(grants)])):
        raise Forbidden("无权在您管辖范围以外创建员工")
    assert actor.company_id is not None and fields.password and fields.username and fields.name
    user = StaffUser(company_id=actor.company_id, username=fields.username.strip(), name=fields.name.strip(),
                     employee_code=(fields.employee_code or "").strip() or None,
                     password_hash=hash_password(fields.password), password_changed_at=utcnow())
    _apply_mobile(user, fields.mobile, data_key)
    session.add(user)
    await session.flush()
    await _replace_grants(session, user, grants)
    await audit.record(session, actor, action="staff.create", object_type="StaffUser", object_id=user.id,
                       company_id=user.company_id, after={**audit.snapshot(user, AUDITED), "grants": described})
    return user


def _union(sets: list[StationSet]) -> StationSet:
    result: StationSet = frozenset()
    for item in sets:
        result = None if result is None or item is None else result | item
    return result


async def update_user(session: AsyncSession, actor: Actor, user_id: uuid.UUID, fields: StaffFields, *,
                      data_key: str) -> StaffUser:
    user = await _managed_user(session, actor, user_id)
    errors = ValidationErrors()
    _validate(fields, errors, creating=False)
    await _check_unique(session, actor, fields, errors, exclude=user.id)
    errors.raise_if_any()
    before = {**audit.snapshot(user, AUDITED), "mobile_changed": False}
    if fields.name is not None:
        user.name = fields.name.strip()
    if fields.employee_code is not None:
        user.employee_code = fields.employee_code.strip() or None
    mobile_changed = fields.mobile is not None and (
        (lookup_index(data_key, fields.mobile.strip()) if fields.mobile.strip() else None) != user.mobile_index)
    _apply_mobile(user, fields.mobile, data_key)
    await session.flush()
    after = {**audit.snapshot(user, AUDITED), "mobile_changed": mobile_changed}
    if after != before:
        await audit.record(session, actor, action="staff.update", object_type="StaffUser", object_id=user.id,
                           company_id=user.company_id, before=before, after=after)
    return user


async def set_user_active(session: AsyncSession, actor: Actor, user_id: uuid.UUID, active: bool) -> StaffUser:
    user = await _managed_user(session, actor, user_id)
    if user.id == actor.id and not active:
        raise DomainError(Code.SELF_LOCKOUT, "不能停用自己的账号", field="id")
    if user.is_active == active:
        return user
    user.is_active = active
    if not active:
        await _end_sessions(session, user.id, "user_disabled")
    await audit.record(session, actor, action="staff.enable" if active else "staff.disable",
                       object_type="StaffUser", object_id=user.id, company_id=user.company_id,
                       before={"is_active": not active}, after={"is_active": active})
    return user


async def _end_sessions(session: AsyncSession, user_id: uuid.UUID, reason: str) -> None:
    await session.execute(update(StaffSession).where(StaffSession.user_id == user_id,
                                                     StaffSession.revoked_at.is_(None))
                          .values(revoked_at=utcnow(), revoked_reason=reason))


async def reset_password(session: AsyncSession, actor: Actor, user_id: uuid.UUID, new_password: str) -> StaffUser:
    user = await _managed_user(session, actor, user_id)
    errors = ValidationErrors()
    check_password_strength(new_password, errors, "newPassword", Code.WEAK_PASSWORD)
    errors.raise_if_any()
    user.password_hash, user.password_changed_at = hash_password(new_password), utcnow()
    await _end_sessions(session, user.id, "password_reset")
    await audit.record(session, actor, action="staff.password_reset", object_type="StaffUser",
                       object_id=user.id, company_id=user.company_id)
    return user


async def change_own_password(session: AsyncSession, actor: Actor, current: str, new: str) -> None:
    assert actor.id is not None
    user = await session.get(StaffUser, actor.id)
    if user is None or not verify_password(user.password_hash, current):
        raise DomainError(PasswordChangeErrorCode.INVALID_PASSWORD, "当前密码不正确", field="currentPassword")
    errors = ValidationErrors()
    check_password_strength(new, errors, "newPassword", PasswordChangeErrorCode.WEAK_PASSWORD)
    if new == current:
        errors.add(PasswordChangeErrorCode.WEAK_PASSWORD, "新密码不能与当前密码相同", "newPassword")
    errors.raise_if_any()
    user.password_hash, user.password_changed_at = hash_password(new), utcnow()
    await session.execute(update(StaffSession).where(StaffSession.user_id == user.id,
                                                     StaffSession.id != actor.session_id,
                                                     StaffSession.revoked_at.is_(None))
                          .values(revoked_at=utcnow(), revoked_reason="password_changed"))
    await audit.record(session, actor, action="staff.password_change", object_type="StaffUser",
                       object_id=user.id, company_id=user.company_id)


async def set_grants(session: AsyncSession, actor: Actor, user_id: uuid.UUID, grants: list[GrantSpec]) -> StaffUser:
    user = await _managed_user(session, actor, user_id)
    if user.id == actor.id:
        raise DomainError(Code.SELF_LOCKOUT, "不能修改自己的权限", field="id")
    before_rows = (await session.execute(select(Grant, Role).join(Role, Role.id == Grant.role_id)
                                         .where(Grant.user_id == user.id))).all()
    before = [_describe(r, g.scope, g.region_ids, g.station_ids) for g, r in before_rows]
    described = await _validate_grants(session, actor, grants)
    await _replace_grants(session, user, grants)
    await audit.record(session, actor, action="staff.grants_set", object_type="StaffUser", object_id=user.id,
                       company_id=user.company_id, before={"grants": before}, after={"grants": described})
    return user
