"""Members (会员): drivers known by mobile number and/or WeChat openid, per company, with their vehicles,
the company's mini-program and the members' sign-in sessions.

A member row starts as a guest (a WeChat sign-in without a phone) and becomes registered when a phone is
bound (mini-program) or when a cashier registers the driver at the POS. Phones are stored encrypted with a
keyed-hash index (`api.core.personal_data`), unique per company.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, Keyed, str_enum


class MemberStatus(StrEnum):
    GUEST = "guest"
    REGISTERED = "registered"


class MemberChannel(StrEnum):
    MINI_PROGRAM = "mini_program"
    POS = "pos"
    REFERRAL = "referral"


class Gender(StrEnum):
    UNKNOWN = "unknown"
    MALE = "male"
    FEMALE = "female"


class VehicleType(StrEnum):
    CAR = "car"
    SUV = "suv"
    MPV = "mpv"
    VAN = "van"
    TRUCK = "truck"
    BUS = "bus"
    MOTORCYCLE = "motorcycle"
    OTHER = "other"


class Member(Keyed, Base):
    """A driver of one company: a guest until registered with a phone."""

    __tablename__ = "members"
    __table_args__ = (
        UniqueConstraint("company_id", "number"),
        UniqueConstraint("company_id", "phone_index"),
        UniqueConstraint("company_id", "openid"),
        Index("ix_members_company_registered", "company_id", "registered_at"),
        Index("ix_members_tags", "tags", postgresql_using="gin"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    number: Mapped[str] = mapped_column(String(16))
    status: Mapped[MemberStatus] = mapped_column(str_enum(MemberStatus, "member_status"),
                                                 default=MemberStatus.GUEST)
    phone_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_index: Mapped[str | None] = mapped_column(String(64))
    openid: Mapped[str | None] = mapped_column(String(64))
    unionid: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str | None] = mapped_column(String(32))
    gender: Mapped[Gender] = mapped_column(str_enum(Gender, "member_gender"), default=Gender.UNKNOWN)
    birthday: Mapped[date | None]
    tags: Mapped[list[str]] = mapped_column(ARRAY(String(32)), default=list)
    channel: Mapped[MemberChannel | None] = mapped_column(str_enum(MemberChannel, "member_channel"))
    referrer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_users.id"))
    registered_at: Mapped[datetime | None]
    marketing_consent: Mapped[bool] = mapped_column(default=False)
    marketing_consent_at: Mapped[datetime | None]


class MemberVehicle(Keyed, Base):
    """A vehicle a member drives, by plate (normalised, upper case, no separators)."""

    __tablename__ = "member_vehicles"
    __table_args__ = (
        UniqueConstraint("member_id", "plate"),
        Index("ix_member_vehicles_company_plate", "company_id", "plate"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    plate: Mapped[str] = mapped_column(String(10))
    vehicle_type: Mapped[VehicleType] = mapped_column(str_enum(VehicleType, "vehicle_type"),
                                                      default=VehicleType.CAR)


class MiniProgram(Keyed, Base):
    """The company's WeChat mini-program: its appid finds the company at sign-in; the secret is encrypted."""

    __tablename__ = "mini_programs"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), unique=True)
    app_id: Mapped[str] = mapped_column(String(32), unique=True)
    app_secret_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    name: Mapped[str] = mapped_column(String(64))


class MemberSession(Keyed, Base):
    """One mini-program sign-in: its current refresh token (rotated on use) and the one before it (presented
    again, it revokes the session)."""

    __tablename__ = "member_sessions"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    refresh_hash: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str | None] = mapped_column(String(64))
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
