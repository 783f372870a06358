"""A station where drivers pay in the mini-program: the test forecourt with an open shift, its WeChat merchant
account with JSAPI on the local v3 server, fuelings completed just now, and signed-in drivers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest

from api.core.clock import utcnow
from api.core.ids import to_global_id
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory
from tests.fixtures.pumps import Forecourt
from tests.fixtures.wechat import WeChatV3
from tests.payments.test_jsapi_payments import jsapi  # noqa: F401  (the merchant account fixture)
from tests.pumps.test_fuelings import RECORD
from tests.selling.pos import OPEN
from tests.support.graphql import GraphQLClient
from tests.support.live_server import LiveServer

CHECKOUT = """mutation($input: DriverCheckoutInput!) { driverCheckout(input: $input) {
  order { id number status payable { fen } discounts { label amount { fen } } }
  payment { id status amount { fen } }
  requestPayment { appId timeStamp nonceStr package signType paySign }
  errors { field code message } } }"""
PAYMENT = """query($id: ID!) { driverPayment(id: $id) { final payment { status } order { status paidAt } } }"""


@dataclass
class DriverStation:
    station: str  # global ID
    station_id: uuid.UUID
    cashier: GraphQLClient
    pump: GraphQLClient
    v3: WeChatV3
    ttc: int = 9_000

    async def fueling(self, volume_ml: int = 20_000, nozzle: int = 1, minutes_ago: int = 1) -> dict[str, Any]:
        """A fueling completed `minutes_ago` on `nozzle` (92# at ¥7.30)."""
        self.ttc += 1
        amount = (volume_ml * 730 + 500) // 1000
        result = await self.pump.execute(RECORD, {"input": {
            "dispenserNumber": (nozzle + 1) // 2, "nozzleNumber": nozzle, "ttc": self.ttc, "gradeCode": "1402",
            "volumeMl": volume_ml, "unitPriceFen": 730, "amountFen": amount,
            "totalizerMl": 80_000_000 + self.ttc * 100_000,
            "endedAt": (utcnow() - timedelta(minutes=minutes_ago)).isoformat()}})
        return result.data["fuelingRecord"]["fueling"]  # type: ignore[no-any-return]


@pytest.fixture
async def station(forecourt: Forecourt, staff_client: StaffClientFactory, client: GraphQLClient,
                  jsapi: WeChatV3, settings: Settings, live_server: LiveServer,  # noqa: F811
                  monkeypatch: pytest.MonkeyPatch) -> DriverStation:
    monkeypatch.setattr(settings, "public_url", live_server.url)  # WeChat Pay notifies this server
    station_id = forecourt.org.stations[0].id
    cashier = await staff_client(role_code="cashier", stations=[station_id])
    gid = to_global_id("Station", station_id)
    opened = await cashier.execute(OPEN, {"s": gid, "cash": 0})
    assert opened.data["shiftOpen"]["errors"] == []
    return DriverStation(gid, station_id, cashier, client.with_token(forecourt.device_token), jsapi)


@pytest.fixture
async def driver(member_client: MemberClientFactory) -> GraphQLClient:
    """A registered driver signed in through the mini-program (with an openid)."""
    return await member_client(openid="o" + uuid.uuid4().hex[:27])


def checkout_input(station: DriverStation, key: str, **sale: Any) -> dict[str, Any]:
    return {"input": {"stationId": station.station, "idempotencyKey": key, **sale}}
