"""Roles: built-in ones seeded per company, custom ones created, edited and deleted with audit."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.errors import DomainError, Forbidden, ValidationErrors
from api.core.permissions import Permission
from api.identity.errors import RoleErrorCode as Code
from api.identity.models import Grant, Role
from api.identity.roles import missing_builtin_roles


async def ensure_builtin_roles(session: AsyncSession, company_id: uuid.UUID) -> dict[str, Role]:
    """The company's built-in roles by code, created when missing."""
    existing = {r.code: r for r in (await session.scalars(
        select(Role).where(Role.company_id == company_id, Role.is_builtin.is_(True)))).all() if r.code}
    for role in missing_builtin_roles(company_id, existing):
        session.add(role)
        existing[role.code] = role  # type: ignore[index]
    await session.flush()
    return existing


def _check_fields(name: str | None, description: str | None, permissions: list[Permission] | None,
                  errors: ValidationErrors, *, creating: bool) -> None:
    if creating or name is not None:
        if not (name or "").strip():
            errors.add(Code.REQUIRED, "请填写角色名称", "name")
        elif len(name or "") > 64:
            errors.add(Code.INVALID, "角色名称最长 64 个字", "name")
    if description is not None and len(description) > 200:
        errors.add(Code.INVALID, "描述最长 200 个字", "description")
    if creating and not permissions:
        errors.add(Code.REQUIRED, "请至少选择一项权限", "permissions")


def _require_company_wide(actor: Actor) -> None:
    if actor.stations_for(Permission.MANAGE_ROLES) is not None:
        raise Forbidden("只有全公司范围的管理员可以管理角色")


async def _name_taken(session: AsyncSession, actor: Actor, name: str, exclude: uuid.UUID | None = None) -> bool:
    stmt = select(func.count()).select_from(Role).where(Role.company_id == actor.company_id, Role.name == name)
    if exclude:
        stmt = stmt.where(Role.id != exclude)
    return bool(await session.scalar(stmt))


async def get_role(session: AsyncSession, actor: Actor, role_id: uuid.UUID) -> Role:
    role = await session.get(Role, role_id)
    if role is None or role.company_id != actor.company_id:
        raise DomainError(Code.NOT_FOUND, "角色不存在", field="id")
    return role


async def create_role(session: AsyncSession, actor: Actor, *, name: str, description: str | None,
                      permissions: list[Permission]) -> Role:
    _require_company_wide(actor)
    errors = ValidationErrors()
    _check_fields(name, description, permissions, errors, creating=True)
    if name.strip() and await _name_taken(session, actor, name.strip()):
        errors.add(Code.DUPLICATE, "角色名称已存在", "name")
    errors.raise_if_any()
    assert actor.company_id is not None
    role = Role(company_id=actor.company_id, name=name.strip(), description=(description or "").strip() or None,
                permissions=sorted({p.value for p in permissions}), is_builtin=False)
    session.add(role)
    await session.flush()
    await audit.record(session, actor, action="role.create", object_type="Role", object_id=role.id,
                       company_id=role.company_id, after=audit.snapshot(role, ["name", "description", "permissions"]))
    return role


async def update_role(session: AsyncSession, actor: Actor, role_id: uuid.UUID, *, name: str | None,
                      description: str | None, permissions: list[Permission] | None) -> Role:
    _require_company_wide(actor)
    role = await get_role(session, actor, role_id)
    if role.is_builtin:
        raise DomainError(Code.BUILTIN, "内置角色不能修改，可新建自定义角色", field="id")
    errors = ValidationErrors()
    _check_fields(name, description, permissions, errors, creating=False)
    if permissions is not None and not permissions:
        errors.add(Code.REQUIRED, "请至少选择一项权限", "permissions")
    if name and await _name_taken(session, actor, name.strip(), exclude=role.id):
        errors.add(Code.DUPLICATE, "角色名称已存在", "name")
    errors.raise_if_any()
    fields = ["name", "description", "permissions"]
    before = audit.snapshot(role, fields)
    if name is not None:
        role.name = name.strip()
    if description is not None:
        role.description = description.strip() or None
    if permissions is not None:
        role.permissions = sorted({p.value for p in permissions})
    await session.flush()
    await audit.record(session, actor, action="role.update", object_type="Role", object_id=role.id,
                       company_id=role.company_id, before=before, after=audit.snapshot(role, fields))
    return role


async def delete_role(session: AsyncSession, actor: Actor, role_id: uuid.UUID) -> Role:
    _require_company_wide(actor)
    role = await get_role(session, actor, role_id)
    if role.is_builtin:
        raise DomainError(Code.BUILTIN, "内置角色不能删除", field="id")
    if await session.scalar(select(func.count()).select_from(Grant).where(Grant.role_id == role.id)):
        raise DomainError(Code.IN_USE, "仍有员工使用该角色，请先调整其权限", field="id")
    before = audit.snapshot(role, ["name", "description", "permissions"])
    await session.delete(role)
    await session.flush()
    await audit.record(session, actor, action="role.delete", object_type="Role", object_id=role.id,
                       company_id=role.company_id, before=before)
    return role
