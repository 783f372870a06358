"""Live nozzle states: the latest state of every nozzle in Redis, versioned, with change hints fanned out.

Each station has a Redis hash (nozzle number -> JSON state) and a version counter. A report is applied by
one Lua script, atomically: a state older than the stored one (by the device's monotonic sequence) is
dropped; each accepted state gets the station's next version and is stored; the accepted states are
published on the station's channel in the same step, so the order of messages is the order of versions.
Subscribers read the hash as a snapshot and then apply messages whose version is newer than what they
hold; after a dropped message (RESYNC) they read the snapshot again. Redis is the source of truth for
live state only; sales go to PostgreSQL.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from redis.asyncio import Redis

from api.core.clock import utcnow


class NozzleState(StrEnum):
    OFFLINE = "offline"
    IDLE = "idle"
    CALLING = "calling"
    CARD_INSERTED = "card_inserted"
    AUTHORIZED = "authorized"
    FUELING = "fueling"
    SUSPENDED = "suspended"
    COMPLETED = "completed"


@dataclass(frozen=True)
class LiveState:
    nozzle_number: int
    state: NozzleState
    amount_fen: int
    volume_ml: int
    unit_price_fen: int
    sequence: int
    device_time: datetime | None
    updated_at: datetime
    version: int = 0

    def to_json(self) -> str:
        """The stored form, without the version (the script appends it)."""
        return json.dumps({
            "nozzle": self.nozzle_number, "state": self.state.value, "amount_fen": self.amount_fen,
            "volume_ml": self.volume_ml, "unit_price_fen": self.unit_price_fen, "sequence": self.sequence,
            "device_time": self.device_time.isoformat() if self.device_time else None,
            "updated_at": self.updated_at.isoformat(),
        }, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: bytes | str) -> LiveState:
        return cls.from_dict(json.loads(raw))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LiveState:
        return cls(
            nozzle_number=int(data["nozzle"]), state=NozzleState(data["state"]), amount_fen=int(data["amount_fen"]),
            volume_ml=int(data["volume_ml"]), unit_price_fen=int(data["unit_price_fen"]),
            sequence=int(data["sequence"]),
            device_time=datetime.fromisoformat(data["device_time"]) if data.get("device_time") else None,
            updated_at=datetime.fromisoformat(data["updated_at"]), version=int(data.get("version", 0)),
        )

    @classmethod
    def offline(cls, nozzle_number: int) -> LiveState:
        return cls(nozzle_number, NozzleState.OFFLINE, 0, 0, 0, 0, None, utcnow(), 0)


_APPLY = """
local changed = {}
for i = 1, #ARGV, 3 do
  local field, seq, body = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2]
  local current = redis.call('HGET', KEYS[1], field)
  local fresh = true
  if current then
    local stored = tonumber(string.match(current, '"sequence":(%d+)'))
    if stored and stored >= seq then fresh = false end
  end
  if fresh then
    local version = redis.call('INCR', KEYS[2])
    local value = string.sub(body, 1, -2) .. ',"version":' .. version .. '}'
    redis.call('HSET', KEYS[1], field, value)
    table.insert(changed, value)
  end
end
if #changed > 0 then
  redis.call('PUBLISH', KEYS[3], '[' .. table.concat(changed, ',') .. ']')
end
return #changed
"""


def state_key(station_id: uuid.UUID) -> str:
    return f"forecourt:live:{station_id}:states"


def version_key(station_id: uuid.UUID) -> str:
    return f"forecourt:live:{station_id}:version"


def channel(station_id: uuid.UUID) -> str:
    return f"forecourt:live:{station_id}"


async def apply_states(redis: Redis, station_id: uuid.UUID, states: list[LiveState]) -> int:
    """Store the newer of `states` and publish them; returns how many were accepted."""
    if not states:
        return 0
    args: list[str | int] = []
    for state in states:
        args += [str(state.nozzle_number), state.sequence, state.to_json()]
    script = redis.register_script(_APPLY)
    return int(await script(keys=[state_key(station_id), version_key(station_id), channel(station_id)], args=args))


async def snapshot(redis: Redis, station_id: uuid.UUID) -> dict[int, LiveState]:
    """The latest state of every nozzle that ever reported, by nozzle number."""
    raw = await redis.hgetall(state_key(station_id))
    return {int(k): LiveState.from_json(v) for k, v in raw.items()}


def decode_message(data: bytes) -> list[LiveState]:
    """The states of one published message."""
    return [LiveState.from_dict(item) for item in json.loads(data)]
