"""Error codes of the fueling mutations."""

from enum import StrEnum


class FuelingRecordErrorCode(StrEnum):
    UNKNOWN_NOZZLE = "unknown_nozzle"
    INVALID = "invalid"
    CONFLICT = "conflict"
