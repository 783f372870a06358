"""Paying with a card at checkout (`checkoutCreate` with a CARD tender): the card pays principal first,
then bonus; each refusal names its field and leaves nothing written (no order, the card untouched):
per-transaction limit, password above the threshold, another station, a frozen card."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from api.core.db import Database
from api.selling.models import Order
from tests.cards.conftest import Cards
from tests.fixtures.pumps import Forecourt

FREEZE = """mutation($id: ID!) { cardFreeze(input: {id: $id}) { card { state } errors { code } } }"""


async def _orders(database: Database, forecourt: Forecourt) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(Order).where(
            Order.company_id == forecourt.org.company.id)) or 0)


def _refused(result: dict, field: str) -> None:  # type: ignore[type-arg]
    assert [e["field"] for e in result["errors"]] == [field], result["errors"]


async def test_a_card_pays_and_each_refusal_names_its_field(cards: Cards, forecourt: Forecourt,
                                                            database: Database) -> None:
    pos = cards.pos
    await pos.open()
    card = await cards.card(perTransactionLimitFen=30_000, passwordAboveFen=20_000)
    await cards.top_up(card["id"], 50_000)  # 500 principal + 50 bonus
    fueling, amount = await pos.fueling(10_000)  # about ¥70
    before = await _orders(database, forecourt)

    def tender(fen: int, **extra: str) -> list[dict]:  # type: ignore[type-arg]
        return [{"tender": "CARD", "amountFen": fen, "reference": card["number"], **extra}]

    big, big_amount = await pos.fueling(50_000)
    _refused(await pos.checkout([big], tender(big_amount)), "tenders.0.amountFen")
    middle, middle_amount = await pos.fueling(30_000)
    assert 20_000 < middle_amount <= 30_000
    _refused(await pos.checkout([middle], tender(middle_amount)), "tenders.0.password")
    _refused(await pos.checkout([middle], tender(middle_amount, password="135790")), "tenders.0.password")
    unknown = [{"tender": "CARD", "amountFen": amount, "reference": "99999999"}]
    _refused(await pos.checkout([fueling], unknown), "tenders.0.reference")
    assert await _orders(database, forecourt) == before
    assert (await cards.get(card["id"]))["balance"]["total"]["fen"] == 55_000

    paid = await pos.checkout([fueling], tender(amount), key=uuid.uuid4().hex)
    assert paid["errors"] == [] and paid["order"]["status"] == "PAID"
    after = await cards.get(card["id"])
    assert after["balance"] == {"principal": {"fen": 50_000 - amount}, "bonus": {"fen": 5_000},
                                "total": {"fen": 55_000 - amount}}
    assert after["spent"]["fen"] == amount

    frozen = (await cards.admin.execute(FREEZE, {"id": card["id"]})).data["cardFreeze"]
    assert frozen == {"card": {"state": "FROZEN"}, "errors": []}
    other, other_amount = await pos.fueling(5_000)
    refused = await pos.checkout([other], tender(other_amount))
    _refused(refused, "tenders.0.reference")
    assert "冻结" in refused["errors"][0]["message"]


async def test_a_card_of_other_stations_is_refused_here(cards: Cards, forecourt: Forecourt) -> None:
    await cards.pos.open()
    elsewhere = forecourt.org.stations[1].id
    from api.core.ids import to_global_id

    card = await cards.card(stationIds=[to_global_id("Station", elsewhere)])
    await cards.top_up(card["id"], 10_000)
    fueling, amount = await cards.pos.fueling(5_000)
    refused = await cards.pos.checkout([fueling], [{"tender": "CARD", "amountFen": amount,
                                                    "reference": card["number"]}])
    _refused(refused, "tenders.0.reference")
    assert refused["errors"][0]["message"] == "该卡不能在本站使用"
    assert (await cards.get(card["id"]))["spent"]["fen"] == 0
