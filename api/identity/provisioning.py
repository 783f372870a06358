"""Provisioning from the command line and the demo: companies and users, outside any request."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.core.clock import utcnow
from api.identity.models import Grant, GrantScope, Role, StaffSession, StaffUser
from api.identity.passwords import hash_password
from api.identity.roles import BUILTIN_ROLES, missing_builtin_roles
from api.identity.tokens import issue_access_token
from api.stations.models import Company, Station


class ProvisioningError(ValueError):
    """Bad arguments to a provisioning command; the message says which."""


def ensure_builtin_roles_sync(session: Session, company_id: uuid.UUID) -> dict[str, Role]:
    existing = {r.code: r for r in session.scalars(
        select(Role).where(Role.company_id == company_id, Role.is_builtin.is_(True))).all() if r.code}
    for role in missing_builtin_roles(company_id, existing):
        session.add(role)
        existing[role.code] = role  # type: ignore[index]
    session.flush()
    return existing


def create_company(session: Session, code: str, name: str) -> Company:
    if session.scalar(select(Company).where(Company.code == code)):
        raise ProvisioningError(f"company {code} already exists")
    company = Company(code=code, name=name)
    session.add(company)
    session.flush()
    ensure_builtin_roles_sync(session, company.id)
    return company


def _company(session: Session, code: str | None) -> Company:
    if code:
        company = session.scalar(select(Company).where(Company.code == code))
        if company is None:
            raise ProvisioningError(f"no company with code {code}")
        return company
    companies = session.scalars(select(Company).limit(2)).all()
    if len(companies) != 1:
        raise ProvisioningError("give --company CODE (there is not exactly one company)")
    return companies[0]


@dataclass
class UserSpec:
    username: str
    password: str
    role: str
    name: str | None = None
    stations: tuple[str, ...] = ()
    company: str | None = None


def create_user(session: Session, spec: UserSpec) -> StaffUser:
    """A staff user with one grant: the role over the given stations (or the whole company)."""
    company = _company(session, spec.company)
    roles = ensure_builtin_roles_sync(session, company.id)
    role = roles.get(spec.role) or session.scalar(select(Role).where(Role.company_id == company.id,
                                                                     Role.name == spec.role))
    if role is None:
        raise ProvisioningError(f"no role {spec.role!r}; built-in roles: {', '.join(r.code for r in BUILTIN_ROLES)}")
    if session.scalar(select(StaffUser).where(StaffUser.username == spec.username)):
        raise ProvisioningError(f"user {spec.username} already exists")
    station_ids = []
    for code in spec.stations:
        station = session.scalar(select(Station).where(Station.company_id == company.id, Station.code == code))
        if station is None:
            raise ProvisioningError(f"no station {code} in company {company.code}")
        station_ids.append(station.id)
    user = StaffUser(company_id=company.id, username=spec.username, name=spec.name or spec.username,
                     password_hash=hash_password(spec.password), password_changed_at=utcnow())
    session.add(user)
    session.flush()
    session.add(Grant(user_id=user.id, role_id=role.id,
                      scope=GrantScope.STATIONS if station_ids else GrantScope.COMPANY, station_ids=station_ids))
    session.flush()
    return user


def token_for(session: Session, username: str, *, secret: str, minutes: int, days: int) -> str:
    """An access token for scripts (a session of its own that can be revoked like any other)."""
    from datetime import timedelta

    user = session.scalar(select(StaffUser).where(StaffUser.username == username))
    if user is None or not user.is_active:
        raise ProvisioningError(f"no active user {username}")
    staff_session = StaffSession(user_id=user.id, ip=None, user_agent="forecourt token",
                                 expires_at=utcnow() + timedelta(days=days))
    session.add(staff_session)
    session.flush()
    return issue_access_token(secret, user_id=user.id, company_id=user.company_id, session_id=staff_session.id,
                              minutes=minutes)
