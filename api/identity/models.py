"""Identity tables: staff users, roles, grants, sign-in sessions, refresh tokens, API keys, devices."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, LargeBinary, String, UniqueConstraint, Uuid
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class GrantScope(StrEnum):
    COMPANY = "company"
    REGIONS = "regions"
    STATIONS = "stations"


class StaffUser(Keyed, Base):
    """A member of a company's staff who signs in to the console or the POS."""

    __tablename__ = "staff_users"
    __table_args__ = (UniqueConstraint("company_id", "employee_code"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    mobile_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    mobile_index: Mapped[str | None] = mapped_column(String(64), index=True)
    employee_code: Mapped[str | None] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(default=True)
    last_login_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]


class Role(Keyed, Base):
    """A named set of permissions; built-in roles are seeded per company and cannot be deleted."""

    __tablename__ = "roles"
    __table_args__ = (UniqueConstraint("company_id", "name"),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    code: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(String(200))
    permissions: Mapped[list[str]] = mapped_column(ARRAY(String(64)), default=list)
    is_builtin: Mapped[bool] = mapped_column(default=False)


class Grant(Keyed, Base):
    """A role given to a user over a scope: the whole company, some regions, or some stations."""

    __tablename__ = "grants"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    role_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("roles.id"), index=True)
    scope: Mapped[GrantScope] = mapped_column(str_enum(GrantScope, "grant_scope"))
    region_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(Uuid), default=list)
    station_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(Uuid), default=list)


class StaffSession(Keyed, Base):
    """One sign-in: the family of refresh tokens it rotates through. Revoking it ends every token."""

    __tablename__ = "staff_sessions"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    ip: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(300))
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(String(64))


class RefreshToken(Keyed, Base):
    """One refresh token of a session; used once, then replaced (rotation)."""

    __tablename__ = "refresh_tokens"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_sessions.id", ondelete="CASCADE"),
                                                  index=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None]


class ApiKey(Keyed, Base):
    """A partner's key: scoped to permissions and stations, rate-limited, stored as a hash."""

    __tablename__ = "api_keys"
    __table_args__ = (Index("ix_api_keys_prefix", "prefix", unique=True),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    prefix: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(String(64))
    permissions: Mapped[list[str]] = mapped_column(ARRAY(String(64)), default=list)
    station_ids: Mapped[list[uuid.UUID] | None] = mapped_column(ARRAY(Uuid))
    rate_limit_per_minute: Mapped[int] = mapped_column(default=600)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class Device(Keyed, Base):
    """A pump_link box, bound to one station, signing in with its own token."""

    __tablename__ = "devices"
    __table_args__ = (Index("ix_devices_prefix", "prefix", unique=True),)

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    prefix: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(String(64))
    last_seen_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
