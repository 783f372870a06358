"""Error codes of the identity mutations."""

from __future__ import annotations

from enum import StrEnum


class TokenCreateErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID_CREDENTIALS = "invalid_credentials"
    LOCKED_OUT = "locked_out"


class TokenRefreshErrorCode(StrEnum):
    INVALID_TOKEN = "invalid_token"
    TOKEN_REUSED = "token_reused"


class TokenRevokeErrorCode(StrEnum):
    INVALID_TOKEN = "invalid_token"


class PasswordChangeErrorCode(StrEnum):
    INVALID_PASSWORD = "invalid_password"
    WEAK_PASSWORD = "weak_password"


class StaffUserErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    NOT_FOUND = "not_found"
    WEAK_PASSWORD = "weak_password"
    SELF_LOCKOUT = "self_lockout"


class RoleErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    NOT_FOUND = "not_found"
    BUILTIN = "builtin"
    IN_USE = "in_use"


class ApiKeyErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID = "invalid"
    NOT_FOUND = "not_found"


class DeviceErrorCode(StrEnum):
    REQUIRED = "required"
    NOT_FOUND = "not_found"
