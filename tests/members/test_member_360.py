"""The member 360° view's fields: a member's cards, tier progress and certification, and its orders through the
order list. Staff need VIEW_MEMBERS (a member sees only itself); the window's figures need company-wide
VIEW_ORDERS; a station-scoped user sees the member's company-wide standing but only its own stations' orders;
the member list with every new field costs the same statements for 1 and 20 members."""

from __future__ import annotations

import itertools
import uuid
from datetime import timedelta

from api.cards.models import Card, CardKind, CardProduct
from api.core.clock import utcnow
from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.identity.models import StaffUser
from api.loyalty.models import Certification, CertificationStatus, LoyaltyProgram, MemberTier, Tier
from api.loyalty.tiers import Figures, distance
from api.members.models import Member
from api.selling.models import Order, OrderLine, OrderStatus, Shift, ShiftStatus
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory, make_member
from tests.fixtures.org import Org, make_org
from tests.support.sql_counter import StatementCounter

VIEW = """query($id: ID!) { member(id: $id) { number
  cards { number state balance { total { fen } } }
  tierProgress { tier { name } nextTier { name } windowDays spend { fen } volume { ml }
                 spendToNext { fen } volumeToNext { ml } progressPct }
  certification { status platform plate certified } } }"""
ORDERS = """query($m: [ID!]) { orders(first: 20, filter: {memberIds: $m}) { totalCount
  edges { node { number station { name } payable { fen } } } } }"""
SHIFTS = itertools.count(1)
LIST = """query($n: Int!) { members(first: $n) { edges { node { number
  cards { number balance { total { fen } } product { name } }
  tierProgress { tier { name } nextTier { name } spend { fen } progressPct }
  certification { status certified } } } } }"""


async def _ladder(database: Database, org: Org) -> tuple[Tier, Tier]:
    company = org.company.id
    async with database.transaction() as session:
        base = Tier(company_id=company, name="普通", rank=0, points_multiplier_pct=100, grade_discounts={})
        silver = Tier(company_id=company, name="银卡", rank=1, min_spend_fen=30_000, min_volume_ml=100_000,
                      points_multiplier_pct=150, grade_discounts={})
        session.add_all([base, silver])
        session.add(LoyaltyProgram(company_id=company, tier_window_days=365, points_validity_days=365,
                                   redeem_points_per_yuan=100, redeem_min_points=100, redeem_max_share_pct=50,
                                   certified_discounts={}, certified_stacks=False))
    return base, silver


async def _paid_orders(database: Database, org: Org, member: Member, per_station: list[int]) -> list[str]:
    """One paid order of `fen` (with 10 L of 92#) at each station in turn; their numbers."""
    numbers = []
    async with database.transaction() as session:
        cashier = StaffUser(company_id=org.company.id, username=f"u{uuid.uuid4().hex[:8]}", name="收银员",
                            password_hash="x")
        session.add(cashier)
        await session.flush()
        for station, fen in zip(org.stations, per_station, strict=False):
            shift = Shift(company_id=org.company.id, station_id=station.id, number=next(SHIFTS), status=ShiftStatus.CLOSED,
                          cashier_id=cashier.id, opened_at=utcnow(), opening_float_fen=0)
            session.add(shift)
            await session.flush()
            number = f"{station.code}-{uuid.uuid4().hex[:8]}"
            order = Order(company_id=org.company.id, station_id=station.id, shift_id=shift.id, cashier_id=cashier.id,
                          number=number, status=OrderStatus.PAID, total_fen=fen, payable_fen=fen, member_id=member.id,
                          paid_at=utcnow() - timedelta(days=1), idempotency_key=uuid.uuid4().hex, request_hash="x")
            session.add(order)
            await session.flush()
            session.add(OrderLine(company_id=org.company.id, station_id=station.id, order_id=order.id,
                                  description="1号枪 92# 10.00 L", grade_code="1402", quantity_ml=10_000,
                                  unit_price_fen=730, amount_fen=fen))
            numbers.append(number)
    return numbers


