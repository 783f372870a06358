"""Fixtures of the selling tests."""

from __future__ import annotations

import pytest

from api.core.ids import to_global_id
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.support.graphql import GraphQLClient


@pytest.fixture
async def pos(client: GraphQLClient, forecourt: Forecourt, staff_client: StaffClientFactory) -> Pos:
    station = forecourt.org.stations[0].id
    cashier = await staff_client(role_code="cashier", stations=[station])
    return Pos(cashier, client.with_token(forecourt.device_token), to_global_id("Station", station))


