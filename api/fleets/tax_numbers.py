"""Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters, the last a check character
computed over the first 17 (python-stdnum's `cn.uscc`)."""

from __future__ import annotations

from stdnum.cn import uscc
from stdnum.exceptions import ValidationError


def normalize_tax_number(raw: str) -> str | None:
    """The code upper-cased without spaces, or None when it is not a valid one."""
    try:
        return str(uscc.validate(raw.strip()))
    except ValidationError:
        return None
