"""Error codes of the price mutations."""

from enum import StrEnum


class PriceChangeErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    WRONG_STATUS = "wrong_status"
    SAME_PERSON = "same_person"
