"""Loyalty's scheduled jobs: tier downgrades and points expiry, per company, each safe to run twice.

Importing this module also registers loyalty's order-paid handler, so the worker's `handle_order_paid`
upgrades tiers and awards points (`api.loyalty.registration`)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime

import structlog
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.clock import utcnow
from api.core.db import Database
from api.loyalty import registration, tiers  # noqa: F401 (registration plugs loyalty into selling)
from api.loyalty.models import PointsMovement, Tier
from api.loyalty.redemption import expire_points
from workers import runtime
from workers.registry import actor

log = structlog.get_logger(__name__)

Job = Callable[[AsyncSession, uuid.UUID, datetime], Awaitable[int]]


async def _each_company(url: str, source: type[Tier] | type[PointsMovement], job: Job) -> int:
    """Run `job` for every company that has rows in `source`, each company in its own transaction."""
    database = Database(url, pool_size=1)  # its own engine: each run has its own event loop
    done = 0
    try:
        async with database.session() as session:
            companies = (await session.scalars(select(source.company_id).distinct())).all()
        now = utcnow()
        for company_id in companies:
            async with database.transaction() as session:
                done += await job(session, company_id, now)
    finally:
        await database.dispose()
    return done


async def review(url: str) -> int:
    return await _each_company(url, Tier, tiers.review_tiers)


async def expire(url: str) -> int:
    return await _each_company(url, PointsMovement, expire_points)


@actor(queue="loyalty", max_retries=10, time_limit_s=600)
def review_member_tiers() -> None:
    """Downgrade members whose rolling spend and litres no longer reach their tier (idempotent)."""
    moved = asyncio.run(review(runtime.database().url))
    if moved:
        log.info("member_tiers_downgraded", count=moved)


@actor(queue="loyalty", max_retries=10, time_limit_s=600)
def expire_member_points() -> None:
    """Expire points past the programme's validity (idempotent: keyed per member and cutoff day)."""
    expired = asyncio.run(expire(runtime.database().url))
    if expired:
        log.info("member_points_expired", members=expired)
