"""Loaders of members' vehicles and referrers (one query per batch)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.core.loading import SessionOpener, by_key_loader, grouped_loader
from api.identity.models import StaffUser
from api.members.models import MemberVehicle


def VehiclesByMemberIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(MemberVehicle).where(MemberVehicle.member_id.in_(keys))
                          .order_by(MemberVehicle.created_at, MemberVehicle.id), lambda v: v.member_id)


def StaffUserByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(StaffUser).where(StaffUser.id.in_(keys)), lambda u: u.id)
