"""Time: aware UTC everywhere; business dates in the station's time zone."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


def ensure_aware(value: datetime) -> datetime:
    """Refuse naive datetimes: they print without an offset and compare wrongly."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: every time in Forecourt carries a zone")
    return value.astimezone(UTC)
