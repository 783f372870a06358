"""卡机联动 framing: golden vectors from the capture, round trips, and robustness against any bytes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.kajilian.framing import (
    MAX_BUFFER,
    Frame,
    FrameDecoder,
    FrameError,
    bcd_decode,
    bcd_encode,
    crc16_arc,
    decode_unescaped,
    encode_frame,
)
from pump_link.protocol.kajilian.messages import confirmation

# captured at a station (tests/pump_link/fixtures/kajilian_capture.log)
LIFTED = bytes.fromhex("FAE000090013310102030000000000000002DA8D26")
FUELING = bytes.fromhex("FAE000290013310102030000 3A98000807 02DAEF0A".replace(" ", ""))


def test_crc_check_value() -> None:
    assert crc16_arc(b"123456789") == 0xBB3D


def test_captured_frames_decode() -> None:
    decoder = FrameDecoder()
    lifted, fueling = decoder.feed(LIFTED + FUELING)
    assert isinstance(lifted, Frame) and isinstance(fueling, Frame)
    assert (lifted.dest, lifted.src, lifted.frame_number, lifted.pc_initiated) == (0xE0, 0, 9, False)
    assert lifted.command == 0x31 and fueling.frame_number == 0x29
    assert decoder.errors == 0 and decoder.frames == 2


def test_encoding_reproduces_the_captured_bytes() -> None:
    frame = Frame(0xE0, 0x00, 0x09, bytes.fromhex("31010203000000000000 0002DA".replace(" ", "")))
    assert encode_frame(frame) == LIFTED


def test_fa_in_data_and_crc_is_doubled_on_the_wire() -> None:
    frame = Frame(0xE0, 0x01, 0x41, bytes([0x32, 0xFA, 0x00, 0xFA]))
    wire = encode_frame(frame)
    assert wire.count(b"\xfa\xfa") >= 2
    assert FrameDecoder().feed(wire) == [frame]


def test_junk_truncation_and_bad_crc_are_counted_and_resynchronised() -> None:
    decoder = FrameDecoder()
    corrupt = bytearray(FUELING)
    corrupt[-1] ^= 0xFF
    events = decoder.feed(b"\x00\x13junk" + LIFTED[:10] + bytes(corrupt) + LIFTED)
    assert [type(e).__name__ for e in events] == ["FrameError", "FrameError", "Frame"]
    assert [e.reason for e in events if isinstance(e, FrameError)] == ["frame cut short by a new frame", "bad CRC"]
    assert decoder.feed(LIFTED[:7]) == []
    assert [e.reason for e in decoder.end_of_data()] == ["truncated frame"]
    assert decoder.errors == 3


def test_a_logger_s_unescaped_frame() -> None:
    # a captured 31H whose last data byte is FA, recorded once (line 68 of the capture)
    raw = bytes.fromhex("FAE00027002131010103100100041130000015078600 00ECDF6AFAD6B6".replace(" ", ""))
    frame = decode_unescaped(raw)
    assert frame.data[-1] == 0xFA and frame.frame_number == 0x27
    with pytest.raises(ProtocolError, match="truncated"):
        decode_unescaped(raw[:-3])


def test_bcd() -> None:
    assert bcd_encode(96, 2) == b"\x00\x96"
    assert bcd_decode(b"\x00\x96") == 96
    with pytest.raises(ProtocolError):
        bcd_decode(b"\x0a")
    with pytest.raises(ProtocolError):
        bcd_encode(10_000, 2)


def test_confirmation_answers_the_frame() -> None:  # derived from the layout, not captured
    frame = FrameDecoder().feed(FUELING)[0]
    assert isinstance(frame, Frame)
    answer = confirmation(frame)
    assert (answer.dest, answer.src, answer.frame_number, answer.data) == (0x00, 0xE0, 0x29, b"\x3c\x31\x00")


frames = st.builds(Frame, st.integers(0, 255), st.integers(0, 255), st.integers(0, 255),
                   st.binary(min_size=1, max_size=300))


@given(st.lists(frames, min_size=1, max_size=5))
def test_round_trip(sent: list[Frame]) -> None:
    decoder = FrameDecoder()
    wire = b"".join(encode_frame(f) for f in sent)
    received = []
    for i in range(0, len(wire), 7):  # delivered in small pieces, as a serial line does
        received += decoder.feed(wire[i:i + 7])
    assert received == sent and decoder.errors == 0


@settings(max_examples=300)
@given(st.lists(st.binary(max_size=200), max_size=20))
def test_any_bytes_never_raise_and_the_buffer_stays_bounded(chunks: list[bytes]) -> None:
    decoder = FrameDecoder()
    for chunk in chunks:
        for event in decoder.feed(chunk):
            assert isinstance(event, Frame | FrameError)
        assert len(decoder._buffer) <= MAX_BUFFER
    decoder.end_of_data()
