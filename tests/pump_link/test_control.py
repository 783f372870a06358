"""30H, 33H/34H, 38H, 3EH/3FH layouts: derived from the firmware's handling, each encoded and parsed back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.kajilian import control
from pump_link.protocol.kajilian.framing import Frame, FrameDecoder, encode_frame
from pump_link.protocol.kajilian.session import KajilianSession

TABLE = control.PriceTable(
    version=7, valid_from=datetime(2026, 11, 23, 0, 0),
    current=(control.PriceRecord(1, "1402", 730, 7_250), control.PriceRecord(2, "0010", 698)),
    new=(control.PriceRecord(1, "1402", 745, 7_250), control.PriceRecord(2, "0010", 712)))


def test_the_poll_reply_carries_the_clock_and_versions() -> None:
    reply = control.PollReply(pc_time=datetime(2026, 11, 22, 8, 30, 5), price_version=9, base_list_version=513,
                              station_version=3, soft_flag=1)
    data = reply.encode()
    assert data.hex(" ").upper() == "30 20 26 11 22 08 30 05 02 01 00 00 00 09 03 00 01"
    assert control.PollReply.parse(data) == reply
    with pytest.raises(ProtocolError, match="expected 17"):
        control.PollReply.parse(data[:-1])
    with pytest.raises(ProtocolError, match="not a BCD date"):
        control.PollReply.parse(b"\x30" + b"\x99" * 16)
    with pytest.raises(ProtocolError, match="not a 30H"):
        control.PollReply.parse(b"\x31" + data[1:])


def test_a_price_table_round_trips_and_knows_which_prices_are_in_force() -> None:
    blob = TABLE.encode()
    assert blob[:8].hex() == "07" "202611230000" "02"
    assert control.PriceTable.parse(blob) == TABLE
    assert TABLE.prices_at(datetime(2026, 11, 22, 23, 59)) == {1: 730, 2: 698}
    assert TABLE.prices_at(datetime(2026, 11, 23, 0, 0)) == {1: 745, 2: 712}


@pytest.mark.parametrize(("blob", "message"), [
    (b"\x07\x20\x26", "cut short"),
    (b"\x07\x20\x26\x13\x45\x00\x00\x01", "not a BCD date"),
    (b"\x07\x20\x26\x11\x23\x00\x00\x01" + b"\x01\x14\x02", "record cut short"),
    (b"\x07\x20\x26\x11\x23\x00\x00\x01" + b"\x01\x14\x02\x00\x00\x00\x00\x00" * 2, "without its prices"),
])
def test_a_broken_price_table_is_refused(blob: bytes, message: str) -> None:
    with pytest.raises(ProtocolError, match=message):
        control.PriceTable.parse(blob)


def test_a_table_needs_as_many_new_records_as_current_ones() -> None:
    with pytest.raises(ProtocolError, match="as many new records"):
        control.PriceTable(1, datetime(2026, 1, 1), TABLE.current, TABLE.new[:1]).encode()


def test_the_download_is_served_in_segments_of_16_bytes() -> None:
    blob = bytes(range(40))
    start = control.download_start()
    assert start == b"\x33\x04\x00\x00"
    assert control.parse_download_start_reply(control.download_start_reply(start, blob)) == (40, 4)
    received = b""
    while len(received) < len(blob):
        content, offset, chunk = control.parse_download_reply(control.download_reply(
            control.download(4, len(received), 1), blob))
        assert (content, offset) == (4, len(received))
        received += chunk
    assert received == blob
    with pytest.raises(ProtocolError, match="whole 16-byte segments"):
        control.download(4, 8, 1)
    with pytest.raises(ProtocolError, match="cut short"):
        control.download_start_reply(b"\x33", blob)


def test_totalizers_and_stored_records() -> None:
    assert control.read_totalizers() == b"\x38"
    reply = control.totalizers_reply({2: 2_000_010, 1: 320_206_410})
    assert reply.hex(" ").upper() == "38 02 01 01 E8 98 A1 02 00 03 0D 41"
    assert control.parse_totalizers(reply) == {1: 320_206_410, 2: 2_000_010}
    with pytest.raises(ProtocolError, match="38H with 2 nozzles"):
        control.parse_totalizers(reply[:-1])
    assert control.parse_read_transaction(control.read_transaction(32460)) == 32460
    assert control.parse_no_transaction(control.no_transaction(32461)) == 32461
    with pytest.raises(ProtocolError, match="expected 5"):
        control.parse_no_transaction(b"\x3f\x00")


DERIVED = Path(__file__).parent / "fixtures" / "kajilian_pc_side.derived.txt"


def _derived_frames() -> list[Frame]:
    frames = []
    for line in DERIVED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            [frame] = FrameDecoder().feed(bytes.fromhex(line.split("|")[1]))
            assert isinstance(frame, Frame)
            frames.append(frame)
    return frames


def test_the_derived_pc_side_frames_decode_to_what_they_say() -> None:
    reply, confirm, start, segment, totalizers, read = _derived_frames()
    assert all(f.src == 0xE0 and f.dest == 0 for f in (reply, start, segment, totalizers, read))
    poll = control.PollReply.parse(reply.data)
    assert (poll.pc_time, poll.price_version, reply.frame_number) == (datetime(2013, 11, 17, 8, 40), 4, 9)
    assert confirm.data == b"\x3c\x32\x00" and confirm.frame_number == 0x2A and not confirm.pc_initiated
    total, content = control.parse_download_start_reply(start.data)
    _, offset, blob = control.parse_download_reply(segment.data)
    assert (total, content, offset, len(blob)) == (28, 4, 0, 28)
    table = control.PriceTable.parse(blob)
    assert table.prices_at(datetime(2013, 11, 17, 7, 59)) == {3: 730}
    assert table.prices_at(datetime(2013, 11, 17, 8, 0)) == {3: 745}
    assert totalizers.data == control.read_totalizers() and totalizers.pc_initiated
    assert control.parse_read_transaction(read.data) == 32460 and read.pc_initiated


@given(st.binary(max_size=300))
@settings(max_examples=300)
def test_arbitrary_bytes_never_crash_a_session(data: bytes) -> None:
    session = KajilianSession()
    session.receive(data)
    session.receive(encode_frame(Frame(0xE0, 1, 1, data[:50] or b"\x30")))


@given(st.integers(0, 255), st.lists(st.tuples(st.integers(1, 8), st.integers(0, 9999), st.integers(1, 65535)),
                                     min_size=1, max_size=6))
def test_price_tables_round_trip(version: int, rows: list[tuple[int, int, int]]) -> None:
    records = tuple(control.PriceRecord(n, f"{code:04d}", price) for n, code, price in rows)
    table = control.PriceTable(version, datetime(2026, 1, 2, 3, 4), records, records[::-1])
    assert control.PriceTable.parse(table.encode()) == table
