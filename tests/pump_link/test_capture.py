"""The real capture (117 frame lines, dispenser -> PC, one station, 2013-11-17), decoded line by line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pump_link.capture import decode_capture
from pump_link.cli import cli

# the frames captured at a station on 2013-11-17 (dispenser -> PC), one line per frame as the line logger wrote them
CAPTURE = Path(__file__).resolve().parent / "fixtures" / "kajilian_capture.log"


def rows() -> list[dict[str, object]]:
    with CAPTURE.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in decode_capture(lines)]


def test_every_frame_line_is_decoded_and_the_corrupt_ones_rejected() -> None:
    decoded = rows()
    assert len(decoded) == 117
    rejected = {r["line"]: r["error"] for r in decoded if not r["ok"]}
    # the four truncated frames (ending 02 DA 01 02) and three with a broken CRC (ending 02 02)
    assert rejected == {46: "bad CRC", 47: "truncated frame", 83: "bad CRC", 84: "truncated frame",
                        148: "bad CRC", 149: "truncated frame", 150: "truncated frame"}


def test_golden_fields_of_the_first_sale() -> None:
    first = {r["line"]: r for r in rows()[:4]}
    assert first[1]["nozzles"] == [{"nozzle": 3, "state": "card_inserted", "card_no": "01000111300005413189",
                                    "balance_fen": 30000}]
    assert first[2]["nozzles"] == [{"nozzle": 3, "state": "lifted", "amount_fen": 0, "volume_ml": 0,
                                    "price_fen": 730}]
    assert first[3]["nozzles"] == [{"nozzle": 3, "state": "fueling", "amount_fen": 15000, "volume_ml": 20550,
                                    "price_fen": 730}]
    sale = first[4]
    assert {k: sale[k] for k in ("cmd", "ttc", "t_type", "time", "card_no", "balance_fen", "amount_fen", "nozzle",
                                 "grade_code", "volume_ml", "price_fen", "volume_total_ml")} == {
        "cmd": "32", "ttc": 32460, "t_type": 0x10, "time": "2013-11-17T07:06:26",
        "card_no": "01000111300005413189", "balance_fen": 15000, "amount_fen": 15000, "nozzle": 3,
        "grade_code": "1402", "volume_ml": 20550, "price_fen": 730, "volume_total_ml": 320_206_410}


def test_the_invariants_the_capture_shows() -> None:
    sales = [r for r in rows() if r.get("cmd") == "32" and r["ok"]]
    seen: set[int] = set()
    previous = None
    repeats = 0
    for sale in sales:
        ttc = int(sale["ttc"])  # type: ignore[call-overload]
        if ttc in seen:
            repeats += 1  # the dispenser re-sends already uploaded TTCs: the platform deduplicates them
            continue
        assert previous is None or ttc > int(previous["ttc"])  # type: ignore[call-overload]
        seen.add(ttc)
        if int(sale["t_type"]) & 0x0F == 8:  # type: ignore[call-overload]
            assert sale["volume_total_ml"] == 0  # "price received" records carry no totalizer
            continue
        if previous is not None:
            gained = int(sale["volume_total_ml"]) - int(previous["volume_total_ml"])  # type: ignore[call-overload]
            assert gained == sale["volume_ml"], (previous["line"], sale["line"])
        previous = sale
    assert repeats >= 1 and len(seen) >= 25


def test_the_decode_command() -> None:
    result = CliRunner().invoke(cli, ["decode", "--protocol", "kajilian", str(CAPTURE)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == 117 and json.loads(lines[3])["ttc"] == 32460
