"""GraphQL clients over real HTTP and a real WebSocket (graphql-transport-ws)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import websockets


@dataclass
class GraphQLResponse:
    status: int
    body: dict[str, Any]
    headers: httpx.Headers

    @property
    def data(self) -> dict[str, Any]:
        assert not self.body.get("errors"), self.body.get("errors")
        return self.body["data"]  # type: ignore[no-any-return]

    @property
    def errors(self) -> list[dict[str, Any]]:
        return self.body.get("errors") or []

    @property
    def error_codes(self) -> list[str | None]:
        return [e.get("extensions", {}).get("code") for e in self.errors]


@dataclass
class GraphQLClient:
    """Posts documents to `/graphql` with an optional bearer token."""

    base_url: str
    token: str | None = None
    path: str = "/graphql"
    headers: dict[str, str] = field(default_factory=dict)

    async def execute(self, query: str, variables: dict[str, Any] | None = None,
                      **extra_headers: str) -> GraphQLResponse:
        headers = {**self.headers, **extra_headers}
        if self.token:
            headers["authorization"] = f"Bearer {self.token}"
        async with httpx.AsyncClient(base_url=self.base_url, timeout=30) as http:
            response = await http.post(self.path, json={"query": query, "variables": variables or {}},
                                       headers=headers)
        return GraphQLResponse(response.status_code, response.json(), response.headers)

    def with_token(self, token: str | None) -> GraphQLClient:
        return GraphQLClient(self.base_url, token, self.path, dict(self.headers))


class WebSocketSession:
    """One graphql-transport-ws connection."""

    def __init__(self, connection: websockets.ClientConnection) -> None:
        self._ws = connection
        self._next_id = 0

    async def subscribe(self, query: str, variables: dict[str, Any] | None = None) -> str:
        self._next_id += 1
        op_id = str(self._next_id)
        await self._ws.send(json.dumps({"id": op_id, "type": "subscribe",
                                        "payload": {"query": query, "variables": variables or {}}}))
        return op_id

    async def receive(self) -> dict[str, Any]:
        while True:
            message = json.loads(await self._ws.recv())
            if message["type"] == "ping":
                await self._ws.send(json.dumps({"type": "pong"}))
                continue
            return message  # type: ignore[no-any-return]

    async def complete(self, op_id: str) -> None:
        await self._ws.send(json.dumps({"id": op_id, "type": "complete"}))


@asynccontextmanager
async def websocket_session(ws_url: str, *, token: str | None = None, origin: str | None = None,
                            path: str = "/graphql") -> AsyncIterator[WebSocketSession]:
    headers = {"Origin": origin} if origin else None
    async with websockets.connect(f"{ws_url}{path}", subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
                                  additional_headers=headers) as connection:
        payload = {"authorization": f"Bearer {token}"} if token else {}
        await connection.send(json.dumps({"type": "connection_init", "payload": payload}))
        ack = json.loads(await connection.recv())
        if ack["type"] != "connection_ack":
            raise ConnectionError(f"connection refused: {ack}")
        yield WebSocketSession(connection)
