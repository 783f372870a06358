"""Plate numbers: ordinary, new-energy (8 characters, small and large), special suffixes; I and O never."""

from __future__ import annotations

import pytest

from api.members.plates import is_new_energy, normalize_plate


@pytest.mark.parametrize(("raw", "plate"), [
    ("京A12345", "京A12345"), ("京a·12345", "京A12345"), (" 川A 1B2C3 ", "川A1B2C3"), ("粤B1234学", "粤B1234学"),
    ("沪A1234挂", "沪A1234挂"), ("粤Z1234港", "粤Z1234港"), ("粤BD12345", "粤BD12345"), ("京AFA1234", "京AFA1234"),
    ("沪A12345D", "沪A12345D"), ("苏E12345F", "苏E12345F"),
])
def test_valid_plates(raw: str, plate: str) -> None:
    assert normalize_plate(raw) == plate


@pytest.mark.parametrize("raw", ["", "京A1234", "京A123456", "AA12345", "京I12345", "京A1234O", "京AD1234A",
                                 "京A1234DX", "港A12345", "粤BX12345"])
def test_invalid_plates(raw: str) -> None:
    assert normalize_plate(raw) is None


def test_new_energy() -> None:
    assert is_new_energy("粤BD12345") and not is_new_energy("京A12345")
