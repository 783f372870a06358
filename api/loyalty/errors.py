"""Error codes of the loyalty mutations."""

from __future__ import annotations

from enum import StrEnum


class LoyaltyErrorCode(StrEnum):
    """Saving the programme, a tier or a points rule."""

    INVALID = "invalid"
    DUPLICATE = "duplicate"
    NOT_FOUND = "not_found"


class PointsGiftErrorCode(StrEnum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    INSUFFICIENT_POINTS = "insufficient_points"
    IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT"


class CertificationErrorCode(StrEnum):
    INVALID = "invalid"
    REQUIRED = "required"
    NOT_FOUND = "not_found"
    FILE_TOO_LARGE = "file_too_large"
    FILE_TYPE = "file_type"
    ALREADY_PENDING = "already_pending"
    NOT_PENDING = "not_pending"
    NOT_REGISTERED = "not_registered"
