"""Spending points: as a checkout tender (rate, minimum, share of the order, too few points refused naming
the field with nothing written), for a gift (idempotent, the three access cases), the expiry job run twice,
and the statement in the same number of statements for 1 and 20 lines."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, select

from api.core.clock import utcnow
from api.core.db import Database
from api.core.ids import to_global_id
from api.ledger import service as ledger
from api.ledger.models import LedgerTransfer
from api.loyalty import points_ledger
from api.loyalty.models import PointsMovement, PointsMovementKind
from api.loyalty.redemption import expire_points
from api.selling.models import Order
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory
from tests.fixtures.pumps import Forecourt
from tests.loyalty.conftest import Ladder, gid, new_member
from tests.selling.pos import CHECKOUT, Pos
from tests.support.sql_counter import StatementCounter

GIFT = """mutation($i: PointsRedeemForGiftInput!) { pointsRedeemForGift(input: $i) { replay
  movement { points balanceAfter description } errors { field code } } }"""
STATEMENT = """query($m: ID!, $n: Int!) { memberPoints(memberId: $m) { balance
  statement(first: $n) { edges { node { kind points balanceAfter description occurredAt } } } } }"""


async def grant(database: Database, company: uuid.UUID, member: uuid.UUID, points: int, *, days_ago: int = 0,
                key: str | None = None) -> None:
    async with database.transaction() as session:
        await points_ledger.move(session, company, member, kind=PointsMovementKind.EARN, points=points,
                                 key=key or f"test:{uuid.uuid4()}", occurred_at=utcnow() - timedelta(days=days_ago),
                                 description="测试积分", field="points")


async def footprint(database: Database, company: uuid.UUID) -> tuple[int, int, int]:
    async with database.session() as session:
        orders = await session.scalar(select(func.count()).select_from(Order).where(Order.company_id == company))
        transfers = await session.scalar(select(func.count()).select_from(LedgerTransfer)
                                         .where(LedgerTransfer.company_id == company))
        movements = await session.scalar(select(func.count()).select_from(PointsMovement)
                                         .where(PointsMovement.company_id == company))
    return int(orders or 0), int(transfers or 0), int(movements or 0)


async def test_points_pay_part_of_an_order_within_the_limits(pos: Pos, ladder: Ladder, database: Database,
                                                             settings: Settings, forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    member = await new_member(database, settings, forecourt)
    await grant(database, company, member.id, 5_000)
    await pos.open()
    fueling, amount = await pos.fueling(20_000)  # ¥146.00, no member price at the base tier

    async def checkout(points_fen: int) -> dict[str, object]:
        result = await pos.cashier.execute(CHECKOUT, {"input": {
            "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [fueling],
            "memberId": gid(member), "tenders": [{"tender": "POINTS", "amountFen": points_fen},
                                                 {"tender": "CASH", "amountFen": amount - points_fen}]}})
        return result.data["checkoutCreate"]  # type: ignore[no-any-return]

    before = await footprint(database, company)
    for fen, field in ((99, "tenders.0.amountFen"),  # 99 points: below the minimum of 100
                       (7_301, "tenders.0.amountFen")):  # more than half of ¥146.00
        refused = await checkout(fen)
        assert [(e["field"], e["code"]) for e in refused["errors"]] == [(field, "INVALID")]
    short = await checkout(6_000)  # within the share, but 6,000 points are more than the 5,000 held
    assert [(e["field"], e["code"]) for e in short["errors"]] == [("tenders.0.amountFen", "INVALID")]
    assert "积分不足" in short["errors"][0]["message"]
    assert await footprint(database, company) == before  # nothing half-written
    paid = await checkout(3_000)
    assert paid["errors"] == [] and paid["order"]["status"] == "PAID"
    async with database.session() as session:
        assert await points_ledger.held(session, company, member.id) == 2_000
        assert await ledger.balance(session, company, "points:redeemed") == -3_000
        assert await ledger.balance(session, company, f"loyalty:redemptions:{forecourt.org.stations[0].id}") == 3_000
        assert await ledger.verify(session) == []


async def test_a_gift_is_exchanged_once_per_key_and_needs_the_station(
        staff_client: StaffClientFactory, ladder: Ladder, database: Database, settings: Settings,
        forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    a, b = forecourt.org.stations
    member = await new_member(database, settings, forecourt)
    await grant(database, company, member.id, 1_000)
    cashier = await staff_client(role_code="cashier", stations=[a.id])
    key = uuid.uuid4().hex
    ask = {"memberId": gid(member), "stationId": to_global_id("Station", a.id), "gift": "洗车券", "points": 600,
           "idempotencyKey": key}
    first = (await cashier.execute(GIFT, {"i": ask})).data["pointsRedeemForGift"]
    again = (await cashier.execute(GIFT, {"i": ask})).data["pointsRedeemForGift"]
    assert first["errors"] == [] and first["replay"] is False and again["replay"] is True
    assert first["movement"] == again["movement"] == {"points": -600, "balanceAfter": 400,
                                                      "description": "兑换礼品：洗车券"}
    changed = (await cashier.execute(GIFT, {"i": {**ask, "points": 300}})).data["pointsRedeemForGift"]
    assert [e["code"] for e in changed["errors"]] == ["IDEMPOTENCY_CONFLICT"]
    too_many = (await cashier.execute(GIFT, {"i": {**ask, "idempotencyKey": uuid.uuid4().hex}})).data
    assert [(e["field"], e["code"]) for e in too_many["pointsRedeemForGift"]["errors"]] == [
        ("points", "INSUFFICIENT_POINTS")]
    before = await footprint(database, company)
    other = {**ask, "stationId": to_global_id("Station", b.id), "idempotencyKey": uuid.uuid4().hex, "points": 1}
    assert (await cashier.execute(GIFT, {"i": other})).error_codes == ["FORBIDDEN"]
    nobody = await staff_client(permissions=[])
    assert (await nobody.execute(GIFT, {"i": {**other, "stationId": ask["stationId"]}})).error_codes == ["FORBIDDEN"]
    assert await footprint(database, company) == before
    async with database.session() as session:
        assert await points_ledger.held(session, company, member.id) == 400


async def test_expiry_takes_what_was_earned_before_the_cutoff_less_what_was_spent_once(
        ladder: Ladder, database: Database, settings: Settings, forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    member = await new_member(database, settings, forecourt)
    await grant(database, company, member.id, 700, days_ago=400)  # validity 365 days: lapsed
    await grant(database, company, member.id, 500, days_ago=10)
    async with database.transaction() as session:
        await points_ledger.move(session, company, member.id, kind=PointsMovementKind.GIFT, points=200,
                                 key="test:gift", occurred_at=utcnow(), description="兑换", field="points")
    for members in (1, 0):  # twice: the second run expires nothing more
        async with database.transaction() as session:
            assert await expire_points(session, company, utcnow()) == members
    async with database.session() as session:
        assert await points_ledger.held(session, company, member.id) == 500  # 700 - 200 spent oldest first lapsed
        assert await ledger.balance(session, company, "points:expired") == -500


EXPIRING = """query($m: ID!) { memberPoints(memberId: $m) { balance expiring expiringBy } }"""


async def test_points_expiring_within_a_month_are_what_that_days_expiry_would_lapse(
        pos: Pos, ladder: Ladder, database: Database, settings: Settings, forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    member = await new_member(database, settings, forecourt)
    await grant(database, company, member.id, 700, days_ago=350)  # validity 365 days: lapses in about 15 days
    await grant(database, company, member.id, 300, days_ago=300)  # in about 65 days: not within the month
    async with database.transaction() as session:
        await points_ledger.move(session, company, member.id, kind=PointsMovementKind.GIFT, points=200,
                                 key=f"test:gift:{uuid.uuid4()}", occurred_at=utcnow(), description="兑换",
                                 field="points")
    answer = (await pos.cashier.execute(EXPIRING, {"m": gid(member)})).data["memberPoints"]
    assert answer["balance"] == 800 and answer["expiring"] == 500  # the 200 spent came from the oldest points
    by = datetime.fromisoformat(answer["expiringBy"])
    assert timedelta(days=29) < by - utcnow() <= timedelta(days=30)
    async with database.transaction() as session:  # the expiry run of that day lapses exactly those points
        assert await expire_points(session, company, by) == 1
    async with database.session() as session:
        assert await points_ledger.held(session, company, member.id) == 300
    answer = (await pos.cashier.execute(EXPIRING, {"m": gid(member)})).data["memberPoints"]
    assert answer["expiring"] == 0


async def test_the_statement_costs_the_same_for_1_and_20_lines(
        pos: Pos, ladder: Ladder, database: Database, settings: Settings, forecourt: Forecourt,
        sql: StatementCounter) -> None:
    company = forecourt.org.company.id
    one = await new_member(database, settings, forecourt)
    twenty = await new_member(database, settings, forecourt)
    await grant(database, company, one.id, 10)
    for _ in range(20):
        await grant(database, company, twenty.id, 10)
    counts = []
    for member, lines in ((one, 1), (twenty, 20)):
        with sql.counting() as counter:
            result = await pos.cashier.execute(STATEMENT, {"m": gid(member), "n": 20})
        assert len(result.data["memberPoints"]["statement"]["edges"]) == lines
        counts.append(counter.count)
    assert counts[0] == counts[1]


async def test_a_member_token_reads_only_its_own_points(member_client: MemberClientFactory, ladder: Ladder,
                                                        database: Database, settings: Settings,
                                                        forecourt: Forecourt) -> None:
    driver = await member_client(in_org=forecourt.org)
    other = await new_member(database, settings, forecourt)
    await grant(database, forecourt.org.company.id, driver.member.id, 30)  # type: ignore[attr-defined]
    own = await driver.execute(STATEMENT, {"m": gid(driver.member), "n": 5})  # type: ignore[attr-defined]
    assert own.data["memberPoints"]["balance"] == 30
    assert (await driver.execute(STATEMENT, {"m": gid(other), "n": 5})).error_codes == ["FORBIDDEN"]
