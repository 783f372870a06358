"""Expiry of the ledger's pending holds: a hold not posted or voided by its time releases what it reserved."""

from __future__ import annotations

import asyncio

import structlog

from api.core.clock import utcnow
from api.core.db import Database
from api.ledger.service import expire_holds
from workers import runtime
from workers.registry import actor

log = structlog.get_logger(__name__)


async def _expire(url: str) -> int:
    database = Database(url, pool_size=1)  # its own engine: each run has its own event loop
    expired = 0
    try:
        while True:
            async with database.transaction() as session:
                count = await expire_holds(session, utcnow(), limit=200)
            expired += count
            if count < 200:
                return expired
    finally:
        await database.dispose()


@actor(queue="ledger", max_retries=10, time_limit_s=120)
def expire_ledger_holds() -> None:
    """Expire every pending hold past its time (idempotent: an expired hold is never expired again)."""
    expired = asyncio.run(_expire(runtime.database().url))
    if expired:
        log.info("ledger_holds_expired", count=expired)
