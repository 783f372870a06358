"""Scheduled price changes: applied by the worker at their time, each exactly once."""

from __future__ import annotations

import asyncio

import structlog

from api.core.db import Database
from api.pricing.service import apply_price_change, due_changes
from workers import runtime
from workers.registry import actor

log = structlog.get_logger(__name__)


async def _apply_due(url: str) -> int:
    database = Database(url, pool_size=1)  # its own engine: each run has its own event loop
    applied = 0
    try:
        while True:
            async with database.transaction() as session:
                ids = await due_changes(session, limit=50)
                for change_id in ids:
                    applied += await apply_price_change(session, change_id)
            if len(ids) < 50:
                return applied
    finally:
        await database.dispose()


@actor(queue="pricing", max_retries=10, time_limit_s=120)
def apply_due_price_changes() -> None:
    """Apply every scheduled price change whose time has come (idempotent: safe to run twice)."""
    applied = asyncio.run(_apply_due(runtime.database().url))
    if applied:
        log.info("price_changes_applied", count=applied)
