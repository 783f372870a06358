"""Error codes of the forecourt mutations."""

from enum import StrEnum


class NozzleStatesReportErrorCode(StrEnum):
    UNKNOWN_NOZZLE = "unknown_nozzle"
    UNKNOWN_DISPENSER = "unknown_dispenser"
    INVALID = "invalid"


class ForecourtConfigErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    NOT_FOUND = "not_found"
    IN_USE = "in_use"


class TotalizersReportErrorCode(StrEnum):
    UNKNOWN_NOZZLE = "unknown_nozzle"
    INVALID = "invalid"
