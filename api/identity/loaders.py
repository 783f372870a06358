"""Loaders of identity objects (factories named like the loaders they make)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.core.actors import StationSet
from api.core.loading import SessionOpener, by_key_loader, grouped_loader
from api.core.permissions import Permission
from api.identity.access import compute_scopes, stations_by_region
from api.identity.models import Grant, Role, StaffUser


def RoleByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Role).where(Role.id.in_(keys)), lambda r: r.id)


def GrantsByUserIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """(grant, role) pairs of each user."""
    def query(keys: Any) -> Any:
        return select(Grant, Role).join(Role, Role.id == Grant.role_id).where(Grant.user_id.in_(keys)).order_by(
            Grant.created_at)

    return grouped_loader(opener, query, lambda pair: pair[0].user_id, scalars=False)



def ScopesByUserIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """Each user's permission scopes (permission -> stations), two queries for any number of users."""

    async def load(keys: Sequence[uuid.UUID]) -> list[dict[Permission, StationSet]]:
        async with opener() as session:
            rows = (await session.execute(select(Grant, Role, StaffUser.company_id)
                                          .join(Role, Role.id == Grant.role_id)
                                          .join(StaffUser, StaffUser.id == Grant.user_id)
                                          .where(Grant.user_id.in_(keys)))).all()
            pairs = [(grant, role) for grant, role, _ in rows]
            by_region = await stations_by_region(session, sorted({c for _, _, c in rows}), pairs)
        grouped: dict[uuid.UUID, list[tuple[Grant, Role]]] = {}
        for grant, role in pairs:
            grouped.setdefault(grant.user_id, []).append((grant, role))
        return [compute_scopes(grouped.get(key, []), by_region) for key in keys]

    return DataLoader(load_fn=load)
