"""Points on refunds over the real GraphQL stack: a points payment refunded in parts gives back exactly the
points it redeemed (at its own rate, never more, once per refund key however often the refund is asked);
an order refunded takes back the points it earned in proportion (only what the member still holds, the
rest recorded as the shortfall), once however often the paid event is delivered, whichever comes first;
a voided order gives its points payment back whole and never earns; the ledger stays consistent; the
member's points say what they are worth as a tender."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, update

from api.core.clock import utcnow
from api.core.db import Database
from api.core.ids import from_global_id
from api.ledger import service as ledger
from api.ledger.models import LedgerTransfer
from api.loyalty import points_ledger
from api.loyalty.models import LoyaltyProgram, PointsMovement, PointsMovementKind
from api.loyalty.programme import defaults
from api.loyalty.redemption import redeemable_fen
from api.members.models import Member
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from api.selling import events
from api.selling.models import Payment, PaymentStatus, Tender
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.loyalty.conftest import Ladder, deliver, gid, new_member
from tests.loyalty.test_points import grant
from tests.selling.pos import CHECKOUT, Pos
from tests.selling.test_payment_code import code_tender, merchant  # noqa: F401 (fixture)
from tests.selling.test_refunds import refund
from tests.selling.test_voids import EXPIRED, VOID
from tests.support.graphql import GraphQLClient

POINTS = """query($m: ID!) { memberPoints(memberId: $m) { balance redeemableValue { fen }
  statement(first: 20) { edges { node { kind points balanceAfter shortfall description } } } } }"""
REPORT = """query($a: Date!, $b: Date!) { loyaltyReport(dateFrom: $a, dateTo: $b) {
  months { issued redeemed expired refunded revoked shortfall } } }"""


async def pay(pos: Pos, member: Member, volume_ml: int, points_fen: int = 0) -> dict[str, Any]:
    """An order of `volume_ml` for `member`, `points_fen` of it paid with points and the rest in cash."""
    fueling, amount = await pos.fueling(volume_ml)
    tenders = ([{"tender": "POINTS", "amountFen": points_fen}] if points_fen else []) + [
        {"tender": "CASH", "amountFen": amount - points_fen}]
    result = await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [fueling],
        "memberId": gid(member), "tenders": tenders}})
    payload = result.data["checkoutCreate"]
    assert payload["errors"] == [], payload["errors"]
    return payload["order"]  # type: ignore[no-any-return]


def payment(order: dict[str, Any], tender: str) -> str:
    return next(p["id"] for p in order["payments"] if p["tender"] == tender)  # type: ignore[no-any-return]


async def supervisor(staff_client: StaffClientFactory, forecourt: Forecourt) -> GraphQLClient:
    return await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])


async def points_of(pos: Pos, member: Member) -> dict[str, Any]:
    return (await pos.cashier.execute(POINTS, {"m": gid(member)})).data["memberPoints"]  # type: ignore[no-any-return]


async def report(client: GraphQLClient) -> list[dict[str, int]]:
    today = utcnow().date()
    result = await client.execute(REPORT, {"a": (today - timedelta(days=40)).isoformat(),
                                           "b": (today + timedelta(days=1)).isoformat()})
    return result.data["loyaltyReport"]["months"]  # type: ignore[no-any-return]


async def movements(database: Database, member: Member, kind: PointsMovementKind) -> list[PointsMovement]:
    async with database.session() as session:
        return list((await session.scalars(select(PointsMovement).where(
            PointsMovement.member_id == member.id, PointsMovement.kind == kind)
            .order_by(PointsMovement.created_at, PointsMovement.id))).all())


async def healthy(database: Database, company: uuid.UUID) -> None:
    """The ledger's invariants, and the points' zero sum: issued == held + redeemed + expired."""
    async with database.session() as session:
        assert await ledger.verify(session) == []
        held = int(await session.scalar(select(func.coalesce(func.sum(PointsMovement.points), 0))
                                        .where(PointsMovement.company_id == company)) or 0)
        balances = {code: await ledger.balance(session, company, code)
                    for code in (points_ledger.ISSUED, points_ledger.REDEEMED, points_ledger.EXPIRED)}
    assert balances[points_ledger.ISSUED] == held - balances[points_ledger.REDEEMED] - balances[points_ledger.EXPIRED]


async def test_a_points_payment_refunded_in_parts_gives_back_exactly_what_it_redeemed_once_per_key(
        pos: Pos, ladder: Ladder, staff_client: StaffClientFactory, database: Database, settings: Settings,
        forecourt: Forecourt) -> None:
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    async with database.transaction() as session:  # 150 points = ¥1: a fen is 1.5 points
        await session.execute(update(LoyaltyProgram).where(LoyaltyProgram.company_id == company)
                              .values(redeem_points_per_yuan=150))
    member = await new_member(database, settings, forecourt)
    await grant(database, company, member.id, 20_000)
    await pos.open()
    order = await pay(pos, member, 20_000, points_fen=3_333)  # ¥146.00; ¥33.33 by 5,000 points (4,999.5 up)
    await deliver(database, order["id"])  # earned on the ¥112.67 paid in cash: 112 points
    assert (await points_of(pos, member))["balance"] == 20_000 - 5_000 + 112
    async with database.transaction() as session:  # a later rate changes nothing of this payment's refunds
        await session.execute(update(LoyaltyProgram).where(LoyaltyProgram.company_id == company)
                              .values(redeem_points_per_yuan=1_000))
    boss, paid_by_points = await supervisor(staff_client, forecourt), payment(order, "POINTS")
    key = uuid.uuid4().hex
    first = await asyncio.gather(*(refund(boss, paid_by_points, 1, key=key) for _ in range(5)))  # 1.5 points
    assert sorted(r["replay"] for r in first) == [False] + [True] * 4
    assert len({str(r["refund"]) for r in first}) == 1  # the same answer each time
    assert first[0]["errors"] == [] and first[0]["refund"]["status"] == "SUCCEEDED"
    second = await refund(boss, paid_by_points, 1_000)  # 1,501.5 in all, less the 1 given: 1,500
    assert (await refund(boss, paid_by_points, 1_000, key=key))["errors"][0]["code"] == "IDEMPOTENCY_CONFLICT"
    rest = await refund(boss, paid_by_points, 3_333 - 1_001, reason="整单退款")
    assert second["errors"] == rest["errors"] == []
    given = [m.points for m in await movements(database, member, PointsMovementKind.REFUND)]
    assert given == [1, 1_500, 3_499] and sum(given) == 5_000  # exactly what the payment redeemed
    assert (await refund(boss, paid_by_points, 1))["errors"][0]["code"] == "TOO_MUCH"
    assert await movements(database, member, PointsMovementKind.REVOKE) == []  # the points part earned nothing
    statement = (await points_of(pos, member))["statement"]["edges"]
    assert statement[0]["node"] == {"kind": "REFUND", "points": 3_499, "balanceAfter": 20_112, "shortfall": 0,
                                    "description": f"退款退回积分 {order['number']}"}
    async with database.session() as session:
        assert await points_ledger.held(session, company, member.id) == 20_112
        assert await ledger.balance(session, company, points_ledger.REDEEMED) == 0
        assert await ledger.balance(session, company, f"loyalty:redemptions:{station}") == 0  # owes the station 0
        transfers = await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.company_id == company, LedgerTransfer.kind == "points_refund"))
    assert transfers == 3  # one per refund, the replays gave nothing
    cash = await refund(boss, payment(order, "CASH"), 14_600 - 3_333)
    assert cash["order"]["status"] == "REFUNDED"
    assert [m.points for m in await movements(database, member, PointsMovementKind.REVOKE)] == [-112]
    await healthy(database, company)


async def test_earned_points_are_taken_back_in_proportion_once_however_often_the_event_comes(
        pos: Pos, ladder: Ladder, staff_client: StaffClientFactory, database: Database, settings: Settings,
        forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    member = await new_member(database, settings, forecourt)
    await pos.open()
    order = await pay(pos, member, 20_000)  # ¥146.00 in cash: 146 points
    await deliver(database, order["id"], times=2)
    boss, cash = await supervisor(staff_client, forecourt), payment(order, "CASH")
    key = uuid.uuid4().hex
    part = await asyncio.gather(*(refund(boss, cash, 3_333, key=key) for _ in range(2)))  # 33.33 points
    assert sorted(r["replay"] for r in part) == [False, True]
    await deliver(database, order["id"], times=2)  # the paid event again: nothing more
    assert (await points_of(pos, member))["balance"] == 146 - 33
    await refund(boss, cash, 3_333)  # 66.66 in all: 33 more
    await refund(boss, cash, 14_600 - 6_666)  # everything: all 146 taken back, never more
    taken = [m.points for m in await movements(database, member, PointsMovementKind.REVOKE)]
    assert taken == [-33, -33, -80] and sum(taken) == -146
    await deliver(database, order["id"])
    assert (await points_of(pos, member))["balance"] == 0
    months = await report(boss)
    assert sum(m["revoked"] for m in months) == 146 and sum(m["issued"] for m in months) == 146
    await healthy(database, company)


async def test_a_member_who_spent_the_points_gives_back_what_is_held_and_the_shortfall_is_recorded(
        pos: Pos, ladder: Ladder, staff_client: StaffClientFactory, database: Database, settings: Settings,
        forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    member = await new_member(database, settings, forecourt)
    await pos.open()
    order = await pay(pos, member, 20_000)  # 146 points
    await deliver(database, order["id"])
    async with database.transaction() as session:  # 100 of them spent on a gift: 46 held
        await points_ledger.move(session, company, member.id, kind=PointsMovementKind.GIFT, points=100,
                                 key=f"test:{uuid.uuid4()}", occurred_at=utcnow(), description="洗车", field="points")
    boss, cash = await supervisor(staff_client, forecourt), payment(order, "CASH")
    half = await refund(boss, cash, 7_300)  # 73 due, 46 held
    assert half["errors"] == [] and half["order"]["status"] == "PARTIALLY_REFUNDED"
    await refund(boss, cash, 7_300)  # 73 more due, nothing held: a line with no transfer
    lines = [(m.points, m.shortfall, m.balance_after, m.transfer_id is None)
             for m in await movements(database, member, PointsMovementKind.REVOKE)]
    assert lines == [(-46, 27, 0, False), (0, 73, 0, True)]
    statement = [e["node"] for e in (await points_of(pos, member))["statement"]["edges"]]
    assert [(n["kind"], n["points"], n["shortfall"]) for n in statement[:2]] == [("REVOKE", 0, 73), ("REVOKE", -46, 27)]
    assert statement[0]["description"] == f"退款扣回积分 {order['number']}（73 分已使用未扣回）"
    months = await report(boss)
    assert (sum(m["revoked"] for m in months), sum(m["shortfall"] for m in months)) == (46, 100)
    await healthy(database, company)
    async with database.session() as session:
        assert await points_ledger.held(session, company, member.id) == 0


async def test_an_order_refunded_before_its_points_were_awarded_is_counted_once(
        pos: Pos, ladder: Ladder, staff_client: StaffClientFactory, database: Database, settings: Settings,
        forecourt: Forecourt) -> None:
    company = forecourt.org.company.id
    member = await new_member(database, settings, forecourt)
    await pos.open()
    boss = await supervisor(staff_client, forecourt)
    partly = await pay(pos, member, 20_000)
    await refund(boss, payment(partly, "CASH"), 4_600)  # before the worker awarded its 146 points
    await deliver(database, partly["id"], times=2)  # awarded, and 46 taken back at once
    assert (await points_of(pos, member))["balance"] == 100
    await refund(boss, payment(partly, "CASH"), 10_000)
    assert (await points_of(pos, member))["balance"] == 0
    whole = await pay(pos, member, 10_000)
    await refund(boss, payment(whole, "CASH"), 7_300)  # all of it: earns nothing
    await deliver(database, whole["id"])
    assert (await points_of(pos, member))["balance"] == 0
    assert [m.points for m in await movements(database, member, PointsMovementKind.EARN)] == [146]
    await healthy(database, company)


async def test_the_points_say_what_they_pay_as_a_tender(pos: Pos, ladder: Ladder, database: Database,
                                                         settings: Settings, forecourt: Forecourt) -> None:
    program = defaults(forecourt.org.company.id)
    program.redeem_points_per_yuan, program.redeem_min_points = 150, 100
    assert [redeemable_fen(p, program) for p in (0, 99, 100, 101, 20_000, 20_001)] == [0, 0, 0, 67, 13_333, 13_334]
    member = await new_member(database, settings, forecourt)
    await grant(database, forecourt.org.company.id, member.id, 12_345)
    assert (await points_of(pos, member))["redeemableValue"] == {"fen": 12_345}  # 100 points = ¥1, at least 100


async def test_a_voided_order_gives_its_points_payment_back_whole_and_earns_nothing(
        pos: Pos, ladder: Ladder, merchant: FakeWeChatPay, staff_client: StaffClientFactory,  # noqa: F811
        database: Database, settings: Settings, forecourt: Forecourt) -> None:
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    member = await new_member(database, settings, forecourt)
    await grant(database, company, member.id, 5_000)
    await pos.open()
    fueling, amount = await pos.fueling(10_000)  # ¥73.00: ¥10.00 by 1,000 points, the rest by a code that expired
    result = await pos.cashier.execute(CHECKOUT, {"input": {
        "stationId": pos.station, "idempotencyKey": uuid.uuid4().hex, "fuelingIds": [fueling],
        "memberId": gid(member), "tenders": [{"tender": "POINTS", "amountFen": 1_000},
                                             code_tender(amount - 1_000, EXPIRED)]}})
    order = result.data["checkoutCreate"]["order"]
    assert order["status"] == "AWAITING_PAYMENT" and (await points_of(pos, member))["balance"] == 4_000
    boss = await supervisor(staff_client, forecourt)
    voided = (await boss.execute(VOID, {"id": order["id"], "reason": "付款码过期"})).data["orderVoid"]
    assert voided == {"order": {"status": "VOIDED"}, "errors": []}
    again = (await boss.execute(VOID, {"id": order["id"], "reason": "付款码过期"})).data["orderVoid"]
    assert again["errors"][0]["code"] == "NOT_VOIDABLE"
    _, order_id = from_global_id(order["id"], "Order")
    async with database.session() as session:
        statuses = dict((await session.execute(select(Payment.tender, Payment.status)
                                               .where(Payment.order_id == order_id))).all())
    assert statuses == {Tender.POINTS: PaymentStatus.CLOSED, Tender.WECHAT: PaymentStatus.FAILED}
    await events.order_paid(database.transaction, order_id)  # a stray paid event: a voided order earns nothing
    statement = [e["node"] for e in (await points_of(pos, member))["statement"]["edges"]]
    assert [(n["kind"], n["points"], n["balanceAfter"]) for n in statement[:2]] == [("REFUND", 1_000, 5_000),
                                                                                   ("REDEEM", -1_000, 4_000)]
    assert statement[0]["description"] == f"作废退回积分 {order['number']}"
    async with database.session() as session:
        for code in (f"receivable:{station}", f"loyalty:redemptions:{station}", f"revenue:fuel:1402:{station}",
                     points_ledger.REDEEMED):
            assert await ledger.balance(session, company, code) == 0, code
    await healthy(database, company)
    paid = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}])  # the fueling is free again
    assert paid["order"]["status"] == "PAID"
