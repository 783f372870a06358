"""Day close (日结) over the real GraphQL stack: the day's totals recorded once, idempotent on its key,
refused while a shift of the day is open or when the day is already closed, audited, immutable; after it
no shift opens that day and the day report shows who closed it and when."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.selling.day_close_model import DayClose
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import CLOSE, Pos
from tests.support.graphql import GraphQLClient

DAY_CLOSE = """mutation($input: DayCloseInput!) { dayClose(input: $input) { replay
  dayClose { businessDate closedAt closedByName remark shiftCount orders sales { fen } refunds { fen }
    driveOffs expectedCash { fen } countedCash { fen } overShort { fen }
    byTender { key count amount { fen } } byGrade { key volume { ml } } byNozzle { key count } }
  errors { field code message } } }"""
DAY = """query($s: ID!, $d: Date!) { dayReport(stationId: $s, day: $d) { orders
  dayClose { closedAt closedByName remark orders } } }"""


def today() -> str:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()


async def close(client: GraphQLClient, station: str, *, key: str | None = None, day: str | None = None,
                remark: str | None = "当日营业结束") -> dict[str, Any]:
    result = await client.execute(DAY_CLOSE, {"input": {"stationId": station, "businessDate": day or today(),
                                                        "idempotencyKey": key or uuid.uuid4().hex,
                                                        "remark": remark}})
    return result.data["dayClose"]  # type: ignore[no-any-return]


async def footprint(database: Database, forecourt: Forecourt) -> tuple[int, int]:
    company = forecourt.org.company.id
    async with database.session() as session:
        closes = await session.scalar(select(func.count()).select_from(DayClose).where(DayClose.company_id == company))
        audits = await session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.company_id == company, AuditLog.action == "day.close"))
    return int(closes or 0), int(audits or 0)


@pytest.fixture
async def manager(staff_client: StaffClientFactory, forecourt: Forecourt) -> GraphQLClient:
    return await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])


async def test_closing_the_day_records_its_totals_and_the_report_shows_it_closed(
        pos: Pos, manager: GraphQLClient, database: Database, forecourt: Forecourt) -> None:
    shift = (await pos.open(cash=10_000))["shift"]
    one, a = await pos.fueling(10_000, nozzle=1)
    two, b = await pos.fueling(20_000, nozzle=2)
    await pos.checkout([one], [{"tender": "CASH", "amountFen": a}])
    await pos.checkout([two], [{"tender": "UNIONPAY", "amountFen": b, "reference": "RRN9"}])
    await pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": 10_000 + a + 100, "reason": "顾客多付"})
    before = (await manager.execute(DAY, {"s": pos.station, "d": today()})).data["dayReport"]
    assert before == {"orders": 2, "dayClose": None}

    done = await close(manager, pos.station)

    assert done["errors"] == [] and done["replay"] is False
    record = done["dayClose"]
    assert {k: record[k] for k in ("businessDate", "closedByName", "remark", "shiftCount", "orders", "driveOffs")} == {
        "businessDate": today(), "closedByName": "测试员工", "remark": "当日营业结束", "shiftCount": 1, "orders": 2,
        "driveOffs": 0}
    assert (record["sales"], record["refunds"]) == ({"fen": a + b}, {"fen": 0})
    assert (record["expectedCash"], record["countedCash"], record["overShort"]) == (
        {"fen": 10_000 + a}, {"fen": 10_000 + a + 100}, {"fen": 100})
    assert {r["key"]: (r["count"], int(r["amount"]["fen"])) for r in record["byTender"]} == {
        "现金": (1, a), "银行卡": (1, b)}
    assert {r["key"]: r["count"] for r in record["byNozzle"]} == {"1号枪": 1, "2号枪": 1}
    assert sum(int(r["volume"]["ml"]) for r in record["byGrade"]) == 30_000
    after = (await manager.execute(DAY, {"s": pos.station, "d": today()})).data["dayReport"]
    assert after["dayClose"] == {"closedAt": record["closedAt"], "closedByName": "测试员工", "remark": "当日营业结束",
                                 "orders": 2}
    again = await pos.open()
    assert again["errors"] == [{"field": "stationId", "code": "DAY_CLOSED", "message": "本站今日已日结，不能再开班"}]
    company = forecourt.org.company.id
    async with database.session() as session:
        audit = (await session.scalars(select(AuditLog).where(AuditLog.company_id == company,
                                                              AuditLog.action == "day.close"))).one()
    assert audit.before == {"business_date": today(), "closed": False}
    assert audit.after is not None and audit.after["closed"] is True and audit.after["sales_fen"] == a + b
    assert audit.after["over_short_fen"] == 100 and audit.reason == "当日营业结束"


async def test_a_retry_returns_the_first_close_and_a_changed_body_or_second_close_is_refused(
        manager: GraphQLClient, forecourt: Forecourt, database: Database) -> None:
    station = to_global_id("Station", forecourt.org.stations[0].id)
    key = uuid.uuid4().hex
    results = await asyncio.gather(*(close(manager, station, key=key) for _ in range(5)))
    assert sorted(r["replay"] for r in results) == [False, True, True, True, True]
    assert len({r["dayClose"]["closedAt"] for r in results}) == 1
    changed = await close(manager, station, key=key, remark="另一个备注")
    assert changed == {"replay": False, "dayClose": None, "errors": [
        {"field": "idempotencyKey", "code": "IDEMPOTENCY_CONFLICT", "message": "该幂等键已用于另一次不同的日结"}]}
    second = await close(manager, station)
    assert second["errors"] == [{"field": "businessDate", "code": "ALREADY_CLOSED",
                                 "message": f"{today()} 已日结，不能重复日结"}]
    assert await footprint(database, forecourt) == (1, 1)


async def test_an_open_shift_of_the_day_keeps_it_open(pos: Pos, manager: GraphQLClient, database: Database,
                                                      forecourt: Forecourt) -> None:
    await pos.open()
    refused = await close(manager, pos.station)
    assert refused["errors"] == [{"field": "businessDate", "code": "SHIFT_OPEN",
                                  "message": "第 1 班尚未交班，请先交班再日结"}]
    assert await footprint(database, forecourt) == (0, 0)


async def test_bad_input_names_the_field(manager: GraphQLClient, forecourt: Forecourt, database: Database) -> None:
    station = to_global_id("Station", forecourt.org.stations[0].id)
    tomorrow = (datetime.now(ZoneInfo("Asia/Shanghai")).date() + timedelta(days=1)).isoformat()
    bad = await close(manager, station, key="short", remark="长" * 201)
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [("idempotencyKey", "INVALID"), ("remark", "INVALID")]
    future = await close(manager, station, day=tomorrow)
    assert future["errors"] == [{"field": "businessDate", "code": "INVALID", "message": "不能对未来的日期日结"}]
    assert await footprint(database, forecourt) == (0, 0)


async def test_a_close_never_changes(manager: GraphQLClient, forecourt: Forecourt, database: Database) -> None:
    assert (await close(manager, to_global_id("Station", forecourt.org.stations[0].id)))["errors"] == []
    for statement in ("UPDATE day_closes SET remark = 'x' WHERE company_id = :c",
                      "DELETE FROM day_closes WHERE company_id = :c"):
        with pytest.raises(DBAPIError, match="day_closes never change"):
            async with database.transaction() as session:
                await session.execute(text(statement), {"c": forecourt.org.company.id})
    assert await footprint(database, forecourt) == (1, 1)


async def test_without_a_token_it_is_unauthenticated(client: GraphQLClient, forecourt: Forecourt,
                                                     database: Database) -> None:
    result = await client.execute(DAY_CLOSE, {"input": {
        "stationId": to_global_id("Station", forecourt.org.stations[0].id), "businessDate": today(),
        "idempotencyKey": uuid.uuid4().hex}})
    assert result.error_codes == ["UNAUTHENTICATED"]
    assert await footprint(database, forecourt) == (0, 0)


async def test_a_cashier_cannot_close_the_day(pos: Pos, forecourt: Forecourt, database: Database) -> None:
    result = await pos.cashier.execute(DAY_CLOSE, {"input": {  # a cashier closes shifts, not the day
        "stationId": pos.station, "businessDate": today(), "idempotencyKey": uuid.uuid4().hex}})
    assert result.error_codes == ["FORBIDDEN"]
    assert await footprint(database, forecourt) == (0, 0)


async def test_another_stations_day_is_out_of_reach(staff_client: StaffClientFactory, forecourt: Forecourt,
                                                    database: Database) -> None:
    a, b = forecourt.org.stations
    insider = await staff_client(permissions=[P.MANAGE_SHIFTS, P.VIEW_REPORTS], stations=[a.id])
    result = await insider.execute(DAY_CLOSE, {"input": {
        "stationId": to_global_id("Station", b.id), "businessDate": today(), "idempotencyKey": uuid.uuid4().hex}})
    assert result.error_codes == ["FORBIDDEN"]
    report = await insider.execute(DAY, {"s": to_global_id("Station", b.id), "d": today()})
    assert report.error_codes == ["FORBIDDEN"]
    assert await footprint(database, forecourt) == (0, 0)


async def test_a_shift_opening_while_the_day_closes_gets_in_first_or_not_at_all(
        pos: Pos, manager: GraphQLClient, database: Database, forecourt: Forecourt) -> None:
    opened, closed = await asyncio.gather(pos.open(), close(manager, pos.station))
    if closed["errors"]:
        assert closed["errors"][0]["code"] == "SHIFT_OPEN" and opened["errors"] == []
        assert await footprint(database, forecourt) == (0, 0)
    else:
        assert opened["errors"][0]["code"] == "DAY_CLOSED" and closed["dayClose"]["shiftCount"] == 0
        assert await footprint(database, forecourt) == (1, 1)
