"""The shift report's meters: per nozzle the totalizer at open and close (the newest of the device's
readings and the fuelings' totalizers), the metered volume across the counter's wrap, the fuelings between,
and the difference flagged beyond 0.5 L; recorded at close and never changed after."""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime, timedelta
from typing import Any

from openpyxl import load_workbook

from api.fuelings.service import TOTALIZER_WRAP_ML
from tests.pumps.test_fuelings import RECORD, sale
from tests.selling.pos import CLOSE, Pos

READINGS = """mutation($readings: [TotalizerReadingInput!]!) { totalizersReport(input: {readings: $readings}) {
  stored errors { field code message } } }"""
METERS = """query($id: ID!) { shiftReport(shiftId: $id) { meters { nozzleNumber
  opening { totalizer { ml } source } closing { totalizer { ml } source } metered { ml }
  fuelingCount fuelingVolume { ml } difference { ml } flagged } xlsx } }"""


class Forecourt:
    """The station's device reporting readings and fuelings stamped with the current time."""

    def __init__(self, pos: Pos) -> None:
        self.pos, self.ttc = pos, 7_000

    async def read(self, readings: dict[int, int], ago: timedelta = timedelta(0)) -> None:
        at = (datetime.now(UTC) - ago).isoformat()
        result = await self.pos.pump.execute(READINGS, {"readings": [
            {"nozzleNumber": n, "totalizerMl": ml, "readAt": at} for n, ml in readings.items()]})
        assert result.data["totalizersReport"]["errors"] == []

    async def fueling(self, nozzle: int, volume_ml: int, totalizer_ml: int) -> None:
        self.ttc += 1
        record = sale(self.ttc, volume_ml, totalizer_ml, nozzle=nozzle) | {"endedAt": datetime.now(UTC).isoformat()}
        result = await self.pos.pump.execute(RECORD, {"input": record})
        assert result.data["fuelingRecord"]["errors"] == []


def table(meters: list[dict[str, Any]]) -> dict[int, tuple[Any, ...]]:
    def ml(value: dict[str, Any] | None) -> int | None:
        return None if value is None else int(value["ml"])

    return {m["nozzleNumber"]: (ml(m["opening"] and m["opening"]["totalizer"]),
                                ml(m["closing"] and m["closing"]["totalizer"]), ml(m["metered"]),
                                m["fuelingCount"], ml(m["fuelingVolume"]), ml(m["difference"]), m["flagged"])
            for m in meters}


async def test_meters_compare_the_totalizers_with_the_fuelings(pos: Pos) -> None:
    device = Forecourt(pos)
    near_wrap = TOTALIZER_WRAP_ML - 1_000
    # given readings before the shift (nozzle 7 has none, nozzle 8 only an older fueling)
    await device.read({1: 1_000_000, 3: 3_000_000, 4: 4_000_000, 5: near_wrap, 6: 6_000_000},
                      ago=timedelta(minutes=10))
    await device.fueling(8, 8_000, 8_000_000)
    shift = (await pos.open(cash=0))["shift"]["id"]
    # when the shift sells
    await device.fueling(1, 20_000, 1_020_000)
    await device.fueling(1, 5_000, 1_025_000)
    await device.read({3: 3_004_000})  # 4 L pumped on nozzle 3 that no fueling reported
    await device.fueling(4, 10_000, 4_010_000)
    await device.fueling(4, 10_000, 4_010_000)  # the same sale delivered twice under another TTC
    await device.fueling(5, 3_000, 2_000)  # across the counter's wrap
    await device.fueling(6, 10_000, 6_010_300)  # 0.3 L more on the meter: within the tolerance
    await device.fueling(7, 1_000, 7_001_000)
    live = table((await pos.cashier.execute(METERS, {"id": shift})).data["shiftReport"]["meters"])
    assert live[1] == (1_000_000, 1_025_000, 25_000, 2, 25_000, 0, False)  # while open: against what is known now
    closed = await pos.cashier.execute(CLOSE, {"id": shift, "counted": 0})
    assert closed.data["shiftClose"]["errors"] == []
    report = (await pos.cashier.execute(METERS, {"id": shift})).data["shiftReport"]
    expected = {
        1: (1_000_000, 1_025_000, 25_000, 2, 25_000, 0, False),
        2: (None, None, None, 0, 0, None, False),
        3: (3_000_000, 3_004_000, 4_000, 0, 0, 4_000, True),
        4: (4_000_000, 4_010_000, 10_000, 2, 20_000, -10_000, True),
        5: (near_wrap, 2_000, 3_000, 1, 3_000, 0, False),
        6: (6_000_000, 6_010_300, 10_300, 1, 10_000, 300, False),
        7: (None, 7_001_000, None, 1, 1_000, None, False),
        8: (8_000_000, 8_000_000, 0, 0, 0, 0, False),
    }
    assert table(report["meters"]) == expected
    sources = {m["nozzleNumber"]: (m["opening"] or {}).get("source") for m in report["meters"]}
    assert (sources[1], sources[8]) == ("TOTALIZER", "FUELING")
    sheet = load_workbook(io.BytesIO(base64.b64decode(report["xlsx"])))["泵码"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["3号枪"][5:] == (4.0, 0, 0.0, 4.0, "是") and rows["1号枪"][9] is None
    # then nothing reported later changes the closed shift's meters
    await device.read({1: 1_100_000, 3: 3_010_000})
    await device.fueling(1, 1_000, 1_101_000)
    again = (await pos.cashier.execute(METERS, {"id": shift})).data["shiftReport"]
    assert table(again["meters"]) == expected
