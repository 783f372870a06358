"""Wrong payment passwords: after five in a row a card's password is locked for thirty minutes.

A wrong password refuses the checkout, whose transaction then rolls back; so the tries are counted in Redis,
outside it: `forecourt:card:{id}:password:tries` (each wrong try restarts its thirty minutes), and the lock
`forecourt:card:{id}:password:locked` holding until when (epoch seconds), expiring with it. While locked, a
payment that needs the password is refused on the `password` field with the minutes left, whatever it is
given. A right password clears the tries; a new password set with the SMS code clears both, once it is
committed (`api.cards.passwords`). The lock is audited (`card.password_lock`) in a transaction of its own,
written once the refused checkout's transaction has ended (it may hold the audit chain's lock until then).

Checkout hands the request's Redis to the tenders it settles (`TenderContext.redis`).
"""

from __future__ import annotations

import asyncio
import math
import uuid
from datetime import UTC, datetime, timedelta

import structlog
from redis.asyncio import Redis
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

from api.core import audit
from api.core.actors import Actor
from api.core.clock import utcnow

MAX_TRIES = 5
LOCK_MINUTES = 30
_AUDITS: set[asyncio.Task[None]] = set()
log = structlog.get_logger(__name__)


def _tries_key(card_id: uuid.UUID) -> str:
    return f"forecourt:card:{card_id}:password:tries"


def _lock_key(card_id: uuid.UUID) -> str:
    return f"forecourt:card:{card_id}:password:locked"


def minutes_left(until: datetime) -> int:
    return max(1, math.ceil((until - utcnow()).total_seconds() / 60))


async def locked_until(redis: Redis, card_id: uuid.UUID) -> datetime | None:
    """Until when the card's password is locked; None when it is not."""
    return (await locked_until_many(redis, [card_id]))[0]


async def locked_until_many(redis: Redis, card_ids: list[uuid.UUID]) -> list[datetime | None]:
    if not card_ids:
        return []
    now = utcnow()
    values = await redis.mget([_lock_key(c) for c in card_ids])
    found = [None if v is None else datetime.fromtimestamp(float(v), UTC) for v in values]
    return [until if until is not None and until > now else None for until in found]


async def count_wrong(redis: Redis, card_id: uuid.UUID) -> tuple[int, datetime | None]:
    """Count a wrong try: (the tries left, until when the password is now locked: on the fifth)."""
    pipe = redis.pipeline()
    pipe.incr(_tries_key(card_id))
    pipe.expire(_tries_key(card_id), LOCK_MINUTES * 60)
    tries, _ = await pipe.execute()
    if int(tries) < MAX_TRIES:
        return MAX_TRIES - int(tries), None
    until = utcnow().replace(microsecond=0) + timedelta(minutes=LOCK_MINUTES)
    pipe = redis.pipeline()
    pipe.set(_lock_key(card_id), str(until.timestamp()), ex=LOCK_MINUTES * 60)
    pipe.delete(_tries_key(card_id))
    await pipe.execute()
    return 0, until


async def count_right(redis: Redis, card_id: uuid.UUID) -> None:
    await redis.delete(_tries_key(card_id))


async def clear(redis: Redis, card_id: uuid.UUID) -> None:
    """A new password: no tries, no lock."""
    await redis.delete(_tries_key(card_id), _lock_key(card_id))


def audit_lock_after(session: AsyncSession, actor: Actor, card_id: uuid.UUID, company_id: uuid.UUID,
                     until: datetime) -> None:
    """Audit the lock in a transaction of its own once `session`'s transaction has ended (committed or not)."""
    engine = session.bind
    loop = asyncio.get_running_loop()

    pending = [True]

    def ended(_: Session, transaction: SessionTransaction) -> None:
        if transaction.parent is not None or not pending:
            return
        pending.clear()
        task = loop.create_task(_audit_lock(engine, actor, card_id, company_id, until))
        _AUDITS.add(task)
        task.add_done_callback(_AUDITS.discard)

    event.listen(session.sync_session, "after_transaction_end", ended)


async def _audit_lock(engine: AsyncEngine | AsyncConnection | None, actor: Actor, card_id: uuid.UUID,
                      company_id: uuid.UUID, until: datetime) -> None:
    try:
        async with AsyncSession(engine) as session, session.begin():
            await audit.record(session, actor, action="card.password_lock", object_type="Card", object_id=card_id,
                               company_id=company_id, after={"locked_until": until.isoformat(),
                                                             "wrong_tries": MAX_TRIES})
    except Exception:
        log.exception("card_password_lock_audit_failed", card_id=str(card_id))
