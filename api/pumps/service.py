"""Forecourt rules: which nozzles a station has, and accepting live states from its device."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import Actor, ActorKind
from api.core.clock import utcnow
from api.core.errors import Forbidden, ValidationErrors
from api.core.loading import SessionOpener
from api.pumps.errors import NozzleStatesReportErrorCode as Code
from api.pumps.live import LiveState, NozzleState, apply_states
from api.pumps.models import Nozzle

MAX_BATCH = 256
MAX_AMOUNT_FEN = 10**9
MAX_VOLUME_ML = 10**8


@dataclass(frozen=True)
class StateReport:
    nozzle_number: int
    state: NozzleState
    amount_fen: int
    volume_ml: int
    unit_price_fen: int
    sequence: int
    device_time: datetime | None


def device_station(actor: Actor) -> uuid.UUID:
    """The one station a device actor is bound to."""
    if actor.kind is not ActorKind.DEVICE or not actor.visible_stations or len(actor.visible_stations) != 1:
        raise Forbidden("仅站级设备可以上报油枪状态")
    return next(iter(actor.visible_stations))


async def nozzle_numbers(session: AsyncSession, station_id: uuid.UUID) -> set[int]:
    return set((await session.scalars(select(Nozzle.number).where(Nozzle.station_id == station_id))).all())


class KnownNozzles:
    """Each station's nozzle numbers as live reports check them, without a database read per report.

    Read again whenever a report names a number not known (a nozzle just added is accepted at once) and
    at least every 2 × `ttl_s` (a nozzle removed is refused again within that time; its live state is only
    a key in Redis that no subscriber shows).
    """

    def __init__(self, ttl_s: float = 10.0) -> None:
        self.ttl_s = ttl_s
        self._known: dict[uuid.UUID, tuple[float, frozenset[int]]] = {}  # station -> (read again after, numbers)

    async def numbers(self, open_session: SessionOpener, station_id: uuid.UUID, wanted: set[int]) -> frozenset[int]:
        now = time.monotonic()
        cached = self._known.get(station_id)
        if cached is not None and now < cached[0] and wanted <= cached[1]:
            return cached[1]
        async with open_session() as session:
            numbers = frozenset(await nozzle_numbers(session, station_id))
        # each station's next read falls somewhere in [ttl, 2 ttl): stations that started together
        # (a process restart) do not all read again in the same instant
        self._known[station_id] = (now + self.ttl_s * (1 + random.random()), numbers)  # noqa: S311
        return numbers


known_nozzles = KnownNozzles()


async def report_states(open_session: SessionOpener, redis: Redis, actor: Actor,
                        reports: Sequence[StateReport]) -> int:
    """Validate a device's batch of nozzle states and apply the newer ones; returns how many were accepted.

    Live states go to Redis only: the database is read only when the station's nozzles are not known.
    """
    station_id = device_station(actor)
    errors = ValidationErrors()
    if len(reports) > MAX_BATCH:
        errors.add(Code.INVALID, f"每批最多 {MAX_BATCH} 条", "states")
    known = await known_nozzles.numbers(open_session, station_id, {r.nozzle_number for r in reports})
    for index, report in enumerate(reports):
        if report.nozzle_number not in known:
            errors.add(Code.UNKNOWN_NOZZLE, f"本站没有 {report.nozzle_number} 号油枪", f"states.{index}.nozzleNumber")
        for field, value, limit in (("amountFen", report.amount_fen, MAX_AMOUNT_FEN),
                                    ("volumeMl", report.volume_ml, MAX_VOLUME_ML),
                                    ("unitPriceFen", report.unit_price_fen, MAX_AMOUNT_FEN),
                                    ("sequence", report.sequence, 2**62)):
            if not 0 <= value <= limit:
                errors.add(Code.INVALID, "数值超出范围", f"states.{index}.{field}")
    errors.raise_if_any()
    now = utcnow()
    states = [LiveState(r.nozzle_number, r.state, r.amount_fen, r.volume_ml, r.unit_price_fen, r.sequence,
                        r.device_time, now) for r in reports]
    return await apply_states(redis, station_id, states)


async def station_nozzles(session: AsyncSession, station_id: uuid.UUID) -> list[Nozzle]:
    return list((await session.scalars(select(Nozzle).where(Nozzle.station_id == station_id)
                                       .order_by(Nozzle.number))).all())