async def _card(database: Database, org: Org, member: Member | None) -> Card:
    async with database.transaction() as session:
        product = CardProduct(company_id=org.company.id, name=f"加油卡{uuid.uuid4().hex[:6]}", kind=CardKind.VIRTUAL,
                              named=True, bonus_tiers=[], grade_codes=[], goods_categories=[], station_ids=[])
        session.add(product)
        await session.flush()
        card = Card(company_id=org.company.id, number=str(uuid.uuid4().int)[:16], product_id=product.id,
                    kind=CardKind.VIRTUAL, member_id=member.id if member else None)
        session.add(card)
    return card


async def _certify(database: Database, org: Org, member: Member, *statuses: CertificationStatus) -> None:
    """Requests of `member`, oldest first, in these states."""
    async with database.transaction() as session:
        for i, status in enumerate(statuses):
            session.add(Certification(company_id=org.company.id, member_id=member.id, platform="滴滴出行",
                                      plate="川A12345", status=status,
                                      created_at=utcnow() - timedelta(hours=len(statuses) - i)))


async def test_the_360_fields_show_cards_tier_progress_and_certification(
        staff_client: StaffClientFactory, database: Database, settings: Settings, org: Org) -> None:
    await _ladder(database, org)
    member = await make_member(database, settings, org, name="王师傅")
    card = await _card(database, org, member)
    await _card(database, org, None)  # a bearer card is nobody's
    await _paid_orders(database, org, member, [10_000, 5_000])
    await _certify(database, org, member, CertificationStatus.APPROVED, CertificationStatus.REJECTED,
                   CertificationStatus.PENDING)
    manager = await staff_client(permissions=[P.VIEW_MEMBERS, P.VIEW_ORDERS])
    got = (await manager.execute(VIEW, {"id": to_global_id("Member", member.id)})).data["member"]
    assert got["cards"] == [{"number": card.number, "state": "ACTIVE", "balance": {"total": {"fen": 0}}}]
    # ¥150 and 20 L of ¥300 or 100 L: the nearer threshold is the spend's half
    assert got["tierProgress"] == {"tier": {"name": "普通"}, "nextTier": {"name": "银卡"}, "windowDays": 365,
                                   "spend": {"fen": 15_000}, "volume": {"ml": 20_000},
                                   "spendToNext": {"fen": 15_000}, "volumeToNext": {"ml": 80_000}, "progressPct": 50}
    assert got["certification"] == {"status": "PENDING", "platform": "滴滴出行", "plate": "川A12345",
                                    "certified": True}


async def test_a_placed_member_at_the_top_and_one_without_anything(
        staff_client: StaffClientFactory, database: Database, settings: Settings, org: Org) -> None:
    _, silver = await _ladder(database, org)
    top = await make_member(database, settings, org)
    plain = await make_member(database, settings, org)
    async with database.transaction() as session:
        session.add(MemberTier(company_id=org.company.id, member_id=top.id, tier_id=silver.id))
    manager = await staff_client(permissions=[P.VIEW_MEMBERS, P.VIEW_ORDERS])
    got = (await manager.execute(VIEW, {"id": to_global_id("Member", top.id)})).data["member"]
    assert got["tierProgress"]["tier"] == {"name": "银卡"}
    assert got["tierProgress"]["nextTier"] is None and got["tierProgress"]["progressPct"] == 100
    assert got["tierProgress"]["spendToNext"] is None
    got = (await manager.execute(VIEW, {"id": to_global_id("Member", plain.id)})).data["member"]
    assert got["cards"] == [] and got["certification"] is None
    assert got["tierProgress"]["spend"] == {"fen": 0} and got["tierProgress"]["progressPct"] == 0


def test_progress_is_by_the_threshold_nearest_to_being_met() -> None:
    tier = Tier(name="金卡", rank=2, min_spend_fen=100_000, min_volume_ml=200_000)
    assert distance(tier, Figures(25_000, 150_000)) == (75_000, 50_000, 75)
    assert distance(tier, Figures(250_000, 0)) == (0, 200_000, 100)
    assert distance(Tier(name="普通", rank=0), Figures(0, 0)) == (None, None, 100)
    assert distance(None, Figures(0, 0)) == (None, None, 100)


