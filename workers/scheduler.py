"""The scheduler: enqueues periodic actors and does nothing else.

Each job runs once per time slot (`every_s` seconds) across every scheduler instance: a slot is claimed
with `SET key NX` in Redis before the message is sent, so running two schedulers never doubles a job.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import redis
import structlog

from api.core.tasks import send

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Job:
    actor_name: str
    every_s: int


JOBS: list[Job] = [Job("relay_outbox", 5), Job("apply_due_price_changes", 15),
                    Job("fail_stale_price_deliveries", 60), Job("resolve_pending_payments", 30),
                    Job("review_member_tiers", 3600), Job("expire_member_points", 3600),
                    Job("expire_ledger_holds", 60)]


def claim_slot(client: redis.Redis, job: Job, now: float) -> bool:
    """True when this instance won the job's current slot."""
    slot = int(now // job.every_s)
    key = f"forecourt:scheduler:{job.actor_name}:{slot}"
    return bool(client.set(key, "1", nx=True, ex=max(job.every_s * 2, 10)))


def run_scheduler(redis_url: str, stop: threading.Event, *, tick_s: float = 1.0) -> None:
    """Enqueue due jobs until `stop` is set."""
    log.info("scheduler_started", jobs=[j.actor_name for j in JOBS])
    with redis.Redis.from_url(redis_url) as client:
        while not stop.is_set():
            now = time.time()
            for job in JOBS:
                try:
                    if claim_slot(client, job, now):
                        send(job.actor_name)
                except redis.RedisError as exc:
                    log.warning("scheduler_redis_error", error=str(exc))
            stop.wait(tick_s)
