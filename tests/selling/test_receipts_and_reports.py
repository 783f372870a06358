"""Receipts laid out for 58/80 mm printers (a Chinese character is two columns) and as ESC/POS bytes; the
shift report on screen and as an Excel workbook; the day report over the local day's shifts."""

from __future__ import annotations

import base64
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from api.core.permissions import Permission as P
from api.selling.receipts import columns
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import CLOSE, Pos

RECEIPT = """query($id: ID!, $w: Int!) { node(id: $id) { ... on Order { receipt(width: $w) receiptEscpos(width: $w) } } }"""
REPORT = """query($id: ID!) { shiftReport(shiftId: $id) { title orders sales { fen } drive_offs: driveOffs
  byTender { key count amount { fen } } byGrade { key count volume { ml } amount { fen } }
  byNozzle { key count } xlsx } }"""
DAY = """query($s: ID!, $d: Date!) { dayReport(stationId: $s, day: $d) { title orders shifts { number } } }"""


async def test_a_receipt_fits_the_paper_and_prints_as_escpos(pos: Pos) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(20_550)
    order = (await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount, "givenFen": 20_000}]))["order"]
    for width in (32, 48):
        node = (await pos.cashier.execute(RECEIPT, {"id": order["id"], "w": width})).data["node"]
        lines = node["receipt"].splitlines()
        assert all(columns(line) <= width for line in lines)
        text = node["receipt"]
        assert order["number"] in text and "1号枪 20.55 L" in text and "找零" in text
        assert f"{(20_000 - amount) / 100:.2f}" in text
        escpos = base64.b64decode(node["receiptEscpos"])
        assert escpos.startswith(b"\x1b@") and escpos.endswith(b"\x1dV\x42\x00")
        assert "销售小票".encode("gb18030") in escpos
    wrong = await pos.cashier.execute(RECEIPT, {"id": order["id"], "w": 40})
    assert wrong.errors and "32 or 48" in wrong.errors[0]["message"]


async def test_the_shift_report_and_its_workbook(pos: Pos, staff_client: StaffClientFactory,
                                                 forecourt: Forecourt) -> None:
    shift = (await pos.open(cash=0))["shift"]
    one, a = await pos.fueling(10_000, nozzle=1)
    two, b = await pos.fueling(20_000, nozzle=2)
    three, c = await pos.fueling(5_000, nozzle=1)
    await pos.checkout([one, two], [{"tender": "CASH", "amountFen": a},
                                    {"tender": "UNIONPAY", "amountFen": b, "reference": "RRN1"}])
    await pos.checkout([three], [{"tender": "CASH", "amountFen": c}])
    await pos.cashier.execute(CLOSE, {"id": shift["id"], "counted": a + c})
    report = (await pos.cashier.execute(REPORT, {"id": shift["id"]})).data["shiftReport"]
    assert report["title"] == f"第 {1} 班 班结报表" and report["orders"] == 2
    assert int(report["sales"]["fen"]) == a + b + c
    assert {r["key"]: (r["count"], int(r["amount"]["fen"])) for r in report["byTender"]} == {
        "现金": (2, a + c), "银行卡": (1, b)}
    assert {r["key"]: r["count"] for r in report["byNozzle"]} == {"1号枪": 2, "2号枪": 1}
    assert sum(int(r["volume"]["ml"]) for r in report["byGrade"]) == 35_000
    book = load_workbook(io.BytesIO(base64.b64decode(report["xlsx"])))
    assert book.sheetnames == ["汇总", "按支付方式", "退款", "按油品", "按油枪", "泵码"]
    rows = {row[0]: row[1:] for row in book["按支付方式"].iter_rows(min_row=2, values_only=True)}
    assert rows["现金"] == (2, (a + c) / 100)
    manager = await staff_client(permissions=[P.VIEW_REPORTS], stations=[forecourt.org.stations[0].id])
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()
    day = (await manager.execute(DAY, {"s": pos.station, "d": today})).data["dayReport"]
    assert day["orders"] == 2 and day["shifts"] == [{"number": 1}] and day["title"] == f"{today} 日结报表"
    other = await pos.cashier.execute(DAY, {"s": pos.station, "d": today})
    assert other.error_codes == ["FORBIDDEN"]  # a cashier sees the shift report, not the day's
