"""30H, 33H/34H, 38H, 3EH/3FH layouts: derived from the firmware's handling, each encoded and parsed back."""

from __future__ import annotations

from datetime import datetime

import pytest

from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.kajilian import control

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
