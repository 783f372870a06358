"""The receipt of a member's order shows the points it earned (once the paid-order event is handled) and
what the member holds; an anonymous order's receipt shows no points."""

from __future__ import annotations

from api.core.db import Database
from api.settings import Settings
from tests.fixtures.pumps import Forecourt
from tests.loyalty.conftest import Ladder, deliver, new_member
from tests.loyalty.test_orders import pay
from tests.selling.pos import Pos

RECEIPT = """query($id: ID!) { node(id: $id) { ... on Order { receipt(width: 32) receiptHtml } } }"""


async def test_the_receipt_shows_the_points_of_the_order(pos: Pos, ladder: Ladder, database: Database,
                                                         settings: Settings, forecourt: Forecourt) -> None:
    member = await new_member(database, settings, forecourt)
    await pos.open()
    fueling, amount = await pos.fueling(20_000)  # ¥146.00: 146 points
    order = await pay(pos, fueling, amount, member)
    before = (await pos.cashier.execute(RECEIPT, {"id": order["id"]})).data["node"]
    assert "积分余额" in before["receipt"] and "本单积分" not in before["receipt"]  # not handled yet
    await deliver(database, order["id"])
    after = (await pos.cashier.execute(RECEIPT, {"id": order["id"]})).data["node"]
    lines = after["receipt"].splitlines()
    assert any(line.startswith("本单积分") and line.endswith("+146") for line in lines)
    assert any(line.startswith("积分余额") and line.endswith("146") for line in lines)
    assert "本单积分" in after["receiptHtml"]
    anonymous_fueling, anonymous_amount = await pos.fueling(10_000)
    plain = await pos.checkout([anonymous_fueling], [{"tender": "CASH", "amountFen": anonymous_amount}])
    receipt = (await pos.cashier.execute(RECEIPT, {"id": plain["order"]["id"]})).data["node"]["receipt"]
    assert "积分" not in receipt
