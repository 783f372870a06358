"""Loaders of identity objects (factories named like the loaders they make)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.core.loading import SessionOpener, by_key_loader, grouped_loader
from api.identity.models import Grant, Role


def RoleByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Role).where(Role.id.in_(keys)), lambda r: r.id)


def GrantsByUserIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """(grant, role) pairs of each user."""
    def query(keys: Any) -> Any:
        return select(Grant, Role).join(Role, Role.id == Grant.role_id).where(Grant.user_id.in_(keys)).order_by(
            Grant.created_at)

    return grouped_loader(opener, query, lambda pair: pair[0].user_id, scalars=False)

