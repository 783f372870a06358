"""Chinese licence plates (GA 36): a province abbreviation, the issuing authority's letter, then five
characters (ordinary plates), or six for new-energy vehicles: small ones start with D (electric) or F
(hybrid) after the letter, large ones end with D or F. Coach (学), trailer (挂), Hong Kong / Macau (港/澳)
and police (警) plates end with their character. I and O are never used, to avoid 1 and 0.
"""

from __future__ import annotations

import re

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_LETTER = "A-HJ-NP-Z"
_ALNUM = "A-HJ-NP-Z0-9"
ORDINARY = re.compile(rf"^[{PROVINCES}][{_LETTER}][{_ALNUM}]{{4}}[{_ALNUM}学挂港澳警]$")
NEW_ENERGY_SMALL = re.compile(rf"^[{PROVINCES}][{_LETTER}][DF][{_ALNUM}][0-9]{{4}}$")
NEW_ENERGY_LARGE = re.compile(rf"^[{PROVINCES}][{_LETTER}][0-9]{{5}}[DF]$")
_SEPARATORS = re.compile(r"[\s·•.\-]")


def normalize_plate(raw: str) -> str | None:
    """The plate upper-cased without separators (京A·12345 -> 京A12345), or None when it is not a valid plate."""
    plate = _SEPARATORS.sub("", raw).upper()
    if ORDINARY.match(plate) or NEW_ENERGY_SMALL.match(plate) or NEW_ENERGY_LARGE.match(plate):
        return plate
    return None


def is_new_energy(plate: str) -> bool:
    return len(plate) == 8
