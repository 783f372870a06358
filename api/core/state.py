"""The resources one API process holds for its lifetime."""

from __future__ import annotations

from dataclasses import dataclass

import dramatiq
from redis.asyncio import Redis

from api.core.db import Database
from api.core.pubsub import PubSubHub
from api.settings import Settings


@dataclass
class AppState:
    settings: Settings
    db: Database
    redis: Redis
    hub: PubSubHub
    broker: dramatiq.Broker

    @classmethod
    def open(cls, settings: Settings, broker: dramatiq.Broker | None = None) -> AppState:
        """Build the process' resources from settings (URLs already resolved)."""
        from workers.broker import configure

        if settings.database_url is None or settings.redis_url is None:
            raise ValueError("database_url and redis_url must be resolved before the app starts")
        redis = Redis.from_url(settings.redis_url)
        return cls(
            settings=settings,
            db=Database(settings.database_url, pool_size=settings.db_pool_size),
            redis=redis,
            hub=PubSubHub(redis),
            broker=broker or configure(settings.redis_url),
        )

    async def close(self) -> None:
        await self.hub.close()
        await self.redis.aclose()
        await self.db.dispose()
        self.broker.close()
