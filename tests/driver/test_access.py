"""Drivers' operations: a member sees only its own orders and payments; a staff token is refused on every driver
operation; the nearby stations and the order list cost the same statements for 1 and 20 rows; invoice requests
need the driver's own order or the receipt link's key, once per order."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import update

from api.core.db import Database
from api.core.ids import from_global_id
from api.core.permissions import Permission as P
from api.selling.invoice_links import invoice_key
from api.settings import Settings
from api.stations.models import Station
from tests.driver.conftest import CHECKOUT, PAYMENT, DriverStation, checkout_input
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory
from tests.support.graphql import GraphQLClient
from tests.support.sql_counter import StatementCounter

ORDERS = "query($n: Int!) { driverOrders(first: $n) { edges { node { number stationName lines { description } } } } }"
ORDER = "query($id: ID!) { driverOrder(id: $id) { number } }"
STATIONS = """query($n: Int!) { driverStations(first: $n, near: {latitude: "30.7", longitude: "104.05"}) {
  name distanceM openNow payeeName grades { name price { fen } } } }"""
INVOICE = """mutation($input: DriverInvoiceRequestInput!) { driverInvoiceRequest(input: $input) {
  invoiceRequest { title status } errors { field code message } } }"""


async def _paid_order(station: DriverStation, driver: GraphQLClient, key: str) -> dict:
    fueling = await station.fueling(nozzle=5)
    made = (await driver.execute(CHECKOUT, checkout_input(station, key, fuelingId=fueling["id"]))).data["driverCheckout"]
    await station.v3.fake.pay(made["requestPayment"]["package"].removeprefix("prepay_id="))
    return made  # type: ignore[no-any-return]


async def test_a_member_sees_only_its_own_orders_and_payments(station: DriverStation, driver: GraphQLClient,
                                                              member_client: MemberClientFactory) -> None:
    made = await _paid_order(station, driver, "own-order-0001")
    other = await member_client(openid="oOtherDriver0000000000001")
    assert (await other.execute(ORDERS, {"n": 20})).data["driverOrders"]["edges"] == []
    assert (await other.execute(ORDER, {"id": made["order"]["id"]})).data["driverOrder"] is None
    assert (await other.execute(PAYMENT, {"id": made["payment"]["id"]})).data["driverPayment"] is None
    mine = (await driver.execute(ORDERS, {"n": 20})).data["driverOrders"]["edges"]
    assert [e["node"]["number"] for e in mine] == [made["order"]["number"]]


async def test_a_staff_token_is_refused(station: DriverStation, staff_client: StaffClientFactory) -> None:
    manager = await staff_client(permissions=list(P))
    for query, variables in ((ORDERS, {"n": 5}), (STATIONS, {"n": 5}),
                             (CHECKOUT, checkout_input(station, "staff-key-0001", fuelingId=None))):
        response = await manager.execute(query, variables)
        assert response.error_codes == ["FORBIDDEN"], response.body


async def test_lists_cost_the_same_for_1_and_20_rows(station: DriverStation, driver: GraphQLClient,
                                                     database: Database, sql: StatementCounter) -> None:
    async with database.transaction() as session:
        await session.execute(update(Station).where(Station.company_id == driver.member.company_id)  # type: ignore[attr-defined]
                              .values(latitude=Decimal("30.700100"), longitude=Decimal("104.050200")))
    for i in range(2):
        await _paid_order(station, driver, f"list-order-000{i}")

    async def cost(query: str, n: int) -> int:
        with sql.counting():
            response = await driver.execute(query, {"n": n})
            assert not response.errors, response.body
        return sql.count

    assert await cost(ORDERS, 1) == await cost(ORDERS, 20)
    assert await cost(STATIONS, 1) == await cost(STATIONS, 20)
    listed = (await driver.execute(STATIONS, {"n": 5})).data["driverStations"]
    assert listed[0]["distanceM"] < 50 and listed[0]["payeeName"] == "石桥辅加油站"


async def test_invoice_requests(station: DriverStation, driver: GraphQLClient, member_client: MemberClientFactory,
                                settings: Settings) -> None:
    made = await _paid_order(station, driver, "invoice-order-01")
    order_id = made["order"]["id"]
    stranger = await member_client(openid="oStrangerDriver00000000001")
    form = {"orderId": order_id, "title": "成都示范物流有限公司", "taxNumber": "91510100MA6CXXXX1X",
            "email": "fin@example.com"}
    refused = (await stranger.execute(INVOICE, {"input": form})).data["driverInvoiceRequest"]
    assert refused["errors"][0]["code"] == "NOT_FOUND"
    wrong = (await stranger.execute(INVOICE, {"input": {**form, "key": "0" * 16}})).data["driverInvoiceRequest"]
    assert wrong["errors"][0]["code"] == "NOT_FOUND"
    key = invoice_key(settings.secret_key, from_global_id(order_id)[1])
    made_by_link = (await stranger.execute(INVOICE, {"input": {**form, "key": key}})).data["driverInvoiceRequest"]
    assert made_by_link == {"invoiceRequest": {"title": "成都示范物流有限公司", "status": "requested"}, "errors": []}
    again = (await driver.execute(INVOICE, {"input": {**form, "title": "个人", "taxNumber": None}})).data
    assert again["driverInvoiceRequest"]["errors"][0]["code"] == "ALREADY_REQUESTED"
    no_tax = (await driver.execute(INVOICE, {"input": {**form, "taxNumber": None}})).data["driverInvoiceRequest"]
    assert no_tax["errors"][0]["field"] == "taxNumber"
