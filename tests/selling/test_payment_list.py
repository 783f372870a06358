"""The payment and refund lists over the real GraphQL stack: what a row carries, filters, the filter's totals,
station scope, and no N+1."""

from __future__ import annotations

from typing import Any

from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.selling.test_payment_code import PAID, code_tender, fee_fen, merchant  # noqa: F401 (fixture)
from tests.selling.test_refunds import refund
from tests.support.graphql import GraphQLClient
from tests.support.sql_counter import StatementCounter

PAYMENTS = """query($n: Int!, $after: String, $filter: PaymentFilter) {
  payments(first: $n, after: $after, filter: $filter) {
    totalCount totals { count amount { fen } fee { fen } } pageInfo { hasNextPage endCursor }
    edges { node { id tender status amount { fen } fee { fen } reference channelState channelMessage
      transactionId createdAt settledAt order { number status station { code } } station { code name } } } } }"""
REFUNDS = """query($n: Int!, $filter: RefundFilter) { refunds(first: $n, filter: $filter) {
  totalCount totals { count amount { fen } }
  edges { node { id amount { fen } reason status requestedBy tender createdAt settledAt
    payment { id tender amount { fen } } order { number station { code } } station { code } } } } }"""


def nodes(page: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["node"] for e in page["edges"]]


async def payments(client: GraphQLClient, filter: dict[str, Any] | None = None, n: int = 20) -> dict[str, Any]:
    return (await client.execute(PAYMENTS, {"n": n, "filter": filter})).data["payments"]  # type: ignore[no-any-return]


async def test_a_payment_row_carries_its_order_tender_fee_and_the_channel(
        pos: Pos, merchant: FakeWeChatPay, staff_client: StaffClientFactory, forecourt: Forecourt,  # noqa: F811
) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(20_000)
    order = (await pos.checkout([fueling], [{"tender": "CASH", "amountFen": 5_000},
                                            code_tender(amount - 5_000, PAID)]))["order"]
    other, other_amount = await pos.fueling(10_000, nozzle=2)
    second = (await pos.checkout([other], [{"tender": "CASH", "amountFen": other_amount}]))["order"]
    manager = await staff_client(permissions=[P.VIEW_ORDERS], stations=[forecourt.org.stations[0].id])

    page = await payments(manager)

    rows = nodes(page)
    assert [(r["order"]["number"], r["tender"]) for r in rows] == [
        (second["number"], "CASH"), (order["number"], "WECHAT"), (order["number"], "CASH")]
    wechat = rows[1]
    assert wechat["id"] == order["payments"][1]["id"]  # the Payment's id, as refundCreate takes it
    assert {k: wechat[k] for k in ("status", "amount", "fee", "channelState")} == {
        "status": "SUCCEEDED", "amount": {"fen": amount - 5_000}, "fee": {"fen": fee_fen(amount - 5_000)},
        "channelState": "success"}
    assert wechat["transactionId"] and wechat["settledAt"]
    assert wechat["order"]["station"]["code"] == wechat["station"]["code"] == forecourt.org.stations[0].code
    assert rows[2]["fee"] is None and rows[2]["transactionId"] is None
    total = amount + other_amount
    assert page["totalCount"] == 3
    assert page["totals"] == {"count": 3, "amount": {"fen": total}, "fee": {"fen": fee_fen(amount - 5_000)}}


