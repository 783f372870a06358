"""Error codes of the forecourt mutations."""

from enum import StrEnum


class NozzleStatesReportErrorCode(StrEnum):
    UNKNOWN_NOZZLE = "unknown_nozzle"
    INVALID = "invalid"
