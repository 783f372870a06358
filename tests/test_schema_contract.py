"""`schema.graphql` is the published contract: generated, complete in its descriptions, free of Float."""

from __future__ import annotations

from pathlib import Path

from graphql import (
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    build_schema,
)

from api.schema import export_sdl

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.graphql"


def test_published_schema_matches_the_code() -> None:
    assert SCHEMA_FILE.read_text() == export_sdl(), (
        "schema.graphql is stale: run `make schema` and commit it"
    )


def test_every_type_and_field_is_described() -> None:
    schema = build_schema(export_sdl())
    missing: list[str] = []
    for name, graphql_type in schema.type_map.items():
        if name.startswith("__") or name in {"String", "Int", "Boolean", "ID", "Float"}:
            continue
        if not graphql_type.description:
            missing.append(name)
        if isinstance(graphql_type, (GraphQLObjectType, GraphQLInterfaceType, GraphQLInputObjectType)):
            missing += [f"{name}.{f}" for f, d in graphql_type.fields.items() if not d.description
                        and not isinstance(graphql_type, GraphQLInputObjectType)]
    assert missing == []


def test_float_appears_nowhere() -> None:
    assert "Float" not in export_sdl()