async def test_the_filters_narrow_the_list_and_its_totals(
        pos: Pos, merchant: FakeWeChatPay, staff_client: StaffClientFactory, forecourt: Forecourt,  # noqa: F811
) -> None:
    first_shift = (await pos.open())["shift"]
    fueling, amount = await pos.fueling(20_000)
    order = (await pos.checkout([fueling], [{"tender": "CASH", "amountFen": 5_000},
                                            code_tender(amount - 5_000, PAID)]))["order"]
    other, other_amount = await pos.fueling(10_000, nozzle=2)
    second = (await pos.checkout([other], [{"tender": "CASH", "amountFen": other_amount}]))["order"]
    manager = await staff_client(permissions=[P.VIEW_ORDERS])
    every = nodes(await payments(manager))
    wechat = every[1]

    only_wechat = await payments(manager, {"tenders": ["WECHAT"]})
    assert [r["id"] for r in nodes(only_wechat)] == [wechat["id"]]
    assert only_wechat["totals"]["amount"] == {"fen": amount - 5_000}
    cash = await payments(manager, {"tenders": ["CASH"]})
    assert cash["totals"] == {"count": 2, "amount": {"fen": 5_000 + other_amount}, "fee": {"fen": 0}}
    assert (await payments(manager, {"statuses": ["PENDING", "FAILED"]}))["totals"]["count"] == 0
    assert (await payments(manager, {"statuses": ["SUCCEEDED"]}))["totals"]["count"] == 3
    # search: any part of the channel's transaction id, or of an order number
    by_transaction = await payments(manager, {"search": f"  {wechat['transactionId'][-10:].lower()} "})
    assert [r["id"] for r in nodes(by_transaction)] == [wechat["id"]]
    by_number = await payments(manager, {"search": second["number"]})
    assert [r["order"]["number"] for r in nodes(by_number)] == [second["number"]]
    assert (await payments(manager, {"search": order["number"]}))["totalCount"] == 2
    assert (await payments(manager, {"search": "%"}))["totalCount"] == 0  # wildcards are taken literally
    # shift, station and time
    assert (await payments(manager, {"shiftId": first_shift["id"]}))["totalCount"] == 3
    a, b = (to_global_id("Station", s.id) for s in forecourt.org.stations)
    assert (await payments(manager, {"stationIds": [a]}))["totalCount"] == 3
    assert (await payments(manager, {"stationIds": [b]}))["totals"] == {
        "count": 0, "amount": {"fen": 0}, "fee": {"fen": 0}}
    window = await payments(manager, {"from": every[2]["createdAt"], "to": every[0]["createdAt"]})
    assert [r["id"] for r in nodes(window)] == [every[1]["id"], every[2]["id"]]
    too_long = await manager.execute(PAYMENTS, {"n": 5, "filter": {"search": "1" * 65}})
    assert too_long.error_codes == ["BAD_USER_INPUT"]


async def test_pages_follow_each_other_and_the_totals_cover_the_whole_filter(pos: Pos) -> None:
    await pos.open()
    amounts = []
    for i in range(5):
        fueling, amount = await pos.fueling(5_000 + i * 10, nozzle=1 + i)
        await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}])
        amounts.append(amount)
    first = (await pos.cashier.execute(PAYMENTS, {"n": 2})).data["payments"]
    rest = (await pos.cashier.execute(PAYMENTS, {"n": 10, "after": first["pageInfo"]["endCursor"]})).data["payments"]
    assert first["pageInfo"]["hasNextPage"] and not rest["pageInfo"]["hasNextPage"]
    assert [r["amount"]["fen"] for r in nodes(first) + nodes(rest)] == amounts[::-1]
    assert first["totals"] == rest["totals"] == {"count": 5, "amount": {"fen": sum(amounts)}, "fee": {"fen": 0}}


