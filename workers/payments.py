"""Payments left pending (a lost answer, a POS that went away) are resolved by querying the channel; past
five minutes they are reversed and closed. Idempotent: settling acts only on a pending payment. Cards' top-ups
paid through a channel are resolved the same way."""

from __future__ import annotations

import asyncio

import structlog

from api.cards.top_up_payments import resolve_pending_top_ups
from api.core.db import Database
from api.selling.collect import resolve_pending
from api.settings import get_settings
from workers import runtime
from workers.registry import actor

log = structlog.get_logger(__name__)


async def _resolve(url: str, data_key: str) -> int:
    database = Database(url, pool_size=1)  # its own engine: each run has its own event loop
    try:
        return await resolve_pending(database.transaction, data_key) + await resolve_pending_top_ups(
            database.transaction, data_key)
    finally:
        await database.dispose()


@actor(queue="payments", max_retries=5, time_limit_s=120)
def resolve_pending_payments() -> None:
    """Query (or reverse, when too old) every payment-code payment still pending."""
    looked_at = asyncio.run(_resolve(runtime.database().url, get_settings().data_key))
    if looked_at:
        log.info("pending_payments_resolved", count=looked_at)
