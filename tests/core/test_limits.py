"""Abusive documents are refused during validation, before anything executes."""

from __future__ import annotations

from tests.support.graphql import GraphQLClient


async def test_alias_bomb(client: GraphQLClient) -> None:
    query = "{ " + " ".join(f"a{i}: serverInfo {{ version }}" for i in range(40)) + " }"
    response = await client.execute(query)
    assert response.status == 200
    assert "data" not in response.body or response.body["data"] is None
    assert any("aliases" in e["message"] for e in response.errors)


async def test_token_bomb(client: GraphQLClient) -> None:
    query = "{ " + " ".join("__typename" for _ in range(3000)) + " }"
    response = await client.execute(query)
    assert response.body.get("data") is None
    assert any("token" in e["message"].lower() for e in response.errors)


async def test_cost_rule_counts_list_multipliers(client: GraphQLClient) -> None:
    # 28 aliases (under the alias limit) of a cheap field stay well under the cost limit
    cheap = "{ " + " ".join(f"a{i}: serverInfo {{ version serverTime }}" for i in range(28)) + " }"
    assert not (await client.execute(cheap)).errors


async def test_no_batching(client: GraphQLClient) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=client.base_url) as http:
        response = await http.post("/graphql", json=[{"query": "{ __typename }"}, {"query": "{ __typename }"}])
    assert response.status_code == 400


SDL = """
type Query { station(id: ID!): Station, stations(first: Int): StationConnection! }
type StationConnection { edges: [StationEdge!]! }
type StationEdge { node: Station! }
type Station { id: ID! name: String! nozzles: [Nozzle!]! region: Region }
type Region { stations(first: Int): StationConnection! name: String! }
type Nozzle { number: Int! }
type Mutation { a: Int b: Int c: Int }
"""


def _validate(query: str, *rules: type) -> list[str]:
    from graphql import build_schema, parse, validate

    return [e.message for e in validate(build_schema(SDL), parse(query), list(rules))]


def _cost(query: str, variables: dict[str, object] | None = None) -> int:
    from graphql import build_schema, parse

    from api.core.limits import operation_cost

    return operation_cost(build_schema(SDL), parse(query), None, variables or {})


def test_cost_of_a_page_is_first_times_its_items() -> None:
    # 1 (stations) + 50 * (1 edges + 1 node + (1 id + 1 name)) = 201
    assert _cost("{ stations(first: 50) { edges { node { id name } } } }") == 201


def test_nested_connections_and_lists_multiply() -> None:
    nested = ("{ stations(first: 100) { edges { node { region { stations(first: 100) "
              "{ edges { node { nozzles { number } } } } } } } } }")
    # 1 + 100 * (edges 1 + node 1 + region 1 + (1 + 100 * (edges 1 + node 1 + nozzles (1 + 10 * 1))))
    assert _cost(nested) == 130_401


def test_a_variable_page_size_costs_its_value() -> None:
    query = "query($n: Int) { stations(first: $n) { edges { node { id } } } }"
    assert _cost(query, {"n": 5}) == 1 + 5 * 3
    assert _cost(query) == 1 + 100 * 3  # unknown: the maximum page


async def test_cost_limit_over_http(client: GraphQLClient) -> None:
    page = ("staffUsers(first: $n) { edges { node { username grants { role { name } stations { code "
            "region { name } } } stations { code region { name } } } } }")
    query = f"query($n: Int) {{ a: {page} b: {page} }}"
    assert (await client.execute(query, {"n": 1})).error_codes != ["QUERY_LIMIT"]
    response = await client.execute(query, {"n": 100})  # no token: the cost is checked before access
    assert response.body["data"] is None
    assert response.errors[0]["extensions"] == {"code": "QUERY_LIMIT"}


def test_mutations_per_request() -> None:
    from api.core.limits import mutation_count_rule

    assert _validate("mutation { a b }", mutation_count_rule(2)) == []
    assert _validate("mutation { a b c }", mutation_count_rule(2)) == ["一次请求最多 2 个变更操作"]
    assert _validate("mutation { ...M } fragment M on Mutation { a b c }", mutation_count_rule(2))


async def test_depth_limit_from_settings(settings: object) -> None:
    from api.schema import build_schema as build
    from api.settings import Settings

    assert isinstance(settings, Settings)
    schema = build(settings.model_copy(update={"max_query_depth": 0}))
    result = await schema.execute("{ serverInfo { version } }")
    assert result.errors and "exceeds maximum operation depth" in result.errors[0].message
