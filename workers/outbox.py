"""The outbox relay: hands pending outbox rows to the broker, at least once."""

from __future__ import annotations

import dramatiq
import structlog
from sqlalchemy import select

from api.core.clock import utcnow
from api.core.outbox import OutboxMessage
from workers import runtime
from workers.broker import message_for
from workers.registry import actor

BATCH = 500
log = structlog.get_logger(__name__)


@actor(queue="system", max_retries=20, time_limit_s=60, min_backoff_ms=200)
def relay_outbox() -> None:
    """Dispatch up to one batch of pending outbox rows (and ask for another run when it was full)."""
    dispatched = 0
    with runtime.database().sync_transaction() as session:
        rows = session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.dispatched_at.is_(None))
            .order_by(OutboxMessage.created_at)
            .limit(BATCH)
            .with_for_update(skip_locked=True)
        ).all()
        broker = dramatiq.get_broker()
        now = utcnow()
        for row in rows:
            row.attempts += 1
            broker.enqueue(message_for(row.actor_name, **row.kwargs))
            row.dispatched_at = now
            dispatched += 1
    if dispatched:
        log.info("outbox_relayed", count=dispatched)
    if dispatched == BATCH:
        dramatiq.get_broker().enqueue(message_for("relay_outbox"))
