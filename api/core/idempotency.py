"""Idempotency keys are stored with a hash of the request that used them: the same key with the same
request gets the first result; the same key with another request is refused and changes nothing."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def request_hash(request: Any) -> str:
    """SHA-256 of the request's canonical JSON (sorted keys, no spaces; UUIDs and dates as strings)."""
    canonical = json.dumps(request, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()
