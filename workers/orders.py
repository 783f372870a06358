"""Paid orders handed to the domains that act on them (`api.selling.events`)."""

from __future__ import annotations

import asyncio
import uuid

from api.core.db import Database
from api.selling.events import order_paid
from workers import runtime
from workers.registry import actor


async def _handle(url: str, order_id: uuid.UUID) -> None:
    database = Database(url, pool_size=1)  # its own engine: each run has its own event loop
    try:
        await order_paid(database.transaction, order_id)
    finally:
        await database.dispose()


@actor(queue="orders", max_retries=10, time_limit_s=60)
def handle_order_paid(order_id: str) -> None:
    """Run the handlers of a paid order (delivered at least once by the outbox; they are idempotent)."""
    asyncio.run(_handle(runtime.database().url, uuid.UUID(order_id)))
