"""Scheduled price changes: applied by the worker at their time, each exactly once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import structlog

from api.core.clock import utcnow
from api.core.db import Database
from api.pricing.service import apply_price_change, due_changes, fail_stale_deliveries
from api.settings import get_settings
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


async def _fail_stale(url: str, minutes: int) -> int:
    database = Database(url, pool_size=1)
    try:
        async with database.transaction() as session:
            return await fail_stale_deliveries(session, utcnow() - timedelta(minutes=minutes))
    finally:
        await database.dispose()


@actor(queue="pricing", max_retries=10, time_limit_s=60)
def fail_stale_price_deliveries() -> None:
    """Mark price deliveries no dispenser confirmed in time as FAILED (idempotent)."""
    failed = asyncio.run(_fail_stale(runtime.database().url, get_settings().price_delivery_timeout_minutes))
    if failed:
        log.warning("price_deliveries_failed", count=failed)
