"""`/mp/graphql` runs the mini-program's trusted documents only: by hash (`id` or Apollo's persistedQuery), and
refuses a free-form query, an unknown hash, a batch and a GET with HTTP 400; its schema has introspection off."""

from __future__ import annotations

import hashlib

import httpx
from graphql import parse

from api.driver.trusted_documents import load_manifest
from tests.support.graphql import GraphQLClient
from tests.support.live_server import LiveServer

MANIFEST = load_manifest()
VIEWER = next(h for h, d in MANIFEST.items() if "query MemberViewer" in d)


def test_the_manifest_holds_each_document_under_its_sha256() -> None:
    assert len(MANIFEST) >= 15
    for digest, document in MANIFEST.items():
        assert hashlib.sha256(document.encode()).hexdigest() == digest
        parse(document)


async def _post(server: LiveServer, body: object, token: str | None = None) -> httpx.Response:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(base_url=server.url) as http:
        return await http.post("/mp/graphql", json=body, headers=headers)


async def test_a_trusted_document_runs_by_hash(live_server: LiveServer, driver: GraphQLClient) -> None:
    by_id = await _post(live_server, {"id": VIEWER, "variables": {}}, driver.token)
    assert by_id.status_code == 200 and by_id.json()["data"]["memberViewer"]["number"] == driver.member.number  # type: ignore[attr-defined]
    apollo = await _post(live_server, {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": VIEWER}}},
                         driver.token)
    assert apollo.status_code == 200 and apollo.json()["data"] == by_id.json()["data"]


async def test_anything_else_is_refused(live_server: LiveServer, driver: GraphQLClient) -> None:
    free = await _post(live_server, {"query": "{ memberViewer { number } }"}, driver.token)
    assert free.status_code == 400
    assert free.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_ONLY"
    both = await _post(live_server, {"id": VIEWER, "query": "{ __schema { types { name } } }"}, driver.token)
    assert both.status_code == 400
    unknown = await _post(live_server, {"id": "0" * 64}, driver.token)
    assert (unknown.status_code, unknown.json()["errors"][0]["extensions"]["code"]) == (400, "PERSISTED_QUERY_NOT_FOUND")
    batch = await _post(live_server, [{"id": VIEWER}], driver.token)
    assert batch.status_code == 400
    async with httpx.AsyncClient(base_url=live_server.url) as http:
        get = await http.get("/mp/graphql", params={"id": VIEWER})
    assert get.status_code == 405


async def test_introspection_is_off_on_the_mini_program_schema() -> None:
    from api.driver.trusted_documents import mp_settings
    from api.schema import build_schema
    from api.settings import Settings

    schema = build_schema(mp_settings(Settings()), public=True)
    result = await schema.execute("{ __schema { queryType { name } } }")
    assert result.errors and "introspection" in result.errors[0].message.lower()
