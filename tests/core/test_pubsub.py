"""Fan-out through one Redis listener per process."""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

from api.core.pubsub import QUEUE_SIZE, RESYNC, PubSubHub
from api.settings import Settings


async def test_a_publish_reaches_subscribers_of_another_process_hub(settings: Settings) -> None:
    assert settings.redis_url
    # two hubs on two connections stand for two API processes
    publisher_redis, subscriber_redis = Redis.from_url(settings.redis_url), Redis.from_url(settings.redis_url)
    publisher, subscriber = PubSubHub(publisher_redis), PubSubHub(subscriber_redis)
    try:
        async with subscriber.subscribe("t:1") as first, subscriber.subscribe("t:1") as second:
            assert subscriber.subscriber_count("t:1") == 2
            await asyncio.sleep(0.05)
            assert await publisher.publish("t:1", "v1") == 1  # one Redis subscription for both
            assert await asyncio.wait_for(first.get(), 2) == b"v1"
            assert await asyncio.wait_for(second.get(), 2) == b"v1"
        assert subscriber.subscriber_count("t:1") == 0
    finally:
        for hub in (publisher, subscriber):
            await hub.close()
        await publisher_redis.aclose()
        await subscriber_redis.aclose()


async def test_a_slow_subscriber_is_told_to_resync(settings: Settings) -> None:
    assert settings.redis_url
    redis = Redis.from_url(settings.redis_url)
    hub = PubSubHub(redis)
    try:
        async with hub.subscribe("t:slow") as queue:
            await asyncio.sleep(0.05)
            for i in range(QUEUE_SIZE + 5):
                await hub.publish("t:slow", str(i))
            await asyncio.sleep(0.3)
            received = [queue.get_nowait() for _ in range(queue.qsize())]
        assert RESYNC in received
        assert len(received) <= QUEUE_SIZE
    finally:
        await hub.close()
        await redis.aclose()
