"""Loaders of cards' products, holders, parents, children and balances (one query per batch)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.cards import accounts
from api.cards.models import Card, CardProduct
from api.core.loading import SessionOpener, by_key_loader, grouped_loader
from api.ledger.models import LedgerAccount
from api.members.models import Member


def CardProductByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(CardProduct).where(CardProduct.id.in_(keys)), lambda p: p.id)


def CardByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Card).where(Card.id.in_(keys)), lambda c: c.id)


def MemberByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Member).where(Member.id.in_(keys)), lambda m: m.id)


def CardsByParentIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(Card).where(Card.parent_id.in_(keys))
                          .order_by(Card.created_at, Card.id), lambda c: c.parent_id)


def HoldingsByCardIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """(principal, bonus) each card holds, from its two ledger accounts."""

    async def load(keys: Sequence[uuid.UUID]) -> list[tuple[int, int]]:
        codes = {accounts.principal(k): (k, 0) for k in keys} | {accounts.bonus(k): (k, 1) for k in keys}
        held: dict[uuid.UUID, list[int]] = {k: [0, 0] for k in keys}
        async with opener() as session:
            for code, balance in (await session.execute(select(LedgerAccount.code, LedgerAccount.balance)
                                                        .where(LedgerAccount.code.in_(list(codes))))).all():
                key, part = codes[code]
                held[key][part] = -int(balance)
        return [(held[k][0], held[k][1]) for k in keys]

    return DataLoader(load_fn=load)
