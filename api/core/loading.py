"""DataLoaders: one query per batch of keys, whatever the page size (no N+1)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.dataloader import DataLoader

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
SessionOpener = Callable[[], AbstractAsyncContextManager[AsyncSession]]


def by_key_loader(opener: SessionOpener, query: Callable[[Sequence[Any]], Select[Any]],
                  key: Callable[[Any], Any]) -> DataLoader[Any, Any]:
    """Loads one row per key (None when missing) with `query(keys)`."""

    async def load(keys: Sequence[Any]) -> list[Any]:
        async with opener() as session:
            rows = (await session.scalars(query(keys))).all()
        found = {key(row): row for row in rows}
        return [found.get(k) for k in keys]

    return DataLoader(load_fn=load)


def grouped_loader(opener: SessionOpener, query: Callable[[Sequence[Any]], Select[Any]],
                   key: Callable[[Any], Any], *, scalars: bool = True) -> DataLoader[Any, list[Any]]:
    """Loads the list of rows of each key with `query(keys)`."""

    async def load(keys: Sequence[Any]) -> list[list[Any]]:
        async with opener() as session:
            result = await session.execute(query(keys))
            rows = result.scalars().all() if scalars else result.all()
        groups: dict[Any, list[Any]] = defaultdict(list)
        for row in rows:
            groups[key(row)].append(row)
        return [groups.get(k, []) for k in keys]

    return DataLoader(load_fn=load)


def ids(values: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    return list(dict.fromkeys(values))
