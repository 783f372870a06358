"""Argument conversion compiled once per field, for the arguments of every resolver.

Before calling a resolver, Strawberry turns the coerced GraphQL arguments into Python values with
`convert_arguments`, walking the argument's type afresh on every call: resolving annotations, testing
for generics, converting names. For a device's state report of 16 nozzles that walk cost more than the
rest of the mutation (about 0.9 ms a report). Here the walk is done once per field: each argument type
becomes a small function (lists, optionals, scalars and enums, input types built with the same keyword
arguments and implicit `None` defaults as Strawberry builds them), remembered for the field's argument
list. Types whose conversion does more than that (`Maybe`, `GlobalID`, input types with their own
`from_input`) make the field keep Strawberry's own conversion, so the result is always what Strawberry
would give (a test compares both on the whole schema).

`install()` puts the compiled conversion in place of Strawberry's; `api.schema` calls it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import MISSING
from typing import Any

from strawberry.relay.types import GlobalID
from strawberry.schema import schema_converter
from strawberry.types.arguments import StrawberryArgument, _is_leaf_type
from strawberry.types.arguments import convert_arguments as strawberry_convert_arguments
from strawberry.types.base import StrawberryList, StrawberryMaybe, StrawberryOptional, has_object_definition
from strawberry.types.enum import has_enum_definition
from strawberry.types.lazy_type import LazyType
from strawberry.types.unset import UNSET

Convert = Callable[[Any], Any]


class Unsupported(Exception):
    """A type whose conversion is left to Strawberry."""


def _leaf(value: Any) -> Any:
    return value


def _compile(type_: Any, registry: Mapping[object, Any], config: Any, seen: dict[int, Convert]) -> Convert:
    if isinstance(type_, StrawberryMaybe) or type_ is GlobalID:
        raise Unsupported(type_)
    if isinstance(type_, StrawberryOptional):
        return _compile(type_.of_type, registry, config, seen)  # None and UNSET pass through below anyway
    if isinstance(type_, LazyType):
        return _compile(type_.resolve_type(), registry, config, seen)
    if isinstance(type_, StrawberryList):
        inner = type_.of_type
        leaf_items = _is_leaf_type(inner, registry, skip_classes=(GlobalID,)) or (
            isinstance(inner, StrawberryOptional) and _is_leaf_type(inner.of_type, registry, skip_classes=(GlobalID,)))
        if leaf_items:
            return _guarded(list)  # copied: graphql-core shares defaults between requests
        item = _compile(inner, registry, config, seen)
        return _guarded(lambda values: [item(value) for value in values])
    if _is_leaf_type(type_, registry) or has_enum_definition(type_):
        return _guarded(_leaf)
    if has_object_definition(type_):
        return _object(type_, registry, config, seen)
    raise Unsupported(type_)


def _guarded(convert: Convert) -> Convert:
    def guarded(value: Any) -> Any:
        if value is None or value is UNSET:
            return value
        return convert(value)

    return guarded


def _object(cls: Any, registry: Mapping[object, Any], config: Any, seen: dict[int, Convert]) -> Convert:
    if id(cls) in seen:  # an input type that contains itself: the converter being built
        return seen[id(cls)]
    definition = cls.__strawberry_definition__
    if definition.from_input is not None:
        raise Unsupported(cls)
    fields: list[tuple[str, str, Convert]] = []
    defaults: dict[str, None] = {}

    def build(value: Any) -> Any:
        kwargs: dict[str, Any] = dict(defaults)
        for graphql_name, python_name, convert in fields:
            if graphql_name in value:
                kwargs[python_name] = convert(value[graphql_name])
        return cls(**kwargs)

    guarded = _guarded(build)
    seen[id(cls)] = guarded
    if definition.is_input:
        defaults.update({f.python_name: None for f in definition.fields
                         if f.default_value is MISSING and f.default_factory is MISSING})
    for field in definition.fields:
        fields.append((config.name_converter.from_field(field), field.python_name,
                       _compile(field.resolve_type(type_definition=definition), registry, config, seen)))
    return guarded


def compile_arguments(arguments: list[StrawberryArgument], registry: Mapping[object, Any],
                      config: Any) -> Callable[[dict[str, Any]], dict[str, Any]] | None:
    """The conversion of a field's arguments, or None when Strawberry's own is needed."""
    try:
        plan = [(config.name_converter.from_argument(argument), argument.python_name,
                 _compile(argument.type, registry, config, {})) for argument in arguments]
    except Unsupported:
        return None

    def convert(value: dict[str, Any]) -> dict[str, Any]:
        return {python_name: conv(value[name]) for name, python_name, conv in plan if name in value}

    return convert


_compiled: dict[int, tuple[list[StrawberryArgument], Callable[[dict[str, Any]], dict[str, Any]] | None]] = {}


def convert_arguments(value: dict[str, Any], arguments: list[StrawberryArgument],
                      scalar_registry: Mapping[object, Any], config: Any, info: Any = None) -> dict[str, Any]:
    """Strawberry's `convert_arguments`, with the conversion compiled once per argument list."""
    if not arguments:
        return {}
    known = _compiled.get(id(arguments))
    if known is None or known[0] is not arguments:  # the list itself pins the id
        known = (arguments, compile_arguments(arguments, scalar_registry, config))
        _compiled[id(arguments)] = known
    convert = known[1]
    if convert is None:
        return strawberry_convert_arguments(value, arguments, scalar_registry=scalar_registry, config=config,
                                            info=info)
    return convert(value)


def install() -> None:
    """Use the compiled conversion for every field's arguments."""
    schema_converter.convert_arguments = convert_arguments  # type: ignore[attr-defined]
