from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from api.core.money import amount_for_volume, fen_to_yuan, ml_to_litres, round_fen


def test_half_up_to_the_fen() -> None:
    assert round_fen(Fraction(1, 2)) == 1
    assert round_fen(Fraction(-1, 2)) == -1
    assert round_fen(Fraction(149, 100)) == 1
    assert round_fen(Decimal("2.5")) == 3


def test_amount_for_a_real_sale() -> None:
    # 20.55 L at 7.30 yuan/L (a captured 31H frame) is 150.015 yuan -> 150.02 yuan
    assert amount_for_volume(20_550, 730) == 15_002


def test_display_values() -> None:
    assert fen_to_yuan(123456) == Decimal("1234.56")
    assert ml_to_litres(12340) == Decimal("12.340")


@given(st.integers(0, 10**8), st.integers(1, 5000))
def test_amount_is_within_half_a_fen_of_exact(volume_ml: int, price: int) -> None:
    exact = Fraction(volume_ml * price, 1000)
    assert abs(amount_for_volume(volume_ml, price) - exact) <= Fraction(1, 2)