async def test_a_station_scoped_user_sees_the_standing_but_not_other_stations(
        staff_client: StaffClientFactory, database: Database, settings: Settings, org: Org) -> None:
    await _ladder(database, org)
    member = await make_member(database, settings, org)
    card = await _card(database, org, member)
    first, _ = await _paid_orders(database, org, member, [10_000, 5_000])
    await _certify(database, org, member, CertificationStatus.PENDING)
    local = await staff_client(permissions=[P.VIEW_MEMBERS, P.VIEW_ORDERS], stations=[org.stations[0].id])
    gid = to_global_id("Member", member.id)
    got = (await local.execute(VIEW, {"id": gid})).data["member"]
    # the company-wide holdings and standing, without the figures of what was bought at other stations
    assert [c["number"] for c in got["cards"]] == [card.number]
    assert got["certification"]["status"] == "PENDING"
    assert got["tierProgress"]["tier"] == {"name": "普通"} and got["tierProgress"]["nextTier"] == {"name": "银卡"}
    assert [got["tierProgress"][k] for k in ("spend", "volume", "spendToNext", "volumeToNext", "progressPct")] == [
        None] * 5
    orders = (await local.execute(ORDERS, {"m": [gid]})).data["orders"]
    assert orders["totalCount"] == 1
    assert [(e["node"]["number"], e["node"]["payable"]["fen"]) for e in orders["edges"]] == [(first, 10_000)]
    everywhere = await staff_client(permissions=[P.VIEW_MEMBERS, P.VIEW_ORDERS])
    assert (await everywhere.execute(ORDERS, {"m": [gid]})).data["orders"]["totalCount"] == 2


async def test_the_fields_need_view_members_or_the_member_itself(
        staff_client: StaffClientFactory, member_client: MemberClientFactory, database: Database,
        settings: Settings, org: Org) -> None:
    await _ladder(database, org)
    member = await make_member(database, settings, org)
    await _card(database, org, member)
    await _paid_orders(database, org, member, [10_000])
    # an order clerk reaches the member through the order, but not its cards, standing or certification
    clerk = await staff_client(permissions=[P.VIEW_ORDERS])
    for field in ("cards { number }", "tierProgress { windowDays }", "certification { status }"):
        response = await clerk.execute("query($m: [ID!]) { orders(first: 1, filter: {memberIds: $m}) { edges { node {"
                                       f" member {{ number {field} }} }} }} }} }}",
                                       {"m": [to_global_id("Member", member.id)]})
        assert response.error_codes == ["FORBIDDEN"], response.body
    # a member sees its own standing (without the window's figures) and no one else's
    driver = await member_client()
    own = await driver.execute("{ memberViewer { cards { number } certification { status } "
                               "tierProgress { tier { name } spend { fen } } } }")
    assert own.data["memberViewer"] == {"cards": [], "certification": None,
                                        "tierProgress": {"tier": {"name": "普通"}, "spend": None}}


async def test_the_list_with_the_360_fields_costs_the_same_for_1_and_20(
        staff_client: StaffClientFactory, database: Database, settings: Settings, sql: StatementCounter) -> None:
    big = await make_org(database)
    _, silver = await _ladder(database, big)
    for i in range(20):
        member = await make_member(database, settings, big)
        await _card(database, big, member)
        await _paid_orders(database, big, member, [1_000 * (i + 1)])
        await _certify(database, big, member, CertificationStatus.PENDING)
        if i % 2:
            async with database.transaction() as session:
                session.add(MemberTier(company_id=big.company.id, member_id=member.id, tier_id=silver.id))
    admin = await staff_client(permissions=list(P), in_org=big)

    async def count(n: int) -> int:
        with sql.counting():
            response = await admin.execute(LIST, {"n": n})
        assert len(response.data["members"]["edges"]) == n, response.body
        assert all(e["node"]["cards"] and e["node"]["certification"] for e in response.data["members"]["edges"])
        return sql.count

    assert await count(1) == await count(20)
