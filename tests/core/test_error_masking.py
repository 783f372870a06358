"""In production an unexpected error reaches the client as a safe message with the request id."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from dramatiq.brokers.stub import StubBroker

from api.app import create_app
from api.core.db import Database
from api.settings import Environment, Settings
from tests.fixtures.identity import make_user, sign_in
from tests.fixtures.org import Org
from tests.support.graphql import GraphQLClient
from tests.support.live_server import LiveServer

BROKEN = '{ stations(first: 5, filter: {search: "nul\\u0000byte"}) { edges { node { code } } } }'


@pytest.fixture(scope="module")
def production_server(settings: Settings, stub_broker: StubBroker) -> Iterator[LiveServer]:
    production = settings.model_copy(update={"env": Environment.PRODUCTION, "secret_key": settings.secret_key})
    server = LiveServer(create_app(production, broker=stub_broker)).start()
    yield server
    server.stop()


async def test_unexpected_errors_are_masked_with_the_request_id(production_server: LiveServer, database: Database,
                                                                org: Org, settings: Settings) -> None:
    user = await make_user(database, org, role_code="company_admin")
    client = GraphQLClient(production_server.url, await sign_in(database, settings, user))
    response = await client.execute(BROKEN, **{"x-request-id": "req-42"})
    assert response.status == 200
    [error] = response.errors
    assert error["message"] == "服务器内部错误，请稍后重试；如仍失败请提供请求号联系管理员（请求号 req-42）"
    assert error["extensions"] == {"code": "INTERNAL", "requestId": "req-42"}
    assert "0x00" not in str(response.body) and "asyncpg" not in str(response.body)


async def test_expected_errors_are_not_masked(production_server: LiveServer) -> None:
    response = await GraphQLClient(production_server.url).execute("{ viewer { username } }")
    assert response.errors[0]["message"] == "请先登录"
    assert response.error_codes == ["UNAUTHENTICATED"]


async def test_development_shows_the_real_error(client: GraphQLClient, database: Database, org: Org,
                                               settings: Settings) -> None:
    user = await make_user(database, org, role_code="company_admin")
    response = await client.with_token(await sign_in(database, settings, user)).execute(BROKEN)
    assert "0x00" in response.errors[0]["message"] or "NUL" in response.errors[0]["message"].upper()
