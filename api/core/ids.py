"""Identifiers: time-ordered UUIDs as keys, opaque Relay global IDs on the API."""

from __future__ import annotations

import base64
import os
import time
import uuid


def uuid7() -> uuid.UUID:
    """A UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return uuid.UUID(int=value)


class InvalidGlobalId(ValueError):
    """A global ID that does not decode, or names another type than expected."""


def to_global_id(type_name: str, pk: uuid.UUID) -> str:
    raw = f"{type_name}:{pk}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def from_global_id(global_id: str, expected_type: str | tuple[str, ...] | None = None) -> tuple[str, uuid.UUID]:
    """Decode `global_id`, checking its type when `expected_type` is given."""
    try:
        padded = global_id + "=" * (-len(global_id) % 4)
        type_name, _, pk = base64.urlsafe_b64decode(padded.encode()).decode().partition(":")
        value = uuid.UUID(pk)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidGlobalId(f"not a valid ID: {global_id!r}") from exc
    if expected_type is not None:
        allowed = (expected_type,) if isinstance(expected_type, str) else expected_type
        if type_name not in allowed:
            raise InvalidGlobalId(f"ID {global_id!r} is a {type_name}, expected {' or '.join(allowed)}")
    return type_name, value
