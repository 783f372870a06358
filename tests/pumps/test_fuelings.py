"""Completed fuelings: idempotent per dispenser transaction, totalizer continuity checked, listed without N+1."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from api.core.permissions import Permission as P
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.support.graphql import GraphQLClient
from tests.support.sql_counter import StatementCounter

RECORD = """mutation($input: FuelingRecordInput!) { fuelingRecord(input: $input) {
  duplicate errors { field code message }
  fueling { id ttc nozzleNumber amount { fen } computedAmount { fen } amountMismatch volume { ml } totalizer { ml } } } }"""
LIST = """query($n: Int!) { fuelings(first: $n) { totalCount edges { node { ttc nozzleNumber grade { name }
  station { code } amount { yuan } } } } }"""
ANOMALIES = "{ anomalies(first: 10) { edges { node { kind details station { code } } } } }"
START = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


def sale(ttc: int, volume_ml: int, totalizer_ml: int, *, nozzle: int = 1, amount: int | None = None,
         minutes: int = 0) -> dict[str, Any]:
    computed = (volume_ml * 730 + 500) // 1000
    return {"dispenserNumber": (nozzle + 1) // 2, "nozzleNumber": nozzle, "ttc": ttc, "gradeCode": "1402", "volumeMl": volume_ml,
            "unitPriceFen": 730, "amountFen": computed if amount is None else amount, "totalizerMl": totalizer_ml,
            "endedAt": (START + timedelta(minutes=minutes)).isoformat(), "rawFrame": "FA E0 00 2A"}


async def test_a_replay_returns_the_first_result(client: GraphQLClient, forecourt: Forecourt) -> None:
    pump = client.with_token(forecourt.device_token)
    results = await asyncio.gather(*(pump.execute(RECORD, {"input": sale(32460, 20_550, 1_000_000)})
                                     for _ in range(5)))
    payloads = [r.data["fuelingRecord"] for r in results]
    assert sorted(p["duplicate"] for p in payloads) == [False, True, True, True, True]
    assert len({p["fueling"]["id"] for p in payloads}) == 1
    assert payloads[0]["fueling"]["amount"] == {"fen": 15002}  # 20.55 L × ¥7.30 = ¥150.015 -> ¥150.02
    listed = (await client.with_token(forecourt.device_token).execute(RECORD, {"input": sale(32460, 20_550, 1_000_000)}))
    assert listed.data["fuelingRecord"]["duplicate"] is True


async def test_different_data_under_a_used_ttc_is_refused(client: GraphQLClient, forecourt: Forecourt) -> None:
    pump = client.with_token(forecourt.device_token)
    await pump.execute(RECORD, {"input": sale(7, 10_000, 500_000)})
    clash = (await pump.execute(RECORD, {"input": sale(7, 12_000, 502_000)})).data["fuelingRecord"]
    assert clash["fueling"] is None
    assert clash["errors"] == [{"field": "ttc", "code": "CONFLICT", "message": "交易序号 7 已记录了不同的加油数据"}]


async def test_totalizer_break_and_amount_mismatch_are_flagged(client: GraphQLClient, forecourt: Forecourt,
                                                              staff_client: StaffClientFactory) -> None:
    pump = client.with_token(forecourt.device_token)
    await pump.execute(RECORD, {"input": sale(100, 30_000, 1_030_000, minutes=0)})
    good = (await pump.execute(RECORD, {"input": sale(101, 20_000, 1_050_000, minutes=5)})).data["fuelingRecord"]
    assert good["errors"] == [] and good["fueling"]["amountMismatch"] is False
    # the link added the previous sale's volume to this one: the totalizer does not continue
    await pump.execute(RECORD, {"input": sale(102, 40_000, 1_070_000, minutes=10)})
    await pump.execute(RECORD, {"input": sale(103, 10_000, 1_080_000, minutes=15, amount=9_999)})
    viewer = await staff_client(permissions=[P.VIEW_FORECOURT], stations=[forecourt.org.stations[0].id])
    kinds = [e["node"] for e in (await viewer.execute(ANOMALIES)).data["anomalies"]["edges"]]
    assert [k["kind"] for k in kinds] == ["AMOUNT_MISMATCH", "TOTALIZER_BREAK"]
    assert kinds[1]["details"]["difference_ml"] == -20_000
    assert kinds[0]["details"] == {"reported_fen": 9_999, "computed_fen": 7_300}


async def test_a_sale_across_the_totalizer_wrap_is_continuous(client: GraphQLClient, forecourt: Forecourt,
                                                               staff_client: StaffClientFactory) -> None:
    pump = client.with_token(forecourt.device_token)
    wrap = 2**32 * 10  # the dispenser's 4-byte centilitre counter
    await pump.execute(RECORD, {"input": sale(200, 30_000, wrap - 10_000, minutes=0)})
    await pump.execute(RECORD, {"input": sale(201, 30_000, 20_000, minutes=5)})  # wrapped to zero mid-sale
    await pump.execute(RECORD, {"input": sale(202, 30_000, 60_000, minutes=10)})  # 10 L too many: a break
    viewer = await staff_client(permissions=[P.VIEW_FORECOURT], stations=[forecourt.org.stations[0].id])
    kinds = [e["node"] for e in (await viewer.execute(ANOMALIES)).data["anomalies"]["edges"]]
    assert [(k["kind"], k["details"]["previous_ttc"]) for k in kinds] == [("TOTALIZER_BREAK", 201)]


async def test_bad_input_names_the_field(client: GraphQLClient, forecourt: Forecourt) -> None:
    pump = client.with_token(forecourt.device_token)
    wrong = (await pump.execute(RECORD, {"input": {**sale(1, 1000, 1000), "nozzleNumber": 42}})).data
    assert wrong["fuelingRecord"]["errors"][0]["field"] == "nozzleNumber"
    frame = (await pump.execute(RECORD, {"input": {**sale(2, 1000, 2000), "rawFrame": "<script>"}})).data
    assert frame["fuelingRecord"]["errors"] == [{"field": "rawFrame", "code": "INVALID", "message": "原始报文须为十六进制"}]


async def test_fuelings_list_costs_the_same_for_1_and_20(client: GraphQLClient, forecourt: Forecourt,
                                                         staff_client: StaffClientFactory,
                                                         sql: StatementCounter) -> None:
    pump = client.with_token(forecourt.device_token)
    for i in range(20):
        await pump.execute(RECORD, {"input": sale(1000 + i, 10_000, 2_000_000 + 10_000 * i, nozzle=1 + i % 8,
                                                  minutes=i)})
    viewer = await staff_client(permissions=[P.VIEW_FORECOURT])
    counts = []
    for n in (1, 20):
        with sql.counting():
            result = await viewer.execute(LIST, {"n": n})
        counts.append(sql.count)
        assert len(result.data["fuelings"]["edges"]) == n
    assert counts[0] == counts[1]
    assert result.data["fuelings"]["edges"][0]["node"]["ttc"] == 1019  # newest first


async def test_fuelings_filter_by_nozzle(client: GraphQLClient, forecourt: Forecourt,
                                         staff_client: StaffClientFactory) -> None:
    pump = client.with_token(forecourt.device_token)
    for i, nozzle in enumerate((1, 2, 1)):
        await pump.execute(RECORD, {"input": sale(500 + i, 10_000, 3_000_000 + 10_000 * i, nozzle=nozzle, minutes=i)})
    viewer = await staff_client(permissions=[P.VIEW_FORECOURT])
    station = forecourt.org.stations[0].id
    from api.core.ids import to_global_id

    dispensers = (await viewer.execute("query($s: ID!) { dispensers(stationId: $s) { nozzles { id number } } }",
                                       {"s": to_global_id("Station", station)})).data["dispensers"]
    nozzle_one = next(n["id"] for d in dispensers for n in d["nozzles"] if n["number"] == 1)
    query = "query($f: FuelingFilter) { fuelings(first: 10, filter: $f) { edges { node { ttc nozzleNumber } } } }"
    by_id = (await viewer.execute(query, {"f": {"nozzleIds": [nozzle_one]}})).data["fuelings"]["edges"]
    assert [e["node"] for e in by_id] == [{"ttc": 502, "nozzleNumber": 1}, {"ttc": 500, "nozzleNumber": 1}]
