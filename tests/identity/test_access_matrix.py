"""The authorisation matrix, generated from the schema so that every new field is covered.

For every query and mutation: without a token -> UNAUTHENTICATED; signed in without the permission ->
FORBIDDEN; in both cases nothing is written (no audit row, no station changed).
"""

from __future__ import annotations

from typing import Any

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    build_schema,
    get_named_type,
    is_leaf_type,
)
from sqlalchemy import func, select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.ids import to_global_id, uuid7
from api.schema import export_sdl
from api.stations.models import Station
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.org import Org
from tests.support.graphql import GraphQLClient

PUBLIC = {"serverInfo", "tokenCreate", "tokenRefresh", "tokenRevoke", "memberWechatLogin", "memberTokenRefresh"}
SIGNED_IN_ONLY = {"viewer", "permissions", "passwordChange", "node"}
SCHEMA = build_schema(export_sdl())


def _value(graphql_type: Any) -> str:
    if isinstance(graphql_type, GraphQLNonNull):
        return _value(graphql_type.of_type)
    if isinstance(graphql_type, GraphQLList):
        return f"[{_value(graphql_type.of_type)}]"
    if isinstance(graphql_type, GraphQLEnumType):
        return next(iter(graphql_type.values))
    if isinstance(graphql_type, GraphQLInputObjectType):
        fields = [f"{name}: {_value(f.type)}" for name, f in graphql_type.fields.items()
                  if isinstance(f.type, GraphQLNonNull)]
        return "{" + ", ".join(fields) + "}"
    assert isinstance(graphql_type, GraphQLScalarType)
    return {"ID": f'"{to_global_id("Station", uuid7())}"', "String": '"x12345678a"', "Int": "1",
            "Boolean": "true", "Long": "1", "DateTime": '"2026-01-01T00:00:00+00:00"', "Date": '"2026-01-01"'}[graphql_type.name]


def document(kind: str, name: str, field: GraphQLField) -> str:
    args = [f"{arg}: {_value(a.type)}" for arg, a in field.args.items() if isinstance(a.type, GraphQLNonNull)]
    call = f"{name}({', '.join(args)})" if args else name
    selection = "" if is_leaf_type(get_named_type(field.type)) else " { __typename }"
    return f"{kind} {{ {call}{selection} }}"


def operations() -> list[tuple[str, str]]:
    found = []
    for kind, root in (("query", SCHEMA.query_type), ("mutation", SCHEMA.mutation_type)):
        assert root is not None
        found += [(name, document(kind, name, field)) for name, field in root.fields.items()]
    return found


PROTECTED = [(name, doc) for name, doc in operations() if name not in PUBLIC]


async def _footprint(database: Database, org: Org) -> tuple[int, list[tuple[str, str]]]:
    async with database.session() as session:
        audits = await session.scalar(select(func.count()).select_from(AuditLog)
                                      .where(AuditLog.company_id == org.company.id))
        stations = (await session.execute(select(Station.code, Station.status).where(
            Station.company_id == org.company.id).order_by(Station.code))).all()
    return int(audits or 0), [(c, str(s)) for c, s in stations]


def test_the_matrix_covers_every_operation() -> None:
    names = {name for name, _ in operations()}
    assert len(PROTECTED) == len(names - PUBLIC) >= 25


@pytest.mark.parametrize(("name", "doc"), PROTECTED, ids=[n for n, _ in PROTECTED])
async def test_no_token_is_unauthenticated(name: str, doc: str, client: GraphQLClient, database: Database,
                                           org: Org) -> None:
    before = await _footprint(database, org)
    response = await client.execute(doc)
    assert response.error_codes == ["UNAUTHENTICATED"], response.body
    assert (response.body.get("data") or {}).get(name) is None
    assert await _footprint(database, org) == before


FORBIDDEN_CASES = [(name, doc) for name, doc in PROTECTED if name not in SIGNED_IN_ONLY]


@pytest.mark.parametrize(("name", "doc"), FORBIDDEN_CASES, ids=[n for n, _ in FORBIDDEN_CASES])
async def test_missing_permission_is_forbidden(name: str, doc: str, staff_client: StaffClientFactory,
                                               database: Database, org: Org) -> None:
    nobody = await staff_client(permissions=[])
    before = await _footprint(database, org)
    response = await nobody.execute(doc)
    assert response.error_codes == ["FORBIDDEN"], response.body
    assert await _footprint(database, org) == before
