"""Broker set-up: Redis in production and in the demo, `StubBroker` only in unit tests."""

from __future__ import annotations

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import (
    AgeLimit,
    Callbacks,
    CurrentMessage,
    Pipelines,
    Retries,
    ShutdownNotifications,
    TimeLimit,
)

from workers.registry import ACTORS

MIDDLEWARE = [AgeLimit, TimeLimit, ShutdownNotifications, Callbacks, Pipelines, Retries, CurrentMessage]


def configure(redis_url: str | None) -> dramatiq.Broker:
    """Make the process' broker (Redis at `redis_url`, or a `StubBroker` when None) and declare actors."""
    middleware = [m() for m in MIDDLEWARE]
    broker: dramatiq.Broker
    if redis_url is None:
        broker = StubBroker(middleware=middleware)
        broker.emit_after("process_boot")
    else:
        broker = RedisBroker(url=redis_url, middleware=middleware, namespace="forecourt")
    dramatiq.set_broker(broker)
    import workers.actors  # noqa: F401  (registers every actor)

    for spec in ACTORS.values():
        dramatiq.Actor(
            spec.fn, broker=broker, actor_name=spec.name, queue_name=spec.queue, priority=0,
            options={"max_retries": spec.max_retries, "time_limit": spec.time_limit_ms,
                     "min_backoff": spec.min_backoff_ms},
        )
    return broker


def message_for(actor_name: str, **kwargs: object) -> dramatiq.Message[object]:
    """The message that runs `actor_name(**kwargs)` on its queue."""
    from workers.registry import spec

    actor_spec = spec(actor_name)
    return dramatiq.Message(queue_name=actor_spec.queue, actor_name=actor_name, args=(),
                            kwargs=kwargs, options={})
