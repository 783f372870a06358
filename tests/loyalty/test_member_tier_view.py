"""A member's tier page: with a member token the tier reports the window's spend and fuel, whether they still
keep the tier, and what the next tier up asks (what is left of each threshold); at the top there is no next
tier; another credential gets no progress, and another member's orders do not count."""

from __future__ import annotations

from sqlalchemy import delete

from api.core.db import Database
from api.core.permissions import Permission
from api.loyalty.models import MemberTier
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory
from tests.fixtures.pumps import Forecourt
from tests.loyalty.conftest import Ladder, deliver, gid, new_member
from tests.loyalty.test_orders import pay
from tests.selling.pos import Pos

VIEW = """query($m: ID!) { memberPoints(memberId: $m) { tier { name progress { windowDays spend { fen }
  volume { ml } keeps nextTier { name pointsMultiplierPct gradeDiscounts { gradeCode perLitre { fen } } }
  spendToNext { fen } volumeToNext { ml } } } } }"""


async def place(database: Database, forecourt: Forecourt, member_id: object, tier: object) -> None:
    async with database.transaction() as session:
        await session.execute(delete(MemberTier).where(MemberTier.member_id == member_id))
        session.add(MemberTier(company_id=forecourt.org.company.id, member_id=member_id, tier_id=tier))


async def test_the_tier_shows_the_window_figures_and_what_the_next_tier_asks(
        member_client: MemberClientFactory, pos: Pos, ladder: Ladder, database: Database, settings: Settings,
        forecourt: Forecourt) -> None:
    driver = await member_client(in_org=forecourt.org)
    me = gid(driver.member)  # type: ignore[attr-defined]
    fresh = (await driver.execute(VIEW, {"m": me})).data["memberPoints"]["tier"]
    assert fresh["name"] == "普通"
    assert fresh["progress"] == {
        "windowDays": 365, "spend": {"fen": 0}, "volume": {"ml": 0}, "keeps": True,
        "nextTier": {"name": "银卡", "pointsMultiplierPct": 150, "gradeDiscounts": [{"gradeCode": "1402",
                                                                                  "perLitre": {"fen": 20}}]},
        "spendToNext": {"fen": 30000}, "volumeToNext": None}

    await pos.open()
    fueling, amount = await pos.fueling(20_000)  # 20 L: ¥146.00
    order = await pay(pos, fueling, amount, driver.member)  # type: ignore[attr-defined]
    await deliver(database, order["id"])
    other = await new_member(database, settings, forecourt)  # someone else's fueling does not count
    fueling, amount = await pos.fueling(10_000)
    await pay(pos, fueling, amount, other)
    progress = (await driver.execute(VIEW, {"m": me})).data["memberPoints"]["tier"]["progress"]
    assert (progress["spend"], progress["volume"]) == ({"fen": 14600}, {"ml": 20000})
    assert progress["spendToNext"] == {"fen": 15400} and progress["nextTier"]["name"] == "银卡"

    # placed in 银卡 while the window holds ¥146: the review would move it down; 金卡 asks ¥1,000 or 200 L
    await place(database, forecourt, driver.member.id, ladder.silver.id)  # type: ignore[attr-defined]
    silver = (await driver.execute(VIEW, {"m": me})).data["memberPoints"]["tier"]
    assert silver["name"] == "银卡"
    assert silver["progress"]["keeps"] is False
    assert silver["progress"]["nextTier"]["name"] == "金卡"
    assert silver["progress"]["spendToNext"] == {"fen": 85400}
    assert silver["progress"]["volumeToNext"] == {"ml": 180000}

    await place(database, forecourt, driver.member.id, ladder.gold.id)  # type: ignore[attr-defined]
    top = (await driver.execute(VIEW, {"m": me})).data["memberPoints"]["tier"]["progress"]
    assert top["nextTier"] is None and top["spendToNext"] is None and top["volumeToNext"] is None
    assert top["spend"] == {"fen": 14600}


async def test_staff_see_the_tier_without_a_members_progress(staff_client: StaffClientFactory, ladder: Ladder,
                                                             database: Database, settings: Settings,
                                                             forecourt: Forecourt) -> None:
    member = await new_member(database, settings, forecourt)
    manager = await staff_client(permissions=[Permission.VIEW_MEMBERS])
    tier = (await manager.execute(VIEW, {"m": gid(member)})).data["memberPoints"]["tier"]
    assert tier == {"name": "普通", "progress": None}
