"""Finding a member at the POS by the number of a stored-value card: its holder, a child card's parent's holder,
and nobody for a bearer card, a card reported lost or closed, or another company's card."""

from __future__ import annotations

import uuid

from api.cards.models import Card, CardKind, CardProduct, CardState
from api.core.db import Database
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import make_member
from tests.fixtures.org import Org, make_org

LOOKUP = """query($n: String) { memberLookup(cardNumber: $n) { members { number } errors { field code } } }"""


async def cards(database: Database, company_id: uuid.UUID, holders: dict[str, uuid.UUID | None],
                states: dict[str, CardState] | None = None, parent_of: dict[str, str] | None = None) -> None:
    async with database.transaction() as session:
        product = CardProduct(company_id=company_id, name=f"卡{uuid.uuid4().hex[:6]}", kind=CardKind.PHYSICAL,
                              bonus_tiers=[], grade_codes=[], goods_categories=[], station_ids=[])
        session.add(product)
        await session.flush()
        made: dict[str, Card] = {}
        for number, member_id in holders.items():
            parent = made.get((parent_of or {}).get(number, ""))
            made[number] = Card(company_id=company_id, number=number, product_id=product.id,
                                kind=CardKind.PHYSICAL, member_id=member_id,
                                parent_id=parent.id if parent is not None else None,
                                state=(states or {}).get(number, CardState.ACTIVE))
            session.add(made[number])
            await session.flush()


async def test_a_card_names_its_holder_or_its_parents_holder(staff_client: StaffClientFactory, database: Database,
                                                             settings: Settings, org: Org) -> None:
    holder = await make_member(database, settings, org)
    driver = await make_member(database, settings, org)
    base = str(uuid.uuid4().int)[:12]
    await cards(database, org.company.id,
                {f"{base}01": holder.id, f"{base}02": None, f"{base}03": driver.id, f"{base}04": None,
                 f"{base}05": holder.id, f"{base}06": holder.id},
                states={f"{base}05": CardState.REPORTED_LOST, f"{base}06": CardState.CLOSED},
                parent_of={f"{base}02": f"{base}01"})
    cashier = await staff_client(role_code="cashier", stations=[org.stations[0].id])

    async def found(number: str) -> list[str]:
        answer = (await cashier.execute(LOOKUP, {"n": number})).data["memberLookup"]
        assert answer["errors"] == []
        return [m["number"] for m in answer["members"]]

    assert await found(f"{base}01") == [holder.number]
    assert await found(f"{base}02") == [holder.number]  # a child card without a holder of its own
    assert await found(f"{base}03") == [driver.number]
    assert await found(f"{base}04") == []  # a bearer card
    assert await found(f"{base}05") == [] and await found(f"{base}06") == []  # reported lost, closed
    assert await found(f"{base}99") == []


async def test_another_companys_card_and_a_malformed_number_identify_nobody(
        staff_client: StaffClientFactory, database: Database, settings: Settings, org: Org) -> None:
    other = await make_org(database)
    stranger = await make_member(database, settings, other)
    number = str(uuid.uuid4().int)[:16]
    await cards(database, other.company.id, {number: stranger.id})
    cashier = await staff_client(role_code="cashier", stations=[org.stations[0].id])
    assert (await cashier.execute(LOOKUP, {"n": number})).data["memberLookup"] == {"members": [], "errors": []}
    bad = (await cashier.execute(LOOKUP, {"n": "12AB"})).data["memberLookup"]
    assert bad == {"members": [], "errors": [{"field": "cardNumber", "code": "INVALID"}]}
    two = await cashier.execute("""query { memberLookup(phone: "13800138000", cardNumber: "1234") {
      errors { field code } } }""")
    assert two.data["memberLookup"]["errors"] == [{"field": "cardNumber", "code": "REQUIRED"}]
