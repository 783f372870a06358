"""Monthly statements add up to the ledger: opening + what each line moved = closing = the balances now;
orders carry their vehicle and litres; the workbook holds the same figures; a month starts in the station's
time zone; the statement needs VIEW_FLEETS at the fleet's station."""

from __future__ import annotations

import base64
import io
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.fleets.statements import month_range
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.fleets.conftest import PAYMENT, Fleets, key, plate
from tests.fleets.test_on_account import on_account
from tests.selling.pos import Pos

STATEMENT = """query($id: ID!, $month: String!) { fleetStatement(fleetId: $id, month: $month) { month filename xlsx
  opening { prepaid { fen } granted { fen } creditLimit { fen } creditUsed { fen } }
  closing { prepaid { fen } granted { fen } creditLimit { fen } creditUsed { fen } }
  orders { orderNumber stationName plate grades volume { ml } amount { fen } prepaid { fen } granted { fen }
    credit { fen } }
  receipts { kind amount { fen } bankReference } adjustments { kind before { fen } after { fen } approvedBy }
  spent { fen } volume { ml } toppedUp { fen } paid { fen } } }"""


def fen(value: dict[str, Any]) -> int:
    return int(value["fen"])


def test_a_month_begins_at_local_midnight() -> None:
    start, end = month_range("2026-12", ZoneInfo("Asia/Shanghai"))
    assert start.astimezone(ZoneInfo("UTC")).isoformat() == "2026-11-30T16:00:00+00:00"
    assert end.astimezone(ZoneInfo("UTC")).isoformat() == "2026-12-31T16:00:00+00:00"


async def test_the_statement_adds_up_to_the_ledger(pos: Pos, fleets: Fleets, forecourt: Forecourt,
                                                   staff_client: StaffClientFactory) -> None:
    await pos.open()
    fleet = await fleets.create()
    number = plate()
    await fleets.vehicle(fleet["id"], number)
    await fleets.top_up(fleet["id"], 10_000)
    await fleets.adjust(fleet["id"], "GRANTED", 2_000)
    await fleets.adjust(fleet["id"], "CREDIT_LIMIT", 50_000)
    amounts = []
    for volume in (10_000, 20_000):
        fueling, amount = await pos.fueling(volume)
        assert (await on_account(pos, [fueling], amount, plate_number=number))["errors"] == []
        amounts.append(amount)
    paid = (await fleets.manager.execute(PAYMENT, {"input": {
        "fleetId": fleet["id"], "amountFen": 5_000, "bankReference": "B0001", "receivedOn": "2026-12-01",
        "idempotencyKey": key()}})).data["fleetPaymentRecord"]
    assert paid["errors"] == []
    month = datetime.now(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m")
    statement = (await fleets.manager.execute(STATEMENT, {"id": fleet["id"], "month": month})).data["fleetStatement"]
    balances = await fleets.balances(fleet["id"])
    opening, closing = statement["opening"], statement["closing"]
    assert all(fen(v) == 0 for v in opening.values())
    assert {k: fen(v) for k, v in closing.items()} == {k: balances[k] for k in closing}
    orders = statement["orders"]
    assert [(o["plate"], o["grades"], int(o["volume"]["ml"]), fen(o["amount"])) for o in orders] == [
        (number, ["1402"], 10_000, amounts[0]), (number, ["1402"], 20_000, amounts[1])]
    assert fen(statement["spent"]) == sum(amounts) and int(statement["volume"]["ml"]) == 30_000
    prepaid_spent = sum(fen(o["prepaid"]) for o in orders)
    granted_spent = sum(fen(o["granted"]) for o in orders)
    credit_spent = sum(fen(o["credit"]) for o in orders)
    assert prepaid_spent + granted_spent + credit_spent == sum(amounts)
    assert fen(closing["prepaid"]) == fen(opening["prepaid"]) + fen(statement["toppedUp"]) - prepaid_spent
    assert fen(closing["granted"]) == 2_000 - granted_spent
    assert fen(closing["creditUsed"]) == credit_spent - fen(statement["paid"])
    assert [(a["kind"], fen(a["after"])) for a in statement["adjustments"]] == [("GRANTED", 2_000),
                                                                                 ("CREDIT_LIMIT", 50_000)]
    assert [(r["kind"], fen(r["amount"])) for r in statement["receipts"]] == [("TOP_UP", 10_000), ("PAYMENT", 5_000)]
    book = load_workbook(io.BytesIO(base64.b64decode(statement["xlsx"])))
    assert book.sheetnames == ["汇总", "挂账订单", "来款", "调账"]
    rows = list(book["挂账订单"].iter_rows(min_row=2, values_only=True))
    assert [(r[3], r[6]) for r in rows] == [(number, amounts[0] / 100), (number, amounts[1] / 100)]
    assert statement["filename"] == f"fleet-{fleet['number']}-{month}.xlsx"
    later = datetime.now(ZoneInfo("Asia/Shanghai"))
    following = f"{later.year + (later.month == 12)}-{later.month % 12 + 1:02d}"
    next_month = (await fleets.manager.execute(STATEMENT, {"id": fleet["id"], "month": following})).data
    assert next_month["fleetStatement"]["opening"] == closing and next_month["fleetStatement"]["orders"] == []
    bad = await fleets.manager.execute(STATEMENT, {"id": fleet["id"], "month": "2026-13"})
    assert bad.error_codes == ["BAD_USER_INPUT"]
    other_station = await staff_client(permissions=[P.VIEW_FLEETS], stations=[forecourt.org.stations[1].id])
    hidden = await other_station.execute(STATEMENT, {"id": fleet["id"], "month": month})
    assert hidden.data["fleetStatement"] is None
    assert to_global_id("Station", forecourt.org.stations[1].id) not in str(hidden.body)
