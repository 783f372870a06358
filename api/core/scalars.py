"""Scalars and value types of the API: `Long`, `JSON`, `Money`, `Volume`. No `Float` anywhere."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NewType

import strawberry
from strawberry.types.scalar import ScalarDefinition

from api.core.money import fen_to_yuan, ml_to_litres

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def _parse_long(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("Long must be an integer")
    number = int(value) if isinstance(value, (int, str)) else None
    if number is None or not INT64_MIN <= number <= INT64_MAX:
        raise ValueError("Long must be a 64-bit integer")
    return number


Long = NewType("Long", int)
JSON = NewType("JSON", object)

SCALARS: dict[object, ScalarDefinition] = {
    Long: strawberry.scalar(
        name="Long", description="A 64-bit signed integer (money in fen, volumes in millilitres).",
        serialize=int, parse_value=_parse_long),
    JSON: strawberry.scalar(
        name="JSON", description="Free-form JSON: used only for audit snapshots and similar records.",
        serialize=lambda v: v, parse_value=lambda v: v),
}


@strawberry.type(description="An amount of money.")
class Money:
    fen: Long = strawberry.field(description="The amount in fen (1/100 yuan), exact.")

    @strawberry.field(description="The amount in yuan, two decimals, as a decimal string.")
    def yuan(self) -> Decimal:
        return fen_to_yuan(int(self.fen))


@strawberry.type(description="A volume of fuel.")
class Volume:
    ml: Long = strawberry.field(description="The volume in millilitres, exact.")

    @strawberry.field(description="The volume in litres, three decimals, as a decimal string.")
    def litres(self) -> Decimal:
        return ml_to_litres(int(self.ml))
