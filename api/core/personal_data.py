"""Personal data at rest: phone numbers encrypted (AES-256-GCM) with a keyed-hash index for lookup.

The data key comes from `FORECOURT_DATA_KEY`; encryption and index keys are derived from it with
HKDF-style HMAC labels so that one secret cannot be used for the other purpose.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from functools import lru_cache

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MOBILE_PATTERN = re.compile(r"^1[3-9]\d{9}$")
_NONCE = 12


@lru_cache(maxsize=8)
def _key(secret: str, label: str) -> bytes:
    return hmac.new(secret.encode(), label.encode(), hashlib.sha256).digest()


def encrypt(secret: str, plaintext: str) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(_key(secret, "encrypt")).encrypt(nonce, plaintext.encode(), b"forecourt")


def decrypt(secret: str, blob: bytes) -> str:
    return AESGCM(_key(secret, "encrypt")).decrypt(blob[:_NONCE], blob[_NONCE:], b"forecourt").decode()


def lookup_index(secret: str, value: str) -> str:
    """A deterministic keyed hash: equal inputs give equal indexes, nothing can be read back."""
    return hmac.new(_key(secret, "index"), value.encode(), hashlib.sha256).hexdigest()


def mask_mobile(mobile: str) -> str:
    """138****5678."""
    return mobile[:3] + "****" + mobile[-4:] if len(mobile) >= 7 else "****"


def is_mobile(value: str) -> bool:
    return bool(MOBILE_PATTERN.match(value))
