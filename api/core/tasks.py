"""Side effects after commit: Redis publishes, Dramatiq messages and durable outbox rows."""

from __future__ import annotations

from typing import Any

import dramatiq
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from api.core.db import after_commit
from api.core.outbox import OutboxMessage
from api.core.pubsub import PubSubHub


def publish_after_commit(session: AsyncSession, hub: PubSubHub, channel: str, message: bytes | str) -> None:
    """Publish `message` on `channel` once the transaction commits (a hint; may be lost)."""
    after_commit(session, lambda: hub.publish(channel, message))


def enqueue_after_commit(session: AsyncSession | Session, actor_name: str, **kwargs: Any) -> None:
    """Send a Dramatiq message once the transaction commits (lost if the process dies in between)."""
    after_commit(session, lambda: send(actor_name, **kwargs))


def enqueue_durably(session: AsyncSession | Session, actor_name: str, **kwargs: Any) -> None:
    """Write the message to the outbox in this transaction; the relay delivers it at least once."""
    session.add(OutboxMessage(actor_name=actor_name, kwargs=kwargs))
    enqueue_after_commit(session, "relay_outbox")


def send(actor_name: str, **kwargs: Any) -> None:
    """Enqueue `actor_name(**kwargs)` on the process' broker now."""
    from workers.broker import message_for

    dramatiq.get_broker().enqueue(message_for(actor_name, **kwargs))
