"""Station scope, generated from the schema: every operation that names a station, asked about station B by
an actor holding every permission but only at station A, reveals nothing of B and changes nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    get_named_type,
    is_leaf_type,
)

from api.core.db import Database
from api.core.ids import to_global_id, uuid7
from api.core.permissions import Permission
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.identity.test_access_matrix import SCHEMA, _footprint

STATION_ARGS = {"stationId", "stationIds"}
STATION_ID_FIELDS = {"station", "stationUpdate", "stationClose", "stationReopen"}  # their `id` is a Station
B = "__STATION_B__"


def _value(graphql_type: Any, name: str, station_id: bool) -> str:
    if isinstance(graphql_type, GraphQLNonNull):
        return _value(graphql_type.of_type, name, station_id)
    if isinstance(graphql_type, GraphQLList):
        return f"[{_value(graphql_type.of_type, name, station_id)}]"
    if name in STATION_ARGS or (station_id and name == "id"):
        return f'"{B}"'
    if isinstance(graphql_type, GraphQLEnumType):
        values = list(graphql_type.values)
        return "STATIONS" if "STATIONS" in values else values[0]
    if isinstance(graphql_type, GraphQLInputObjectType):
        fields = [f"{n}: {_value(f.type, n, station_id)}" for n, f in graphql_type.fields.items()
                  if isinstance(f.type, GraphQLNonNull) or n in STATION_ARGS]
        return "{" + ", ".join(fields) + "}"
    assert isinstance(graphql_type, GraphQLScalarType)
    return {"ID": f'"{to_global_id("Station", uuid7())}"', "String": '"x12345678a"', "Int": "1",
            "Boolean": "true", "Long": "1", "DateTime": '"2026-01-01T00:00:00+00:00"', "Date": '"2026-01-01"'}[graphql_type.name]


def _names_station(graphql_type: Any, seen: set[str] | None = None) -> bool:
    named = get_named_type(graphql_type)
    if not isinstance(named, GraphQLInputObjectType):
        return False
    seen = seen or set()
    if named.name in seen:
        return False
    seen.add(named.name)
    return any(n in STATION_ARGS or _names_station(f.type, seen) for n, f in named.fields.items())


def scoped_operations() -> list[tuple[str, str]]:
    found = []
    for kind, root in (("query", SCHEMA.query_type), ("mutation", SCHEMA.mutation_type)):
        assert root is not None
        for name, field in root.fields.items():
            field: GraphQLField  # type: ignore[no-redef]
            by_id = name in STATION_ID_FIELDS
            if not (by_id or any(a in STATION_ARGS or _names_station(arg.type) for a, arg in field.args.items())):
                continue
            args = [f"{a}: {_value(arg.type, a, by_id)}" for a, arg in field.args.items()
                    if isinstance(arg.type, GraphQLNonNull) or a in STATION_ARGS or _names_station(arg.type)]
            returned = get_named_type(field.type)
            fields = getattr(returned, "fields", {})
            selection = ("" if is_leaf_type(returned) else " { errors { message } }" if "errors" in fields
                         else " { totalCount }" if "totalCount" in fields else " { __typename }")
            found.append((name, f"{kind} {{ {name}({', '.join(args)}){selection} }}"))
    return found


SCOPED = scoped_operations()


def test_the_scope_matrix_finds_the_station_operations() -> None:
    names = {name for name, _ in SCOPED}
    assert {"station", "stationUpdate", "dispensers", "devices", "deviceCreate", "priceBook",
            "priceChangeCreate", "dispenserSave", "staffUsers", "fuelings", "auditLogs"} <= names


@pytest.mark.parametrize(("name", "doc"), SCOPED, ids=[n for n, _ in SCOPED])
async def test_station_b_stays_out_of_reach(name: str, doc: str, staff_client: StaffClientFactory,
                                            forecourt: Forecourt, database: Database) -> None:
    org = forecourt.org
    a, b = org.stations
    insider = await staff_client(permissions=list(Permission), stations=[a.id])
    before = await _footprint(database, org)
    response = await insider.execute(doc.replace(B, to_global_id("Station", b.id)))
    body = json.dumps(response.body, ensure_ascii=False)
    assert b.code not in body and b.name not in body and str(b.id) not in body
    data = (response.body.get("data") or {}).get(name)
    refused = "FORBIDDEN" in response.error_codes
    nothing = data is None or data == [] or (isinstance(data, dict) and data.get("totalCount") == 0)
    rejected = isinstance(data, dict) and bool(data.get("errors"))
    assert refused or nothing or rejected, response.body
    assert await _footprint(database, org) == before
