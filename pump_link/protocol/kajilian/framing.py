"""卡机联动 framing.

A frame is: FA, dest, src, ctrl, len (2 bytes packed BCD: the number of data bytes), data (len bytes, the
first is the command word), CRC-16/ARC over dest..last data byte, sent high byte first. After the 6-byte
header every FA in data or CRC is sent twice; receivers collapse FA FA to FA. ctrl: bits 0-5 frame number,
bit 6 set when the PC started the exchange.

`FrameDecoder` is a streaming, sans-I/O decoder: feed it bytes, take frames out. Junk before a frame is
skipped; a frame cut short by a new FA, a bad length or a bad CRC becomes a `FrameError` (counted), and
decoding resumes at the next FA. Between calls its buffer holds at most one incomplete frame, so it never
grows beyond `MAX_BUFFER` bytes (a frame cannot be longer).
"""

from __future__ import annotations

from dataclasses import dataclass

from pump_link.protocol.errors import ProtocolError

START = 0xFA
HEADER = 6
MAX_DATA = 9999  # the largest 4-digit BCD length
MAX_BUFFER = HEADER + 2 * (MAX_DATA + 2)  # the longest frame, every data and CRC byte escaped
PC_INITIATED = 0x40


def crc16_arc(data: bytes) -> int:
    """CRC-16/ARC: polynomial 0x8005 reflected (0xA001), initial 0, no final xor."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def bcd_encode(value: int, size: int) -> bytes:
    digits = f"{value:0{size * 2}d}"
    if len(digits) != size * 2 or value < 0:
        raise ProtocolError(f"{value} does not fit {size} BCD bytes")
    return bytes(int(digits[i:i + 2], 16) for i in range(0, len(digits), 2))


def bcd_decode(data: bytes) -> int:
    text = data.hex()
    if not text.isdigit():
        raise ProtocolError(f"not packed BCD: {data.hex(' ').upper()}")
    return int(text)


@dataclass(frozen=True)
class Frame:
    dest: int
    src: int
    ctrl: int
    data: bytes

    @property
    def frame_number(self) -> int:
        return self.ctrl & 0x3F

    @property
    def pc_initiated(self) -> bool:
        return bool(self.ctrl & PC_INITIATED)

    @property
    def command(self) -> int:
        return self.data[0] if self.data else -1


@dataclass(frozen=True)
class FrameError:
    reason: str
    raw: bytes


def encode_frame(frame: Frame) -> bytes:
    """The bytes on the wire for `frame`."""
    if not 1 <= len(frame.data) <= MAX_DATA:
        raise ProtocolError("data must be 1 to 9999 bytes")
    header = bytes([frame.dest, frame.src, frame.ctrl]) + bcd_encode(len(frame.data), 2)
    crc = crc16_arc(header + frame.data)
    body = (frame.data + crc.to_bytes(2, "big")).replace(b"\xfa", b"\xfa\xfa")
    return bytes([START]) + header + body


class FrameDecoder:
    """Streaming decoder: `feed(bytes)`, then `events()` gives frames and errors in order."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.errors = 0
        self.frames = 0

    def feed(self, data: bytes) -> list[Frame | FrameError]:
        self._buffer += data
        out: list[Frame | FrameError] = []
        while True:
            event = self._next()
            if event is None:
                break
            if isinstance(event, FrameError):
                self.errors += 1
            else:
                self.frames += 1
            out.append(event)
        return out

    def end_of_data(self) -> list[FrameError]:
        """What is left when the input ends (a truncated frame, or junk)."""
        rest = bytes(self._buffer)
        self._buffer.clear()
        if not rest:
            return []
        self.errors += 1
        return [FrameError("truncated frame" if rest[0] == START else "junk", rest)]

    def _next(self) -> Frame | FrameError | None:
        start = self._buffer.find(START)
        if start < 0:
            self._buffer.clear()
            return None
        if start > 0:
            del self._buffer[:start]  # junk before a frame is dropped silently: line noise
        if len(self._buffer) < HEADER:
            return None
        header = bytes(self._buffer[1:HEADER])
        try:
            length = bcd_decode(header[3:5])
        except ProtocolError:
            return self._fail("bad length", 1)
        if length == 0:
            return self._fail("empty frame", 1)
        body = bytearray()
        index = HEADER
        while len(body) < length + 2:
            if index >= len(self._buffer):
                return None  # wait for more bytes
            byte = self._buffer[index]
            if byte == START:
                if index + 1 >= len(self._buffer):
                    return None
                if self._buffer[index + 1] != START:
                    return self._fail("frame cut short by a new frame", index)
                index += 1
            body.append(byte)
            index += 1
        data, crc = bytes(body[:length]), int.from_bytes(body[length:], "big")
        raw = bytes(self._buffer[:index])
        del self._buffer[:index]
        if crc16_arc(header + data) != crc:
            return FrameError("bad CRC", raw)
        return Frame(dest=header[0], src=header[1], ctrl=header[2], data=data)

    def _fail(self, reason: str, resume_at: int) -> FrameError:
        raw = bytes(self._buffer[:resume_at])
        del self._buffer[:resume_at]
        return FrameError(reason, raw)


def decode_unescaped(raw: bytes) -> Frame:
    """One frame whose FA bytes were already collapsed (how line loggers of soft hubs record frames)."""
    if len(raw) < HEADER + 3 or raw[0] != START:
        raise ProtocolError("truncated frame")
    header = raw[1:HEADER]
    length = bcd_decode(header[3:5])
    expected = HEADER + length + 2
    if len(raw) < expected:
        raise ProtocolError("truncated frame")
    if len(raw) > expected:
        raise ProtocolError("bytes after the frame")
    data, crc = raw[HEADER:HEADER + length], int.from_bytes(raw[HEADER + length:], "big")
    if crc16_arc(header + data) != crc:
        raise ProtocolError("bad CRC")
    return Frame(dest=header[0], src=header[1], ctrl=header[2], data=data)
