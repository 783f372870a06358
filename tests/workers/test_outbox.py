"""The outbox: written with the business transaction, relayed at least once."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import pytest
from dramatiq.brokers.stub import StubBroker
from sqlalchemy import select, update

from api.core.db import Database
from api.core.outbox import OutboxMessage
from api.core.tasks import enqueue_durably
from api.settings import Settings
from workers.outbox import relay_outbox


async def _pending(database: Database) -> list[OutboxMessage]:
    async with database.session() as session:
        return list((await session.scalars(
            select(OutboxMessage).where(OutboxMessage.dispatched_at.is_(None)))).all())


async def _clear(database: Database) -> None:
    async with database.transaction() as session:
        await session.execute(update(OutboxMessage).values(dispatched_at=OutboxMessage.created_at))


async def test_rolled_back_transaction_leaves_no_outbox_row(database: Database, broker: StubBroker) -> None:
    await _clear(database)
    with pytest.raises(RuntimeError):
        async with database.transaction() as session:
            enqueue_durably(session, "relay_outbox")
            raise RuntimeError("business rule failed")
    assert await _pending(database) == []
    assert broker.queues.get("system") is None or broker.queues["system"].qsize() == 0


async def test_committed_row_is_relayed_once(database: Database, broker: StubBroker) -> None:
    await _clear(database)
    async with database.transaction() as session:
        enqueue_durably(session, "relay_outbox", note="x")
    assert len(await _pending(database)) == 1
    assert broker.queues["system"].qsize() == 1  # the after-commit kick of the relay
    relay_outbox()
    relay_outbox()  # a second run finds nothing left
    assert await _pending(database) == []
    assert broker.queues["system"].qsize() == 2  # the kick + the one relayed message


@pytest.mark.slow
async def test_a_real_worker_process_drains_the_outbox(database: Database, settings: Settings,
                                                      broker: StubBroker) -> None:
    await _clear(database)
    async with database.transaction() as session:
        for _ in range(3):
            session.add(OutboxMessage(actor_name="relay_outbox", kwargs={}))
    env = {**os.environ, "FORECOURT_DATABASE_URL": str(settings.database_url),
           "FORECOURT_REDIS_URL": str(settings.redis_url), "FORECOURT_LOG_JSON": "true"}
    worker = subprocess.Popen([sys.executable, "-m", "dramatiq", "workers.entry", "--processes", "1",
                               "--threads", "2", "--queues", "system"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from workers.broker import configure

        redis_broker = configure(settings.redis_url)
        from workers.broker import message_for

        redis_broker.enqueue(message_for("relay_outbox"))
        deadline = time.monotonic() + 30
        while await _pending(database) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.2)
        assert await _pending(database) == []
    finally:
        worker.terminate()
        worker.wait(timeout=20)
        configure(None)
