"""Error codes of the station mutations."""

from enum import StrEnum


class StationErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    NOT_FOUND = "not_found"
    ALREADY_CLOSED = "already_closed"
    ALREADY_OPEN = "already_open"
