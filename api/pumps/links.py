"""Dispenser links: the device reports each dispenser's serial link going up or down.

The current state is kept in Redis (station hash: dispenser number -> JSON); each down-up stretch is kept
in PostgreSQL as an offline period, worth keeping for audits of missing sales. A link going down turns
the dispenser's nozzles OFFLINE in the live state (with the report's sequence, so ordering still holds).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.errors import DomainError
from api.pumps.errors import NozzleStatesReportErrorCode as Code
from api.pumps.live import LiveState, NozzleState, apply_states
from api.pumps.models import Dispenser, DispenserOfflinePeriod, Nozzle
from api.pumps.service import device_station


@dataclass(frozen=True)
class LinkReport:
    dispenser_number: int
    up: bool
    sequence: int


def links_key(station_id: uuid.UUID) -> str:
    return f"forecourt:links:{station_id}"


async def link_states(redis: Redis, station_id: uuid.UUID) -> dict[int, tuple[bool, datetime]]:
    raw = await redis.hgetall(links_key(station_id))
    return {int(k): (bool(v["up"]), datetime.fromisoformat(v["since"]))
            for k, v in ((k, json.loads(v)) for k, v in raw.items())}


async def report_links(session: AsyncSession, redis: Redis, actor: Actor, reports: Sequence[LinkReport]) -> int:
    station_id = device_station(actor)
    dispensers = {d.number: d for d in (await session.scalars(
        select(Dispenser).where(Dispenser.station_id == station_id))).all()}
    for index, report in enumerate(reports):
        if report.dispenser_number not in dispensers:
            raise DomainError(Code.UNKNOWN_DISPENSER, f"本站没有 {report.dispenser_number} 号油机",
                              field=f"links.{index}.dispenserNumber")
    now, current, changed = utcnow(), await link_states(redis, station_id), 0
    for report in reports:
        dispenser = dispensers[report.dispenser_number]
        was_up = current.get(report.dispenser_number, (True, now))[0]
        if was_up == report.up and report.dispenser_number in current:
            continue
        changed += 1
        open_period = await session.scalar(select(DispenserOfflinePeriod).where(
            DispenserOfflinePeriod.dispenser_id == dispenser.id, DispenserOfflinePeriod.up_at.is_(None)))
        if report.up and open_period is not None:
            open_period.up_at = now
        elif not report.up and open_period is None:
            session.add(DispenserOfflinePeriod(company_id=dispenser.company_id, station_id=station_id,
                                               dispenser_id=dispenser.id, down_at=now))
            numbers = (await session.scalars(select(Nozzle.number).where(Nozzle.dispenser_id == dispenser.id))).all()
            offline = [LiveState(n, NozzleState.OFFLINE, 0, 0, 0, report.sequence, None, now) for n in numbers]
            await apply_states(redis, station_id, offline)
        await redis.hset(links_key(station_id), str(report.dispenser_number),
                         json.dumps({"up": report.up, "since": now.isoformat()}))
    await session.flush()
    return changed
