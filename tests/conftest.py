"""The test harness: one database per session built by migrations, real Redis, a real HTTP server.

Tests that use `session` run inside a transaction that is rolled back at the end. Tests over HTTP or
WebSocket go through `live_server`, whose requests commit like in production; they isolate themselves by
working in a company of their own (see `tests/fixtures`).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from dramatiq.brokers.stub import StubBroker
from sqlalchemy.ext.asyncio import AsyncSession

os.environ.setdefault("XDG_RUNTIME_DIR", str(Path("/tmp")))

from api.app import create_app
from api.core.db import Database
from api.core.migrate import upgrade
from api.settings import Environment, Settings
from tests.support import services as test_services
from tests.support.graphql import GraphQLClient
from tests.support.live_server import LiveServer
from tests.support.sql_counter import StatementCounter
from workers import runtime
from workers.broker import configure

pytest_plugins = ["tests.fixtures.org", "tests.fixtures.identity", "tests.fixtures.pumps", "tests.fixtures.wechat",
                  "tests.fixtures.alipay", "tests.fixtures.members"]


@pytest.fixture(scope="session")
def services() -> Iterator[test_services.TestServices]:
    running = test_services.start()
    try:
        upgrade(running.database_url)
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def settings(services: test_services.TestServices, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(env=Environment.TEST, database_url=services.database_url, redis_url=services.redis_url,
                    data_dir=tmp_path_factory.mktemp("data"), web_dist=Path("web-admin/dist"),
                    login_max_failures=5)


@pytest.fixture(scope="session")
def stub_broker() -> StubBroker:
    broker = configure(None)
    assert isinstance(broker, StubBroker)
    return broker


@pytest.fixture
def broker(stub_broker: StubBroker) -> Iterator[StubBroker]:
    stub_broker.flush_all()
    yield stub_broker
    stub_broker.flush_all()


@pytest.fixture(scope="session")
async def database(settings: Settings) -> AsyncIterator[Database]:
    assert settings.database_url is not None
    db = Database(settings.database_url, pool_size=5)
    runtime.init(settings.database_url)
    yield db
    await db.dispose()


@pytest.fixture
async def session(database: Database) -> AsyncIterator[AsyncSession]:
    """A session inside a transaction rolled back after the test."""
    async with database.engine.connect() as connection:
        transaction = await connection.begin()
        db_session = AsyncSession(bind=connection, join_transaction_mode="create_savepoint",
                                  expire_on_commit=False)
        try:
            yield db_session
        finally:
            await db_session.close()
            await transaction.rollback()


@pytest.fixture(scope="session")
def live_server(settings: Settings, stub_broker: StubBroker) -> Iterator[LiveServer]:
    server = LiveServer(create_app(settings, broker=stub_broker)).start()
    yield server
    server.stop()


@pytest.fixture
def client(live_server: LiveServer) -> GraphQLClient:
    return GraphQLClient(live_server.url)


@pytest.fixture
def sql() -> StatementCounter:
    return StatementCounter()
