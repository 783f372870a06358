"""Reading line captures in the `oildata.log` format: one `...,data: FA ...` line per frame."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.kajilian.framing import Frame, FrameDecoder, FrameError, decode_unescaped
from pump_link.protocol.kajilian.messages import (
    LIVE,
    TRANSACTION,
    CardInserted,
    NozzleActive,
    parse_live,
    parse_transaction,
)


def frame_lines(lines: Iterable[str]) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) of every frame line."""
    for number, line in enumerate(lines, start=1):
        _, marker, rest = line.partition("data:")
        if not marker:
            continue
        try:
            yield number, bytes.fromhex(rest.strip())
        except ValueError:
            yield number, b""


def _nozzle(record: CardInserted | NozzleActive) -> dict[str, Any]:
    if isinstance(record, CardInserted):
        return {"nozzle": record.nozzle, "state": "card_inserted", "card_no": record.card_no,
                "balance_fen": record.balance_fen}
    return {"nozzle": record.nozzle, "state": "fueling" if record.fueling else "lifted",
            "amount_fen": record.amount_fen, "volume_ml": record.volume_ml, "price_fen": record.price_fen}


def read_frame(raw: bytes) -> Frame:
    """A captured frame: as on the wire (FA doubled), or as loggers record it (FA already collapsed)."""
    decoder = FrameDecoder()
    events = [*decoder.feed(raw), *decoder.end_of_data()]
    if len(events) == 1 and isinstance(events[0], Frame):
        return events[0]
    try:
        return decode_unescaped(raw)
    except ProtocolError:
        pass
    reasons = [e.reason for e in events if isinstance(e, FrameError)]
    raise ProtocolError(reasons[0] if reasons else "no frame")


def decode_line(number: int, raw: bytes) -> dict[str, Any]:
    """One JSON object for one captured frame line."""
    try:
        frame = read_frame(raw)
    except ProtocolError as exc:
        return {"line": number, "ok": False, "error": str(exc)}
    out: dict[str, Any] = {"line": number, "ok": True, "cmd": f"{frame.command:02X}",
                           "frame_number": frame.frame_number}
    try:
        if frame.command == LIVE:
            out["nozzles"] = [_nozzle(r) for r in parse_live(frame.data).records]
        elif frame.command == TRANSACTION:
            record = asdict(parse_transaction(frame.data))
            record["time"] = record["time"].isoformat()
            record.pop("security")
            out.update(record)
    except ProtocolError as exc:
        out.update(ok=False, error=str(exc))
    return out


def decode_capture(lines: Iterable[str]) -> Iterator[str]:
    for number, raw in frame_lines(lines):
        yield json.dumps(decode_line(number, raw), ensure_ascii=False)
