"""Error codes of the member mutations."""

from __future__ import annotations

from enum import StrEnum


class MemberErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PHONE_TAKEN = "phone_taken"
    PLATE_INVALID = "plate_invalid"
    CONSENT_REQUIRED = "consent_required"
    REFERRER_NOT_FOUND = "referrer_not_found"


class MemberLoginErrorCode(StrEnum):
    INVALID_CODE = "invalid_code"
    UNKNOWN_APP = "unknown_app"
    WECHAT_UNAVAILABLE = "wechat_unavailable"
    INVALID_TOKEN = "invalid_token"
    TOKEN_REUSED = "token_reused"


class MemberPhoneBindErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID = "invalid"
    INVALID_CODE = "invalid_code"
    CODE_EXPIRED = "code_expired"
    TOO_MANY_TRIES = "too_many_tries"
    RATE_LIMITED = "rate_limited"
    PHONE_TAKEN = "phone_taken"
    WECHAT_UNAVAILABLE = "wechat_unavailable"


class MemberCodeErrorCode(StrEnum):
    NOT_REGISTERED = "not_registered"


class MemberLookupErrorCode(StrEnum):
    REQUIRED = "required"
    INVALID = "invalid"
    PLATE_INVALID = "plate_invalid"
    CODE_INVALID = "code_invalid"