async def test_a_refund_row_carries_its_reason_who_asked_and_the_payment(
        pos: Pos, merchant: FakeWeChatPay, staff_client: StaffClientFactory, forecourt: Forecourt,  # noqa: F811
) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(20_000)
    order = (await pos.checkout([fueling], [{"tender": "CASH", "amountFen": 5_000},
                                            code_tender(amount - 5_000, PAID)]))["order"]
    cash, wechat = order["payments"]
    supervisor = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    assert (await refund(supervisor, cash["id"], 1_000, reason="多收现金"))["errors"] == []
    assert (await refund(supervisor, wechat["id"], 2_000))["errors"] == []

    page = (await supervisor.execute(REFUNDS, {"n": 10})).data["refunds"]

    rows = nodes(page)
    assert [(r["tender"], r["amount"]["fen"], r["payment"]["id"]) for r in rows] == [
        ("WECHAT", 2_000, wechat["id"]), ("CASH", 1_000, cash["id"])]
    assert {k: rows[1][k] for k in ("reason", "status", "requestedBy")} == {
        "reason": "多收现金", "status": "SUCCEEDED", "requestedBy": "测试员工"}
    assert rows[1]["order"]["number"] == order["number"] and rows[1]["settledAt"]
    assert rows[1]["station"]["code"] == forecourt.org.stations[0].code
    assert page["totals"] == {"count": 2, "amount": {"fen": 3_000}}
    cash_only = (await supervisor.execute(REFUNDS, {"n": 10, "filter": {"tenders": ["CASH"]}})).data["refunds"]
    assert cash_only["totals"] == {"count": 1, "amount": {"fen": 1_000}}
    by_status = {s: (await supervisor.execute(REFUNDS, {"n": 10, "filter": {"statuses": [s]}})).data["refunds"]
                 ["totalCount"] for s in ("SUCCEEDED", "PENDING", "FAILED")}
    assert sum(by_status.values()) == 2 and by_status["FAILED"] == 0
    window = (await supervisor.execute(REFUNDS, {"n": 10, "filter": {"from": rows[1]["createdAt"],
                                                                     "to": rows[0]["createdAt"]}})).data["refunds"]
    assert [r["amount"]["fen"] for r in nodes(window)] == [1_000]


async def test_the_payment_list_costs_the_same_for_1_and_20(pos: Pos, sql: StatementCounter) -> None:
    await pos.open()
    for i in range(20):
        fueling, amount = await pos.fueling(5_000 + i * 10, nozzle=1 + i % 8)
        await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}])
    counts = []
    for n in (1, 20):
        with sql.counting():
            result = await pos.cashier.execute(PAYMENTS, {"n": n})
        counts.append(sql.count)
        assert len(result.data["payments"]["edges"]) == n
    assert counts[0] == counts[1]


async def test_the_refund_list_costs_the_same_for_1_and_20(pos: Pos, staff_client: StaffClientFactory,
                                                           forecourt: Forecourt, sql: StatementCounter) -> None:
    await pos.open()
    supervisor = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    for i in range(20):
        fueling, amount = await pos.fueling(5_000 + i * 10, nozzle=1 + i % 8)
        order = (await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}]))["order"]
        assert (await refund(supervisor, order["payments"][0]["id"], 100 + i))["errors"] == []
    counts = []
    for n in (1, 20):
        with sql.counting():
            result = await supervisor.execute(REFUNDS, {"n": n})
        counts.append(sql.count)
        assert len(result.data["refunds"]["edges"]) == n
    assert counts[0] == counts[1]


async def test_access(client: GraphQLClient, staff_client: StaffClientFactory, forecourt: Forecourt,
                      pos: Pos) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(5_000)
    order = (await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}]))["order"]
    supervisor = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    assert (await refund(supervisor, order["payments"][0]["id"], 100))["errors"] == []
    a, b = forecourt.org.stations
    for document, name in ((PAYMENTS, "payments"), (REFUNDS, "refunds")):
        assert (await client.execute(document, {"n": 5})).error_codes == ["UNAUTHENTICATED"]
        nobody = await staff_client(permissions=[P.VIEW_REPORTS, P.OPERATE_POS])
        assert (await nobody.execute(document, {"n": 5})).error_codes == ["FORBIDDEN"]
        elsewhere = await staff_client(permissions=[P.VIEW_ORDERS], stations=[b.id])
        unnamed = (await elsewhere.execute(document, {"n": 5})).data[name]
        assert unnamed["totalCount"] == 0 and unnamed["edges"] == [] and unnamed["totals"]["count"] == 0
        named = await elsewhere.execute(document, {"n": 5, "filter": {"stationIds": [to_global_id("Station", a.id)]}})
        assert named.error_codes == ["FORBIDDEN"] and named.body["data"] is None
        insider = await staff_client(permissions=[P.VIEW_ORDERS], stations=[a.id])
        assert (await insider.execute(document, {"n": 5})).data[name]["totalCount"] == 1
