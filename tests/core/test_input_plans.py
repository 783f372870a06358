"""Compiled argument conversion gives exactly what Strawberry's own gives, for every field of the schema."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import GraphQLObjectType
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.arguments import convert_arguments as strawberry_convert_arguments
from strawberry.types.base import StrawberryList, StrawberryOptional, has_object_definition
from strawberry.types.enum import has_enum_definition
from strawberry.types.field import StrawberryField
from strawberry.types.lazy_type import LazyType

from api.core.input_plans import compile_arguments, convert_arguments
from api.pumps.live import NozzleState
from api.schema import build_schema
from api.settings import Settings

SCHEMA = build_schema(Settings())
REGISTRY, CONFIG = SCHEMA.schema_converter.scalar_registry, SCHEMA.config


def sample(type_: Any, variant: int, depth: int = 0) -> Any:
    """A coerced GraphQL value of `type_` (as graphql-core hands it to Strawberry); `variant` varies which
    optional parts are null, absent or given."""
    if isinstance(type_, LazyType):
        return sample(type_.resolve_type(), variant, depth)
    if isinstance(type_, StrawberryOptional):
        return None if variant % 3 == 0 else sample(type_.of_type, variant, depth)
    if isinstance(type_, StrawberryList):
        return [sample(type_.of_type, variant + i, depth + 1) for i in range(variant % 3)]
    if has_enum_definition(type_):
        return next(iter(type_.__strawberry_definition__.wrapped_cls))
    if has_object_definition(type_) and depth < 4:
        definition = type_.__strawberry_definition__
        value = {}
        for i, field in enumerate(definition.fields):
            if (variant + i) % 4 == 0 and isinstance(field.type, StrawberryOptional):
                continue  # left out: the field's default applies
            value[CONFIG.name_converter.from_field(field)] = sample(
                field.resolve_type(type_definition=definition), variant + i, depth + 1)
        return value
    return f"leaf-{variant}"  # scalars pass through unchanged either way


def fields_with_arguments() -> list[tuple[str, StrawberryField]]:
    found = []
    for type_ in SCHEMA._schema.type_map.values():
        if not isinstance(type_, GraphQLObjectType) or type_.name.startswith("__"):
            continue
        for name, field in type_.fields.items():
            definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
            if isinstance(definition, StrawberryField) and definition.arguments:
                found.append((f"{type_.name}.{name}", definition))
    return found


FIELDS = fields_with_arguments()


def test_the_schema_has_arguments_to_convert() -> None:
    assert len(FIELDS) > 50
    compiled = [name for name, field in FIELDS if compile_arguments(field.arguments, REGISTRY, CONFIG) is not None]
    assert len(compiled) > len(FIELDS) * 0.9  # nearly every field takes the compiled path


@pytest.mark.parametrize("variant", range(6))
def test_every_field_converts_as_strawberry_converts(variant: int) -> None:
    for name, field in FIELDS:
        value = {CONFIG.name_converter.from_argument(a): sample(a.type, variant + i)
                 for i, a in enumerate(field.arguments)}
        expected = strawberry_convert_arguments(value, field.arguments, scalar_registry=REGISTRY, config=CONFIG)
        assert convert_arguments(value, field.arguments, REGISTRY, CONFIG) == expected, name


def test_a_list_argument_is_a_copy() -> None:
    field = next(f for n, f in FIELDS if n == "Mutation.nozzleStatesReport")
    states = [{"nozzleNumber": 1, "state": NozzleState.FUELING, "amountFen": 1, "volumeMl": 1, "unitPriceFen": 1,
               "sequence": 1}]
    converted = convert_arguments({"input": {"states": states}}, field.arguments, REGISTRY, CONFIG)
    assert converted["input"].states[0].nozzle_number == 1 and converted["input"].states is not states
    assert converted["input"].states[0].device_time is None  # an implicit default, as Strawberry sets it
