"""Live fan-out: one Redis pub/sub listener per process, many in-process subscribers.

Redis pub/sub is at-most-once: it is used only as a hint ("this changed, version v") on top of state
kept elsewhere. Each subscriber gets a bounded queue; a subscriber too slow to keep up, or any Redis
reconnect, yields `RESYNC`, telling it to reload the current snapshot instead of trusting the stream.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Final

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = structlog.get_logger(__name__)

RESYNC: Final = b"\x00resync"
QUEUE_SIZE = 256


class PubSubHub:
    """Subscribes to each Redis channel once per process and fans messages out in memory."""

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._queues: dict[str, set[asyncio.Queue[bytes]]] = defaultdict(set)
        self._subscribed: set[str] = set()  # channels whose Redis subscription was sent
        self._pubsub = redis.pubsub(ignore_subscribe_messages=True)
        self._listener: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()

    async def publish(self, channel: str, message: bytes | str) -> int:
        """Publish to every subscriber of `channel` in every process; returns Redis' receiver count."""
        return int(await self._redis.publish(channel, message))

    @contextlib.asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[asyncio.Queue[bytes]]:
        """A queue receiving the channel's messages (and `RESYNC`) while the context is open.

        Only the first subscriber of a channel and the last one leaving talk to Redis, under the lock;
        the others (every POS screen but the first of a station) join and leave without waiting for it,
        so that a thousand screens connecting at once are not served one loop turn after another.
        """
        queue: asyncio.Queue[bytes] = asyncio.Queue(QUEUE_SIZE)
        if channel in self._subscribed and self._queues.get(channel):
            self._queues[channel].add(queue)  # Redis already delivers this channel
        else:
            async with self._lock:
                self._queues[channel].add(queue)
                if channel not in self._subscribed:
                    await self._subscribe_redis(channel)
                    self._subscribed.add(channel)
        self._ensure_listener()
        try:
            yield queue
        finally:
            queues = self._queues.get(channel)
            if queues is not None:
                queues.discard(queue)
            if not queues:
                async with self._lock:
                    if not self._queues.get(channel):  # nobody joined meanwhile
                        self._queues.pop(channel, None)
                        self._subscribed.discard(channel)
                        with contextlib.suppress(RedisError, ConnectionError):
                            await self._pubsub.unsubscribe(channel)

    async def _subscribe_redis(self, channel: str) -> None:
        try:
            await self._pubsub.subscribe(channel)
        except (RedisError, ConnectionError):
            log.warning("pubsub_subscribe_failed", channel=channel)

    def _ensure_listener(self) -> None:
        if self._listener is None or self._listener.done():
            self._listener = asyncio.create_task(self._listen(), name="pubsub-listener")

    def subscriber_count(self, channel: str) -> int:
        return len(self._queues.get(channel, ()))

    def _deliver(self, channel: str, data: bytes) -> None:
        for queue in list(self._queues.get(channel, ())):
            if queue.full():
                _drain(queue)
                queue.put_nowait(RESYNC)
            else:
                queue.put_nowait(data)

    def _resync_all(self) -> None:
        for channel in list(self._queues):
            self._deliver(channel, RESYNC)

    async def _listen(self) -> None:
        backoff = 0.1
        while self._queues:
            try:
                if not self._pubsub.subscribed:
                    await self._pubsub.subscribe(*self._queues)
                message = await self._pubsub.get_message(timeout=1.0)
                backoff = 0.1
                if message is not None and message["type"] == "message":
                    channel = message["channel"]
                    name = channel.decode() if isinstance(channel, bytes) else str(channel)
                    data = message["data"]
                    self._deliver(name, data if isinstance(data, bytes) else str(data).encode())
            except asyncio.CancelledError:
                raise
            except (RedisError, ConnectionError, OSError) as exc:
                log.warning("pubsub_connection_lost", error=str(exc), retry_in=backoff)
                with contextlib.suppress(Exception):
                    await self._pubsub.aclose()
                self._pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
                self._resync_all()

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._listener
        with contextlib.suppress(Exception):
            await self._pubsub.aclose()


def _drain(queue: asyncio.Queue[bytes]) -> None:
    while not queue.empty():
        queue.get_nowait()
