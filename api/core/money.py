"""Money and volume arithmetic.

Money is integer fen, volume integer millilitres, unit prices fen per litre. The one rounding rule of the
platform is half-up to the fen (`round_fen`); every computed amount goes through it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

FEN_PER_YUAN = 100
ML_PER_LITRE = 1000


def round_fen(value: Fraction | Decimal | int) -> int:
    """Round an exact amount in fen to a whole fen, half away from zero."""
    exact = Decimal(value) if not isinstance(value, Fraction) else (
        Decimal(value.numerator) / Decimal(value.denominator)
    )
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def amount_for_volume(volume_ml: int, unit_price_fen: int) -> int:
    """The amount in fen for `volume_ml` at `unit_price_fen` per litre."""
    return round_fen(Fraction(volume_ml * unit_price_fen, ML_PER_LITRE))


def fen_to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / FEN_PER_YUAN).quantize(Decimal("0.01"))


def ml_to_litres(ml: int) -> Decimal:
    return (Decimal(ml) / ML_PER_LITRE).quantize(Decimal("0.001"))
