"""Live nozzle states: devices report, every POS subscribed to the station receives snapshot then changes."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from dramatiq.brokers.stub import StubBroker

from api.app import create_app
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.support.graphql import GraphQLClient, websocket_session
from tests.support.live_server import LiveServer

REPORT = """mutation($states: [NozzleStateInput!]!) { nozzleStatesReport(input: {states: $states}) {
  accepted errors { field code message } } }"""
SUBSCRIBE = """subscription($s: ID!) { nozzleStatusChanged(stationId: $s) {
  nozzle { number grade { name } } state amount { fen yuan } volume { ml } unitPrice { fen } version } }"""


def state(number: int, sequence: int, status: str = "FUELING", amount: int = 0, volume: int = 0) -> dict[str, Any]:
    return {"nozzleNumber": number, "state": status, "amountFen": amount, "volumeMl": volume,
            "unitPriceFen": 730, "sequence": sequence}


async def next_status(ws: Any, wanted: Any) -> dict[str, Any]:
    """The first event satisfying `wanted` (events may repeat states already sent; clients keep the newest)."""
    async def find() -> dict[str, Any]:
        while True:
            status = (await ws.receive())["payload"]["data"]["nozzleStatusChanged"]
            if wanted(status):
                return status  # type: ignore[no-any-return]

    return await asyncio.wait_for(find(), 5)


def device(client: GraphQLClient, forecourt: Forecourt) -> GraphQLClient:
    return client.with_token(forecourt.device_token)


async def test_report_keeps_the_newest_state(client: GraphQLClient, forecourt: Forecourt) -> None:
    pump = device(client, forecourt)
    first = await pump.execute(REPORT, {"states": [state(1, 10, amount=1000, volume=1370)]})
    assert first.data["nozzleStatesReport"] == {"accepted": 1, "errors": []}
    stale = await pump.execute(REPORT, {"states": [state(1, 9, amount=500), state(2, 1, "CALLING")]})
    assert stale.data["nozzleStatesReport"] == {"accepted": 1, "errors": []}  # nozzle 1's older state dropped


async def test_bad_reports_name_the_field_and_apply_nothing(client: GraphQLClient, forecourt: Forecourt) -> None:
    pump = device(client, forecourt)
    result = await pump.execute(REPORT, {"states": [state(3, 1), state(99, 1), state(4, 1, amount=-5)]})
    assert result.data["nozzleStatesReport"] == {"accepted": 0, "errors": [
        {"field": "states.1.nozzleNumber", "code": "UNKNOWN_NOZZLE", "message": "本站没有 99 号油枪"},
        {"field": "states.2.amountFen", "code": "INVALID", "message": "数值超出范围"},
    ]}
    again = await pump.execute(REPORT, {"states": [state(3, 1)]})
    assert again.data["nozzleStatesReport"]["accepted"] == 1  # the refused batch left nozzle 3 untouched


async def test_only_a_device_reports(staff_client: StaffClientFactory, forecourt: Forecourt) -> None:
    admin = await staff_client(permissions=list(P))
    assert (await admin.execute(REPORT, {"states": [state(1, 1)]})).error_codes == ["FORBIDDEN"]


async def test_subscriber_gets_the_snapshot_then_changes(live_server: LiveServer, client: GraphQLClient,
                                                         forecourt: Forecourt, staff_client: StaffClientFactory) -> None:
    station = forecourt.org.stations[0]
    pump = device(client, forecourt)
    await pump.execute(REPORT, {"states": [state(2, 5, amount=2000, volume=2740)]})
    cashier = await staff_client(role_code="cashier", stations=[station.id])
    async with websocket_session(live_server.ws_url, token=cashier.token, origin="http://127.0.0.1:8000") as ws:
        await ws.subscribe(SUBSCRIBE, {"s": to_global_id("Station", station.id)})
        snapshot = [(await ws.receive())["payload"]["data"]["nozzleStatusChanged"] for _ in range(8)]
        assert [s["nozzle"]["number"] for s in snapshot] == list(range(1, 9))
        assert snapshot[1]["state"] == "FUELING" and snapshot[1]["amount"] == {"fen": 2000, "yuan": "20.00"}
        assert snapshot[0]["state"] == "OFFLINE" and snapshot[0]["version"] == 0
        await pump.execute(REPORT, {"states": [state(2, 6, amount=2500, volume=3425)]})
        change = await next_status(ws, lambda s: s["amount"]["fen"] == 2500)
        assert change["nozzle"] == {"number": 2, "grade": {"name": "95#"}}
        assert change["amount"]["fen"] == 2500 and change["version"] > snapshot[1]["version"]


async def test_another_station_is_refused(live_server: LiveServer, forecourt: Forecourt,
                                         staff_client: StaffClientFactory) -> None:
    a, b = forecourt.org.stations
    cashier = await staff_client(role_code="cashier", stations=[a.id])
    async with websocket_session(live_server.ws_url, token=cashier.token) as ws:
        op = await ws.subscribe(SUBSCRIBE, {"s": to_global_id("Station", b.id)})
        message = await ws.receive()
        assert message["id"] == op
        assert message["payload"]["data"] is None
        assert [e["extensions"]["code"] for e in message["payload"]["errors"]] == ["FORBIDDEN"]


@pytest.fixture(scope="module")
def second_server(settings: Settings, stub_broker: StubBroker) -> Iterator[LiveServer]:
    """Another API instance with its own Redis listener, like a second process behind a load balancer."""
    server = LiveServer(create_app(settings, broker=stub_broker)).start()
    yield server
    server.stop()


async def test_a_report_to_one_server_reaches_subscribers_of_another(
        live_server: LiveServer, second_server: LiveServer, client: GraphQLClient, forecourt: Forecourt,
        staff_client: StaffClientFactory) -> None:
    station = forecourt.org.stations[0]
    cashier = await staff_client(role_code="cashier", stations=[station.id])
    async with websocket_session(second_server.ws_url, token=cashier.token) as ws:
        await ws.subscribe(SUBSCRIBE, {"s": to_global_id("Station", station.id)})
        for _ in range(8):
            await ws.receive()
        await device(client, forecourt).execute(REPORT, {"states": [state(7, 1, "CALLING")]})  # to live_server
        change = await next_status(ws, lambda s: s["state"] == "CALLING")
        assert change["nozzle"]["number"] == 7


async def test_a_device_reports_over_its_persistent_websocket(live_server: LiveServer, forecourt: Forecourt) -> None:
    async with websocket_session(live_server.ws_url, token=forecourt.device_token) as ws:
        for sequence in (1, 2):
            op = await ws.subscribe(REPORT, {"states": [state(5, sequence, amount=100 * sequence)]})
            result = await ws.receive()
            assert result["id"] == op
            assert result["payload"]["data"]["nozzleStatesReport"] == {"accepted": 1, "errors": []}
            assert (await ws.receive())["type"] == "complete"


LINKS = """mutation($links: [DispenserLinkInput!]!) { dispenserLinksReport(input: {links: $links}) {
  changed errors { field code } } }"""
DISPENSERS = "query($s: ID!) { dispensers(stationId: $s) { number link { up } nozzles { number liveState { state } } } }"


async def test_a_link_going_down_takes_its_nozzles_offline(client: GraphQLClient, forecourt: Forecourt,
                                                           staff_client: StaffClientFactory,
                                                           database: object) -> None:
    from sqlalchemy import func, select

    from api.core.db import Database
    from api.pumps.models import DispenserOfflinePeriod

    assert isinstance(database, Database)
    pump = device(client, forecourt)
    station = to_global_id("Station", forecourt.org.stations[0].id)
    await pump.execute(REPORT, {"states": [state(1, 1), state(2, 1, "IDLE")]})
    up = await pump.execute(LINKS, {"links": [{"dispenserNumber": n, "up": True, "sequence": 2} for n in (1, 2)]})
    assert up.data["dispenserLinksReport"] == {"changed": 2, "errors": []}
    down = await pump.execute(LINKS, {"links": [{"dispenserNumber": 1, "up": False, "sequence": 3}]})
    assert down.data["dispenserLinksReport"]["changed"] == 1
    viewer = await staff_client(permissions=[P.VIEW_FORECOURT])
    first, second = (await viewer.execute(DISPENSERS, {"s": station})).data["dispensers"][:2]
    assert first["link"] == {"up": False} and second["link"] == {"up": True}
    assert [n["liveState"]["state"] for n in first["nozzles"]] == ["OFFLINE", "OFFLINE"]
    await pump.execute(LINKS, {"links": [{"dispenserNumber": 1, "up": True, "sequence": 4}]})
    async with database.session() as session:
        periods = await session.scalar(select(func.count()).select_from(DispenserOfflinePeriod).where(
            DispenserOfflinePeriod.station_id == forecourt.org.stations[0].id,
            DispenserOfflinePeriod.up_at.is_not(None)))
    assert periods == 1
    unknown = await pump.execute(LINKS, {"links": [{"dispenserNumber": 9, "up": True, "sequence": 5}]})
    assert unknown.data["dispenserLinksReport"]["errors"] == [{"field": "links.0.dispenserNumber",
                                                               "code": "UNKNOWN_DISPENSER"}]


def _broadcasts(server: LiveServer) -> Any:
    from api.core.graphql_view import GraphQLView

    app = server._server.config.app  # the Starlette app under test
    view = next(r.endpoint for r in app.routes if isinstance(getattr(r, "endpoint", None), GraphQLView))
    return view.broadcasts


async def test_subscribers_of_one_document_share_one_stream(live_server: LiveServer, client: GraphQLClient,
                                                           forecourt: Forecourt,
                                                           staff_client: StaffClientFactory) -> None:
    a, b = forecourt.org.stations
    station = to_global_id("Station", a.id)
    cashiers = [await staff_client(role_code="cashier", stations=[a.id]) for _ in range(3)]
    outsider = await staff_client(role_code="cashier", stations=[b.id])
    broadcasts = _broadcasts(live_server)
    async with (websocket_session(live_server.ws_url, token=cashiers[0].token) as ws1,
                websocket_session(live_server.ws_url, token=cashiers[1].token) as ws2,
                websocket_session(live_server.ws_url, token=cashiers[2].token) as ws3,
                websocket_session(live_server.ws_url, token=outsider.token) as ws4):
        for ws in (ws1, ws2, ws3):
            await ws.subscribe(SUBSCRIBE, {"s": station})
            await next_status(ws, lambda s: s["nozzle"]["number"] == 8)  # through the snapshot
        refused = await ws4.subscribe(SUBSCRIBE, {"s": station})
        message = await ws4.receive()
        assert message["id"] == refused and message["payload"]["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        streams = [s for s in broadcasts.streams.values() if f'"s":"{station}"' in s.key]
        assert len(streams) == 1 and len(streams[0].members) == 3
        await device(client, forecourt).execute(REPORT, {"states": [state(3, 50, amount=4321)]})
        for ws in (ws1, ws2, ws3):
            change = await next_status(ws, lambda s: s["amount"]["fen"] == 4321)
            assert change["nozzle"]["number"] == 3
    await asyncio.sleep(0.2)
    assert not [s for s in broadcasts.streams.values() if f'"s":"{station}"' in s.key]  # the last one left
