"""31H/32H edge cases: every malformed message is refused with ProtocolError, and counted by the session."""

from __future__ import annotations

from datetime import datetime

import pytest

from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.kajilian.framing import (
    MAX_BUFFER,
    Frame,
    FrameDecoder,
    FrameError,
    decode_unescaped,
    encode_frame,
)
from pump_link.protocol.kajilian.messages import (
    CardInserted,
    NozzleActive,
    Transaction,
    encode_live,
    encode_transaction,
    parse_live,
    parse_transaction,
)
from pump_link.protocol.kajilian.session import KajilianSession


def test_live_records_round_trip() -> None:
    records = (CardInserted(1, "01000111300005413189", 0, 30000), NozzleActive(2, 15000, 20550, 730))
    assert parse_live(encode_live(records)).records == records


@pytest.mark.parametrize(("data", "message"), [
    (b"\x32\x01", "not a 31H frame"),
    (b"\x31\x01\x02", "record cut short"),
    (b"\x31\x01\x01\x03\x0f" + bytes(15), "wrong length"),
    (b"\x31\x01\x02\x03\x00\x00", "nozzle record cut short"),
    (b"\x31\x01\x07\x03", "unknown status 7"),
    (b"\x31\x00\x00", "longer than its records"),
])
def test_bad_live_records(data: bytes, message: str) -> None:
    with pytest.raises(ProtocolError, match=message):
        parse_live(data)


def test_transactions() -> None:
    sale = Transaction(ttc=7, t_type=0x05, time=datetime(2026, 11, 22, 8, 30, 5), card_no="0" * 20, balance_fen=0,
                       amount_fen=0, nozzle=1, grade_code="1402", volume_ml=0, price_fen=730,
                       volume_total_ml=1_000_000, security=b"")
    parsed = parse_transaction(encode_transaction(sale))
    assert parsed.kind == "staff_logon" and parsed.ttc == 7 and parsed.volume_total_ml == 1_000_000
    with pytest.raises(ProtocolError, match="not a 32H"):
        parse_transaction(b"\x31")
    with pytest.raises(ProtocolError, match="of 3 bytes"):
        parse_transaction(b"\x32\x00\x00\x00")
    broken = bytearray(encode_transaction(sale))
    broken[6:13] = b"\x99" * 7
    with pytest.raises(ProtocolError, match="BCD date"):
        parse_transaction(bytes(broken))


def test_framing_edges() -> None:
    with pytest.raises(ProtocolError):
        encode_frame(Frame(0xE0, 0, 0, b""))
    assert Frame(0xE0, 0, 0x41, b"").command == -1 and Frame(0xE0, 0, 0x41, b"\x31").pc_initiated
    decoder = FrameDecoder()
    assert [e.reason for e in decoder.feed(b"\xfa\xe0\x00\x01\x0a\x00") if isinstance(e, FrameError)] == [
        "bad length"]
    assert [e.reason for e in decoder.feed(b"\xfa\xe0\x00\x01\x00\x00") if isinstance(e, FrameError)] == [
        "empty frame"]
    longest = decoder.feed(b"\xfa\xe0\x00\x01\x99\x99" + b"\x01" * 10_000)  # a frame of 9999 data bytes...
    assert longest == [] and len(decoder._buffer) <= MAX_BUFFER
    assert [e.reason for e in decoder.feed(b"\x01") if isinstance(e, FrameError)] == ["bad CRC"]  # ...completes
    wire = encode_frame(Frame(0xE0, 0, 1, b"\x31\x00"))
    with pytest.raises(ProtocolError, match="truncated"):
        decode_unescaped(b"\xfa\xe0")
    with pytest.raises(ProtocolError, match="bytes after"):
        decode_unescaped(wire + b"\x00")
    with pytest.raises(ProtocolError, match="bad CRC"):
        decode_unescaped(wire[:-1] + bytes([wire[-1] ^ 1]))


def test_a_malformed_message_in_a_valid_frame_is_counted() -> None:
    session = KajilianSession()
    assert session.receive(encode_frame(Frame(0xE0, 1, 1, b"\x31\x01\x09\x01"))) == []
    assert session.decoder.errors == 1
