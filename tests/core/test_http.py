"""The API over real HTTP and a real WebSocket."""

from __future__ import annotations

import httpx
import pytest
import websockets

from tests.support.graphql import GraphQLClient, websocket_session
from tests.support.live_server import LiveServer


async def test_health_and_readiness(live_server: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live_server.url) as http:
        health = await http.get("/healthz")
        ready = await http.get("/readyz")
        metrics = await http.get("/metrics")
    assert health.json() == {"status": "ok"}
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"postgresql": "ok", "redis": "ok"}
    assert "forecourt_http_requests_total" in metrics.text


async def test_typename_over_http_with_request_id(client: GraphQLClient) -> None:
    response = await client.execute("{ __typename }", **{"x-request-id": "abc-123"})
    assert response.data == {"__typename": "Query"}
    assert response.headers["x-request-id"] == "abc-123"


async def test_a_new_request_id_replaces_an_unsafe_one(client: GraphQLClient) -> None:
    response = await client.execute("{ __typename }", **{"x-request-id": "bad id\twith spaces"})
    assert response.headers["x-request-id"] != "bad id\twith spaces"
    assert len(response.headers["x-request-id"]) == 32


async def test_query_over_websocket(live_server: LiveServer) -> None:
    async with websocket_session(live_server.ws_url) as ws:
        op = await ws.subscribe("{ serverInfo { version } }")
        message = await ws.receive()
        assert message == {"id": op, "type": "next", "payload": {"data": {"serverInfo": {"version": "0.1.0"}}}}
        assert (await ws.receive())["type"] == "complete"


async def test_websocket_from_an_allowed_browser_origin(live_server: LiveServer) -> None:
    async with websocket_session(live_server.ws_url, origin="http://localhost:5173") as ws:
        await ws.subscribe("{ __typename }")
        assert (await ws.receive())["payload"] == {"data": {"__typename": "Query"}}


async def test_websocket_from_a_foreign_origin_is_refused(live_server: LiveServer) -> None:
    with pytest.raises(websockets.InvalidStatus) as refused:
        async with websocket_session(live_server.ws_url, origin="https://evil.example"):
            pass
    assert refused.value.response.status_code == 403


async def test_get_requests_cannot_run_operations(live_server: LiveServer) -> None:
    async with httpx.AsyncClient(base_url=live_server.url) as http:
        response = await http.get("/graphql", params={"query": "{ __typename }"},
                                  headers={"accept": "application/json"})
    assert response.status_code in (400, 405)
